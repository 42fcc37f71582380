"""A criticism session's steps: moves as its form's machine allows, undoing one made by mistake.

Every move is one transaction with its history step (``criticism_events``) and its audit
entry; the moves allowed are ``domain.criticism.can_move``, a forbidden one is refused with
``CRITICISM_MOVE_FORBIDDEN``; a cancel needs its reason. Sending the criticism fixes the
answers' deadline (``domain.criticism.answer_due``, the office's period); the drafting body's
reply is recorded by ``criticism.answers``, which makes the move to "đã nhận trả lời".
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import CriticismPoint, CriticismSession
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.criticism import (
    REASON_NEEDED,
    CriticismForm,
    CriticismStep,
    answer_due,
    can_move,
)
from giamsat_desktop.domain.criticism_records import CriticismRecord
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from giamsat_desktop.services.catalog.days_off import days_off_in
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.validation import multi_line, require_write
from giamsat_desktop.services.criticism.history import add_event, last_move
from giamsat_desktop.services.criticism.records import (
    CHANGED,
    ENTITY,
    audit_fields,
    load,
    record_of,
)
from giamsat_desktop.services.criticism.settings import answer_days_in, by_submission_in

REASON_LIMIT = 1000
BY_REPLY = frozenset({CriticismStep.ANSWERED})
"""Steps only a recorded reply takes a session to, never the clerk's move."""


def apply_move(
    session: Session,
    actor: Actor,
    row: CriticismSession,
    new: CriticismStep,
    on: dt.date,
    note: str = "",
    *,
    letter_id: int | None = None,
) -> None:
    """Move a loaded session to ``new`` in the caller's transaction, with history and audit.

    ``letter_id``: the issued letter that sent the criticism, when its issuing moves it.

    Raises:
        ConflictError: a move its form's steps forbid (``CRITICISM_MOVE_FORBIDDEN``).
        ValidationError: a cancel without a reason.
    """
    old = CriticismStep(row.step)
    if not can_move(CriticismForm(row.form), old, new):
        raise ConflictError(ErrorCode.CRITICISM_MOVE_FORBIDDEN, what=old.value, other=new.value)
    if new in REASON_NEEDED and not note.strip():
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="reason")
    before = audit_fields(session, row)
    row.step = new.value
    if new is CriticismStep.SENT:
        row.sent_on, row.letter_id = on, letter_id
        row.answer_due = answer_due(
            on,
            row.submit_on,
            days_off_in(session),
            by_submission=by_submission_in(session),
            days=answer_days_in(session),
        )
    if new is CriticismStep.CANCELLED:
        row.cancel_reason = note
    add_event(session, actor, row, "move", on, from_step=old, to_step=new, note=note)
    row.updated_at = utc_now()
    session.flush()
    audit.record(session, actor, "move", ENTITY, row.id, before, audit_fields(session, row))


def move_criticism(
    factory: SessionFactory,
    actor: Actor,
    key: int,
    version: int,
    new: CriticismStep,
    on: dt.date,
    note: str = "",
) -> tuple[CriticismRecord, Changes]:
    """Move a session to ``new`` on the day ``on`` (a cancel: ``note`` is its reason).

    Raises:
        ConflictError: a move its form's steps forbid, or one only a reply makes
            (``CRITICISM_MOVE_FORBIDDEN``), or saved since (``STALE_EDIT``).
        ValidationError: a cancel without a reason.
        NotFoundError: no such session.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    text = multi_line(note, "reason", REASON_LIMIT)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        if new in BY_REPLY:
            raise ConflictError(ErrorCode.CRITICISM_MOVE_FORBIDDEN, what=row.step, other=new.value)
        apply_move(session, actor, row, new, on, text)
        return record_of(session, actor, row), CHANGED


def undo_move(
    factory: SessionFactory, actor: Actor, key: int, version: int, reason: str, on: dt.date
) -> tuple[CriticismRecord, Changes]:
    """Take back the last move made by mistake, with a reason kept in the history.

    What the move kept goes with it: the sending (its day, its letter, the deadline), the
    reply (its document, its day, the points' answers), a cancel's reason.

    Raises:
        ConflictError: no move left to undo (``CRITICISM_NOTHING_TO_UNDO``), or saved since.
        ValidationError: no reason.
    """
    require_write(actor)
    why = multi_line(reason, "reason", REASON_LIMIT, required=True)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        move = last_move(session, row.id)
        if move is None or move.to_step != row.step:
            raise ConflictError(ErrorCode.CRITICISM_NOTHING_TO_UNDO)
        back, undone = CriticismStep(move.from_step), CriticismStep(move.to_step)
        before = audit_fields(session, row)
        if undone is CriticismStep.SENT:
            row.sent_on, row.answer_due, row.letter_id = None, None, None
        if undone is CriticismStep.ANSWERED:
            row.reply_id, row.replied_on = None, None
            session.execute(
                update(CriticismPoint)
                .where(CriticismPoint.session_id == row.id)
                .values(answer="", explanation="")
            )
        if undone is CriticismStep.CANCELLED:
            row.cancel_reason = ""
        row.step = back.value
        add_event(session, actor, row, "undo", on, from_step=undone, to_step=back, note=why)
        row.updated_at = utc_now()
        session.flush()
        audit.record(session, actor, "undo", ENTITY, row.id, before, audit_fields(session, row))
        return record_of(session, actor, row), CHANGED
