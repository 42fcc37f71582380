"""Reading social criticism sessions: rows as records with their points, loading by version.

A session is not secret: every account sees it. The drafting body's reply is a document of
the Văn bản đến register, named by its số, ký hiệu; a secret one only for an account that
may see it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import CriticismPoint, CriticismSession, IncomingDocument, Letter
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.criticism import (
    CriticismForm,
    CriticismPurpose,
    CriticismStep,
    PointAnswer,
)
from giamsat_desktop.domain.criticism_records import CriticismRecord, PointRecord
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.common.changes import Area, Changes

ENTITY = "criticism_session"
"""The kind of record in the audit log and in error messages."""
POINT_ENTITY = "criticism_point"

CHANGED = Changes.of(Area.CRITICISM)
"""What a change of a criticism session touches."""


def load(session: Session, key: int, version: int | None = None) -> CriticismSession:
    """The session's row; refused when unknown or saved since ``version`` was read."""
    row = session.get(CriticismSession, key)
    if row is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what=ENTITY, id=key)
    if version is not None and row.version != version:
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY)
    return row


def points_of(session: Session, key: int) -> list[CriticismPoint]:
    """The session's points, in their order."""
    return list(
        session.scalars(
            select(CriticismPoint)
            .where(CriticismPoint.session_id == key)
            .order_by(CriticismPoint.sort_order, CriticismPoint.id)
        )
    )


def audit_fields(session: Session, row: CriticismSession) -> dict[str, Any]:
    """What the change log keeps of a session, its points written out."""
    points = [
        f"{point.content} | {point.opinion} | {point.proposal} | {point.answer} "
        f"| {point.explanation}"
        for point in points_of(session, row.id)
    ]
    return {
        "title": row.title,
        "drafting_body": row.drafting_body,
        "purpose": row.purpose,
        "form": row.form,
        "step": row.step,
        "received_on": row.received_on,
        "submit_on": row.submit_on,
        "held_on": row.held_on,
        "place": row.place,
        "chair": row.chair,
        "participants": row.participants,
        "experts": row.experts,
        "opinions": row.opinions,
        "sent_on": row.sent_on,
        "letter_id": row.letter_id,
        "answer_due": row.answer_due,
        "reply_id": row.reply_id,
        "replied_on": row.replied_on,
        "cancel_reason": row.cancel_reason,
        "notes": row.notes,
        "points": "\n".join(points),
    }


def search_text(session: Session, row: CriticismSession) -> str:
    """The folded words a search finds it by: title, drafting body, chair, its points."""
    points = [
        f"{point.content} {point.opinion} {point.proposal}" for point in points_of(session, row.id)
    ]
    return fold(" ".join([row.title, row.drafting_body, row.chair, row.place, *points]))


def year_of(row: CriticismSession, today: dt.date) -> int:
    """The session's year: held, else received, else the day it is written."""
    day = row.held_on or row.received_on or today
    return int(day.year)


def records_of(
    session: Session, actor: Actor, rows: Sequence[CriticismSession]
) -> list[CriticismRecord]:
    """Records of ``rows``, in their order, read in a few queries whatever their number."""
    ids = [row.id for row in rows]
    points: dict[int, list[PointRecord]] = {key: [] for key in ids}
    if ids:
        for point in session.scalars(
            select(CriticismPoint)
            .where(CriticismPoint.session_id.in_(ids))
            .order_by(CriticismPoint.sort_order, CriticismPoint.id)
        ):
            points[point.session_id].append(
                PointRecord(
                    id=point.id,
                    session_id=point.session_id,
                    content=point.content,
                    opinion=point.opinion,
                    proposal=point.proposal,
                    answer=PointAnswer(point.answer) if point.answer else None,
                    explanation=point.explanation,
                    sort_order=point.sort_order,
                )
            )
    letters = {row.letter_id for row in rows if row.letter_id is not None}
    symbols = dict(
        session.execute(select(Letter.id, Letter.symbol).where(Letter.id.in_(letters)))
        .tuples()
        .all()
    )
    replies = {row.reply_id for row in rows if row.reply_id is not None}
    documents = {
        key: (symbol, secrecy)
        for key, symbol, secrecy in session.execute(
            select(IncomingDocument.id, IncomingDocument.symbol, IncomingDocument.secrecy).where(
                IncomingDocument.id.in_(replies)
            )
        )
    }
    found = []
    for row in rows:
        symbol, secrecy = documents.get(row.reply_id or 0, ("", Secrecy.NORMAL.value))
        hidden = secrecy != Secrecy.NORMAL.value and not actor.role.can_see_secret
        found.append(
            CriticismRecord(
                id=row.id,
                title=row.title,
                drafting_body=row.drafting_body,
                form=CriticismForm(row.form),
                step=CriticismStep(row.step),
                received_on=row.received_on,
                submit_on=row.submit_on,
                held_on=row.held_on,
                place=row.place,
                chair=row.chair,
                participants=row.participants,
                experts=row.experts,
                opinions=row.opinions,
                sent_on=row.sent_on,
                letter_id=row.letter_id,
                letter_symbol=(symbols.get(row.letter_id) or "") if row.letter_id else "",
                answer_due=row.answer_due,
                reply_id=None if hidden else row.reply_id,
                reply_symbol="" if hidden else (symbol or ""),
                replied_on=row.replied_on,
                cancel_reason=row.cancel_reason,
                notes=row.notes,
                points=tuple(points[row.id]),
                year=row.year,
                version=row.version,
                purpose=CriticismPurpose(row.purpose),
            )
        )
    return found


def record_of(session: Session, actor: Actor, row: CriticismSession) -> CriticismRecord:
    """One session's record."""
    return records_of(session, actor, [row])[0]


def get_criticism(factory: SessionFactory, actor: Actor, key: int) -> CriticismRecord:
    """One session."""
    with factory() as session:
        return record_of(session, actor, load(session, key))
