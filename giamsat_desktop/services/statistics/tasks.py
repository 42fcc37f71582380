"""The tasks' figures of a period: per organisation, given in it, states as of the day judged."""

from __future__ import annotations

import datetime as dt

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
    where = TaskFilter(assigned_from=period.start, assigned_to=period.end)
    dialect = session.get_bind().dialect.name
    done = and_(Task.state == _DONE, Task.done_on <= as_of)
    undone = or_(Task.state.in_(_OPEN), and_(Task.state == _DONE, Task.done_on > as_of))
    dated = Task.deadline.is_not(None)
    query = (
        select(
            Task.lead_id,
            func.count(Task.id),
            count_where(and_(done, dated, Task.done_on <= Task.deadline)),
            count_where(and_(done, dated, Task.done_on > Task.deadline)),
            count_where(and_(undone, dated, Task.deadline < as_of)),
            count_where(and_(undone, dated, Task.deadline >= as_of)),
        )
        .where(
            Task.state != TaskState.CANCELLED.value,
            *conditions(where, actor, as_of, dialect),
        )
        .group_by(Task.lead_id)
    )
    counts = {row[0]: tuple(int(value) for value in row[1:]) for row in session.execute(query)}
    return tuple(
        TaskLine(key, name, *counts.get(key, (0, 0, 0, 0, 0)))
        for key, name in organization_rows(session, counts)
    )
