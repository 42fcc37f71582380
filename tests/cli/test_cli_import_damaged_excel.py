"""``giamsat import-excel`` with a damaged or hostile workbook: one line, nothing written."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from giamsat_desktop.services.safety.database import Database
from tests.hostile import corpus

GIAMSAT = Path(sys.executable).parent / "giamsat"
SHEET = "Sổ đến 2026"
ROWS = [
    [1, "02/03/2026", "Đảng ủy xã Tân Hưng", "558-CV/ĐU", "V/v giám sát bảo hiểm y tế"],
    [2, "03/03/2026", "Hội Nông dân xã Tân Hưng", "07/CV-HND", "Về việc thi đua"],
]


def import_excel(home: Path, db: Path, path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIAMSAT_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("GIAMSAT_DATABASE_URL", None)
    return subprocess.run(
        [str(GIAMSAT), "--db", str(db), "import-excel", str(path)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def stored(db: Path) -> int:
    with closing(sqlite3.connect(db)) as connection:
        return int(connection.execute("SELECT count(*) FROM incoming_documents").fetchone()[0])


@pytest.mark.parametrize(
    ("end", "damaged_end"),
    [("</row>", "</x>"), ("</c></row>", "</x></row>")],
    ids=["row closed by another tag", "cell closed by another tag"],
)
def test_a_sheet_with_a_mismatched_tag_is_refused_in_one_line_and_nothing_is_imported(
    office_database: Database,
    db_path: Path,
    private_home: Path,
    tmp_path: Path,
    end: str,
    damaged_end: str,
) -> None:
    """Before: the first was imported row by row, the second said "lỗi không mong đợi"."""
    rows = corpus.sheet_rows([corpus.HEADER, *ROWS]).decode()
    body = (rows.removesuffix(end) + damaged_end).encode()
    damaged = corpus.write_workbook(tmp_path / "so-den-2026.xlsx", body, sheet_name=SHEET)
    result = import_excel(private_home, db_path, damaged)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(
        "giamsat: Tệp không hợp lệ: tệp “so-den-2026.xlsx” bị hỏng, không đọc được: "
        f"trang “{SHEET}” có thẻ đóng không khớp thẻ mở (dòng 1, cột "
    )
    assert stored(db_path) == 0


def test_a_cell_at_xfd1048576_is_refused_in_one_line_without_crashing(
    office_database: Database, db_path: Path, private_home: Path, tmp_path: Path
) -> None:
    """Before: the command aborted with a Rust backtrace (SIGABRT)."""
    body = corpus.sheet_rows([corpus.HEADER, *ROWS]) + (
        b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    )
    far = corpus.write_workbook(tmp_path / "so-den-2026.xlsx", body, sheet_name=SHEET)
    result = import_excel(private_home, db_path, far)
    assert result.returncode != 0, result.stderr
    assert result.stderr.strip() == (
        f"giamsat: Trang tính không hợp lệ: trang “{SHEET}” của tệp “so-den-2026.xlsx” có ô "
        "XFD1048576, ở cột thứ 16.384, quá giới hạn 100 cột (đến cột CV): một sổ văn bản "
        "không có nhiều cột như vậy. Hãy xóa các ô thừa bên phải rồi nhập lại"
    )
    assert stored(db_path) == 0
