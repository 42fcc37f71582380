"""Three offices' books for one half-year, and the province that adds them up.

Two communes use the program (two demo offices, their own ids and names); a third does not
and fills a blank book by hand, as its clerk would in Excel: a number in every open cell.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import openpyxl

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel
from giamsat_desktop.domain.reporting_period import Period, reporting_period
from giamsat_desktop.services.catalog.office import get_office, set_up_office, update_office
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.statistics.blank_book import export_blank_book
from giamsat_desktop.services.statistics.book_meta import read_book_meta
from giamsat_desktop.services.statistics.excel_book import export_book
from tests.session_day import TODAY

HALF: Period = reporting_period(TODAY.year, 1)
PROVINCE = OfficeInfo(
    name="Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp",
    level=OfficeLevel.PROVINCE,
    place_name="Đồng Tháp",
    date_line_place="Đồng Tháp",
    higher_body="Ủy ban Trung ương MTTQ Việt Nam",
    symbol_suffix="MTTQ-BTT",
    chair_name="Nguyễn Văn A",
)
BLANK_OFFICE = "Ủy ban MTTQ Việt Nam xã Mỹ An"


@dataclasses.dataclass(frozen=True)
class Books:
    """The province's database and the three books sent up."""

    province: SessionFactory
    commune_a: Path
    commune_b: Path
    filled: Path
    folder: Path


def fill_blank(path: Path) -> dict[tuple[str, str], int]:
    """Type a number in every open cell of a blank book; the cells typed, by sheet and cell."""
    meta = read_book_meta(path)
    book = openpyxl.load_workbook(path)
    typed: dict[tuple[str, str], int] = {}
    for layout in meta.layouts:
        sheet = book[layout.sheet]
        for row in range(layout.first_row, layout.total_row):
            for column in range(2, 2 + len(layout.columns)):
                cell = sheet.cell(row, column)
                if not cell.protection.locked:
                    cell.value = (row * 3 + column) % 5
                    typed[(layout.sheet, cell.coordinate)] = cell.value
    book.save(path)
    return typed


def _commune(folder: Path, name: str, seed: int) -> Path:
    database = open_database(f"sqlite:///{folder / name}.sqlite3")
    try:
        factory = database.session_factory
        create_demo_data(factory, "small", seed=seed, today=TODAY, data_folder=folder / name)
        office = get_office(factory)
        assert office is not None
        if seed != 2025:
            renamed = dataclasses.replace(
                office, name="Ủy ban MTTQ Việt Nam xã Bình Thành", place_name="Bình Thành"
            )
            update_office(factory, SYSTEM, renamed)
        book = folder / f"{name}.xlsx"
        export_book(factory, SYSTEM, book, HALF)
    finally:
        database.close()
    return book


def make_books(folder: Path) -> Books:
    """Two demo communes' own books, a province office, and a blank it made, filled."""
    commune_a = _commune(folder, "tan-hung", 2025)
    commune_b = _commune(folder, "binh-thanh", 7)
    database = open_database(f"sqlite:///{folder / 'tinh.sqlite3'}")
    set_up_office(database.session_factory, SYSTEM, PROVINCE)
    filled = folder / "my-an.xlsx"
    export_blank_book(database.session_factory, filled, HALF, BLANK_OFFICE)
    fill_blank(filled)
    return Books(database.session_factory, commune_a, commune_b, filled, folder)
