"""Following a task: moves between its states, progress notes, extensions, undoing a mistake.

Every change is one transaction with its history step and its audit entry; the moves allowed
are ``domain.tasks.MOVES``, a forbidden one is refused with ``TASK_MOVE_FORBIDDEN``. The
document the task comes from follows in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import IncomingDocument, Task
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError, ValidationError
from giamsat_desktop.domain.tasks import REASON_NEEDED, TaskRecord, TaskState, can_move
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import multi_line, require_write
from giamsat_desktop.services.tasks.document_status import follow_tasks
from giamsat_desktop.services.tasks.history import add_event, last_move, last_progress
from giamsat_desktop.services.tasks.records import ENTITY, audit_fields, load, record_of

REASON_LIMIT = 1000


def _change(
    factory: SessionFactory,
    actor: Actor,
    task_id: int,
    version: int,
    action: str,
    change: Callable[[Session, Task], None],
) -> tuple[TaskRecord, Changes]:
    """Load the task, apply ``change``, keep the audit entry and the document's status."""
    require_write(actor)
    with unit_of_work(factory) as session:
        row = load(session, actor, task_id, version)
        apply_change(session, actor, row, action, change)
        if row.source_id is not None:
            follow_tasks(session, actor, row.source_id)
        record = record_of(session, row)
    return record, Changes.of(Area.TASKS, Area.INCOMING)


def apply_change(
    session: Session,
    actor: Actor,
    row: Task,
    action: str,
    change: Callable[[Session, Task], None],
) -> None:
    """Apply ``change`` to a loaded task and keep its audit entry (the caller's transaction)."""
    old = audit_fields(session, row)
    change(session, row)
    row.updated_at = utc_now()
    session.flush()
    audit.record(session, actor, action, ENTITY, row.id, old, audit_fields(session, row))



def moved(
    session: Session,
    actor: Actor,
    row: Task,
    new: TaskState,
    on: dt.date,
    note: str,
    report_id: int | None = None,
) -> None:
    """Move ``row`` to ``new`` if the table allows it, with its history step."""
    old = TaskState(row.state)
    if not can_move(old, new):
        raise ConflictError(ErrorCode.TASK_MOVE_FORBIDDEN, what=old.value, other=new.value)
    if new in REASON_NEEDED and not note.strip():
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="reason")
    row.state = new.value
    if new is TaskState.DONE:
        if report_id is not None and session.get(IncomingDocument, report_id) is None:
            raise NotFoundError(ErrorCode.NOT_FOUND, what="incoming", id=report_id)
        row.done_on, row.progress, row.report_id = on, 100, report_id
    if new is TaskState.CANCELLED:
        row.cancel_reason = note
    add_event(session, actor, row, "move", on, from_state=old, to_state=new, note=note)


def move_task(
    factory: SessionFactory,
    actor: Actor,
    task_id: int,
    version: int,
    new: TaskState,
    on: dt.date,
    *,
    note: str = "",
    report_id: int | None = None,
) -> tuple[TaskRecord, Changes]:
    """Move a task to ``new`` on the day ``on`` (done: with the report letter, if any).

    Raises:
        ConflictError: a move the table forbids (``TASK_MOVE_FORBIDDEN``), or saved since.
        ValidationError: a pause or a cancel without a reason.
    """
    reason = multi_line(note, "reason", REASON_LIMIT)
    return _change(
        factory,
        actor,
        task_id,
        version,
        "move",
        lambda session, row: moved(session, actor, row, new, on, reason, report_id),
    )


def record_progress(
    factory: SessionFactory,
    actor: Actor,
    task_id: int,
    version: int,
    on: dt.date,
    percent: int,
    note: str = "",
) -> tuple[TaskRecord, Changes]:
    """A progress note with its date and percentage; a task not started is now in progress."""
    if type(percent) is not int or not 0 <= percent <= 100:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="progress", reason=str(percent))
    text = multi_line(note, "note", REASON_LIMIT)

    def change(session: Session, row: Task) -> None:
        state = TaskState(row.state)
        if not state.is_open:
            raise ConflictError(
                ErrorCode.TASK_MOVE_FORBIDDEN, what=state.value, other=TaskState.IN_PROGRESS.value
            )
        if state is TaskState.NOT_STARTED:
            moved(session, actor, row, TaskState.IN_PROGRESS, on, "")
        row.progress = percent
        add_event(session, actor, row, "progress", on, progress=percent, note=text)

    return _change(factory, actor, task_id, version, "progress", change)


def extend_deadline(
    factory: SessionFactory,
    actor: Actor,
    task_id: int,
    version: int,
    new_deadline: dt.date,
    reason: str,
    on: dt.date,
) -> tuple[TaskRecord, Changes]:
    """A later deadline, with the reason; the old one stays in the history."""
    why = multi_line(reason, "reason", REASON_LIMIT, required=True)
    return _change(
        factory,
        actor,
        task_id,
        version,
        "extend",
        lambda session, row: extended(session, actor, row, new_deadline, why, on),
    )


def extended(
    session: Session, actor: Actor, row: Task, new_deadline: dt.date, why: str, on: dt.date
) -> None:
    """Give ``row`` a later deadline; the old one and the reason go to the history."""
    if not TaskState(row.state).is_open or row.deadline is None:
        raise ConflictError(ErrorCode.TASK_MOVE_FORBIDDEN, what=row.state, other=row.state)
    if new_deadline <= row.deadline:
        raise ValidationError(
            ErrorCode.DEADLINE_NOT_LATER, field="deadline", date=row.deadline.strftime("%d/%m/%Y")
        )
    add_event(
        session,
        actor,
        row,
        "extend",
        on,
        old_deadline=row.deadline,
        new_deadline=new_deadline,
        note=why,
    )
    row.deadline = new_deadline


def undo_move(
    factory: SessionFactory, actor: Actor, task_id: int, version: int, reason: str, on: dt.date
) -> tuple[TaskRecord, Changes]:
    """Take back the last move made by mistake, with a reason kept in the history."""
    why = multi_line(reason, "reason", REASON_LIMIT, required=True)

    def change(session: Session, row: Task) -> None:
        move = last_move(session, row.id)
        if move is None or move.to_state != row.state:
            raise ConflictError(ErrorCode.NOTHING_TO_UNDO)
        back, undone = TaskState(move.from_state), TaskState(move.to_state)
        if undone is TaskState.DONE:
            row.done_on, row.report_id = None, None
            row.progress = last_progress(session, row.id)
        if undone is TaskState.CANCELLED:
            row.cancel_reason = ""
        row.state = back.value
        add_event(session, actor, row, "undo", on, from_state=undone, to_state=back, note=why)

    return _change(factory, actor, task_id, version, "undo", change)
