"""The tasks' deadlines: open tasks with a deadline, and the done ones marked done.

Cancelled tasks and standing tasks (no deadline) have no day on the calendar. A task from a
secret document is left out for a viewer, through the task list's own conditions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import Organization, Task
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.tasks import OPEN_STATES, TaskFilter, TaskState
from giamsat_desktop.services.calendar.deadlines import (
    DayCounts,
    DeadlineEntry,
    DeadlineKind,
    deadline_entry,
)
from giamsat_desktop.services.tasks.queries import conditions

_OPEN = tuple(sorted(state.value for state in OPEN_STATES))
_DONE = TaskState.DONE.value
_SHOWN = frozenset({*OPEN_STATES, TaskState.DONE})
"""The states a task has a day on the calendar in."""


def count_where(condition: ColumnElement[bool]) -> Any:
    """How many rows of a group meet ``condition`` (0 for none)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _between(
    session: Session, actor: Actor, start: dt.date, end: dt.date, today: dt.date
) -> list[ColumnElement[bool]]:
    where = TaskFilter(states=_SHOWN, deadline_from=start, deadline_to=end)
    return conditions(where, actor, today, session.get_bind().dialect.name)


class TaskDeadlines:
    """The deadlines of the tasks given to the organisations."""

    kind = DeadlineKind.TASK

    def entries(
        self,
        session: Session,
        actor: Actor,
        start: dt.date,
        end: dt.date,
        today: dt.date,
        window: int,
    ) -> list[DeadlineEntry]:
        """Open and done tasks due from ``start`` to ``end``, by day, then lead, then id."""
        query = (
            select(
                Task.id,
                Task.deadline,
                Task.content,
                Task.lead_id,
                Organization.name,
                Task.state,
                Task.done_on,
            )
            .join(Organization, Organization.id == Task.lead_id)
            .where(*_between(session, actor, start, end, today))
            .order_by(Task.deadline, Organization.sort_order, Organization.name, Task.id)
        )
        found = []
        for task_id, day, content, lead_id, name, state, done_on in session.execute(query):
            found.append(
                deadline_entry(
                    self.kind,
                    day,
                    content,
                    name,
                    TaskFilter(organization_id=lead_id, deadline_from=day, deadline_to=day),
                    task_id,
                    done=state == _DONE,
                    done_on=done_on,
                    today=today,
                    window=window,
                )
            )
        return found

    def counts(
        self,
        session: Session,
        actor: Actor,
        start: dt.date,
        end: dt.date,
        today: dt.date,
        window: int,
    ) -> dict[dt.date, DayCounts]:
        """Per day: overdue, due soon, further off and done tasks, in one grouped query."""
        is_open = Task.state.in_(_OPEN)
        horizon = today + dt.timedelta(days=window)
        query = (
            select(
                Task.deadline,
                count_where(and_(is_open, Task.deadline < today)),
                count_where(and_(is_open, Task.deadline >= today, Task.deadline <= horizon)),
                count_where(and_(is_open, Task.deadline > horizon)),
                count_where(Task.state == _DONE),
            )
            .where(*_between(session, actor, start, end, today))
            .group_by(Task.deadline)
        )
        kinds = frozenset({self.kind})
        return {
            day: DayCounts(int(overdue), int(soon), int(later), int(done), kinds)
            for day, overdue, soon, later, done in session.execute(query)
        }

    def opens_day(self, day: dt.date) -> TaskFilter:
        """Every task due on ``day``."""
        return TaskFilter(deadline_from=day, deadline_to=day)


TASK_DEADLINES = TaskDeadlines()
"""The tasks' source of deadlines."""
