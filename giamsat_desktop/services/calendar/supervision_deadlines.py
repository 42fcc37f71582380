"""The two lead times of supervision (NQLT 403) as deadlines of the calendar.

- The notice (``SUPERVISION_NOTICE``): the last day the plan and the decision may reach the
  supervised body and its superior, the lead time before the first working session
  (never moved off a day off). Only sessions the Front leads in a form with a notice have
  one; it is done when the notice was sent (``notice_sent_on``), late if sent after it.
- The report (``SUPERVISION_REPORT``): the lead time after the last working session, moved
  off days off; done when the session reported (``reported_on``).

Cancelled sessions have neither. Sessions are not secret: every account sees the same
lines. A line's title is the session's subject, its organisation the supervised body; it
opens the sessions whose same lead time falls on that day (a ``SessionFilter``). Each
source reads its days in one query (the report's days are moved off days off in Python,
the office's days off being data) and counts them from the same rows.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import SupervisionSession
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.supervision import SessionStep, notice_due, report_due
from giamsat_desktop.domain.supervision_records import SessionFilter, last_working_between
from giamsat_desktop.services.calendar.deadlines import (
    DayCounts,
    DeadlineEntry,
    DeadlineKind,
    DeadlineState,
    deadline_state,
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


class NoticeDeadlines:
    """The days the plans and decisions of supervision are to reach the supervised bodies."""

    kind = DeadlineKind.SUPERVISION_NOTICE

    def _entries(
        self, session: Session, where: list[Any], today: dt.date, window: int
    ) -> list[DeadlineEntry]:
        lead = lead_days_in(session).notice
        first = first_working()
        query = (
            select(S.id, S.subject, S.supervised_body, first, S.notice_sent_on)
            .where(*where)
            .order_by(first, S.id)
        )
        found = []
        for key, subject, body, first_day, sent in session.execute(query):
            day = notice_due(_as_date(first_day), lead)
            done = sent is not None
            found.append(
                DeadlineEntry(
                    day=day,
                    kind=self.kind,
                    title=" ".join(subject.split()),
                    organization=body,
                    state=deadline_state(day, done, today, window),
                    opens=self.opens_day(day),
                    record_id=key,
                    late=done and sent > day,
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
        """The notices due from ``start`` to ``end``, sent or not, by day then session."""
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
        """Per day: overdue, due soon, further off and sent notices."""
        return _counts(self.entries(session, actor, start, end, today, window), self.kind)

    def pending(
        self, session: Session, actor: Actor, today: dt.date, window: int
    ) -> list[DeadlineEntry]:
        """Open sessions' notices not sent, due by ``today + window`` (overdue ones too)."""
        horizon = today + dt.timedelta(days=window + lead_days_in(session).notice)
        where = [
            S.step.not_in(_CLOSED),
            has_notice(),
            S.notice_sent_on.is_(None),
            first_working() <= horizon,
        ]
        return self._entries(session, where, today, window)

    def opens_between(self, start: dt.date, end: dt.date) -> SessionFilter:
        """The sessions whose notice is due from ``start`` to ``end``."""
        return SessionFilter(notice_due_from=start, notice_due_to=end)

    def opens_day(self, day: dt.date) -> SessionFilter:
        """The sessions whose notice is due on ``day``."""
        return self.opens_between(day, day)


class ReportDeadlines:
    """The days the reports of supervision are due after the last working sessions."""

    kind = DeadlineKind.SUPERVISION_REPORT

    def _entries(
        self, session: Session, where: list[Any], today: dt.date, window: int
    ) -> list[DeadlineEntry]:
        within, days_off = lead_days_in(session).report, days_off_in(session)
        last = last_working()
        query = (
            select(S.id, S.subject, S.supervised_body, last, S.reported_on)
            .where(*where)
            .order_by(last, S.id)
        )
        found = []
        for key, subject, body, last_day, reported in session.execute(query):
            day = report_due(_as_date(last_day), days_off, within)
            done = reported is not None
            found.append(
                DeadlineEntry(
                    day=day,
                    kind=self.kind,
                    title=" ".join(subject.split()),
                    organization=body,
                    state=deadline_state(day, done, today, window),
                    opens=self.opens_day(day),
                    record_id=key,
                    late=done and reported > day,
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
        """The reports due from ``start`` to ``end``, made or not, by day then session."""
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
        """Per day: overdue, due soon, further off and made reports."""
        return _counts(self.entries(session, actor, start, end, today, window), self.kind)

    def pending(
        self, session: Session, actor: Actor, today: dt.date, window: int
    ) -> list[DeadlineEntry]:
        """Open sessions' reports not made, due by ``today + window`` (overdue ones too)."""
        days = lead_days_in(session)
        horizon = today + dt.timedelta(days=window)
        span = last_working_between(None, horizon, days_off_in(session), days.report)
        if span is None or span[1] is None:
            return []
        where = [S.step.not_in(_CLOSED), S.reported_on.is_(None), last_working() <= span[1]]
        return self._entries(session, where, today, window)

    def opens_between(self, start: dt.date, end: dt.date) -> SessionFilter:
        """The sessions whose report is due from ``start`` to ``end``."""
        return SessionFilter(report_due_from=start, report_due_to=end)

    def opens_day(self, day: dt.date) -> SessionFilter:
        """The sessions whose report is due on ``day``."""
        return self.opens_between(day, day)


NOTICE_DEADLINES = NoticeDeadlines()
"""The supervision notices' source of deadlines."""
REPORT_DEADLINES = ReportDeadlines()
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
