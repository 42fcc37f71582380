"""The body's written replies to a recommendation, each moving it as what it says allows.

A reply is kept with its date, its kind (tiếp thu, giải trình, đã giải quyết, không tiếp
thu), the incoming document that carries it (picked from Văn bản đến) and notes. The first
reply answers a sent or escalated recommendation; a reply that it is resolved resolves it
(``domain.recommendations.state_after_reply``); a later reply that changes nothing is kept
for the record. A reply that made a move goes with that move's undo; one that made none
can be removed.
"""

from __future__ import annotations

from sqlalchemy import select

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import IncomingDocument, RecommendationEvent, RecommendationReply
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError
from giamsat_desktop.domain.recommendations import (
    RecommendationRecord,
    RecommendationState,
    ReplyDraft,
    ReplyKind,
    state_after_reply,
)
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.validation import multi_line, require_write
from giamsat_desktop.services.recommendations.history import add_event
from giamsat_desktop.services.recommendations.moves import apply_move
from giamsat_desktop.services.recommendations.records import (
    CHANGED,
    REPLY_ENTITY,
    load,
    record_of,
)

NOTES_LIMIT = 4000


def _reply_fields(reply: RecommendationReply) -> dict[str, object]:
    return {
        "recommendation_id": reply.recommendation_id,
        "replied_on": reply.replied_on,
        "kind": reply.kind,
        "incoming_id": reply.incoming_id,
        "notes": reply.notes,
    }


def add_reply(
    factory: SessionFactory, actor: Actor, key: int, version: int, draft: ReplyDraft
) -> tuple[RecommendationRecord, Changes]:
    """Record a written reply to the recommendation ``key``, and move it as the reply says.

    Raises:
        ConflictError: an unsent recommendation (``RECOMMENDATION_MOVE_FORBIDDEN``), or
            saved since ``version`` was read.
        NotFoundError: no such incoming document, or one hidden from ``actor``.
        ValidationError: notes too long.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    notes = multi_line(draft.notes, "notes", NOTES_LIMIT)
    kind = ReplyKind(draft.kind)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        state = RecommendationState(row.state)
        if state is RecommendationState.DRAFTED:
            raise ConflictError(
                ErrorCode.RECOMMENDATION_MOVE_FORBIDDEN,
                what=state.value,
                other=RecommendationState.ANSWERED.value,
            )
        if draft.incoming_id is not None:
            secrecy = session.scalar(
                select(IncomingDocument.secrecy).where(IncomingDocument.id == draft.incoming_id)
            )
            hidden = secrecy is not None and secrecy != Secrecy.NORMAL.value
            if secrecy is None or (hidden and not actor.role.can_see_secret):
                raise NotFoundError(ErrorCode.NOT_FOUND, what="incoming", id=draft.incoming_id)
        reply = RecommendationReply(
            recommendation_id=row.id,
            replied_on=draft.replied_on,
            kind=kind.value,
            incoming_id=draft.incoming_id,
            notes=notes,
            user_name=actor.user_name,
        )
        session.add(reply)
        session.flush()
        audit.record(session, actor, "create", REPLY_ENTITY, reply.id, None, _reply_fields(reply))
        after = state_after_reply(state, kind)
        note = kind.label
        if after is not state:
            apply_move(session, actor, row, after, draft.replied_on, note, reply_id=reply.id)
        else:
            add_event(
                session,
                actor,
                row,
                "reply",
                draft.replied_on,
                from_state=state,
                to_state=state,
                note=note,
                reply_id=reply.id,
            )
            row.updated_at = utc_now()  # the row is saved: its version moves on
            session.flush()
        return record_of(session, actor, row), CHANGED


def remove_reply(
    factory: SessionFactory, actor: Actor, key: int, version: int, reply_id: int
) -> tuple[RecommendationRecord, Changes]:
    """Remove a reply recorded by mistake that moved nothing (one that did: undo its move).

    Raises:
        ConflictError: the reply made a move (``RECOMMENDATION_MOVE_FORBIDDEN``), or the
            recommendation was saved since ``version`` was read.
        NotFoundError: no such reply of this recommendation.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        reply = session.get(RecommendationReply, reply_id)
        if reply is None or reply.recommendation_id != row.id:
            raise NotFoundError(ErrorCode.NOT_FOUND, what=REPLY_ENTITY, id=reply_id)
        moved = session.scalar(
            select(RecommendationEvent.id).where(
                RecommendationEvent.reply_id == reply_id, RecommendationEvent.kind == "move"
            )
        )
        if moved is not None:
            raise ConflictError(
                ErrorCode.RECOMMENDATION_MOVE_FORBIDDEN, what=row.state, other=row.state
            )
        before = _reply_fields(reply)
        session.delete(reply)
        row.updated_at = utc_now()  # the row is saved: its version moves on
        session.flush()
        audit.record(session, actor, "delete", REPLY_ENTITY, reply_id, before, None)
        return record_of(session, actor, row), CHANGED
