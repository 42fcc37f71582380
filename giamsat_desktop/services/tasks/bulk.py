"""Acting on several tasks at once: mark them done, or extend their deadlines.

All the tasks chosen change in one transaction or none does: a task saved on another PC
meanwhile, or one that cannot make the move, refuses the whole step, and the clerk's list
is read again before trying once more.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import Task
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ErrorCode, ValidationError
from giamsat_desktop.domain.tasks import TaskRecord, TaskState
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import multi_line, require_write
from giamsat_desktop.services.tasks.document_status import follow_tasks
from giamsat_desktop.services.tasks.moves import REASON_LIMIT, apply_change, extended, moved
from giamsat_desktop.services.tasks.records import load, records_of

Chosen = Sequence[tuple[int, int]]
"""The tasks chosen, each as (id, version) as the list showed it."""


def complete_tasks(
    factory: SessionFactory, actor: Actor, chosen: Chosen, on: dt.date
) -> tuple[list[TaskRecord], Changes]:
    """Mark every chosen task done on ``on``, or none of them.

    Raises:
        ConflictError: one of them is closed already, or was saved since.
        ValidationError: nothing chosen.
    """
    return _each(
        factory,
        actor,
        chosen,
        "move",
        lambda session, row: moved(session, actor, row, TaskState.DONE, on, ""),
    )


def extend_tasks(
    factory: SessionFactory,
    actor: Actor,
    chosen: Chosen,
    new_deadline: dt.date,
    reason: str,
    on: dt.date,
) -> tuple[list[TaskRecord], Changes]:
    """Give every chosen task the deadline ``new_deadline``, with one reason, or none of them.

    Raises:
        ConflictError: one is closed or standing, or was saved since.
        ValidationError: no reason, or a new deadline not after a task's current one.
    """
    why = multi_line(reason, "reason", REASON_LIMIT, required=True)
    return _each(
        factory,
        actor,
        chosen,
        "extend",
        lambda session, row: extended(session, actor, row, new_deadline, why, on),
    )


def _each(
    factory: SessionFactory,
    actor: Actor,
    chosen: Chosen,
    action: str,
    change: Callable[[Session, Task], None],
) -> tuple[list[TaskRecord], Changes]:
    require_write(actor)
    if not chosen:
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="task")
    with unit_of_work(factory) as session:
        rows = []
        for task_id, version in chosen:
            row = load(session, actor, task_id, version)
            apply_change(session, actor, row, action, change)
            rows.append(row)
        for source in sorted({row.source_id for row in rows if row.source_id is not None}):
            follow_tasks(session, actor, source)
        records = records_of(session, rows)
    return records, Changes.of(Area.TASKS, Area.INCOMING)
