"""Reading the cells of one register row into values, or into problems naming what is wrong.

Nothing is guessed silently: a value that cannot be read is a problem naming the row, the
column and the value, and a value read with a change (a legacy encoding converted, a serial
number read as a date) carries a warning for the preview. The row's values are joined into
a draft in ``row_draft``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from giamsat_desktop.domain.date_line import parse_vietnamese_date
from giamsat_desktop.domain.document_types import (
    DocumentType,
    by_code,
    by_name,
    guess_from_subject,
)
from giamsat_desktop.domain.documents import Secrecy, Urgency
from giamsat_desktop.domain.errors import Detail, DetailCode, detail
from giamsat_desktop.domain.legacy_text import TextRepair
from giamsat_desktop.domain.registers import SUBJECT_MAX_LENGTH, split_number_text
from giamsat_desktop.domain.symbols import parse_symbol
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.excel.cells import SheetRepairs, cell_text, clean_text, is_blank
from giamsat_desktop.services.excel.fields import CELL_LIMIT, ImportField, RowProblem
from giamsat_desktop.services.excel.workbooks import EPOCH_1900

__all__ = [
    "NOTE_SEPARATOR",
    "RECIPIENTS_LIMIT",
    "TEXT_FIELDS",
    "RowReader",
    "excerpt",
    "thousands",
]


_DATE_SHAPE = re.compile(r"\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{2,4}")
_DAY_MONTH = re.compile(r"(?P<day>\d{1,2})\s*([/.-])\s*(?P<month>\d{1,2})")
_ISO_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
_TIME_AFTER = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?$")
TEXT_FIELDS = (
    ImportField.ISSUER,
    ImportField.SYMBOL,
    ImportField.SUBJECT,
    ImportField.RECIPIENTS,
    ImportField.NOTES,
    ImportField.SIGNER,
    ImportField.DOC_TYPE,
    ImportField.URGENCY,
    ImportField.SECRECY,
)
_MULTI_LINE = frozenset({ImportField.SUBJECT, ImportField.NOTES})
_FIRST_DIGITS = re.compile("[0-9]+")
_URGENCIES: dict[str, Urgency] = {
    "": Urgency.NORMAL,
    "thuong": Urgency.NORMAL,
    "binh thuong": Urgency.NORMAL,
    "khan": Urgency.URGENT,
    "thuong khan": Urgency.VERY_URGENT,
    "hoa toc": Urgency.FLASH,
    "hoa toc hen gio": Urgency.FLASH,
}
_SECRECIES: dict[str, Secrecy] = {
    "": Secrecy.NORMAL,
    "thuong": Secrecy.NORMAL,
    "binh thuong": Secrecy.NORMAL,
    "mat": Secrecy.CONFIDENTIAL,
    "toi mat": Secrecy.SECRET,
    "tuyet mat": Secrecy.TOP_SECRET,
}
RECIPIENTS_LIMIT = 500
"""Longest Đơn vị hoặc người nhận the register stores, as when it is typed."""
NOTE_SEPARATOR = "; "
"""Between the notes and each column kept in them ("Lĩnh vực: Dân vận; Phối hợp: …")."""


_SERIAL_YEARS = range(1950, 2101)
_FIRST_YEAR = 1900
_EXCERPT = 60


def excerpt(text: str) -> str:
    """A cell's text on one line, cut to a readable length, as a problem quotes it."""
    line = " ".join(text.split())
    if len(line) > _EXCERPT:
        line = line[: _EXCERPT - 1] + "…"
    return line


def thousands(number: int) -> str:
    """A count grouped the Vietnamese way ("10.000"), for progress messages."""
    return f"{number:,}".replace(",", ".")


class RowReader:
    """Turns the mapped cells of one row into a draft, or into problems."""

    def __init__(self, repairs: SheetRepairs, epoch: dt.date, default_year: int | None) -> None:
        self.repairs = repairs
        self.epoch = epoch
        self.default_year = default_year
        self.row_number = 0
        self.problems: list[RowProblem] = []
        self.warnings: list[Detail] = []
        self._cleaned: dict[tuple[str, bool], tuple[str, TextRepair]] = {}
        self._symbol_types: dict[str, str | None] = {}
        self._subject_types: dict[str, DocumentType | None] = {}
        self._named_types: dict[str, DocumentType | None] = {}
        self._words: dict[str, str] = {}

    def start(self, row_number: int) -> None:
        """Begin a row, with no problems and no warnings yet."""
        self.row_number = row_number
        self.problems = []
        self.warnings = []

    def problem(self, field: ImportField | None, code: DetailCode, **values: Any) -> None:
        """Report what is wrong with the row, in the column at fault (None: the whole row)."""
        self.problems.append(RowProblem(self.row_number, field, code, values))

    def invalid(self, code: DetailCode, field: ImportField, written: str) -> None:
        """Report a cell of ``field`` whose value, as written, cannot be read."""
        self.problem(field, code, column=field.value, value=excerpt(written))

    def too_long(
        self, field: ImportField, raw: str, limit: int = CELL_LIMIT, header: str | None = None
    ) -> bool:
        """Report a cell longer than its field may be (any field: ``CELL_LIMIT``); never cut.

        ``header`` names a column kept in the notes, by its header; else the field names it.
        """
        if len(raw) <= limit:
            return False
        sizes = {"length": len(raw), "limit": limit}
        if header is None:
            self.problem(field, DetailCode.ROW_CELL_TOO_LONG, column=field.value, **sizes)
        else:
            self.problem(field, DetailCode.ROW_KEPT_CELL_TOO_LONG, header=header, **sizes)
        return True

    def _cleaned_text(self, raw: str, multi_line: bool) -> tuple[str, TextRepair]:
        # Issuers, recipients and signers repeat through a register: clean each text once.
        cleaned = self._cleaned.get((raw, multi_line))
        if cleaned is None:
            repair = self.repairs(raw)
            text = "" if repair.unsure else clean_text(repair.text, multi_line=multi_line)
            cleaned = self._cleaned[(raw, multi_line)] = (text, repair)
        return cleaned

    def _say_repair(
        self, field: ImportField, header: str | None, raw: str, repair: TextRepair
    ) -> None:
        """Report text whose old encoding is unsure, or note one converted.

        ``header`` names a column kept in the notes; else the field names the column.
        """
        named: dict[str, Any] = {"column": field.value} if header is None else {"header": header}
        if repair.unsure:
            code = (
                DetailCode.ROW_ENCODING_UNSURE
                if header is None
                else DetailCode.ROW_KEPT_ENCODING_UNSURE
            )
            self.problem(field, code, **named, value=excerpt(raw))
        elif repair.encoding is not None:
            code = (
                DetailCode.ROW_ENCODING_CONVERTED
                if header is None
                else DetailCode.ROW_KEPT_ENCODING_CONVERTED
            )
            self.warnings.append(detail(code, **named, encoding=repair.encoding.label))

    def text(self, field: ImportField, value: Any) -> str:
        """The cell as clean Unicode text, or "" (and a problem) when it cannot be read."""
        if value is None:
            return ""
        raw = cell_text(value)
        if self.too_long(field, raw):
            return ""
        text, repair = self._cleaned_text(raw, field in _MULTI_LINE)
        # Nghị định 30/2020 (Phụ lục VI) keeps a subject to 500 characters, as typed ones are.
        if field is ImportField.SUBJECT and self.too_long(field, text, SUBJECT_MAX_LENGTH):
            return ""
        self._say_repair(field, None, raw, repair)
        return text

    def kept_text(self, header: str, value: Any) -> str:
        """A cell of a column kept in the notes, as one clean line; "" when blank or unreadable.

        Its problems are the notes' (the column it goes to) and name the column's header.
        """
        if is_blank(value):
            return ""
        raw = cell_text(value)
        if self.too_long(ImportField.NOTES, raw, header=header):
            return ""
        text, repair = self._cleaned_text(raw, False)
        self._say_repair(ImportField.NOTES, header, raw, repair)
        return text

    def recipients(self, value: Any) -> str:
        """The recipients, a list joined by ";" written "A; B"; too long is a problem."""
        field = ImportField.RECIPIENTS
        text = self.text(field, value)
        if ";" in text:
            text = NOTE_SEPARATOR.join(part for part in map(str.strip, text.split(";")) if part)
        if self.too_long(field, text, RECIPIENTS_LIMIT):
            return ""
        return text

    def date(self, field: ImportField, value: Any) -> dt.date | None:
        """The cell as a date, or None: blank, or not a date (and a problem)."""
        if is_blank(value):
            return None
        if isinstance(value, dt.date):
            day = value.date() if isinstance(value, dt.datetime) else value
            if day.year < _FIRST_YEAR:
                # A time typed alone: Excel stores it on its day zero.
                self.invalid(DetailCode.ROW_NOT_A_DATE, field, cell_text(value))
                return None
            return day
        if isinstance(value, int | float) and not isinstance(value, bool):
            return self._serial_date(field, value)
        text = cell_text(value)
        if self.too_long(field, text):
            return None
        line = clean_text(text, multi_line=False)
        if ":" in line:
            line = _TIME_AFTER.sub("", line)
        return self._text_date(field, line)

    def _serial_date(self, field: ImportField, value: float) -> dt.date | None:
        written = cell_text(value)
        if float(value).is_integer() and value > 0:
            serial = int(value)
            # Excel's 1900 calendar counts a 29 February 1900 that never was.
            day = self.epoch + dt.timedelta(days=serial)
            if self.epoch == EPOCH_1900 and serial < 61:
                day += dt.timedelta(days=1)
            if day.year in _SERIAL_YEARS:
                self.warnings.append(
                    detail(DetailCode.ROW_SERIAL_DATE, column=field.value, serial=written, day=day)
                )
                return day
        self.invalid(DetailCode.ROW_NOT_A_DATE, field, written)
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
            self.invalid(DetailCode.ROW_NO_SUCH_DATE, field, line)
            return None
        if _DATE_SHAPE.fullmatch(line) is not None:
            self.invalid(DetailCode.ROW_NO_SUCH_DATE, field, line)
        elif day_month is not None:
            self.invalid(DetailCode.ROW_DATE_WITHOUT_YEAR, field, line)
        else:
            self.invalid(DetailCode.ROW_DATE_UNREADABLE, field, line)
        return None

    def number(self, value: Any) -> tuple[int, str] | None:
        """The arrival number and the text it is written as ("125a"), or None (and a problem)."""
        field = ImportField.ARRIVAL_NUMBER
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value, str(value)
        written = clean_text(cell_text(value), multi_line=False)
        if self.too_long(field, written):
            return None
        split = split_number_text(written)
        if split is None:
            self.invalid(DetailCode.ROW_VALUE_INVALID, field, written)
            return None
        if isinstance(value, str) and split[1] != written:
            self.warnings.append(
                detail(
                    DetailCode.ROW_NUMBER_REWRITTEN,
                    column=field.value,
                    value=excerpt(written),
                    written=split[1],
                )
            )
        return split

    def urgency(self, value: Any) -> Urgency:
        """The urgency the cell names; a blank cell, or an unknown one (a problem), is normal."""
        field = ImportField.URGENCY
        if value is None:
            return Urgency.NORMAL
        text = self.text(field, value)
        urgency = _URGENCIES.get(self._word(text))
        if urgency is None:
            self.invalid(DetailCode.ROW_URGENCY_INVALID, field, text)
            return Urgency.NORMAL
        return urgency

    def _word(self, text: str) -> str:
        """A cell's words folded ("Thượng khẩn" → "thuong khan"), once per distinct text."""
        word = self._words.get(text)
        if word is None:
            word = self._words[text] = " ".join(fold(text).split())
        return word

    def secrecy(self, value: Any) -> Secrecy:
        """The secrecy the cell names; blank is normal, an unknown one is a problem.

        A secret document goes into the register's secret book, so an unreadable secrecy
        is never taken as normal without the clerk seeing it.
        """
        field = ImportField.SECRECY
        if value is None:
            return Secrecy.NORMAL
        text = self.text(field, value)
        secrecy = _SECRECIES.get(self._word(text))
        if secrecy is None:
            self.invalid(DetailCode.ROW_SECRECY_INVALID, field, text)
            return Secrecy.NORMAL
        return secrecy

    def named_type(self, name: str) -> DocumentType | None:
        """The type a "Loại văn bản" cell names ("Công văn", "KẾ HOẠCH", "CV"), once per text."""
        if name not in self._named_types:
            self._named_types[name] = by_name(name) or by_code(name)
        return self._named_types[name]

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
        """The number of pages, or None: blank, or not a number of pages (and a problem)."""
        field = ImportField.PAGE_COUNT
        if is_blank(value):
            return None
        written = clean_text(cell_text(value), multi_line=False)
        if self.too_long(field, written):
            return None
        if written.isdigit() and 0 < int(written) < 100_000:
            return int(written)
        self.invalid(DetailCode.ROW_VALUE_INVALID, field, written)
        return None
