"""The Excel summary books offices send upward, as the program reads them back.

A book is an office's own (made from its records), a blank one for an office that does not
use the program (filled by hand), or the consolidation of several books by the office above
them. Its very hidden sheet says which, for which office and period, and where each table's
rows and total stand on its sheet (the layout), so that another copy of the program reads
the figures without guessing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from giamsat_desktop.domain.errors import Detail

BOOK_SCHEMA = 2
"""The layout of the metadata this program writes; a book of another schema is refused."""


class BookKind(StrEnum):
    """Who filled a book's figures."""

    OFFICE = "office"
    """Counted by the program from the office's own records."""
    BLANK = "blank"
    """Made empty for an office that does not use the program, filled by hand."""
    CONSOLIDATED = "consolidated"
    """The sum of the books of the offices under the office that made it."""

    @property
    def label(self) -> str:
        """The Vietnamese words shown (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


@dataclass(frozen=True, slots=True)
class SheetLayout:
    """Where a table stands on its sheet.

    Attributes:
        key: The table's key (``giam_sat`` …).
        sheet: The sheet's name.
        first_row: The first row of figures (1-based).
        rows: How many rows of figures; the total row follows them.
        columns: The columns' keys, left to right from column B.
    """

    key: str
    sheet: str
    first_row: int
    rows: int
    columns: tuple[str, ...]

    @property
    def total_row(self) -> int:
        """The total row's number."""
        return self.first_row + self.rows


@dataclass(frozen=True, slots=True)
class HeldOffice:
    """An office whose figures a consolidated book holds: its id and its name."""

    uid: str
    name: str


@dataclass(frozen=True, slots=True)
class BookMeta:
    """What the book says about itself, on its very hidden sheet.

    Attributes:
        office_name: The office's full name.
        office_uid: The office's id, made once at set-up (``office.uid``); a blank book's
            is made with it, one per blank.
        office_level: The office's level (``OfficeLevel`` value: ``xa``, ``tinh`` …).
        period_start: The period's first day.
        period_end: The period's last day.
        period_title: How the period is named ("6 tháng đầu năm 2026").
        made_on: The day the book was made.
        program_version: The version of the program that made it.
        kind: Whose figures the book holds.
        holds: For a consolidated book, the offices it adds up (and those they held).
        layouts: Where each table stands (read back; the writer computes its own).
        schema: The layout of this metadata (``BOOK_SCHEMA``).
    """

    office_name: str
    office_uid: str
    office_level: str
    period_start: dt.date
    period_end: dt.date
    period_title: str
    made_on: dt.date
    program_version: str
    kind: BookKind = BookKind.OFFICE
    holds: tuple[HeldOffice, ...] = ()
    layouts: tuple[SheetLayout, ...] = ()
    schema: int = BOOK_SCHEMA

    def layout(self, key: str) -> SheetLayout | None:
        """The layout of table ``key``, if the book has it."""
        return next((found for found in self.layouts if found.key == key), None)


@dataclass(frozen=True, slots=True)
class ReadBook:
    """A summary book as read for a consolidation, with what is wrong in it.

    Attributes:
        path: The file read.
        meta: What the book says about itself; None when it could not be read at all.
        totals: Each table's key and its totals in column order: a column that adds up
            holds the sum of the book's rows (each cell checked); a rate's is None.
        problems: What is wrong in the book itself (cells, totals, sheets).
        conflicts: What is wrong beside the other books read with it (period, office).
    """

    path: str
    meta: BookMeta | None
    totals: tuple[tuple[str, tuple[int | None, ...]], ...] = ()
    problems: tuple[Detail, ...] = ()
    conflicts: tuple[Detail, ...] = ()

    @property
    def file(self) -> str:
        """The file's name, as the problems name it."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def all_problems(self) -> tuple[Detail, ...]:
        """Its own problems, then its conflicts with the others."""
        return self.problems + self.conflicts

    @property
    def ok(self) -> bool:
        """Whether the book may be added up."""
        return self.meta is not None and not self.all_problems

    def totals_of(self, key: str) -> tuple[int | None, ...] | None:
        """The totals of table ``key``, if read."""
        return next((values for found, values in self.totals if found == key), None)
