"""The deadline calendar: each day's counts and the month's deadlines, against a hand count."""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.tasks import TaskFilter
from giamsat_desktop.services.calendar.deadlines import DayCounts, DeadlineKind, DeadlineState
from giamsat_desktop.services.calendar.sources import deadline_counts, deadlines_between, opens_day
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.tasks.queries import count_tasks
from tests.services.calendar.office_tasks import (
    CLERK,
    MARCH,
    ON,
    VIEWER,
    WINDOW,
    Office,
    day,
    make_office,
)

TASKS = frozenset({DeadlineKind.TASK})


@pytest.fixture
def office(context: ServiceContext) -> Office:
    return make_office(context)


def test_each_day_of_the_month_counts_its_deadlines_by_state(
    context: ServiceContext, office: Office
) -> None:
    counts = deadline_counts(context.factory, CLERK, *MARCH, ON, WINDOW)
    assert counts == {
        day(5): DayCounts(overdue=2, done=1, kinds=TASKS),  # a1, b2; a7 done late; a8 cancelled
        day(9): DayCounts(overdue=1, done=1, kinds=TASKS),  # a2; a6
        day(10): DayCounts(due_soon=1, kinds=TASKS),  # a3, due today
        day(12): DayCounts(due_soon=1, kinds=TASKS),  # b1, paused
        day(13): DayCounts(due_soon=1, kinds=TASKS),  # a4, the window's last day
        day(14): DayCounts(open=1, kinds=TASKS),  # a5
    }
    assert counts[day(5)].total == 3


def test_the_months_deadlines_come_by_day_with_their_state(
    context: ServiceContext, office: Office
) -> None:
    entries = deadlines_between(context.factory, CLERK, *MARCH, ON, WINDOW)
    seen = [(e.day, office.name_of(e.record_id), e.state, e.late) for e in entries]
    overdue, soon, later, done = (
        DeadlineState.OVERDUE,
        DeadlineState.DUE_SOON,
        DeadlineState.OPEN,
        DeadlineState.DONE,
    )
    assert seen == [
        (day(5), "a1", overdue, False),
        (day(5), "a7", done, True),
        (day(5), "b2", overdue, False),
        (day(9), "a2", overdue, False),
        (day(9), "a6", done, False),
        (day(10), "a3", soon, False),
        (day(12), "b1", soon, False),
        (day(13), "a4", soon, False),
        (day(14), "a5", later, False),
    ]
    b1 = next(e for e in entries if e.record_id == office.ids["b1"])
    assert (b1.kind, b1.title, b1.organization) == (
        DeadlineKind.TASK,
        "Lấy ý kiến dự thảo quy chế",
        office.b_name,
    )
    # Its line opens the list of B's tasks due that day, which holds it.
    twelfth = day(12)
    assert b1.opens == TaskFilter(
        organization_id=office.b, deadline_from=twelfth, deadline_to=twelfth
    )
    assert isinstance(b1.opens, TaskFilter)
    assert count_tasks(context.factory, CLERK, b1.opens, ON) == 1


def test_a_day_opens_the_list_of_its_tasks(context: ServiceContext, office: Office) -> None:
    where = opens_day(DeadlineKind.TASK, day(5))
    assert where == TaskFilter(deadline_from=day(5), deadline_to=day(5))
    assert isinstance(where, TaskFilter)
    assert count_tasks(context.factory, CLERK, where, ON) == 4  # a1, a7, a8, b2


@pytest.mark.parametrize(
    ("today", "a4", "a5"),
    [
        # a4 is due on 13/3: due soon through its day, overdue from the next one.
        (day(13), DeadlineState.DUE_SOON, DeadlineState.DUE_SOON),
        (day(14), DeadlineState.OVERDUE, DeadlineState.DUE_SOON),
        # a5 is due on 14/3: out of the window on 10/3, in it on 11/3.
        (day(10), DeadlineState.DUE_SOON, DeadlineState.OPEN),
        (day(11), DeadlineState.DUE_SOON, DeadlineState.DUE_SOON),
        (day(15), DeadlineState.OVERDUE, DeadlineState.OVERDUE),
    ],
)
def test_overdue_and_due_soon_turn_at_midnight_of_the_day_passed(
    context: ServiceContext, office: Office, today: dt.date, a4: DeadlineState, a5: DeadlineState
) -> None:
    """The day is the caller's (the PC's local date), never the database server's clock."""
    entries = deadlines_between(context.factory, CLERK, day(13), day(14), today, WINDOW)
    assert [(office.name_of(e.record_id), e.state) for e in entries] == [("a4", a4), ("a5", a5)]
    counts = deadline_counts(context.factory, CLERK, day(13), day(14), today, WINDOW)
    assert counts[day(13)].overdue == (a4 is DeadlineState.OVERDUE)
    assert counts[day(14)].due_soon == (a5 is DeadlineState.DUE_SOON)


def test_a_viewer_does_not_see_the_secret_documents_task(
    context: ServiceContext, office: Office
) -> None:
    counts = deadline_counts(context.factory, VIEWER, *MARCH, ON, WINDOW)
    assert counts[day(5)] == DayCounts(overdue=1, done=1, kinds=TASKS)
    entries = deadlines_between(context.factory, VIEWER, *MARCH, ON, WINDOW)
    assert office.ids["b2"] not in {e.record_id for e in entries}
    assert len(entries) == 8


def test_the_range_is_inclusive_and_a_bad_range_is_refused(
    context: ServiceContext, office: Office
) -> None:
    counts = deadline_counts(context.factory, CLERK, day(28, 2), day(2, 4), ON, WINDOW)
    assert {day(28, 2), day(2, 4)} <= set(counts)
    one_day = deadlines_between(context.factory, CLERK, day(12), day(12), ON, WINDOW)
    assert [office.name_of(e.record_id) for e in one_day] == ["b1"]
    with pytest.raises(ValueError):
        deadline_counts(context.factory, CLERK, day(14), day(13), ON, WINDOW)
    with pytest.raises(ValueError):
        deadlines_between(context.factory, CLERK, day(13), day(14), ON, -1)
