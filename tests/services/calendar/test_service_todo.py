"""Việc cần làm: overdue and due-soon tasks grouped by organisation, in two queries."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from giamsat_desktop.domain.tasks import OPEN_STATES, TaskFilter
from giamsat_desktop.services.calendar.deadlines import DeadlineState
from giamsat_desktop.services.calendar.todo import todo_list
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.safety.database import Database
from giamsat_desktop.services.tasks.queries import task_keys
from tests.services.calendar.office_tasks import (
    CLERK,
    ON,
    VIEWER,
    WINDOW,
    Office,
    day,
    make_office,
)


@pytest.fixture
def office(context: ServiceContext) -> Office:
    return make_office(context)


def test_overdue_and_due_soon_tasks_are_grouped_by_lead_organisation(
    context: ServiceContext, office: Office
) -> None:
    todo = todo_list(context.factory, CLERK, ON, WINDOW)
    assert [(g.name, g.overdue, g.due_soon) for g in todo.groups] == [
        (office.a_name, 2, 2),
        (office.b_name, 2, 1),  # b4 (28/2) and b2 overdue; b1 paused, due soon
    ]
    assert (todo.overdue, todo.due_soon, todo.is_empty) == (4, 3, False)
    a = todo.groups[0]
    assert [office.name_of(t.id) for t in a.tasks] == ["a1", "a2", "a3", "a4"]  # earliest first
    assert [(t.state, t.days_overdue, t.days_left) for t in a.tasks] == [
        (DeadlineState.OVERDUE, 5, 0),
        (DeadlineState.OVERDUE, 1, 0),
        (DeadlineState.DUE_SOON, 0, 0),
        (DeadlineState.DUE_SOON, 0, 3),
    ]
    assert a.tasks[0].content == "Vận động quỹ vì người nghèo"
    assert a.tasks[0].deadline == day(5)
    b = todo.groups[1]
    assert [office.name_of(t.id) for t in b.tasks] == ["b4", "b2", "b1"]
    assert b.tasks[2].content == "Lấy ý kiến dự thảo quy chế"  # on one line


def test_each_line_opens_a_list_that_holds_it(context: ServiceContext, office: Office) -> None:
    todo = todo_list(context.factory, CLERK, ON, WINDOW)
    a = todo.groups[0]
    listed = task_keys(context.factory, CLERK, a.opens, ON)
    assert {office.name_of(t) for t in listed} == {"a1", "a2", "a3", "a4"}
    a4 = a.tasks[3]
    assert a4.opens == TaskFilter(
        organization_id=office.a, states=OPEN_STATES, deadline_from=day(13), deadline_to=day(13)
    )
    assert task_keys(context.factory, CLERK, a4.opens, ON) == [a4.id]


def test_each_organisation_lists_its_first_tasks_and_counts_the_rest(
    context: ServiceContext, office: Office
) -> None:
    todo = todo_list(context.factory, CLERK, ON, WINDOW, per_organization=3)
    a, b = todo.groups
    assert [office.name_of(t.id) for t in a.tasks] == ["a1", "a2", "a3"]
    assert (a.more, b.more) == (1, 0)


def test_a_viewer_does_not_see_the_secret_documents_task(
    context: ServiceContext, office: Office
) -> None:
    todo = todo_list(context.factory, VIEWER, ON, WINDOW)
    assert [(g.name, g.overdue, g.due_soon) for g in todo.groups] == [
        (office.a_name, 2, 2),
        (office.b_name, 1, 1),  # b4 only
    ]
    assert office.ids["b2"] not in {t.id for g in todo.groups for t in g.tasks}


def test_nothing_due_is_an_empty_list_unless_tet_is_to_be_entered(
    context: ServiceContext, office: Office
) -> None:
    before = day(1, 1)  # every deadline is after 1/1 + 3 days
    todo = todo_list(context.factory, CLERK, before, WINDOW)
    assert todo.groups == () and todo.is_empty
    assert not todo_list(context.factory, CLERK, before, WINDOW, tet_year=2032).is_empty


def test_the_list_is_read_in_two_queries(
    office_database: Database, context: ServiceContext, office: Office
) -> None:
    statements: list[str] = []
    engine = office_database.engine

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        todo_list(context.factory, CLERK, ON, WINDOW)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len([s for s in statements if "tasks" in s]) == 2
