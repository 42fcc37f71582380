"""Steps on several tasks at once: all of them in one transaction, or none."""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.domain.tasks import TaskDraft, TaskState
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.tasks import assign, bulk, history, moves, records
from tests.session_day import TODAY

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
DEADLINE = TODAY + dt.timedelta(days=10)


def _three(context: ServiceContext) -> list[tuple[int, int]]:
    members = [o.id for o in list_organizations(context.factory) if o.kind.value == "member"]
    tasks, _ = assign.assign_tasks(
        context.factory,
        CLERK,
        [TaskDraft("Tuyên truyền", lead, (), "", DEADLINE) for lead in members[:3]],
    )
    return [(t.id, t.version) for t in tasks]


def test_extending_several_keeps_each_old_deadline_and_the_reason(context: ServiceContext) -> None:
    chosen = _three(context)
    later = DEADLINE + dt.timedelta(days=7)
    done, _ = bulk.extend_tasks(context.factory, CLERK, chosen, later, "Chờ hướng dẫn", TODAY)
    assert [t.deadline for t in done] == [later] * 3
    for task_id, _version in chosen:
        extend = [s for s in history.history(context.factory, CLERK, task_id) if s.kind == "extend"]
        assert len(extend) == 1 and extend[0].note == "Chờ hướng dẫn"
        assert extend[0].old_deadline == DEADLINE and extend[0].new_deadline == later
    assert len(audit_log.list_entries(context.factory, entity="task")) >= 6


def test_one_stale_task_refuses_the_whole_step(context: ServiceContext) -> None:
    chosen = _three(context)
    first, version = chosen[0]
    moves.record_progress(context.factory, CLERK, first, version, TODAY, 30)  # another PC
    with pytest.raises(ConflictError) as refused:
        bulk.complete_tasks(context.factory, CLERK, chosen, TODAY)
    assert refused.value.code is ErrorCode.STALE_EDIT
    states = [records.get_task(context.factory, CLERK, key).state for key, _v in chosen]
    assert states == [TaskState.IN_PROGRESS, TaskState.NOT_STARTED, TaskState.NOT_STARTED]


def test_a_closed_task_refuses_the_whole_step(context: ServiceContext) -> None:
    chosen = _three(context)
    moves.move_task(context.factory, CLERK, chosen[2][0], chosen[2][1], TaskState.DONE, TODAY)
    stale = [chosen[0], chosen[1], (chosen[2][0], chosen[2][1] + 1)]
    with pytest.raises(ConflictError) as refused:
        bulk.extend_tasks(context.factory, CLERK, stale, DEADLINE + dt.timedelta(1), "x", TODAY)
    assert refused.value.code is ErrorCode.TASK_MOVE_FORBIDDEN
    assert records.get_task(context.factory, CLERK, chosen[0][0]).deadline == DEADLINE


def test_completing_several_marks_each_done_that_day(context: ServiceContext) -> None:
    chosen = _three(context)
    done, _ = bulk.complete_tasks(context.factory, CLERK, chosen, TODAY)
    assert all(t.state is TaskState.DONE and t.done_on == TODAY for t in done)
    with pytest.raises(ValidationError):
        bulk.extend_tasks(context.factory, CLERK, chosen, DEADLINE, "  ", TODAY)
    with pytest.raises(PermissionDeniedError):
        bulk.complete_tasks(context.factory, VIEWER, chosen, TODAY)
