"""Deadlines, days off and reporting periods: the one way every workflow counts days.

A period of N days counts calendar days, the start day excluded (the deadline is start + N);
a period that ends on a day off ends on the next working day (Bộ luật Dân sự 2015, Điều
147–148). "At least N days before D" means on or before D − N calendar days and is never
shifted. Days off are Saturdays, Sundays and the public holidays the office keeps (the
years decided when this version was built are shipped in ``domain.holidays``); a Saturday
worked in exchange for a weekday off ("làm bù") is a working day.

A computed deadline is stored as the date it gave, so changing the days off later never
moves a deadline already set. Overdue is computed, never stored, from "today" — the PC's
local date, which the caller passes.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

_ONE_DAY = dt.timedelta(days=1)
_SATURDAY = 5


@dataclass(frozen=True, slots=True)
class DaysOff:
    """The days an office does not work: weekends and public holidays, less the days worked.

    Attributes:
        holidays: Public holidays and the days off the government decided around them
            (compensating days, swapped weekdays).
        working_days: Saturdays or Sundays worked in exchange for a weekday off
            ("làm bù"); they are working days.
    """

    holidays: frozenset[dt.date] = frozenset()
    working_days: frozenset[dt.date] = frozenset()

    @classmethod
    def of(cls, holidays: Iterable[dt.date], working_days: Iterable[dt.date] = ()) -> DaysOff:
        """Days off from any collections of dates."""
        return cls(frozenset(holidays), frozenset(working_days))

    def is_day_off(self, day: dt.date) -> bool:
        """Whether ``day`` is a Saturday, a Sunday or a holiday, and not a Saturday worked."""
        if day in self.working_days:
            return False
        return day.weekday() >= _SATURDAY or day in self.holidays

    def next_working_day(self, day: dt.date) -> dt.date:
        """``day`` itself when it is a working day, else the first working day after it."""
        while self.is_day_off(day):
            day += _ONE_DAY
        return day


def deadline_after(start: dt.date, days: int, days_off: DaysOff) -> dt.date:
    """The last day of a period of ``days`` days from ``start``, the start day excluded.

    The period ends on ``start + days``; when that is a day off, it ends on the next working
    day (Bộ luật Dân sự 2015, Điều 148). ``days`` may be 0 (the start day, shifted likewise).

    Raises:
        ValueError: ``days`` is negative.
    """
    if days < 0:
        raise ValueError(f"a period has no negative length: {days}")
    return days_off.next_working_day(start + dt.timedelta(days=days))


def latest_before(day: dt.date, days: int) -> dt.date:
    """The latest day that is "at least ``days`` days before ``day``": ``day − days``, unshifted.

    A plan that must reach the supervised body at least 15 days before a visit on 20/5 is
    sent on 5/5 at the latest, whether or not 5/5 is a day off.

    Raises:
        ValueError: ``days`` is negative.
    """
    if days < 0:
        raise ValueError(f"a lead time is not negative: {days}")
    return day - dt.timedelta(days=days)


class Timeliness(StrEnum):
    """Where a task stands against its deadline; computed, never stored."""

    ON_TIME = "dung_han"  # done on or before the deadline
    LATE = "hoan_thanh_qua_han"  # done after the deadline
    OVERDUE = "qua_han"  # not done, and the deadline has passed
    OPEN = "trong_han"  # not done, the deadline not passed
    NO_DEADLINE = "khong_han"  # a standing task, or none was set

    @property
    def label(self) -> str:
        """The Vietnamese word shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


def timeliness(deadline: dt.date | None, today: dt.date, done_on: dt.date | None) -> Timeliness:
    """A task's standing against its deadline on ``today`` (the PC's local date).

    A task done on its deadline day is on time; done later, it was done late. A task not
    done is overdue from the day after its deadline.
    """
    if deadline is None:
        return Timeliness.NO_DEADLINE
    if done_on is not None:
        return Timeliness.ON_TIME if done_on <= deadline else Timeliness.LATE
    return Timeliness.OVERDUE if today > deadline else Timeliness.OPEN


def is_overdue(deadline: dt.date | None, today: dt.date, done_on: dt.date | None = None) -> bool:
    """Whether a task is overdue: not done and ``today`` after its deadline.

    A task done, even late, is no longer overdue: it was "done late" (``Timeliness.LATE``).
    """
    return timeliness(deadline, today, done_on) is Timeliness.OVERDUE


class ReportPeriod(StrEnum):
    """How often a standing task ("thường xuyên") reports; stored by value."""

    MONTHLY = "hang_thang"
    QUARTERLY = "hang_quy"
    HALF_YEARLY = "6_thang"
    YEARLY = "hang_nam"

    @property
    def months(self) -> int:
        """How many months a period lasts."""
        return _MONTHS[self]

    @property
    def label(self) -> str:
        """The Vietnamese word shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


_MONTHS = {
    ReportPeriod.MONTHLY: 1,
    ReportPeriod.QUARTERLY: 3,
    ReportPeriod.HALF_YEARLY: 6,
    ReportPeriod.YEARLY: 12,
}


def period_end(period: ReportPeriod, day: dt.date) -> dt.date:
    """The last day of the period that holds ``day``.

    Months end on their last day; quarters on 31/3, 30/6, 30/9, 31/12; half years on 30/6
    and 31/12; years on 31/12.
    """
    months = period.months
    month = -(-day.month // months) * months
    return dt.date(day.year, month, calendar.monthrange(day.year, month)[1])


def report_due(period: ReportPeriod, day: dt.date, days_off: DaysOff) -> dt.date:
    """The day the report of the period holding ``day`` is due.

    Its last day, or the next working day when that is a day off.
    """
    return days_off.next_working_day(period_end(period, day))


def _unreported(period: ReportPeriod, since: dt.date, days_off: DaysOff) -> Iterator[dt.date]:
    """The due dates of the periods that end after ``since``, in order, without end."""
    end = period_end(period, since + _ONE_DAY)
    while True:
        yield days_off.next_working_day(end)
        end = period_end(period, end + _ONE_DAY)


def next_report_due(
    period: ReportPeriod, since: dt.date, today: dt.date, days_off: DaysOff
) -> dt.date:
    """The day the next report of a standing task is due, on or after ``today``.

    Args:
        period: How often the task reports.
        since: The last day the reports already cover: the last day of the last period
            reported (a first-quarter report covers up to 31/3, whenever it came), or the day
            the task was given when no report has come (a period ending that very day is not
            owed: the start day is excluded, as in every period).
        today: The PC's local date.
        days_off: The office's days off.

    Returns:
        Among the periods that end after ``since``, the first whose report is not yet past
        due on ``today``: its last day, moved to the next working day when that is a day off
        (a quarter ending on Saturday 30/6 is due on Monday 2/7). A report due today is still
        the next one. Reports already past due and not come are ``missed_reports``.
    """
    for due in _unreported(period, since, days_off):
        if due >= today:
            return due
    raise AssertionError("unreachable: the periods never end")  # pragma: no cover


def missed_reports(
    period: ReportPeriod, since: dt.date, today: dt.date, days_off: DaysOff
) -> tuple[dt.date, ...]:
    """The due dates, before ``today``, of the reports not come since ``since``.

    ``since`` and ``today`` as for ``next_report_due``: these are the periods ending after
    ``since`` whose report was due before ``today`` — the reports now overdue, oldest first.
    """
    missed: list[dt.date] = []
    for due in _unreported(period, since, days_off):
        if due >= today:
            return tuple(missed)
        missed.append(due)
    raise AssertionError("unreachable: the periods never end")  # pragma: no cover
