"""What issuing a recommendation's letter does to the recommendations, in its transaction.

- The recommendation letter (``RECOMMENDATION_LETTER``) sends every unsent recommendation
  of its session to its body: the day issued is the day sent, the reply deadline is fixed
  from it (the office's days off then), the letter is kept as the one that sent them.
- The escalation letter (``ESCALATION_LETTER``) escalates its recommendation.
- The chase letter (``CHASE_LETTER``) moves nothing; its recommendation's history notes it.

A recommendation letter is keyed by its session's first recommendation to the body
(``source_id``), so that each body of a session has its own letter; the others are keyed by
their recommendation.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import Recommendation
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.letters import LetterRecord
from giamsat_desktop.domain.recommendations import RecommendationState, reply_deadline
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.catalog.days_off import days_off_in
from giamsat_desktop.services.recommendations.history import add_event
from giamsat_desktop.services.recommendations.moves import apply_move

RECOMMENDATION_LETTER = "recommendation_letter"
"""The letter sending a session's recommendations to one body; ``source_id``: the first one."""
CHASE_LETTER = "reply_chase_letter"
"""The letter chasing an overdue reply; ``source_id``: the recommendation."""
ESCALATION_LETTER = "escalation_letter"
"""The letter to the Front one level up; ``source_id``: the recommendation."""
SOURCE_KINDS = frozenset({RECOMMENDATION_LETTER, CHASE_LETTER, ESCALATION_LETTER})


def same_body(name: str) -> str:
    """A body's name as compared: folded, its spaces single."""
    return " ".join(fold(name).split())


def fellows(session: Session, first: Recommendation) -> list[Recommendation]:
    """The recommendations of ``first``'s session to ``first``'s body, in the letter's order."""
    rows = session.scalars(
        select(Recommendation)
        .where(Recommendation.session_id == first.session_id)
        .order_by(Recommendation.sort_order, Recommendation.id)
    )
    body = same_body(first.addressed_body)
    return [row for row in rows if same_body(row.addressed_body) == body]


def first_of(session: Session, session_id: int, body: str) -> Recommendation | None:
    """The session's first recommendation to ``body`` (by id): its letters' key."""
    wanted = same_body(body)
    rows = session.scalars(
        select(Recommendation)
        .where(Recommendation.session_id == session_id)
        .order_by(Recommendation.id)
    )
    return next((row for row in rows if same_body(row.addressed_body) == wanted), None)


def send_by_letter(session: Session, actor: Actor, letter: LetterRecord) -> int | None:
    """Send the unsent recommendations a recommendation letter carries; their session's id.

    None when the letter's key names no recommendation any more.
    """
    first = session.get(Recommendation, letter.source_id) if letter.source_id else None
    if first is None:
        return None
    day = letter.issue_date
    assert day is not None  # an issued letter is dated
    days_off = days_off_in(session)
    note = f"Văn bản số {letter.symbol}" if letter.symbol else ""
    for row in fellows(session, first):
        if row.state != RecommendationState.DRAFTED.value:
            continue
        row.sent_on, row.sent_letter_id, row.year = day, letter.id, day.year
        row.reply_due = reply_deadline(day, days_off, row.reply_days)
        apply_move(session, actor, row, RecommendationState.SENT, day, note)
    return first.session_id


def escalate_by_letter(session: Session, actor: Actor, letter: LetterRecord) -> int | None:
    """Escalate the recommendation an escalation letter is about; its session's id."""
    row = session.get(Recommendation, letter.source_id) if letter.source_id else None
    if row is None:
        return None
    day = letter.issue_date
    assert day is not None
    row.escalated_on, row.escalation_letter_id = day, letter.id
    note = f"Văn bản số {letter.symbol}" if letter.symbol else ""
    apply_move(session, actor, row, RecommendationState.ESCALATED, day, note)
    return row.session_id


def note_chase(session: Session, actor: Actor, letter: LetterRecord) -> None:
    """Keep in the history that the reply was chased, by which letter."""
    row = session.get(Recommendation, letter.source_id) if letter.source_id else None
    if row is None:
        return
    day = letter.issue_date or dt.date.min
    state = RecommendationState(row.state)
    add_event(
        session,
        actor,
        row,
        "chase",
        day,
        from_state=state,
        to_state=state,
        note=f"Đôn đốc trả lời: văn bản số {letter.symbol}",
    )


def open_count(session: Session, session_id: int) -> int:
    """How many of a session's recommendations are still followed (unsent ones count)."""
    finished = (RecommendationState.RESOLVED.value, RecommendationState.CLOSED.value)
    return int(
        session.scalar(
            select(func.count(Recommendation.id)).where(
                Recommendation.session_id == session_id, Recommendation.state.not_in(finished)
            )
        )
        or 0
    )
