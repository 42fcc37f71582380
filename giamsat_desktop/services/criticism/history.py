"""A criticism session's history: its writing, each move, each undo, the reply recorded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import CriticismEvent, CriticismSession
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.criticism import CriticismStep
from giamsat_desktop.services.common.history_walk import UNDO_WALK_KINDS, latest_move
from giamsat_desktop.services.criticism.records import load


@dataclass(frozen=True, slots=True)
class CriticismHistoryStep:
    """One line of a session's history.

    Attributes:
        kind: ``create``, ``move``, ``undo`` or ``reply``.
        on: The day the clerk gave.
        from_step: The step before (None for the writing).
        to_step: The step after.
        note: The reason (a cancel, an undo), or what made the move (a letter, a reply).
        user_name: Who recorded it.
        at: When it was recorded (UTC).
    """

    kind: str
    on: dt.date
    from_step: CriticismStep | None
    to_step: CriticismStep | None
    note: str
    user_name: str
    at: dt.datetime


def add_event(
    session: Session,
    actor: Actor,
    row: CriticismSession,
    kind: str,
    on: dt.date,
    *,
    from_step: CriticismStep | None = None,
    to_step: CriticismStep | None = None,
    note: str = "",
) -> None:
    """Write one step of the history, in the caller's transaction."""
    session.add(
        CriticismEvent(
            session_id=row.id,
            kind=kind,
            on=on,
            from_step=from_step.value if from_step else "",
            to_step=to_step.value if to_step else "",
            note=note,
            user_name=actor.user_name,
        )
    )


def history(factory: SessionFactory, actor: Actor, key: int) -> list[CriticismHistoryStep]:
    """A session's history, oldest first (every account may read it)."""
    with factory() as session:
        load(session, key)
        rows = session.scalars(
            select(CriticismEvent)
            .where(CriticismEvent.session_id == key)
            .order_by(CriticismEvent.id)
        )
        return [
            CriticismHistoryStep(
                kind=row.kind,
                on=row.on,
                from_step=CriticismStep(row.from_step) if row.from_step else None,
                to_step=CriticismStep(row.to_step) if row.to_step else None,
                note=row.note,
                user_name=row.user_name,
                at=row.at,
            )
            for row in rows
        ]


def last_move(session: Session, key: int) -> CriticismEvent | None:
    """The latest move not undone yet (an undo cancels the move before it)."""
    return latest_move(
        session.scalars(
            select(CriticismEvent)
            .where(CriticismEvent.session_id == key, CriticismEvent.kind.in_(UNDO_WALK_KINDS))
            .order_by(CriticismEvent.id.desc())
        )
    )
