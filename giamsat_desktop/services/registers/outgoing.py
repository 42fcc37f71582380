"""Văn bản đi: numbered on saving (one series a year, secret apart), cancelled not deleted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import (
    IncomingDocument,
    OutgoingAnswer,
    OutgoingAttachment,
    OutgoingDocument,
)
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.document_types import CONG_VAN, by_code
from giamsat_desktop.domain.documents import BookKind, Secrecy, Urgency
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    ValidationError,
)
from giamsat_desktop.domain.registers import OutgoingDraft, OutgoingRecord
from giamsat_desktop.domain.symbols import format_state_symbol
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.catalog.office import office_in
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import multi_line, require_write, single_line
from giamsat_desktop.services.registers.books import own_book, peek_next_number, take_next_number
from giamsat_desktop.services.registers.documents import DocumentKind, attachment_count
from giamsat_desktop.services.registers.incoming import PURGED, checked_subject
from giamsat_desktop.services.registers.queries import outgoing_record

_FIELDS = (
    "issue_date",
    "type_code",
    "subject",
    "signer_name",
    "signer_position",
    "recipients",
    "file_copy_holder",
    "copies",
    "transfer_date",
    "urgency",
    "secrecy",
    "notes",
)


def clean_draft(draft: OutgoingDraft, *, stored_subject: str | None = None) -> OutgoingDraft:
    """The draft as stored, or a ValidationError naming the field.

    Args:
        draft: The outgoing document as the clerk typed it.
        stored_subject: The subject stored before this edit (None for a new document); left
            as it was, it is kept even over the limit (see :func:`checked_subject`).

    Returns:
        The cleaned draft, a công văn without a type code, its answers each once, in order.
    """
    type_code = single_line(draft.type_code, "type_code", 10, required=False)
    known = by_code(type_code) if type_code else None
    if type_code and known is None:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="type_code", reason=type_code)
    if known is CONG_VAN:
        type_code = ""  # state style: a công văn has no type code in its symbol
    if draft.copies is not None and not 0 < draft.copies < 10_000:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="copies", reason=draft.copies)
    if draft.transfer_date is not None and draft.transfer_date < draft.issue_date:
        raise ValidationError(ErrorCode.DATE_AFTER, field="issue_date", other="transfer_date")
    return OutgoingDraft(
        issue_date=draft.issue_date,
        subject=checked_subject(draft.subject, stored_subject),
        type_code=known.code if known and type_code else "",
        signer_name=single_line(draft.signer_name, "signer_name", 200, required=False),
        signer_position=single_line(draft.signer_position, "signer_position", 200, required=False),
        recipients=multi_line(draft.recipients, "recipients", 2000),
        file_copy_holder=single_line(
            draft.file_copy_holder, "file_copy_holder", 200, required=False
        ),
        copies=draft.copies,
        transfer_date=draft.transfer_date,
        urgency=Urgency(draft.urgency),
        secrecy=Secrecy(draft.secrecy),
        notes=multi_line(draft.notes, "notes", 10_000),
        answers=tuple(sorted(set(draft.answers))),
    )


def _values(draft: OutgoingDraft) -> dict[str, Any]:
    values = {name: getattr(draft, name) for name in _FIELDS}
    values["urgency"] = draft.urgency.value
    values["secrecy"] = draft.secrecy.value
    return values


def _answers(session: Session, outgoing_id: int) -> tuple[int, ...]:
    return tuple(
        sorted(
            session.scalars(
                select(OutgoingAnswer.incoming_id).where(OutgoingAnswer.outgoing_id == outgoing_id)
            )
        )
    )


def _audit_fields(session: Session, row: OutgoingDocument) -> dict[str, Any]:
    fields = {name: getattr(row, name) for name in _FIELDS}
    fields["symbol"] = row.symbol
    fields["answers"] = list(_answers(session, row.id))
    fields["cancel_reason"] = row.cancel_reason
    return fields


def _set_answers(session: Session, outgoing_id: int, answers: tuple[int, ...]) -> None:
    found = set(
        session.scalars(select(IncomingDocument.id).where(IncomingDocument.id.in_(answers)))
    )
    for missing in sorted(set(answers) - found):
        raise NotFoundError(ErrorCode.NOT_FOUND, what="incoming", id=missing)
    session.execute(delete(OutgoingAnswer).where(OutgoingAnswer.outgoing_id == outgoing_id))
    for incoming_id in answers:
        session.add(OutgoingAnswer(outgoing_id=outgoing_id, incoming_id=incoming_id))


def _search_text(row: OutgoingDocument) -> str:
    return fold(" ".join((row.symbol, row.subject, row.recipients, row.notes)))


def _result(session: Session, row: OutgoingDocument) -> OutgoingRecord:
    count = attachment_count(session, OutgoingAttachment, row.id)
    return outgoing_record(row, _answers(session, row.id), count)


_DOCUMENTS = DocumentKind(
    "outgoing", OutgoingDocument, OutgoingAttachment, Area.OUTGOING, _audit_fields, _result
)

get_outgoing = _DOCUMENTS.get
"""One outgoing document."""
cancel_outgoing = _DOCUMENTS.cancel
"""Cancel with a reason: the line and its number stay."""
cancel_in = _DOCUMENTS.cancel_in
"""Cancel inside the caller's transaction (a letter cancelled with its line)."""


def propose_outgoing_number(factory: SessionFactory, draft: OutgoingDraft) -> tuple[int, str]:
    """The number and symbol the draft would get if saved now."""
    with factory() as session:
        office = office_in(session)
        suffix = office.symbol_suffix if office else "MTTQ-BTT"
        number = peek_next_number(
            session, BookKind.OUTGOING, draft.issue_date.year, Secrecy(draft.secrecy).is_secret
        )
    known = by_code(draft.type_code) if draft.type_code else None
    type_code = known.code if known is not None and known is not CONG_VAN else None
    return number, format_state_symbol(number, type_code, suffix)


def register_outgoing(
    factory: SessionFactory, actor: Actor, draft: OutgoingDraft
) -> tuple[OutgoingRecord, Changes]:
    """Number the document, make its symbol (``15/BC-MTTQ-BTT``) and enter it in the book."""
    require_write(actor)
    with unit_of_work(factory) as session:
        record = enter_outgoing(session, actor, draft)
    return record, Changes.of(Area.OUTGOING, Area.INCOMING)


def enter_outgoing(session: Session, actor: Actor, draft: OutgoingDraft) -> OutgoingRecord:
    """Number and enter a document inside the caller's transaction (a letter's issue)."""
    clean = clean_draft(draft)
    office = office_in(session)
    if office is None:
        raise ConflictError(ErrorCode.OFFICE_MISSING)
    book = own_book(session, BookKind.OUTGOING, clean.issue_date.year, clean.secrecy.is_secret)
    number = take_next_number(session, book)
    row = OutgoingDocument(
        book_id=book.id,
        number=number,
        number_text=f"{number:02d}",
        symbol=format_state_symbol(number, clean.type_code or None, office.symbol_suffix),
        **_values(clean),
    )
    row.search_text = _search_text(row)
    session.add(row)
    session.flush()
    _set_answers(session, row.id, clean.answers)
    return _DOCUMENTS.recorded(session, actor, "create", row, None)


def update_outgoing(
    factory: SessionFactory, actor: Actor, document_id: int, draft: OutgoingDraft, version: int
) -> tuple[OutgoingRecord, Changes]:
    """Save an edited outgoing document; its number and symbol never change."""

    def edit(session: Session, row: OutgoingDocument) -> None:
        clean = clean_draft(draft, stored_subject=row.subject)
        if clean.issue_date.year != row.issue_date.year:
            raise ValidationError(
                ErrorCode.YEAR_FIXED, field="issue_date", year=row.issue_date.year
            )
        # The symbol carries the type and the book carries the secrecy: both are fixed.
        if clean.type_code != row.type_code:
            raise ValidationError(ErrorCode.FIELD_INVALID, field="type_code", reason=row.symbol)
        if clean.secrecy.value != row.secrecy:
            raise ValidationError(ErrorCode.FIELD_INVALID, field="secrecy", reason=row.symbol)
        for name, value in _values(clean).items():
            setattr(row, name, value)
        row.search_text = _search_text(row)
        row.updated_at = utc_now()
        _set_answers(session, row.id, clean.answers)

    record = _DOCUMENTS.update(factory, actor, document_id, version, edit)
    return record, Changes.of(Area.OUTGOING, Area.INCOMING)


def _clear(session: Session, row: OutgoingDocument) -> None:
    """Empty what a purged outgoing document said and answered; number, symbol, date stay."""
    session.execute(delete(OutgoingAnswer).where(OutgoingAnswer.outgoing_id == row.id))
    for name in ("signer_name", "signer_position", "recipients", "file_copy_holder", "notes"):
        setattr(row, name, "")
    row.subject = PURGED
    row.copies = row.transfer_date = None


def purge_outgoing(
    factory: SessionFactory, actor: Actor, document_id: int, version: int
) -> Changes:
    """Remove a cancelled document's content for good (administrators only).

    The line stays with its number, symbol and date, so the number is never given again and
    the register shows where it went; subject, recipients, files and links go.
    """
    return _DOCUMENTS.purge(factory, actor, document_id, version, _clear)


def answered_by(factory: SessionFactory, actor: Actor, incoming_id: int) -> list[OutgoingRecord]:
    """Outgoing documents that answer an incoming one (the link seen from the other side)."""
    query = (
        select(OutgoingDocument)
        .join(OutgoingAnswer, OutgoingAnswer.outgoing_id == OutgoingDocument.id)
        .where(OutgoingAnswer.incoming_id == incoming_id)
        .order_by(OutgoingDocument.issue_date)
    )
    if actor.role is Role.VIEWER:
        query = query.where(OutgoingDocument.secrecy == Secrecy.NORMAL.value)
    with factory() as session:
        rows = session.scalars(query).all()
        return [_result(session, row) for row in rows]
