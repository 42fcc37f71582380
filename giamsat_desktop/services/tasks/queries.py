"""Lists of tasks: the keys in order, the rows by block, the figures per organisation.

The database filters, sorts and counts (a list of 300,000 tasks is never loaded whole);
"today" is the PC's local date, passed to every query as a parameter, so overdue means
the same on SQLite and on a shared server. A task from a secret incoming document is left
out for a viewer, as the document is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import IncomingDocument, Organization, Task
from giamsat_desktop.db.search_index import SEARCH_INDEXES
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.deadlines import Timeliness
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.tasks import (
    OPEN_STATES,
    TaskFilter,
    TaskRecord,
    TaskState,
    on_time_rate,
)
from giamsat_desktop.domain.text import fold_words
from giamsat_desktop.services.common.listing import fetch_keys
from giamsat_desktop.services.registers.text_search import text_condition
from giamsat_desktop.services.tasks.records import records_of

_OPEN = tuple(state.value for state in OPEN_STATES)
_DONE = TaskState.DONE.value
_CANCELLED = TaskState.CANCELLED.value


class TaskColumn(StrEnum):
    """The orders a list of tasks can be read in."""

    ASSIGNED = "assigned"
    CONTENT = "content"
    LEAD = "lead"
    DEADLINE = "deadline"
    STATE = "state"
    PROGRESS = "progress"
    DONE = "done"
    SOURCE = "source"


_ORDER: dict[TaskColumn, tuple[Any, ...]] = {
    TaskColumn.ASSIGNED: (Task.assigned_on, Task.id),
    TaskColumn.CONTENT: (Task.content, Task.id),
    TaskColumn.LEAD: (Task.lead_id, Task.deadline, Task.id),
    TaskColumn.DEADLINE: (Task.deadline, Task.id),
    TaskColumn.STATE: (Task.state, Task.deadline, Task.id),
    TaskColumn.PROGRESS: (Task.progress, Task.id),
    TaskColumn.DONE: (Task.done_on, Task.id),
    TaskColumn.SOURCE: (Task.source_id, Task.id),
}


def _secret_hidden(actor: Actor) -> list[ColumnElement[bool]]:
    """For a viewer: no task from a document that is not of normal secrecy."""
    if actor.role.can_see_secret:
        return []
    secret = select(IncomingDocument.id).where(
        IncomingDocument.id == Task.source_id,
        IncomingDocument.secrecy != Secrecy.NORMAL.value,
    )
    return [~secret.exists()]


def overdue_on(today: dt.date) -> ColumnElement[bool]:
    """Open and past its deadline on ``today`` (done on the deadline day is on time)."""
    return and_(Task.state.in_(_OPEN), Task.deadline < today)


def done_on_time() -> ColumnElement[bool]:
    """Done on or before its deadline (a task with a deadline only)."""
    return and_(Task.state == _DONE, Task.deadline.is_not(None), Task.done_on <= Task.deadline)


def done_late() -> ColumnElement[bool]:
    """Done after its deadline ("hoàn thành quá hạn")."""
    return and_(Task.state == _DONE, Task.deadline.is_not(None), Task.done_on > Task.deadline)


def _timeliness(value: Timeliness, today: dt.date) -> ColumnElement[bool]:
    if value is Timeliness.OVERDUE:
        return overdue_on(today)
    if value is Timeliness.OPEN:
        return and_(Task.state.in_(_OPEN), Task.deadline >= today)
    if value is Timeliness.ON_TIME:
        return done_on_time()
    if value is Timeliness.LATE:
        return done_late()
    return Task.deadline.is_(None)


def conditions(
    where: TaskFilter, actor: Actor, today: dt.date, dialect: str
) -> list[ColumnElement[bool]]:
    """The SQL conditions of ``where`` on ``today``, with the viewer's secrecy rule."""
    found = _secret_hidden(actor)
    if where.keys is not None:
        found.append(Task.id.in_(sorted(where.keys)))
    if where.organization_id is not None:
        found.append(Task.lead_id == where.organization_id)
    if where.states:
        found.append(Task.state.in_(sorted(state.value for state in where.states)))
    if where.timeliness is not None:
        found.append(_timeliness(where.timeliness, today))
    if where.due_within is not None:
        found.append(Task.state.in_(_OPEN))
        found.append(Task.deadline.between(today, today + dt.timedelta(days=where.due_within)))
    if where.deadline_from is not None:
        found.append(Task.deadline >= where.deadline_from)
    if where.deadline_to is not None:
        found.append(Task.deadline <= where.deadline_to)
    if where.done_from is not None:
        found.append(Task.done_on >= where.done_from)
    if where.done_to is not None:
        found.append(Task.done_on <= where.done_to)
    if where.source_id is not None:
        found.append(Task.source_id == where.source_id)
    if where.year is not None:
        found.append(
            Task.assigned_on.between(dt.date(where.year, 1, 1), dt.date(where.year, 12, 31))
        )
    if where.assigned_from is not None:
        found.append(Task.assigned_on >= where.assigned_from)
    if where.assigned_to is not None:
        found.append(Task.assigned_on <= where.assigned_to)
    if where.standing is True:
        found.append(Task.report_period != "")
    elif where.standing is False:
        found.append(Task.report_period == "")
    if fold_words(where.words):
        found.append(text_condition(dialect, Task, SEARCH_INDEXES["tasks"], where.words))
    return found


def _order(column: TaskColumn, descending: bool, dialect: str) -> list[Any]:
    """The sort, empty values where SQLite puts them (first going up, last going down).

    A standing task's missing deadline goes last either way.
    """
    order = []
    for part in _ORDER[column]:
        term = part.desc() if descending else part.asc()
        if part is Task.deadline:
            term = term.nulls_last()  # standing tasks after every dated one, either way
        elif dialect != "sqlite" and part.expression.nullable:
            term = term.nulls_last() if descending else term.nulls_first()
        order.append(term)
    return order


def task_keys(
    factory: SessionFactory,
    actor: Actor,
    where: TaskFilter,
    today: dt.date,
    order: tuple[TaskColumn, bool] = (TaskColumn.DEADLINE, False),
) -> list[int]:
    """The ids of the tasks ``where`` lets through, in ``order`` (column, descending)."""
    with factory() as session:
        dialect = session.get_bind().dialect.name
        query = (
            select(Task.id)
            .where(*conditions(where, actor, today, dialect))
            .order_by(*_order(order[0], order[1], dialect))
        )
        return fetch_keys(session, query)


def count_tasks(factory: SessionFactory, actor: Actor, where: TaskFilter, today: dt.date) -> int:
    """How many tasks ``where`` lets through (an overview figure)."""
    with factory() as session:
        dialect = session.get_bind().dialect.name
        query = select(func.count(Task.id)).where(*conditions(where, actor, today, dialect))
        return int(session.scalar(query) or 0)


def tasks_by_ids(factory: SessionFactory, ids: Sequence[int]) -> list[TaskRecord]:
    """The tasks of ``ids``, in that order (a block of a list already filtered)."""
    if not ids:
        return []
    with factory() as session:
        rows = list(session.scalars(select(Task).where(Task.id.in_(list(ids)))))
        by_id = {record.id: record for record in records_of(session, rows)}
    return [by_id[key] for key in ids if key in by_id]


@dataclass(frozen=True, slots=True)
class OrganizationFigures:
    """What one organisation was given and how it did, for the table by organisation.

    ``rate`` is domain.tasks.on_time_rate: done on time ÷ (all done + open overdue),
    standing and cancelled tasks left out; None when nothing counts yet.
    """

    organization_id: int
    name: str
    assigned: int
    done_on_time: int
    done_late: int
    overdue: int
    in_progress: int
    standing: int

    @property
    def rate(self) -> float | None:
        """% đúng hạn, as a fraction."""
        return on_time_rate(self.done_on_time, self.done_on_time + self.done_late, self.overdue)


def _count(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def organization_figures(
    factory: SessionFactory, actor: Actor, where: TaskFilter, today: dt.date
) -> list[OrganizationFigures]:
    """One line per organisation that was given tasks under ``where``, by name; one query.

    "Được giao" counts every task but the cancelled ones; "đang thực hiện" the open tasks
    with a deadline not passed (standing tasks are counted apart).
    """
    with factory() as session:
        return _organization_figures(session, actor, where, today)


def _organization_figures(
    session: Session, actor: Actor, where: TaskFilter, today: dt.date
) -> list[OrganizationFigures]:
    dialect = session.get_bind().dialect.name
    query = (
        select(
            Task.lead_id,
            Organization.name,
            _count(Task.state != _CANCELLED),
            _count(done_on_time()),
            _count(done_late()),
            _count(overdue_on(today)),
            _count(and_(Task.state.in_(_OPEN), Task.deadline >= today)),
            _count(and_(Task.report_period != "", Task.state.in_(_OPEN))),
        )
        .join(Organization, Organization.id == Task.lead_id)
        .where(*conditions(where, actor, today, dialect))
        .group_by(Task.lead_id, Organization.name, Organization.sort_order)
        .order_by(Organization.sort_order, Organization.name)
    )
    rows = session.execute(query).tuples()
    return [
        OrganizationFigures(
            organization_id=org_id,
            name=name,
            assigned=int(assigned),
            done_on_time=int(on_time),
            done_late=int(late),
            overdue=int(overdue),
            in_progress=int(in_progress),
            standing=int(standing),
        )
        for org_id, name, assigned, on_time, late, overdue, in_progress, standing in rows
    ]


def task_years(factory: SessionFactory) -> list[int]:
    """The years tasks were given in, newest first (the year filter's choices)."""
    with factory() as session:  # two statements: each reads one end of the index
        first = session.scalar(select(func.min(Task.assigned_on)))
        last = session.scalar(select(func.max(Task.assigned_on)))
    if first is None or last is None:
        return []
    return list(range(last.year, first.year - 1, -1))
