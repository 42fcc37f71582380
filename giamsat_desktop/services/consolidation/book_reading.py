"""One summary book read cell by cell, as the program laid it out, and checked.

The very hidden sheet says where each table's rows and total stand (``SheetLayout``); the
figures are read there, with the formulas as written (a book the program wrote carries no
computed values, and one saved by Excel may carry stale ones). Every figure must be a whole
number from 0 up (an empty cell is 0); every total must be the program's own formula and
equal the sum of its rows. Each problem names the file, the sheet and the cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from giamsat_desktop.domain.errors import Detail, DetailCode, GiamsatError, detail
from giamsat_desktop.domain.statistics_tables import Table, Total
from giamsat_desktop.domain.summary_books import BookKind, BookMeta, ReadBook, SheetLayout
from giamsat_desktop.services.statistics.book_meta import read_book_meta

_SUM = re.compile(r"=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)")


def read_book(path: Path, expected: Sequence[Table]) -> ReadBook:
    """Read ``path`` against the program's ``expected`` tables (their columns and totals).

    Never raises for what is in the file: what cannot be read is a problem of the result.
    """
    path = Path(path)
    try:
        meta = read_book_meta(path)
    except GiamsatError as exc:
        reason = exc.values.get("reason")
        why = reason if isinstance(reason, Detail) else detail(exc.code, **exc.values)
        return ReadBook(str(path), None, problems=(_unreadable(path, why),))
    try:
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # noqa: BLE001 - a damaged file is a problem, said plainly
        why = detail(DetailCode.EXCEL_NOT_READ, file=path.name, detail=str(exc))
        return ReadBook(str(path), meta, problems=(_unreadable(path, why),))
    try:
        return _read(path, book, meta, expected)
    finally:
        book.close()


def _unreadable(path: Path, why: Detail) -> Detail:
    return detail(DetailCode.BOOK_UNREADABLE, file=path.name, reason=why)


def _read(path: Path, book: Any, meta: BookMeta, expected: Sequence[Table]) -> ReadBook:
    problems: list[Detail] = []
    totals: list[tuple[str, tuple[int | None, ...]]] = []
    filled = False
    for table in expected:
        layout = meta.layout(table.key)
        if layout is None or layout.sheet not in book.sheetnames:
            sheet = layout.sheet if layout is not None else table.sheet
            problems.append(detail(DetailCode.BOOK_SHEET_MISSING, file=path.name, sheet=sheet))
            continue
        if layout.columns != tuple(column.key for column in table.columns):
            problems.append(
                detail(DetailCode.BOOK_OTHER_COLUMNS, file=path.name, sheet=layout.sheet)
            )
            continue
        found = _read_sheet(path.name, book[layout.sheet], layout, table, problems)
        if found is not None:
            values, any_filled = found
            totals.append((table.key, values))
            filled = filled or any_filled
    if meta.kind is BookKind.BLANK and not filled and not problems:
        problems.append(detail(DetailCode.BOOK_EMPTY, file=path.name))
    return ReadBook(str(path), meta, tuple(totals), tuple(problems))


def _read_sheet(
    file: str, sheet: Any, layout: SheetLayout, table: Table, problems: list[Detail]
) -> tuple[tuple[int | None, ...], bool] | None:
    """The sums of the sheet's rows, column by column, its totals checked; None if moved."""
    width = 1 + len(table.columns)
    grid = [
        list(values) + [None] * (width - len(values))
        for values in sheet.iter_rows(
            min_row=layout.first_row, max_row=layout.total_row, max_col=width, values_only=True
        )
    ]
    grid += [[None] * width] * (layout.rows + 1 - len(grid))
    label = grid[layout.rows][0]
    if str(label or "").strip() != table.total_label:
        problems.append(
            detail(DetailCode.BOOK_ROWS_MOVED, file=file, sheet=layout.sheet, row=layout.total_row)
        )
        return None
    filled = False
    keys = [column.key for column in table.columns]
    found: dict[str, list[int]] = {}
    letters = {key: get_column_letter(index + 2) for index, key in enumerate(keys)}
    place = {"file": file, "sheet": layout.sheet}
    for derived in (False, True):  # a row's sum of other figures once those are read
        for index, column in enumerate(table.columns, start=1):
            if column.total is not Total.SUM or bool(column.sum_of) != derived:
                continue
            letter = letters[column.key]
            cells: list[int] = []
            for offset in range(layout.rows):
                value = grid[offset][index]
                where = f"{letter}{layout.first_row + offset}"
                if derived:
                    parts = [found[key][offset] for key in column.sum_of]
                    formula = "=" + "+".join(
                        f"{letters[key]}{layout.first_row + offset}" for key in column.sum_of
                    )
                    _check_sum(value, formula, sum(parts), {**place, "cell": where}, problems)
                    cells.append(sum(parts))
                    continue
                number = _whole(value)
                if number is None:
                    problems.append(
                        detail(DetailCode.BOOK_NOT_A_NUMBER, **place, cell=where, value=str(value))
                    )
                    number = 0
                filled = filled or value not in (None, "")
                cells.append(number)
            found[column.key] = cells
            total = grid[layout.rows][index]
            where = f"{letter}{layout.total_row}"
            _check_total(file, layout, letter, where, total, cells, problems)
    sums = tuple(
        sum(found[column.key]) if column.key in found else None for column in table.columns
    )
    return sums, filled


def _check_sum(
    value: object, formula: str, expected: int, place: dict[str, str], problems: list[Detail]
) -> None:
    """A row's figure that sums others: their formula (a blank's) or their sum (the program's)."""
    if isinstance(value, str) and value.startswith("="):
        if value.replace(" ", "").replace("$", "").upper() != formula:
            problems.append(
                detail(DetailCode.BOOK_TOTAL_CHANGED, **place, formula=value, expected=formula)
            )
        return
    number = _whole(value) if value not in (None, "") else None
    if number is None:
        shown = "" if value is None else str(value)
        problems.append(detail(DetailCode.BOOK_TOTAL_TYPED, **place, value=shown))
    elif number != expected:
        problems.append(
            detail(DetailCode.BOOK_TOTAL_WRONG, **place, found=number, expected=expected)
        )


def _whole(value: object) -> int | None:
    """The cell as a whole number from 0 up (empty: 0), or None when it is not one."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float) and value.is_integer() and value >= 0:
        return int(value)
    return None


def _check_total(
    file: str,
    layout: SheetLayout,
    letter: str,
    where: str,
    total: object,
    cells: list[int],
    problems: list[Detail],
) -> None:
    """The total must be the program's formula over the rows, and so equal their sum."""
    last = layout.first_row + layout.rows - 1
    expected = f"=SUM({letter}{layout.first_row}:{letter}{last})" if layout.rows else "=0"
    place = {"file": file, "sheet": layout.sheet, "cell": where}
    if not (isinstance(total, str) and total.startswith("=")):
        shown = "" if total is None else str(total)
        problems.append(detail(DetailCode.BOOK_TOTAL_TYPED, **place, value=shown))
        return
    written = total.replace(" ", "").replace("$", "").upper()
    if written == expected:
        return
    found = _evaluated(written, letter, layout, cells)
    if found is not None and found != sum(cells):
        problems.append(
            detail(DetailCode.BOOK_TOTAL_WRONG, **place, found=found, expected=sum(cells))
        )
    else:
        problems.append(
            detail(DetailCode.BOOK_TOTAL_CHANGED, **place, formula=total, expected=expected)
        )


def _evaluated(formula: str, letter: str, layout: SheetLayout, cells: list[int]) -> int | None:
    """A ``=SUM(B8:B12)`` of the figure's own column over its rows, computed; else None."""
    found = _SUM.fullmatch(formula)
    if found is None or found.group(1) != letter or found.group(3) != letter:
        return None
    first, last = int(found.group(2)), int(found.group(4))
    rows = range(max(first, layout.first_row), min(last, layout.first_row + layout.rows - 1) + 1)
    return sum(cells[row - layout.first_row] for row in rows)
