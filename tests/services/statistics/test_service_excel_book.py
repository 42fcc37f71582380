"""The Excel summary book: its sheets, headers, total formulas, print setup and metadata."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.cell import MergedCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from giamsat_desktop.domain.errors import ValidationError
from giamsat_desktop.domain.statistics_tables import Column, Row, Table, Total
from giamsat_desktop.domain.summary_books import BookMeta, SheetLayout
from giamsat_desktop.messages import say
from giamsat_desktop.services.statistics.book_meta import META_SHEET, read_book_meta
from giamsat_desktop.services.statistics.excel_book import write_book
from tests.session_day import TODAY

EVIL = "=HYPERLINK(\"http://x\",\"Hội =1+1\")"
"""A label a clerk typed that Excel would take for a formula."""

SUPERVISION = Table(
    key="giam_sat",
    sheet="Giám sát",
    title="KẾT QUẢ GIÁM SÁT",
    columns=(
        Column("total", "Tổng số cuộc"),
        Column("led", "Chủ trì", group="Trong đó"),
        Column("joined", "Phối hợp (lượt)", group="Trong đó"),
        Column("theme", "Theo chuyên đề", group="Hình thức"),
        Column("document", "Nghiên cứu văn bản", group="Hình thức"),
        Column("sessions", "Số cuộc khác nhau", total=Total.NONE),
    ),
    rows=(
        Row("Ủy ban MTTQ Việt Nam xã Tân Hưng", (5, 4, 1, 3, 2, 5)),
        Row("Hội Nông dân", (3, 1, 2, 2, 1, 3), organization_id=1),
        Row(EVIL, (2, 0, 2, None, 2, 2), organization_id=2),
        Row("Đoàn Thanh niên", (0, 0, 0, 0, 0, 0), organization_id=3),
    ),
    notes=("Một cuộc giám sát phối hợp được tính một lần: 8 cuộc khác nhau.",),
)

TASKS = Table(
    key="nhiem_vu",
    sheet="Nhiệm vụ",
    title="KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
    columns=(
        Column("assigned", "Được giao"),
        Column("on_time", "Đúng hạn", group="Đã hoàn thành"),
        Column("late", "Trễ hạn", group="Đã hoàn thành"),
        Column("overdue", "Quá hạn"),
        Column(
            "rate",
            "Tỷ lệ đúng hạn",
            total=Total.RATE,
            rate_of=("on_time", ("on_time", "late", "overdue")),
        ),
        Column("idle_rate", "Tỷ lệ khác", total=Total.RATE, rate_of=("late", ("overdue",))),
    ),
    rows=(
        Row("Ủy ban MTTQ Việt Nam xã Tân Hưng", (10, 6, 2, 1, 6 / 9, None)),
        Row("Hội Liên hiệp Phụ nữ", (4, 3, 0, 0, 1.0, None), organization_id=4),
        Row("Hội Cựu chiến binh", (1, 0, 0, 0, None, None), organization_id=5),
    ),
    row_heading="Tổ chức",
)

META = BookMeta(
    office_name="=Ủy ban MTTQ Việt Nam xã Tân Hưng",
    office_uid="6f1c0a52-3c1e-4f7e-9a3b-1d2e3f405162",
    office_level="xa",
    period_start=dt.date(TODAY.year, 1, 1),
    period_end=dt.date(TODAY.year, 6, 30),
    period_title=f"6 tháng đầu năm {TODAY.year}",
    made_on=TODAY,
    program_version="0.1.0",
)


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    path = tmp_path / "tong_hop.xlsx"
    write_book(path, (SUPERVISION, TASKS), META)
    return path


def header_top(sheet: Worksheet) -> int:
    """The first header row: the one whose column A holds the row heading."""
    for row in range(1, 20):
        if sheet.cell(row, 1).value in ("Đơn vị", "Tổ chức"):
            return row
    raise AssertionError("no header")


def evaluate(sheet: Worksheet, formula: str) -> int | float | None:
    """The value of one of the book's total formulas, computed as Excel would."""
    sums = re.fullmatch(r"=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)", formula)
    if sums:
        column, first, _, last = sums.groups()
        cells = (sheet[f"{column}{row}"].value for row in range(int(first), int(last) + 1))
        return sum(value for value in cells if isinstance(value, int | float))
    rate = re.fullmatch(r'=IFERROR\(([A-Z]+\d+)/\(([A-Z0-9+]+)\),""\)', formula)
    assert rate, formula
    part = value_of(sheet, rate.group(1))
    base = sum(value_of(sheet, ref) or 0 for ref in rate.group(2).split("+"))
    return (part or 0) / base if base else None


def value_of(sheet: Worksheet, reference: str) -> int | float | None:
    value = sheet[reference].value
    if isinstance(value, str) and value.startswith("="):
        return evaluate(sheet, value)
    return value


def test_one_sheet_per_table_and_a_very_hidden_metadata_sheet_not_active(
    book_path: Path,
) -> None:
    book = openpyxl.load_workbook(book_path)

    assert book.sheetnames == ["Giám sát", "Nhiệm vụ", META_SHEET]
    assert book[META_SHEET].sheet_state == "veryHidden"
    assert book.active is not None and book.active.title == "Giám sát"
    assert [s.title for s in book.worksheets if s.sheet_view.tabSelected] == ["Giám sát"]


def test_the_title_block_names_the_office_the_table_the_period_and_the_day(
    book_path: Path,
) -> None:
    sheet = openpyxl.load_workbook(book_path)["Giám sát"]

    texts = [sheet.cell(row, 1).value for row in range(1, header_top(sheet))]

    assert texts == [
        META.office_name,
        "KẾT QUẢ GIÁM SÁT",
        f"Kỳ báo cáo: 6 tháng đầu năm {TODAY.year}",
        f"Ngày lập: {TODAY:%d/%m/%Y}",
        SUPERVISION.notes[0],
        None,
    ]
    assert sheet.cell(1, 1).data_type == "s"  # the office's name starting "=" is text
    assert "A1:G1" in {str(merged) for merged in sheet.merged_cells.ranges}


def test_group_headers_are_merged_and_lone_columns_span_both_header_rows(
    book_path: Path,
) -> None:
    sheet = openpyxl.load_workbook(book_path)["Giám sát"]
    top = header_top(sheet)

    merged = {str(cells) for cells in sheet.merged_cells.ranges}
    upper = [sheet.cell(top, column).value for column in range(1, 8)]
    lower = [sheet.cell(top + 1, column).value for column in range(1, 8)]

    assert {
        f"A{top}:A{top + 1}",
        f"B{top}:B{top + 1}",
        f"C{top}:D{top}",
        f"E{top}:F{top}",
        f"G{top}:G{top + 1}",
    } <= merged
    assert upper == [
        "Đơn vị", "Tổng số cuộc", "Trong đó", None, "Hình thức", None, "Số cuộc khác nhau"
    ]
    assert lower == [
        None, None, "Chủ trì", "Phối hợp (lượt)", "Theo chuyên đề", "Nghiên cứu văn bản", None
    ]
    assert isinstance(sheet[f"D{top}"], MergedCell)
    assert sheet[f"C{top}"].border.left.style == "thin"
    assert sheet[f"C{top}"].alignment.wrap_text


def test_the_total_row_formulas_compute_the_tables_totals(book_path: Path) -> None:
    book = openpyxl.load_workbook(book_path)
    for table in (SUPERVISION, TASKS):
        sheet = book[table.sheet]
        first = header_top(sheet) + 2
        total_row = first + len(table.rows)
        assert sheet.cell(total_row, 1).value == table.total_label
        for index, column in enumerate(table.columns, start=2):
            cell = sheet.cell(total_row, index)
            if column.total is Total.NONE:
                assert cell.value is None
                continue
            assert cell.data_type == "f", (table.key, column.key)
            computed = evaluate(sheet, cell.value)
            expected = table.total(column.key)
            assert computed == pytest.approx(expected) if expected is not None else computed is None
            if column.total is Total.SUM:
                letter = get_column_letter(index)
                assert cell.value == f"=SUM({letter}{first}:{letter}{total_row - 1})"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_spreadsheet_program_computes_the_same_totals(book_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(book_path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    computed = openpyxl.load_workbook(out / book_path.name, data_only=True)

    for table in (SUPERVISION, TASKS):
        last = [cell.value for cell in list(computed[table.sheet].iter_rows())[-1]]
        expected = [table.total(column.key) for column in table.columns]
        assert last[0] == table.total_label
        assert last[1:] == [pytest.approx(v) if v is not None else None for v in expected]


def test_rates_are_fractions_shown_as_percentages(book_path: Path) -> None:
    sheet = openpyxl.load_workbook(book_path)["Nhiệm vụ"]
    first = header_top(sheet) + 2

    rates = [sheet.cell(row, 6) for row in range(first, first + 4)]

    assert [cell.value for cell in rates[:3]] == [pytest.approx(6 / 9), 1.0, None]
    assert {cell.number_format for cell in rates} == {"0.0%"}
    assert TASKS.total("rate") == pytest.approx(9 / 12)


def test_a_label_starting_with_equals_is_stored_as_text(book_path: Path) -> None:
    sheet = openpyxl.load_workbook(book_path)["Giám sát"]
    row = header_top(sheet) + 2 + 2

    assert sheet.cell(row, 1).value == EVIL
    assert sheet.cell(row, 1).data_type == "s"
    with zipfile.ZipFile(book_path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>HYPERLINK" not in xml
    assert xml.count("<f>") == 5  # the five total formulas, nothing else


def test_print_setup_is_a4_landscape_fit_to_width_with_header_rows_repeated(
    book_path: Path,
) -> None:
    book = openpyxl.load_workbook(book_path)
    for table in (SUPERVISION, TASKS):
        sheet = book[table.sheet]
        top = header_top(sheet)

        assert sheet.page_setup.orientation == "landscape"
        assert str(sheet.page_setup.paperSize) == Worksheet.PAPERSIZE_A4
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
        assert sheet.print_title_rows == f"${top}:${top + 1}"
        assert sheet.freeze_panes == f"B{top + 2}"
        assert sheet.column_dimensions["A"].width >= 18


def test_the_book_asks_excel_to_recalculate_on_load(book_path: Path) -> None:
    with zipfile.ZipFile(book_path) as archive:
        workbook_xml = archive.read("xl/workbook.xml").decode()

    assert re.search(r'<calcPr[^>]*fullCalcOnLoad="1"', workbook_xml)


def test_the_metadata_reads_back_with_where_each_table_stands(book_path: Path) -> None:
    found = read_book_meta(book_path)

    assert dataclasses.replace(found, layouts=()) == META
    book = openpyxl.load_workbook(book_path)
    for layout, table in zip(found.layouts, (SUPERVISION, TASKS), strict=True):
        assert layout == SheetLayout(
            table.key,
            table.sheet,
            layout.first_row,
            len(table.rows),
            tuple(column.key for column in table.columns),
        )
        sheet = book[layout.sheet]
        labels = [sheet.cell(layout.first_row + n, 1).value for n in range(layout.rows + 1)]
        assert labels == [*(row.label for row in table.rows), table.total_label]


def test_a_book_that_is_not_ours_is_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "khac.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "Tổng hợp của một đơn vị khác"
    book.save(foreign)
    impostor = tmp_path / "gia.xlsx"
    book.create_sheet(META_SHEET)["A1"] = "schema"
    book[META_SHEET]["B1"] = "1"
    book.save(impostor)
    text = tmp_path / "ghi_chu.xlsx"
    text.write_text("không phải Excel", encoding="utf-8")

    for path in (foreign, impostor, text):
        with pytest.raises(ValidationError) as refused:
            read_book_meta(path)
        assert refused.value.values["field"] == "file"


@pytest.mark.parametrize("schema", ["1", "3"])
def test_a_book_of_another_schema_is_refused(tmp_path: Path, schema: str) -> None:
    path = tmp_path / "moi.xlsx"
    write_book(path, (TASKS,), META)
    book = openpyxl.load_workbook(path)
    for row in book[META_SHEET].iter_rows():
        if row[0].value == "schema":
            row[1].value = schema
    book.save(path)

    with pytest.raises(ValidationError) as refused:
        read_book_meta(path)
    assert f"theo mẫu {schema}, chương trình này đọc mẫu 2" in say(refused.value)


def test_a_failed_write_leaves_the_former_book(tmp_path: Path) -> None:
    path = tmp_path / "tong_hop.xlsx"
    write_book(path, (TASKS,), META)
    before = path.read_bytes()

    with pytest.raises(ValueError):
        write_book(path, (TASKS, TASKS), META)  # two sheets of one name

    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tong_hop.xlsx"]

