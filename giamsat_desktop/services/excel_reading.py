"""Reading a register of incoming documents kept in Excel, so that it can be imported.

Offices kept the Sổ đăng ký văn bản đến in Excel for years before any program: every office with
its own columns, title rows, numbering row and date habits, some in TCVN3 or VNI fonts. This
module only reads: it proposes which column holds what (the clerk may correct the proposal),
then turns every row into an :class:`IncomingDraft` or a problem that names the row, the column
and the value. Nothing is written here; the import writes all rows or none.

openpyxl and xlrd are imported when a file is read, never at start-up.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import unicodedata
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from enum import StrEnum
from operator import itemgetter
from pathlib import Path
from typing import Any, Protocol

from giamsat_desktop.domain.date_line import parse_vietnamese_date
from giamsat_desktop.domain.document_types import DocumentType, by_code, guess_from_subject
from giamsat_desktop.domain.documents import Urgency
from giamsat_desktop.domain.errors import ErrorCode, NotFoundError, ValidationError
from giamsat_desktop.domain.legacy_text import (
    LegacyEncoding,
    TextRepair,
    decode_legacy,
    repair_text,
)
from giamsat_desktop.domain.registers import IncomingDraft, split_number_text
from giamsat_desktop.domain.symbols import parse_symbol
from giamsat_desktop.domain.text import fold, normalize, normalize_line

__all__ = [
    "REQUIRED_FIELDS",
    "ImportField",
    "ParsedRow",
    "ParsedSheet",
    "RowProblem",
    "SheetInfo",
    "SheetLayout",
    "detect_layout",
    "list_sheets",
    "match_header",
    "parse_rows",
]

CELL_LIMIT = 10_000
"""Longest text a cell may hold; the register's longest field (the subject) allows as much."""
HEADER_SCAN_ROWS = 30
"""Rows searched for the header: title, office name and year stand above it."""
PROGRESS_EVERY = 500
CANCEL_EVERY = 100


class ImportField(StrEnum):
    """A column of the register that the import knows what to do with."""

    ARRIVAL_NUMBER = "so_den"
    ARRIVAL_DATE = "ngay_den"
    ISSUER = "tac_gia"
    SYMBOL = "so_ky_hieu"
    DOC_DATE = "ngay_thang"
    SUBJECT = "trich_yeu"
    RECIPIENTS = "nguoi_nhan"
    TRANSFER_DATE = "ngay_chuyen"
    NOTES = "ghi_chu"
    SIGNER = "nguoi_ky"
    DEADLINE = "han_xu_ly"
    URGENCY = "do_khan"
    PAGE_COUNT = "so_trang"

    @property
    def label(self) -> str:
        """The column's name as the register form (Nghị định 30/2020, Phụ lục IV) prints it."""
        return _LABELS[self]

    @property
    def required(self) -> bool:
        """Whether a register can be imported without this column."""
        return self in REQUIRED_FIELDS


_LABELS: dict[ImportField, str] = {
    ImportField.ARRIVAL_NUMBER: "Số đến",
    ImportField.ARRIVAL_DATE: "Ngày đến",
    ImportField.ISSUER: "Tác giả",
    ImportField.SYMBOL: "Số, ký hiệu",
    ImportField.DOC_DATE: "Ngày tháng văn bản",
    ImportField.SUBJECT: "Tên loại và trích yếu nội dung",
    ImportField.RECIPIENTS: "Đơn vị hoặc người nhận",
    ImportField.TRANSFER_DATE: "Ngày chuyển",
    ImportField.NOTES: "Ghi chú",
    ImportField.SIGNER: "Người ký",
    ImportField.DEADLINE: "Hạn xử lý",
    ImportField.URGENCY: "Độ khẩn",
    ImportField.PAGE_COUNT: "Số trang",
}

REQUIRED_FIELDS: frozenset[ImportField] = frozenset(
    {ImportField.ARRIVAL_NUMBER, ImportField.ARRIVAL_DATE, ImportField.ISSUER, ImportField.SUBJECT}
)

# Header texts as offices write them, folded (no marks, lower case, punctuation as spaces).
_HEADER_NAMES: dict[ImportField, tuple[str, ...]] = {
    ImportField.ARRIVAL_NUMBER: ("so den", "so vao so", "so den van ban", "so van ban den"),
    ImportField.ARRIVAL_DATE: ("ngay den", "ngay thang den", "ngay nhan", "ngay vao so"),
    ImportField.ISSUER: (
        "tac gia",
        "noi gui",
        "co quan ban hanh",
        "co quan gui",
        "don vi gui",
        "noi ban hanh",
        "co quan to chuc ban hanh",
        "noi phat hanh",
    ),
    ImportField.SYMBOL: ("so ky hieu", "so va ky hieu", "ky hieu", "so hieu"),
    ImportField.DOC_DATE: (
        "ngay thang",
        "ngay thang van ban",
        "ngay thang nam van ban",
        "ngay van ban",
        "ngay ban hanh",
        "ngay ky",
    ),
    ImportField.SUBJECT: (
        "ten loai va trich yeu noi dung",
        "ten loai va trich yeu",
        "ten loai trich yeu noi dung",
        "trich yeu noi dung",
        "trich yeu",
        "noi dung",
    ),
    ImportField.RECIPIENTS: (
        "don vi hoac nguoi nhan",
        "don vi nguoi nhan",
        "don vi ca nhan nhan",
        "nguoi nhan",
        "don vi nhan",
        "noi nhan",
    ),
    ImportField.TRANSFER_DATE: ("ngay chuyen", "ngay chuyen giao"),
    ImportField.NOTES: ("ghi chu",),
    ImportField.SIGNER: ("nguoi ky", "nguoi ky van ban"),
    ImportField.DEADLINE: ("han xu ly", "thoi han", "thoi han giai quyet", "han giai quyet"),
    ImportField.URGENCY: ("do khan", "muc do khan"),
    ImportField.PAGE_COUNT: ("so trang", "so to"),
}
_EXACT_HEADERS: dict[str, ImportField] = {
    name: field for field, names in _HEADER_NAMES.items() for name in names
}
# For headers that add words after a known name ("Số, ký hiệu văn bản", "Số đến (1)").
_HEADER_PREFIXES: tuple[tuple[str, ImportField], ...] = tuple(
    sorted(_EXACT_HEADERS.items(), key=lambda item: len(item[0]), reverse=True)
)
_NOT_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class SheetInfo:
    """A worksheet offered to the clerk: its name and roughly how many rows it has."""

    name: str
    rows: int


@dataclass(frozen=True, slots=True)
class SheetLayout:
    """Where the register's columns are, as proposed by :func:`detect_layout` or corrected.

    Attributes:
        header_row: The Excel row (1-based) of the header; data starts below it.
        columns: The 0-based column index of each field found.
        headers: The header text of every column, in order, to show the clerk the choices.
    """

    header_row: int
    columns: dict[ImportField, int]
    headers: list[str]


@dataclass(frozen=True, slots=True)
class ParsedRow:
    """A row that can be imported.

    Attributes:
        row_number: The Excel row (1-based), so the preview can point at it.
        arrival_number_text: The arrival number as the register writes it ("125a").
        draft: The document as it will be registered.
        warnings: What was changed on the way (a legacy encoding converted, a serial number
            read as a date), for the preview to show.
    """

    row_number: int
    arrival_number_text: str
    draft: IncomingDraft
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Why a row cannot be imported, in Vietnamese, naming the value that is wrong.

    Attributes:
        row_number: The Excel row (1-based).
        field: The column at fault, None when the row as a whole is.
        reason: The sentence shown to the clerk.
    """

    row_number: int
    field: ImportField | None
    reason: str


@dataclass(frozen=True, slots=True)
class ParsedSheet:
    """Every row under the header, read.

    Attributes:
        rows: The rows that can be imported, in sheet order.
        problems: The problems of the other rows, in sheet order; a row with a problem is not
            among ``rows``.
        skipped_blank: Blank rows passed over.
    """

    rows: list[ParsedRow]
    problems: list[RowProblem]
    skipped_blank: int


# --- opening workbooks ------------------------------------------------------------------------

_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EPOCH_1900 = dt.date(1899, 12, 30)
_EPOCH_1904 = dt.date(1904, 1, 1)
NOT_EXCEL = "không phải tệp Excel"


def _not_excel(reason: str = NOT_EXCEL) -> ValidationError:
    return ValidationError(ErrorCode.FIELD_INVALID, field="file", reason=reason)


class _Book(Protocol):
    """What reading a register needs from a workbook, whichever format it is in."""

    epoch: dt.date

    def sheet_names(self) -> list[str]: ...

    def row_count(self, sheet: str, *, exact: bool = True) -> int | None: ...

    def rows(self, sheet: str, first_row: int) -> Iterator[Sequence[Any]]: ...


class _XlsxBook:
    """An .xlsx workbook opened read-only with cached formula values."""

    def __init__(self, workbook: Any) -> None:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904

        self._workbook = workbook
        self.epoch = _EPOCH_1904 if workbook.epoch == CALENDAR_MAC_1904 else _EPOCH_1900

    def sheet_names(self) -> list[str]:
        return [sheet.title for sheet in self._workbook.worksheets]

    def _sheet(self, name: str) -> Any:
        if name not in self.sheet_names():
            raise ValidationError(
                ErrorCode.FIELD_INVALID, field="sheet", reason=f"không có trang “{name}”"
            )
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


class _XlsBook:
    """A .xls (BIFF) workbook read with xlrd; dates come back as datetimes like openpyxl's."""

    def __init__(self, workbook: Any) -> None:
        self._workbook = workbook
        self.epoch = _EPOCH_1904 if workbook.datemode == 1 else _EPOCH_1900

    def sheet_names(self) -> list[str]:
        return list(self._workbook.sheet_names())

    def _sheet(self, name: str) -> Any:
        if name not in self.sheet_names():
            raise ValidationError(
                ErrorCode.FIELD_INVALID, field="sheet", reason=f"không có trang “{name}”"
            )
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
def _open_book(path: Path) -> Iterator[_Book]:
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
def _xlsx_book(path: Path) -> Iterator[_Book]:
    import openpyxl

    _refuse_bomb(path)
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
def _xls_book(path: Path) -> Iterator[_Book]:
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
    with _open_book(path) as book:
        return [SheetInfo(name, book.row_count(name) or 0) for name in book.sheet_names()]


# --- finding the header ----------------------------------------------------------------------


_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _cell_text(value: Any) -> str:
    """The text a cell shows, whatever its type; "12" for the float 12.0 Excel stores."""
    if value is None:
        return ""
    if isinstance(value, str):
        # Excel writes control characters as _xHHHH_ (a CR before each pasted line break).
        return (
            _EXCEL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value) if "_x" in value else value
        )
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def _header_key(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", fold(text)).split())


def _match_key(key: str) -> tuple[ImportField | None, bool]:
    if not key:
        return None, False
    exact = _EXACT_HEADERS.get(key)
    if exact is not None:
        return exact, True
    for name, field in _HEADER_PREFIXES:
        if key.startswith(name + " "):
            return field, False
    return None, False


def _read_header(text: str) -> tuple[str, ImportField | None, bool]:
    """The header as it should be shown, the field it names, and whether it names it exactly.

    Headers are a small known vocabulary, so every reading of a legacy-looking header is tried:
    a header such as "Ghi chó" reads as Vietnamese as it stands ("chó" is a word) and only its
    TCVN3 reading, "Ghi chú", names a column.
    """
    readings = [repair_text(text).text, text]
    if not text.isascii():
        readings += [decode_legacy(text, encoding, None) for encoding in LegacyEncoding]
    for reading in readings:
        field, exact = _match_key(_header_key(reading))
        if field is not None:
            return reading, field, exact
    return readings[0], None, False


def match_header(text: str) -> ImportField | None:
    """Recognise a header cell, whatever its case, marks, line breaks or encoding.

    Args:
        text: The header as written, e.g. "Số" and "đến" on two lines, "Số, ký hiệu", "T¸c gi¶".

    Returns:
        The field the column holds, or None when the header is not one the import knows.
    """
    return _read_header(text)[1]


def _choose(matches: list[tuple[ImportField, bool, int]]) -> dict[ImportField, int]:
    """One column per field: an exact header first, then the leftmost.

    A header naming a field exactly beats one that only starts like it: "Trích yếu" is the
    subject, not "Nội dung chỉ đạo" to its left.
    """
    found: dict[ImportField, int] = {}
    for field, _, column in sorted(matches, key=lambda match: (not match[1], match[2])):
        found.setdefault(field, column)
    return dict(sorted(found.items(), key=lambda item: item[1]))


def _row_fields(row: Sequence[Any]) -> dict[ImportField, int]:
    matches: list[tuple[ImportField, bool, int]] = []
    for column, value in enumerate(row):
        if isinstance(value, str):
            _, field, exact = _read_header(value)
            if field is not None:
                matches.append((field, exact, column))
    return _choose(matches)


def _pair_fields(upper: Sequence[Any], lower: Sequence[Any]) -> dict[ImportField, int]:
    """Fields of a header written on two rows ("Văn bản" above "Số, ký hiệu" and "Ngày")."""
    matches: list[tuple[ImportField, bool, int]] = []
    for column in range(max(len(upper), len(lower))):
        for row in (lower, upper):
            value = row[column] if column < len(row) else None
            if isinstance(value, str):
                _, field, exact = _read_header(value)
                if field is not None:
                    matches.append((field, exact, column))
                    break
    return _choose(matches)


def _header_texts(rows: Sequence[Sequence[Any]]) -> list[str]:
    width = max((len(row) for row in rows), default=0)
    texts: list[str] = []
    for column in range(width):
        parts = [row[column] for row in rows if column < len(row) and row[column] is not None]
        written = [normalize_line(_read_header(_cell_text(part))[0]) for part in parts]
        texts.append(" ".join(text for text in written if text))
    return texts


def detect_layout(path: Path, sheet: str) -> SheetLayout:
    """Propose which column holds what, from the header row.

    The header is looked for in the first rows, in any column order, under title rows and
    blank rows, on one row or two (a group title above sub-headers). The row that names the
    most known columns wins; the proposal is shown to the clerk, who may change it.

    Args:
        path: The workbook.
        sheet: The worksheet's name.

    Returns:
        The header row and the proposed columns.

    Raises:
        NotFoundError: The file does not exist.
        ValidationError: The file cannot be read (field "file"), the sheet does not exist
            (field "sheet"), or no header names Số đến, Ngày đến, Tác giả and the subject
            (field "header").
    """
    with _open_book(path) as book:
        rows = [list(row) for row in itertools.islice(book.rows(sheet, 1), HEADER_SCAN_ROWS)]
    if not any(value is not None and _cell_text(value).strip() for row in rows for value in row):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="header", reason="trang tính trống")

    best: tuple[int, int, dict[ImportField, int], list[str]] | None = None
    for index, row in enumerate(rows):
        candidates = [(_row_fields(row), [row])]
        if index > 0:
            candidates.append((_pair_fields(rows[index - 1], row), [rows[index - 1], row]))
        for fields, header_rows in candidates:
            score = len(fields) + 10 * len(REQUIRED_FIELDS & fields.keys())
            if best is None or score > best[0]:
                best = (score, index + 1, fields, _header_texts(header_rows))
    assert best is not None
    _, header_row, columns, headers = best
    missing = [field.label for field in ImportField if field.required and field not in columns]
    if missing:
        raise ValidationError(
            ErrorCode.FIELD_INVALID,
            field="header",
            reason="không tìm thấy dòng tiêu đề có các cột " + ", ".join(missing),
        )
    return SheetLayout(header_row=header_row, columns=dict(columns), headers=headers)


# --- reading rows ----------------------------------------------------------------------------

_NUMBERING_CELL = re.compile(r"\(?\s*(\d{1,2})\s*\)?")
_DATE_SHAPE = re.compile(r"\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{2,4}")
_DAY_MONTH = re.compile(r"(?P<day>\d{1,2})\s*([/.-])\s*(?P<month>\d{1,2})")
_ISO_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
_TIME_AFTER = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?$")
_DATE_FIELDS = (
    ImportField.ARRIVAL_DATE,
    ImportField.DOC_DATE,
    ImportField.TRANSFER_DATE,
    ImportField.DEADLINE,
)
_TEXT_FIELDS = (
    ImportField.ISSUER,
    ImportField.SYMBOL,
    ImportField.SUBJECT,
    ImportField.RECIPIENTS,
    ImportField.NOTES,
    ImportField.SIGNER,
    ImportField.URGENCY,
)
_MULTI_LINE = frozenset({ImportField.SUBJECT, ImportField.NOTES})
_FIRST_DIGITS = re.compile("[0-9]+")
_ALSO_REQUIRED = (ImportField.ARRIVAL_DATE, ImportField.ISSUER, ImportField.SUBJECT)
_URGENCIES: dict[str, Urgency] = {
    "": Urgency.NORMAL,
    "thuong": Urgency.NORMAL,
    "khan": Urgency.URGENT,
    "thuong khan": Urgency.VERY_URGENT,
    "hoa toc": Urgency.FLASH,
    "hoa toc hen gio": Urgency.FLASH,
}
# Letters of Vietnamese Unicode text (composed or decomposed) that Latin-1 does not have.
_VIETNAMESE_BEYOND_LATIN1 = re.compile(
    "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169"
    "\u01a0\u01a1\u01af\u01b0\u0300\u0301\u0303\u0309\u0323\u1ea0-\u1ef9]"
)
_SERIAL_YEARS = range(1950, 2101)
_FIRST_YEAR = 1900
_EXCERPT = 60


# Control characters that normalize() drops (newline and tab are kept).
_DROPPED_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clean(text: str, *, multi_line: bool) -> str:
    """:func:`normalize` or :func:`normalize_line`, with a quick path for the usual cell.

    Most cells hold no control character, and dropping them character by character is the
    slowest step of reading a large register; the result is the same either way.
    """
    if _DROPPED_CONTROL.search(text) is not None:
        return normalize(text) if multi_line else normalize_line(text)
    composed = unicodedata.normalize("NFC", text).strip()
    return composed if multi_line else " ".join(composed.split())


def _quoted(text: str) -> str:
    line = " ".join(text.split())
    if len(line) > _EXCERPT:
        line = line[: _EXCERPT - 1] + "…"
    return f"“{line}”"


def _in_sentence(field: ImportField) -> str:
    label = field.label
    return label[0].lower() + label[1:]


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_numbering_row(cells: Sequence[Any]) -> bool:
    """The row of column numbers (1, 2, 3 …) that registers print under their header."""
    numbers: list[int] = []
    for value in cells:
        if _is_blank(value):
            continue
        if isinstance(value, bool):
            return False
        if isinstance(value, int | float) and float(value).is_integer():
            numbers.append(int(value))
            continue
        match = _NUMBERING_CELL.fullmatch(value.strip()) if isinstance(value, str) else None
        if match is None:
            return False
        numbers.append(int(match.group(1)))
    return len(numbers) >= 3 and all(b > a for a, b in itertools.pairwise(numbers))


class _Repairs:
    """Repairs of the sheet's texts, each distinct text repaired once.

    A text that reads well both as it stands and in a legacy encoding is judged with the
    encoding the rest of the sheet was found in, which needs the whole sheet first.
    """

    def __init__(self) -> None:
        self._plain: dict[str, TextRepair] = {}
        self._hinted: dict[str, TextRepair] = {}
        self.hint: LegacyEncoding | None = None

    def survey(self, texts: Iterator[str]) -> None:
        """Repair every text once and find the encoding most of the sheet is in, if any.

        A sheet counts as legacy only when its legacy texts outnumber those that are plainly
        Unicode (letters such as ư, đ, ạ that no 8-bit text holds): in a sheet typed partly in
        each, a Unicode "Công an xã" must not become a doubt because of its neighbours.
        """
        found: Counter[LegacyEncoding | None] = Counter()
        for text in texts:
            if text in self._plain or text.isascii():
                continue
            repair = self._plain[text] = repair_text(text)
            if repair.encoding is not None:
                found[repair.encoding] += 1
            elif _VIETNAMESE_BEYOND_LATIN1.search(text) is not None:
                found[None] += 1
        unicode_texts = found.pop(None, 0)
        ranked = found.most_common(2)
        if not ranked or ranked[0][1] <= unicode_texts:
            return
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            self.hint = ranked[0][0]

    def __call__(self, text: str) -> TextRepair:
        if text.isascii():
            return TextRepair(text, None, False)
        repair = self._plain.get(text)
        if repair is None:
            repair = self._plain[text] = repair_text(text)
        if self.hint is None or repair.encoding is not None:
            return repair
        hinted = self._hinted.get(text)
        if hinted is None:
            hinted = self._hinted[text] = repair_text(text, hint=self.hint)
        return hinted


class _RowReader:
    """Turns the mapped cells of one row into a draft, or into problems."""

    def __init__(self, repairs: _Repairs, epoch: dt.date, default_year: int | None) -> None:
        self.repairs = repairs
        self.epoch = epoch
        self.default_year = default_year
        self.row_number = 0
        self.problems: list[RowProblem] = []
        self.warnings: list[str] = []
        self._cleaned: dict[tuple[str, bool], tuple[str, TextRepair]] = {}
        self._symbol_types: dict[str, str | None] = {}
        self._subject_types: dict[str, DocumentType | None] = {}

    def start(self, row_number: int) -> None:
        self.row_number = row_number
        self.problems = []
        self.warnings = []

    def problem(self, field: ImportField | None, reason: str) -> None:
        self.problems.append(RowProblem(self.row_number, field, reason))

    def too_long(self, field: ImportField, raw: str) -> bool:
        """Report a cell longer than any field may be; it is never cut silently."""
        if len(raw) <= CELL_LIMIT:
            return False
        self.problem(
            field,
            f"Ô {_in_sentence(field)} dài {_thousands(len(raw))} ký tự, "
            f"quá giới hạn {_thousands(CELL_LIMIT)} ký tự",
        )
        return True

    def text(self, field: ImportField, value: Any) -> str:
        if value is None:
            return ""
        raw = _cell_text(value)
        if self.too_long(field, raw):
            return ""
        multi_line = field in _MULTI_LINE
        # Issuers, recipients and signers repeat through a register: clean each text once.
        cleaned = self._cleaned.get((raw, multi_line))
        if cleaned is None:
            repair = self.repairs(raw)
            text = "" if repair.unsure else _clean(repair.text, multi_line=multi_line)
            cleaned = self._cleaned[(raw, multi_line)] = (text, repair)
        text, repair = cleaned
        if repair.unsure:
            self.problem(
                field,
                f"{field.label}: văn bản mã hóa cũ không nhận ra chắc chắn: {_quoted(raw)}",
            )
        elif repair.encoding is not None:
            self.warnings.append(
                f"{field.label}: đã chuyển mã {repair.encoding.label} sang Unicode"
            )
        return text

    def date(self, field: ImportField, value: Any) -> dt.date | None:
        if _is_blank(value):
            return None
        if isinstance(value, dt.date):
            day = value.date() if isinstance(value, dt.datetime) else value
            if day.year < _FIRST_YEAR:
                # A time typed alone: Excel stores it on its day zero.
                self.problem(field, f"{field.label} {_quoted(_cell_text(value))} không phải ngày")
                return None
            return day
        if isinstance(value, int | float) and not isinstance(value, bool):
            return self._serial_date(field, value)
        text = _cell_text(value)
        if self.too_long(field, text):
            return None
        line = _clean(text, multi_line=False)
        if ":" in line:
            line = _TIME_AFTER.sub("", line)
        return self._text_date(field, line)

    def _serial_date(self, field: ImportField, value: float) -> dt.date | None:
        written = _cell_text(value)
        if float(value).is_integer() and value > 0:
            serial = int(value)
            # Excel's 1900 calendar counts a 29 February 1900 that never was.
            day = self.epoch + dt.timedelta(days=serial)
            if self.epoch == _EPOCH_1900 and serial < 61:
                day += dt.timedelta(days=1)
            if day.year in _SERIAL_YEARS:
                self.warnings.append(
                    f"{field.label}: số {written} đọc là ngày {day.strftime('%d/%m/%Y')}"
                )
                return day
        self.problem(field, f"{field.label} {_quoted(written)} không phải ngày")
        return None

    def _text_date(self, field: ImportField, line: str) -> dt.date | None:
        found = parse_vietnamese_date(line)
        if found is not None:
            return found
        iso = _ISO_DATE.fullmatch(line)
        day_month = _DAY_MONTH.fullmatch(line)
        try:
            if iso is not None:
                return dt.date(int(iso["year"]), int(iso["month"]), int(iso["day"]))
            if day_month is not None and self.default_year is not None:
                return dt.date(self.default_year, int(day_month["month"]), int(day_month["day"]))
        except ValueError:
            self.problem(field, f"{field.label} {_quoted(line)} không có thật")
            return None
        if _DATE_SHAPE.fullmatch(line) is not None:
            self.problem(field, f"{field.label} {_quoted(line)} không có thật")
        elif day_month is not None:
            self.problem(field, f"{field.label} {_quoted(line)} thiếu năm")
        else:
            self.problem(
                field, f"{field.label} {_quoted(line)} không đọc được (cần dạng ngày/tháng/năm)"
            )
        return None

    def number(self, value: Any) -> tuple[int, str] | None:
        field = ImportField.ARRIVAL_NUMBER
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value, str(value)
        written = _clean(_cell_text(value), multi_line=False)
        if self.too_long(field, written):
            return None
        split = split_number_text(written)
        if split is None:
            self.problem(field, f"{field.label} {_quoted(written)} không hợp lệ")
            return None
        if isinstance(value, str) and split[1] != written:
            self.warnings.append(f"{field.label} {_quoted(written)} ghi thành “{split[1]}”")
        return split

    def urgency(self, value: Any) -> Urgency:
        field = ImportField.URGENCY
        if value is None:
            return Urgency.NORMAL
        text = self.text(field, value)
        urgency = _URGENCIES.get(" ".join(fold(text).split()))
        if urgency is None:
            self.problem(
                field,
                f"{field.label} {_quoted(text)} không hợp lệ "
                "(Thường, Khẩn, Thượng khẩn hoặc Hỏa tốc)",
            )
            return Urgency.NORMAL
        return urgency

    def symbol_type(self, symbol: str) -> str | None:
        """The type code written in a symbol, parsed once per shape of symbol.

        The type does not depend on the document's number, so "15/BC-MTTQ-BTT" and
        "16/BC-MTTQ-BTT" share one parse: a register holds thousands of symbols but only a
        few hundred shapes, and parsing is the costliest step of a row.
        """
        shape = _FIRST_DIGITS.sub("1", symbol, count=1)
        if shape not in self._symbol_types:
            self._symbol_types[shape] = parse_symbol(shape).type_code
        return self._symbol_types[shape]

    def subject_type(self, subject: str) -> DocumentType | None:
        """The type a subject starts with, guessed once per distinct opening.

        A type name has at most four words ("Nghị quyết liên tịch"), so the first five words
        decide; subjects are all different, their openings are not ("Công văn về việc …").
        """
        opening = " ".join(subject.split()[:5])
        if opening not in self._subject_types:
            self._subject_types[opening] = guess_from_subject(opening)
        return self._subject_types[opening]

    def page_count(self, value: Any) -> int | None:
        field = ImportField.PAGE_COUNT
        if _is_blank(value):
            return None
        written = _clean(_cell_text(value), multi_line=False)
        if self.too_long(field, written):
            return None
        if written.isdigit() and 0 < int(written) < 100_000:
            return int(written)
        self.problem(field, f"{field.label} {_quoted(written)} không hợp lệ")
        return None


def _parse_row(
    reader: _RowReader, cells: dict[ImportField, Any]
) -> tuple[tuple[int, str] | None, IncomingDraft | None]:
    """Read one non-blank row: its arrival number if readable, and its draft if sound.

    The draft is None when the row has problems (they are then in ``reader.problems``); the
    number is returned even then, so that a later row repeating it is still reported.
    """
    number = None
    if _is_blank(cells.get(ImportField.ARRIVAL_NUMBER)):
        reader.problem(ImportField.ARRIVAL_NUMBER, "Thiếu số đến")
    else:
        number = reader.number(cells[ImportField.ARRIVAL_NUMBER])

    dates = {field: reader.date(field, cells.get(field)) for field in _DATE_FIELDS}
    texts = {
        field: reader.text(field, cells.get(field))
        for field in _TEXT_FIELDS
        if field is not ImportField.URGENCY
    }
    urgency = reader.urgency(cells.get(ImportField.URGENCY))
    page_count = reader.page_count(cells.get(ImportField.PAGE_COUNT))

    arrival = dates[ImportField.ARRIVAL_DATE]
    present = (arrival, texts[ImportField.ISSUER], texts[ImportField.SUBJECT])
    if not all(present):
        reported = {problem.field for problem in reader.problems}
        for field, value in zip(_ALSO_REQUIRED, present, strict=True):
            if not value and field not in reported:
                reader.problem(field, f"Thiếu {_in_sentence(field)}")
    doc_date, transfer = dates[ImportField.DOC_DATE], dates[ImportField.TRANSFER_DATE]
    if arrival is not None and doc_date is not None and doc_date > arrival:
        reader.problem(
            ImportField.DOC_DATE,
            f"Ngày tháng văn bản {doc_date:%d/%m/%Y} sau ngày đến {arrival:%d/%m/%Y}",
        )
    if arrival is not None and transfer is not None and arrival > transfer:
        reader.problem(
            ImportField.TRANSFER_DATE,
            f"Ngày chuyển {transfer:%d/%m/%Y} trước ngày đến {arrival:%d/%m/%Y}",
        )
    if reader.problems or number is None or arrival is None:
        return number, None

    symbol = texts[ImportField.SYMBOL]
    subject = texts[ImportField.SUBJECT]
    # The type from the symbol when it names a known one ("15/BC-…"), else from the subject
    # ("Công văn về việc …", "V/v …", "KH triển khai …"), else the code as typed, if any.
    typed = reader.symbol_type(symbol) if symbol else None
    kind = (by_code(typed) if typed else None) or reader.subject_type(subject)
    type_code = kind.code if kind is not None else typed or ""
    draft = IncomingDraft(
        arrival_date=arrival,
        issuer=texts[ImportField.ISSUER],
        subject=subject,
        symbol=symbol,
        doc_date=doc_date,
        type_code=type_code,
        signer=texts[ImportField.SIGNER],
        urgency=urgency,
        page_count=page_count,
        recipients=texts[ImportField.RECIPIENTS],
        transfer_date=transfer,
        deadline=dates[ImportField.DEADLINE],
        notes=texts[ImportField.NOTES],
        arrival_number_text=number[1],
    )
    return number, draft


def _year_of(reader: _RowReader, cells: dict[ImportField, Any]) -> int | None:
    """The arrival year of a row with problems, read again without reporting anything."""
    quiet = _RowReader(reader.repairs, reader.epoch, reader.default_year)
    arrival = quiet.date(ImportField.ARRIVAL_DATE, cells.get(ImportField.ARRIVAL_DATE))
    return arrival.year if arrival is not None else reader.default_year


def _check_layout(layout: SheetLayout) -> None:
    missing = [
        field.label for field in ImportField if field.required and field not in layout.columns
    ]
    if missing:
        raise ValidationError(
            ErrorCode.FIELD_INVALID, field="header", reason="chưa chọn cột " + ", ".join(missing)
        )
    if layout.header_row < 1 or any(column < 0 for column in layout.columns.values()):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="header", reason="vị trí cột sai")


def parse_rows(
    path: Path,
    sheet: str,
    layout: SheetLayout,
    *,
    default_year: int | None = None,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ParsedSheet:
    """Read every row under the header into drafts, and say what is wrong with the others.

    Blank rows are skipped and counted, and the row of column numbers under the header is
    passed over. Each remaining row becomes a :class:`ParsedRow` or one or more
    :class:`RowProblem`: nothing is guessed silently. Text in TCVN3 or VNI is converted (and
    the row says so); text whose encoding cannot be told is a problem, since converting it
    wrongly would corrupt the register.

    Args:
        path: The workbook.
        sheet: The worksheet's name.
        layout: Where the columns are: :func:`detect_layout`'s proposal, possibly corrected.
        default_year: The register's year, for dates written without one ("05/9").
        progress: Told ``(fraction, message)`` every few hundred rows.
        cancelled: Asked every hundred rows; when it answers True the reading stops.

    Returns:
        The rows that can be imported, the problems of the others, and the count of blank rows.

    Raises:
        NotFoundError: The file does not exist.
        ValidationError: The file cannot be read, the sheet does not exist, or the layout
            lacks a required column (field "header").
        InterruptedError: ``cancelled`` answered True; nothing read is returned.
    """
    _check_layout(layout)
    columns = sorted(layout.columns.items(), key=lambda item: item[1])
    fields = [field for field, _ in columns]
    indexes = [column for _, column in columns]
    last_column = indexes[-1]
    pick = itemgetter(*indexes) if len(indexes) > 1 else lambda row: (row[last_column],)
    first_row = layout.header_row + 1

    def check_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise InterruptedError("Đã hủy đọc tệp Excel")

    def report(fraction: float, message: str) -> None:
        if progress is not None:
            progress(min(max(fraction, 0.0), 1.0), message)

    read: list[tuple[int, dict[ImportField, Any]]] = []
    skipped_blank = 0
    with _open_book(path) as book:
        epoch = book.epoch
        rows_in_sheet = book.row_count(sheet, exact=False)
        total = None if rows_in_sheet is None else max(rows_in_sheet - layout.header_row, 1)
        report(0.0, f"Đang đọc trang “{sheet}”")
        looking_for_numbering = True
        for offset, row in enumerate(book.rows(sheet, first_row)):
            if offset % CANCEL_EVERY == 0:
                check_cancelled()
            if offset and offset % PROGRESS_EVERY == 0:
                # Without a recorded size the share read is unknown: creep towards the end.
                done = offset / total if total else offset / (offset + 5 * PROGRESS_EVERY)
                report(0.8 * done, f"Đã đọc {_thousands(offset)} dòng")
            if len(row) > last_column:
                values = pick(row)
            else:
                values = tuple(row[column] if column < len(row) else None for column in indexes)
            if values.count(None) == len(values) or all(_is_blank(value) for value in values):
                skipped_blank += 1
                continue
            if looking_for_numbering:
                looking_for_numbering = False
                if _is_numbering_row(values):  # values are in column order
                    continue
            read.append((first_row + offset, dict(zip(fields, values, strict=True))))

    repairs = _Repairs()
    repairs.survey(
        value
        for _, cells in read
        for field in _TEXT_FIELDS
        if isinstance(value := cells.get(field), str)
    )
    reader = _RowReader(repairs, epoch, default_year)
    rows: list[ParsedRow] = []
    problems: list[RowProblem] = []
    # Arrival numbers restart every 1 January, so a number repeats only within a year.
    seen: dict[tuple[int | None, int, str], int] = {}
    for index, (row_number, cells) in enumerate(read):
        if index % CANCEL_EVERY == 0:
            check_cancelled()
        if index and index % PROGRESS_EVERY == 0:
            report(0.8 + 0.2 * index / len(read), f"Đã kiểm tra {_thousands(index)} dòng")
        reader.start(row_number)
        number, draft = _parse_row(reader, cells)
        if number is not None:
            year = draft.arrival_date.year if draft is not None else _year_of(reader, cells)
            key = (year, number[0], number[1].lstrip("0123456789").casefold())
            earlier = seen.setdefault(key, row_number)
            if earlier != row_number:
                reader.problem(
                    ImportField.ARRIVAL_NUMBER, f"Số đến {number[1]} trùng với dòng {earlier}"
                )
        if draft is None or reader.problems:
            problems.extend(reader.problems)
            continue
        assert number is not None
        rows.append(ParsedRow(row_number, number[1], draft, tuple(reader.warnings)))
    report(1.0, f"Đã đọc {_thousands(len(rows) + len(problems))} dòng")
    return ParsedSheet(rows=rows, problems=problems, skipped_blank=skipped_blank)
