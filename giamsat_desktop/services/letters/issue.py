"""Issuing a letter (Phát hành), cancelling an issued one, and printing either.

Issuing is one transaction: the next number of the year's outgoing series (the secret series
for a secret letter), the outgoing register's line (type, subject, signer, recipients from
Nơi nhận), the issued PDF and Word files kept as its attachments, the letter numbered, dated
and linked to the line, with their audit entries. Two PCs issuing at once on a shared
database get two numbers (the numbering lock of ``registers.books``). An issued letter is
locked: it reprints from its stored files; a correction is a cancel and a new letter.

A form that takes no number (a biên bản, an outline: ``FormShape.numbered``) is issued
without a number nor a register line: it is dated, made final (no "DỰ THẢO") and locked,
and reprints from its locked record; cancelling it touches no register either.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import Letter
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.board import BoardPosition, SignatureBlock, signature_block
from giamsat_desktop.domain.errors import ConflictError, ErrorCode
from giamsat_desktop.domain.letters import (
    FORM_TYPE_CODES,
    FORM_TYPE_NAMES,
    LetterDraft,
    LetterForm,
    LetterRecord,
    LetterState,
    body_blocks,
    printed_subject,
)
from giamsat_desktop.domain.office import OfficeInfo
from giamsat_desktop.domain.official_document import OfficialDocument, Signer, board_authority
from giamsat_desktop.domain.registers import OutgoingDraft
from giamsat_desktop.reports.letters.pdf import render_pdf
from giamsat_desktop.reports.letters.word import render_docx
from giamsat_desktop.services.catalog.office import office_in
from giamsat_desktop.services.common import audit, clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import require_write
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.letters.drafts import (
    ENTITY,
    SOURCE_INCOMING,
    audit_fields,
    clean_content,
    load,
    record_of,
    signer_in,
)
from giamsat_desktop.services.registers import outgoing

PDF, DOCX = "pdf", "docx"
FORMATS = (PDF, DOCX)
"""What a letter prints to: a PDF to sign and send, a Word file to adjust."""


@dataclass(frozen=True, slots=True)
class PrintedLetter:
    """A letter's file: its bytes and the name to save it under."""

    name: str
    data: bytes


def official_document(
    office: OfficeInfo,
    letter: LetterRecord,
    *,
    number: int | None = None,
    date: dt.date | None = None,
) -> OfficialDocument:
    """The letter as an official document: a draft without number, or numbered and dated.

    The form's shape decides the rest: a decision's issuing body and ``QUYẾT ĐỊNH:`` around
    its "Căn cứ" lines and its articles, a biên bản's two signature columns, an outline's
    "(Kèm theo …)" line and no signature; a form without number is final once issued.
    """
    shape = letter.form.shape
    content = letter.content
    signer = None
    if shape.signed:
        block = _block(content.signature) if content.signature else letter.signature
        signer = Signer(block, letter.signer_name)
    countersigner = None
    if shape.two_sides:
        countersigner = Signer(_block(content.countersignature), content.countersigner)
    return OfficialDocument(
        office=office,
        type_code=FORM_TYPE_CODES[letter.form],
        type_name=FORM_TYPE_NAMES[letter.form],
        subject=printed_subject(letter.form, content.subject),
        signer=signer,
        date=date,
        number=number if shape.numbered else None,
        recipients=content.recipients,
        grounds=content.grounds,
        body=body_blocks(content.body, articles=shape.articles),
        copies_to=content.copies_to,
        year=(date or clock.today()).year,
        numbered=shape.numbered,
        dated=shape.dated,
        final=letter.state is not LetterState.DRAFT,
        authority=board_authority(office) if shape.authority else "",
        enacting=shape.enacting,
        attached_to=content.attached_to,
        countersigner=countersigner,
        has_copies=shape.copies,
    )


def _block(lines: tuple[str, ...]) -> SignatureBlock:
    """A signature block from its lines as typed (the first two: authority, title)."""
    return SignatureBlock(lines[0] if lines else "", lines[1] if len(lines) > 1 else "")


def render(document: OfficialDocument, fmt: str) -> bytes:
    """The document as a PDF or a Word file."""
    if fmt == PDF:
        return render_pdf(document)
    if fmt == DOCX:
        return render_docx(document)
    raise ValueError(fmt)


def file_stem(letter: LetterRecord) -> str:
    """The files' name: the symbol (``16-MTTQ-BTT``), ``du-thao-<id>`` for a draft.

    An issued form without number is named by its form and Mã số: ``bien-ban-<id>``.
    """
    if letter.symbol:
        return letter.symbol.replace("/", "-")
    if letter.is_draft:
        return f"du-thao-{letter.id}"
    return f"{letter.form.value.replace('_', '-')}-{letter.id}"


def issue_letter(
    factory: SessionFactory,
    actor: Actor,
    data_folder: Path,
    letter_id: int,
    version: int,
    *,
    issue_date: dt.date | None = None,
    then: Callable[[Session, LetterRecord], object] | None = None,
) -> tuple[LetterRecord, Changes]:
    """Number the draft, enter it in the outgoing register and keep its files, at once.

    ``then`` runs inside the same transaction with the issued letter: the feature whose
    record the letter marks (a plan issued moves its session to "planned") moves it there,
    so that either both happen or neither.

    Raises:
        ConflictError: issued already (``LETTER_ISSUED``, naming its symbol), saved since
            (``STALE_EDIT``), no signer (``NO_SIGNER``) or no office.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    day = issue_date or clock.today()
    with unit_of_work(factory) as session:
        row = load(session, actor, letter_id, version)
        if row.state != LetterState.DRAFT.value:
            raise ConflictError(ErrorCode.LETTER_ISSUED, symbol=row.symbol or row.id)
        letter = record_of(row)
        if letter.form.shape.signed and not row.signer_name:
            raise ConflictError(ErrorCode.NO_SIGNER)
        office = office_in(session)
        if office is None:
            raise ConflictError(ErrorCode.OFFICE_MISSING)
        old = audit_fields(row)
        if not letter.form.shape.numbered:
            return _make_final(session, actor, row, old, day, then)
        entry = outgoing.enter_outgoing(
            session,
            actor,
            OutgoingDraft(
                issue_date=day,
                subject=letter.content.subject,
                type_code=FORM_TYPE_CODES[letter.form],
                signer_name=letter.signer_name,
                signer_position=letter.signature.title.capitalize(),
                recipients="; ".join(_recipients(letter)),
                secrecy=letter.secrecy,
                answers=_answered(letter),
            ),
        )
        document = official_document(office, letter, number=entry.number, date=day)
        stem = entry.symbol.replace("/", "-")
        files = []
        for fmt in FORMATS:
            name = f"{stem}.{fmt}"
            checksum, size = attachments.store_bytes(data_folder, name, render(document, fmt))
            files.append((name, checksum, size))
        attachments.link_stored(session, actor, data_folder, "outgoing", entry.id, files)
        row.state = LetterState.ISSUED.value
        row.number, row.symbol, row.issue_date = entry.number, entry.symbol, day
        row.outgoing_id = entry.id
        row.updated_at = utc_now()
        session.flush()
        audit.record(session, actor, "issue", ENTITY, row.id, old, audit_fields(row))
        issued = record_of(row)
        if then is not None:
            then(session, issued)
    return issued, Changes.of(Area.LETTERS, Area.OUTGOING)


def _make_final(
    session: Session,
    actor: Actor,
    row: Letter,
    old: dict[str, object],
    day: dt.date,
    then: Callable[[Session, LetterRecord], object] | None,
) -> tuple[LetterRecord, Changes]:
    """Issue a form that takes no number: dated and locked, no register line, no number."""
    row.state = LetterState.ISSUED.value
    row.issue_date = day
    row.updated_at = utc_now()
    session.flush()
    audit.record(session, actor, "issue", ENTITY, row.id, old, audit_fields(row))
    issued = record_of(row)
    if then is not None:
        then(session, issued)
    return issued, Changes.of(Area.LETTERS)


def _answered(letter: LetterRecord) -> tuple[int, ...]:
    """The incoming document a reply answers, linked both ways in the registers."""
    if letter.source_kind == SOURCE_INCOMING and letter.source_id is not None:
        return (letter.source_id,)
    return ()


def _recipients(letter: LetterRecord) -> tuple[str, ...]:
    """Who receives it, for the register: Kính gửi, else Nơi nhận without the office's copy."""
    if letter.content.recipients:
        return letter.content.recipients
    return tuple(
        line.lstrip("-+ ").rstrip(";.")
        for line in letter.content.copies_to
        if not line.lstrip("-+ ").lower().startswith(("lưu", "như trên"))
    )


def cancel_letter(
    factory: SessionFactory, actor: Actor, letter_id: int, version: int, reason: str
) -> tuple[LetterRecord, Changes]:
    """Cancel an issued letter with its register line; its number is never given again.

    A form without number has no register line: only the letter is cancelled.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = load(session, actor, letter_id, version)
        if record_of(row).state is LetterState.CANCELLED:
            raise ConflictError(ErrorCode.ALREADY_CANCELLED)
        unnumbered = not LetterForm(row.form).shape.numbered
        if row.state != LetterState.ISSUED.value or (row.outgoing_id is None and not unnumbered):
            raise ConflictError(ErrorCode.LETTER_NOT_ISSUED)
        old = audit_fields(row)
        if row.outgoing_id is not None:
            outgoing.cancel_in(session, actor, row.outgoing_id, reason)
        row.state = LetterState.CANCELLED.value
        row.cancel_reason = reason.strip()
        row.updated_at = utc_now()
        session.flush()
        audit.record(session, actor, "cancel", ENTITY, row.id, old, audit_fields(row))
        cancelled = record_of(row)
    return cancelled, Changes.of(Area.LETTERS, Area.OUTGOING)


def print_letter(
    factory: SessionFactory,
    actor: Actor,
    data_folder: Path,
    letter_id: int,
    fmt: str,
) -> PrintedLetter:
    """A letter's PDF or Word file: a draft made now, an issued one from its stored file."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    with factory() as session:
        row = load(session, actor, letter_id)
        letter = record_of(row)
        office = office_in(session)
    if office is None:
        raise ConflictError(ErrorCode.OFFICE_MISSING)
    name = f"{file_stem(letter)}.{fmt}"
    if letter.outgoing_id is not None:
        for attached in attachments.list_attachments(factory, "outgoing", letter.outgoing_id):
            if attached.file_name == name:
                path = attachments.local_copy(factory, data_folder, attached.sha256, name)
                return PrintedLetter(name, path.read_bytes())
    # A draft, or an issued letter whose stored file is gone: made again from its record.
    document = official_document(office, letter, number=letter.number, date=letter.issue_date)
    return PrintedLetter(name, render(document, fmt))


def preview_letter(
    factory: SessionFactory, draft: LetterDraft, fmt: str = PDF, *, letter_id: int = 0
) -> PrintedLetter:
    """A draft as typed, not saved yet, printed as it would be (number blank, DỰ THẢO)."""
    content = clean_content(draft.content)
    with factory() as session:
        office = office_in(session)
        signer_id, name, position = signer_in(session, draft.signer_id)
    if office is None:
        raise ConflictError(ErrorCode.OFFICE_MISSING)
    letter = LetterRecord(
        id=letter_id,
        form=draft.form,
        state=LetterState.DRAFT,
        content=content,
        signer_id=signer_id,
        signer_name=name,
        signature=signature_block(BoardPosition(position or BoardPosition.CHAIR.value)),
        secrecy=draft.secrecy,
        version=0,
    )
    return PrintedLetter(
        f"{file_stem(letter)}.{fmt}", render(official_document(office, letter), fmt)
    )
