"""What a deadline is to the calendar, and what a source of deadlines provides.

A deadline is a day something is due (a task's deadline, a recommendation's reply
deadline, a supervision plan's lead time, the day a body committed to fix what it was
recommended, the day a drafting body must answer a social criticism by), placed against
today: overdue, due within the reminder window, further off, or done. "Today" is the PC's
local date, passed by the caller to every query (SQLite's ``date('now')`` is UTC,
PostgreSQL's ``CURRENT_DATE`` the server's).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from sqlalchemy.orm import Session

from giamsat_desktop.domain.accounts import Actor


class DeadlineKind(StrEnum):
    """What is due; a later workflow adds its kind here with its source."""

    TASK = "task"
    """A task's deadline (nhiệm vụ, thời hạn)."""
    SUPERVISION_NOTICE = "supervision_notice"
    """The last day a supervision's plan and decision reach the body (NQLT 403)."""
    SUPERVISION_REPORT = "supervision_report"
    """The day a supervision's report is due after its last working session (NQLT 403)."""
    RECOMMENDATION_REPLY = "recommendation_reply"
    """The last day for a body's written reply to a recommendation sent to it."""
    RECOMMENDATION_COMMITMENT = "recommendation_commitment"
    """The day a body committed to have fixed what a recommendation asked (hạn khắc phục)."""
    CRITICISM_ANSWER = "criticism_answer"
    """The day a drafting body must answer every point of a social criticism by."""
    DIALOGUE_COMMITMENT = "dialogue_commitment"
    """The day a leader committed at a direct dialogue to have done what the people raised."""


class DeadlineState(StrEnum):
    """Where a deadline stands on ``today``; computed, never stored."""

    OVERDUE = "overdue"
    """Not done, and the day has passed (a task done on its deadline day is on time)."""
    DUE_SOON = "due_soon"
    """Not done, due from today to today + the reminder window."""
    OPEN = "open"
    """Not done, due later than the reminder window."""
    DONE = "done"
    """Done (on time or late)."""


def deadline_state(day: dt.date, done: bool, today: dt.date, window: int) -> DeadlineState:
    """The state of a deadline on ``day`` read on ``today`` with a window of ``window`` days."""
    if done:
        return DeadlineState.DONE
    if day < today:
        return DeadlineState.OVERDUE
    if (day - today).days <= window:
        return DeadlineState.DUE_SOON
    return DeadlineState.OPEN


@dataclass(frozen=True, slots=True)
class DeadlineEntry:
    """One deadline on one day, as the agenda lists it.

    Attributes:
        day: The day it is due.
        kind: What is due.
        title: What is to be done (a task's content).
        organization: Who is to do it (a task's lead organisation).
        state: Overdue, due soon, further off or done, on the day the list was read.
        opens: The filter of the list that shows it (a ``TaskFilter`` for a task, a
            ``SessionFilter`` for a lead time, a ``RecommendationFilter`` for a reply); the
            window turns it into the request of the page that lists such records.
        record_id: The record's id in its own list.
        late: Done after the day ("hoàn thành quá hạn").
        pending: What of it is still awaited, where a record has parts (a criticism
            session's unanswered points); 0 otherwise.
    """

    day: dt.date
    kind: DeadlineKind
    title: str
    organization: str
    state: DeadlineState
    opens: object
    record_id: int
    late: bool = False
    pending: int = 0


def deadline_entry(
    kind: DeadlineKind,
    day: dt.date,
    title: str,
    organization: str,
    opens: object,
    record_id: int,
    *,
    done: bool,
    done_on: dt.date | None,
    today: dt.date,
    window: int,
) -> DeadlineEntry:
    """A deadline as the agenda lists it, placed against ``today``.

    Args:
        kind: What is due.
        day: The day it is due.
        title: What is to be done; its white space folded to one line.
        organization: Who is to do it.
        opens: The filter of the list that shows it.
        record_id: The record's id in its own list.
        done: Whether it was done.
        done_on: The day it was done, when known: after ``day`` it was done late.
        today: The day the list is read on.
        window: The reminder window in days.
    """
    return DeadlineEntry(
        day=day,
        kind=kind,
        title=" ".join(title.split()),
        organization=organization,
        state=deadline_state(day, done, today, window),
        opens=opens,
        record_id=record_id,
        late=done and done_on is not None and done_on > day,
    )


@dataclass(frozen=True, slots=True)
class DayCounts:
    """How many deadlines fall on one day, by state, and of which kinds."""

    overdue: int = 0
    due_soon: int = 0
    open: int = 0
    done: int = 0
    kinds: frozenset[DeadlineKind] = frozenset()

    @property
    def total(self) -> int:
        """Every deadline of the day."""
        return self.overdue + self.due_soon + self.open + self.done

    def __add__(self, other: DayCounts) -> DayCounts:
        """Both days' counts together (two sources on the same day)."""
        return DayCounts(
            self.overdue + other.overdue,
            self.due_soon + other.due_soon,
            self.open + other.open,
            self.done + other.done,
            self.kinds | other.kinds,
        )


class DeadlineSource(Protocol):
    """Where one kind of deadline comes from; every method reads in the session it is given.

    A source hides what ``actor`` may not see (a viewer never sees what comes from a secret
    document), and places each deadline against ``today`` with a reminder window of
    ``window`` days, as :func:`deadline_state` does.
    """

    kind: DeadlineKind

    def entries(
        self,
        session: Session,
        actor: Actor,
        start: dt.date,
        end: dt.date,
        today: dt.date,
        window: int,
    ) -> list[DeadlineEntry]:
        """The deadlines from ``start`` to ``end`` (both included): open ones and done ones."""
        ...

    def counts(
        self,
        session: Session,
        actor: Actor,
        start: dt.date,
        end: dt.date,
        today: dt.date,
        window: int,
    ) -> dict[dt.date, DayCounts]:
        """How many deadlines each day from ``start`` to ``end`` has, in one grouped query."""
        ...

    def opens_day(self, day: dt.date) -> object:
        """The filter of the list showing this kind's deadlines on ``day``."""
        ...
