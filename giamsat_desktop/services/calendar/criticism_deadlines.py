"""The answer deadlines of social criticism sessions, in Lịch hạn and Việc cần làm.

When its criticism letter is sent a session gets ``answer_due``, the day the drafting body
must answer every point by. In the calendar a session still followed (sent, or answered in
part: ``SENT`` or ``ANSWERED``) is due on that day: while a point is unanswered it is
overdue after it, due soon within the reminder window, or further off; once every point is
answered it is done, late when the reply (``replied_on``) came after the day. A closed or
cancelled session is no longer followed and leaves the calendar. Sessions are not secret:
every account sees the same lines. One line per session.

Việc cần làm lists the sessions whose answers are awaited and overdue or due within the
window, in two groups: overdue, and due soon. The calendar's reads are one query each (read
through the (step, answer due) index), Việc cần làm's two, whatever the number of sessions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal_column, select, union_all
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import CriticismPoint, CriticismSession
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.criticism import CriticismStep
from giamsat_desktop.domain.criticism_records import CriticismFilter
from giamsat_desktop.services.calendar.deadlines import (
    DayCounts,
    DeadlineEntry,
    DeadlineKind,
    deadline_entry,
)
from giamsat_desktop.services.calendar.recommendation_deadlines import PER_GROUP
from giamsat_desktop.services.calendar.task_deadlines import count_where
from giamsat_desktop.services.criticism.queries import awaited, overdue_on

C = CriticismSession
P = CriticismPoint
FOLLOWED = frozenset({CriticismStep.SENT, CriticismStep.ANSWERED})
"""The steps at which a session's answers are awaited or being completed."""
_FOLLOWED = tuple(sorted(step.value for step in FOLLOWED))


def _as_date(value: Any) -> dt.date | None:
    """A date from a computed column (SQLite may give the stored text back)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _between(start: dt.date, end: dt.date) -> list[ColumnElement[bool]]:
    """The sessions the calendar shows from ``start`` to ``end``: followed, dated then."""
    return [C.step.in_(_FOLLOWED), C.answer_due >= start, C.answer_due <= end]


def _unanswered_count() -> ColumnElement[int]:
    """How many points of the session of the row await their answer."""
    return (
        select(func.count(P.id))
        .where(P.session_id == C.id, P.answer == "")
        .correlate(C)
        .scalar_subquery()
    )


def day_filter(day: dt.date) -> CriticismFilter:
    """The sessions followed whose answers are due on ``day``: what the calendar shows."""
    return CriticismFilter(steps=FOLLOWED, due_from=day, due_to=day)


class CriticismDeadlines:
    """The days the drafting bodies must answer the criticism's points by."""

    kind = DeadlineKind.CRITICISM_ANSWER

    def entries(
        self,
        session: Session,
        actor: Actor,
        start: dt.date,
        end: dt.date,
        today: dt.date,
        window: int,
    ) -> list[DeadlineEntry]:
        """Followed sessions due from ``start`` to ``end``, by day then drafting body.

        A line is done once every point is answered, late when the reply came after the
        day; ``pending`` holds the points still unanswered.
        """
        query = (
            select(
                C.id, C.answer_due, C.title, C.drafting_body, C.replied_on, _unanswered_count()
            )
            .where(*_between(start, end))
            .order_by(C.answer_due, C.drafting_body, C.id)
        )
        found = []
        for key, due, title, body, replied_on, left in session.execute(query):
            day = _as_date(due)
            assert day is not None  # the query keeps dated rows only
            done = not left
            entry = deadline_entry(
                self.kind,
                day,
                title,
                body,
                day_filter(day),
                key,
                done=done,
                done_on=_as_date(replied_on) if done else None,
                today=today,
                window=window,
            )
            found.append(replace(entry, pending=int(left)))
        return found

    def counts(
        self,
        session: Session,
        actor: Actor,
        start: dt.date,
        end: dt.date,
        today: dt.date,
        window: int,
    ) -> dict[dt.date, DayCounts]:
        """Per day: overdue, due soon, further off and answered sessions, in one query."""
        waiting = awaited()
        horizon = today + dt.timedelta(days=window)
        due = C.answer_due
        query = (
            select(
                due,
                count_where(and_(waiting, due < today)),
                count_where(and_(waiting, due >= today, due <= horizon)),
                count_where(and_(waiting, due > horizon)),
                count_where(~waiting),
            )
            .where(*_between(start, end))
            .group_by(due)
        )
        kinds = frozenset({self.kind})
        found: dict[dt.date, DayCounts] = {}
        for day_due, overdue, soon, later, done in session.execute(query):
            day = _as_date(day_due)
            assert day is not None
            found[day] = DayCounts(int(overdue), int(soon), int(later), int(done), kinds)
        return found

    def opens_day(self, day: dt.date) -> CriticismFilter:
        """Every session followed whose answers are due on ``day``."""
        return day_filter(day)


CRITICISM_DEADLINES = CriticismDeadlines()
"""The criticism sessions' source of deadlines."""


class CriticismStanding(StrEnum):
    """The groups of Việc cần làm's criticism sessions, in the order it lists them."""

    OVERDUE = "overdue"
    """Answers awaited, the day passed."""
    DUE_SOON = "due_soon"
    """Answers awaited, due from today to the end of the reminder window."""


_ORDER = tuple(CriticismStanding)


@dataclass(frozen=True, slots=True)
class CriticismGroup:
    """One group of sessions whose answers are awaited, as Việc cần làm lists it.

    Attributes:
        standing: Which group.
        count: How many sessions it holds.
        entries: Its first ones, the earliest day first (at most ``PER_GROUP``); each opens
            the sessions of its group due that day; ``pending`` holds its unanswered points.
        opens: The list of the whole group.
    """

    standing: CriticismStanding
    count: int
    entries: tuple[DeadlineEntry, ...]
    opens: CriticismFilter

    @property
    def more(self) -> int:
        """The sessions counted but not listed."""
        return self.count - len(self.entries)


def _group_filter(standing: CriticismStanding, today: dt.date, window: int) -> CriticismFilter:
    if standing is CriticismStanding.OVERDUE:
        return CriticismFilter(overdue_on=today)
    horizon = today + dt.timedelta(days=window)
    return CriticismFilter(awaited_only=True, due_from=today, due_to=horizon)


def _group_where(
    standing: CriticismStanding, today: dt.date, window: int
) -> list[ColumnElement[bool]]:
    """The SQL of one group: awaited, and its days."""
    if standing is CriticismStanding.OVERDUE:
        return [overdue_on(today)]
    horizon = today + dt.timedelta(days=window)
    return [awaited(), C.answer_due >= today, C.answer_due <= horizon]


def pending_criticisms(
    session: Session, actor: Actor, today: dt.date, window: int, per_group: int = PER_GROUP
) -> tuple[CriticismGroup, ...]:
    """The sessions overdue on ``today`` or due by ``today + window``, in their groups.

    Two queries: both groups counted together; their first lines, each group's cut at
    ``per_group`` by the database. The groups with none are left out; overdue first.
    """
    horizon = today + dt.timedelta(days=window)
    counted = session.execute(
        select(*(count_where(and_(*_group_where(which, today, window))) for which in _ORDER)).where(
            C.step.in_(_FOLLOWED), C.answer_due <= horizon
        )
    ).one()
    totals = {which: int(count) for which, count in zip(_ORDER, counted, strict=True) if count}
    parts = [
        select(
            literal_column(str(place)).label("standing"),
            C.id,
            C.answer_due,
            C.title,
            C.drafting_body,
            _unanswered_count().label("left"),
        )
        .where(C.step.in_(_FOLLOWED), *_group_where(which, today, window))
        .order_by(C.answer_due, C.id)
        .limit(per_group)
        .subquery()
        for place, which in enumerate(_ORDER)
        if which in totals
    ]
    rows = []
    if parts:
        lines = union_all(*(select(part) for part in parts))
        rows = sorted(session.execute(lines).all(), key=lambda row: (row[0], row[2], row[1]))
    entries: dict[CriticismStanding, list[DeadlineEntry]] = {}
    for group, key, due, title, body, left in rows:
        day = _as_date(due)
        assert day is not None
        which = _ORDER[int(group)]
        opens = replace(_group_filter(which, today, window), due_from=day, due_to=day)
        entry = deadline_entry(
            DeadlineKind.CRITICISM_ANSWER,
            day,
            title,
            body,
            opens,
            key,
            done=False,
            done_on=None,
            today=today,
            window=window,
        )
        entries.setdefault(which, []).append(replace(entry, pending=int(left)))
    return tuple(
        CriticismGroup(
            which,
            totals[which],
            tuple(entries.get(which, ())),
            _group_filter(which, today, window),
        )
        for which in _ORDER
        if which in totals
    )
