"""Cells of an exported register: text Excel never evaluates, cut to what a cell holds.

Everything in a register was typed or imported by people, so no text may reach Excel as
something it would evaluate (DESIGN.md, "Storage and safety"). openpyxl turns any string that
starts with "=" into a formula and a string such as "#N/A" into an error value; such strings are
written here as explicit text cells, and text that Excel would take for a formula when a clerk
edits the cell ("+84...", "-5", "@...") carries the quote prefix (Excel's leading apostrophe).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

__all__ = [
    "DATE_FORMAT",
    "EXCEL_CELL_LIMIT",
    "CellValue",
    "SafeCells",
    "clean_text",
    "notes_with_truncation_note",
    "styled_text_cell",
]


CellValue = Cell | str | int | None
"""What a write-only sheet appends: a plain value (no cell written for None) or a cell."""

EXCEL_CELL_LIMIT = 32_767
"""Most characters (UTF-16 code units) Excel keeps in one cell; longer text is refused."""

DATE_FORMAT = "DD/MM/YYYY"

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
_ELLIPSIS = "…"
_LINE_ENDS = re.compile(r"\r\n?")
_TRUNCATED_NOTE = "[Nội dung dài quá giới hạn một ô Excel (32.767 ký tự) đã được cắt bớt.]"


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _truncate(text: str, limit: int = EXCEL_CELL_LIMIT) -> tuple[str, bool]:
    """Cut text to what one Excel cell holds, marking the cut with an ellipsis.

    Excel counts UTF-16 code units, so a character outside the Basic Multilingual Plane
    (an emoji pasted from a chat) counts twice; text of up to half the limit in code points
    can never exceed it and skips the encoding.
    """
    if len(text) <= limit // 2 or _utf16_length(text) <= limit:
        return text, False
    kept = text.encode("utf-16-le")[: (limit - len(_ELLIPSIS)) * 2]
    # A surrogate pair split by the cut is dropped rather than left half-written.
    return kept.decode("utf-16-le", errors="ignore") + _ELLIPSIS, True


def clean_text(text: str) -> str:
    """Remove what XML cannot carry and write line ends the way Excel does (a bare newline).

    The database keeps normalised text, but records imported from old books or older versions
    may still hold control characters, which would make openpyxl refuse the whole export.
    """
    return _LINE_ENDS.sub("\n", ILLEGAL_CHARACTERS_RE.sub("", text))


class SafeCells:
    """Turns record fields into the values or cells that a write-only sheet appends.

    Plain values are cheapest (openpyxl reuses one cell for them), so a field becomes a styled
    cell only when it needs one: a date (for its format) or text Excel must not evaluate.
    """

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self._sheet = sheet
        self.truncated = False
        """Set when a text of the current row was cut; the caller notes it and resets it."""

    def text(self, value: str | None) -> CellValue:
        """A text field; None for an empty one, so that no cell is written at all."""
        if not value:
            return None
        text, cut = _truncate(clean_text(value))
        if cut:
            self.truncated = True
        if not text:
            return None
        if text.startswith(_FORMULA_STARTS) or text in ERROR_CODES:
            cell = WriteOnlyCell(self._sheet, text)
            # openpyxl has just typed "=..." as a formula ("f") and "#N/A" as an error ("e").
            cell.data_type = "s"
            cell.quotePrefix = True
            return cell
        return text

    def date(self, value: dt.date | None) -> CellValue:
        """A real date cell shown dd/mm/yyyy, so that Excel sorts and filters it as a date."""
        if value is None:
            return None
        cell = WriteOnlyCell(self._sheet)
        # The format is set before the value: openpyxl otherwise first gives a date its own
        # default format, which costs a second style look-up on every date of the register.
        cell.number_format = DATE_FORMAT
        cell.value = value
        return cell

    def number_or_text(self, text: str, number: int) -> CellValue:
        """A register number: an integer when plain digits ("125"), else the text ("125a").

        Integers sort and filter as numbers in Excel; a late registration's suffix must stay.
        """
        stripped = text.strip()
        if not stripped:
            return number
        if stripped.isascii() and stripped.isdigit():
            return int(stripped)
        return self.text(stripped)


def styled_text_cell(
    sheet: WriteOnlyWorksheet,
    value: str,
    *,
    font: Font | None = None,
    alignment: Alignment | None = None,
    fill: PatternFill | None = None,
    border: Border | None = None,
) -> Cell:
    """A text cell of the title or header block; always text, since a title may be user text."""
    text = _truncate(clean_text(value))[0]
    cell = WriteOnlyCell(sheet, text)
    cell.data_type = "s"
    cell.quotePrefix = text.startswith(_FORMULA_STARTS)
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    if fill is not None:
        cell.fill = fill
    if border is not None:
        cell.border = border
    return cell


def notes_with_truncation_note(notes: str) -> str:
    """The notes of a row with a text cut short, saying so (within the cell limit itself)."""
    note = _TRUNCATED_NOTE
    kept = clean_text(notes).strip()
    if not kept:
        return note
    room = EXCEL_CELL_LIMIT - _utf16_length(note) - 1
    return f"{_truncate(kept, room)[0]}\n{note}"
