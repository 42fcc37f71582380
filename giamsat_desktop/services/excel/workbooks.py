"""Opening a workbook to import, .xlsx or .xls, recognised by its content rather than its name.

A file that is not a workbook, is damaged, or would expand beyond any real register (a zip bomb,
a cell at XFD1048576) is refused with a :class:`ValidationError` naming the file, and the
sheet when the fault is in one; nothing is read from a sheet that is not whole. An .xlsx is
first checked part by part (``excel_package``), then read by calamine (compiled, some twenty
times faster than openpyxl on a large register); a sheet whose cells lie too far apart for
calamine's grid, or a workbook calamine cannot read, is streamed row by row by openpyxl. The
readers are imported when a file is opened, never at start-up.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
import time
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from zipfile import BadZipFile

from giamsat_desktop.domain.errors import (
    Detail,
    DetailCode,
    ErrorCode,
    NotFoundError,
    ValidationError,
    detail,
)
from giamsat_desktop.services.excel.fields import SheetInfo
from giamsat_desktop.services.excel.package import (
    MAX_COLUMNS,
    MAX_EXPANDED_BYTES,
    MAX_ROWS,
    Inspection,
    SheetExtent,
    column_letters,
    inspect,
)

if TYPE_CHECKING:  # imported when a file is opened, never at start-up
    from python_calamine import CalamineSheet, CalamineWorkbook

__all__ = [
    "EPOCH_1900",
    "MAX_EXPANDED_BYTES",
    "MAX_XLS_BYTES",
    "Book",
    "DecodedText",
    "list_sheets",
    "open_book",
]


_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
EPOCH_1900 = dt.date(1899, 12, 30)
_EPOCH_1904 = dt.date(1904, 1, 1)
MAX_XLS_BYTES = 64 * 1024 * 1024
""".xls files are not compressed: a register in the old format is a few megabytes."""


def _no_such_sheet(name: str) -> ValidationError:
    return ValidationError(
        ErrorCode.FIELD_INVALID,
        field="sheet",
        reason=detail(DetailCode.EXCEL_NO_SHEET, sheet=name),
    )


def _not_excel(reason: Detail | None = None) -> ValidationError:
    return ValidationError(
        ErrorCode.FIELD_INVALID,
        field="file",
        reason=reason if reason is not None else detail(DetailCode.EXCEL_NOT_EXCEL),
    )


def _damaged_sheet(file: str, sheet: str) -> ValidationError:
    return _not_excel(detail(DetailCode.EXCEL_SHEET_DAMAGED, file=file, sheet=sheet))


class Book(Protocol):
    """What reading a register needs from a workbook, whichever format it is in."""

    epoch: dt.date

    def sheet_names(self) -> list[str]:
        """The worksheets' names, in workbook order."""
        ...

    def row_count(self, sheet: str) -> int:
        """Roughly how many rows the sheet has: the last one holding a value."""
        ...

    def rows(
        self, sheet: str, first_row: int, last_row: int | None = None
    ) -> Iterator[tuple[int, Sequence[Any]]]:
        """The sheet's rows from ``first_row`` (1-based) on, each with its number.

        Rows between those given are blank; a reader may give blank rows too.
        """
        ...


class DecodedText(str):
    """Cell text whose ``_xHHHH_`` escapes the reader has already turned into characters."""

    __slots__ = ()


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


class _KeptSheet:
    """The sheet calamine built to find the header, kept for the reading of its rows.

    Finding the header and reading the rows are two calls, each opening the file; the grid
    built for the first serves the second if it comes within a minute, so that a register
    is parsed once. One sheet at most is kept, and only for the file as it was checked.
    """

    SECONDS = 60.0
    _lock = threading.Lock()
    _kept: tuple[Inspection, str, CalamineSheet, float] | None = None

    @classmethod
    def keep(cls, inspection: Inspection, sheet: str, loaded: CalamineSheet) -> None:
        with cls._lock:
            cls._kept = (inspection, sheet, loaded, time.monotonic())

    @classmethod
    def take(cls, inspection: Inspection, sheet: str) -> CalamineSheet | None:
        with cls._lock:
            kept, cls._kept = cls._kept, None
        if kept is None or time.monotonic() - kept[3] > cls.SECONDS:
            return None
        return kept[2] if kept[0] is inspection and kept[1] == sheet else None

    @classmethod
    def forget_stale(cls) -> None:
        with cls._lock:
            if cls._kept is not None and time.monotonic() - cls._kept[3] > cls.SECONDS:
                cls._kept = None


# What openpyxl raises on a part it cannot make sense of, while it streams a sheet.
_STREAM_FAULTS = (SyntaxError, KeyError, IndexError, ValueError, TypeError, EOFError, BadZipFile)


def _failed(error: BaseException) -> bool:
    """Whether a reader's error is its own (a Rust panic included), not an interruption."""
    return not isinstance(error, KeyboardInterrupt | SystemExit | GeneratorExit)


class _XlsxBook:
    """An .xlsx whose parts were checked, read by calamine or streamed by openpyxl.

    calamine builds a sheet whose grid is bounded; openpyxl streams the others row by row,
    within the limits of a register, and every sheet of a workbook calamine cannot open.
    calamine's cells are given back as openpyxl gives them: empty cells None, whole numbers
    int, date cells datetimes; rows and columns are counted from A1 whatever the first filled
    cell, so row numbers match Excel's.
    """

    def __init__(
        self, path: Path, inspection: Inspection, calamine: CalamineWorkbook | None
    ) -> None:
        self._path = path
        self._inspection = inspection
        self._calamine = calamine
        self._openpyxl: Any | None = None
        self.epoch = _EPOCH_1904 if inspection.date_1904 else EPOCH_1900
        if calamine is not None:
            from python_calamine import SheetTypeEnum

            self._names = [
                sheet.name
                for sheet in calamine.sheets_metadata
                if sheet.typ == SheetTypeEnum.WorkSheet
            ]
        else:
            self._names = [sheet.title for sheet in self._streamed().worksheets]

    def sheet_names(self) -> list[str]:
        return list(self._names)

    def _extent(self, name: str) -> SheetExtent | None:
        if name not in self._names:
            raise _no_such_sheet(name)
        extent = self._inspection.sheets.get(name)
        if extent is not None and extent.refusal is not None:
            raise ValidationError(ErrorCode.FIELD_INVALID, field="sheet", reason=extent.refusal)
        return extent

    def row_count(self, sheet: str) -> int:
        if sheet not in self._names:
            raise _no_such_sheet(sheet)
        extent = self._inspection.sheets.get(sheet)
        return extent.rows if extent is not None else 0

    def rows(
        self, sheet: str, first_row: int, last_row: int | None = None
    ) -> Iterator[tuple[int, Sequence[Any]]]:
        extent = self._extent(sheet)
        if (
            self._calamine is not None
            and self._inspection.grid
            and extent is not None
            and extent.grid
        ):
            cells = self._grid(self._calamine, sheet, last_row)
            if cells is not None:
                return self._grid_rows(cells, first_row)
        return self._streamed_rows(sheet, extent, first_row, last_row)

    def _grid(
        self, calamine: CalamineWorkbook, sheet: str, last_row: int | None
    ) -> list[list[Any]] | None:
        """The sheet as calamine's grid, or None when calamine cannot read it (openpyxl may)."""
        loaded = _KeptSheet.take(self._inspection, sheet) if last_row is None else None
        try:
            if loaded is None:
                loaded = calamine.get_sheet_by_name(sheet)
            cells: list[list[Any]] = loaded.to_python(skip_empty_area=False, nrows=last_row)
        except BaseException as error:  # noqa: BLE001 - any failure of calamine's, a panic too
            if not _failed(error):
                raise
            return None
        if last_row is not None:
            _KeptSheet.keep(self._inspection, sheet, loaded)
        return cells

    @staticmethod
    def _grid_rows(cells: list[list[Any]], first_row: int) -> Iterator[tuple[int, Sequence[Any]]]:
        for number in range(first_row, len(cells) + 1):
            yield number, [_as_openpyxl(value) for value in cells[number - 1]]

    def _streamed(self) -> Any:
        """The workbook opened by openpyxl, read-only, once."""
        if self._openpyxl is None:
            import openpyxl

            try:
                with warnings.catch_warnings():
                    # Parts openpyxl skips (data validation, slicers) do not matter here.
                    warnings.simplefilter("ignore")
                    self._openpyxl = openpyxl.load_workbook(
                        self._path, read_only=True, data_only=True
                    )
            except Exception as error:  # any failure here means the zip is not a workbook
                raise _not_excel() from error
        return self._openpyxl

    def _streamed_rows(
        self, sheet: str, extent: SheetExtent | None, first_row: int, last_row: int | None
    ) -> Iterator[tuple[int, Sequence[Any]]]:
        """The sheet's rows as openpyxl streams them, never beyond a register's limits."""
        workbook = self._streamed()
        if sheet not in workbook.sheetnames:
            raise _no_such_sheet(sheet)
        worksheet = workbook[sheet]
        columns = extent.columns if extent is not None and extent.exact else None
        rows = extent.rows if extent is not None and extent.exact else MAX_ROWS
        if last_row is not None:
            rows = min(rows, last_row)
        worksheet.reset_dimensions()  # some programs write a wrong size: the cells decide
        try:
            found = worksheet.iter_rows(
                min_row=first_row,
                max_row=max(rows, first_row - 1),
                max_col=columns or MAX_COLUMNS,
                values_only=True,
            )
            for number, row in enumerate(found, start=first_row):
                if any(value is not None for value in row):
                    yield number, row
        except _STREAM_FAULTS as error:
            raise _damaged_sheet(self._path.name, sheet) from error

    def close(self) -> None:
        """Let go of the files."""
        if self._calamine is not None:
            self._calamine.close()
        if self._openpyxl is not None:
            self._openpyxl.close()


class _XlsBook:
    """A .xls (BIFF) workbook read with xlrd; dates come back as datetimes like openpyxl's.

    Rows are kept as long as their last cell ("ragged"), so a cell far to the right makes
    one long row, not a wide grid.
    """

    def __init__(self, workbook: Any, name: str) -> None:
        self._workbook = workbook
        self._name = name
        self.epoch = _EPOCH_1904 if workbook.datemode == 1 else EPOCH_1900

    def sheet_names(self) -> list[str]:
        return list(self._workbook.sheet_names())

    def _sheet(self, name: str) -> Any:
        if name not in self.sheet_names():
            raise _no_such_sheet(name)
        worksheet = self._workbook.sheet_by_name(name)
        if worksheet.ncols > MAX_COLUMNS:
            for index in range(worksheet.nrows):
                if worksheet.row_len(index) > MAX_COLUMNS:
                    break
            else:  # pragma: no cover - ncols is the longest row
                index = 0
            letters = column_letters(worksheet.ncols)
            raise ValidationError(
                ErrorCode.FIELD_INVALID,
                field="sheet",
                reason=detail(
                    DetailCode.EXCEL_FAR_COLUMN,
                    sheet=name,
                    file=self._name,
                    cell=f"{letters}{index + 1}",
                    number=worksheet.ncols,
                    limit=MAX_COLUMNS,
                    last=column_letters(MAX_COLUMNS),
                ),
            )
        return worksheet

    def row_count(self, sheet: str) -> int:
        if sheet not in self.sheet_names():
            raise _no_such_sheet(sheet)
        with suppress(ValidationError):
            return int(self._sheet(sheet).nrows)
        return 0

    def rows(
        self, sheet: str, first_row: int, last_row: int | None = None
    ) -> Iterator[tuple[int, Sequence[Any]]]:
        import xlrd

        worksheet = self._sheet(sheet)
        datemode = self._workbook.datemode
        end = worksheet.nrows if last_row is None else min(worksheet.nrows, last_row)
        for index in range(first_row - 1, end):
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
            yield index + 1, values


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
        raise _not_excel(
            detail(DetailCode.EXCEL_CANNOT_OPEN, detail=str(error.strerror or error))
        ) from error
    if not head:
        raise _not_excel(detail(DetailCode.EXCEL_EMPTY_FILE))
    if head.startswith(_ZIP_MAGIC):
        with _xlsx_book(path) as book:
            yield book
    elif head == _OLE2_MAGIC:
        with _xls_book(path) as book:
            yield book
    else:
        raise _not_excel()


@contextmanager
def _xlsx_book(path: Path) -> Iterator[Book]:
    _KeptSheet.forget_stale()
    inspection = inspect(path)
    book = _XlsxBook(path, inspection, _calamine_workbook(path))
    try:
        yield book
    finally:
        book.close()


def _calamine_workbook(path: Path) -> CalamineWorkbook | None:
    """The workbook opened by calamine, or None when calamine cannot open it (openpyxl may)."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:  # pragma: no cover - a dependency; openpyxl still reads the file
        return None
    try:
        return CalamineWorkbook.from_path(str(path))
    except BaseException as error:  # noqa: BLE001 - any failure: openpyxl decides
        if not _failed(error):
            raise
        return None


@contextmanager
def _xls_book(path: Path) -> Iterator[Book]:
    import xlrd
    from xlrd.biffh import XLRDError  # xlrd exports it too, but its stubs do not say so

    if path.stat().st_size > MAX_XLS_BYTES:
        raise _not_excel(
            detail(
                DetailCode.EXCEL_XLS_TOO_LARGE,
                file=path.name,
                limit=MAX_XLS_BYTES // (1024 * 1024),
            )
        )
    try:
        # xlrd prints its warnings about odd files; they say nothing a clerk could act on.
        workbook = xlrd.open_workbook(
            str(path), on_demand=True, ragged_rows=True, logfile=io.StringIO()
        )
    except Exception as error:  # encrypted, damaged or another OLE2 document (e.g. .doc)
        raise _not_excel(detail(DetailCode.EXCEL_UNREADABLE)) from error
    try:
        yield _XlsBook(workbook, path.name)
    except (XLRDError, SyntaxError, EOFError, KeyError, UnicodeDecodeError) as error:
        raise _not_excel(detail(DetailCode.EXCEL_BROKEN, file=path.name)) from error
    finally:
        workbook.release_resources()


def list_sheets(path: Path) -> list[SheetInfo]:
    """List the worksheets of a workbook, for the clerk to pick the register.

    Args:
        path: An .xlsx or .xls file (recognised by content, whatever its name).

    Returns:
        Every worksheet with roughly how many rows it has, in workbook order.

    Raises:
        NotFoundError: The file does not exist (FILE_NOT_FOUND).
        ValidationError: The file is not a workbook that can be read (field "file").
    """
    with open_book(path) as book:
        return [SheetInfo(name, book.row_count(name)) for name in book.sheet_names()]
