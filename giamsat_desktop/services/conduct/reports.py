"""Citizens' reports on a cán bộ, đảng viên (QĐ 124): read, add, change, remove.

Who reported is protected here, never in the window. A report read for an account that may
not see the reporter (``domain.conduct.sees_reporters``: a viewer, a clerk without the flag)
carries empty reporter fields. Such an account saving a report keeps the stored reporter as
it is and cannot set one. The reporter is not in the search text, and the change log says
that it changed (``REPORTER_CHANGED``), never what it was or became. Anyone who opens the
database file itself reads it: the user guide says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import CitizenReport, Letter
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.conduct import ReportChannel, ReportState, sees_reporters
from giamsat_desktop.domain.conduct_records import (
    IssuedLetter,
    ReportDraft,
    ReportRecord,
    state_needs,
)
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.domain.letters import LetterState
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.validation import multi_line, require_write, single_line
from giamsat_desktop.services.conduct.sessions import CHANGED

ENTITY = "citizen_report"
"""The kind of record in the audit log and in error messages."""
REPORTER_FIELD = "reporter"
"""The change log's one field for the reporter's name and contact together."""
REPORTER_CHANGED = "(đã thay đổi)"
"""What the change log keeps when the reporter was written or changed: never the values."""

NAME_LIMIT = 200
CONTACT_LIMIT = 300
TEXT_LIMIT = 8000
LETTERS_OFFERED = 500
"""Issued letters a report's picker offers, the newest first."""


def load(session: Session, key: int, version: int | None = None) -> CitizenReport:
    """The report's row; refused when unknown or saved since ``version`` was read."""
    row = session.get(CitizenReport, key)
    if row is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what=ENTITY, id=key)
    if version is not None and row.version != version:
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY)
    return row


def audit_fields(row: CitizenReport) -> dict[str, Any]:
    """What the change log keeps of a report: everything but who reported."""
    return {
        "report_received_on": row.received_on,
        "channel": row.channel,
        "reported_name": row.reported_name,
        "reported_position": row.reported_position,
        "report_content": row.content,
        "report_state": row.state,
        "forwarded_to": row.forwarded_to,
        "forwarded_on": row.forwarded_on,
        "letter_id": row.letter_id,
        "report_result": row.result,
        "result_on": row.result_on,
        "notes": row.notes,
    }


def search_text(row: CitizenReport) -> str:
    """The folded words a search finds it by; never the reporter's name or contact."""
    parts = [
        row.reported_name,
        row.reported_position,
        row.content,
        row.forwarded_to,
        row.result,
        row.notes,
    ]
    return fold(" ".join(parts))


def records_of(session: Session, actor: Actor, rows: Sequence[CitizenReport]) -> list[ReportRecord]:
    """Records of ``rows`` for ``actor``, in their order; the reporter only if it may see it."""
    shown = sees_reporters(actor)
    letters = {row.letter_id for row in rows if row.letter_id is not None}
    symbols: dict[int, str] = {}
    if letters:
        symbols = dict(
            session.execute(select(Letter.id, Letter.symbol).where(Letter.id.in_(letters)))
            .tuples()
            .all()
        )
    return [
        ReportRecord(
            id=row.id,
            received_on=row.received_on,
            channel=ReportChannel(row.channel),
            reporter_name=row.reporter_name if shown else "",
            reporter_contact=row.reporter_contact if shown else "",
            reporter_shown=shown,
            reported_name=row.reported_name,
            reported_position=row.reported_position,
            content=row.content,
            state=ReportState(row.state),
            forwarded_to=row.forwarded_to,
            forwarded_on=row.forwarded_on,
            letter_id=row.letter_id,
            letter_symbol=symbols.get(row.letter_id, "") if row.letter_id else "",
            result=row.result,
            result_on=row.result_on,
            notes=row.notes,
            year=row.year,
            version=row.version,
        )
        for row in rows
    ]


def get_report(factory: SessionFactory, actor: Actor, key: int) -> ReportRecord:
    """One report, as ``actor`` may see it."""
    with factory() as session:
        return records_of(session, actor, [load(session, key)])[0]


def issued_letters(factory: SessionFactory, actor: Actor) -> list[IssuedLetter]:
    """The issued letters a report may name as the one forwarding it, newest first."""
    with factory() as session:
        rows = session.execute(
            select(Letter.id, Letter.symbol, Letter.issue_date, Letter.subject)
            .where(Letter.state == LetterState.ISSUED.value)
            .order_by(Letter.issue_date.desc(), Letter.id.desc())
            .limit(LETTERS_OFFERED)
        ).tuples()
        return [IssuedLetter(key, symbol, day, subject) for key, symbol, day, subject in rows]


# ---------------------------------------------------------------------------------------------
# writing


def _checked(session: Session, draft: ReportDraft) -> ReportDraft:
    """The draft cleaned: texts trimmed and in bounds, the state's fields present."""
    if not isinstance(draft.channel, ReportChannel):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="channel", reason=draft.channel)
    if not isinstance(draft.state, ReportState):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="report_state", reason=draft.state)
    if draft.received_on is None:
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="report_received_on")
    clean = ReportDraft(
        received_on=draft.received_on,
        channel=draft.channel,
        reported_name=single_line(draft.reported_name, "reported_name", NAME_LIMIT),
        content=multi_line(draft.content, "report_content", TEXT_LIMIT, required=True),
        reporter_name=single_line(draft.reporter_name, "reporter", NAME_LIMIT, required=False),
        reporter_contact=single_line(
            draft.reporter_contact, "reporter", CONTACT_LIMIT, required=False
        ),
        reported_position=single_line(
            draft.reported_position, "reported_position", CONTACT_LIMIT, required=False
        ),
        state=draft.state,
        forwarded_to=single_line(draft.forwarded_to, "forwarded_to", CONTACT_LIMIT, required=False),
        forwarded_on=draft.forwarded_on,
        letter_id=draft.letter_id,
        result=multi_line(draft.result, "report_result", TEXT_LIMIT),
        result_on=draft.result_on,
        notes=multi_line(draft.notes, "notes", TEXT_LIMIT),
    )
    for field in state_needs(clean.state):
        if not getattr(clean, field):
            named = "report_result" if field == "result" else field
            raise ValidationError(ErrorCode.FIELD_REQUIRED, field=named)
    received = draft.received_on
    if clean.forwarded_on is not None and clean.forwarded_on < received:
        raise ValidationError(
            ErrorCode.DATE_AFTER, field="report_received_on", other="forwarded_on"
        )
    if (
        clean.result_on is not None
        and clean.forwarded_on is not None
        and clean.result_on < clean.forwarded_on
    ):
        raise ValidationError(ErrorCode.DATE_AFTER, field="forwarded_on", other="result_on")
    if clean.letter_id is not None:
        letter = session.get(Letter, clean.letter_id)
        if letter is None or letter.state != LetterState.ISSUED.value:
            raise ValidationError(
                ErrorCode.FIELD_INVALID, field="letter", reason=str(clean.letter_id)
            )
    return clean


def _fill(row: CitizenReport, clean: ReportDraft) -> None:
    assert clean.received_on is not None  # noqa: S101 - checked by _checked
    row.received_on = clean.received_on
    row.channel = clean.channel.value
    row.reported_name = clean.reported_name
    row.reported_position = clean.reported_position
    row.content = clean.content
    row.state = clean.state.value
    handled = clean.state in (ReportState.FORWARDED, ReportState.RESOLVED)
    row.forwarded_to = clean.forwarded_to if handled else ""
    row.forwarded_on = clean.forwarded_on if handled else None
    row.letter_id = clean.letter_id if handled else None
    resolved = clean.state is ReportState.RESOLVED
    row.result = clean.result if resolved or clean.state is ReportState.FILED else ""
    row.result_on = clean.result_on if resolved else None
    row.notes = clean.notes
    row.year = clean.received_on.year
    row.search_text = search_text(row)


def _reporter_kept(actor: Actor, clean: ReportDraft) -> bool:
    """Whether the reporter of ``clean`` is to be written; refused for one who may not see it."""
    if sees_reporters(actor):
        return True
    if clean.reporter_name or clean.reporter_contact:
        raise PermissionDeniedError(ErrorCode.NOT_ALLOWED, user=actor.user_name)
    return False


def write_new(session: Session, actor: Actor, draft: ReportDraft) -> CitizenReport:
    """Write a new report in the caller's transaction, audited without the reporter."""
    clean = _checked(session, draft)
    row = CitizenReport()
    _fill(row, clean)
    if _reporter_kept(actor, clean):
        row.reporter_name = clean.reporter_name
        row.reporter_contact = clean.reporter_contact
    session.add(row)
    session.flush()
    after = audit_fields(row)
    if row.reporter_name or row.reporter_contact:
        after[REPORTER_FIELD] = REPORTER_CHANGED
    audit.record(session, actor, "create", ENTITY, row.id, None, after)
    return row


def create_report(
    factory: SessionFactory, actor: Actor, draft: ReportDraft
) -> tuple[ReportRecord, Changes]:
    """Write a new report.

    Raises:
        ValidationError: no day, no person reported on, no content, a state without its
            fields, a day before the one it follows, a letter not issued.
        PermissionDeniedError: a viewer; a reporter given by an account that may not see it.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = write_new(session, actor, draft)
        return records_of(session, actor, [row])[0], CHANGED


def update_report(
    factory: SessionFactory, actor: Actor, key: int, version: int, draft: ReportDraft
) -> tuple[ReportRecord, Changes]:
    """Change a report; an account that may not see the reporter keeps the one stored.

    Raises:
        ConflictError: saved by someone else since ``version`` was read.
        ValidationError, PermissionDeniedError: as ``create_report``.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        clean = _checked(session, draft)
        row = load(session, key, version)
        before = audit_fields(row)
        _fill(row, clean)
        after = audit_fields(row)
        if _reporter_kept(actor, clean):
            stored = (row.reporter_name, row.reporter_contact)
            if stored != (clean.reporter_name, clean.reporter_contact):
                row.reporter_name = clean.reporter_name
                row.reporter_contact = clean.reporter_contact
                after[REPORTER_FIELD] = REPORTER_CHANGED
        row.updated_at = utc_now()
        session.flush()
        audit.record(session, actor, "update", ENTITY, row.id, before, after)
        return records_of(session, actor, [row])[0], CHANGED


def remove_report(factory: SessionFactory, actor: Actor, key: int, version: int) -> Changes:
    """Remove a report written by mistake (the log keeps it, without the reporter).

    Raises:
        ConflictError: saved by someone else since ``version`` was read.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        before = audit_fields(row)
        if row.reporter_name or row.reporter_contact:
            before[REPORTER_FIELD] = REPORTER_CHANGED
        session.delete(row)
        session.flush()
        audit.record(session, actor, "delete", ENTITY, key, before, None)
    return CHANGED
