"""The very hidden sheet of a summary book: what it is, whose, which period, where its rows are.

Each row is a key in column A and its value in column B, all written as text. A table's
layout ("sheet") and an office a consolidated book holds ("held") take one row each.
:func:`read_book_meta` reads the sheet back, refusing a book that is not one of ours or
that another schema laid out.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from giamsat_desktop.domain.errors import DetailCode, ErrorCode, ValidationError, detail
from giamsat_desktop.domain.summary_books import (
    BOOK_SCHEMA,
    BookKind,
    BookMeta,
    HeldOffice,
    SheetLayout,
)
from giamsat_desktop.reports.layout.workbook_cells import styled_text_cell
from giamsat_desktop.services.excel.cells import cell_text
from giamsat_desktop.services.excel.workbooks import open_book

META_SHEET = "giamsat_meta"
"""The very hidden sheet of the book's metadata (key in column A, value in column B)."""

_MARK = ("book", "giamsat_statistics")
"""The metadata sheet's first row: what says the book is one of ours."""

_DATE_KEYS = ("period_start", "period_end", "made_on")
_TEXT_KEYS = ("office_name", "office_uid", "office_level", "period_title", "program_version")
_MAX_ROWS = 20_000
"""Rows of metadata read at most: a nation's consolidation holds a few thousand offices."""
_MAX_FIRST_ROW = 1_000
_MAX_TABLE_ROWS = 100_000


def write_meta(sheet: Worksheet, meta: BookMeta, layouts: tuple[SheetLayout, ...]) -> None:
    """The very hidden sheet: the mark, each field, each held office, each table's layout."""
    rows: list[tuple[str, str]] = [_MARK, ("schema", str(BOOK_SCHEMA))]
    rows += [(key, str(getattr(meta, key))) for key in _TEXT_KEYS]
    rows += [(key, getattr(meta, key).isoformat()) for key in _DATE_KEYS]
    rows.append(("kind", meta.kind.value))
    rows += [("held", f"{office.uid}|{office.name}") for office in meta.holds]
    rows += [
        (
            "sheet",
            f"{layout.key}|{layout.sheet}|{layout.first_row}|{layout.rows}|"
            + ",".join(layout.columns),
        )
        for layout in layouts
    ]
    for key, value in rows:
        sheet.append([styled_text_cell(sheet, key), styled_text_cell(sheet, value)])
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 60
    sheet.sheet_state = "veryHidden"
    sheet.sheet_view.tabSelected = False


def read_book_meta(path: Path) -> BookMeta:
    """The metadata of a book the program wrote, its layouts with it.

    Raises:
        NotFoundError: the file does not exist.
        ValidationError: the file is not an Excel book, or not one of ours, or of another
            schema (field "file").
    """
    path = Path(path)
    with open_book(path) as book:
        if META_SHEET not in book.sheet_names():
            raise ValidationError(
                ErrorCode.FIELD_INVALID,
                field="file",
                reason=detail(DetailCode.EXCEL_NO_SHEET, sheet=META_SHEET),
            )
        pairs = [
            (cell_text(values[0]), cell_text(values[1]) if len(values) > 1 else "")
            for _, values in book.rows(META_SHEET, 1, _MAX_ROWS)
            if values
        ]
    return meta_from(pairs, path.name)


def meta_from(pairs: list[tuple[str, str]], file: str) -> BookMeta:
    """The metadata from its key/value rows, or a refusal naming what is wrong."""

    def refused(what: str) -> ValidationError:
        return ValidationError(
            ErrorCode.FIELD_INVALID,
            field="file",
            reason=detail(DetailCode.EXCEL_NOT_READ, file=file, detail=what),
        )

    single = dict(pairs)
    if single.get(_MARK[0]) != _MARK[1]:
        raise refused(META_SHEET)
    if single.get("schema", "") != str(BOOK_SCHEMA):
        raise ValidationError(
            ErrorCode.FIELD_INVALID,
            field="file",
            reason=detail(
                DetailCode.BOOK_OTHER_SCHEMA,
                file=file,
                schema=single.get("schema", ""),
                expected=BOOK_SCHEMA,
            ),
        )
    values: dict[str, Any] = {}
    for key in _TEXT_KEYS:
        if key not in single:
            raise refused(key)
        values[key] = single[key]
    for key in _DATE_KEYS:
        try:
            values[key] = dt.date.fromisoformat(single.get(key, ""))
        except ValueError:
            raise refused(key) from None
    try:
        values["kind"] = BookKind(single.get("kind", ""))
    except ValueError:
        raise refused("kind") from None
    held: list[HeldOffice] = []
    layouts: list[SheetLayout] = []
    for key, value in pairs:
        if key == "held":
            uid, _, name = value.partition("|")
            if not uid or not name:
                raise refused(f"held {value}")
            held.append(HeldOffice(uid, name))
        elif key == "sheet":
            layouts.append(_layout(value, refused))
    return BookMeta(**values, holds=tuple(held), layouts=tuple(layouts))


def _layout(value: str, refused: Any) -> SheetLayout:
    parts = value.split("|")
    try:
        key, sheet, first, rows, columns = parts
        layout = SheetLayout(key, sheet, int(first), int(rows), tuple(columns.split(",")))
    except ValueError:
        raise refused(f"sheet {value}") from None
    sane = 1 <= layout.first_row <= _MAX_FIRST_ROW and 0 <= layout.rows <= _MAX_TABLE_ROWS
    if not key or not sane or not all(layout.columns) or len(layout.columns) > 100:
        raise refused(f"sheet {value}")
    return layout
