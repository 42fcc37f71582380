"""Deadlines count calendar days and move off days off; lead times do not; overdue is computed."""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.deadlines import (
    DaysOff,
    ReportPeriod,
    Timeliness,
    deadline_after,
    is_overdue,
    latest_before,
    missed_reports,
    next_report_due,
    period_end,
    timeliness,
)
from giamsat_desktop.domain.holidays import shipped_days_off

D = dt.date
NO_HOLIDAYS = DaysOff()
SHIPPED = shipped_days_off()


def test_weekends_are_days_off_and_weekdays_are_not() -> None:
    assert NO_HOLIDAYS.is_day_off(D(2026, 3, 7))  # Saturday
    assert NO_HOLIDAYS.is_day_off(D(2026, 3, 8))  # Sunday
    assert not NO_HOLIDAYS.is_day_off(D(2026, 3, 9))  # Monday


def test_a_holiday_is_a_day_off_and_a_saturday_worked_in_exchange_is_not() -> None:
    days_off = DaysOff.of([D(2026, 1, 2)], working_days=[D(2026, 1, 10)])
    assert days_off.is_day_off(D(2026, 1, 2))  # a Friday off
    assert not days_off.is_day_off(D(2026, 1, 10))  # the Saturday worked for it


def test_the_next_working_day_is_the_day_itself_when_it_is_one() -> None:
    assert NO_HOLIDAYS.next_working_day(D(2026, 3, 9)) == D(2026, 3, 9)
    assert NO_HOLIDAYS.next_working_day(D(2026, 3, 7)) == D(2026, 3, 9)


def test_a_period_counts_calendar_days_from_the_day_after_the_start() -> None:
    # Given Monday 2/3/2026, 15 days: 3/3 is day one, 17/3 (a Tuesday) day fifteen.
    assert deadline_after(D(2026, 3, 2), 15, NO_HOLIDAYS) == D(2026, 3, 17)


def test_a_period_ending_on_a_weekend_ends_on_the_monday_after() -> None:
    # Monday 2/3/2026 + 5 days = Saturday 7/3 -> Monday 9/3.
    assert deadline_after(D(2026, 3, 2), 5, NO_HOLIDAYS) == D(2026, 3, 9)
    assert deadline_after(D(2026, 3, 2), 6, NO_HOLIDAYS) == D(2026, 3, 9)  # Sunday 8/3


def test_a_period_ending_in_tet_2026_ends_on_the_first_working_day_after_it() -> None:
    # 5/2/2026 + 10 days = Sunday 15/2, inside the break 14/2-22/2: Monday 23/2.
    assert deadline_after(D(2026, 2, 5), 10, SHIPPED) == D(2026, 2, 23)
    assert deadline_after(D(2026, 2, 5), 13, SHIPPED) == D(2026, 2, 23)  # Wednesday 18/2, Tết
    # Without the holidays the same period would end on Wednesday 18/2.
    assert deadline_after(D(2026, 2, 5), 13, NO_HOLIDAYS) == D(2026, 2, 18)


def test_a_period_across_the_year_end_lands_after_new_year_days() -> None:
    # 22/12/2025 + 10 days = Thursday 1/1/2026, then Friday 2/1 off, the weekend: Monday 5/1.
    assert deadline_after(D(2025, 12, 22), 10, SHIPPED) == D(2026, 1, 5)
    # Ending on Saturday 10/1/2026, worked in exchange for 2/1, the period ends that day.
    assert deadline_after(D(2025, 12, 31), 10, SHIPPED) == D(2026, 1, 10)


def test_a_period_of_no_days_is_the_start_day_moved_off_a_day_off() -> None:
    assert deadline_after(D(2026, 3, 7), 0, NO_HOLIDAYS) == D(2026, 3, 9)
    with pytest.raises(ValueError):
        deadline_after(D(2026, 3, 7), -1, NO_HOLIDAYS)


def test_at_least_15_days_before_is_not_moved_off_a_day_off() -> None:
    # A visit on Sunday 22/2/2026: 15 days before is Saturday 7/2: kept, a day off or not.
    assert latest_before(D(2026, 2, 22), 15) == D(2026, 2, 7)
    # Across Tết: a visit on Tuesday 3/3/2026 -> Monday 16/2, a Tết day, not moved.
    assert latest_before(D(2026, 3, 3), 15) == D(2026, 2, 16)
    with pytest.raises(ValueError):
        latest_before(D(2026, 3, 3), -15)


DEADLINE = D(2026, 3, 17)


def test_done_on_the_deadline_day_is_on_time() -> None:
    assert timeliness(DEADLINE, D(2026, 3, 20), done_on=DEADLINE) is Timeliness.ON_TIME
    assert not is_overdue(DEADLINE, D(2026, 3, 20), done_on=DEADLINE)


def test_an_open_task_is_in_time_on_its_deadline_day_and_overdue_from_the_next() -> None:
    assert timeliness(DEADLINE, DEADLINE, None) is Timeliness.OPEN
    assert not is_overdue(DEADLINE, DEADLINE)
    assert timeliness(DEADLINE, D(2026, 3, 18), None) is Timeliness.OVERDUE
    assert is_overdue(DEADLINE, D(2026, 3, 18))


def test_done_after_the_deadline_is_done_late_and_no_longer_overdue() -> None:
    assert timeliness(DEADLINE, D(2026, 3, 25), done_on=D(2026, 3, 18)) is Timeliness.LATE
    assert not is_overdue(DEADLINE, D(2026, 3, 25), done_on=D(2026, 3, 18))


def test_overdue_across_the_year_end() -> None:
    deadline = D(2025, 12, 31)
    assert timeliness(deadline, D(2025, 12, 31), None) is Timeliness.OPEN
    assert timeliness(deadline, D(2026, 1, 1), None) is Timeliness.OVERDUE
    assert timeliness(deadline, D(2026, 1, 5), D(2026, 1, 1)) is Timeliness.LATE


def test_a_task_without_a_deadline_is_never_overdue() -> None:
    assert timeliness(None, D(2030, 1, 1), None) is Timeliness.NO_DEADLINE
    assert not is_overdue(None, D(2030, 1, 1))


@pytest.mark.parametrize(
    ("period", "day", "end"),
    [
        (ReportPeriod.MONTHLY, D(2028, 2, 10), D(2028, 2, 29)),
        (ReportPeriod.MONTHLY, D(2026, 4, 30), D(2026, 4, 30)),
        (ReportPeriod.QUARTERLY, D(2026, 1, 1), D(2026, 3, 31)),
        (ReportPeriod.QUARTERLY, D(2026, 5, 15), D(2026, 6, 30)),
        (ReportPeriod.QUARTERLY, D(2026, 8, 1), D(2026, 9, 30)),
        (ReportPeriod.QUARTERLY, D(2026, 10, 1), D(2026, 12, 31)),
        (ReportPeriod.HALF_YEARLY, D(2026, 6, 30), D(2026, 6, 30)),
        (ReportPeriod.HALF_YEARLY, D(2026, 7, 1), D(2026, 12, 31)),
        (ReportPeriod.YEARLY, D(2026, 2, 1), D(2026, 12, 31)),
    ],
)
def test_each_period_ends_on_its_last_day(period: ReportPeriod, day: dt.date, end: dt.date) -> None:
    assert period_end(period, day) == end


@pytest.mark.parametrize(
    ("period", "due"),
    [
        (ReportPeriod.MONTHLY, D(2026, 3, 31)),  # a Tuesday
        (ReportPeriod.QUARTERLY, D(2026, 3, 31)),
        (ReportPeriod.HALF_YEARLY, D(2026, 6, 30)),
        (ReportPeriod.YEARLY, D(2026, 12, 31)),
    ],
)
def test_a_task_given_this_period_reports_at_its_end(period: ReportPeriod, due: dt.date) -> None:
    assert next_report_due(period, D(2026, 3, 2), D(2026, 3, 5), SHIPPED) == due


def test_a_monthly_report_due_on_a_saturday_is_due_on_the_monday_after() -> None:
    # 31/1/2026 is a Saturday; 28/2/2026 too.
    assert next_report_due(ReportPeriod.MONTHLY, D(2026, 1, 5), D(2026, 1, 20), SHIPPED) == D(
        2026, 2, 2
    )
    assert next_report_due(ReportPeriod.MONTHLY, D(2026, 1, 31), D(2026, 2, 3), SHIPPED) == D(
        2026, 3, 2
    )


def test_a_quarter_ending_on_a_saturday_is_due_on_the_monday_after() -> None:
    # 30/6/2029 is a Saturday: the second quarter's report is due on Monday 2/7/2029,
    # still the next one on Sunday 1/7 and on the day itself.
    since = D(2029, 3, 31)
    assert next_report_due(ReportPeriod.QUARTERLY, since, D(2029, 5, 1), NO_HOLIDAYS) == D(
        2029, 7, 2
    )
    assert next_report_due(ReportPeriod.QUARTERLY, since, D(2029, 7, 1), NO_HOLIDAYS) == D(
        2029, 7, 2
    )
    assert next_report_due(ReportPeriod.QUARTERLY, since, D(2029, 7, 2), NO_HOLIDAYS) == D(
        2029, 7, 2
    )
    assert next_report_due(ReportPeriod.HALF_YEARLY, since, D(2029, 5, 1), NO_HOLIDAYS) == D(
        2029, 7, 2
    )


def test_a_year_ending_on_a_saturday_is_reported_in_the_new_year() -> None:
    # 31/12/2033 is a Saturday: due Monday 2/1/2034.
    assert next_report_due(ReportPeriod.YEARLY, D(2033, 1, 10), D(2033, 12, 1), NO_HOLIDAYS) == (
        D(2034, 1, 2)
    )


def test_a_report_already_covering_the_period_moves_to_the_next_one() -> None:
    # The first quarter reported ahead (covers up to 31/3): the next is the second quarter.
    assert next_report_due(ReportPeriod.QUARTERLY, D(2026, 3, 31), D(2026, 3, 20), SHIPPED) == D(
        2026, 6, 30
    )


def test_a_task_given_on_a_periods_last_day_owes_nothing_for_it() -> None:
    assert next_report_due(ReportPeriod.QUARTERLY, D(2026, 3, 31), D(2026, 3, 31), SHIPPED) == D(
        2026, 6, 30
    )


def test_reports_past_due_are_missed_and_the_next_is_the_coming_one() -> None:
    since = D(2025, 12, 31)  # the year 2025 reported
    today = D(2026, 4, 10)
    # April ends on Thursday 30/4, a holiday like Friday 1/5: due Monday 4/5.
    assert next_report_due(ReportPeriod.MONTHLY, since, today, SHIPPED) == D(2026, 5, 4)
    # January (due Monday 2/2: 31/1 is a Saturday), February (Monday 2/3), March (31/3).
    assert missed_reports(ReportPeriod.MONTHLY, since, today, SHIPPED) == (
        D(2026, 2, 2),
        D(2026, 3, 2),
        D(2026, 3, 31),
    )
    assert missed_reports(ReportPeriod.QUARTERLY, D(2026, 3, 31), today, SHIPPED) == ()


def test_the_half_year_report_across_the_year_end() -> None:
    since = D(2026, 6, 30)
    assert next_report_due(ReportPeriod.HALF_YEARLY, since, D(2026, 12, 31), SHIPPED) == D(
        2026, 12, 31
    )
    assert next_report_due(ReportPeriod.HALF_YEARLY, since, D(2027, 1, 4), SHIPPED) == D(
        2027, 6, 30
    )
    assert missed_reports(ReportPeriod.HALF_YEARLY, since, D(2027, 1, 4), SHIPPED) == (
        D(2026, 12, 31),
    )
