"""The days the leaders committed to at direct dialogues, in Lịch hạn and Việc cần làm.

An issue of a dialogue with a commitment and a day to do it by is due on that day: overdue
after it while not done, due soon within the reminder window, further off, or done (late
when done after the day). Dialogues are not secret: every account sees the same lines. One
line per commitment; it opens Đối thoại trực tiếp on the dialogues with such a commitment
that day.

Việc cần làm lists the commitments not done, overdue or due within the window, in two
groups. Each read is one or two queries through the issues' due-day index.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import Dialogue, DialogueIssue
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.dialogue_records import DialogueFilter
from giamsat_desktop.services.calendar.deadlines import (
    DayCounts,
    DeadlineEntry,
    DeadlineKind,
    deadline_entry,
)
from giamsat_desktop.services.calendar.recommendation_deadlines import PER_GROUP
from giamsat_desktop.services.calendar.task_deadlines import count_where
from giamsat_desktop.services.dialogues.queries import committed

D = Dialogue
I = DialogueIssue  # noqa: E741 - the issues' table, as the queries read it


def _between(start: dt.date, end: dt.date) -> list[ColumnElement[bool]]:
    return [committed(), I.due_on >= start, I.due_on <= end]


def day_filter(day: dt.date) -> DialogueFilter:
    """The dialogues with a commitment due on ``day``: what the calendar shows."""
    return DialogueFilter(due_from=day, due_to=day)


def _entry(
    key: int,
    due: dt.date,
    commitment: str,
    responsible: str,
    leader: str,
    done_on: dt.date | None,
    opens: DialogueFilter,
    today: dt.date,
    window: int,
) -> DeadlineEntry:
    return deadline_entry(
        DeadlineKind.DIALOGUE_COMMITMENT,
        due,
        commitment,
        responsible or leader,
        opens,
        key,
        done=done_on is not None,
        done_on=done_on,
        today=today,
        window=window,
    )


class DialogueCommitments:
    """The days the leaders committed to act on what the people raised."""

    kind = DeadlineKind.DIALOGUE_COMMITMENT

    def entries(
        self,
        session: Session,
        actor: Actor,
        start: dt.date,
        end: dt.date,
        today: dt.date,
        window: int,
    ) -> list[DeadlineEntry]:
        """Commitments due from ``start`` to ``end``, by day then dialogue: open and done."""
        query = (
            select(I.dialogue_id, I.due_on, I.commitment, I.responsible, D.leader, I.done_on)
            .join(D, D.id == I.dialogue_id)
            .where(*_between(start, end))
            .order_by(I.due_on, I.dialogue_id, I.sort_order, I.id)
        )
        return [
            _entry(key, due, what, who, leader, done, day_filter(due), today, window)
            for key, due, what, who, leader, done in session.execute(query)
        ]

    def counts(
        self,
        session: Session,
        actor: Actor,
        start: dt.date,
        end: dt.date,
        today: dt.date,
        window: int,
    ) -> dict[dt.date, DayCounts]:
        """Per day: overdue, due soon, further off and done commitments, in one query."""
        waiting = I.done_on.is_(None)
        horizon = today + dt.timedelta(days=window)
        due = I.due_on
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
        return {
            day: DayCounts(int(overdue), int(soon), int(later), int(done), kinds)
            for day, overdue, soon, later, done in session.execute(query)
        }

    def opens_day(self, day: dt.date) -> DialogueFilter:
        """Every dialogue with a commitment due on ``day``."""
        return day_filter(day)


DIALOGUE_COMMITMENTS = DialogueCommitments()
"""The dialogues' commitments' source of deadlines."""


class DialogueStanding(StrEnum):
    """The groups of Việc cần làm's dialogue commitments, in the order it lists them."""

    OVERDUE = "overdue"
    DUE_SOON = "due_soon"


@dataclass(frozen=True, slots=True)
class DialogueGroup:
    """One group of commitments not done, as Việc cần làm lists it.

    Attributes:
        standing: Which group.
        count: How many commitments it holds.
        entries: Its first ones, the earliest day first (at most ``PER_GROUP``); each opens
            the dialogues with a commitment of its group due that day.
        opens: The list of the whole group.
    """

    standing: DialogueStanding
    count: int
    entries: tuple[DeadlineEntry, ...]
    opens: DialogueFilter

    @property
    def more(self) -> int:
        """The commitments counted but not listed."""
        return self.count - len(self.entries)


def _group(
    standing: DialogueStanding, today: dt.date, window: int
) -> tuple[list[ColumnElement[bool]], DialogueFilter]:
    """The SQL of one group and the filter of its list."""
    if standing is DialogueStanding.OVERDUE:
        return [I.due_on < today], DialogueFilter(overdue_on=today)
    horizon = today + dt.timedelta(days=window)
    where = [I.due_on >= today, I.due_on <= horizon]
    return where, DialogueFilter(pending_only=True, due_from=today, due_to=horizon)


def pending_dialogue_commitments(
    session: Session, actor: Actor, today: dt.date, window: int, per_group: int = PER_GROUP
) -> tuple[DialogueGroup, ...]:
    """The commitments not done, overdue on ``today`` or due by ``today + window``.

    Per group, one count and its first lines; the groups with none are left out, overdue
    first.
    """
    found = []
    for standing in DialogueStanding:
        where, opens = _group(standing, today, window)
        where = [committed(), I.done_on.is_(None), I.due_on.is_not(None), *where]
        count = int(session.scalar(select(func.count(I.id)).where(*where)) or 0)
        if not count:
            continue
        rows = session.execute(
            select(I.dialogue_id, I.due_on, I.commitment, I.responsible, D.leader)
            .join(D, D.id == I.dialogue_id)
            .where(*where)
            .order_by(I.due_on, I.dialogue_id, I.id)
            .limit(per_group)
        )
        entries = tuple(
            _entry(
                key,
                due,
                what,
                who,
                leader,
                None,
                _line_filter(standing, opens, due),
                today,
                window,
            )
            for key, due, what, who, leader in rows
        )
        found.append(DialogueGroup(standing, count, entries, opens))
    return tuple(found)


def _line_filter(standing: DialogueStanding, opens: DialogueFilter, day: dt.date) -> DialogueFilter:
    """A line's list: its group's dialogues with such a commitment due on ``day``."""
    if standing is DialogueStanding.OVERDUE:
        return DialogueFilter(overdue_on=opens.overdue_on, due_from=day, due_to=day)
    return DialogueFilter(pending_only=True, due_from=day, due_to=day)
