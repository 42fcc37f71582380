"""A task's history: each move, progress note, extension and undo, as it happened."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import Task, TaskEvent
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.tasks import TaskState
from giamsat_desktop.services.common.history_walk import UNDO_WALK_KINDS, latest_move
from giamsat_desktop.services.tasks.records import load


@dataclass(frozen=True, slots=True)
class TaskStep:
    """One line of a task's history."""

    kind: str
    """``assign``, ``move``, ``progress``, ``extend`` or ``undo``."""
    on: dt.date
    from_state: TaskState | None
    to_state: TaskState | None
    progress: int | None
    old_deadline: dt.date | None
    new_deadline: dt.date | None
    note: str
    user_name: str


def add_event(
    session: Session,
    actor: Actor,
    row: Task,
    kind: str,
    on: dt.date,
    *,
    from_state: TaskState | None = None,
    to_state: TaskState | None = None,
    progress: int | None = None,
    old_deadline: dt.date | None = None,
    new_deadline: dt.date | None = None,
    note: str = "",
) -> None:
    """Write one step of the history, in the caller's transaction."""
    session.add(
        TaskEvent(
            task_id=row.id,
            kind=kind,
            on=on,
            from_state=from_state.value if from_state else "",
            to_state=to_state.value if to_state else "",
            progress=progress,
            old_deadline=old_deadline,
            new_deadline=new_deadline,
            note=note,
            user_name=actor.user_name,
        )
    )


def history(factory: SessionFactory, actor: Actor, task_id: int) -> list[TaskStep]:
    """A task's history, oldest first."""
    with factory() as session:
        load(session, actor, task_id)
        rows = session.scalars(
            select(TaskEvent).where(TaskEvent.task_id == task_id).order_by(TaskEvent.id)
        )
        return [
            TaskStep(
                kind=row.kind,
                on=row.on,
                from_state=TaskState(row.from_state) if row.from_state else None,
                to_state=TaskState(row.to_state) if row.to_state else None,
                progress=row.progress,
                old_deadline=row.old_deadline,
                new_deadline=row.new_deadline,
                note=row.note,
                user_name=row.user_name,
            )
            for row in rows
        ]


def last_move(session: Session, task_id: int) -> TaskEvent | None:
    """The task's latest move not undone yet (an undo cancels the move before it)."""
    return latest_move(
        session.scalars(
            select(TaskEvent)
            .where(TaskEvent.task_id == task_id, TaskEvent.kind.in_(UNDO_WALK_KINDS))
            .order_by(TaskEvent.id.desc())
        )
    )


def last_progress(session: Session, task_id: int) -> int:
    """The percentage of the task's latest progress note; 0 without one."""
    value = session.scalar(
        select(TaskEvent.progress)
        .where(TaskEvent.task_id == task_id, TaskEvent.kind == "progress")
        .order_by(TaskEvent.id.desc())
        .limit(1)
    )
    return int(value or 0)
