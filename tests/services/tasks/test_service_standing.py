"""A standing task's reports: which came, which are missing, when the next is due."""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.deadlines import ReportPeriod, period_end, report_due
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.errors import NotFoundError
from giamsat_desktop.domain.holidays import shipped_days_off
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.domain.tasks import TaskDraft, TaskState
from giamsat_desktop.services.catalog.days_off import DayOffEntry, save_year_days_off
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.tasks import assign, moves, records
from giamsat_desktop.services.tasks.standing import report_schedule, schedule_of
from tests.session_day import TODAY

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
DAYS_OFF = shipped_days_off()
D = dt.date


def test_a_late_report_covers_the_period_it_was_owed_and_a_second_note_is_no_new_report() -> None:
    schedule = schedule_of(
        ReportPeriod.QUARTERLY,
        D(2026, 2, 15),
        [
            (D(2026, 6, 29), 60, "Bổ sung số liệu"),
            (D(2026, 4, 5), 30, "Báo cáo quý I"),
            (D(2026, 6, 28), 50, "Báo cáo quý II"),
        ],
        D(2026, 11, 20),
        DAYS_OFF,
    )
    assert [(r.on, r.covers) for r in schedule.reports] == [
        (D(2026, 4, 5), D(2026, 3, 31)),  # sent after the quarter: still the first quarter's
        (D(2026, 6, 28), D(2026, 6, 30)),
        (D(2026, 6, 29), None),  # the second quarter is already reported
    ]
    assert schedule.received == 2
    assert schedule.since == D(2026, 6, 30)
    assert schedule.missed == (D(2026, 9, 30),)  # the third quarter's report never came
    assert schedule.next_due == D(2026, 12, 31)


def test_a_report_due_on_a_day_off_is_due_the_next_working_day() -> None:
    # January 2026 ends on a Saturday, February 2026 too.
    given = D(2026, 1, 10)
    on_the_day = schedule_of(ReportPeriod.MONTHLY, given, [], D(2026, 2, 1), DAYS_OFF)
    assert (on_the_day.next_due, on_the_day.missed) == (D(2026, 2, 2), ())
    after = schedule_of(ReportPeriod.MONTHLY, given, [], D(2026, 2, 3), DAYS_OFF)
    assert (after.next_due, after.missed) == (D(2026, 3, 2), (D(2026, 2, 2),))


def test_a_task_given_on_the_last_day_of_a_period_does_not_owe_that_period() -> None:
    schedule = schedule_of(ReportPeriod.HALF_YEARLY, D(2026, 6, 30), [], D(2026, 7, 1), DAYS_OFF)
    assert schedule.next_due == D(2026, 12, 31)


def test_a_paused_task_owes_no_report() -> None:
    schedule = schedule_of(
        ReportPeriod.MONTHLY, D(2026, 1, 10), [], D(2026, 5, 3), DAYS_OFF, owing=False
    )
    assert (schedule.next_due, schedule.missed) == (None, ())


def _lead(context: ServiceContext) -> int:
    return next(o.id for o in list_organizations(context.factory) if o.kind.value == "member")


def _standing(context: ServiceContext, source: int | None = None) -> int:
    [task], _ = assign.assign_tasks(
        context.factory,
        CLERK,
        [
            TaskDraft(
                "Báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở",
                _lead(context),
                report_period=ReportPeriod.QUARTERLY,
            )
        ],
        source_id=source,
    )
    return task.id


def _due(end: dt.date) -> dt.date:
    return report_due(ReportPeriod.QUARTERLY, end, DAYS_OFF)


def test_the_progress_notes_of_a_standing_task_are_its_reports(context: ServiceContext) -> None:
    task = _standing(context)
    first = period_end(ReportPeriod.QUARTERLY, TODAY + dt.timedelta(days=1))
    second = period_end(ReportPeriod.QUARTERLY, first + dt.timedelta(days=1))
    third = period_end(ReportPeriod.QUARTERLY, second + dt.timedelta(days=1))
    fourth = period_end(ReportPeriod.QUARTERLY, third + dt.timedelta(days=1))

    none_yet = report_schedule(context.factory, CLERK, task, TODAY)
    assert none_yet is not None
    assert (none_yet.since, none_yet.reports, none_yet.missed) == (TODAY, (), ())
    assert none_yet.next_due == _due(first)

    record = records.get_task(context.factory, CLERK, task)
    late = first + dt.timedelta(days=3)
    record, _ = moves.record_progress(
        context.factory, CLERK, task, record.version, late, 25, "Báo cáo quý"
    )
    on_time = second - dt.timedelta(days=2)
    record, _ = moves.record_progress(context.factory, CLERK, task, record.version, on_time, 50)
    later = third + dt.timedelta(days=40)
    schedule = report_schedule(context.factory, CLERK, task, later)
    assert schedule is not None
    assert [(r.on, r.covers, r.progress) for r in schedule.reports] == [
        (late, first, 25),
        (on_time, second, 50),
    ]
    assert schedule.reports[0].note == "Báo cáo quý"
    assert schedule.missed == (_due(third),)
    assert schedule.next_due == _due(fourth)

    moves.move_task(
        context.factory, CLERK, task, record.version, TaskState.PAUSED, later, note="Sáp nhập"
    )
    paused = report_schedule(context.factory, CLERK, task, later)
    assert paused is not None and (paused.next_due, paused.missed) == (None, ())
    assert paused.received == 2


def test_the_next_report_moves_off_a_day_off_the_office_entered(context: ServiceContext) -> None:
    task = _standing(context)
    day = D(2031, 3, 15)  # a year shipped with no days off: the office enters its own
    before = report_schedule(context.factory, CLERK, task, day)
    assert before is not None and before.next_due == D(2031, 3, 31)  # a Monday
    save_year_days_off(
        context.factory, CLERK, 2031, [DayOffEntry(D(2031, 3, 31), "Nghỉ bù")], version=0
    )
    after = report_schedule(context.factory, CLERK, task, day)
    assert after is not None and after.next_due == D(2031, 4, 1)


def test_a_task_with_a_deadline_has_no_report_schedule(context: ServiceContext) -> None:
    [task], _ = assign.assign_tasks(
        context.factory,
        CLERK,
        [TaskDraft("Tổ chức hội nghị", _lead(context), deadline=TODAY + dt.timedelta(days=9))],
    )
    assert report_schedule(context.factory, CLERK, task.id, TODAY) is None


def test_a_viewer_does_not_see_the_reports_of_a_task_from_a_secret_document(
    context: ServiceContext,
) -> None:
    secret, _ = incoming.register_incoming(
        context.factory,
        CLERK,
        IncomingDraft(
            TODAY,
            "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
            "Theo dõi tình hình an ninh trật tự",
            symbol="7/CV-MTTQ-BTT",
            secrecy=Secrecy.CONFIDENTIAL,
        ),
    )
    task = _standing(context, secret.id)
    assert report_schedule(context.factory, CLERK, task, TODAY) is not None
    with pytest.raises(NotFoundError):
        report_schedule(context.factory, VIEWER, task, TODAY)
