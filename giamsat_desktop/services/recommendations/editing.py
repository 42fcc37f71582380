"""Writing a session's recommendations: add, change, remove while unsent; the commitment.

A recommendation is written (chưa gửi) with its session's report; its content, addressed
body and reply period can change until it is sent, when its letter fixes them. The body's
commitment (what it will fix, by when) may be noted at any time. Every write is one
transaction with its audit entry, refused for a viewer; a stale save is refused.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import Letter, Recommendation, SupervisionSession
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError, ValidationError
from giamsat_desktop.domain.letters import LetterState
from giamsat_desktop.domain.recommendations import (
    RecommendationDraft,
    RecommendationRecord,
    RecommendationState,
)
from giamsat_desktop.services.common import audit, clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.validation import multi_line, require_write, single_line
from giamsat_desktop.services.recommendations.history import add_event
from giamsat_desktop.services.recommendations.records import (
    CHANGED,
    ENTITY,
    audit_fields,
    load,
    record_of,
    search_text,
)
from giamsat_desktop.services.recommendations.settings import DAYS_RANGE, reply_days_in

CONTENT_LIMIT = 4000
BODY_LIMIT = 300
COMMITMENT_LIMIT = 4000


def _checked(session: Session, draft: RecommendationDraft) -> RecommendationDraft:
    """The draft cleaned: its texts, its session known, its reply period in range."""
    if draft.session_id is not None and session.get(SupervisionSession, draft.session_id) is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what="supervision_session", id=draft.session_id)
    days = draft.reply_days if draft.reply_days is not None else reply_days_in(session)
    low, high = DAYS_RANGE
    if isinstance(days, bool) or not low <= days <= high:
        raise ValidationError(
            ErrorCode.FIELD_INVALID, field="reply_days", reason=days, low=low, high=high
        )
    return RecommendationDraft(
        content=multi_line(draft.content, "content", CONTENT_LIMIT, required=True),
        addressed_body=single_line(draft.addressed_body, "addressed_body", BODY_LIMIT),
        session_id=draft.session_id,
        reply_days=days,
        commitment=multi_line(draft.commitment, "commitment", COMMITMENT_LIMIT),
        commitment_due=draft.commitment_due,
    )


def _issued_symbol(session: Session, row: Recommendation) -> str | None:
    """The symbol of the issued letter that sent it; None while it is unsent."""
    if row.state == RecommendationState.DRAFTED.value:
        return None
    symbol = None
    if row.sent_letter_id is not None:
        symbol = session.scalar(select(Letter.symbol).where(Letter.id == row.sent_letter_id))
    return symbol or "—"


def _refuse_sent(session: Session, row: Recommendation) -> None:
    symbol = _issued_symbol(session, row)
    if symbol is not None:
        raise ConflictError(ErrorCode.RECOMMENDATION_SENT, symbol=symbol)


def add_recommendation(
    factory: SessionFactory, actor: Actor, draft: RecommendationDraft
) -> tuple[RecommendationRecord, Changes]:
    """Write a new recommendation, unsent, last among its session's.

    Raises:
        ValidationError: no content, no addressed body, a reply period out of range, a
            text too long.
        NotFoundError: no such session.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    today = clock.today()
    with unit_of_work(factory) as session:
        clean = _checked(session, draft)
        last = session.scalar(
            select(func.max(Recommendation.sort_order)).where(
                Recommendation.session_id == clean.session_id
            )
        )
        row = Recommendation(
            session_id=clean.session_id,
            content=clean.content,
            addressed_body=clean.addressed_body,
            state=RecommendationState.DRAFTED.value,
            reply_days=clean.reply_days,
            commitment=clean.commitment,
            commitment_due=clean.commitment_due,
            year=today.year,
            sort_order=(last or 0) + 1,
        )
        session.add(row)
        session.flush()
        row.search_text = search_text(session, row)
        add_event(session, actor, row, "create", today, to_state=RecommendationState.DRAFTED)
        session.flush()
        audit.record(session, actor, "create", ENTITY, row.id, None, audit_fields(row))
        return record_of(session, actor, row), CHANGED


def update_recommendation(
    factory: SessionFactory, actor: Actor, key: int, version: int, draft: RecommendationDraft
) -> tuple[RecommendationRecord, Changes]:
    """Change a recommendation: all of it while unsent, only the commitment once sent.

    Raises:
        ConflictError: sent already and its content, body or period changed
            (``RECOMMENDATION_SENT``), or saved since ``version`` was read.
        ValidationError: as :func:`add_recommendation`.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        clean = _checked(session, draft)
        changed = (clean.content, clean.addressed_body, clean.reply_days) != (
            row.content,
            row.addressed_body,
            row.reply_days,
        )
        if changed:
            _refuse_sent(session, row)
        before = audit_fields(row)
        row.content, row.addressed_body = clean.content, clean.addressed_body
        row.reply_days = clean.reply_days or row.reply_days
        row.commitment, row.commitment_due = clean.commitment, clean.commitment_due
        row.search_text = search_text(session, row)
        row.updated_at = utc_now()
        session.flush()
        audit.record(session, actor, "update", ENTITY, row.id, before, audit_fields(row))
        return record_of(session, actor, row), CHANGED


def set_commitment(
    factory: SessionFactory,
    actor: Actor,
    key: int,
    version: int,
    commitment: str,
    due: dt.date | None,
) -> tuple[RecommendationRecord, Changes]:
    """Note what the body committed to fix, and by when (any time, sent or not)."""
    require_write(actor)
    text = multi_line(commitment, "commitment", COMMITMENT_LIMIT)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        before = audit_fields(row)
        row.commitment, row.commitment_due = text, due
        row.search_text = search_text(session, row)
        row.updated_at = utc_now()
        session.flush()
        audit.record(session, actor, "update", ENTITY, row.id, before, audit_fields(row))
        return record_of(session, actor, row), CHANGED


def remove_recommendation(factory: SessionFactory, actor: Actor, key: int, version: int) -> Changes:
    """Remove an unsent recommendation written by mistake (the change log keeps it).

    Raises:
        ConflictError: sent already (``RECOMMENDATION_SENT``), or saved since.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        _refuse_sent(session, row)
        if row.sent_letter_id is not None:
            state = session.scalar(select(Letter.state).where(Letter.id == row.sent_letter_id))
            if state == LetterState.ISSUED.value:
                raise ConflictError(ErrorCode.RECOMMENDATION_SENT, symbol="—")
        before = audit_fields(row)
        session.delete(row)
        session.flush()
        audit.record(session, actor, "delete", ENTITY, key, before, None)
    return CHANGED
