"""Opening a workbook to import, .xlsx or .xls, recognised by its content rather than its name.

A file that is not a workbook, is damaged, or would expand beyond any real register (a zip bomb)
is refused with a :class:`ValidationError` on the field "file". An .xlsx is read by calamine
(compiled, some twenty times faster than openpyxl on a large register); a workbook calamine
cannot read is tried again with openpyxl, so nothing openpyxl reads is refused. The readers
are imported when a file is opened, never at start-up.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Protocol

from giamsat_desktop.domain.errors import ErrorCode, NotFoundError, ValidationError
from giamsat_desktop.services.excel_fields import SheetInfo

__all__ = [
    "EPOCH_1900",
    "MAX_EXPANDED_BYTES",
    "NOT_EXCEL",
    "Book",
    "list_sheets",
    "open_book",
]


_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
EPOCH_1900 = dt.date(1899, 12, 30)
_EPOCH_1904 = dt.date(1904, 1, 1)
NOT_EXCEL = "không phải tệp Excel"


def _no_such_sheet(name: str) -> ValidationError:
    return ValidationError(
        ErrorCode.FIELD_INVALID, field="sheet", reason=f"không có trang “{name}”"
    )


def _not_excel(reason: str = NOT_EXCEL) -> ValidationError:
    return ValidationError(ErrorCode.FIELD_INVALID, field="file", reason=reason)


class Book(Protocol):
    """What reading a register needs from a workbook, whichever format it is in."""

    epoch: dt.date

    def sheet_names(self) -> list[str]:
        """The worksheets' names, in workbook order."""
        ...

    def row_count(self, sheet: str, *, exact: bool = True) -> int | None:
        """The sheet's rows; None, when not ``exact``, rather than count a sheet without size."""
        ...

    def rows(self, sheet: str, first_row: int) -> Iterator[Sequence[Any]]:
        """The sheet's rows from ``first_row`` (1-based) on, as cell values."""
        ...


class _XlsxBook:
    """An .xlsx workbook opened read-only with cached formula values."""

    def __init__(self, workbook: Any) -> None:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904

        self._workbook = workbook
        self.epoch = _EPOCH_1904 if workbook.epoch == CALENDAR_MAC_1904 else EPOCH_1900

    def sheet_names(self) -> list[str]:
        return [sheet.title for sheet in self._workbook.worksheets]

    def _sheet(self, name: str) -> Any:
        if name not in self.sheet_names():
            raise _no_such_sheet(name)
        return self._workbook[name]

    def row_count(self, sheet: str, *, exact: bool = True) -> int | None:
        worksheet = self._sheet(sheet)
        rows = worksheet.max_row
        if rows is not None and rows > 1:
            return int(rows)
        if rows is None and not exact:
            return None  # no size recorded; counting would read the whole sheet
        # No size recorded, or only "A1", which an empty sheet also records: count.
        worksheet.reset_dimensions()
        last = 0
        for number, row in enumerate(worksheet.iter_rows(values_only=True), start=1):
            if any(value is not None for value in row):
                last = number
        return last

    def rows(self, sheet: str, first_row: int) -> Iterator[Sequence[Any]]:
        worksheet = self._sheet(sheet)
        # Some programs write a wrong size; read every row there is rather than trust it.
        worksheet.reset_dimensions()
        return worksheet.iter_rows(min_row=first_row, values_only=True)


class DecodedText(str):
    """Cell text whose ``_xHHHH_`` escapes the reader has already turned into characters."""

    __slots__ = ()


class _CalamineBook:
    """An .xlsx workbook read by calamine, its cells given back as openpyxl gives them.

    Empty cells are None, whole numbers int, date cells datetimes; rows and columns are
    counted from A1 whatever the first filled cell, so row numbers match Excel's.
    """

    def __init__(self, workbook: Any, epoch: dt.date) -> None:
        from python_calamine import SheetTypeEnum

        self._workbook = workbook
        self.epoch = epoch
        self._names = [
            sheet.name for sheet in workbook.sheets_metadata if sheet.typ == SheetTypeEnum.WorkSheet
        ]
        self._loaded: dict[str, list[list[Any]]] = {}

    def sheet_names(self) -> list[str]:
        return list(self._names)

    def _cells(self, name: str) -> list[list[Any]]:
        if name not in self._names:
            raise _no_such_sheet(name)
        if name not in self._loaded:
            sheet = self._workbook.get_sheet_by_name(name)
            self._loaded = {name: sheet.to_python(skip_empty_area=False)}  # one sheet kept
        return self._loaded[name]

    def row_count(self, sheet: str, *, exact: bool = True) -> int | None:
        cells = self._cells(sheet)
        last = len(cells)
        while last and all(value == "" for value in cells[last - 1]):
            last -= 1
        return last

    def rows(self, sheet: str, first_row: int) -> Iterator[Sequence[Any]]:
        for row in self._cells(sheet)[first_row - 1 :]:
            yield [_as_openpyxl(value) for value in row]

    def close(self) -> None:
        """Let go of the file and the cells read."""
        self._loaded = {}
        self._workbook.close()


def _as_openpyxl(value: Any) -> Any:
    """A calamine cell value as openpyxl would give it."""
    if isinstance(value, str):
        if value == "":
            return None
        return DecodedText(value) if "_x" in value else value
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day)
    return value


_DATE_1904 = re.compile(rb"<(?:\w+:)?workbookPr\b[^>]*\bdate1904=\"(?:1|true)\"")


def _epoch_of(path: Path) -> dt.date:
    """The workbook's date system: 1900 (Windows) or 1904 (old Mac files)."""
    with zipfile.ZipFile(path) as archive:
        try:
            part = archive.read("xl/workbook.xml")
        except KeyError:
            return EPOCH_1900
    return _EPOCH_1904 if _DATE_1904.search(part) else EPOCH_1900


class _XlsBook:
    """A .xls (BIFF) workbook read with xlrd; dates come back as datetimes like openpyxl's."""

    def __init__(self, workbook: Any) -> None:
        self._workbook = workbook
        self.epoch = _EPOCH_1904 if workbook.datemode == 1 else EPOCH_1900

    def sheet_names(self) -> list[str]:
        return list(self._workbook.sheet_names())

    def _sheet(self, name: str) -> Any:
        if name not in self.sheet_names():
            raise _no_such_sheet(name)
        return self._workbook.sheet_by_name(name)

    def row_count(self, sheet: str, *, exact: bool = True) -> int | None:
        return int(self._sheet(sheet).nrows)

    def rows(self, sheet: str, first_row: int) -> Iterator[Sequence[Any]]:
        import xlrd

        worksheet = self._sheet(sheet)
        datemode = self._workbook.datemode
        for index in range(first_row - 1, worksheet.nrows):
            values: list[Any] = worksheet.row_values(index)
            for column, kind in enumerate(worksheet.row_types(index)):
                if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    values[column] = None
                elif kind == xlrd.XL_CELL_DATE:
                    # A date Excel cannot show stays a number and is reported as one.
                    with suppress(xlrd.xldate.XLDateError, OverflowError, ValueError):
                        values[column] = xlrd.xldate.xldate_as_datetime(values[column], datemode)
                elif kind == xlrd.XL_CELL_BOOLEAN:
                    values[column] = bool(values[column])
                elif kind == xlrd.XL_CELL_ERROR:
                    values[column] = xlrd.error_text_from_code.get(values[column], "#ERROR!")
            yield values


@contextmanager
def open_book(path: Path) -> Iterator[Book]:
    """Open a workbook by its content, not its name: a .xls renamed .xlsx still opens."""
    path = Path(path)
    try:
        with path.open("rb") as probe:
            head = probe.read(len(_OLE2_MAGIC))
    except FileNotFoundError as error:
        raise NotFoundError(ErrorCode.FILE_NOT_FOUND, path=str(path)) from error
    except OSError as error:
        raise _not_excel(f"không mở được tệp ({error.strerror or error})") from error
    if not head:
        raise _not_excel("tệp rỗng, không phải tệp Excel")
    if head.startswith(_ZIP_MAGIC):
        with _xlsx_book(path) as book:
            yield book
    elif head == _OLE2_MAGIC:
        with _xls_book(path) as book:
            yield book
    else:
        raise _not_excel()


# A damaged part of a workbook surfaces while rows are read, not when it is opened.
_DAMAGED = (zipfile.BadZipFile, SyntaxError, EOFError, KeyError, UnicodeDecodeError)


MAX_EXPANDED_BYTES = 512 * 1024 * 1024
"""A register of 100,000 rows expands to well under this; more is a zip bomb."""


def _refuse_bomb(path: Path) -> None:
    """Refuse a workbook whose parts would expand beyond any real register, before reading."""
    try:
        with zipfile.ZipFile(path) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as error:
        raise _not_excel() from error
    if expanded > MAX_EXPANDED_BYTES:
        raise _not_excel("tệp Excel giải nén ra quá lớn, không phải một sổ văn bản")


@contextmanager
def _xlsx_book(path: Path) -> Iterator[Book]:
    _refuse_bomb(path)
    book = _calamine_book(path)
    if book is not None:
        try:
            yield book
        finally:
            book.close()
        return
    with _openpyxl_book(path) as fallback:
        yield fallback


def _calamine_book(path: Path) -> _CalamineBook | None:
    """The workbook read by calamine, or None when calamine cannot read it (openpyxl may)."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:  # pragma: no cover - a dependency; openpyxl still reads the file
        return None
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        return _CalamineBook(workbook, _epoch_of(path))
    except Exception:  # noqa: BLE001 - any failure: openpyxl decides, with its own refusal
        return None


@contextmanager
def _openpyxl_book(path: Path) -> Iterator[Book]:
    import openpyxl

    with path.open("rb") as handle:
        try:
            with warnings.catch_warnings():
                # Parts openpyxl skips (data validation, slicers) do not matter for reading.
                warnings.simplefilter("ignore")
                workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except Exception as error:  # any failure here means the zip is not a workbook
            raise _not_excel() from error
        try:
            yield _XlsxBook(workbook)
        except _DAMAGED as error:
            raise _not_excel("tệp Excel bị hỏng, không đọc được") from error
        finally:
            workbook.close()


@contextmanager
def _xls_book(path: Path) -> Iterator[Book]:
    import xlrd

    try:
        # xlrd prints its warnings about odd files; they say nothing a clerk could act on.
        workbook = xlrd.open_workbook(str(path), on_demand=True, logfile=io.StringIO())
    except Exception as error:  # encrypted, damaged or another OLE2 document (e.g. .doc)
        raise _not_excel(
            "không đọc được tệp Excel (có mật khẩu, bị hỏng hoặc không phải Excel)"
        ) from error
    try:
        yield _XlsBook(workbook)
    except (xlrd.XLRDError, *_DAMAGED) as error:
        raise _not_excel("tệp Excel bị hỏng, không đọc được") from error
    finally:
        workbook.release_resources()


def list_sheets(path: Path) -> list[SheetInfo]:
    """List the worksheets of a workbook, for the clerk to pick the register.

    Args:
        path: An .xlsx or .xls file (recognised by content, whatever its name).

    Returns:
        Every worksheet with its row count, in workbook order.

    Raises:
        NotFoundError: The file does not exist (FILE_NOT_FOUND).
        ValidationError: The file is not a workbook that can be read (field "file").
    """
    with open_book(path) as book:
        return [SheetInfo(name, book.row_count(name) or 0) for name in book.sheet_names()]
