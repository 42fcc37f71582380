"""A session's history: its creation, each move and each undo, as it happened."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import SessionEvent, SupervisionSession
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.supervision import SessionStep
from giamsat_desktop.services.common.history_walk import UNDO_WALK_KINDS, latest_move
from giamsat_desktop.services.supervision.records import load


@dataclass(frozen=True, slots=True)
class SessionHistoryStep:
    """One line of a session's history.

    Attributes:
        kind: ``create``, ``move`` or ``undo``.
        on: The day the clerk gave (the day the step was taken).
        from_step: The step before (None for the creation).
        to_step: The step after.
        note: The reason (a cancel, an undo) or the clerk's note.
        user_name: Who recorded it.
        at: When it was recorded (UTC).
    """

    kind: str
    on: dt.date
    from_step: SessionStep | None
    to_step: SessionStep | None
    note: str
    user_name: str
    at: dt.datetime


def add_event(
    session: Session,
    actor: Actor,
    row: SupervisionSession,
    kind: str,
    on: dt.date,
    *,
    from_step: SessionStep | None = None,
    to_step: SessionStep | None = None,
    note: str = "",
) -> None:
    """Write one step of the history, in the caller's transaction."""
    session.add(
        SessionEvent(
            session_id=row.id,
            kind=kind,
            on=on,
            from_step=from_step.value if from_step else "",
            to_step=to_step.value if to_step else "",
            note=note,
            user_name=actor.user_name,
        )
    )


def history(factory: SessionFactory, actor: Actor, session_id: int) -> list[SessionHistoryStep]:
    """A session's history, oldest first (every account may read it)."""
    with factory() as session:
        load(session, session_id)
        rows = session.scalars(
            select(SessionEvent)
            .where(SessionEvent.session_id == session_id)
            .order_by(SessionEvent.id)
        )
        return [
            SessionHistoryStep(
                kind=row.kind,
                on=row.on,
                from_step=SessionStep(row.from_step) if row.from_step else None,
                to_step=SessionStep(row.to_step) if row.to_step else None,
                note=row.note,
                user_name=row.user_name,
                at=row.at,
            )
            for row in rows
        ]


def last_move(session: Session, session_id: int) -> SessionEvent | None:
    """The session's latest move not undone yet (an undo cancels the move before it)."""
    return latest_move(
        session.scalars(
            select(SessionEvent)
            .where(SessionEvent.session_id == session_id, SessionEvent.kind.in_(UNDO_WALK_KINDS))
            .order_by(SessionEvent.id.desc())
        )
    )
