"""Which sessions send a notice, their two lead times, and the days a report falls due from."""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.holidays import shipped_days_off
from giamsat_desktop.domain.supervision import (
    SessionStep,
    SupervisionForm,
    SupervisionRole,
    report_due,
)
from giamsat_desktop.domain.supervision_records import (
    LeadDays,
    SessionDates,
    delegation_required,
    last_working_between,
    lead_times,
    notice_step,
)

F, S = SupervisionForm, SessionStep
LEAD, JOIN = SupervisionRole.LEAD, SupervisionRole.JOIN
DAYS_OFF = shipped_days_off()
D = dt.date


def test_the_notice_is_sent_at_the_step_the_body_gets_the_plan() -> None:
    assert notice_step(F.DELEGATION, LEAD) is S.NOTIFIED
    assert notice_step(F.DOCUMENTS, LEAD) is S.NOTIFIED
    assert notice_step(F.BOARDS, LEAD) is S.PLAN_ISSUED
    assert notice_step(F.WITH_STATE, LEAD) is None
    assert all(notice_step(form, JOIN) is None for form in F)
    assert [form for form in F if delegation_required(form, LEAD)] == [F.DELEGATION]
    assert not any(delegation_required(form, JOIN) for form in F)


def test_the_lead_times_come_from_the_working_sessions_else_the_planned_days() -> None:
    planned = SessionDates(planned_start=D(2026, 3, 3), planned_end=D(2026, 3, 5))
    times = lead_times(F.DELEGATION, LEAD, S.PLANNED, planned, D(2026, 2, 1), DAYS_OFF)
    assert (times.first_working, times.last_working) == (D(2026, 3, 3), D(2026, 3, 5))
    assert (times.notice_due, times.report_due) == (D(2026, 2, 16), D(2026, 3, 20))
    held = SessionDates(
        planned_start=D(2026, 3, 3),
        planned_end=D(2026, 3, 5),
        first_held=D(2026, 3, 10),
        last_held=D(2026, 3, 12),
    )
    times = lead_times(F.DELEGATION, LEAD, S.WORKING, held, D(2026, 2, 1), DAYS_OFF)
    assert (times.notice_due, times.report_due) == (D(2026, 2, 23), D(2026, 3, 27))
    only_end = SessionDates(planned_end=D(2026, 3, 5))
    times = lead_times(F.DOCUMENTS, LEAD, S.PLANNED, only_end, D(2026, 2, 1), DAYS_OFF)
    assert (times.first_working, times.last_working) == (D(2026, 3, 5), D(2026, 3, 5))
    nothing = lead_times(F.DOCUMENTS, LEAD, S.PLANNED, SessionDates(), D(2026, 2, 1), DAYS_OFF)
    assert (nothing.notice_due, nothing.report_due, nothing.notice_late) == (None, None, False)
    shorter = lead_times(
        F.DELEGATION, LEAD, S.PLANNED, planned, D(2026, 2, 1), DAYS_OFF, LeadDays(10, 5)
    )
    assert (shorter.notice_due, shorter.report_due) == (D(2026, 2, 21), D(2026, 3, 10))


@pytest.mark.parametrize("within", [0, 1, 15, 30])
def test_the_last_working_days_of_a_range_of_report_days_are_exactly_those(within: int) -> None:
    start = D(2026, 1, 1)
    days = [start + dt.timedelta(days=n) for n in range(-60, 120)]
    for first_due in (D(2026, 1, 1), D(2026, 2, 13), D(2026, 2, 16), D(2026, 2, 23)):
        for length in (0, 1, 3, 9):
            last_due = first_due + dt.timedelta(days=length)
            expected = [d for d in days if first_due <= report_due(d, DAYS_OFF, within) <= last_due]
            span = last_working_between(first_due, last_due, DAYS_OFF, within)
            if not expected:
                assert span is None, (first_due, last_due)
                continue
            assert span == (expected[0], expected[-1]), (first_due, last_due)
            assert len(expected) == (expected[-1] - expected[0]).days + 1  # one range


def test_a_range_open_on_one_side() -> None:
    assert last_working_between(None, D(2026, 2, 23), DAYS_OFF, 15) == (None, D(2026, 2, 8))
    assert last_working_between(D(2026, 2, 23), None, DAYS_OFF, 15) == (D(2026, 1, 30), None)
    # Only days off in the range: no report is ever due on them.
    assert last_working_between(D(2026, 2, 14), D(2026, 2, 22), DAYS_OFF, 15) is None
