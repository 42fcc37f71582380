"""Cells of an exported register: text Excel never evaluates, cut to what a cell holds.

Everything in a register was typed or imported by people, so no text may reach Excel as
something it would evaluate (DESIGN.md, "Storage and safety"). openpyxl turns any string that
starts with "=" into a formula and a string such as "#N/A" into an error value; such strings are
written here as explicit text cells, and text that Excel would take for a formula when a clerk
edits the cell ("+84...", "-5", "@...") carries the quote prefix (Excel's leading apostrophe).

The data rows of a register are written by :class:`RowXml` as SpreadsheetML text, the very
elements openpyxl would write for the same values: openpyxl builds an element tree for every
cell, which costs more than everything else in an export of 100,000 rows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import WINDOWS_EPOCH, to_excel

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = [
    "DATE_FORMAT",
    "EXCEL_CELL_LIMIT",
    "CellValue",
    "QuotedText",
    "RowXml",
    "SafeCells",
    "clean_text",
    "notes_with_truncation_note",
    "styled_text_cell",
]


class QuotedText(str):
    """Text written as text with Excel's quote prefix: Excel would evaluate it otherwise."""

    __slots__ = ()


CellValue = str | int | dt.date | None
"""A field of a register row: text (a :class:`QuotedText` with the quote prefix), a number,
a date (shown dd/mm/yyyy), or None for no cell at all."""

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
    """Turns record fields into the values of a register row (see :class:`RowXml`).

    Text Excel would evaluate comes back as :class:`QuotedText`; text too long for a cell is
    cut, and ``truncated`` says so.
    """

    def __init__(self) -> None:
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
            return QuotedText(text)
        return text

    def date(self, value: dt.date | None) -> CellValue:
        """A real date cell shown dd/mm/yyyy, so that Excel sorts and filters it as a date."""
        return value

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


def _escaped(text: str) -> str:
    """Text as XML character data (what ElementTree escapes there: &, < and >)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


class RowXml:
    """The ``<row>`` elements of a sheet's data, written as openpyxl writes the same values.

    Every cell has its reference; text is an inline string (never a formula, whatever it
    starts with), with ``xml:space="preserve"`` when it starts or ends with white space; a
    number is ``t="n"``; a date is its Excel serial number with the date style. The two
    styles are asked of the workbook on first use (``date_style``, ``quote_style``: their
    index among the workbook's cell styles), so a register without a quoted text has no
    style for one.
    """

    def __init__(
        self,
        columns: int,
        date_style: Callable[[], int],
        quote_style: Callable[[], int],
        epoch: dt.datetime = WINDOWS_EPOCH,
    ) -> None:
        self._letters = [get_column_letter(index) for index in range(1, columns + 1)]
        self._date_style = date_style
        self._quote_style = quote_style
        self._date_s: str | None = None
        self._quote_s: str | None = None
        self._epoch = epoch
        self._serials: dict[dt.date, str] = {}

    def _serial(self, day: dt.date) -> str:
        serial = self._serials.get(day)
        if serial is None:
            excel = to_excel(day, self._epoch)
            serial = self._serials[day] = "%.16g" % excel  # noqa: UP031 - openpyxl's own form
        return serial

    def _text(self, reference: str, style: str, text: str) -> str:
        stripped = text.strip()
        space = ' xml:space="preserve"' if stripped and stripped != text else ""
        return (
            f'<c r="{reference}"{style} t="inlineStr"><is><t{space}>{_escaped(text)}</t></is></c>'
        )

    def row(self, number: int, values: Sequence[CellValue]) -> str:
        """The XML of row ``number`` holding ``values`` from column A on (None: no cell)."""
        cells = []
        append = cells.append
        for letter, value in zip(self._letters, values, strict=False):
            if value is None:
                continue
            reference = f"{letter}{number}"
            kind = type(value)
            if kind is str:
                append(self._text(reference, "", value))  # type: ignore[arg-type]
            elif kind is int or kind is float:
                append(f'<c r="{reference}" t="n"><v>{"%.16g" % value}</v></c>')  # noqa: UP031
            elif kind is dt.date:
                if self._date_s is None:
                    self._date_s = f' s="{self._date_style()}"'
                serial = self._serial(value)  # type: ignore[arg-type]
                append(f'<c r="{reference}"{self._date_s} t="n"><v>{serial}</v></c>')
            elif kind is QuotedText:
                if self._quote_s is None:
                    self._quote_s = f' s="{self._quote_style()}"'
                append(self._text(reference, self._quote_s, str(value)))
            else:
                raise TypeError(f"a register cell cannot hold {kind.__name__}")
        return f'<row r="{number}">{"".join(cells)}</row>'


def styled_text_cell(
    sheet: WriteOnlyWorksheet | Worksheet,
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
