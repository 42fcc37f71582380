"""Lists of tasks and the figures per organisation, against a small set counted by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.deadlines import ReportPeriod, Timeliness
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.domain.tasks import TaskDraft, TaskFilter, TaskState
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.tasks import assign, moves, records
from giamsat_desktop.services.tasks.queries import (
    TaskColumn,
    count_tasks,
    organization_figures,
    task_keys,
    tasks_by_ids,
)
from tests.session_day import TODAY

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
D = TODAY + dt.timedelta(days=20)
"""The deadline most tasks share; the lists are read on ``ON`` = D + 5."""
ON = D + dt.timedelta(days=5)


@dataclass(frozen=True)
class Office:
    a: int
    b: int
    a_name: str
    ids: dict[str, int]
    secret_doc: int


def _give(context: ServiceContext, lead: int, content: str, **kw: object) -> int:
    source = kw.pop("source", None)
    tasks, _ = assign.assign_tasks(
        context.factory,
        CLERK,
        [TaskDraft(content, lead, **kw)],  # type: ignore[arg-type]
        source_id=source,  # type: ignore[arg-type]
    )
    return tasks[0].id


def _move(
    context: ServiceContext, task: int, state: TaskState, on: dt.date, note: str = ""
) -> None:
    version = records.get_task(context.factory, CLERK, task).version
    moves.move_task(context.factory, CLERK, task, version, state, on, note=note)


@pytest.fixture
def office(context: ServiceContext) -> Office:
    """Organisation A: one of each kind; B: one due soon and one from a secret document."""
    members = [o for o in list_organizations(context.factory) if o.kind.value == "member"]
    a, b = members[0], members[1]
    secret, _ = incoming.register_incoming(
        context.factory,
        CLERK,
        IncomingDraft(
            TODAY,
            "Tỉnh ủy",
            "Chỉ thị mật",
            symbol="01/CT-TU",
            type_code="CT",
            secrecy=Secrecy.SECRET,
        ),
    )
    ids = {
        "on_time": _give(context, a.id, "Tuyên truyền bầu cử", deadline=D),
        "late": _give(context, a.id, "Rà soát hộ nghèo", deadline=D),
        "overdue": _give(context, a.id, "Vận động quỹ vì người nghèo", deadline=D),
        "in_time": _give(context, a.id, "Giám sát bảo hiểm y tế", deadline=D + dt.timedelta(10)),
        "standing": _give(context, a.id, "Báo cáo tình hình", report_period=ReportPeriod.QUARTERLY),
        "cancelled": _give(context, a.id, "Hội nghị đã bỏ", deadline=D),
        "due_soon": _give(context, b.id, "Lấy ý kiến dự thảo", deadline=ON + dt.timedelta(2)),
        "secret": _give(context, b.id, "Việc mật", deadline=D, source=secret.id),
    }
    _move(context, ids["on_time"], TaskState.DONE, D)
    _move(context, ids["late"], TaskState.DONE, D + dt.timedelta(days=1))
    _move(context, ids["in_time"], TaskState.IN_PROGRESS, D)
    _move(context, ids["cancelled"], TaskState.CANCELLED, D, "Không tổ chức nữa")
    return Office(a.id, b.id, a.name, ids, secret.id)


def _found(
    context: ServiceContext, office: Office, where: TaskFilter, actor: Actor = CLERK
) -> set[str]:
    keys = task_keys(context.factory, actor, where, ON)
    names = {value: key for key, value in office.ids.items()}
    return {names[key] for key in keys}


def test_overdue_is_open_past_the_deadline_on_the_day_read(
    context: ServiceContext, office: Office
) -> None:
    overdue = TaskFilter(timeliness=Timeliness.OVERDUE)
    assert _found(context, office, overdue) == {"overdue", "secret"}
    # On the deadline day itself nothing is overdue yet.
    assert task_keys(context.factory, CLERK, overdue, D) == []
    late = _found(context, office, TaskFilter(timeliness=Timeliness.LATE))
    assert late == {"late"}


def test_due_soon_filters_open_tasks_within_the_window(
    context: ServiceContext, office: Office
) -> None:
    assert _found(context, office, TaskFilter(due_within=3)) == {"due_soon"}
    assert _found(context, office, TaskFilter(due_within=1)) == set()


def test_organisation_state_standing_and_words(context: ServiceContext, office: Office) -> None:
    assert _found(context, office, TaskFilter(organization_id=office.b)) == {"due_soon", "secret"}
    open_states = frozenset({TaskState.NOT_STARTED, TaskState.IN_PROGRESS, TaskState.PAUSED})
    assert _found(context, office, TaskFilter(organization_id=office.a, states=open_states)) == {
        "overdue",
        "in_time",
        "standing",
    }
    assert _found(context, office, TaskFilter(standing=True)) == {"standing"}
    assert _found(context, office, TaskFilter(words="ra soat ngheo")) == {"late"}
    # The organisation's name, typed without its marks, finds its tasks.
    words = " ".join(fold(office.a_name).split()[:3])
    assert _found(context, office, TaskFilter(words=words)) >= {"on_time", "standing"}
    assert _found(context, office, TaskFilter(year=TODAY.year)) == set(office.ids)
    assert _found(context, office, TaskFilter(year=TODAY.year - 1)) == set()


def test_a_viewer_does_not_see_the_secret_documents_tasks(
    context: ServiceContext, office: Office
) -> None:
    assert "secret" not in _found(context, office, TaskFilter(), VIEWER)
    assert count_tasks(context.factory, VIEWER, TaskFilter(), ON) == len(office.ids) - 1
    assert count_tasks(context.factory, CLERK, TaskFilter(), ON) == len(office.ids)


def test_figures_per_organisation_match_the_hand_count(
    context: ServiceContext, office: Office
) -> None:
    figures = {
        f.organization_id: f for f in organization_figures(context.factory, CLERK, TaskFilter(), ON)
    }
    a = figures[office.a]
    assert (a.assigned, a.done_on_time, a.done_late, a.overdue, a.in_progress, a.standing) == (
        5,
        1,
        1,
        1,
        1,
        1,
    )
    assert a.rate == pytest.approx(1 / 3)  # on time ÷ (2 done + 1 open overdue)
    b = figures[office.b]
    assert (b.assigned, b.overdue, b.in_progress) == (2, 1, 1)
    assert b.rate == 0.0
    seen = {
        f.organization_id: f
        for f in organization_figures(context.factory, VIEWER, TaskFilter(), ON)
    }
    assert seen[office.b].assigned == 1 and seen[office.b].rate is None


def test_keys_come_in_the_order_asked_and_rows_in_the_order_of_the_keys(
    context: ServiceContext, office: Office
) -> None:
    by_content = task_keys(context.factory, CLERK, TaskFilter(), ON, (TaskColumn.CONTENT, False))
    contents = [r.content for r in tasks_by_ids(context.factory, by_content)]
    assert contents == sorted(contents)
    newest = task_keys(context.factory, CLERK, TaskFilter(), ON, (TaskColumn.ASSIGNED, True))
    assert newest[0] == office.ids["secret"]
    assert [r.id for r in tasks_by_ids(context.factory, newest[:3])] == newest[:3]
