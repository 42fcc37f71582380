"""The two lead times of supervision (NQLT 403) as deadlines of the calendar.

- The notice (``SUPERVISION_NOTICE``): the last day the plan and the decision may reach the
  supervised body and its superior, the lead time before the first working session
  (never moved off a day off). Only sessions the Front leads in a form with a notice have
  one; it is done when the notice was sent (``notice_sent_on``), late if sent after it.
- The report (``SUPERVISION_REPORT``): the lead time after the last working session, moved
  off days off; done when the session reported (``reported_on``).

Cancelled sessions have neither. Sessions are not secret: every account sees the same
lines. A line's title is the session's subject, its organisation the supervised body; it
opens the sessions whose same lead time falls on that day (a ``SessionFilter``). Both
sources are one class given the parts that differ; each reads its days in one query (the
report's days are moved off days off in Python, the office's days off being data) and
counts them from the same rows.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from giamsat_desktop.db.models import SupervisionSession
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.supervision import SessionStep, notice_due, report_due
from giamsat_desktop.domain.supervision_records import SessionFilter, last_working_between
from giamsat_desktop.services.calendar.deadlines import (
    DayCounts,
    DeadlineEntry,
    DeadlineKind,
    DeadlineState,
    deadline_entry,
)
from giamsat_desktop.services.catalog.days_off import days_off_in
from giamsat_desktop.services.supervision.queries import (
    conditions,
    first_working,
    has_notice,
    last_working,
)
from giamsat_desktop.services.supervision.settings import lead_days_in

S = SupervisionSession
_CLOSED = (SessionStep.CLOSED.value, SessionStep.CANCELLED.value)


def _as_date(value: Any) -> dt.date:
    """A date from a computed column (SQLite may give the stored text back)."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _counts(entries: list[DeadlineEntry], kind: DeadlineKind) -> dict[dt.date, DayCounts]:
    tally: Counter[tuple[dt.date, DeadlineState]] = Counter(
        (entry.day, entry.state) for entry in entries
    )
    kinds = frozenset({kind})
    return {
        day: DayCounts(
            tally[(day, DeadlineState.OVERDUE)],
            tally[(day, DeadlineState.DUE_SOON)],
            tally[(day, DeadlineState.OPEN)],
            tally[(day, DeadlineState.DONE)],
            kinds,
        )
        for day in sorted({entry.day for entry in entries})
    }


class LeadTimeDeadlines:
    """One lead time of supervision (the notice or the report) as a source of deadlines.

    The two lead times are read alike; they differ only by the parts given here.

    Args:
        kind: What is due.
        working: The working day the lead time counts from (the first or the last).
        done_on: The column of the day it was done (the notice sent, the report made).
        due: The due day of a working day, with the office's lead days (and days off)
            read in the session given.
        opens_between: The filter of the sessions whose lead time is due in a range.
        latest_working: The last working day whose lead time is due by a day, with the
            office's settings read in the session given; None when no day is.
        only: The conditions a session needs to have this lead time at all.
    """

    def __init__(
        self,
        kind: DeadlineKind,
        working: Callable[[], ColumnElement[Any]],
        done_on: InstrumentedAttribute[dt.date | None],
        due: Callable[[Session], Callable[[dt.date], dt.date]],
        opens_between: Callable[[dt.date, dt.date], SessionFilter],
        latest_working: Callable[[Session, dt.date], dt.date | None],
        only: Callable[[], list[ColumnElement[bool]]] = list,
    ) -> None:
        self.kind = kind
        self._working = working
        self._done_on = done_on
        self._due = due
        self._between = opens_between
        self._latest_working = latest_working
        self._only = only

    def _entries(
        self, session: Session, where: list[Any], today: dt.date, window: int
    ) -> list[DeadlineEntry]:
        due = self._due(session)
        working = self._working()
        query = (
            select(S.id, S.subject, S.supervised_body, working, self._done_on)
            .where(*where)
            .order_by(working, S.id)
        )
        found = []
        for key, subject, body, working_day, done_on in session.execute(query):
            day = due(_as_date(working_day))
            found.append(
                deadline_entry(
                    self.kind,
                    day,
                    subject,
                    body,
                    self.opens_day(day),
                    key,
                    done=done_on is not None,
                    done_on=done_on,
                    today=today,
                    window=window,
                )
            )
        return found

    def entries(
        self,
        session: Session,
        actor: Actor,
        start: dt.date,
        end: dt.date,
        today: dt.date,
        window: int,
    ) -> list[DeadlineEntry]:
        """The lead times due from ``start`` to ``end``, done or not, by day then session."""
        where = conditions(session, self.opens_between(start, end))
        return self._entries(session, where, today, window)

    def counts(
        self,
        session: Session,
        actor: Actor,
        start: dt.date,
        end: dt.date,
        today: dt.date,
        window: int,
    ) -> dict[dt.date, DayCounts]:
        """Per day: overdue, due soon, further off and done lead times."""
        return _counts(self.entries(session, actor, start, end, today, window), self.kind)

    def pending(
        self, session: Session, actor: Actor, today: dt.date, window: int
    ) -> list[DeadlineEntry]:
        """Open sessions' lead times not done, due by ``today + window`` (overdue ones too)."""
        latest = self._latest_working(session, today + dt.timedelta(days=window))
        if latest is None:
            return []
        where = [
            S.step.not_in(_CLOSED),
            *self._only(),
            self._done_on.is_(None),
            self._working() <= latest,
        ]
        return self._entries(session, where, today, window)

    def opens_between(self, start: dt.date, end: dt.date) -> SessionFilter:
        """The sessions whose lead time is due from ``start`` to ``end``."""
        return self._between(start, end)

    def opens_day(self, day: dt.date) -> SessionFilter:
        """The sessions whose lead time is due on ``day``."""
        return self.opens_between(day, day)


def _notice_due(session: Session) -> Callable[[dt.date], dt.date]:
    lead = lead_days_in(session).notice
    return lambda first: notice_due(first, lead)


def _notice_latest(session: Session, by: dt.date) -> dt.date:
    # A notice is due its lead days before the first working session, never moved.
    return by + dt.timedelta(days=lead_days_in(session).notice)


def _report_due(session: Session) -> Callable[[dt.date], dt.date]:
    within, days_off = lead_days_in(session).report, days_off_in(session)
    return lambda last: report_due(last, days_off, within)


def _report_latest(session: Session, by: dt.date) -> dt.date | None:
    within = lead_days_in(session).report
    span = last_working_between(None, by, days_off_in(session), within)
    return None if span is None else span[1]


NOTICE_DEADLINES = LeadTimeDeadlines(
    kind=DeadlineKind.SUPERVISION_NOTICE,
    working=first_working,
    done_on=S.notice_sent_on,
    due=_notice_due,
    opens_between=lambda start, end: SessionFilter(notice_due_from=start, notice_due_to=end),
    latest_working=_notice_latest,
    only=lambda: [has_notice()],
)
"""The supervision notices' source of deadlines."""
REPORT_DEADLINES = LeadTimeDeadlines(
    kind=DeadlineKind.SUPERVISION_REPORT,
    working=last_working,
    done_on=S.reported_on,
    due=_report_due,
    opens_between=lambda start, end: SessionFilter(report_due_from=start, report_due_to=end),
    latest_working=_report_latest,
)
"""The supervision reports' source of deadlines."""


def pending_lead_times(
    session: Session, actor: Actor, today: dt.date, window: int
) -> list[DeadlineEntry]:
    """Every notice and report of an open session overdue on ``today`` or due by the window.

    Ordered by day, the notices before the reports of the same day (Việc cần làm).
    """
    found = NOTICE_DEADLINES.pending(session, actor, today, window)
    found += REPORT_DEADLINES.pending(session, actor, today, window)
    order = {DeadlineKind.SUPERVISION_NOTICE: 0, DeadlineKind.SUPERVISION_REPORT: 1}
    return sorted(found, key=lambda entry: (entry.day, order[entry.kind], entry.record_id))
