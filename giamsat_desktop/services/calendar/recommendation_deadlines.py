"""The reply deadlines of recommendations, in Lịch hạn and in Việc cần làm.

A recommendation sent to a body waits for its written reply until its ``reply_due`` (fixed
when the letter was issued, moved off the days off then): sent or escalated, no reply
recorded. In the calendar each one waiting has its deadline on that day (overdue, due soon
or further off); one answered in writing is shown done, late when its first reply came
after the deadline; one resolved or closed without a written reply is no longer followed
and leaves the calendar. Recommendations are not secret: every account sees the same lines.

Việc cần làm lists those waiting whose deadline is past or within the reminder window, in
three groups: overdue and still only sent (an escalation is due: the clerk drafts the
letter to the Front one level up), overdue though escalated, and due soon. The calendar's
reads are one query each, Việc cần làm's two, whatever the number of recommendations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, literal_column, or_, select, union_all
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import Recommendation, RecommendationReply
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.recommendations import RecommendationFilter, RecommendationState
from giamsat_desktop.services.calendar.deadlines import (
    DayCounts,
    DeadlineEntry,
    DeadlineKind,
    deadline_entry,
)
from giamsat_desktop.services.calendar.task_deadlines import count_where

R = Recommendation
WAITING = frozenset({RecommendationState.SENT, RecommendationState.ESCALATED})
"""The states a recommendation waits for its written reply in."""
_WAITING = tuple(sorted(state.value for state in WAITING))
_SENT = RecommendationState.SENT.value
_SENT_ONCE = tuple(
    sorted(state.value for state in RecommendationState if state is not RecommendationState.DRAFTED)
)
"""The states of a recommendation that was sent (a reply deadline was fixed)."""

PER_GROUP = 10
"""How many recommendations each group of Việc cần làm lists; the rest are counted."""


def _as_date(value: Any) -> dt.date | None:
    """A date from a computed column (SQLite may give the stored text back)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _replied() -> ColumnElement[bool]:
    """Whether a written reply was recorded for the recommendation of the row."""
    return exists().where(RecommendationReply.recommendation_id == R.id)


def _awaiting() -> ColumnElement[bool]:
    """Sent or escalated, no written reply recorded: its deadline runs."""
    return and_(R.state.in_(_WAITING), ~_replied())


def _between(start: dt.date, end: dt.date) -> list[ColumnElement[bool]]:
    """Deadlines from ``start`` to ``end`` that the calendar shows: waiting, or answered."""
    return [
        # Every state but drafted (never dated): the (state, reply due) index is read by
        # ranges of days, not scanned whole (six weeks' counts among 60,000: 11 → 6 ms).
        R.state.in_(_SENT_ONCE),
        R.reply_due.is_not(None),
        R.reply_due >= start,
        R.reply_due <= end,
        or_(R.state.in_(_WAITING), _replied()),
    ]


def line_filter(session_id: int | None, body: str, day: dt.date) -> RecommendationFilter:
    """The recommendations of one letter (its session, its body) whose reply is due on ``day``."""
    return RecommendationFilter(
        session_id=session_id, addressed_body=body, due_from=day, due_to=day
    )


class RecommendationDeadlines:
    """The reply deadlines of the recommendations sent."""

    kind = DeadlineKind.RECOMMENDATION_REPLY

    def entries(
        self,
        session: Session,
        actor: Actor,
        start: dt.date,
        end: dt.date,
        today: dt.date,
        window: int,
    ) -> list[DeadlineEntry]:
        """Waiting and answered recommendations due from ``start`` to ``end``, by day then body.

        A line is done once a reply was recorded, late when the first came after the day.
        """
        first_reply = (
            select(func.min(RecommendationReply.replied_on))
            .where(RecommendationReply.recommendation_id == R.id)
            .correlate(R)
            .scalar_subquery()
        )
        query = (
            select(R.id, R.reply_due, R.content, R.addressed_body, R.session_id, first_reply)
            .where(*_between(start, end))
            .order_by(R.reply_due, R.addressed_body, R.sort_order, R.id)
        )
        found = []
        for key, due, content, body, session_id, replied_on in session.execute(query):
            day = _as_date(due)
            assert day is not None  # the query keeps dated rows only
            found.append(
                deadline_entry(
                    self.kind,
                    day,
                    content,
                    body,
                    line_filter(session_id, body, day),
                    key,
                    done=replied_on is not None,
                    done_on=_as_date(replied_on),
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
        """Per day: overdue, due soon, further off and answered ones, in one grouped query."""
        waiting = _awaiting()
        horizon = today + dt.timedelta(days=window)
        query = (
            select(
                R.reply_due,
                count_where(and_(waiting, R.reply_due < today)),
                count_where(and_(waiting, R.reply_due >= today, R.reply_due <= horizon)),
                count_where(and_(waiting, R.reply_due > horizon)),
                count_where(_replied()),
            )
            .where(*_between(start, end))
            .group_by(R.reply_due)
        )
        kinds = frozenset({self.kind})
        found: dict[dt.date, DayCounts] = {}
        for due, overdue, soon, later, done in session.execute(query):
            day = _as_date(due)
            assert day is not None
            found[day] = DayCounts(int(overdue), int(soon), int(later), int(done), kinds)
        return found

    def opens_day(self, day: dt.date) -> RecommendationFilter:
        """Every recommendation whose reply is due on ``day``."""
        return RecommendationFilter(due_from=day, due_to=day)


REPLY_DEADLINES = RecommendationDeadlines()
"""The recommendations' source of deadlines."""


class ReplyStanding(StrEnum):
    """The groups of Việc cần làm's recommendations, in the order it lists them."""

    ESCALATION_DUE = "escalation_due"
    """Overdue and only sent: the letter to the Front one level up is to be drafted."""
    OVERDUE = "overdue"
    """Overdue though escalated already: still no written reply."""
    DUE_SOON = "due_soon"
    """Due from today to the end of the reminder window."""


_ORDER = tuple(ReplyStanding)


@dataclass(frozen=True, slots=True)
class ReplyGroup:
    """One group of recommendations waiting for their reply, as Việc cần làm lists it.

    Attributes:
        standing: Which group.
        count: How many recommendations it holds.
        entries: Its first ones, the earliest deadline first (at most ``PER_GROUP``); each
            opens the recommendations of its letter due that day, in this group.
        opens: The list of the whole group.
    """

    standing: ReplyStanding
    count: int
    entries: tuple[DeadlineEntry, ...]
    opens: RecommendationFilter

    @property
    def more(self) -> int:
        """The recommendations counted but not listed."""
        return self.count - len(self.entries)


def _group_filter(standing: ReplyStanding, today: dt.date, window: int) -> RecommendationFilter:
    if standing is ReplyStanding.ESCALATION_DUE:
        return RecommendationFilter(overdue_on=today, states=frozenset({RecommendationState.SENT}))
    if standing is ReplyStanding.OVERDUE:
        escalated = frozenset({RecommendationState.ESCALATED})
        return RecommendationFilter(overdue_on=today, states=escalated)
    horizon = today + dt.timedelta(days=window)
    return RecommendationFilter(states=WAITING, due_from=today, due_to=horizon)


def _group_where(standing: ReplyStanding, today: dt.date, window: int) -> list[ColumnElement[bool]]:
    """The SQL of one group: waiting, no reply, and its state and days."""
    if standing is ReplyStanding.ESCALATION_DUE:
        which = [R.state == _SENT, R.reply_due < today]
    elif standing is ReplyStanding.OVERDUE:
        which = [R.state == RecommendationState.ESCALATED.value, R.reply_due < today]
    else:
        horizon = today + dt.timedelta(days=window)
        which = [R.state.in_(_WAITING), R.reply_due >= today, R.reply_due <= horizon]
    return [*which, ~_replied()]


def pending_replies(
    session: Session, actor: Actor, today: dt.date, window: int, per_group: int = PER_GROUP
) -> tuple[ReplyGroup, ...]:
    """The replies overdue on ``today`` or due by ``today + window``, in their groups.

    Two queries: the three groups counted together; their first lines, each group's read
    in the order of the (state, reply due) index and cut at ``per_group`` by the database.
    The groups with none are left out. Ordered escalations due, overdue, due soon.
    """
    horizon = today + dt.timedelta(days=window)
    counted = session.execute(
        select(*(count_where(and_(*_group_where(which, today, window))) for which in _ORDER)).where(
            R.state.in_(_WAITING), R.reply_due <= horizon
        )
    ).one()
    totals = {which: int(count) for which, count in zip(_ORDER, counted, strict=True) if count}
    parts = [
        select(
            literal_column(str(place)).label("standing"),
            R.id,
            R.reply_due,
            R.content,
            R.addressed_body,
            R.session_id,
        )
        .where(*_group_where(which, today, window))
        .order_by(R.reply_due, R.id)
        .limit(per_group)
        .subquery()
        for place, which in enumerate(_ORDER)
        if which in totals
    ]
    rows = []
    if parts:
        lines = union_all(*(select(part) for part in parts))
        rows = sorted(session.execute(lines).all(), key=lambda row: (row[0], row[2], row[1]))
    entries: dict[ReplyStanding, list[DeadlineEntry]] = {}
    for group, key, due, content, body, session_id in rows:
        day = _as_date(due)
        assert day is not None
        which = _ORDER[int(group)]
        # The line opens its letter's recommendations due that day, in its group.
        opens = replace(
            _group_filter(which, today, window),
            session_id=session_id,
            addressed_body=body,
            due_from=day,
            due_to=day,
        )
        entries.setdefault(which, []).append(
            deadline_entry(
                DeadlineKind.RECOMMENDATION_REPLY,
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
        ReplyGroup(
            which, totals[which], tuple(entries.get(which, ())), _group_filter(which, today, window)
        )
        for which in _ORDER
        if which in totals
    )
