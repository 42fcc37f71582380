"""Long cells: measured before they are decoded, decoded in linear time, and cancellable.

A register cell longer than any field may be is a problem of its row, found without reading
the text as TCVN3 or VNI; a long cell within the limit is decoded in time proportional to its
length; and the step that finds the sheet's encoding stops when the clerk cancels. The slow
cases run in a child process with a time limit, so that a regression fails instead of
keeping the test run busy for an hour.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from giamsat_desktop.domain.errors import Detail, DetailCode
from giamsat_desktop.services.excel import cells as excel_cells
from giamsat_desktop.services.excel.fields import CELL_LIMIT
from giamsat_desktop.services.excel.headers import detect_layout
from giamsat_desktop.services.excel.reading import parse_rows
from tests.hostile import corpus

SHEET = "Sổ đến 2026"
HEADER = ("Số đến", "Ngày đến", "Tác giả", "Số, ký hiệu", "Trích yếu nội dung", "Ghi chú")


def legacy_note(number: int, length: int) -> str:
    """A TCVN3 note of ``length`` characters: "V/v", a number, then words without a space.

    "héi" is "hội" in TCVN3. A capital before a long run without a space or a capital made
    the decoding try every position of the run to its end: 6 s for 32,000 characters.
    """
    start = f"V/v {number} "
    return start + ("héi," * length)[: length - len(start)]


def register(path: Path, notes: list[str]) -> Path:
    rows = [
        [n, "02/03/2026", "Đảng ủy xã Tân Hưng", f"{n}-CV/ĐU", "V/v giám sát", note]
        for n, note in enumerate(notes, start=1)
    ]
    return corpus.write_workbook(path, corpus.sheet_rows([HEADER, *rows]), sheet_name=SHEET)


CHILD = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from giamsat_desktop.messages import say
    from giamsat_desktop.services.excel import headers as excel_headers
    from giamsat_desktop.services.excel import reading as excel_reading

    path = Path(sys.argv[1])
    start = time.perf_counter()
    layout = excel_headers.detect_layout(path, sys.argv[2])
    parsed = excel_reading.parse_rows(path, sys.argv[2], layout)
    print(json.dumps({
        "seconds": time.perf_counter() - start,
        "rows": len(parsed.rows),
        "problems": [say(problem) for problem in parsed.problems],
        "notes": [row.draft.notes[:12] for row in parsed.rows],
        "warnings": sorted({w for row in parsed.rows for w in map(say, row.warnings)}),
    }, ensure_ascii=False))
    """
)


def read_in_child(path: Path, timeout: float = 60) -> dict[str, Any]:
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), SHEET],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-1500:]
    outcome: dict[str, Any] = json.loads(child.stdout.splitlines()[-1])
    print(f"{path.name}: {outcome['seconds']:.2f} s, {outcome['rows']} rows")
    return outcome


def test_200_rows_of_32000_character_cells_are_refused_row_by_row_in_seconds(
    tmp_path: Path,
) -> None:
    """Before: every cell went through the legacy decoding first, about 6 s each."""
    path = register(tmp_path / "so-den.xlsx", [legacy_note(n, 32_000) for n in range(200)])
    outcome = read_in_child(path)
    assert outcome["rows"] == 0
    assert CELL_LIMIT == 10_000
    assert outcome["problems"] == ["Ô ghi chú dài 32.000 ký tự, quá giới hạn 10.000 ký tự"] * 200
    assert outcome["seconds"] < 3


def test_200_rows_of_long_tcvn3_cells_within_the_limit_are_decoded_in_seconds(
    tmp_path: Path,
) -> None:
    """Before: about 0.55 s for each 10,000-character cell, 110 s for the sheet."""
    path = register(tmp_path / "so-den.xlsx", [legacy_note(n, 9_900) for n in range(200)])
    outcome = read_in_child(path)
    assert outcome["problems"] == []
    assert outcome["rows"] == 200
    assert outcome["notes"][:2] == ["V/v 0 hội,hộ", "V/v 1 hội,hộ"]
    assert outcome["warnings"] == ["Ghi chú: đã chuyển mã TCVN3 sang Unicode"]
    assert outcome["seconds"] < 3


def test_a_header_area_full_of_long_cells_is_passed_over_in_seconds(tmp_path: Path) -> None:
    """Header cells are matched against names of a few words; a long cell is none."""
    rows = [[legacy_note(row * 10 + column, 32_000) for column in range(10)] for row in range(30)]
    path = corpus.write_workbook(
        tmp_path / "so-den.xlsx", corpus.sheet_rows(rows), sheet_name=SHEET
    )
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from giamsat_desktop.domain.errors import ValidationError\n"
            "from giamsat_desktop.services.excel.headers import detect_layout\n"
            "start = time.perf_counter()\n"
            "try:\n"
            "    detect_layout(sys.argv[1], sys.argv[2])\n"
            "except ValidationError as refused:\n"
            "    print(refused.values['field'], time.perf_counter() - start)\n",
            str(path),
            SHEET,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    field, seconds = child.stdout.split()
    assert field == "header"
    assert float(seconds) < 3


def test_finding_the_sheets_encoding_stops_when_the_clerk_cancels(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = register(tmp_path / "so-den.xlsx", [legacy_note(n, 40) for n in range(2_000)])
    decoded: list[str] = []
    repair = excel_cells.repair_text

    def counting_repair(text: str, **hint: Any) -> Any:
        decoded.append(text)
        return repair(text, **hint)

    monkeypatch.setattr(excel_cells, "repair_text", counting_repair)
    surveying: list[Detail] = []

    def progress(_fraction: float, step: Detail | None) -> None:
        if step is not None and step.code is DetailCode.STEP_READING_ENCODING:
            surveying.append(step)

    with pytest.raises(InterruptedError):
        parse_rows(
            path,
            SHEET,
            detect_layout(path, SHEET),
            progress=progress,
            cancelled=lambda: bool(surveying),
        )
    assert surveying
    assert len(decoded) < 100  # of the 2,000 texts to survey


def test_a_cell_just_within_the_limit_is_read(tmp_path: Path) -> None:
    path = register(tmp_path / "so-den.xlsx", [legacy_note(1, CELL_LIMIT)])
    parsed = parse_rows(path, SHEET, detect_layout(path, SHEET))
    assert parsed.problems == []
    assert len(parsed.rows[0].draft.notes) == CELL_LIMIT


def test_a_cell_just_beyond_the_limit_is_a_problem_of_its_row(tmp_path: Path) -> None:
    path = register(tmp_path / "so-den.xlsx", [legacy_note(1, CELL_LIMIT + 1)])
    parsed = parse_rows(path, SHEET, detect_layout(path, SHEET))
    assert [problem.row_number for problem in parsed.problems] == [2]
