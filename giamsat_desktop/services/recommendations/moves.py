"""A recommendation's moves: resolved or closed by the clerk, undone with a reason.

Every move is one transaction with its history step and its audit entry; the moves allowed
are ``domain.recommendations.can_move``. Sending and escalating are the letters' moves
(``sending``), answering is a reply's (``replies``): the clerk makes only the last two —
resolved (đã giải quyết) and closed with a reason (đóng). A move made by mistake is undone
with a reason: what it kept goes with it (the day sent and the deadline, the day escalated,
the reply that made it, the reason for closing).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import Recommendation, RecommendationReply
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from giamsat_desktop.domain.recommendations import (
    REASON_NEEDED,
    RecommendationRecord,
    RecommendationState,
    can_move,
)
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.validation import multi_line, require_write
from giamsat_desktop.services.recommendations.history import add_event, last_move
from giamsat_desktop.services.recommendations.records import (
    CHANGED,
    ENTITY,
    audit_fields,
    load,
    record_of,
)

REASON_LIMIT = 1000
CLERK_MOVES = frozenset({RecommendationState.RESOLVED, RecommendationState.CLOSED})
"""The moves the clerk makes by hand; the others are made by letters and replies."""


def apply_move(
    session: Session,
    actor: Actor,
    row: Recommendation,
    new: RecommendationState,
    on: dt.date,
    note: str = "",
    *,
    reply_id: int | None = None,
) -> None:
    """Move a loaded recommendation to ``new`` in the caller's transaction.

    Raises:
        ConflictError: a move the states forbid (``RECOMMENDATION_MOVE_FORBIDDEN``).
        ValidationError: a close without a reason.
    """
    old = RecommendationState(row.state)
    if not can_move(old, new):
        raise ConflictError(
            ErrorCode.RECOMMENDATION_MOVE_FORBIDDEN, what=old.value, other=new.value
        )
    if new in REASON_NEEDED and not note.strip():
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="reason")
    before = audit_fields(row)
    row.state = new.value
    if new is RecommendationState.CLOSED:
        row.close_reason = note
    add_event(
        session, actor, row, "move", on, from_state=old, to_state=new, note=note, reply_id=reply_id
    )
    row.updated_at = utc_now()
    session.flush()
    audit.record(session, actor, "move", ENTITY, row.id, before, audit_fields(row))


def move_recommendation(
    factory: SessionFactory,
    actor: Actor,
    key: int,
    version: int,
    new: RecommendationState,
    on: dt.date,
    note: str = "",
) -> tuple[RecommendationRecord, Changes]:
    """Resolve a recommendation, or close it with a reason (``note``), on the day ``on``.

    Raises:
        ConflictError: a move the states forbid, or one made by a letter or a reply
            (``RECOMMENDATION_MOVE_FORBIDDEN``); saved since ``version`` was read.
        ValidationError: a close without a reason.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    text = multi_line(note, "reason", REASON_LIMIT)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        if new not in CLERK_MOVES:
            raise ConflictError(
                ErrorCode.RECOMMENDATION_MOVE_FORBIDDEN, what=row.state, other=new.value
            )
        apply_move(session, actor, row, new, on, text)
        return record_of(session, actor, row), CHANGED


def undo_move(
    factory: SessionFactory, actor: Actor, key: int, version: int, reason: str, on: dt.date
) -> tuple[RecommendationRecord, Changes]:
    """Take back the last move made by mistake, with a reason kept in the history.

    A send taken back leaves the letter issued (cancel it in Văn bản đi if it was wrong)
    and the recommendation unsent, free to go in another letter; a reply's move takes the
    reply back with it.

    Raises:
        ConflictError: no move left to undo (``RECOMMENDATION_NOTHING_TO_UNDO``), or saved
            since ``version`` was read.
        ValidationError: no reason.
    """
    require_write(actor)
    why = multi_line(reason, "reason", REASON_LIMIT, required=True)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        move = last_move(session, row.id)
        if move is None or move.to_state != row.state:
            raise ConflictError(ErrorCode.RECOMMENDATION_NOTHING_TO_UNDO)
        back, undone = RecommendationState(move.from_state), RecommendationState(move.to_state)
        before = audit_fields(row)
        if undone is RecommendationState.SENT:
            row.sent_on = row.reply_due = row.sent_letter_id = None
        if undone is RecommendationState.ESCALATED:
            row.escalated_on = row.escalation_letter_id = None
        if undone is RecommendationState.CLOSED:
            row.close_reason = ""
        if move.reply_id is not None:
            reply = session.get(RecommendationReply, move.reply_id)
            if reply is not None:
                session.delete(reply)
        row.state = back.value
        add_event(session, actor, row, "undo", on, from_state=undone, to_state=back, note=why)
        row.updated_at = utc_now()
        session.flush()
        audit.record(session, actor, "undo", ENTITY, row.id, before, audit_fields(row))
        return record_of(session, actor, row), CHANGED
