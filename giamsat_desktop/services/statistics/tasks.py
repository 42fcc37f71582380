"""The tasks' figures of a period: per organisation, given in it, states as of the day judged."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import Task
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.domain.statistics import TaskLine
from giamsat_desktop.domain.tasks import OPEN_STATES, TaskFilter, TaskState
from giamsat_desktop.services.statistics.criticism import count_where
from giamsat_desktop.services.statistics.rows import organization_rows
from giamsat_desktop.services.tasks.queries import conditions

_OPEN = tuple(state.value for state in OPEN_STATES)
_DONE = TaskState.DONE.value


def task_lines(
    session: Session, actor: Actor, period: Period, as_of: dt.date
) -> tuple[TaskLine, ...]:
    """Tasks given in the period, per lead organisation, their states as of the day judged.

    A task counts by the day it was given; cancelled tasks never count. As of the day
    judged (the period's end, or today if earlier): done on time (by its deadline), done
    late (after it), overdue (not done by then and its deadline passed), in progress (not
    done, deadline not passed); a standing task without a deadline counts as given only.
    % on time = done on time ÷ (done + overdue). A viewer counts no task from a secret
    document (as the Nhiệm vụ list shows them).
    """
    columns = _columns(as_of)
    query = (
        select(Task.lead_id, func.count(Task.id), *(count_where(c) for c in columns.values()))
        .where(*_counted(session, actor, period, as_of))
        .group_by(Task.lead_id)
    )
    counts = {row[0]: tuple(int(value) for value in row[1:]) for row in session.execute(query)}
    return tuple(
        TaskLine(key, name, *counts.get(key, (0, 0, 0, 0, 0)))
        for key, name in organization_rows(session, counts)
    )


def tasks_behind(
    session: Session,
    actor: Actor,
    period: Period,
    as_of: dt.date,
    column: str,
    lead: int | None,
) -> frozenset[int]:
    """The tasks behind a figure of the Nhiệm vụ table, for one lead (None: every row).

    Behind the % on time stand the tasks it judges: done, and overdue.
    """
    query = select(Task.id).where(*_counted(session, actor, period, as_of))
    columns = _columns(as_of)
    if column in columns:
        query = query.where(columns[column])
    elif column == "rate":
        judged = ("done_on_time", "done_late", "overdue")
        query = query.where(or_(*(columns[key] for key in judged)))
    if lead is not None:
        query = query.where(Task.lead_id == lead)
    return frozenset(session.scalars(query))


def _counted(session: Session, actor: Actor, period: Period, as_of: dt.date) -> list[Any]:
    """Given in the period, not cancelled, as the actor may see them."""
    where = TaskFilter(assigned_from=period.start, assigned_to=period.end)
    dialect = session.get_bind().dialect.name
    return [Task.state != TaskState.CANCELLED.value, *conditions(where, actor, as_of, dialect)]


def _columns(as_of: dt.date) -> dict[str, Any]:
    """What each figure after "Được giao" counts, in the table's order."""
    done = and_(Task.state == _DONE, Task.done_on <= as_of)
    undone = or_(Task.state.in_(_OPEN), and_(Task.state == _DONE, Task.done_on > as_of))
    dated = Task.deadline.is_not(None)
    return {
        "done_on_time": and_(done, dated, Task.done_on <= Task.deadline),
        "done_late": and_(done, dated, Task.done_on > Task.deadline),
        "overdue": and_(undone, dated, Task.deadline < as_of),
        "in_progress": and_(undone, dated, Task.deadline >= as_of),
    }
