"""Overdue turns at the office's local midnight, whatever the database server's clock says.

The office's PC in Việt Nam is 7 hours ahead of UTC: at 00:30 on a day there, UTC (and a
server on UTC, or SQLite's ``date('now')``) is still on the day before. Every figure takes
"today" from the PC's clock as a parameter, so a task due on the day before is overdue
from 00:00 local time, and a task done at 23:59 local time on its deadline day is on time.
"""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.deadlines import Timeliness
from giamsat_desktop.domain.tasks import TaskDraft, TaskFilter, TaskState
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.overview.figures import overview
from giamsat_desktop.services.tasks import assign, moves, queries, records
from tests.session_day import TODAY

CLERK = Actor("vanthu", Role.CLERK)
VIETNAM = dt.timezone(dt.timedelta(hours=7))
DUE = TODAY + dt.timedelta(days=1)


def _pc_day(utc_hour: int, utc_minute: int, day: dt.date = DUE) -> dt.date:
    """The date a PC in Việt Nam shows at that UTC moment of ``day``."""
    moment = dt.datetime.combine(day, dt.time(utc_hour, utc_minute), tzinfo=dt.UTC)
    return moment.astimezone(VIETNAM).date()


def _give(context: ServiceContext) -> tuple[int, int]:
    lead = next(o.id for o in list_organizations(context.factory) if o.kind.value == "member")
    tasks, _ = assign.assign_tasks(
        context.factory, CLERK, [TaskDraft(f"Việc {n}", lead, (), "", DUE) for n in (1, 2)]
    )
    return tasks[0].id, tasks[1].id


def test_a_task_is_overdue_from_local_midnight_though_utc_is_still_on_its_deadline(
    context: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _give(context)
    before, after = _pc_day(16, 59), _pc_day(17, 0)  # 23:59 and 00:00 in Việt Nam
    assert (before, after) == (DUE, DUE + dt.timedelta(days=1))
    overdue = TaskFilter(timeliness=Timeliness.OVERDUE)
    monkeypatch.setattr(clock, "today", lambda: before)
    assert overview(context.factory, actor=CLERK).tasks_overdue == 0
    assert queries.count_tasks(context.factory, CLERK, overdue, clock.today()) == 0
    monkeypatch.setattr(clock, "today", lambda: after)  # UTC still reads DUE
    assert overview(context.factory, actor=CLERK).tasks_overdue == 2
    assert queries.count_tasks(context.factory, CLERK, overdue, clock.today()) == 2


def test_done_at_2359_local_time_on_the_deadline_day_is_on_time(context: ServiceContext) -> None:
    first, second = _give(context)
    version = records.get_task(context.factory, CLERK, first).version
    on_time = moves.move_task(
        context.factory, CLERK, first, version, TaskState.DONE, _pc_day(16, 59)
    )
    late = moves.move_task(context.factory, CLERK, second, version, TaskState.DONE, _pc_day(17, 0))
    assert not on_time[0].done_late() and late[0].done_late()
    today = DUE + dt.timedelta(days=2)
    assert queries.task_keys(
        context.factory, CLERK, TaskFilter(timeliness=Timeliness.ON_TIME), today
    ) == [first]
    assert queries.task_keys(
        context.factory, CLERK, TaskFilter(timeliness=Timeliness.LATE), today
    ) == [second]
