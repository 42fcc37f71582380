"""A blank book for an office that does not use the program: what its clerk opens in Excel."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.errors import ValidationError
from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel
from giamsat_desktop.domain.reporting_period import reporting_period
from giamsat_desktop.domain.summary_books import BookKind
from giamsat_desktop.services.catalog.office import set_up_office
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.statistics.blank_book import export_blank_book, level_in
from giamsat_desktop.services.statistics.book_meta import read_book_meta
from tests.session_day import TODAY

HALF = reporting_period(TODAY.year, 1)
FOR = "Ủy ban MTTQ Việt Nam xã Mỹ An"


@pytest.fixture
def province(tmp_path: Path) -> SessionFactory:
    database = open_database(f"sqlite:///{tmp_path / 'tinh.sqlite3'}")
    info = OfficeInfo(
        "Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp", OfficeLevel.PROVINCE, "Đồng Tháp", "Đồng Tháp",
        "Ủy ban Trung ương MTTQ Việt Nam", "MTTQ-BTT", "Nguyễn Văn A",
    )  # fmt: skip
    set_up_office(database.session_factory, SYSTEM, info)
    return database.session_factory


def test_a_blank_opens_on_its_instructions_with_only_the_figures_open(
    province: SessionFactory, tmp_path: Path
) -> None:
    path = tmp_path / "my-an.xlsx"
    uid = export_blank_book(province, path, HALF, f"  {FOR} ")

    meta = read_book_meta(path)
    assert (meta.kind, meta.office_name, meta.office_uid, meta.office_level) == (
        BookKind.BLANK, FOR, uid, "xa",
    )  # fmt: skip
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Hướng dẫn" and book.active.title == "Hướng dẫn"  # type: ignore[union-attr]
    said = " ".join(str(row[0].value or "") for row in book["Hướng dẫn"].iter_rows())
    assert f"Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp lập cho {FOR}" in said
    assert "Giám sát / Chủ trì: Mỗi cuộc giám sát" in said  # each column's counting rule

    layout = meta.layout("giam_sat")
    assert layout is not None and layout.rows == 8  # the office and its usual organisations
    sheet = book[layout.sheet]
    assert sheet.protection.sheet
    assert [sheet.cell(r, 1).value for r in range(layout.first_row, layout.first_row + 2)] == [
        FOR, "Hội Liên hiệp Phụ nữ",
    ]  # fmt: skip
    row = layout.first_row
    assert sheet.cell(row, 2).value == f"=C{row}+D{row}"  # Tổng số = chủ trì + phối hợp
    assert sheet.cell(row, 2).protection.locked
    open_cells = [
        sheet.cell(row, column).coordinate
        for column in range(2, 2 + len(layout.columns))
        if not sheet.cell(row, column).protection.locked
    ]
    assert open_cells == [f"{letter}{row}" for letter in "CDEFGHI"]
    assert all(sheet.cell(row, column).value is None for column in range(3, 10))
    [rule] = sheet.data_validations.dataValidation
    assert (rule.type, rule.operator, rule.formula1) == ("whole", "greaterThanOrEqual", "0")
    assert f"C{row}" in str(rule.sqref) and f"B{row}" not in str(rule.sqref)

    tasks = book["Nhiệm vụ"]
    task_layout = meta.layout("nhiem_vu")
    assert task_layout is not None
    rate = tasks.cell(task_layout.first_row, 1 + len(task_layout.columns)).value
    assert isinstance(rate, str) and rate.startswith("=IFERROR(")


def test_two_blanks_for_one_name_have_two_ids(province: SessionFactory, tmp_path: Path) -> None:
    first = export_blank_book(province, tmp_path / "a.xlsx", HALF, FOR)
    second = export_blank_book(province, tmp_path / "b.xlsx", HALF, FOR)
    assert first != second


def test_a_blank_without_a_name_is_refused(province: SessionFactory, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        export_blank_book(province, tmp_path / "a.xlsx", HALF, "   ")
    assert not (tmp_path / "a.xlsx").exists()


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("Ủy ban MTTQ Việt Nam xã Mỹ An", "xa"),
        ("Ủy ban MTTQ Việt Nam phường Bình Thủy", "phuong"),
        ("Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp", "tinh"),
        ("Ban Thường trực Mặt trận", ""),
    ],
)
def test_the_level_is_read_from_the_name(name: str, level: str) -> None:
    assert level_in(name) == level
