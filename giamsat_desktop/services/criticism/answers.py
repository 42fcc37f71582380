"""The drafting body's written reply: its document, its day, and each point's answer.

The reply is a document of the Văn bản đến register; for each point it says tiếp thu, giải
trình or không tiếp thu, with its words. Recorded on a session whose criticism was sent, it
moves the session to "đã nhận trả lời"; recorded again (a second reply completing the
first), it changes the answers it names and keeps the others. A point left unanswered past
the deadline stays overdue. One transaction with the history and the audit entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import CriticismPoint, IncomingDocument
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.criticism import CriticismStep, PointAnswer
from giamsat_desktop.domain.criticism_records import CriticismRecord, PointAnswerDraft
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.validation import multi_line, require_write
from giamsat_desktop.services.criticism.history import add_event
from giamsat_desktop.services.criticism.moves import apply_move
from giamsat_desktop.services.criticism.records import (
    CHANGED,
    ENTITY,
    POINT_ENTITY,
    audit_fields,
    load,
    record_of,
)

EXPLANATION_LIMIT = 8000
ANSWERABLE = frozenset({CriticismStep.SENT, CriticismStep.ANSWERED})
"""The steps at which a reply is recorded: sent, or answered already (a second reply)."""


def record_reply(
    factory: SessionFactory,
    actor: Actor,
    key: int,
    version: int,
    replied_on: dt.date,
    answers: Sequence[PointAnswerDraft],
    incoming_id: int | None = None,
) -> tuple[CriticismRecord, Changes]:
    """Record the drafting body's reply to the session ``key`` and its answers per point.

    Raises:
        ConflictError: the criticism not sent yet, or the session finished
            (``CRITICISM_NOT_SENT``), or saved since ``version`` was read.
        NotFoundError: a point not of this session, an unknown incoming document, or one
            hidden from ``actor``.
        ValidationError: an explanation too long.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    cleaned = [
        PointAnswerDraft(
            answer.point_id,
            PointAnswer(answer.answer),
            multi_line(answer.explanation, "explanation", EXPLANATION_LIMIT),
        )
        for answer in answers
    ]
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        step = CriticismStep(row.step)
        if step not in ANSWERABLE:
            raise ConflictError(ErrorCode.CRITICISM_NOT_SENT)
        if incoming_id is not None:
            secrecy = session.scalar(
                select(IncomingDocument.secrecy).where(IncomingDocument.id == incoming_id)
            )
            hidden = secrecy is not None and secrecy != Secrecy.NORMAL.value
            if secrecy is None or (hidden and not actor.role.can_see_secret):
                raise NotFoundError(ErrorCode.NOT_FOUND, what="incoming", id=incoming_id)
        points = {
            point.id: point
            for point in session.scalars(
                select(CriticismPoint).where(CriticismPoint.session_id == row.id)
            )
        }
        for answer in cleaned:
            if answer.point_id not in points:
                raise NotFoundError(ErrorCode.NOT_FOUND, what=POINT_ENTITY, id=answer.point_id)
        if step is CriticismStep.SENT:
            apply_move(session, actor, row, CriticismStep.ANSWERED, replied_on)
        else:
            add_event(session, actor, row, "reply", replied_on, from_step=step, to_step=step)
        before = audit_fields(session, row)
        for answer in cleaned:
            point = points[answer.point_id]
            point.answer, point.explanation = answer.answer.value, answer.explanation
        row.reply_id = incoming_id if incoming_id is not None else row.reply_id
        row.replied_on = replied_on
        row.updated_at = utc_now()
        session.flush()
        audit.record(session, actor, "update", ENTITY, row.id, before, audit_fields(session, row))
        return record_of(session, actor, row), CHANGED
