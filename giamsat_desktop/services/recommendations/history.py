"""A recommendation's history: its writing, each move (a reply's, a letter's) and each undo."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import Recommendation, RecommendationEvent
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.recommendations import RecommendationState
from giamsat_desktop.services.common.history_walk import UNDO_WALK_KINDS, latest_move
from giamsat_desktop.services.recommendations.records import load


@dataclass(frozen=True, slots=True)
class RecommendationStep:
    """One line of a recommendation's history.

    Attributes:
        kind: ``create``, ``move`` or ``undo``.
        on: The day it happened (a reply's date, a letter's issue date).
        from_state: The state before (None for the writing).
        to_state: The state after.
        note: The reason (a close, an undo), or what made the move (a letter, a reply).
        user_name: Who recorded it.
        at: When it was recorded (UTC).
        reply_id: The reply that made the move (undone with it), if a reply did.
    """

    kind: str
    on: dt.date
    from_state: RecommendationState | None
    to_state: RecommendationState | None
    note: str
    user_name: str
    at: dt.datetime
    reply_id: int | None = None


def add_event(
    session: Session,
    actor: Actor,
    row: Recommendation,
    kind: str,
    on: dt.date,
    *,
    from_state: RecommendationState | None = None,
    to_state: RecommendationState | None = None,
    note: str = "",
    reply_id: int | None = None,
) -> None:
    """Write one step of the history, in the caller's transaction."""
    session.add(
        RecommendationEvent(
            recommendation_id=row.id,
            kind=kind,
            on=on,
            from_state=from_state.value if from_state else "",
            to_state=to_state.value if to_state else "",
            note=note,
            reply_id=reply_id,
            user_name=actor.user_name,
        )
    )


def history(factory: SessionFactory, actor: Actor, key: int) -> list[RecommendationStep]:
    """A recommendation's history, oldest first (every account may read it)."""
    with factory() as session:
        load(session, key)
        rows = session.scalars(
            select(RecommendationEvent)
            .where(RecommendationEvent.recommendation_id == key)
            .order_by(RecommendationEvent.id)
        )
        return [
            RecommendationStep(
                kind=row.kind,
                on=row.on,
                from_state=RecommendationState(row.from_state) if row.from_state else None,
                to_state=RecommendationState(row.to_state) if row.to_state else None,
                note=row.note,
                user_name=row.user_name,
                at=row.at,
                reply_id=row.reply_id,
            )
            for row in rows
        ]


def last_move(session: Session, key: int) -> RecommendationEvent | None:
    """The latest move not undone yet (an undo cancels the move before it)."""
    return latest_move(
        session.scalars(
            select(RecommendationEvent)
            .where(
                RecommendationEvent.recommendation_id == key,
                RecommendationEvent.kind.in_(UNDO_WALK_KINDS),
            )
            .order_by(RecommendationEvent.id.desc())
        )
    )
