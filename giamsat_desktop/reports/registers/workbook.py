"""The two registers (sổ văn bản đến, sổ văn bản đi) as Excel workbooks, streamed row by row.

A register can hold a hundred thousand rows, so the workbook is written in openpyxl's
write-only mode and the register is never held in memory. openpyxl writes the title, the
header and everything around the rows (styles, widths, print setup); the data rows are written
as text by :class:`workbook_cells.RowXml`, the same elements openpyxl would write, into a
temporary file that goes into the workbook's sheet when it is saved (openpyxl's cell by cell
writing took most of the time of a large export). The caller passes plain records (usually a
generator over the database in blocks); this module never queries.

The cells that keep user text from being evaluated are in :mod:`workbook_cells`, the
columns of each register in :mod:`register_columns`.

The workbook is first written to a temporary file beside the target and moved into place only
when complete, so a crash or a cancel never leaves a half-written workbook under the clerk's name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import secrets
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeVar

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from giamsat_desktop.domain.errors import DetailCode, detail
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.domain.registers import IncomingRecord, OutgoingRecord
from giamsat_desktop.reports.layout.workbook_cells import (
    DATE_FORMAT,
    RowXml,
    SafeCells,
    clean_text,
    notes_with_truncation_note,
    styled_text_cell,
)
from giamsat_desktop.reports.registers.columns import (
    INCOMING_REGISTER,
    OUTGOING_REGISTER,
    Column,
    Register,
)

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

__all__ = ["write_incoming_register", "write_outgoing_register"]


Cancelled = Callable[[], bool]
R = TypeVar("R")

PROGRESS_EVERY = 1_000
"""Rows between two progress reports and cancel checks: often enough for a responsive
dialog, rare enough to cost nothing next to the writing."""

_SAVE_SHARE = 0.05
"""Part of the progress bar left for compressing the finished file (about 5 % of the time)."""

_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
_HEADER_ALIGNMENT = Alignment(horizontal="center", vertical="center", wrap_text=True)
_TITLE_FONT = Font(bold=True, size=14)
_SUBTITLE_FONT = Font(italic=True, size=11)
_CENTERED = Alignment(horizontal="center", vertical="center")

_COPY_BLOCK = 1 << 20
"""Bytes of rows copied into the workbook between two cancel checks."""

_ZIP64_FROM = 1 << 30
"""Sheet size (uncompressed) from which its zip entry is written with Zip64 headers: the
limit of plain zip is 2 GiB, and the compressed size is not known before writing."""

_TITLE_ROW = 1
_TITLE_HEIGHT = 24
_HEADER_HEIGHT = 32


def _prepare_sheet(sheet: WriteOnlyWorksheet, columns: tuple[Column, ...], header_row: int) -> None:
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


def write_register(
    register: Register[R],
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
    workbook.properties.title = clean_text(title)
    sheet = workbook.create_sheet(register.sheet_title)
    _prepare_sheet(sheet, columns, header_row)

    def report(done: int) -> None:
        if progress is None:
            return
        if total:
            fraction = min(done / total, 1.0) * (1.0 - _SAVE_SHARE)
            progress(fraction, detail(DetailCode.STEP_ROWS_WRITTEN_OF, done=done, total=total))
        else:
            progress(0.0, detail(DetailCode.STEP_ROWS_WRITTEN, count=done))

    def check(done: int) -> None:
        if cancelled is not None and cancelled():
            raise InterruptedError
        report(done)

    written = 0
    temporary: Path | None = None
    # The rows, as XML text, until the workbook is saved; deleted when closed, whatever happens.
    data = io.TextIOWrapper(
        tempfile.TemporaryFile("w+b"),  # noqa: SIM115 - closed in the finally below
        encoding="utf-8",
        errors="xmlcharrefreplace",  # as openpyxl writes its own stream
        newline="",
    )
    try:
        sheet.append([styled_text_cell(sheet, title, font=_TITLE_FONT, alignment=_CENTERED)])
        sheet.merged_cells.add(f"A{_TITLE_ROW}:{last_column}{_TITLE_ROW}")
        if subtitle:
            sheet.append(
                [styled_text_cell(sheet, subtitle, font=_SUBTITLE_FONT, alignment=_CENTERED)]
            )
            sheet.merged_cells.add(f"A{_TITLE_ROW + 1}:{last_column}{_TITLE_ROW + 1}")
        sheet.append([])
        sheet.append(
            [
                styled_text_cell(
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

        cells = SafeCells()
        xml = RowXml(
            len(columns),
            date_style=lambda: _style_id(sheet, number_format=DATE_FORMAT),
            quote_style=lambda: _style_id(sheet, quote_prefix=True),
            epoch=workbook.epoch,
        )
        make_row, write, first_row = register.row, data.write, header_row + 1
        for record in rows:
            if written % PROGRESS_EVERY == 0:
                check(written)
            values = make_row(record, cells, today)
            if cells.truncated:
                values[register.notes_index] = cells.text(
                    notes_with_truncation_note(register.notes(record))
                )
                cells.truncated = False
            write(xml.row(first_row + written, values))
            written += 1
        check(written)

        sheet.auto_filter.ref = f"A{header_row}:{last_column}{header_row + max(written, 1)}"
        data.flush()

        def copied(_size: int) -> None:
            if cancelled is not None and cancelled():
                raise InterruptedError

        # A random name beside the target: same disk, so the final move is atomic. Not
        # mkstemp, whose private permissions the finished file would keep.
        temporary = path.with_name(f".{path.stem}-{secrets.token_hex(4)}.xlsx.part")
        _save(workbook, temporary, sheet, data.buffer, copied)
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
    finally:
        data.close()
    if progress is not None:
        progress(1.0, detail(DetailCode.STEP_ROWS_WRITTEN, count=written))
    return written


def _style_id(
    sheet: WriteOnlyWorksheet, *, number_format: str = "", quote_prefix: bool = False
) -> int:
    """The index of a cell style among the workbook's, added to them if new."""
    cell = WriteOnlyCell(sheet)
    if number_format:
        cell.number_format = number_format
    if quote_prefix:
        cell.quotePrefix = True
    return cell.style_id


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
    return write_register(
        INCOMING_REGISTER,
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
    return write_register(
        OUTGOING_REGISTER,
        path,
        rows,
        title=title,
        subtitle=subtitle,
        total=total,
        progress=progress,
        cancelled=cancelled,
        today=today,
    )


def _save(
    workbook: Workbook,
    path: Path,
    sheet: WriteOnlyWorksheet,
    rows: IO[bytes],
    copied: Callable[[int], None],
) -> None:
    """Save ``workbook`` to ``path`` with the XML of ``rows`` as the data rows of ``sheet``.

    The zip file is closed even when the disk fills up halfway: openpyxl leaves it open when
    writing fails, and the interpreter then prints a second traceback while collecting it.
    """
    workbook.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        _RowsWriter(workbook, archive, sheet, rows, copied).save()


class _RowsWriter(ExcelWriter):
    """openpyxl's writer of the whole workbook, putting the data rows into the register's sheet.

    openpyxl has written the sheet (the rows before the data, then what follows them) to a
    file of its own; the data rows go in just before that file's ``</sheetData>``, copied a
    block at a time into the zip entry. ``copied`` hears how many bytes went in after each
    block, and may stop the save by raising (a cancel while the file is compressed).
    """

    def __init__(
        self,
        workbook: Workbook,
        archive: zipfile.ZipFile,
        sheet: WriteOnlyWorksheet,
        rows: IO[bytes],
        copied: Callable[[int], None],
    ) -> None:
        super().__init__(workbook, archive)
        self._sheet = sheet
        self._rows = rows
        self._copied = copied

    def write_worksheet(self, ws: WriteOnlyWorksheet) -> None:  # type: ignore[override]
        """As ``ExcelWriter.write_worksheet`` in write-only mode, with the rows spliced in."""
        if ws is not self._sheet:
            super().write_worksheet(ws)
            return
        ws._drawing = SpreadsheetDrawing()  # noqa: SLF001 - what the method replaced sets
        ws._drawing.charts = ws._charts  # noqa: SLF001
        ws._drawing.images = ws._images  # noqa: SLF001
        if not ws.closed:
            ws.close()
        writer = ws._writer  # noqa: SLF001
        ws._rels = writer._rels  # noqa: SLF001
        frame = Path(writer.out).read_bytes()  # a few kilobytes: all but the data rows
        end = frame.index(b"</sheetData>")  # text inside is escaped: the one real end tag
        rows_size = self._rows.seek(0, os.SEEK_END)
        # Zip64 headers only for a sheet that needs them, as openpyxl's own writer does.
        large = len(frame) + rows_size > _ZIP64_FROM
        with self._archive.open(ws.path[1:], "w", force_zip64=large) as entry:
            entry.write(frame[:end])
            self._rows.seek(0)
            size = 0
            while block := self._rows.read(_COPY_BLOCK):
                entry.write(block)
                size += len(block)
                self._copied(size)
            entry.write(frame[end:])
        self.manifest.append(ws)
        writer.cleanup()
