"""Reading recommendations: rows as records with their replies, loading with the version check.

A recommendation is not secret: every account sees it. The reply documents it links are
named by their số, ký hiệu; a secret one is named only for an account that may see it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import (
    IncomingDocument,
    Letter,
    Recommendation,
    RecommendationEvent,
    RecommendationReply,
    SupervisionSession,
)
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError
from giamsat_desktop.domain.recommendations import (
    RecommendationRecord,
    RecommendationState,
    ReplyKind,
    ReplyRecord,
)
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.common.changes import Area, Changes

ENTITY = "recommendation"
"""The kind of record in the audit log and in error messages."""
REPLY_ENTITY = "reply"

CHANGED = Changes.of(Area.RECOMMENDATIONS)
"""What a change of a recommendation touches."""


def load(session: Session, key: int, version: int | None = None) -> Recommendation:
    """The recommendation's row; refused when unknown or saved since ``version`` was read."""
    row = session.get(Recommendation, key)
    if row is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what=ENTITY, id=key)
    if version is not None and row.version != version:
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY)
    return row


def audit_fields(row: Recommendation) -> dict[str, Any]:
    """What the change log keeps of a recommendation."""
    return {
        "session_id": row.session_id,
        "content": row.content,
        "addressed_body": row.addressed_body,
        "state": row.state,
        "reply_days": row.reply_days,
        "sent_on": row.sent_on,
        "reply_due": row.reply_due,
        "sent_letter_id": row.sent_letter_id,
        "escalated_on": row.escalated_on,
        "escalation_letter_id": row.escalation_letter_id,
        "commitment": row.commitment,
        "commitment_due": row.commitment_due,
        "close_reason": row.close_reason,
        "year": row.year,
    }


def search_text(session: Session, row: Recommendation) -> str:
    """The folded words a search finds it by: its content, its body, its session's subject."""
    subject = ""
    if row.session_id is not None:
        subject = (
            session.scalar(
                select(SupervisionSession.subject).where(SupervisionSession.id == row.session_id)
            )
            or ""
        )
    return fold(" ".join([row.content, row.addressed_body, row.commitment, subject]))


def _grouped_replies(
    session: Session, actor: Actor, ids: Sequence[int]
) -> dict[int, list[ReplyRecord]]:
    found: dict[int, list[ReplyRecord]] = {key: [] for key in ids}
    if not ids:
        return found
    rows = session.execute(
        select(RecommendationReply, IncomingDocument.symbol, IncomingDocument.secrecy)
        .outerjoin(IncomingDocument, IncomingDocument.id == RecommendationReply.incoming_id)
        .where(RecommendationReply.recommendation_id.in_(ids))
        .order_by(RecommendationReply.replied_on, RecommendationReply.id)
    )
    moved = set(
        session.scalars(
            select(RecommendationEvent.reply_id).where(
                RecommendationEvent.recommendation_id.in_(ids),
                RecommendationEvent.kind == "move",
                RecommendationEvent.reply_id.is_not(None),
            )
        )
    )
    for reply, symbol, secrecy in rows:
        hidden = secrecy not in (None, Secrecy.NORMAL.value) and not actor.role.can_see_secret
        found[reply.recommendation_id].append(
            ReplyRecord(
                id=reply.id,
                recommendation_id=reply.recommendation_id,
                replied_on=reply.replied_on,
                kind=ReplyKind(reply.kind),
                incoming_id=None if hidden else reply.incoming_id,
                incoming_symbol="" if hidden else (symbol or ""),
                notes=reply.notes,
                moved=reply.id in moved,
            )
        )
    return found


def records_of(
    session: Session, actor: Actor, rows: Sequence[Recommendation]
) -> list[RecommendationRecord]:
    """Records of ``rows``, in their order, read in a few queries whatever their number."""
    ids = [row.id for row in rows]
    replies = _grouped_replies(session, actor, ids)
    sessions = {row.session_id for row in rows if row.session_id is not None}
    subjects = dict(
        session.execute(
            select(SupervisionSession.id, SupervisionSession.subject).where(
                SupervisionSession.id.in_(sessions)
            )
        )
        .tuples()
        .all()
    )
    letters = {row.sent_letter_id for row in rows if row.sent_letter_id is not None}
    symbols = dict(
        session.execute(select(Letter.id, Letter.symbol).where(Letter.id.in_(letters)))
        .tuples()
        .all()
    )
    return [
        RecommendationRecord(
            id=row.id,
            session_id=row.session_id,
            session_subject=subjects.get(row.session_id, "") if row.session_id else "",
            content=row.content,
            addressed_body=row.addressed_body,
            state=RecommendationState(row.state),
            reply_days=row.reply_days,
            sent_on=row.sent_on,
            reply_due=row.reply_due,
            sent_letter_id=row.sent_letter_id,
            sent_symbol=symbols.get(row.sent_letter_id, "") or "" if row.sent_letter_id else "",
            escalated_on=row.escalated_on,
            escalation_letter_id=row.escalation_letter_id,
            commitment=row.commitment,
            commitment_due=row.commitment_due,
            close_reason=row.close_reason,
            replies=tuple(replies[row.id]),
            year=row.year,
            version=row.version,
        )
        for row in rows
    ]


def record_of(session: Session, actor: Actor, row: Recommendation) -> RecommendationRecord:
    """One recommendation's record."""
    return records_of(session, actor, [row])[0]


def get_recommendation(factory: SessionFactory, actor: Actor, key: int) -> RecommendationRecord:
    """One recommendation."""
    with factory() as session:
        return record_of(session, actor, load(session, key))


def recommendations_of_session(
    factory: SessionFactory, actor: Actor, session_id: int
) -> list[RecommendationRecord]:
    """A session's recommendations, in the order the letter lists them."""
    with factory() as session:
        rows = session.scalars(
            select(Recommendation)
            .where(Recommendation.session_id == session_id)
            .order_by(Recommendation.sort_order, Recommendation.id)
        ).all()
        return records_of(session, actor, rows)
