"""The days bodies committed to fix what they were recommended, in Lịch hạn and Việc cần làm.

A body answering a recommendation may commit to fix it by a day (``commitment_due``, noted
in the recommendation's dialog). In the calendar a recommendation still followed (neither
resolved nor closed) with such a day is due then (overdue, due soon or further off); one
resolved is shown done, late when its move to resolved (its history's latest, one row read
through the history's index) is dated after that day; one closed is no longer followed and
leaves the calendar. Recommendations are not secret: every account sees the same lines.

Việc cần làm lists those followed whose day is past or within the reminder window, in two
groups as the replies are: overdue, and due soon. The calendar's reads are one query each,
Việc cần làm's two, whatever the number of recommendations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, literal_column, select, union_all
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import Recommendation, RecommendationEvent
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.recommendations import RecommendationFilter, RecommendationState
from giamsat_desktop.services.calendar.deadlines import (
    DayCounts,
    DeadlineEntry,
    DeadlineKind,
    deadline_entry,
)
from giamsat_desktop.services.calendar.recommendation_deadlines import PER_GROUP
from giamsat_desktop.services.calendar.task_deadlines import count_where

R = Recommendation
E = RecommendationEvent
_RESOLVED = RecommendationState.RESOLVED.value
_FOLLOWED = tuple(sorted(state.value for state in RecommendationState if state.is_open))
"""The states of a recommendation still followed: its commitment's day runs."""
_CLOSED = RecommendationState.CLOSED.value


def _as_date(value: Any) -> dt.date | None:
    """A date from a computed column (SQLite may give the stored text back)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _followed() -> ColumnElement[bool]:
    return R.state.in_(_FOLLOWED)


def _between(start: dt.date, end: dt.date) -> list[ColumnElement[bool]]:
    """Commitments due from ``start`` to ``end`` that the calendar shows: not closed.

    No index holds the commitments' days: the table is read once through. "Not closed"
    rather than the list of states, which the (state, reply due) index would answer row by
    row, most of them resolved (six weeks' counts among 60,000: 28 → 12 ms).
    """
    return [
        R.commitment_due.is_not(None),
        R.commitment_due >= start,
        R.commitment_due <= end,
        R.state != _CLOSED,
    ]


def _resolved_on() -> ColumnElement[dt.date]:
    """The day of the recommendation's latest move to resolved (its history's index)."""
    return (
        select(E.on)
        .where(E.recommendation_id == R.id, E.kind == "move", E.to_state == _RESOLVED)
        .order_by(E.id.desc())
        .limit(1)
        .correlate(R)
        .scalar_subquery()
    )


def line_filter(
    session_id: int | None, body: str, day: dt.date, *, done: bool
) -> RecommendationFilter:
    """The recommendations of one session to one body whose commitment is due on ``day``.

    Only those still followed, or only those resolved (``done``): a closed one of the same
    day is not in the list the calendar's line opens.
    """
    return RecommendationFilter(
        open_only=not done,
        states=frozenset({RecommendationState.RESOLVED}) if done else frozenset(),
        session_id=session_id,
        addressed_body=body,
        commitment_from=day,
        commitment_to=day,
    )


class CommitmentDeadlines:
    """The days the bodies committed to fix what they were recommended by."""

    kind = DeadlineKind.RECOMMENDATION_COMMITMENT

    def entries(
        self,
        session: Session,
        actor: Actor,
        start: dt.date,
        end: dt.date,
        today: dt.date,
        window: int,
    ) -> list[DeadlineEntry]:
        """Followed and resolved commitments due from ``start`` to ``end``, by day then body.

        A line is done once resolved, late when moved to resolved after its day.
        """
        query = (
            select(
                R.id,
                R.commitment_due,
                R.content,
                R.addressed_body,
                R.session_id,
                R.state,
                _resolved_on(),
            )
            .where(*_between(start, end))
            .order_by(R.commitment_due, R.addressed_body, R.sort_order, R.id)
        )
        found = []
        for key, due, content, body, session_id, state, resolved_on in session.execute(query):
            day = _as_date(due)
            assert day is not None  # the query keeps dated rows only
            done = state == _RESOLVED
            found.append(
                deadline_entry(
                    self.kind,
                    day,
                    content,
                    body,
                    line_filter(session_id, body, day, done=done),
                    key,
                    done=done,
                    done_on=_as_date(resolved_on) if done else None,
                    today=today,
                    window=window,
                )
            )
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
        """Per day: overdue, due soon, further off and resolved ones, in one grouped query."""
        followed = _followed()
        horizon = today + dt.timedelta(days=window)
        due = R.commitment_due
        query = (
            select(
                due,
                count_where(and_(followed, due < today)),
                count_where(and_(followed, due >= today, due <= horizon)),
                count_where(and_(followed, due > horizon)),
                count_where(R.state == _RESOLVED),
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

    def opens_day(self, day: dt.date) -> RecommendationFilter:
        """Every recommendation whose commitment is due on ``day``."""
        return RecommendationFilter(commitment_from=day, commitment_to=day)


COMMITMENT_DEADLINES = CommitmentDeadlines()
"""The commitments' source of deadlines."""


class CommitmentStanding(StrEnum):
    """The groups of Việc cần làm's commitments, in the order it lists them."""

    OVERDUE = "overdue"
    """Followed, its day passed."""
    DUE_SOON = "due_soon"
    """Followed, due from today to the end of the reminder window."""


_ORDER = tuple(CommitmentStanding)


@dataclass(frozen=True, slots=True)
class CommitmentGroup:
    """One group of commitments to fix, as Việc cần làm lists it.

    Attributes:
        standing: Which group.
        count: How many recommendations it holds.
        entries: Its first ones, the earliest day first (at most ``PER_GROUP``); each opens
            the recommendations of its session and body due that day, in this group.
        opens: The list of the whole group.
    """

    standing: CommitmentStanding
    count: int
    entries: tuple[DeadlineEntry, ...]
    opens: RecommendationFilter

    @property
    def more(self) -> int:
        """The recommendations counted but not listed."""
        return self.count - len(self.entries)


def _group_filter(
    standing: CommitmentStanding, today: dt.date, window: int
) -> RecommendationFilter:
    if standing is CommitmentStanding.OVERDUE:
        return RecommendationFilter(open_only=True, commitment_to=today - dt.timedelta(days=1))
    horizon = today + dt.timedelta(days=window)
    return RecommendationFilter(open_only=True, commitment_from=today, commitment_to=horizon)


def _group_where(
    standing: CommitmentStanding, today: dt.date, window: int
) -> list[ColumnElement[bool]]:
    """The SQL of one group: followed, and its days."""
    if standing is CommitmentStanding.OVERDUE:
        return [_followed(), R.commitment_due < today]
    horizon = today + dt.timedelta(days=window)
    return [_followed(), R.commitment_due >= today, R.commitment_due <= horizon]


def pending_commitments(
    session: Session, actor: Actor, today: dt.date, window: int, per_group: int = PER_GROUP
) -> tuple[CommitmentGroup, ...]:
    """The commitments overdue on ``today`` or due by ``today + window``, in their groups.

    Two queries: both groups counted together; their first lines, each group's cut at
    ``per_group`` by the database. The groups with none are left out; overdue first.
    """
    horizon = today + dt.timedelta(days=window)
    counted = session.execute(
        select(*(count_where(and_(*_group_where(which, today, window))) for which in _ORDER)).where(
            R.commitment_due.is_not(None), R.commitment_due <= horizon, _followed()
        )
    ).one()
    totals = {which: int(count) for which, count in zip(_ORDER, counted, strict=True) if count}
    parts = [
        select(
            literal_column(str(place)).label("standing"),
            R.id,
            R.commitment_due,
            R.content,
            R.addressed_body,
            R.session_id,
        )
        .where(*_group_where(which, today, window))
        .order_by(R.commitment_due, R.id)
        .limit(per_group)
        .subquery()
        for place, which in enumerate(_ORDER)
        if which in totals
    ]
    rows = []
    if parts:
        lines = union_all(*(select(part) for part in parts))
        rows = sorted(session.execute(lines).all(), key=lambda row: (row[0], row[2], row[1]))
    entries: dict[CommitmentStanding, list[DeadlineEntry]] = {}
    for group, key, due, content, body, session_id in rows:
        day = _as_date(due)
        assert day is not None
        which = _ORDER[int(group)]
        opens = replace(
            _group_filter(which, today, window),
            session_id=session_id,
            addressed_body=body,
            commitment_from=day,
            commitment_to=day,
        )
        entries.setdefault(which, []).append(
            deadline_entry(
                DeadlineKind.RECOMMENDATION_COMMITMENT,
                day,
                content,
                body,
                opens,
                key,
                done=False,
                done_on=None,
                today=today,
                window=window,
            )
        )
    return tuple(
        CommitmentGroup(
            which,
            totals[which],
            tuple(entries.get(which, ())),
            _group_filter(which, today, window),
        )
        for which in _ORDER
        if which in totals
    )
