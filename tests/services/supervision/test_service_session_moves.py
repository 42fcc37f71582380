"""A session's steps through the service: every move of each form's machine, and undoing one."""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.domain.supervision import (
    SessionStep,
    SupervisionForm,
    SupervisionRole,
    can_move,
    steps_of,
)
from giamsat_desktop.domain.supervision_records import SessionRecord
from giamsat_desktop.messages import say
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision import history, moves
from tests.services.supervision.office_sessions import CLERK, VIEWER, make, walk

S = SessionStep
LEAD, JOIN = SupervisionRole.LEAD, SupervisionRole.JOIN
ON = dt.date(2026, 2, 10)
MACHINES = [
    (SupervisionForm.DELEGATION, LEAD),
    (SupervisionForm.DOCUMENTS, LEAD),
    (SupervisionForm.BOARDS, LEAD),
    (SupervisionForm.WITH_STATE, LEAD),
    (SupervisionForm.DELEGATION, JOIN),
]
"""One session per machine: the four forms led, and joined (every form joined is one)."""


def _move(
    context: ServiceContext, record: SessionRecord, step: SessionStep, note: str = ""
) -> SessionRecord:
    moved, _ = moves.move_session(
        context.factory, CLERK, record.id, record.version, step, ON, note
    )
    return moved


def _undo(context: ServiceContext, record: SessionRecord) -> SessionRecord:
    back, _ = moves.undo_move(context.factory, CLERK, record.id, record.version, "Nhầm", ON)
    return back


def _refused(context: ServiceContext, record: SessionRecord, step: SessionStep) -> None:
    with pytest.raises(ConflictError) as refused:
        _move(context, record, step, "Lý do")
    assert refused.value.code is ErrorCode.SESSION_MOVE_FORBIDDEN
    assert refused.value.values == {"what": record.step.value, "other": step.value}
    assert "nên không chuyển sang bước" in say(refused.value)


@pytest.mark.parametrize(("form", "role"), MACHINES, ids=lambda v: v.value)
def test_every_move_of_a_machine_is_allowed_or_refused_by_the_service(
    context: ServiceContext, form: SupervisionForm, role: SupervisionRole
) -> None:
    record = make(context, form=form, role=role, lead_body="Hội đồng nhân dân xã Tân Hưng")
    order = steps_of(form, role)
    allowed = 0
    for place, step in enumerate(order[:-1]):
        assert record.step is step
        following = order[place + 1]
        for target in SessionStep:
            if target is following:
                continue
            if not can_move(form, role, step, target):
                _refused(context, record, target)
                continue
            # A side move (cancel, or close without recommendations): made, then undone.
            moved = _move(context, record, target, "Đối tượng giám sát đã sáp nhập")
            assert moved.step is target and not moved.is_open
            for after in SessionStep:  # closed and cancelled are final
                _refused(context, moved, after)
            record = _undo(context, moved)
            assert record.step is step
            allowed += 1
        record = _move(context, record, following)
        allowed += 1
    assert record.step is S.CLOSED
    for target in SessionStep:
        _refused(context, record, target)
    # Each open step: its next step and a cancel; from reported, a close besides.
    closes_early = order[order.index(S.REPORTED) + 1] is not S.CLOSED
    assert allowed == 2 * (len(order) - 1) + closes_early


def test_a_cancel_needs_its_reason_and_keeps_it(context: ServiceContext) -> None:
    record = make(context)
    with pytest.raises(ValidationError) as refused:
        _move(context, record, S.CANCELLED, "   ")
    assert refused.value.values["field"] == "reason"
    cancelled = _move(context, record, S.CANCELLED, "Đối tượng giám sát đã sáp nhập")
    assert cancelled.cancel_reason == "Đối tượng giám sát đã sáp nhập"
    back = _undo(context, cancelled)
    assert (back.step, back.cancel_reason) == (S.PLANNED, "")


def test_the_notice_and_the_report_keep_their_days_and_an_undo_takes_them_back(
    context: ServiceContext,
) -> None:
    record = make(context)
    sent_on, reported_on = dt.date(2026, 2, 13), dt.date(2026, 3, 16)
    notified = walk(context, record, [S.PLAN_ISSUED, S.DECISION_ISSUED], dt.date(2026, 2, 9))
    assert notified.notice_sent_on is None  # the plan and the decision are not yet sent
    notified, _ = moves.move_session(
        context.factory, CLERK, record.id, notified.version, S.NOTIFIED, sent_on
    )
    assert notified.notice_sent_on == sent_on
    reported = walk(context, notified, [S.WORKING], dt.date(2026, 3, 3))
    reported, _ = moves.move_session(
        context.factory, CLERK, record.id, reported.version, S.REPORTED, reported_on
    )
    assert reported.reported_on == reported_on and reported.notice_sent_on == sent_on
    closed = walk(context, reported, [S.CLOSED], dt.date(2026, 3, 20))
    # Undone one by one, back to where it was planned; each undo takes what its move kept.
    back = _undo(context, closed)
    assert (back.step, back.reported_on) == (S.REPORTED, reported_on)
    back = _undo(context, back)
    assert (back.step, back.reported_on) == (S.WORKING, None)
    back = _undo(context, _undo(context, back))
    assert (back.step, back.notice_sent_on) == (S.DECISION_ISSUED, None)
    back = _undo(context, _undo(context, back))
    assert back.step is S.PLANNED
    with pytest.raises(ConflictError) as nothing:
        _undo(context, back)
    assert nothing.value.code is ErrorCode.SESSION_NOTHING_TO_UNDO
    assert say(nothing.value) == "Cuộc giám sát không có bước chuyển nào để hoàn lại."
    steps = history.history(context.factory, CLERK, record.id)
    assert [s.kind for s in steps] == ["create"] + ["move"] * 6 + ["undo"] * 6
    assert [(s.from_step, s.to_step, s.note) for s in steps[7:9]] == [
        (S.CLOSED, S.REPORTED, "Nhầm"),
        (S.REPORTED, S.WORKING, "Nhầm"),
    ]
    assert steps[3].on == sent_on and steps[3].user_name == "vanthu"


def test_form_three_led_sends_its_notice_with_the_plan(context: ServiceContext) -> None:
    record = make(context, form=SupervisionForm.BOARDS)
    planned = walk(context, record, [S.PLAN_ISSUED], dt.date(2026, 2, 12))
    assert planned.notice_sent_on == dt.date(2026, 2, 12)
    assert _undo(context, planned).notice_sent_on is None
    joined = make(context, role=JOIN, lead_body="Hội đồng nhân dân xã Tân Hưng")
    working = walk(context, joined, [S.WORKING], dt.date(2026, 2, 12))
    assert working.notice_sent_on is None and working.lead_times.notice_due is None


def test_an_undo_needs_a_reason_a_fresh_copy_and_a_writer(context: ServiceContext) -> None:
    record = make(context)
    moved = _move(context, record, S.PLAN_ISSUED)
    with pytest.raises(ValidationError):
        moves.undo_move(context.factory, CLERK, record.id, moved.version, "  ", ON)
    with pytest.raises(ConflictError) as stale:
        moves.undo_move(context.factory, CLERK, record.id, record.version, "Nhầm", ON)
    assert stale.value.code is ErrorCode.STALE_EDIT
    with pytest.raises(ConflictError):
        _move(context, record, S.DECISION_ISSUED)  # the version before the move
    for attempt in (
        lambda: moves.move_session(
            context.factory, VIEWER, record.id, moved.version, S.DECISION_ISSUED, ON
        ),
        lambda: moves.undo_move(context.factory, VIEWER, record.id, moved.version, "Nhầm", ON),
    ):
        with pytest.raises(PermissionDeniedError):
            attempt()
    entries = audit_log.list_entries(context.factory, entity="supervision_session")
    assert [e.action for e in entries] == ["move", "create"]
    assert entries[0].changes["step"] == [S.PLANNED.value, S.PLAN_ISSUED.value]
