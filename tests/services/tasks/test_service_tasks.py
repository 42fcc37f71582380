"""Tasks for the member organisations: given from a directive, followed, the document with them."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.deadlines import ReportPeriod
from giamsat_desktop.domain.documents import HandlingStatus, Secrecy
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.domain.tasks import MOVES, TaskDraft, TaskState
from giamsat_desktop.messages import say
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.tasks import assign, document_status, history, moves, records
from tests.session_day import TODAY

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
DEADLINE = TODAY + dt.timedelta(days=15)


def _directive(context: ServiceContext, secrecy: Secrecy = Secrecy.NORMAL) -> int:
    record, _ = incoming.register_incoming(
        context.factory,
        CLERK,
        IncomingDraft(
            TODAY,
            "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
            "Kế hoạch giám sát việc thực hiện chính sách bảo hiểm y tế năm 2027",
            symbol="45/KH-MTTQ-BTT",
            type_code="KH",
            secrecy=secrecy,
        ),
    )
    return record.id


def _members(context: ServiceContext) -> list[int]:
    return [o.id for o in list_organizations(context.factory) if o.kind.value == "member"]


def _assign(context: ServiceContext, source: int | None = None, count: int = 1) -> list[int]:
    members = _members(context)[:count]
    tasks, _ = assign.assign_tasks(
        context.factory,
        CLERK,
        [
            TaskDraft("Tuyên truyền chính sách bảo hiểm y tế", lead, (), "", DEADLINE)
            for lead in members
        ],
        source_id=source,
        instruction="Giao các tổ chức thành viên thực hiện" if source else None,
    )
    return [task.id for task in tasks]


def _status(context: ServiceContext, document: int) -> HandlingStatus:
    return incoming.get_incoming(context.factory, CLERK, document).handling_status


def test_one_content_to_every_member_organisation_is_one_task_each(
    context: ServiceContext,
) -> None:
    document = _directive(context)
    members = _members(context)
    assert len(members) >= 5
    tasks, changes = assign.assign_tasks(
        context.factory,
        CLERK,
        [
            TaskDraft(
                "Tuyên truyền chính sách bảo hiểm y tế", lead, (members[0],), "Chị Hoa", DEADLINE
            )
            for lead in members
        ],
        source_id=document,
        instruction="Giao các tổ chức thành viên thực hiện, báo cáo trước 20/12",
    )
    assert changes.touches(Area.TASKS) and changes.touches(Area.INCOMING)
    assert [t.lead_id for t in tasks] == members
    assert all(t.state is TaskState.NOT_STARTED and t.deadline == DEADLINE for t in tasks)
    assert tasks[1].cooperating_ids == (members[0],)  # the lead is never its own cooperator
    assert tasks[0].cooperating_ids == ()
    assert tasks[0].source_symbol == "45/KH-MTTQ-BTT"
    kept = incoming.get_incoming(context.factory, CLERK, document)
    assert kept.instruction.startswith("Giao các tổ chức thành viên")
    assert kept.handling_status is HandlingStatus.IN_PROGRESS
    entries = audit_log.list_entries(context.factory, entity="task")
    assert len(entries) == len(members)


def test_a_task_needs_content_a_known_lead_and_one_kind_of_deadline(
    context: ServiceContext,
) -> None:
    lead = _members(context)[0]
    cases = [
        (TaskDraft("  ", lead, deadline=DEADLINE), "content"),
        (TaskDraft("Việc", 999_999, deadline=DEADLINE), "lead"),
        (TaskDraft("Việc", lead), "deadline"),
        (TaskDraft("Việc", lead, deadline=DEADLINE, report_period=ReportPeriod.YEARLY), "deadline"),
    ]
    for draft, field in cases:
        with pytest.raises(ValidationError) as refused:
            assign.assign_tasks(context.factory, CLERK, [draft])
        assert refused.value.values["field"] == field
    standing, _ = assign.assign_tasks(
        context.factory,
        CLERK,
        [TaskDraft("Báo cáo tình hình nhân dân", lead, report_period=ReportPeriod.HALF_YEARLY)],
    )
    assert standing[0].report_period is ReportPeriod.HALF_YEARLY and standing[0].deadline is None


@pytest.mark.parametrize(
    ("old", "new"), list(itertools.product(TaskState, TaskState)), ids=lambda s: s.value
)
def test_every_move_is_allowed_or_refused_as_the_table_says(
    context: ServiceContext, old: TaskState, new: TaskState
) -> None:
    [task] = _assign(context)
    record = records.get_task(context.factory, CLERK, task)
    path = {
        TaskState.NOT_STARTED: [],
        TaskState.IN_PROGRESS: [TaskState.IN_PROGRESS],
        TaskState.PAUSED: [TaskState.PAUSED],
        TaskState.DONE: [TaskState.DONE],
        TaskState.CANCELLED: [TaskState.CANCELLED],
    }[old]
    for step in path:
        record, _ = moves.move_task(
            context.factory, CLERK, task, record.version, step, TODAY, note="Lý do"
        )
    if new in MOVES[old]:
        moved, _ = moves.move_task(
            context.factory, CLERK, task, record.version, new, TODAY, note="Lý do"
        )
        assert moved.state is new
    else:
        with pytest.raises(ConflictError) as refused:
            moves.move_task(context.factory, CLERK, task, record.version, new, TODAY, note="Lý do")
        assert refused.value.code is ErrorCode.TASK_MOVE_FORBIDDEN
        assert "nên không chuyển sang" in say(refused.value)


def test_a_pause_or_a_cancel_needs_a_reason(context: ServiceContext) -> None:
    [task] = _assign(context)
    record = records.get_task(context.factory, CLERK, task)
    for state in (TaskState.PAUSED, TaskState.CANCELLED):
        with pytest.raises(ValidationError) as refused:
            moves.move_task(context.factory, CLERK, task, record.version, state, TODAY)
        assert refused.value.values["field"] == "reason"


def test_done_on_the_deadline_is_on_time_and_after_it_done_late(context: ServiceContext) -> None:
    on_time, late = _assign(context, count=2)
    first = records.get_task(context.factory, CLERK, on_time)
    done, _ = moves.move_task(
        context.factory, CLERK, on_time, first.version, TaskState.DONE, DEADLINE
    )
    assert (done.done_on, done.progress, done.done_late()) == (DEADLINE, 100, False)
    assert not done.is_overdue(DEADLINE + dt.timedelta(days=30))
    second = records.get_task(context.factory, CLERK, late)
    assert not second.is_overdue(DEADLINE) and second.is_overdue(DEADLINE + dt.timedelta(days=1))
    after = DEADLINE + dt.timedelta(days=1)
    done_late, _ = moves.move_task(
        context.factory, CLERK, late, second.version, TaskState.DONE, after
    )
    assert done_late.done_late()


def test_progress_starts_the_task_and_completion_keeps_the_report_letter(
    context: ServiceContext,
) -> None:
    document = _directive(context)
    [task] = _assign(context, source=document)
    report, _ = incoming.register_incoming(
        context.factory,
        CLERK,
        IncomingDraft(TODAY, "Hội Nông dân xã", "Báo cáo kết quả tuyên truyền", symbol="12/BC-HND"),
    )
    record = records.get_task(context.factory, CLERK, task)
    noted, _ = moves.record_progress(
        context.factory, CLERK, task, record.version, TODAY, 40, "Đã tổ chức 2 buổi"
    )
    assert (noted.state, noted.progress) == (TaskState.IN_PROGRESS, 40)
    done, _ = moves.move_task(
        context.factory, CLERK, task, noted.version, TaskState.DONE, TODAY, report_id=report.id
    )
    assert done.report_id == report.id
    steps = history.history(context.factory, CLERK, task)
    assert [s.kind for s in steps] == ["assign", "move", "progress", "move"]
    assert steps[2].progress == 40 and steps[2].note == "Đã tổ chức 2 buổi"


def test_an_extension_keeps_the_old_deadline_and_the_reason(context: ServiceContext) -> None:
    [task] = _assign(context)
    record = records.get_task(context.factory, CLERK, task)
    later = DEADLINE + dt.timedelta(days=10)
    extended, _ = moves.extend_deadline(
        context.factory, CLERK, task, record.version, later, "Chờ số liệu của xã", TODAY
    )
    assert extended.deadline == later
    step = history.history(context.factory, CLERK, task)[-1]
    assert (step.kind, step.old_deadline, step.new_deadline, step.note) == (
        "extend",
        DEADLINE,
        later,
        "Chờ số liệu của xã",
    )
    with pytest.raises(ValidationError) as earlier:
        moves.extend_deadline(
            context.factory, CLERK, task, extended.version, DEADLINE, "Sớm hơn", TODAY
        )
    assert say(earlier.value) == (
        f"Hạn mới phải sau hạn đang có của nhiệm vụ ({later.strftime('%d/%m/%Y')})."
    )


def test_a_move_made_by_mistake_is_undone_with_its_reason(context: ServiceContext) -> None:
    [task] = _assign(context)
    record = records.get_task(context.factory, CLERK, task)
    noted, _ = moves.record_progress(context.factory, CLERK, task, record.version, TODAY, 40)
    done, _ = moves.move_task(context.factory, CLERK, task, noted.version, TaskState.DONE, TODAY)
    assert done.progress == 100
    back, _ = moves.undo_move(context.factory, CLERK, task, done.version, "Bấm nhầm", TODAY)
    # Back where it was before the mistake: in progress at its last noted percentage.
    assert (back.state, back.done_on, back.progress) == (TaskState.IN_PROGRESS, None, 40)
    assert history.history(context.factory, CLERK, task)[-1].note == "Bấm nhầm"
    first, _ = moves.undo_move(context.factory, CLERK, task, back.version, "Chưa làm", TODAY)
    assert first.state is TaskState.NOT_STARTED
    with pytest.raises(ConflictError) as nothing:
        moves.undo_move(context.factory, CLERK, task, first.version, "Lần nữa", TODAY)
    assert nothing.value.code is ErrorCode.NOTHING_TO_UNDO


def test_the_document_is_handled_when_all_its_tasks_are_closed(context: ServiceContext) -> None:
    document = _directive(context)
    first, second = _assign(context, source=document, count=2)
    assert _status(context, document) is HandlingStatus.IN_PROGRESS
    record = records.get_task(context.factory, CLERK, first)
    moves.move_task(context.factory, CLERK, first, record.version, TaskState.DONE, TODAY)
    assert _status(context, document) is HandlingStatus.IN_PROGRESS
    record = records.get_task(context.factory, CLERK, second)
    cancelled, _ = moves.move_task(
        context.factory, CLERK, second, record.version, TaskState.CANCELLED, TODAY, note="Trùng"
    )
    assert _status(context, document) is HandlingStatus.DONE
    moves.undo_move(context.factory, CLERK, second, cancelled.version, "Bấm nhầm", TODAY)
    assert _status(context, document) is HandlingStatus.IN_PROGRESS


def test_a_document_filed_without_tasks_is_handled_and_one_with_tasks_cannot_be(
    context: ServiceContext,
) -> None:
    filed = _directive(context)
    document_status.file_without_tasks(context.factory, CLERK, filed, "Để biết")
    assert _status(context, filed) is HandlingStatus.DONE
    with_tasks = _directive(context)
    _assign(context, source=with_tasks)
    with pytest.raises(ConflictError) as refused:
        document_status.file_without_tasks(context.factory, CLERK, with_tasks, "Để biết")
    assert refused.value.code is ErrorCode.HAS_TASKS


def test_a_viewer_cannot_give_or_move_and_does_not_see_tasks_of_a_secret_document(
    context: ServiceContext,
) -> None:
    lead = _members(context)[0]
    with pytest.raises(PermissionDeniedError):
        assign.assign_tasks(context.factory, VIEWER, [TaskDraft("Việc", lead, deadline=DEADLINE)])
    secret = _directive(context, Secrecy.CONFIDENTIAL)
    [task] = _assign(context, source=secret)
    with pytest.raises(NotFoundError):
        records.get_task(context.factory, VIEWER, task)
    assert records.tasks_of_document(context.factory, VIEWER, secret) == []
    record = records.get_task(context.factory, CLERK, task)
    with pytest.raises(PermissionDeniedError):
        moves.move_task(context.factory, VIEWER, task, record.version, TaskState.DONE, TODAY)


def test_a_move_from_a_stale_copy_is_refused(context: ServiceContext) -> None:
    [task] = _assign(context)
    record = records.get_task(context.factory, CLERK, task)
    moves.record_progress(context.factory, CLERK, task, record.version, TODAY, 10)
    with pytest.raises(ConflictError) as stale:
        moves.move_task(context.factory, CLERK, task, record.version, TaskState.DONE, TODAY)
    assert stale.value.code is ErrorCode.STALE_EDIT
