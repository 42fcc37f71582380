"""A session's steps: moves as its form's machine allows, undoing one made by mistake.

Every move is one transaction with its history step (``session_events``) and its audit
entry; the moves allowed are ``domain.supervision.can_move``, a forbidden one is refused
with ``SESSION_MOVE_FORBIDDEN``; a cancel needs its reason.

A move keeps the day it gives (``on``) where the lead times read it:

- to the notice step (``domain.supervision_records.notice_step``: ``NOTIFIED`` for forms
  (1) and (2) led, ``PLAN_ISSUED`` for form (3) led, whose plan is what the body gets)
  the day the plan and the decision were sent, ``notice_sent_on``;
- to ``REPORTED`` the day of the report, ``reported_on``;
- to ``CANCELLED`` the reason, ``cancel_reason``.

Undoing the move takes back what it kept. The letters that issue a plan or a decision move
their session in their own transaction through :func:`apply_move`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import SupervisionSession
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from giamsat_desktop.domain.supervision import (
    REASON_NEEDED,
    SessionStep,
    SupervisionForm,
    SupervisionRole,
    can_move,
)
from giamsat_desktop.domain.supervision_records import SessionRecord, notice_step
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.validation import multi_line, require_write
from giamsat_desktop.services.recommendations.sending import open_count
from giamsat_desktop.services.supervision.history import add_event, last_move
from giamsat_desktop.services.supervision.records import (
    CHANGED,
    ENTITY,
    audit_fields,
    load,
    record_of,
)

REASON_LIMIT = 1000


def _notice_step(row: SupervisionSession) -> SessionStep | None:
    return notice_step(SupervisionForm(row.form), SupervisionRole(row.role))


def apply_move(
    session: Session,
    actor: Actor,
    row: SupervisionSession,
    new: SessionStep,
    on: dt.date,
    note: str = "",
) -> None:
    """Move a loaded session to ``new`` in the caller's transaction, with history and audit.

    Raises:
        ConflictError: a move its form's steps forbid (``SESSION_MOVE_FORBIDDEN``), or a
            close while recommendations are open (``SESSION_RECOMMENDATIONS_OPEN``).
        ValidationError: a cancel without a reason.
    """
    old = SessionStep(row.step)
    form, role = SupervisionForm(row.form), SupervisionRole(row.role)
    if not can_move(form, role, old, new):
        raise ConflictError(ErrorCode.SESSION_MOVE_FORBIDDEN, what=old.value, other=new.value)
    if new in REASON_NEEDED and not note.strip():
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="reason")
    if new is SessionStep.CLOSED:
        still = open_count(session, row.id)
        if still:
            raise ConflictError(ErrorCode.SESSION_RECOMMENDATIONS_OPEN, count=still)
    before = audit_fields(session, row)
    row.step = new.value
    if new is _notice_step(row):
        row.notice_sent_on = on
    if new is SessionStep.REPORTED:
        row.reported_on = on
    if new is SessionStep.CANCELLED:
        row.cancel_reason = note
    add_event(session, actor, row, "move", on, from_step=old, to_step=new, note=note)
    row.updated_at = utc_now()
    session.flush()
    audit.record(session, actor, "move", ENTITY, row.id, before, audit_fields(session, row))


def move_if_allowed(
    session: Session,
    actor: Actor,
    row: SupervisionSession,
    new: SessionStep,
    on: dt.date,
    note: str = "",
) -> bool:
    """Move a loaded session to ``new`` when its form's steps allow it from where it is.

    What a letter's issuing does to the session it was written for: a move the steps refuse
    is left out, the session stays where it is. Whether it moved.
    """
    form, role = SupervisionForm(row.form), SupervisionRole(row.role)
    if not can_move(form, role, SessionStep(row.step), new):
        return False
    apply_move(session, actor, row, new, on, note)
    return True


def move_session(
    factory: SessionFactory,
    actor: Actor,
    session_id: int,
    version: int,
    new_step: SessionStep,
    on: dt.date,
    note: str = "",
) -> tuple[SessionRecord, Changes]:
    """Move a session to ``new_step`` on the day ``on`` (a cancel: ``note`` is its reason).

    Raises:
        ConflictError: a move its form's steps forbid (``SESSION_MOVE_FORBIDDEN``, ``what``
            the step it is at, ``other`` the one asked), or saved since (``STALE_EDIT``).
        ValidationError: a cancel without a reason.
        NotFoundError: no such session.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    text = multi_line(note, "reason", REASON_LIMIT)
    with unit_of_work(factory) as session:
        row = load(session, session_id, version)
        apply_move(session, actor, row, new_step, on, text)
        record = record_of(session, actor, row)
    return record, CHANGED


def undo_move(
    factory: SessionFactory,
    actor: Actor,
    session_id: int,
    version: int,
    reason: str,
    on: dt.date,
) -> tuple[SessionRecord, Changes]:
    """Take back the last move made by mistake, with a reason kept in the history.

    Undone one after the other, moves go back as far as the planned step; what a move
    kept (the day sent, the day reported, a cancel's reason) goes with it.

    Raises:
        ConflictError: no move left to undo (``SESSION_NOTHING_TO_UNDO``), or saved since.
        ValidationError: no reason.
    """
    require_write(actor)
    why = multi_line(reason, "reason", REASON_LIMIT, required=True)
    with unit_of_work(factory) as session:
        row = load(session, session_id, version)
        move = last_move(session, row.id)
        if move is None or move.to_step != row.step:
            raise ConflictError(ErrorCode.SESSION_NOTHING_TO_UNDO)
        back, undone = SessionStep(move.from_step), SessionStep(move.to_step)
        before = audit_fields(session, row)
        if undone is _notice_step(row):
            row.notice_sent_on = None
        if undone is SessionStep.REPORTED:
            row.reported_on = None
        if undone is SessionStep.CANCELLED:
            row.cancel_reason = ""
        row.step = back.value
        add_event(session, actor, row, "undo", on, from_step=undone, to_step=back, note=why)
        row.updated_at = utc_now()
        session.flush()
        audit.record(session, actor, "undo", ENTITY, row.id, before, audit_fields(session, row))
        record = record_of(session, actor, row)
    return record, CHANGED
