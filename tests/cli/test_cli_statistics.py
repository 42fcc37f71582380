"""``export-excel``: a period's statistics tables as the Excel summary book.

Run in the process through ``giamsat_desktop.cli.main`` on an office holding the hand-made
year of tasks of ``tests.services.tasks.task_year``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest

from giamsat_desktop import cli
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.reporting_period import reporting_period
from giamsat_desktop.services.catalog.office import get_office, office_uid
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.safety.database import Database
from giamsat_desktop.services.statistics.excel_book import META_SHEET, read_book_meta
from giamsat_desktop.services.statistics.figures import statistics_for
from giamsat_desktop.services.statistics.tables import tables
from tests.services.tasks.task_year import YEAR, make_year
from tests.session_day import TODAY


@pytest.fixture
def db(context: ServiceContext, office_database: Database, monkeypatch: pytest.MonkeyPatch) -> str:
    """The office's SQLite file, holding the hand-made year."""
    make_year(context, monkeypatch)
    assert office_database.sqlite_file is not None
    return str(office_database.sqlite_file)


def test_export_excel_writes_the_years_tables_with_the_office_and_period(
    db: str, context: ServiceContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "thong-ke.xlsx"

    assert cli.main(["--db", db, "export-excel", "--year", str(YEAR), "-o", str(target)]) == 0

    expected = tables(statistics_for(context.factory, SYSTEM, reporting_period(YEAR)))
    assert capsys.readouterr().out.strip() == (
        f"Đã ghi {len(expected)} bảng thống kê năm {YEAR} vào {target}"
    )
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [*(table.sheet for table in expected), META_SHEET]
    tasks = next(table for table in expected if table.key == "nhiem_vu")
    sheet = book[tasks.sheet]
    total = next(row for row in sheet.iter_rows() if row[0].value == tasks.total_label)
    first = total[0].row - len(tasks.rows)
    for cell, column in zip(total[1:], tasks.columns, strict=True):
        sums = re.fullmatch(r"=SUM\(([A-Z]+)(\d+):\1(\d+)\)", str(cell.value))
        if sums is None:
            continue
        assert (int(sums.group(2)), int(sums.group(3))) == (first, total[0].row - 1)
        figures = [sheet[f"{sums.group(1)}{row}"].value or 0 for row in range(first, total[0].row)]
        assert sum(figures) == tasks.total(column.key)
    assert sum(tasks.total(key) or 0 for key in ("done_on_time", "done_late", "overdue")) > 0
    office = get_office(context.factory)
    meta = read_book_meta(target)
    assert office is not None
    assert (meta.office_name, meta.office_uid, meta.office_level) == (
        office.name,
        office_uid(context.factory),
        office.level.value,
    )
    assert (meta.period_start, meta.period_end, meta.made_on) == (
        dt.date(YEAR, 1, 1),
        dt.date(YEAR, 12, 31),
        TODAY,
    )


def test_export_excel_takes_a_half_or_a_range_of_days(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    half = tmp_path / "nua-dau.xlsx"
    days = tmp_path / "khoang.xlsx"

    assert cli.main(["--db", db, "export-excel", "--year", str(YEAR), "--half", "2",
                     "-o", str(half)]) == 0
    assert cli.main(["--db", db, "export-excel", "--from", f"01/03/{YEAR}",
                     "--to", f"15/04/{YEAR}", "-o", str(days)]) == 0

    assert capsys.readouterr().out.splitlines()[0] == (
        f"Đã ghi 6 bảng thống kê 6 tháng cuối năm {YEAR} vào {half}"
    )
    assert (read_book_meta(half).period_start, read_book_meta(half).period_end) == (
        dt.date(YEAR, 7, 1),
        dt.date(YEAR, 12, 31),
    )
    assert read_book_meta(days).period_title == f"từ ngày 01/03/{YEAR} đến ngày 15/04/{YEAR}"


def test_export_excel_refuses_a_range_ending_before_it_starts_in_one_line(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sai.xlsx"

    code = cli.main(["--db", db, "export-excel", "--from", f"15/04/{YEAR}",
                     "--to", f"01/03/{YEAR}", "-o", str(target)])

    err = capsys.readouterr().err.strip()
    assert code != 0 and not target.exists()
    assert len(err.splitlines()) == 1 and "ngày đầu kỳ" in err.lower(), err
