"""Letters as records: a new draft from the office's wording, saved, read, listed, cancelled.

Issuing (the number, the register line, the files) is in ``issue``. Every write is one
transaction with its audit entry, refused for a viewer; a secret letter is hidden from a
viewer; a stale save is refused (the version counter), as for every record.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import BoardMember, Letter, OutgoingDocument
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.board import BoardPosition, signature_block
from giamsat_desktop.domain.document_names import document_name, document_subject
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError, ValidationError
from giamsat_desktop.domain.letter_wording import (
    ATTACHED,
    BODY,
    CLOSING,
    COPIES,
    COUNTERSIGNATURE,
    GROUNDS,
    SIGNATURE,
)
from giamsat_desktop.domain.letters import (
    LetterContent,
    LetterDraft,
    LetterForm,
    LetterRecord,
    LetterState,
)
from giamsat_desktop.domain.text import normalize_line
from giamsat_desktop.services.catalog.board import active_chair
from giamsat_desktop.services.catalog.office import office_in
from giamsat_desktop.services.catalog.office_settings import fill, texts_in
from giamsat_desktop.services.common import audit, clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import multi_line, require_write, single_line
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.registers.documents import visible

ENTITY = "letter"
"""The kind of record in the audit log and in error messages."""
LINE_LIMIT = 500
BODY_LIMIT = 100_000


_FORM_PARTS = ("attached_to", "signature", "countersignature", "countersigner")
"""Parts only some forms have: stored only when filled, so a công văn's JSON stays as it was."""


def content_json(content: LetterContent) -> str:
    """The content as stored."""
    data: dict[str, Any] = {
        "subject": content.subject,
        "recipients": list(content.recipients),
        "body": content.body,
        "copies_to": list(content.copies_to),
        "grounds": list(content.grounds),
    }
    for name in _FORM_PARTS:
        value = getattr(content, name)
        if value:
            data[name] = list(value) if isinstance(value, tuple) else value
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def content_of(text: str) -> LetterContent:
    """The content a stored JSON holds."""
    data: dict[str, Any] = json.loads(text or "{}")

    def lines(name: str) -> tuple[str, ...]:
        return tuple(str(line) for line in data.get(name, []))

    return LetterContent(
        subject=str(data.get("subject", "")),
        recipients=lines("recipients"),
        body=str(data.get("body", "")),
        copies_to=lines("copies_to"),
        grounds=lines("grounds"),
        attached_to=str(data.get("attached_to", "")),
        signature=lines("signature"),
        countersignature=lines("countersignature"),
        countersigner=str(data.get("countersigner", "")),
    )


def _line_cancelled(row: Letter) -> bool:
    """Whether an issued letter's register line was cancelled in Văn bản đi since."""
    session = object_session(row)
    if row.outgoing_id is None or session is None:
        return False
    cancelled = session.scalar(
        select(OutgoingDocument.cancelled_at).where(OutgoingDocument.id == row.outgoing_id)
    )
    return cancelled is not None


def record_of(row: Letter, line_cancelled: bool | None = None) -> LetterRecord:
    """The letter as the window and the prints see it.

    An issued letter whose line was cancelled in the outgoing register reads as cancelled
    (``line_cancelled``: known already for a list, else looked up).
    """
    position = BoardPosition(row.signer_position) if row.signer_position else BoardPosition.CHAIR
    state = LetterState(row.state)
    if state is LetterState.ISSUED and (
        _line_cancelled(row) if line_cancelled is None else line_cancelled
    ):
        state = LetterState.CANCELLED
    return LetterRecord(
        id=row.id,
        form=LetterForm(row.form),
        state=state,
        content=content_of(row.content),
        signer_id=row.signer_id,
        signer_name=row.signer_name,
        signature=signature_block(position),
        secrecy=Secrecy(row.secrecy),
        version=row.version,
        source_kind=row.source_kind,
        source_id=row.source_id,
        number=row.number,
        symbol=row.symbol,
        issue_date=row.issue_date,
        outgoing_id=row.outgoing_id,
        created_at=row.created_at,
        cancel_reason=row.cancel_reason,
    )


def audit_fields(row: Letter) -> dict[str, Any]:
    """What the change log keeps of a letter."""
    return {
        "form": row.form,
        "state": row.state,
        "subject": row.subject,
        "signer_name": row.signer_name,
        "secrecy": row.secrecy,
        "number": row.number,
        "symbol": row.symbol,
        "content": row.content,
    }


def _lines(lines: tuple[str, ...], field: str) -> tuple[str, ...]:
    return tuple(
        single_line(line, field, LINE_LIMIT) for line in (normalize_line(x) for x in lines) if line
    )


def clean_content(content: LetterContent) -> LetterContent:
    """The content as kept: single lines trimmed, empty lines dropped, the subject required."""
    return LetterContent(
        subject=single_line(content.subject, "subject", 1000),
        recipients=_lines(content.recipients, "recipients"),
        body=multi_line(content.body, "body", BODY_LIMIT),
        copies_to=_lines(content.copies_to, "copies_to"),
        grounds=_lines(content.grounds, "grounds"),
        attached_to=single_line(content.attached_to, "attached_to", 1000, required=False),
        signature=_lines(content.signature, "signature"),
        countersignature=_lines(content.countersignature, "countersignature"),
        countersigner=single_line(content.countersigner, "countersigner", 200, required=False),
    )


def signer_in(session: Session, signer_id: int | None) -> tuple[int | None, str, str]:
    """The signer's id, name and position: the member chosen, else the active chair."""
    if signer_id is not None:
        member = session.get(BoardMember, signer_id)
        if member is None or not member.active:
            raise ValidationError(ErrorCode.FIELD_INVALID, field="signer", reason=str(signer_id))
        return member.id, member.full_name, member.position
    chair = active_chair(session)
    if chair is not None:
        return chair.id, chair.full_name, chair.position
    office = office_in(session)
    name = office.chair_name if office else ""
    return None, name, BoardPosition.CHAIR.value if name else ""


def load(session: Session, actor: Actor, letter_id: int, version: int | None = None) -> Letter:
    """The letter's row; refused when unknown, hidden from ``actor`` or saved since."""
    row = session.get(Letter, letter_id)
    if row is None or not visible(actor, row.secrecy):
        raise NotFoundError(ErrorCode.NOT_FOUND, what=ENTITY, id=letter_id)
    if version is not None and row.version != version:
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY)
    return row


def new_content(factory: SessionFactory, form: LetterForm) -> LetterContent:
    """A new draft's content: the office's standard wording, its placeholders filled."""
    with factory() as session:
        return _content_from(form, texts_in(session), _placeholder_values(session))


def standard_parts(
    factory: SessionFactory, form: LetterForm, year: int | None = None
) -> dict[str, str]:
    """A form's standard parts in the office's wording by part name, placeholders filled.

    ``{year}`` is ``year`` when given (a plan for next year's session), else this year.
    """
    with factory() as session:
        texts, values = texts_in(session), _placeholder_values(session)
    if year is not None:
        values["year"] = str(year)
    start = f"{form.value}."
    return {
        key[len(start) :]: fill(text, values)
        for key, text in texts.items()
        if key.startswith(start)
    }


def save_new(
    factory: SessionFactory,
    actor: Actor,
    form: LetterForm,
    content: LetterContent,
    source_kind: str,
    source_id: int,
    signer_id: int | None = None,
) -> tuple[LetterRecord, Changes]:
    """Save a new draft of a record's letter, signed by ``signer_id`` (None: the chair)."""
    draft = LetterDraft(
        form, content, signer_id=signer_id, source_kind=source_kind, source_id=source_id
    )
    return save_letter(factory, actor, draft)


def save_letter(
    factory: SessionFactory,
    actor: Actor,
    draft: LetterDraft,
    letter_id: int | None = None,
    version: int | None = None,
) -> tuple[LetterRecord, Changes]:
    """Save a new draft, or an edited one (``letter_id`` and the ``version`` read)."""
    require_write(actor)
    content = clean_content(draft.content)
    with unit_of_work(factory) as session:
        signer_id, signer_name, position = signer_in(session, draft.signer_id)
        if letter_id is None:
            row = Letter(form=draft.form.value, state=LetterState.DRAFT.value)
            row.source_kind, row.source_id = draft.source_kind, draft.source_id
            old = None
            session.add(row)
        else:
            row = load(session, actor, letter_id, version)
            if row.state != LetterState.DRAFT.value:
                raise ConflictError(ErrorCode.LETTER_ISSUED, symbol=row.symbol or row.id)
            old = audit_fields(row)
            row.updated_at = utc_now()
        row.subject = content.subject
        row.content = content_json(content)
        row.signer_id, row.signer_name, row.signer_position = signer_id, signer_name, position
        row.secrecy = Secrecy(draft.secrecy).value
        session.flush()
        action = "create" if old is None else "update"
        audit.record(session, actor, action, ENTITY, row.id, old, audit_fields(row))
        record = record_of(row)
    return record, Changes.of(Area.LETTERS)


def get_letter(factory: SessionFactory, actor: Actor, letter_id: int) -> LetterRecord:
    """One letter (hidden from a viewer when secret)."""
    with factory() as session:
        return record_of(load(session, actor, letter_id))


def list_letters(
    factory: SessionFactory,
    actor: Actor,
    *,
    source_kind: str | None = None,
    source_id: int | None = None,
    form: LetterForm | None = None,
) -> list[LetterRecord]:
    """Letters, newest first; those of one record, or of one form, when asked."""
    query = select(Letter).order_by(Letter.id.desc())
    if source_kind is not None:
        query = query.where(Letter.source_kind == source_kind, Letter.source_id == source_id)
    if form is not None:
        query = query.where(Letter.form == form.value)
    with factory() as session:
        rows = [row for row in session.scalars(query) if visible(actor, row.secrecy)]
        lines = [row.outgoing_id for row in rows if row.outgoing_id is not None]
        cancelled = set(
            session.scalars(
                select(OutgoingDocument.id).where(
                    OutgoingDocument.id.in_(lines), OutgoingDocument.cancelled_at.is_not(None)
                )
            )
        )
        return [record_of(row, row.outgoing_id in cancelled) for row in rows]


def current_letter(
    factory: SessionFactory, actor: Actor, form: LetterForm, source_kind: str, source_id: int
) -> LetterRecord | None:
    """A record's letter of ``form`` to print: its open draft, else its last issued one."""
    mine = list_letters(factory, actor, source_kind=source_kind, source_id=source_id, form=form)
    letters = [letter for letter in mine if letter.state is not LetterState.CANCELLED]
    drafts = [letter for letter in letters if letter.is_draft]
    chosen = drafts or letters
    return chosen[0] if chosen else None


def discard_draft(factory: SessionFactory, actor: Actor, letter_id: int, version: int) -> Changes:
    """Drop a draft that will not be issued (kept in the change log; it had no number)."""
    require_write(actor)
    with unit_of_work(factory) as session:
        row = load(session, actor, letter_id, version)
        if row.state != LetterState.DRAFT.value:
            raise ConflictError(ErrorCode.LETTER_ISSUED, symbol=row.symbol or row.id)
        old = audit_fields(row)
        row.state = LetterState.CANCELLED.value
        row.updated_at = utc_now()
        session.flush()
        audit.record(session, actor, "cancel", ENTITY, row.id, old, audit_fields(row))
    return Changes.of(Area.LETTERS)


SAMPLE_SUBJECT = "… (mẫu)"
"""The subject of a sample letter: it prints "V/v … (mẫu)"."""
SAMPLE_LINE = "…"
"""Where the clerk's own words go in a sample letter (Kính gửi, the body)."""


def _placeholder_values(session: Session) -> dict[str, str]:
    """What the standard texts' placeholders stand for in this office, this year."""
    office = office_in(session)
    return {
        "office": office.name if office else "",
        "place": office.place_name if office else "",
        "higher": office.higher_body if office else "",
        "year": str(clock.today().year),
    }


def _content_from(
    form: LetterForm, texts: Mapping[str, str], values: Mapping[str, str]
) -> LetterContent:
    """A new letter's content from the wording ``texts`` (by key), placeholders filled.

    The body is the form's outline (its headings, a decision's articles), then its closing
    words; the "Căn cứ" lines, "Nơi nhận", what an outline goes with and a biên bản's two
    signature blocks come from their parts. A part the form does not have stays empty.
    """

    def part(name: str) -> str:
        key = f"{form.value}.{name}"
        return fill(texts[key], values) if key in texts else ""

    def lines(name: str) -> tuple[str, ...]:
        return tuple(line.strip() for line in part(name).splitlines() if line.strip())

    body = "\n".join(text for text in (part(BODY), part(CLOSING)) if text)
    return LetterContent(
        subject="",
        body=body,
        copies_to=lines(COPIES),
        grounds=lines(GROUNDS),
        attached_to=part(ATTACHED),
        signature=lines(SIGNATURE),
        countersignature=lines(COUNTERSIGNATURE),
    )


def sample_content(
    factory: SessionFactory, form: LetterForm, texts: Mapping[str, str]
) -> LetterContent:
    """A sample letter of ``form`` worded with ``texts`` as typed (Cài đặt → Mẫu văn bản).

    The parts named in ``texts`` (by key) replace the office's wording, the others keep it;
    placeholders are filled as for a new draft. The subject reads "… (mẫu)" ("V/v … (mẫu)"
    on a công văn), and "…" stands where the clerk writes Kính gửi and, for a form without
    an outline of its body, the body, above the closing words.
    """
    with factory() as session:
        values = _placeholder_values(session)
        wording = {**texts_in(session), **texts}
    content = _content_from(form, wording, values)
    body = content.body
    if f"{form.value}.{BODY}" not in wording:  # no outline: "…" where the clerk writes
        body = f"{SAMPLE_LINE}\n{body}" if body else SAMPLE_LINE
    recipients = (SAMPLE_LINE,) if form.shape.recipients else ()
    countersigner = SAMPLE_LINE if form.shape.two_sides else ""
    return replace(
        content,
        subject=SAMPLE_SUBJECT,
        recipients=recipients,
        body=body,
        countersigner=countersigner,
    )


SOURCE_INCOMING = "incoming"
"""A letter answering an incoming document (its ``source_kind``)."""

ContentMaker = Callable[[], LetterContent]
"""Makes a new letter's content from its record, when the record has no draft to reopen.

A feature above the letters (tasks, recommendations …) drafts its own letters from its own
records: it passes one of these to :func:`draft_for_record` with its own ``source_kind``.
"""

def content_for_record(
    factory: SessionFactory, actor: Actor, form: LetterForm, source_kind: str, source_id: int
) -> LetterContent:
    """A new letter answering a record: what the record says filled in, then the wording.

    A công văn answering an incoming document is addressed to its issuer, names it in the
    subject ("trả lời Công văn số 558-CV/ĐUK ngày 02/12/2026 của …") and in its opening line.

    Raises:
        NotFoundError: no such record, or hidden from ``actor``.
        ValueError: a form that answers no record of that kind.
    """
    if form is not LetterForm.CONG_VAN or source_kind != SOURCE_INCOMING:
        raise ValueError((form, source_kind))
    asked = incoming.get_incoming(factory, actor, source_id)
    document = document_name(asked)
    start = new_content(factory, form)
    opening = (
        f"Ban Thường trực nhận được {document} về việc {document_subject(asked)}. "
        "Sau khi nghiên cứu, Ban Thường trực trả lời như sau:"
    )
    return replace(
        start,
        subject=f"trả lời {document}",
        recipients=(asked.issuer,),
        body=f"{opening}\n{start.body}" if start.body else opening,
    )


def open_draft(
    factory: SessionFactory, actor: Actor, form: LetterForm, source_kind: str, source_id: int
) -> LetterRecord | None:
    """A record's letter of ``form`` still being drafted (the newest), if any."""
    found = current_letter(factory, actor, form, source_kind, source_id)
    return found if found is not None and found.is_draft else None


def draft_for_record(
    factory: SessionFactory,
    actor: Actor,
    form: LetterForm,
    source_kind: str,
    source_id: int,
    *,
    new: bool = False,
    content: ContentMaker | None = None,
) -> tuple[LetterRecord, Changes]:
    """A record's letter of ``form`` to print, made and saved as a draft when it has none.

    Its open draft, else its last issued letter, else a new draft made from the record;
    ``new`` makes a new draft even when one was issued. ``content`` makes the new draft's
    content for a ``source_kind`` of a feature above the letters; without it the record is
    one the letters know (an incoming document answered, ``SOURCE_INCOMING``).
    """
    if not new:
        found = current_letter(factory, actor, form, source_kind, source_id)
        if found is not None:
            return found, Changes.of()
    made = (
        content()
        if content is not None
        else content_for_record(factory, actor, form, source_kind, source_id)
    )
    draft = LetterDraft(form, made, source_kind=source_kind, source_id=source_id)
    return save_letter(factory, actor, draft)
