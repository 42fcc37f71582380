"""Văn bản đến: register, edit, cancel (never delete), possible duplicates, issuers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import (
    Attachment,
    IncomingAttachment,
    IncomingDocument,
    RegisterBook,
)
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.document_types import by_code
from giamsat_desktop.domain.documents import BookKind, HandlingStatus, Secrecy, Urgency
from giamsat_desktop.domain.errors import ErrorCode, ValidationError
from giamsat_desktop.domain.registers import SUBJECT_MAX_LENGTH, IncomingDraft, IncomingRecord
from giamsat_desktop.domain.symbols import SymbolStyle, clean_symbol, parse_symbol
from giamsat_desktop.domain.text import fold, normalize
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import multi_line, require_write, single_line
from giamsat_desktop.services.files.attachments import link_stored, store_file
from giamsat_desktop.services.registers.books import (
    own_book,
    peek_next_number,
    take_chosen_number,
    take_next_number,
)
from giamsat_desktop.services.registers.documents import DocumentKind, attachment_count, visible
from giamsat_desktop.services.registers.queries import incoming_record

PURGED = "(đã xóa hẳn)"
"""What remains of a purged document: its number and date, and this word."""
TEXT_LIMIT = 10_000

_FIELDS = (
    "arrival_date",
    "issuer",
    "symbol",
    "doc_number",
    "type_code",
    "doc_date",
    "subject",
    "signer",
    "urgency",
    "secrecy",
    "page_count",
    "recipients",
    "transfer_date",
    "deadline",
    "instruction",
    "notes",
    "handling_status",
)


def search_text_of(symbol: str, issuer: str, subject: str, instruction: str, notes: str) -> str:
    """The folded text the search index reads: symbol, issuer, subject, instruction, notes."""
    return fold(" ".join((symbol, issuer, subject, instruction, notes)))


def checked_subject(value: str, stored: str | None = None) -> str:
    """The subject (trích yếu) as it will be stored, or a ValidationError naming it.

    A new subject, and a changed one, holds at most ``SUBJECT_MAX_LENGTH`` characters
    (Nghị định 30/2020, Phụ lục VI). A subject stored longer before that limit was kept stays
    as it is while the clerk edits the record's other fields.

    Args:
        value: The subject as typed.
        stored: The subject the record has now; None for a new record.

    Returns:
        The subject NFC-composed and trimmed.
    """
    if stored is not None and normalize(value or "") == normalize(stored) != "":
        return normalize(stored)
    return multi_line(value, "subject", SUBJECT_MAX_LENGTH, required=True)


def clean_draft(draft: IncomingDraft, *, stored_subject: str | None = None) -> IncomingDraft:
    """The draft as it will be stored (NFC, trimmed), or a ValidationError naming the field.

    Args:
        draft: The document as the clerk typed it.
        stored_subject: The subject of the record being edited (None for a new record): kept
            even when longer than the limit, if the clerk left it as it was.

    Returns:
        The cleaned draft.
    """
    if not isinstance(draft.arrival_date, dt.date):
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="arrival_date")
    for name, other in (("doc_date", "arrival_date"), ("arrival_date", "transfer_date")):
        earlier, later = getattr(draft, name), getattr(draft, other)
        if earlier is not None and later is not None and earlier > later:
            raise ValidationError(ErrorCode.DATE_AFTER, field=name, other=other)
    if draft.page_count is not None and not 0 < draft.page_count < 100_000:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="page_count", reason=draft.page_count)
    symbol = single_line(clean_symbol(draft.symbol), "symbol", 100, required=False)
    type_code = single_line(draft.type_code, "type_code", 10, required=False)
    if not type_code and symbol:
        type_code = parse_symbol(symbol).type_code or ""
    known = by_code(type_code) if type_code else None
    return IncomingDraft(
        arrival_date=draft.arrival_date,
        issuer=single_line(draft.issuer, "issuer", 300),
        subject=checked_subject(draft.subject, stored_subject),
        symbol=symbol,
        doc_date=draft.doc_date,
        type_code=known.code if known else type_code,
        signer=single_line(draft.signer, "signer", 200, required=False),
        urgency=Urgency(draft.urgency),
        secrecy=Secrecy(draft.secrecy),
        page_count=draft.page_count,
        recipients=single_line(draft.recipients, "recipients", 500, required=False),
        transfer_date=draft.transfer_date,
        deadline=draft.deadline,
        instruction=multi_line(draft.instruction, "instruction", TEXT_LIMIT),
        notes=multi_line(draft.notes, "notes", TEXT_LIMIT),
        handling_status=HandlingStatus(draft.handling_status),
        arrival_number_text=draft.arrival_number_text,
    )


def document_values(draft: IncomingDraft) -> dict[str, Any]:
    """The columns a cleaned draft fills, the folded search text among them."""
    parsed = parse_symbol(draft.symbol) if draft.symbol else None
    return {
        "arrival_date": draft.arrival_date,
        "issuer": draft.issuer,
        "symbol": draft.symbol,
        "doc_number": (parsed.number or "") if parsed else "",
        "type_code": draft.type_code,
        "doc_date": draft.doc_date,
        "subject": draft.subject,
        "signer": draft.signer,
        "urgency": draft.urgency.value,
        "secrecy": draft.secrecy.value,
        "page_count": draft.page_count,
        "recipients": draft.recipients,
        "transfer_date": draft.transfer_date,
        "deadline": draft.deadline,
        "instruction": draft.instruction,
        "notes": draft.notes,
        "handling_status": draft.handling_status.value,
        "search_text": search_text_of(
            draft.symbol, draft.issuer, draft.subject, draft.instruction, draft.notes
        ),
    }


def _audit_fields(_session: Session, row: IncomingDocument) -> dict[str, Any]:
    fields = {name: getattr(row, name) for name in _FIELDS}
    fields["arrival_number"] = row.arrival_number_text
    fields["cancel_reason"] = row.cancel_reason
    return fields


def _result(session: Session, row: IncomingDocument) -> IncomingRecord:
    book = session.get(RegisterBook, row.book_id)
    assert book is not None
    return incoming_record(row, book.name, attachment_count(session, IncomingAttachment, row.id))


_DOCUMENTS = DocumentKind(
    "incoming", IncomingDocument, IncomingAttachment, Area.INCOMING, _audit_fields, _result
)

get_incoming = _DOCUMENTS.get
load_incoming = _DOCUMENTS.load
"""An incoming document's row as the actor may see it, inside the caller's transaction."""
"""One document, as the actor may see it."""
cancel_incoming = _DOCUMENTS.cancel
"""Cancel with a reason: the line stays in the register and its number is not reused."""


def propose_arrival_number(
    factory: SessionFactory, arrival_date: dt.date, secrecy: Secrecy = Secrecy.NORMAL
) -> int:
    """The number a new document arriving on ``arrival_date`` would get now."""
    with factory() as session:
        return peek_next_number(session, BookKind.INCOMING, arrival_date.year, secrecy.is_secret)


def register_incoming(
    factory: SessionFactory,
    actor: Actor,
    draft: IncomingDraft,
    *,
    files: Sequence[Path] = (),
    data_folder: Path | None = None,
) -> tuple[IncomingRecord, Changes]:
    """Enter a document in the register; its number is given for good in this transaction.

    The number is the next of the year's book unless the clerk chose a free one (a late
    registration). Another clerk may have taken the proposed number meanwhile; the
    record returned carries the number actually given. ``files`` (its PDF, read to fill
    the draft) are stored in ``data_folder`` first and attached in the same transaction:
    the document is registered with them or not at all.
    """
    require_write(actor)
    clean = clean_draft(draft)
    if files and data_folder is None:
        raise ValueError("files need the data folder")
    stored = [(path.name, *store_file(data_folder, path)) for path in files if data_folder]
    with unit_of_work(factory) as session:
        book = own_book(
            session, BookKind.INCOMING, clean.arrival_date.year, clean.secrecy.is_secret
        )
        if clean.arrival_number_text:
            number, number_text = take_chosen_number(session, book, clean.arrival_number_text)
        else:
            number = take_next_number(session, book)
            number_text = str(number)
        row = IncomingDocument(
            book_id=book.id,
            arrival_number=number,
            arrival_number_text=number_text,
            **document_values(clean),
        )
        session.add(row)
        session.flush()
        if stored and data_folder is not None:
            _DOCUMENTS.log(session, actor, "create", row, None)
            link_stored(session, actor, data_folder, "incoming", row.id, stored)
            record = _DOCUMENTS.record(session, row)
        else:
            record = _DOCUMENTS.recorded(session, actor, "create", row, None)
    return record, Changes.of(Area.INCOMING)


def update_incoming(
    factory: SessionFactory, actor: Actor, document_id: int, draft: IncomingDraft, version: int
) -> tuple[IncomingRecord, Changes]:
    """Save an edited document read at ``version``; its number, book and status stay.

    The handling status (Tình trạng) is kept by the task service from the document's tasks
    (``services.tasks.document_status``): the draft's ``handling_status`` is ignored here.
    """

    def edit(session: Session, row: IncomingDocument) -> None:
        clean = clean_draft(draft, stored_subject=row.subject)
        book = session.get(RegisterBook, row.book_id)
        assert book is not None
        if clean.arrival_date.year != book.year:
            raise ValidationError(ErrorCode.YEAR_FIXED, field="arrival_date", year=book.year)
        if clean.secrecy.is_secret != book.secret:
            raise ValidationError(ErrorCode.FIELD_INVALID, field="secrecy", reason=book.name)
        for name, value in document_values(clean).items():
            if name != "handling_status":
                setattr(row, name, value)
        row.updated_at = utc_now()

    record = _DOCUMENTS.update(factory, actor, document_id, version, edit)
    return record, Changes.of(Area.INCOMING)


def _clear(_session: Session, row: IncomingDocument) -> None:
    """Empty what a purged incoming document said; its number and date stay."""
    for name in (
        "symbol",
        "doc_number",
        "type_code",
        "signer",
        "recipients",
        "instruction",
        "notes",
    ):
        setattr(row, name, "")
    row.issuer = PURGED
    row.subject = PURGED
    row.doc_date = row.transfer_date = row.deadline = row.page_count = None


def purge_incoming(
    factory: SessionFactory, actor: Actor, document_id: int, version: int
) -> Changes:
    """Remove a cancelled document for good (administrators only); its number stays used."""
    return _DOCUMENTS.purge(factory, actor, document_id, version, _clear)


def possible_duplicates(
    factory: SessionFactory, actor: Actor, draft: IncomingDraft, exclude_id: int | None = None
) -> list[IncomingRecord]:
    """Documents that look like the draft: same symbol and issuer, or same issuer, date, subject.

    Shown before saving so the same document is not registered twice; never a refusal.
    """
    issuer = fold(draft.issuer)
    if not issuer:
        return []
    symbol = symbol_key(draft.symbol)
    conditions = []
    if draft.symbol.strip():
        number = parse_symbol(draft.symbol).number
        # SQLite's lower() knows only ASCII (not Đ): narrow by number, compare folded below.
        conditions.append(
            IncomingDocument.doc_number == number
            if number
            else IncomingDocument.symbol == draft.symbol.strip()
        )
    if draft.doc_date is not None and draft.subject.strip():
        conditions.append(IncomingDocument.doc_date == draft.doc_date)
    if not conditions:
        return []
    query = select(IncomingDocument).where(or_(*conditions))
    if exclude_id is not None:
        query = query.where(IncomingDocument.id != exclude_id)
    subject = fold(draft.subject)
    found = []
    with factory() as session:
        for row in session.scalars(query.limit(200)):
            if fold(row.issuer) != issuer or not visible(actor, row.secrecy):
                continue
            same_symbol = bool(symbol) and symbol_key(row.symbol) == symbol
            same_subject = row.doc_date == draft.doc_date and fold(row.subject) == subject
            if same_symbol or same_subject:
                found.append(_result(session, row))
    return found


def registered_with_file(
    factory: SessionFactory, actor: Actor, sha256: str
) -> list[IncomingRecord]:
    """Documents that already carry a file of these bytes (the same PDF registered before)."""
    query = (
        select(IncomingDocument)
        .join(IncomingAttachment, IncomingAttachment.document_id == IncomingDocument.id)
        .join(Attachment, Attachment.id == IncomingAttachment.attachment_id)
        .where(Attachment.sha256 == sha256)
        .order_by(IncomingDocument.id)
    )
    with factory() as session:
        return [
            _result(session, row)
            for row in session.scalars(query.limit(20)).unique()
            if visible(actor, row.secrecy)
        ]


def symbol_key(symbol: str) -> str:
    """The same symbol typed differently (spaces, a "Số:" label, case, marks) gives one key."""
    parsed = parse_symbol(symbol)
    if parsed.style is SymbolStyle.UNKNOWN:
        return fold(symbol)
    parts = (
        parsed.number or "",
        str(parsed.year or ""),
        parsed.type_code or "",
        parsed.issuer_code or "",
    )
    return fold("|".join(parts))


def known_issuers(factory: SessionFactory, actor: Actor, limit: int = 500) -> list[str]:
    """Issuing bodies used so far, most used first (the entry dialog completes from them)."""
    query = select(IncomingDocument.issuer).where(IncomingDocument.issuer != PURGED)
    if actor.role is Role.VIEWER:
        query = query.where(IncomingDocument.secrecy == Secrecy.NORMAL.value)
    query = (
        query.group_by(IncomingDocument.issuer)
        .order_by(func.count().desc(), IncomingDocument.issuer)
        .limit(limit)
    )
    with factory() as session:
        return list(session.scalars(query))
