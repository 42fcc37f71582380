"""One register row read into a draft: its cells checked together, its type found, its notes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from giamsat_desktop.domain.document_types import by_code
from giamsat_desktop.domain.errors import DetailCode, detail
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.excel.cells import is_blank
from giamsat_desktop.services.excel.fields import CELL_LIMIT, ImportField
from giamsat_desktop.services.excel.row_reader import (
    NOTE_SEPARATOR,
    TEXT_FIELDS,
    RowReader,
    excerpt,
)

__all__ = ["parse_row"]

_DATE_FIELDS = (
    ImportField.ARRIVAL_DATE,
    ImportField.DOC_DATE,
    ImportField.TRANSFER_DATE,
    ImportField.DEADLINE,
)
_PLAIN_TEXT_FIELDS = tuple(
    field for field in TEXT_FIELDS if field not in (ImportField.URGENCY, ImportField.SECRECY)
)
_ALSO_REQUIRED = (ImportField.ARRIVAL_DATE, ImportField.ISSUER, ImportField.SUBJECT)


def _document_type(
    reader: RowReader, named: str, symbol: str, subject: str
) -> tuple[str, str | None]:
    """The row's type code, and the type as written when the catalog does not know it.

    A "Loại văn bản" column says what the document is, so a type it names wins over any
    guess: "Kế hoạch …" as subject with "Công văn" as type is a công văn. Without it (or
    when it names no type of the catalog) the type comes from the symbol when it names a
    known one ("15/BC-…"), else from the subject ("Công văn về việc …", "V/v …", "KH triển
    khai …"), else the code as typed in the symbol, if any.
    """
    kind = reader.named_type(named) if named else None
    if kind is not None:
        return kind.code, None
    typed = reader.symbol_type(symbol) if symbol else None
    guessed = (by_code(typed) if typed else None) or reader.subject_type(subject)
    type_code = guessed.code if guessed is not None else typed or ""
    if not named:
        return type_code, None
    said = {"column": ImportField.DOC_TYPE.value, "value": excerpt(named)}
    if guessed is not None:
        note = detail(DetailCode.ROW_TYPE_GUESSED, **said, type=guessed.name)
    elif type_code:
        note = detail(DetailCode.ROW_TYPE_FROM_SYMBOL, **said, type=type_code)
    else:
        note = detail(DetailCode.ROW_TYPE_LEFT_BLANK, **said)
    reader.warnings.append(note)
    return type_code, named


def parse_row(
    reader: RowReader,
    cells: dict[ImportField, Any],
    kept: Sequence[tuple[str, Any]] = (),
) -> tuple[tuple[int, str] | None, IncomingDraft | None]:
    """Read one non-blank row: its arrival number if readable, and its draft if sound.

    The draft is None when the row has problems (they are then in ``reader.problems``); the
    number is returned even then, so that a later row repeating it is still reported.

    Args:
        reader: The sheet's reader, started on this row.
        cells: The value of each mapped column.
        kept: The header and value of each column kept in the notes ("Lĩnh vực", …).
    """
    number = None
    if is_blank(cells.get(ImportField.ARRIVAL_NUMBER)):
        field = ImportField.ARRIVAL_NUMBER
        reader.problem(field, DetailCode.ROW_MISSING, column=field.value)
    else:
        number = reader.number(cells[ImportField.ARRIVAL_NUMBER])

    dates = {field: reader.date(field, cells.get(field)) for field in _DATE_FIELDS}
    texts = {
        field: reader.text(field, cells.get(field))
        for field in _PLAIN_TEXT_FIELDS
        if field is not ImportField.RECIPIENTS
    }
    recipients = reader.recipients(cells.get(ImportField.RECIPIENTS))
    urgency = reader.urgency(cells.get(ImportField.URGENCY))
    secrecy = reader.secrecy(cells.get(ImportField.SECRECY))
    page_count = reader.page_count(cells.get(ImportField.PAGE_COUNT))
    kept_texts = [
        (header, text) for header, value in kept if (text := reader.kept_text(header, value))
    ]

    arrival = dates[ImportField.ARRIVAL_DATE]
    present = (arrival, texts[ImportField.ISSUER], texts[ImportField.SUBJECT])
    if not all(present):
        reported = {problem.field for problem in reader.problems}
        for field, value in zip(_ALSO_REQUIRED, present, strict=True):
            if not value and field not in reported:
                reader.problem(field, DetailCode.ROW_MISSING, column=field.value)
    doc_date, transfer = dates[ImportField.DOC_DATE], dates[ImportField.TRANSFER_DATE]
    if arrival is not None and doc_date is not None and doc_date > arrival:
        reader.problem(
            ImportField.DOC_DATE,
            DetailCode.ROW_DOC_DATE_AFTER_ARRIVAL,
            doc_date=doc_date,
            arrival=arrival,
        )
    if arrival is not None and transfer is not None and arrival > transfer:
        reader.problem(
            ImportField.TRANSFER_DATE,
            DetailCode.ROW_TRANSFER_BEFORE_ARRIVAL,
            transfer=transfer,
            arrival=arrival,
        )
    if reader.problems or number is None or arrival is None:
        return number, None

    symbol = texts[ImportField.SYMBOL]
    subject = texts[ImportField.SUBJECT]
    type_code, unknown_type = _document_type(reader, texts[ImportField.DOC_TYPE], symbol, subject)
    notes = texts[ImportField.NOTES]
    if unknown_type is not None:
        kept_texts.insert(0, (ImportField.DOC_TYPE.label, unknown_type))
    if kept_texts:
        added = [f"{header}: {text}" for header, text in kept_texts]
        notes = NOTE_SEPARATOR.join([notes, *added] if notes else added)
        if len(notes) > CELL_LIMIT:
            reader.problem(
                ImportField.NOTES,
                DetailCode.ROW_NOTES_TOO_LONG,
                headers=[header for header, _ in kept_texts],
                length=len(notes),
                limit=CELL_LIMIT,
            )
            return number, None
    draft = IncomingDraft(
        arrival_date=arrival,
        issuer=texts[ImportField.ISSUER],
        subject=subject,
        symbol=symbol,
        doc_date=doc_date,
        type_code=type_code,
        signer=texts[ImportField.SIGNER],
        urgency=urgency,
        secrecy=secrecy,
        page_count=page_count,
        recipients=recipients,
        transfer_date=transfer,
        deadline=dates[ImportField.DEADLINE],
        notes=notes,
        arrival_number_text=number[1],
    )
    return number, draft
