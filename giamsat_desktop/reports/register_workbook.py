"""The two registers (sổ văn bản đến, sổ văn bản đi) as Excel workbooks, streamed row by row.

A register can hold a hundred thousand rows, so the workbook is written in openpyxl's
write-only mode: each row goes to disk as it is appended and the register is never held in
memory. The caller passes plain records (usually a generator over the database in blocks); this
module never queries.

Everything in a register was typed or imported by people, so no text may reach Excel as
something it would evaluate (DESIGN.md, "Storage and safety"). openpyxl turns any string that
starts with "=" into a formula and a string such as "#N/A" into an error value; such strings are
written here as explicit text cells, and text that Excel would take for a formula when a clerk
edits the cell ("+84...", "-5", "@...") carries the quote prefix (Excel's leading apostrophe).

The workbook is first written to a temporary file beside the target and moved into place only
when complete, so a crash or a cancel never leaves a half-written workbook under the clerk's name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from giamsat_desktop.domain.document_types import CONG_VAN, by_code
from giamsat_desktop.domain.registers import IncomingRecord, OutgoingRecord
from giamsat_desktop.formatting import format_number

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

__all__ = [
    "EXCEL_CELL_LIMIT",
    "INCOMING_HEADERS",
    "OUTGOING_HEADERS",
    "write_incoming_register",
    "write_outgoing_register",
]

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
R = TypeVar("R")
_Value = Cell | str | int | None
"""What a write-only sheet appends: a plain value (no cell written for None) or a cell."""

EXCEL_CELL_LIMIT = 32_767
"""Most characters (UTF-16 code units) Excel keeps in one cell; longer text is refused."""

DATE_FORMAT = "DD/MM/YYYY"
PROGRESS_EVERY = 1_000
"""Rows between two progress reports and cancel checks: often enough for a responsive
dialog, rare enough to cost nothing next to the writing."""

_SAVE_SHARE = 0.05
"""Part of the progress bar left for compressing the finished file (about 5 % of the time)."""

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
_ELLIPSIS = "…"
_LINE_ENDS = re.compile(r"\r\n?")
_TRUNCATED_NOTE = "[Nội dung dài quá giới hạn một ô Excel (32.767 ký tự) đã được cắt bớt.]"
_OVERDUE = "Quá hạn"
_CANCELLED = "Đã hủy"

_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
_HEADER_ALIGNMENT = Alignment(horizontal="center", vertical="center", wrap_text=True)
_TITLE_FONT = Font(bold=True, size=14)
_SUBTITLE_FONT = Font(italic=True, size=11)
_CENTERED = Alignment(horizontal="center", vertical="center")

_TITLE_ROW = 1
_TITLE_HEIGHT = 24
_HEADER_HEIGHT = 32


@dataclass(frozen=True, slots=True)
class _Column:
    header: str
    width: float


_INCOMING_COLUMNS: tuple[_Column, ...] = (
    _Column("Số đến", 8),
    _Column("Ngày đến", 12),
    _Column("Tác giả", 28),
    _Column("Số, ký hiệu", 18),
    _Column("Ngày tháng", 12),
    _Column("Loại", 14),
    _Column("Tên loại và trích yếu nội dung", 60),
    _Column("Người ký", 20),
    _Column("Độ khẩn", 11),
    _Column("Độ mật", 9),
    _Column("Số trang", 7),
    _Column("Đơn vị hoặc người nhận", 26),
    _Column("Ngày chuyển", 12),
    _Column("Hạn xử lý", 12),
    _Column("Tình trạng", 20),
    _Column("Bút phê", 36),
    _Column("Ghi chú", 28),
    _Column("Đã hủy (lý do)", 26),
)

_OUTGOING_COLUMNS: tuple[_Column, ...] = (
    _Column("Số", 7),
    _Column("Số, ký hiệu", 20),
    _Column("Ngày tháng", 12),
    _Column("Loại", 14),
    _Column("Tên loại và trích yếu", 60),
    _Column("Người ký", 22),
    _Column("Chức vụ", 18),
    _Column("Nơi nhận", 32),
    _Column("Đơn vị, người nhận bản lưu", 22),
    _Column("Số lượng bản", 8),
    _Column("Ngày chuyển", 12),
    _Column("Độ khẩn", 11),
    _Column("Độ mật", 9),
    _Column("Ghi chú", 28),
    _Column("Đã hủy (lý do)", 26),
)

INCOMING_HEADERS: tuple[str, ...] = tuple(column.header for column in _INCOMING_COLUMNS)
"""Column headers of the exported Sổ đăng ký văn bản đến, in order."""
OUTGOING_HEADERS: tuple[str, ...] = tuple(column.header for column in _OUTGOING_COLUMNS)
"""Column headers of the exported Sổ đăng ký văn bản đi, in order."""


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


def _clean(text: str) -> str:
    """Remove what XML cannot carry and write line ends the way Excel does (a bare newline).

    The database keeps normalised text, but records imported from old books or older versions
    may still hold control characters, which would make openpyxl refuse the whole export.
    """
    return _LINE_ENDS.sub("\n", ILLEGAL_CHARACTERS_RE.sub("", text))


class _Cells:
    """Turns record fields into the values or cells that a write-only sheet appends.

    Plain values are cheapest (openpyxl reuses one cell for them), so a field becomes a styled
    cell only when it needs one: a date (for its format) or text Excel must not evaluate.
    """

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self._sheet = sheet
        self.truncated = False
        """Set when a text of the current row was cut; the caller notes it and resets it."""

    def text(self, value: str | None) -> _Value:
        """A text field; None for an empty one, so that no cell is written at all."""
        if not value:
            return None
        text, cut = _truncate(_clean(value))
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

    def date(self, value: dt.date | None) -> _Value:
        """A real date cell shown dd/mm/yyyy, so that Excel sorts and filters it as a date."""
        if value is None:
            return None
        cell = WriteOnlyCell(self._sheet)
        # The format is set before the value: openpyxl otherwise first gives a date its own
        # default format, which costs a second style look-up on every date of the register.
        cell.number_format = DATE_FORMAT
        cell.value = value
        return cell

    def number_or_text(self, text: str, number: int) -> _Value:
        """A register number: an integer when plain digits ("125"), else the text ("125a").

        Integers sort and filter as numbers in Excel; a late registration's suffix must stay.
        """
        stripped = text.strip()
        if not stripped:
            return number
        if stripped.isascii() and stripped.isdigit():
            return int(stripped)
        return self.text(stripped)


def _type_name(code: str, empty: str = "") -> str:
    """The document type's name ("Báo cáo") for its code; an unknown code is shown as it is."""
    if not code:
        return empty
    known = by_code(code)
    return known.name if known else code


def _cancellation(cancelled: bool, reason: str) -> str:
    if not cancelled:
        return ""
    reason = reason.strip()
    return f"{_CANCELLED}: {reason}" if reason else _CANCELLED


def _incoming_row(record: IncomingRecord, cells: _Cells, today: dt.date | None) -> list[_Value]:
    status = record.handling_status.label
    if today is not None and record.overdue(today):
        status = f"{status} – {_OVERDUE}"
    return [
        cells.number_or_text(record.arrival_number_text, record.arrival_number),
        cells.date(record.arrival_date),
        cells.text(record.issuer),
        cells.text(record.symbol),
        cells.date(record.doc_date),
        cells.text(_type_name(record.type_code)),
        cells.text(record.subject),
        cells.text(record.signer),
        record.urgency.label,
        record.secrecy.label,
        record.page_count,
        cells.text(record.recipients),
        cells.date(record.transfer_date),
        cells.date(record.deadline),
        status,
        cells.text(record.instruction),
        cells.text(record.notes),
        cells.text(_cancellation(record.cancelled, record.cancel_reason)),
    ]


def _outgoing_row(record: OutgoingRecord, cells: _Cells, _today: dt.date | None) -> list[_Value]:
    return [
        cells.number_or_text(record.number_text, record.number),
        cells.text(record.symbol),
        cells.date(record.issue_date),
        # A công văn has no type code in a state-style symbol (DOMAIN.md, "Document types").
        cells.text(_type_name(record.type_code, empty=CONG_VAN.name)),
        cells.text(record.subject),
        cells.text(record.signer_name),
        cells.text(record.signer_position),
        cells.text(record.recipients),
        cells.text(record.file_copy_holder),
        record.copies,
        cells.date(record.transfer_date),
        record.urgency.label,
        record.secrecy.label,
        cells.text(record.notes),
        cells.text(_cancellation(record.cancelled, record.cancel_reason)),
    ]


@dataclass(frozen=True, slots=True)
class _Register(Generic[R]):
    sheet_title: str
    columns: tuple[_Column, ...]
    row: Callable[[R, _Cells, dt.date | None], list[_Value]]
    notes: Callable[[R], str]
    notes_index: int


_INCOMING: _Register[IncomingRecord] = _Register(
    sheet_title="Sổ văn bản đến",
    columns=_INCOMING_COLUMNS,
    row=_incoming_row,
    notes=lambda record: record.notes,
    notes_index=INCOMING_HEADERS.index("Ghi chú"),
)
_OUTGOING: _Register[OutgoingRecord] = _Register(
    sheet_title="Sổ văn bản đi",
    columns=_OUTGOING_COLUMNS,
    row=_outgoing_row,
    notes=lambda record: record.notes,
    notes_index=OUTGOING_HEADERS.index("Ghi chú"),
)


def _styled(
    sheet: WriteOnlyWorksheet,
    value: str,
    *,
    font: Font | None = None,
    alignment: Alignment | None = None,
    fill: PatternFill | None = None,
    border: Border | None = None,
) -> Cell:
    """A text cell of the title or header block; always text, since a title may be user text."""
    text = _truncate(_clean(value))[0]
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


def _noted(notes: str) -> str:
    """The notes of a row with a text cut short, saying so (within the cell limit itself)."""
    note = _TRUNCATED_NOTE
    kept = _clean(notes).strip()
    if not kept:
        return note
    room = EXCEL_CELL_LIMIT - _utf16_length(note) - 1
    return f"{_truncate(kept, room)[0]}\n{note}"


def _prepare_sheet(
    sheet: WriteOnlyWorksheet, columns: tuple[_Column, ...], header_row: int
) -> None:
    """Set what a write-only sheet writes before its first row: widths, panes, print layout."""
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.row_dimensions[_TITLE_ROW].height = _TITLE_HEIGHT
    sheet.row_dimensions[header_row].height = _HEADER_HEIGHT
    # A register is wide: print it landscape on A4, all columns on one page width, and the
    # header repeated on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = f"{header_row}:{header_row}"


def _discard_stream(sheet: WriteOnlyWorksheet) -> None:
    """Close an unfinished sheet and delete the temporary file openpyxl streams its rows into.

    openpyxl deletes that file only when saving or when the process exits; a cancelled export
    in a window that stays open for days would otherwise leave it in the temp folder. The file
    is reached through the writer openpyxl keeps on the sheet, and any failure here is
    ignored: the process exit still removes it.
    """
    with contextlib.suppress(Exception):
        if not sheet.closed:
            sheet.close()
    writer = getattr(sheet, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.cleanup()


def _write_register(
    register: _Register[R],
    path: Path,
    rows: Iterable[R],
    *,
    title: str,
    subtitle: str,
    total: int | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
    today: dt.date | None,
) -> int:
    path = Path(path)
    columns = register.columns
    last_column = get_column_letter(len(columns))
    header_row = _TITLE_ROW + (2 if subtitle else 1) + 1  # after [subtitle and] a blank line

    workbook = Workbook(write_only=True)
    workbook.properties.title = _clean(title)
    sheet = workbook.create_sheet(register.sheet_title)
    _prepare_sheet(sheet, columns, header_row)

    def report(done: int) -> None:
        if progress is None:
            return
        if total:
            fraction = min(done / total, 1.0) * (1.0 - _SAVE_SHARE)
            progress(fraction, f"{format_number(done)}/{format_number(total)}")
        else:
            progress(0.0, format_number(done))

    def check(done: int) -> None:
        if cancelled is not None and cancelled():
            raise InterruptedError
        report(done)

    written = 0
    temporary: Path | None = None
    try:
        sheet.append([_styled(sheet, title, font=_TITLE_FONT, alignment=_CENTERED)])
        sheet.merged_cells.add(f"A{_TITLE_ROW}:{last_column}{_TITLE_ROW}")
        if subtitle:
            sheet.append([_styled(sheet, subtitle, font=_SUBTITLE_FONT, alignment=_CENTERED)])
            sheet.merged_cells.add(f"A{_TITLE_ROW + 1}:{last_column}{_TITLE_ROW + 1}")
        sheet.append([])
        sheet.append(
            [
                _styled(
                    sheet,
                    column.header,
                    font=_HEADER_FONT,
                    alignment=_HEADER_ALIGNMENT,
                    fill=_HEADER_FILL,
                    border=_BORDER,
                )
                for column in columns
            ]
        )

        cells = _Cells(sheet)
        make_row = register.row
        for record in rows:
            if written % PROGRESS_EVERY == 0:
                check(written)
            values = make_row(record, cells, today)
            if cells.truncated:
                values[register.notes_index] = cells.text(_noted(register.notes(record)))
                cells.truncated = False
            sheet.append(values)
            written += 1
        check(written)

        sheet.auto_filter.ref = f"A{header_row}:{last_column}{header_row + max(written, 1)}"
        # A random name beside the target: same disk, so the final move is atomic. Not
        # mkstemp, whose private permissions the finished file would keep.
        temporary = path.with_name(f".{path.stem}-{secrets.token_hex(4)}.xlsx.part")
        workbook.save(temporary)
        if cancelled is not None and cancelled():
            raise InterruptedError
        os.replace(temporary, path)
        temporary = None
    except BaseException:
        _discard_stream(sheet)
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
        raise
    if progress is not None:
        progress(1.0, format_number(written))
    return written


def write_incoming_register(
    path: Path,
    rows: Iterable[IncomingRecord],
    *,
    title: str,
    subtitle: str = "",
    total: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: dt.date | None = None,
) -> int:
    """Write the Sổ đăng ký văn bản đến as an Excel workbook, one sheet, streamed.

    The rows are read once, in the order given, and never all kept: pass a generator over the
    database to export a register of any size. The sheet has the title, the subtitle (the
    filter in force), a frozen and filtered header row, and one row per record with every
    column of the register.

    Args:
        path: Where the workbook goes; replaced only once the new one is complete.
        rows: The records, in register order.
        title: First line, e.g. "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2026".
        subtitle: Second line, e.g. "Năm 2026 · Tác giả: Đảng ủy xã Tân Hưng"; none when empty.
        total: How many records ``rows`` yields, if known, for the progress fraction.
        progress: Called every ``PROGRESS_EVERY`` rows with a fraction (0 when ``total`` is
            unknown) and the rows written, and with 1.0 at the end.
        cancelled: Asked at every progress step and before the file is moved into place.
        today: Marks open documents past their deadline "Quá hạn"; no marking when None, so
            that the same records always give the same file.

    Returns:
        The number of records written.

    Raises:
        InterruptedError: ``cancelled()`` returned True; nothing was written at ``path``.
        OSError: The folder cannot be written or ``path`` is open in another program.
    """
    return _write_register(
        _INCOMING,
        path,
        rows,
        title=title,
        subtitle=subtitle,
        total=total,
        progress=progress,
        cancelled=cancelled,
        today=today,
    )


def write_outgoing_register(
    path: Path,
    rows: Iterable[OutgoingRecord],
    *,
    title: str,
    subtitle: str = "",
    total: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: dt.date | None = None,
) -> int:
    """Write the Sổ đăng ký văn bản đi as an Excel workbook, one sheet, streamed.

    Same layout and guarantees as :func:`write_incoming_register`.

    Args:
        path: Where the workbook goes; replaced only once the new one is complete.
        rows: The records, in register order.
        title: First line, e.g. "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2026".
        subtitle: Second line (the filter in force); none when empty.
        total: How many records ``rows`` yields, if known, for the progress fraction.
        progress: Called every ``PROGRESS_EVERY`` rows and with 1.0 at the end.
        cancelled: Asked at every progress step and before the file is moved into place.
        today: Accepted for a signature shared with the incoming register; outgoing
            documents have no deadline to mark.

    Returns:
        The number of records written.

    Raises:
        InterruptedError: ``cancelled()`` returned True; nothing was written at ``path``.
        OSError: The folder cannot be written or ``path`` is open in another program.
    """
    return _write_register(
        _OUTGOING,
        path,
        rows,
        title=title,
        subtitle=subtitle,
        total=total,
        progress=progress,
        cancelled=cancelled,
        today=today,
    )
