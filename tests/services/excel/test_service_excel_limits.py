"""Workbooks that would crash the program, fill its memory or be read half-parsed: refused.

Every workbook is built here, small on disk (a zip written piece by piece, a long stretch
written once and repeated). Reading a hostile file runs in a child process with its memory
capped, so that an abort (calamine's grid for a cell at XFD1048576) or a runaway read fails
the test instead of the test run; the child reports the time it took and how much its peak
resident memory grew (VmHWM, which unlike ``ru_maxrss`` is not inherited from the parent).
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import textwrap
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from giamsat_desktop.domain.errors import ValidationError
from giamsat_desktop.messages import say
from giamsat_desktop.services.excel.fields import ParsedSheet
from giamsat_desktop.services.excel.headers import detect_layout
from giamsat_desktop.services.excel.package import (
    MAX_COLUMNS,
    MAX_GRID_CELLS,
    MAX_ROWS,
    MAX_SHARED_STRINGS_BYTES,
)
from giamsat_desktop.services.excel.reading import parse_rows
from giamsat_desktop.services.excel.workbooks import list_sheets
from tests.hostile import corpus
from tests.hostile.corpus import Content, Repeated

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="caps the child's memory")

SHEET = "Sổ đến 2026"
GOOD_ROW = [1, "02/03/2026", "Đảng ủy xã Tân Hưng", "558-CV/ĐU", "V/v giám sát bảo hiểm y tế"]


def good_rows(count: int) -> list[list[object]]:
    """``count`` sound rows numbered from 1."""
    return [[number, *GOOD_ROW[1:]] for number in range(1, count + 1)]


MiB = 1024 * 1024
SECONDS = 5.0
"""The longest a refusal may take (they take well under a second)."""

_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006"
_OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def workbook(
    path: Path,
    sheet: Content,
    *,
    shared: Content | None = None,
    dimension: str | None = None,
) -> Path:
    """An .xlsx with one sheet whose ``<sheetData>`` body is ``sheet``, as Excel lays it out.

    ``shared`` is the body of the shared strings table (``<si>`` elements), ``dimension`` the
    size the sheet claims.
    """
    shared_type = (
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_OFFICE}.sharedStrings+xml"/>'
        if shared is not None
        else ""
    )
    shared_relation = (
        f'<Relationship Id="rId2" Type="{_RELATIONSHIP}/sharedStrings" Target="sharedStrings.xml"/>'
        if shared is not None
        else ""
    )
    claimed = f'<dimension ref="{dimension}"/>' if dimension else ""
    members: list[tuple[str, Content]] = [
        (
            "[Content_Types].xml",
            (
                f'{_XML}<Types xmlns="{_PACKAGE}/content-types">'
                '<Default Extension="rels" '
                'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                f'<Override PartName="/xl/workbook.xml" ContentType="{_OFFICE}.sheet.main+xml"/>'
                '<Override PartName="/xl/worksheets/sheet1.xml" '
                f'ContentType="{_OFFICE}.worksheet+xml"/>{shared_type}</Types>'
            ).encode(),
        ),
        (
            "_rels/.rels",
            (
                f'{_XML}<Relationships xmlns="{_PACKAGE}/relationships">'
                f'<Relationship Id="rId1" Type="{_RELATIONSHIP}/officeDocument" '
                'Target="xl/workbook.xml"/></Relationships>'
            ).encode(),
        ),
        (
            "xl/workbook.xml",
            (
                f'{_XML}<workbook xmlns="{_MAIN}" xmlns:r="{_RELATIONSHIP}"><sheets>'
                f'<sheet name="{SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>'
            ).encode(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            (
                f'{_XML}<Relationships xmlns="{_PACKAGE}/relationships">'
                f'<Relationship Id="rId1" Type="{_RELATIONSHIP}/worksheet" '
                f'Target="worksheets/sheet1.xml"/>{shared_relation}</Relationships>'
            ).encode(),
        ),
        (
            "xl/worksheets/sheet1.xml",
            [
                f'{_XML}<worksheet xmlns="{_MAIN}">{claimed}<sheetData>'.encode(),
                *_pieces(sheet),
                b"</sheetData></worksheet>",
            ],
        ),
    ]
    if shared is not None:
        members.append(
            (
                "xl/sharedStrings.xml",
                [f'{_XML}<sst xmlns="{_MAIN}">'.encode(), *_pieces(shared), b"</sst>"],
            )
        )
    return corpus.write_zip(path, members)


def _pieces(content: Content) -> list[bytes | Repeated]:
    return [content] if isinstance(content, bytes) else list(content)


def register_rows(rows: Sequence[Sequence[object]] = (GOOD_ROW,)) -> bytes:
    """The header and ``rows`` from row 1, as ``<row>`` elements."""
    return corpus.sheet_rows([corpus.HEADER, *rows])


def lie_about_size(path: Path, member: str, size: int) -> Path:
    """Make the zip state ``size`` as ``member``'s expanded size, in both of its headers."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo(member).header_offset
    struct.pack_into("<I", data, local + 22, size)
    central = data.find(b"PK\x01\x02")
    while True:
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, central + 28)
        if data[central + 46 : central + 46 + name_length] == member.encode():
            struct.pack_into("<I", data, central + 24, size)
            break
        central += 46 + name_length + extra_length + comment_length
    path.write_bytes(bytes(data))
    return path


CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    from giamsat_desktop.domain.errors import ValidationError
    from giamsat_desktop.messages import say
    from giamsat_desktop.services.excel import headers as excel_headers
    from giamsat_desktop.services.excel import reading as excel_reading
    from giamsat_desktop.services.excel import workbooks as excel_workbooks
    import openpyxl, python_calamine, xlrd  # loaded before measuring, as in the program

    def status(field):
        with open("/proc/self/status") as lines:
            return next(int(line.split()[1]) for line in lines if line.startswith(field + ":"))

    limit = status("VmSize") * 1024 + int(sys.argv[2]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    before = status("VmHWM")  # the peak resident memory of this process, in KiB
    path = Path(sys.argv[1])
    start = time.perf_counter()
    try:
        sheet = excel_workbooks.list_sheets(path)[0].name
        layout = excel_headers.detect_layout(path, sheet)
        parsed = excel_reading.parse_rows(path, sheet, layout)
        outcome = {
            "rows": [row.row_number for row in parsed.rows],
            "problems": sorted({problem.row_number for problem in parsed.problems}),
            "blank": parsed.skipped_blank,
        }
    except ValidationError as refused:
        reason = refused.values.get("reason")
        outcome = {"field": refused.values.get("field"), "reason": reason and say(reason)}
    except MemoryError:
        outcome = {"memory": "out of memory"}
    outcome["seconds"] = time.perf_counter() - start
    outcome["grown_mib"] = (status("VmHWM") - before) / 1024
    outcome["peak_mib"] = status("VmHWM") / 1024
    print(json.dumps(outcome, ensure_ascii=False))
    """
)


def read_in_child(path: Path, memory_mib: int = 512, timeout: float = 60) -> dict[str, Any]:
    """List, find the header and read the rows in a child process with capped memory.

    A reader that aborts (a Rust panic), or is killed, fails here with its error output.
    """
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(memory_mib)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert child.returncode == 0, (
        f"reading {path.name} ended the process (code {child.returncode}): {child.stderr[-1500:]}"
    )
    outcome: dict[str, Any] = json.loads(child.stdout.splitlines()[-1])
    print(f"{path.name}: {outcome}")  # the time and memory, for the record (pytest -s)
    return outcome


def read(path: Path) -> ParsedSheet:
    sheet = list_sheets(path)[0].name
    return parse_rows(path, sheet, detect_layout(path, sheet))


# ----- cells far away ---------------------------------------------------------------------------


def test_one_cell_at_xfd1048576_is_refused_naming_the_column_and_nothing_crashes(
    tmp_path: Path,
) -> None:
    far = workbook(
        tmp_path / "so-den.xlsx",
        register_rows() + b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
    )
    assert far.stat().st_size < 2048
    outcome = read_in_child(far)
    assert outcome["field"] == "sheet"
    assert outcome["reason"].startswith(
        f"trang “{SHEET}” của tệp “so-den.xlsx” có ô XFD1048576, ở cột thứ 16.384, "
        f"quá giới hạn {MAX_COLUMNS} cột (đến cột CV)"
    )
    assert outcome["seconds"] < SECONDS
    assert outcome["grown_mib"] < 64


def test_one_cell_at_z1048576_is_refused_naming_the_row(tmp_path: Path) -> None:
    far = workbook(tmp_path / "so-den.xlsx", b'<row r="1048576"><c r="Z1048576"><v>1</v></c></row>')
    outcome = read_in_child(far)
    assert outcome["field"] == "sheet"
    assert MAX_ROWS == 100_000
    assert "có ô Z1048576, ở dòng thứ 1.048.576, quá giới hạn 100.000 dòng" in outcome["reason"]
    assert outcome["seconds"] < SECONDS
    assert outcome["grown_mib"] < 64


def test_a_register_with_a_stray_cell_far_below_is_refused_with_what_to_do(tmp_path: Path) -> None:
    stray = workbook(
        tmp_path / "so-den.xlsx",
        register_rows(good_rows(20)) + b'<row r="600000"><c r="C600000"><v>0</v></c></row>',
    )
    with pytest.raises(ValidationError) as refused:
        read(stray)
    assert say(refused.value.values["reason"]).endswith(
        "Hãy xóa các ô thừa ở cuối trang rồi nhập lại"
    )


def test_a_million_rows_without_references_are_refused_in_seconds(tmp_path: Path) -> None:
    """Cells may leave out their reference: each row then follows the one before."""
    rows = workbook(
        tmp_path / "so-den.xlsx",
        [register_rows(), Repeated(b"<row><c><v>1</v></c></row>" * 1024, 1023)],
    )
    assert rows.stat().st_size < 256 * 1024
    outcome = read_in_child(rows)
    assert outcome["field"] == "sheet"
    assert "ở dòng thứ 100.001, quá giới hạn 100.000 dòng" in outcome["reason"]
    assert outcome["seconds"] < SECONDS


def test_more_rows_than_a_register_has_are_refused_in_seconds(tmp_path: Path) -> None:
    many = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(2, 150_001))
    rows = workbook(tmp_path / "so-den.xlsx", register_rows([]) + many.encode())
    outcome = read_in_child(rows)
    assert outcome["field"] == "sheet"
    assert "có ô A100001, ở dòng thứ 100.001" in outcome["reason"]
    assert outcome["seconds"] < SECONDS


def test_a_sheet_claiming_the_whole_grid_is_read_by_its_cells(tmp_path: Path) -> None:
    claiming = workbook(
        tmp_path / "so-den.xlsx", register_rows(good_rows(3)), dimension="A1:XFD1048576"
    )
    outcome = read_in_child(claiming)
    assert outcome["rows"] == [2, 3, 4]
    assert outcome["grown_mib"] < 64


def test_a_sparse_sheet_within_the_limits_is_read_without_its_empty_grid(tmp_path: Path) -> None:
    """A cell at CV99999 puts ten million cells between A1 and it: streamed, not built."""
    assert MAX_GRID_CELLS < 99_999 * 100
    sparse = workbook(
        tmp_path / "so-den.xlsx",
        register_rows([GOOD_ROW])
        + b'<row r="99999"><c r="A99999"><v>2</v></c><c r="CV99999"><v>7</v></c></row>',
    )
    outcome = read_in_child(sparse)
    assert outcome["rows"] == [2]
    assert outcome["problems"] == [99_999]  # a number alone, in the row Excel shows
    assert outcome["blank"] == 99_999 - 3
    assert outcome["seconds"] < SECONDS
    assert outcome["grown_mib"] < 64


def test_a_register_of_forty_columns_is_read(tmp_path: Path) -> None:
    """Columns beyond AD send the check to the cell references: forty are within the limits."""
    rows = register_rows(good_rows(2)).decode().split("</row>")[:-1]
    wide = "".join(f'{row}<c r="AN{n}"><v>{n}</v></c></row>' for n, row in enumerate(rows, 1))
    path = workbook(tmp_path / "so-den.xlsx", wide.encode())
    assert [row.row_number for row in read(path).rows] == [2, 3]
    assert list_sheets(path)[0].rows == 3


def test_empty_formatted_cells_far_away_do_not_refuse_a_register(tmp_path: Path) -> None:
    """Excel writes a formatted empty cell as ``<c r="…" s="1"/>``; it holds nothing."""
    formatted = workbook(
        tmp_path / "so-den.xlsx",
        register_rows([GOOD_ROW]) + b'<row r="1048576"><c r="XFD1048576" s="1"/></row>',
    )
    assert [row.row_number for row in read(formatted).rows] == [2]


# ----- too much to hold -------------------------------------------------------------------------


def test_a_table_of_shared_texts_of_510_mb_is_refused_in_seconds(tmp_path: Path) -> None:
    piece = b"<si><t>" + b"A" * MiB + b"</t></si>"
    texts = workbook(
        tmp_path / "so-den.xlsx",
        register_rows(),
        shared=[Repeated(piece, 510)],
    )
    assert texts.stat().st_size < 2 * MiB
    outcome = read_in_child(texts)
    assert outcome["field"] == "file"
    assert outcome["reason"] == (
        "tệp “so-den.xlsx” giải nén ra quá lớn (phần xl/sharedStrings.xml 510 MB, giới hạn "
        f"{MAX_SHARED_STRINGS_BYTES // MiB} MB), không phải một sổ văn bản"
    )
    assert outcome["seconds"] < SECONDS
    assert outcome["grown_mib"] < 64


def test_a_part_larger_than_the_zip_says_is_refused_as_soon_as_it_grows(tmp_path: Path) -> None:
    piece = b"<si><t>" + b"A" * MiB + b"</t></si>"
    texts = workbook(tmp_path / "so-den.xlsx", register_rows(), shared=[Repeated(piece, 510)])
    lie_about_size(texts, "xl/sharedStrings.xml", 4096)
    outcome = read_in_child(texts)
    assert outcome["field"] == "file"
    assert outcome["reason"] == (
        "tệp “so-den.xlsx” bị hỏng, không đọc được: phần xl/sharedStrings.xml giải nén ra "
        "nhiều hơn kích thước ghi trong tệp"
    )
    assert outcome["seconds"] < SECONDS
    assert outcome["grown_mib"] < 64


@pytest.mark.parametrize("written", ["as Excel writes it", "without references"])
def test_cells_sharing_one_long_text_are_refused_before_it_is_copied_into_each(
    tmp_path: Path, written: str
) -> None:
    """calamine copies a shared text into every cell using it: 20,000 × 30 KB is 600 MB."""
    if written == "as Excel writes it":
        cells = "".join(
            f'<row r="{n}"><c r="E{n}" t="s"><v>0</v></c></row>' for n in range(3, 20_003)
        ).encode()
    else:
        cells = [Repeated(b'<row><c t="s"><v>0</v></c></row>' * 1000, 20)]
    sharing = workbook(
        tmp_path / "so-den.xlsx",
        [register_rows(), *_pieces(cells)],
        shared=b"<si><t>" + b"V/v " * 7_500 + b"</t></si>",
    )
    outcome = read_in_child(sharing)
    assert outcome["field"] == "sheet"
    assert "dùng chung những đoạn chữ dài, cộng lại hơn" in outcome["reason"]
    assert outcome["seconds"] < SECONDS
    assert outcome["grown_mib"] < 64


def test_one_text_of_90_mb_is_checked_in_a_stream_of_short_pieces(tmp_path: Path) -> None:
    """Checking the sheet carries a tag over to the next piece: never a whole long text."""
    start = register_rows() + (
        b'<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="inlineStr"><is><t>03/03/2026</t></is>'
        b'</c><c r="E3" t="inlineStr"><is><t>'
    )
    long_text = workbook(
        tmp_path / "so-den.xlsx",
        [start, Repeated("Phát triển ".encode() * 65_536, 100), b"</t></is></c></row>"],
    )
    began = time.perf_counter()
    assert [(sheet.name, sheet.rows) for sheet in list_sheets(long_text)] == [(SHEET, 3)]
    assert time.perf_counter() - began < 2


# ----- XML that is not whole ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "fault"),
    [
        ("</x>", "thẻ đóng không khớp thẻ mở"),  # calamine read on and imported the row
        ("", "thẻ đóng không khớp thẻ mở"),  # the row left open: imported too
        ("</x></row>", "thẻ đóng không khớp thẻ mở"),  # calamine: "XmlError"
    ],
    ids=["row closed by another tag", "row never closed", "cell closed by another tag"],
)
def test_a_sheet_with_a_mismatched_tag_is_refused_naming_the_file_and_the_sheet(
    tmp_path: Path, broken: str, fault: str
) -> None:
    good = corpus.sheet_rows([corpus.HEADER, GOOD_ROW]).decode()
    second = good[good.index('<row r="2">') :]
    if broken == "</x></row>":
        damaged_row = second.replace("</c></row>", "</x></row>", 1)
    else:
        damaged_row = second.removesuffix("</row>") + broken
    damaged = workbook(
        tmp_path / "so-den.xlsx", (good[: good.index('<row r="2">')] + damaged_row).encode()
    )
    with pytest.raises(ValidationError) as refused:
        read(damaged)
    reason = say(refused.value.values["reason"])
    assert refused.value.values["field"] == "file"
    assert reason.startswith(
        f"tệp “so-den.xlsx” bị hỏng, không đọc được: trang “{SHEET}” có {fault}"
    )


def test_broken_shared_texts_are_refused_naming_the_file(tmp_path: Path) -> None:
    damaged = workbook(
        tmp_path / "so-den.xlsx",
        b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
        shared=b"<si><t>S\xc3\xb4\xcc\x81 \xc4\x91\xe1\xba\xbfn</si>",
    )
    with pytest.raises(ValidationError) as refused:
        list_sheets(damaged)
    assert say(refused.value.values["reason"]).startswith(
        "tệp “so-den.xlsx” bị hỏng, không đọc được: bảng chữ dùng chung có thẻ đóng không khớp"
    )


def test_a_document_type_is_refused_before_any_entity_is_expanded(tmp_path: Path) -> None:
    laughs = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'
    path = tmp_path / "so-den.xlsx"
    workbook(path, register_rows())
    members = corpus.archive_members(path)
    members = [
        (name, data.replace(b"?>", b"?>" + laughs, 1) if name.endswith("sheet1.xml") else data)
        for name, data in members
    ]
    corpus.write_zip(path, members)
    with pytest.raises(ValidationError) as refused:
        list_sheets(path)
    assert "khai báo DOCTYPE" in say(refused.value.values["reason"])


# ----- what stays as it was ----------------------------------------------------------------------


def test_a_usual_register_lists_and_reads_as_before(tmp_path: Path) -> None:
    path = workbook(tmp_path / "so-den.xlsx", register_rows(good_rows(5)))
    assert [(sheet.name, sheet.rows) for sheet in list_sheets(path)] == [(SHEET, 6)]
    assert [row.row_number for row in read(path).rows] == [2, 3, 4, 5, 6]


def test_a_file_changed_between_the_header_and_the_rows_is_read_as_it_now_is(
    tmp_path: Path,
) -> None:
    path = workbook(tmp_path / "so-den.xlsx", register_rows([GOOD_ROW]))
    layout = detect_layout(path, SHEET)
    second = [2, "03/03/2026", "Hội Nông dân xã Tân Hưng", "07/CV-HND", "Về việc thi đua"]
    time.sleep(0.01)
    workbook(path, register_rows([GOOD_ROW, second]))
    assert [row.draft.issuer for row in parse_rows(path, SHEET, layout).rows] == [
        "Đảng ủy xã Tân Hưng",
        "Hội Nông dân xã Tân Hưng",
    ]


# ----- the old .xls format ----------------------------------------------------------------------

XLS = Path(__file__).parents[2] / "fixtures" / "so_van_ban_den_2019.xls"


def xls_with_title_moved(path: Path, row: int, column: int) -> Path:
    """The fixture register with its title cell (a text record at A1) moved to (row, column).

    The record keeps its size, so the compound file around the workbook stream is untouched.
    """
    from xlrd import compdoc

    data = bytearray(XLS.read_bytes())
    stream, start, size = compdoc.CompDoc(bytes(data), logfile=sys.stderr).locate_named_stream(
        "Workbook"
    )
    assert stream == bytes(data)  # the stream lies whole in the file, as xlwt wrote it
    position = start
    while position < start + size:
        kind, length = struct.unpack_from("<HH", data, position)
        if kind == 0x00FD and struct.unpack_from("<HH", data, position + 4) == (0, 0):
            struct.pack_into("<HH", data, position + 4, row - 1, column - 1)
            path.write_bytes(bytes(data))
            return path
        position += 4 + length
    raise AssertionError("no text cell at A1 in the fixture")


def test_an_xls_cell_at_iv65536_is_refused_naming_the_column(tmp_path: Path) -> None:
    """xlrd made every row as wide as the widest: 65,536 rows of 256 cells, 270 MB."""
    far = xls_with_title_moved(tmp_path / "so-den.xls", 65_536, 256)
    outcome = read_in_child(far)
    assert outcome["field"] == "sheet"
    assert outcome["reason"].startswith(
        "trang “So den 2019” của tệp “so-den.xls” có ô IV65536, ở cột thứ 256, quá giới hạn "
        f"{MAX_COLUMNS} cột"
    )
    assert outcome["seconds"] < SECONDS
    assert outcome["grown_mib"] < 64


def test_an_xls_cell_in_its_last_row_is_read_without_widening_the_rows(tmp_path: Path) -> None:
    far = xls_with_title_moved(tmp_path / "so-den.xls", 65_536, 1)
    outcome = read_in_child(far)
    assert outcome["rows"] == [7, 8, 10, 11]
    assert outcome["problems"] == [65_536]
    assert outcome["seconds"] < SECONDS
    assert outcome["grown_mib"] < 64


def test_a_zip_of_a_hundred_thousand_parts_is_refused_before_they_are_listed(
    tmp_path: Path,
) -> None:
    """Each part of a zip becomes an object when the zip is opened: count them first."""
    local = bytearray()
    central = bytearray()
    for number in range(100_000):
        name = f"x/{number}".encode()
        offset = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0x21, 0, 0, 0, len(name), 0)
        local += name
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            *(0x02014B50, 20, 20, 0, 0, 0, 0x21, 0, 0, 0, len(name), 0, 0, 0, 0, 0, offset),
        )
        central += name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, len(central), len(local), 0)
    path = tmp_path / "so-den.xlsx"
    path.write_bytes(bytes(local) + bytes(central) + end)
    outcome = read_in_child(path)
    assert outcome["reason"] == "tệp “so-den.xlsx” có quá nhiều phần, không phải một sổ văn bản"
    assert outcome["seconds"] < SECONDS
    assert outcome["grown_mib"] < 16
