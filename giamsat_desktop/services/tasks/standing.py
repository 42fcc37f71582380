"""A standing task's reports (thường xuyên): which came, which are missing, when the next is due.

A standing task has no deadline but reports every period (monthly, quarterly, 6-monthly,
yearly). The reports are the task's progress notes: each note the organisation sent is one
report. A note counts for the oldest period still owed that has begun by the day it came (a
first-quarter report sent on 5/4 covers the first quarter; two notes within one quarter are
one report and an extra note). The next report is due at the end of the first period not
covered and not yet past due; those past due and not come are missed. A paused or closed
task owes no report. A report due on a day off is due the next working day, as the office
counts its days off (Cài đặt).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import TaskEvent
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.deadlines import (
    DaysOff,
    ReportPeriod,
    missed_reports,
    next_report_due,
    period_end,
)
from giamsat_desktop.domain.tasks import TaskState
from giamsat_desktop.services.catalog.days_off import days_off_in
from giamsat_desktop.services.tasks.records import load

_OWING = frozenset({TaskState.NOT_STARTED, TaskState.IN_PROGRESS})
"""The states in which a standing task owes its reports."""


@dataclass(frozen=True, slots=True)
class StandingReport:
    """One report that came: a progress note of the standing task.

    Attributes:
        on: The day it came (the note's date).
        covers: The last day of the period it counts for; None for a further note in a
            period already reported.
        progress: The percentage the note gave.
        note: What the note says.
    """

    on: dt.date
    covers: dt.date | None
    progress: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class StandingSchedule:
    """Where a standing task stands with its periodic reports on ``today``.

    Attributes:
        period: How often it reports.
        since: The last day the reports cover (the day it was given when none came).
        reports: The reports that came, oldest first.
        next_due: When the next report is due; None when the task owes none (paused,
            done or cancelled).
        missed: The due dates, before today, of the reports that did not come, oldest
            first (none when the task owes no report).
    """

    period: ReportPeriod
    since: dt.date
    reports: tuple[StandingReport, ...]
    next_due: dt.date | None
    missed: tuple[dt.date, ...]

    @property
    def received(self) -> int:
        """How many periods a report came for."""
        return sum(1 for report in self.reports if report.covers is not None)


def period_start(period: ReportPeriod, end: dt.date) -> dt.date:
    """The first day of the period that ends on ``end``."""
    month = end.month - period.months + 1
    return dt.date(end.year, month, 1)


def schedule_of(
    period: ReportPeriod,
    given_on: dt.date,
    notes: Iterable[tuple[dt.date, int | None, str]],
    today: dt.date,
    days_off: DaysOff,
    *,
    owing: bool = True,
) -> StandingSchedule:
    """The schedule of a standing task given on ``given_on`` with these progress notes.

    Args:
        period: How often it reports.
        given_on: The day it was given: a period ending that day is not owed.
        notes: Its progress notes as (day, percentage, text), in any order.
        today: The PC's local date.
        days_off: The office's days off (a report due on a day off is due the next
            working day).
        owing: False for a task that owes no report now (paused, done, cancelled).
    """
    since = given_on
    reports: list[StandingReport] = []
    for on, progress, note in sorted(notes, key=lambda item: item[0]):
        end = period_end(period, since + dt.timedelta(days=1))
        covers = end if period_start(period, end) <= on else None
        if covers is not None:
            since = end
        reports.append(StandingReport(on, covers, progress, note))
    if not owing:
        return StandingSchedule(period, since, tuple(reports), None, ())
    return StandingSchedule(
        period,
        since,
        tuple(reports),
        next_report_due(period, since, today, days_off),
        missed_reports(period, since, today, days_off),
    )


def report_schedule(
    factory: SessionFactory, actor: Actor, task_id: int, today: dt.date
) -> StandingSchedule | None:
    """A standing task's reports on ``today`` (the PC's local date); None with a deadline.

    Raises:
        NotFoundError: no such task, or hidden from ``actor`` (its document is secret).
    """
    with factory() as session:
        row = load(session, actor, task_id)
        if not row.report_period:
            return None
        events = session.execute(
            select(TaskEvent.kind, TaskEvent.on, TaskEvent.progress, TaskEvent.note)
            .where(TaskEvent.task_id == task_id, TaskEvent.kind.in_(("assign", "progress")))
            .order_by(TaskEvent.id)
        ).all()
        given_on = row.assigned_on or next(
            (on for kind, on, _p, _n in events if kind == "assign"), today
        )
        notes = [(on, progress, note) for kind, on, progress, note in events if kind == "progress"]
        return schedule_of(
            ReportPeriod(row.report_period),
            given_on,
            notes,
            today,
            days_off_in(session),
            owing=TaskState(row.state) in _OWING,
        )
