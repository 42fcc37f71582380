"""The cells of a blank summary book: the figures an office fills in by hand, and nothing else.

Every figure cell of a row is open (unlocked, pale yellow) and takes whole numbers from 0 up
(Excel's data validation says so as the clerk types); a rate, and a figure that is the sum of
others on its row (Tổng số = chủ trì + phối hợp), is computed on each row by a formula. The
rest of the sheet (labels, headings, the total row's formulas) is protected without a
password: a slip of the hand cannot type over a total, and an office that must change more
can still take the protection off. A first sheet says how to fill the book.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from giamsat_desktop.domain.statistics_tables import Table, Total
from giamsat_desktop.reports.layout.workbook_cells import styled_text_cell

INSTRUCTIONS_SHEET = "Hướng dẫn"
"""The first sheet of a blank book: how to fill it."""

_OPEN = Protection(locked=False)
_INSTRUCTION_WIDTH = 80
_TO_FILL = PatternFill("solid", start_color="FFF8DC", end_color="FFF8DC")


def _letter(index: int) -> str:
    """The column letter of the table's figure ``index`` (0-based; column B is the first)."""
    return get_column_letter(index + 2)


def fill_in(cell: Cell, table: Table, index: int, row: int) -> None:
    """Make figure ``index`` of sheet row ``row`` a cell to fill, or a rate's formula."""
    column = table.columns[index]
    if column.total is Total.RATE and column.rate_of is not None:
        keys = [found.key for found in table.columns]
        counted, whole = column.rate_of
        base = "+".join(f"{_letter(keys.index(key))}{row}" for key in whole)
        cell.value = f'=IFERROR({_letter(keys.index(counted))}{row}/({base}),"")'
        return
    if column.total is Total.NONE:
        return
    if column.sum_of:
        keys = [found.key for found in table.columns]
        cell.value = "=" + "+".join(f"{_letter(keys.index(key))}{row}" for key in column.sum_of)
        return
    cell.value = None
    cell.protection = _OPEN
    cell.fill = _TO_FILL


def guard(sheet: Worksheet, table: Table, first_row: int, last_row: int) -> None:
    """Numbers only in the cells to fill; the rest of the sheet protected, no password."""
    if last_row >= first_row:
        rule = DataValidation(
            type="whole",
            operator="greaterThanOrEqual",
            formula1="0",
            allow_blank=True,
            showErrorMessage=True,
            showInputMessage=True,
            errorTitle="Số liệu không hợp lệ",
            error="Chỉ nhập số nguyên từ 0 trở lên (để trống nghĩa là 0).",
            promptTitle="Số liệu",
            prompt="Nhập số nguyên từ 0 trở lên.",
        )
        for index, column in enumerate(table.columns):
            if column.total is Total.SUM and not column.sum_of:
                letter = _letter(index)
                rule.add(f"{letter}{first_row}:{letter}{last_row}")
        sheet.add_data_validation(rule)
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # widths may still change
    sheet.protection.formatRows = False


def write_instructions(sheet: Worksheet, office: str, lines: Sequence[str]) -> None:
    """The first sheet: the office the book is for, then one paragraph per line."""
    sheet.column_dimensions["A"].width = _INSTRUCTION_WIDTH
    title = styled_text_cell(sheet, f"Sổ thống kê của {office}", font=Font(bold=True, size=13))
    sheet.append([title])
    sheet.append([])
    wrapped = Alignment(wrap_text=True, vertical="top")
    for line in lines:
        sheet.append([styled_text_cell(sheet, line, alignment=wrapped)])
        count = len(line) // int(_INSTRUCTION_WIDTH * 0.9) + 1
        sheet.row_dimensions[sheet.max_row].height = 15.0 * count
    sheet.sheet_view.showGridLines = False
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
