"""The consolidated book: one row per office under this one, the same sheets, totals by formula.

Books are read one by one (``read_book``), then checked beside each other: all of one period
(the period asked for, else the first book's), no office twice (by its id, by its name, or
held inside another consolidated book). Nothing is written while any book has a problem.
Each office's row holds its book's totals; a rate is computed again from them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from giamsat_desktop import __version__
from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.errors import (
    ConflictError,
    Detail,
    DetailCode,
    ErrorCode,
    ValidationError,
    detail,
)
from giamsat_desktop.domain.reporting_period import Period, reporting_period
from giamsat_desktop.domain.statistics_tables import Row, Table, Total
from giamsat_desktop.domain.summary_books import BookKind, BookMeta, HeldOffice, ReadBook
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.catalog.office import get_office, office_uid
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.consolidation.book_reading import read_book
from giamsat_desktop.services.statistics.blank_book import blank_tables
from giamsat_desktop.services.statistics.excel_book import write_book


def expected_tables() -> tuple[Table, ...]:
    """The six tables as this program lays them out (their columns and totals)."""
    return blank_tables(reporting_period(2000), "")  # the columns do not depend on the period


def read_books(paths: Sequence[Path]) -> list[ReadBook]:
    """Each book read and checked on its own (see ``book_reading``)."""
    expected = expected_tables()
    return [read_book(Path(path), expected) for path in paths]


def cross_checked(
    books: Sequence[ReadBook], period: tuple[dt.date, dt.date] | None = None
) -> list[ReadBook]:
    """The books with their conflicts beside each other.

    A book of another period than ``period`` (else the first book's); an office already in
    an earlier book (by its id or its name, itself or held in a consolidated book).
    """
    read = [book for book in books if book.meta is not None]
    if period is None and read:
        first = read[0].meta
        assert first is not None
        period = (first.period_start, first.period_end)
    seen: dict[str, str] = {}
    checked: list[ReadBook] = []
    for book in books:
        meta = book.meta
        conflicts: list[Detail] = []
        if meta is not None and period is not None:
            if (meta.period_start, meta.period_end) != period:
                conflicts.append(
                    detail(
                        DetailCode.BOOK_OTHER_PERIOD,
                        file=book.file,
                        start=meta.period_start,
                        end=meta.period_end,
                        expected_start=period[0],
                        expected_end=period[1],
                    )
                )
            for office in (HeldOffice(meta.office_uid, meta.office_name), *meta.holds):
                keys = (f"id:{office.uid}", f"name:{fold(office.name)}")
                earlier = next((seen[key] for key in keys if key in seen), None)
                if earlier is not None:
                    conflicts.append(
                        detail(
                            DetailCode.BOOK_SAME_OFFICE,
                            file=book.file,
                            office=office.name,
                            first_file=earlier,
                        )
                    )
                for key in keys:
                    seen.setdefault(key, book.file)
        checked.append(dataclasses.replace(book, conflicts=tuple(conflicts)))
    return checked


def consolidated_tables(books: Sequence[ReadBook]) -> tuple[Table, ...]:
    """The six tables with one row per book: its office and its totals."""
    made: list[Table] = []
    names = ", ".join(book.meta.office_name for book in books if book.meta is not None)
    for table in expected_tables():
        rows = []
        for book in books:
            values = book.totals_of(table.key)
            if book.meta is None or values is None:
                continue
            rows.append(Row(book.meta.office_name, _with_rates(table, values)))
        note = f"Tổng hợp từ sổ thống kê của {len(rows)} đơn vị: {names}."
        made.append(
            dataclasses.replace(table, rows=tuple(rows), notes=(note,), row_heading="Đơn vị")
        )
    return tuple(made)


def _with_rates(table: Table, values: tuple[int | None, ...]) -> tuple[int | float | None, ...]:
    """The totals, each rate computed from them as the total row's formula does."""
    keys = [column.key for column in table.columns]
    found: list[int | float | None] = list(values)
    for index, column in enumerate(table.columns):
        if column.total is Total.RATE and column.rate_of is not None:
            counted, whole = column.rate_of
            base = sum(values[keys.index(key)] or 0 for key in whole)
            found[index] = (values[keys.index(counted)] or 0) / base if base else None
    return tuple(found)


def write_consolidation(
    factory: SessionFactory,
    paths: Sequence[Path],
    target: Path,
    *,
    period: Period | None = None,
) -> list[ReadBook]:
    """Read, check and add up the books of ``paths`` into ``target``; returns the books.

    Raises:
        ValidationError: a book has a problem (``BOOKS_HAVE_PROBLEMS``: nothing written),
            or no book was given.
        ConflictError: this office is not set up yet (``OFFICE_MISSING``).
        StorageError: ``target`` cannot be written.
    """
    office = get_office(factory)
    uid = office_uid(factory)
    if office is None or uid is None:
        raise ConflictError(ErrorCode.OFFICE_MISSING)
    if not paths:
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="file")
    wanted = (period.start, period.end) if period is not None else None
    books = cross_checked(read_books(paths), wanted)
    problems = [problem for book in books for problem in book.all_problems]
    if problems:
        raise ValidationError(
            ErrorCode.BOOKS_HAVE_PROBLEMS, count=len(problems), first=problems[0], problems=problems
        )
    first = books[0].meta
    assert first is not None
    held: list[HeldOffice] = []
    for book in books:
        assert book.meta is not None
        held += [HeldOffice(book.meta.office_uid, book.meta.office_name), *book.meta.holds]
    meta = BookMeta(
        office_name=office.name,
        office_uid=uid,
        office_level=office.level.value,
        period_start=first.period_start,
        period_end=first.period_end,
        period_title=first.period_title,
        made_on=clock.today(),
        program_version=__version__,
        kind=BookKind.CONSOLIDATED,
        holds=tuple(held),
    )
    write_book(target, consolidated_tables(books), meta)
    return books
