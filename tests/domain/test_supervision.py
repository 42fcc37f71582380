"""The steps of a supervision session per form and role, and the two lead-time warnings."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from giamsat_desktop.domain.deadlines import DaysOff
from giamsat_desktop.domain.holidays import shipped_days_off
from giamsat_desktop.domain.supervision import (
    STEPS,
    SessionStep,
    SupervisionForm,
    SupervisionRole,
    can_move,
    next_steps,
    notice_due,
    notice_late,
    report_due,
    report_late,
    steps_of,
)

S = SessionStep
LEAD, JOIN = SupervisionRole.LEAD, SupervisionRole.JOIN
WEEKENDS = DaysOff.of(())


def test_a_delegation_the_front_leads_goes_through_every_step_in_order() -> None:
    order = steps_of(SupervisionForm.DELEGATION, LEAD)
    assert order == (
        S.PLANNED,
        S.PLAN_ISSUED,
        S.DECISION_ISSUED,
        S.NOTIFIED,
        S.WORKING,
        S.REPORTED,
        S.RECOMMENDED,
        S.FOLLOWING_UP,
        S.CLOSED,
    )


@pytest.mark.parametrize(
    ("form", "skipped"),
    [
        (SupervisionForm.DOCUMENTS, {S.DECISION_ISSUED, S.WORKING}),
        (SupervisionForm.BOARDS, {S.DECISION_ISSUED, S.NOTIFIED}),
    ],
)
def test_the_other_forms_led_skip_what_does_not_apply(
    form: SupervisionForm, skipped: set[SessionStep]
) -> None:
    full = set(steps_of(SupervisionForm.DELEGATION, LEAD))
    assert full - set(steps_of(form, LEAD)) == skipped


@pytest.mark.parametrize("form", list(SupervisionForm))
def test_a_session_the_front_joins_is_planned_worked_reported_and_closed(
    form: SupervisionForm,
) -> None:
    assert steps_of(form, JOIN) == (S.PLANNED, S.WORKING, S.REPORTED, S.CLOSED)


@pytest.mark.parametrize(("form", "role"), sorted(STEPS))
def test_every_move_of_every_machine_is_allowed_or_refused(
    form: SupervisionForm, role: SupervisionRole
) -> None:
    order = steps_of(form, role)
    for old, new in itertools.product(SessionStep, repeat=2):
        expected = False
        if old.is_open and old in order:
            index = order.index(old)
            expected = (
                new is S.CANCELLED
                or new is order[index + 1]
                or (old is S.REPORTED and new is S.CLOSED)
            )
        assert can_move(form, role, old, new) is expected, (form, role, old, new)


def test_closed_and_cancelled_are_final_and_reported_may_close_at_once() -> None:
    form = SupervisionForm.DELEGATION
    assert next_steps(form, LEAD, S.CLOSED) == frozenset()
    assert next_steps(form, LEAD, S.CANCELLED) == frozenset()
    assert next_steps(form, LEAD, S.REPORTED) == {S.RECOMMENDED, S.CLOSED, S.CANCELLED}
    assert not can_move(form, LEAD, S.PLANNED, S.DECISION_ISSUED)  # no step skipped


def test_the_notice_is_due_15_calendar_days_before_never_moved_off_a_day_off() -> None:
    first = dt.date(2026, 3, 16)  # a Monday
    due = notice_due(first)
    assert due == dt.date(2026, 3, 1)  # a Sunday: "at least 15 days before" is not shifted
    assert not notice_late(due, first)
    assert notice_late(due + dt.timedelta(days=1), first)
    assert not notice_late(None, first) and not notice_late(due, None)


def test_the_report_is_due_15_days_after_the_last_session_moved_off_tet() -> None:
    days_off = shipped_days_off()
    last = dt.date(2026, 2, 1)  # 15 days later is 16/2/2026, in the Tết days off
    due = report_due(last, days_off)
    assert due == dt.date(2026, 2, 23)  # the first working day after Tết 2026
    assert not report_late(due, last, due, days_off)
    assert report_late(due + dt.timedelta(days=1), last, due, days_off)
    # Not reported yet: late only once today is past the due day.
    assert not report_late(None, last, due, days_off)
    assert report_late(None, last, due + dt.timedelta(days=1), days_off)


def test_the_report_due_on_a_saturday_is_due_on_the_monday_after() -> None:
    last = dt.date(2026, 5, 29)  # 15 days later is Saturday 13/6/2026
    assert report_due(last, WEEKENDS) == dt.date(2026, 6, 15)
