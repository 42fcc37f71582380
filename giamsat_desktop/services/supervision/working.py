"""A session's working sessions with the supervised body, and their minutes.

Each is its own record (``working_session``): added, edited from the version read and
removed, each change one transaction with its audit entry. Their days set the session's
lead times: the first one's for the notice, the last one's for the report.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import WorkingSession
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError, ValidationError
from giamsat_desktop.domain.supervision_records import WorkingSessionDraft, WorkingSessionRecord
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.validation import multi_line, require_write, single_line
from giamsat_desktop.services.supervision.records import CHANGED, WORKING_ENTITY, load

PLACE_LIMIT = 300
TEXT_LIMIT = 20000
"""The attendees and the minutes."""


def _record(row: WorkingSession) -> WorkingSessionRecord:
    return WorkingSessionRecord(
        id=row.id,
        session_id=row.session_id,
        held_on=row.held_on,
        place=row.place,
        attendees=row.attendees,
        minutes=row.minutes,
        version=row.version,
    )


def _fields(row: WorkingSession) -> dict[str, Any]:
    return {
        "session_id": row.session_id,
        "held_on": row.held_on,
        "place": row.place,
        "attendees": row.attendees,
        "minutes": row.minutes,
    }


def _checked(draft: WorkingSessionDraft) -> WorkingSessionDraft:
    if draft.held_on is None:
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="held_on")
    return WorkingSessionDraft(
        held_on=draft.held_on,
        place=single_line(draft.place, "place", PLACE_LIMIT, required=False),
        attendees=multi_line(draft.attendees, "attendees", TEXT_LIMIT),
        minutes=multi_line(draft.minutes, "minutes", TEXT_LIMIT),
    )


def _load(session: Session, key: int, version: int | None) -> WorkingSession:
    row = session.get(WorkingSession, key)
    if row is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what=WORKING_ENTITY, id=key)
    if version is not None and row.version != version:
        raise ConflictError(ErrorCode.STALE_EDIT, what=WORKING_ENTITY)
    return row


def working_sessions(
    factory: SessionFactory, actor: Actor, session_id: int
) -> list[WorkingSessionRecord]:
    """A session's working sessions, the earliest first (every account may read them)."""
    with factory() as session:
        load(session, session_id)
        rows = session.scalars(
            select(WorkingSession)
            .where(WorkingSession.session_id == session_id)
            .order_by(WorkingSession.held_on, WorkingSession.id)
        )
        return [_record(row) for row in rows]


def get_working_session(
    factory: SessionFactory, actor: Actor, working_id: int
) -> WorkingSessionRecord:
    """One working session (the minutes print by its id)."""
    with factory() as session:
        return _record(_load(session, working_id, None))


def add_working_session(
    factory: SessionFactory, actor: Actor, session_id: int, draft: WorkingSessionDraft
) -> tuple[WorkingSessionRecord, Changes]:
    """Record a working session of the session ``session_id``.

    Raises:
        ValidationError: no day, a text too long.
        NotFoundError: no such session.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    clean = _checked(draft)
    with unit_of_work(factory) as session:
        load(session, session_id)
        row = WorkingSession(
            session_id=session_id,
            held_on=clean.held_on,
            place=clean.place,
            attendees=clean.attendees,
            minutes=clean.minutes,
        )
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", WORKING_ENTITY, row.id, None, _fields(row))
        record = _record(row)
    return record, CHANGED


def update_working_session(
    factory: SessionFactory,
    actor: Actor,
    working_id: int,
    version: int,
    draft: WorkingSessionDraft,
) -> tuple[WorkingSessionRecord, Changes]:
    """Save an edited working session read at ``version``.

    Raises:
        ConflictError: saved elsewhere since (``STALE_EDIT``).
        ValidationError, NotFoundError, PermissionDeniedError: as when adding one.
    """
    require_write(actor)
    clean = _checked(draft)
    with unit_of_work(factory) as session:
        row = _load(session, working_id, version)
        old = _fields(row)
        row.held_on, row.place = clean.held_on, clean.place
        row.attendees, row.minutes = clean.attendees, clean.minutes
        if _fields(row) == old:
            return _record(row), Changes.of()
        row.updated_at = utc_now()
        session.flush()
        audit.record(session, actor, "update", WORKING_ENTITY, row.id, old, _fields(row))
        record = _record(row)
    return record, CHANGED


def remove_working_session(
    factory: SessionFactory, actor: Actor, working_id: int, version: int
) -> Changes:
    """Remove a working session entered by mistake (its audit entry keeps what it held).

    Raises:
        ConflictError: saved elsewhere since (``STALE_EDIT``).
        NotFoundError: no such working session.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = _load(session, working_id, version)
        old = _fields(row)
        session.delete(row)
        session.flush()
        audit.record(session, actor, "delete", WORKING_ENTITY, working_id, old, None)
    return CHANGED
