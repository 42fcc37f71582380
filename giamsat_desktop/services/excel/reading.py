"""Reading a register of incoming documents kept in Excel, so that it can be imported.

Offices kept the Sổ đăng ký văn bản đến in Excel for years before any program: every office with
its own columns, title rows, numbering row and date habits, some in TCVN3 or VNI fonts. Reading
only: which column holds what is proposed (the clerk may correct the proposal), then every row
becomes an :class:`IncomingDraft` or a problem that names the row, the column and the value.
Nothing is written here; the import writes all rows or none.

Opening the workbook is ``excel_workbooks``, finding the header ``excel_headers``, cleaning
cells ``excel_cells``, reading the cells of one row ``excel_row_reader`` and joining them into a
draft ``excel_row_draft``; here a whole sheet is read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any

from giamsat_desktop.domain.errors import Detail, DetailCode, ErrorCode, ValidationError, detail
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.services.excel.cells import SheetRepairs, is_blank
from giamsat_desktop.services.excel.fields import (
    ImportField,
    ParsedRow,
    ParsedSheet,
    RowProblem,
    SheetLayout,
)
from giamsat_desktop.services.excel.headers import note_columns
from giamsat_desktop.services.excel.row_draft import parse_row
from giamsat_desktop.services.excel.row_reader import TEXT_FIELDS, RowReader
from giamsat_desktop.services.excel.workbooks import open_book

__all__ = ["CANCEL_EVERY", "PROGRESS_EVERY", "parse_rows"]


PROGRESS_EVERY = 500
CANCEL_EVERY = 100


_NUMBERING_CELL = re.compile(r"\(?\s*(\d{1,2})\s*\)?")


def _is_numbering_row(cells: Sequence[Any]) -> bool:
    """The row of column numbers (1, 2, 3 …) that registers print under their header."""
    numbers: list[int] = []
    for value in cells:
        if is_blank(value):
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


def _year_of(reader: RowReader, cells: dict[ImportField, Any]) -> int | None:
    """The arrival year of a row with problems, read again without reporting anything."""
    quiet = RowReader(reader.repairs, reader.epoch, reader.default_year)
    arrival = quiet.date(ImportField.ARRIVAL_DATE, cells.get(ImportField.ARRIVAL_DATE))
    return arrival.year if arrival is not None else reader.default_year


def _check_layout(layout: SheetLayout) -> None:
    missing = [
        field.value for field in ImportField if field.required and field not in layout.columns
    ]
    if missing:
        raise ValidationError(
            ErrorCode.FIELD_INVALID,
            field="header",
            reason=detail(DetailCode.HEADER_COLUMNS_NOT_CHOSEN, columns=missing),
        )
    if layout.header_row < 1 or any(column < 0 for column in layout.columns.values()):
        raise ValidationError(
            ErrorCode.FIELD_INVALID,
            field="header",
            reason=detail(DetailCode.HEADER_BAD_POSITION),
        )


def parse_rows(
    path: Path,
    sheet: str,
    layout: SheetLayout,
    *,
    default_year: int | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ParsedSheet:
    """Read every row under the header into drafts, and say what is wrong with the others.

    Blank rows are skipped and counted, and the row of column numbers under the header is
    passed over. Each remaining row becomes a :class:`ParsedRow` or one or more
    :class:`RowProblem`: nothing is guessed silently. A headed column that no field reads
    (an e-office export's Lĩnh vực, Phối hợp …) is kept in the notes as "header: value"
    (see :func:`note_columns`) unless the layout leaves them out: no column of the file is
    lost. Text in TCVN3 or VNI is converted (and the row says so); text whose encoding
    cannot be told is a problem, since converting it wrongly would corrupt the register.

    Args:
        path: The workbook.
        sheet: The worksheet's name.
        layout: Where the columns are: :func:`detect_layout`'s proposal, possibly corrected.
        default_year: The register's year, for dates written without one ("05/9").
        progress: Told ``(fraction, step)`` every few hundred rows.
        cancelled: Asked every hundred rows, and every few dozen texts while the sheet's
            encoding is found; when it answers True the reading stops.

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
    kept_columns = note_columns(layout) if layout.keep_other_columns else []
    kept_headers = [header for _, header in kept_columns]
    kept_indexes = [index for index, _ in kept_columns]
    first_row = layout.header_row + 1

    def check_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise InterruptedError("Đã hủy đọc tệp Excel")

    def report(fraction: float, step: Detail) -> None:
        if progress is not None:
            progress(min(max(fraction, 0.0), 1.0), step)

    read: list[tuple[int, dict[ImportField, Any], tuple[Any, ...]]] = []
    no_kept: tuple[Any, ...] = ()
    skipped_blank = 0
    with open_book(path) as book:
        epoch = book.epoch
        total = max(book.row_count(sheet) - layout.header_row, 1)
        report(0.0, detail(DetailCode.STEP_READING_SHEET, sheet=sheet))
        looking_for_numbering = True
        expected = first_row
        for seen, (number, row) in enumerate(book.rows(sheet, first_row)):
            if seen % CANCEL_EVERY == 0:
                check_cancelled()
            offset = number - first_row
            if seen and seen % PROGRESS_EVERY == 0:
                # The count is rough (the last row the file writes): creep towards the end.
                done = offset / total if offset < total else offset / (offset + 5 * PROGRESS_EVERY)
                report(0.8 * done, detail(DetailCode.STEP_ROWS_READ, count=offset))
            skipped_blank += number - expected  # rows a reader leaves out are blank
            expected = number + 1
            if len(row) > last_column:
                values = pick(row)
            else:
                values = tuple(row[column] if column < len(row) else None for column in indexes)
            if values.count(None) == len(values) or all(is_blank(value) for value in values):
                skipped_blank += 1
                continue
            if looking_for_numbering:
                looking_for_numbering = False
                if _is_numbering_row(values):  # values are in column order
                    continue
            kept = no_kept
            if kept_indexes:
                width = len(row)
                kept = tuple(row[index] if index < width else None for index in kept_indexes)
            read.append((number, dict(zip(fields, values, strict=True)), kept))

    repairs = SheetRepairs()
    report(0.8, detail(DetailCode.STEP_READING_ENCODING))
    repairs.survey(
        itertools.chain(
            (
                value
                for _, cells, _ in read
                for field in TEXT_FIELDS
                if isinstance(value := cells.get(field), str)
            ),
            (value for _, _, kept in read for value in kept if isinstance(value, str)),
        ),
        cancelled=cancelled,
    )
    reader = RowReader(repairs, epoch, default_year)
    rows: list[ParsedRow] = []
    problems: list[RowProblem] = []
    # Arrival numbers restart every 1 January, so a number repeats only within a year.
    first_rows: dict[tuple[int | None, int, str], int] = {}
    for index, (row_number, cells, kept) in enumerate(read):
        if index % CANCEL_EVERY == 0:
            check_cancelled()
        if index and index % PROGRESS_EVERY == 0:
            report(0.8 + 0.2 * index / len(read), detail(DetailCode.STEP_ROWS_CHECKED, count=index))
        reader.start(row_number)
        arrival, draft = parse_row(
            reader, cells, tuple(zip(kept_headers, kept, strict=True)) if kept else ()
        )
        if arrival is not None:
            year = draft.arrival_date.year if draft is not None else _year_of(reader, cells)
            key = (year, arrival[0], arrival[1].lstrip("0123456789").casefold())
            earlier = first_rows.setdefault(key, row_number)
            if earlier != row_number:
                reader.problem(
                    ImportField.ARRIVAL_NUMBER,
                    DetailCode.ROW_NUMBER_REPEATED,
                    number=arrival[1],
                    row=earlier,
                )
        if draft is None or reader.problems:
            problems.extend(reader.problems)
            continue
        assert arrival is not None
        rows.append(ParsedRow(row_number, arrival[1], draft, tuple(reader.warnings)))
    report(1.0, detail(DetailCode.STEP_ROWS_READ, count=len(rows) + len(problems)))
    return ParsedSheet(rows=rows, problems=problems, skipped_blank=skipped_blank)
