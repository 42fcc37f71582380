"""The limits an .xlsx is checked against, and what the check answers: extents and refusals."""

from __future__ import annotations

from dataclasses import dataclass

from giamsat_desktop.domain.errors import Detail, ErrorCode, ValidationError

__all__ = [
    "MAX_COLUMNS",
    "MAX_DIRECTORY_BYTES",
    "MAX_EXPANDED_BYTES",
    "MAX_GRID_CELLS",
    "MAX_PART_BYTES",
    "MAX_ROWS",
    "MAX_SHARED_STRINGS_BYTES",
    "MAX_SHARED_TEXT_BYTES",
    "MiB",
    "Inspection",
    "Refused",
    "SheetExtent",
    "SheetRefused",
    "column_letters",
    "megabytes",
    "refusal",
]

MiB = 1024 * 1024

MAX_COLUMNS = 100
"""Columns a worksheet may use (A to CV): a register has about twenty."""
MAX_ROWS = 100_000
"""The last row a worksheet may fill: a hundred thousand documents, decades of a register."""
MAX_GRID_CELLS = 3_000_000
"""Cells from A1 to the farthest filled one that calamine may hold as one grid (about 100 MB).

A sheet within the limits but with a larger grid (cells far apart) is streamed row by row.
"""
MAX_PART_BYTES = 120 * MiB
"""The largest part (one worksheet's XML) read: a full register of 100,000 rows is smaller."""
MAX_SHARED_STRINGS_BYTES = 64 * MiB
"""The largest table of shared texts, which calamine holds whole."""
MAX_EXPANDED_BYTES = 256 * MiB
"""All XML parts together; a register's workbook expands to much less."""
MAX_SHARED_TEXT_BYTES = 96 * MiB
"""Shared texts counted once per cell that uses them: calamine copies them into each cell."""
MAX_DIRECTORY_BYTES = 4 * MiB
"""The zip's list of parts: a workbook's has a few dozen entries, a few kilobytes."""


def column_letters(number: int) -> str:
    """The letters Excel shows for a column (1 is A, 27 is AA)."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def megabytes(size: int) -> int:
    """A size in whole megabytes, at least 1, as a refusal states it."""
    return max(1, round(size / MiB))


@dataclass(frozen=True, slots=True)
class SheetExtent:
    """Where a worksheet's cells are, and whether it can be read.

    Attributes:
        rows: The last row holding a value (rough when ``exact`` is False: the last one the
            file writes), 0 for an empty sheet.
        exact: Whether ``rows`` and ``columns`` were counted cell by cell.
        columns: The last column holding a value, when ``exact``.
        grid: Whether calamine may build the sheet as one grid.
        refusal: Why the sheet cannot be read, by code and values; None when it can.
    """

    rows: int
    exact: bool
    columns: int | None
    grid: bool
    refusal: Detail | None


@dataclass(frozen=True, slots=True)
class Inspection:
    """What a workbook holds, checked.

    Attributes:
        sheets: Each worksheet's extent by name, in workbook order.
        date_1904: Whether the workbook counts dates from 1904 (old Mac files).
        grid: Whether every worksheet part fits calamine's grid (otherwise none is read by
            calamine: a part it would read under another name may not fit).
    """

    sheets: dict[str, SheetExtent]
    date_1904: bool
    grid: bool


class Refused(Exception):
    """The file cannot be read; ``reason`` says why, by code and values."""

    def __init__(self, reason: Detail) -> None:
        super().__init__(reason)
        self.reason = reason


class SheetRefused(Refused):
    """One worksheet is beyond a limit; the rest of the workbook may still be read."""


def refusal(reason: Detail) -> ValidationError:
    """The error refusing the file (field "file") for ``reason``."""
    return ValidationError(ErrorCode.FIELD_INVALID, field="file", reason=reason)
