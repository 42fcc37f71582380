"""Finding the header of a register sheet, and proposing which column holds which field.

Offices name their columns in many ways, on one row or two, in any order, sometimes in TCVN3 or
VNI: headers are compared folded, against the names offices are known to use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from giamsat_desktop.domain.errors import DetailCode, ErrorCode, ValidationError, detail
from giamsat_desktop.domain.legacy_text import LegacyEncoding, decode_legacy, repair_text
from giamsat_desktop.domain.text import fold, normalize_line
from giamsat_desktop.services.excel.cells import cell_text
from giamsat_desktop.services.excel.fields import REQUIRED_FIELDS, ImportField, SheetLayout
from giamsat_desktop.services.excel.workbooks import open_book

__all__ = ["HEADER_SCAN_ROWS", "detect_layout", "match_header", "note_columns"]


HEADER_SCAN_ROWS = 30
"""Rows searched for the header: title, office name and year stand above it."""
_HEADER_LONGEST = 200
"""A cell longer than this is no column header: it is shown as it is, without decoding."""


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
    ImportField.DOC_TYPE: ("loai van ban", "loai vb", "ten loai", "ten loai van ban"),
    ImportField.SUBJECT: (
        "ten loai va trich yeu noi dung",
        "ten loai va trich yeu",
        "ten loai trich yeu noi dung",
        "ten loai trich yeu",
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
    ImportField.SECRECY: ("do mat", "muc do mat"),
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
# The row counter of a list ("STT"): it numbers the lines of the file, not the documents.
_ROW_COUNTERS = frozenset({"stt", "tt", "so tt", "so thu tu", "thu tu"})


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
    if len(text) > _HEADER_LONGEST:
        return text, None, False
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


def note_columns(layout: SheetLayout) -> list[tuple[int, str]]:
    """The other columns: every headed column that no field reads.

    Exports of the provincial e-office systems carry columns the register has no field
    for (Lĩnh vực, Xử lý chính, Phối hợp …); so that no column is lost, each is written in
    the notes as "header: value" unless ``layout.keep_other_columns`` is off (the reading
    looks at that; this lists them either way, for the clerk to see). The row counter
    (STT) is none of them: it numbers the file's lines, not the documents.

    Args:
        layout: The columns in force (proposed or corrected by the clerk).

    Returns:
        The 0-based index and the header of each such column, left to right.
    """
    mapped = set(layout.columns.values())
    kept: list[tuple[int, str]] = []
    for index, header in enumerate(layout.headers):
        name = normalize_line(header)
        if index in mapped or not name or _header_key(name) in _ROW_COUNTERS:
            continue
        kept.append((index, name))
    return kept


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
        written = [normalize_line(_read_header(cell_text(part))[0]) for part in parts]
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
    rows: list[list[Any]] = [[] for _ in range(HEADER_SCAN_ROWS)]
    with open_book(path) as book:
        for number, row in book.rows(sheet, 1, HEADER_SCAN_ROWS):
            rows[number - 1] = list(row)
    while rows and not rows[-1]:
        rows.pop()
    if not any(value is not None and cell_text(value).strip() for row in rows for value in row):
        raise ValidationError(
            ErrorCode.FIELD_INVALID, field="header", reason=detail(DetailCode.HEADER_SHEET_EMPTY)
        )

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
    missing = [field.value for field in ImportField if field.required and field not in columns]
    if missing:
        raise ValidationError(
            ErrorCode.FIELD_INVALID,
            field="header",
            reason=detail(DetailCode.HEADER_NOT_FOUND, columns=missing),
        )
    return SheetLayout(header_row=header_row, columns=dict(columns), headers=headers)
