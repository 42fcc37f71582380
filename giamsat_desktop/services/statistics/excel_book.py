"""The Excel summary book of a period for the higher level: one sheet per statistics table.

Each sheet has a title block (the office, the table's title, the period, the day it was
made, the table's notes), two header rows (a group's heading merged across its columns, a
column without a group spanning both rows), the rows (the office, then its organisations)
and a total row of formulas the program writes: a SUM over the rows above, or a rate of the
total cells (empty when there is nothing to judge). The sheets print on A4 landscape, fitted
to the page's width, the header rows repeated on every page. A very hidden sheet holds the
book's metadata (the office and its id, the period, the program's version, the book's
schema), which :func:`read_book_meta` reads back for another copy of the program.

openpyxl stores no computed value with a formula, so the book asks Excel to recalculate on
load, and a reader that wants a total computes it from the rows. Every text of the sheets
is written as text, never as a formula, whatever it starts with (a label a clerk typed
"=…"); only the program's own total formulas are formulas.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from giamsat_desktop import __version__
from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
)
from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.domain.statistics_tables import Column, Table, Total
from giamsat_desktop.domain.summary_books import BOOK_SCHEMA, BookMeta, SheetLayout
from giamsat_desktop.reports.layout.workbook_cells import styled_text_cell
from giamsat_desktop.services.catalog.office import get_office, office_uid
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.files.output_files import output_file
from giamsat_desktop.services.statistics.blank_cells import (
    INSTRUCTIONS_SHEET,
    fill_in,
    guard,
    write_instructions,
)
from giamsat_desktop.services.statistics.book_meta import META_SHEET, read_book_meta, write_meta
from giamsat_desktop.services.statistics.figures import statistics_for
from giamsat_desktop.services.statistics.tables import tables

__all__ = [
    "BOOK_SCHEMA",
    "META_SHEET",
    "BookMeta",
    "export_book",
    "read_book_meta",
    "write_book",
]

_PERCENT = "0.0%"
_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_OFFICE_FONT = Font(bold=True, size=12)
_TITLE_FONT = Font(bold=True, size=14)
_PERIOD_FONT = Font(italic=True, size=11)
_HEADER_FONT = Font(bold=True)
_TOTAL_FONT = Font(bold=True)
_CENTERED = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_NUMBER = Alignment(horizontal="right", vertical="center")
_LABEL_WIDTH = (18, 42)
_FIGURE_WIDTH = (9, 16)
_LINE_HEIGHT = 15.0


def write_book(
    path: Path,
    tables: Sequence[Table],
    meta: BookMeta,
    *,
    blank: bool = False,
    instructions: Sequence[str] = (),
) -> None:
    """Write the book of ``tables`` to ``path``, whole or not at all.

    A ``blank`` book leaves its figures empty, for numbers only (whole, 0 or more), the
    rest of each sheet protected (without a password) and a rate computed on every row;
    ``instructions`` go on a first sheet of their own.

    Raises:
        ValueError: no table, or two tables (or a table and the metadata) with one sheet name.
        StorageError: ``path`` cannot be written (see ``output_files``).
    """
    names = [table.sheet for table in tables]
    taken = {META_SHEET, INSTRUCTIONS_SHEET} if instructions else {META_SHEET}
    if not names or len(set(names)) != len(names) or taken & set(names):
        raise ValueError(names)
    book = Workbook()
    first = book.active
    assert first is not None  # a new workbook has its sheet
    book.remove(first)
    if instructions:
        write_instructions(book.create_sheet(INSTRUCTIONS_SHEET), meta.office_name, instructions)
    layouts = tuple(
        _write_table(book.create_sheet(table.sheet), table, meta, blank=blank) for table in tables
    )
    write_meta(book.create_sheet(META_SHEET), meta, layouts)
    book.active = 0
    book.worksheets[0].sheet_view.tabSelected = True
    book.calculation.fullCalcOnLoad = True
    with output_file(Path(path)) as temporary:
        book.save(temporary)


def export_book(
    factory: SessionFactory,
    actor: Actor,
    path: Path,
    period: Period,
    *,
    as_of: dt.date | None = None,
) -> tuple[Table, ...]:
    """Write the book of ``period``'s statistics tables to ``path``; returns the tables.

    Raises:
        ConflictError: the office is not set up yet (``OFFICE_MISSING``).
        StorageError: ``path`` cannot be written (see ``output_files``).
    """
    office = get_office(factory)
    uid = office_uid(factory)
    if office is None or uid is None:
        raise ConflictError(ErrorCode.OFFICE_MISSING)
    today = clock.today()
    made = tables(statistics_for(factory, actor, period, today=today, as_of=as_of))
    meta = BookMeta(
        office_name=office.name,
        office_uid=uid,
        office_level=office.level.value,
        period_start=period.start,
        period_end=period.end,
        period_title=period.title,
        made_on=today,
        program_version=__version__,
    )
    write_book(path, made, meta)
    return made


def _text(sheet: Worksheet, value: str, **style: Any) -> Cell:
    """A text cell, never a formula: the register exports' helper.

    It makes a detached cell, which a sheet's ``append`` places as a write-only sheet does.
    """
    return styled_text_cell(sheet, value, **style)


def _lines(text: str, width: float) -> int:
    """About how many lines ``text`` wraps to in a cell ``width`` characters wide.

    Words are laid out greedily as a spreadsheet wraps them, a little narrower than the
    width says (headings are bold), so that a heading is never cut at the cell's foot.
    """
    room = max(1, int(width * 0.85) - 1)
    count = 0
    for part in text.split("\n"):
        used = -1
        lines = 1
        for word in part.split():
            if used >= 0 and used + 1 + len(word) > room:
                lines += 1
                used = -1
            used += 1 + len(word)
            lines += max(0, math.ceil(len(word) / room) - 1)
        count += lines
    return count


def _widths(table: Table) -> list[float]:
    """The label column's width from its labels, each figure's from its heading."""
    labels = [table.row_heading, table.total_label, *(row.label for row in table.rows)]
    longest = max(len(label) for label in labels)
    low, high = _LABEL_WIDTH
    widths = [float(min(high, max(low, longest + 2)))]
    low, high = _FIGURE_WIDTH
    for column in table.columns:
        longest_word = max((len(word) for word in column.title.split()), default=0)
        widths.append(float(min(high, max(low, longest_word + 2, len(column.title) // 3 + 2))))
    return widths


def _groups(columns: Sequence[Column]) -> list[tuple[int, int, str]]:
    """Runs of neighbouring columns under one group: (first, last, group), 0-based."""
    runs: list[tuple[int, int, str]] = []
    for index, column in enumerate(columns):
        if column.group and runs and runs[-1][2] == column.group and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index, column.group)
        elif column.group:
            runs.append((index, index, column.group))
    return runs


def _write_table(sheet: Worksheet, table: Table, meta: BookMeta, *, blank: bool) -> SheetLayout:
    """One table's sheet: title block, header rows, rows, total row, layout and print setup."""
    widths = _widths(table)
    count = len(widths)
    last = get_column_letter(count)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    full_width = sum(widths)

    block = [
        (meta.office_name, _OFFICE_FONT, _LEFT),
        (table.title, _TITLE_FONT, _CENTERED),
        (f"Kỳ báo cáo: {meta.period_title}", _PERIOD_FONT, _CENTERED),
        (f"Ngày lập: {meta.made_on:%d/%m/%Y}", _PERIOD_FONT, _CENTERED),
        *((note, Font(italic=True), _LEFT) for note in table.notes),
    ]
    for row, (text, font, alignment) in enumerate(block, start=1):
        sheet.append([_text(sheet, text, font=font, alignment=alignment)])
        sheet.merge_cells(f"A{row}:{last}{row}")
        lines = _lines(text, full_width / (1.3 if font.size and font.size > 11 else 1.0))
        sheet.row_dimensions[row].height = max(1, lines) * _LINE_HEIGHT * (
            1.3 if font.size and font.size > 12 else 1.0
        )
    sheet.append([])
    top = len(block) + 2
    _write_headers(sheet, table, widths, top)

    first_row = top + 2
    rates = {index for index, column in enumerate(table.columns) if column.total is Total.RATE}
    for number, row_data in enumerate(table.rows, start=first_row):
        cells: list[Cell] = [_text(sheet, row_data.label, alignment=_LEFT, border=_BORDER)]
        for index, value in enumerate(row_data.values):
            cell = _figure(sheet, value, percent=index in rates)
            if blank:
                fill_in(cell, table, index, number)
            cells.append(cell)
        sheet.append(cells)
    last_row = first_row + len(table.rows) - 1
    sheet.append(_total_row(sheet, table, first_row, last_row))
    if blank:
        guard(sheet, table, first_row, last_row)

    sheet.freeze_panes = f"B{first_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = f"{top}:{top + 1}"
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    keys = tuple(column.key for column in table.columns)
    return SheetLayout(table.key, table.sheet, first_row, len(table.rows), keys)


def _write_headers(sheet: Worksheet, table: Table, widths: list[float], top: int) -> None:
    """The two header rows: groups merged across their columns, lone columns down both rows."""
    groups = _groups(table.columns)
    grouped = {index for first, last, _ in groups for index in range(first, last + 1)}
    upper: list[str] = [table.row_heading]
    lower: list[str] = [""]
    for index, column in enumerate(table.columns):
        upper.append("" if index in grouped else column.title)
        lower.append(column.title if index in grouped else "")
    for first, _, group in groups:
        upper[first + 1] = group
    for texts in (upper, lower):
        sheet.append(
            [
                _text(sheet, text, font=_HEADER_FONT, alignment=_CENTERED, border=_BORDER)
                for text in texts
            ]
        )
    sheet.merge_cells(f"A{top}:A{top + 1}")
    for index in range(2, len(table.columns) + 2):
        if index - 2 not in grouped:
            letter = get_column_letter(index)
            sheet.merge_cells(f"{letter}{top}:{letter}{top + 1}")
    upper_lines = 1
    for first, last, group in groups:
        start, end = get_column_letter(first + 2), get_column_letter(last + 2)
        if first != last:
            sheet.merge_cells(f"{start}{top}:{end}{top}")
        upper_lines = max(upper_lines, _lines(group, sum(widths[first + 1 : last + 2])))
    lower_lines = max(
        (_lines(column.title, widths[index]) for index, column in enumerate(table.columns, 1)),
        default=1,
    )
    if not groups:
        # Every heading spans both rows: the two rows share its lines.
        upper_lines = math.ceil(lower_lines / 2)
        lower_lines = lower_lines - upper_lines
    sheet.row_dimensions[top].height = max(1, upper_lines) * _LINE_HEIGHT
    sheet.row_dimensions[top + 1].height = max(1, lower_lines) * _LINE_HEIGHT


def _figure(sheet: Worksheet, value: int | float | None, *, percent: bool) -> Cell:
    """A figure's cell, bordered; a rate shown as a percentage."""
    cell = WriteOnlyCell(sheet, value)
    cell.border = _BORDER
    cell.alignment = _NUMBER
    if percent:
        cell.number_format = _PERCENT
    return cell


def _total_row(sheet: Worksheet, table: Table, first_row: int, last_row: int) -> list[Cell]:
    """The total row: the program's own formulas, written as formulas."""
    row = last_row + 1
    letters = {
        column.key: get_column_letter(index) for index, column in enumerate(table.columns, 2)
    }
    cells = [_text(sheet, table.total_label, font=_TOTAL_FONT, alignment=_LEFT, border=_BORDER)]
    for column in table.columns:
        formula: str | None = None
        letter = letters[column.key]
        if column.total is Total.SUM:
            formula = f"=SUM({letter}{first_row}:{letter}{last_row})" if table.rows else "=0"
        elif column.total is Total.RATE and column.rate_of is not None:
            counted, whole = column.rate_of
            base = "+".join(f"{letters[key]}{row}" for key in whole)
            formula = f'=IFERROR({letters[counted]}{row}/({base}),"")'
        cell = _figure(sheet, None, percent=column.total is Total.RATE)
        cell.value = formula
        cell.font = _TOTAL_FONT
        cells.append(cell)
    return cells
