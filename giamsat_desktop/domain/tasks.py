"""Tasks for the member organisations: what a directive asks of each, by when, and how far.

A task is handed to one lead organisation (chủ trì), with cooperating ones (phối hợp), a
person responsible and a deadline — or none, for a standing task (thường xuyên) that reports
every period. Its states move as ``MOVES`` allows, checked in one place (``check_move``);
overdue is computed from the deadline and today, never stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from giamsat_desktop.domain.deadlines import ReportPeriod, Timeliness


class TaskState(StrEnum):
    """Where a task is; stored by value."""

    NOT_STARTED = "chua_thuc_hien"
    IN_PROGRESS = "dang_thuc_hien"
    DONE = "hoan_thanh"
    PAUSED = "tam_dung"
    CANCELLED = "da_huy"

    @property
    def label(self) -> str:
        """The Vietnamese words shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)

    @property
    def is_open(self) -> bool:
        """Still to be done: not started, in progress or paused."""
        return self in OPEN_STATES


OPEN_STATES = frozenset({TaskState.NOT_STARTED, TaskState.IN_PROGRESS, TaskState.PAUSED})
"""The states from which a task may still be done, paused or cancelled."""

MOVES: dict[TaskState, frozenset[TaskState]] = {
    TaskState.NOT_STARTED: frozenset({TaskState.IN_PROGRESS, TaskState.DONE, TaskState.PAUSED,
                                      TaskState.CANCELLED}),
    TaskState.IN_PROGRESS: frozenset({TaskState.DONE, TaskState.PAUSED, TaskState.CANCELLED}),
    TaskState.PAUSED: frozenset({TaskState.IN_PROGRESS, TaskState.CANCELLED}),
    TaskState.DONE: frozenset(),
    TaskState.CANCELLED: frozenset(),
}
"""The moves a clerk may make; anything else is refused. A move made by mistake is undone
with a reason (``undo``), which is not a move of this table but a step back in the history."""

REASON_NEEDED = frozenset({TaskState.CANCELLED, TaskState.PAUSED})
"""Moves that the clerk must give a reason for."""


def can_move(old: TaskState, new: TaskState) -> bool:
    """Whether the table allows going from ``old`` to ``new``."""
    return new in MOVES[old]


@dataclass(frozen=True, slots=True)
class TaskDraft:
    """A task as the clerk fills it in the assignment dialog.

    Attributes:
        content: What is to be done.
        lead_id: The lead organisation (chủ trì).
        cooperating_ids: The organisations that cooperate (phối hợp).
        responsible: The person responsible, as typed.
        deadline: The date, already computed from "15 ngày" when so typed; None for a
            standing task.
        report_period: A standing task's reporting period; None for a task with a deadline.
    """

    content: str
    lead_id: int
    cooperating_ids: tuple[int, ...] = ()
    responsible: str = ""
    deadline: dt.date | None = None
    report_period: ReportPeriod | None = None

    @property
    def standing(self) -> bool:
        """A task with no deadline that reports every period (thường xuyên)."""
        return self.report_period is not None


@dataclass(frozen=True, slots=True)
class TaskRecord:
    """A stored task, as the window, the prints and the overview see it."""

    id: int
    content: str
    lead_id: int
    lead_name: str
    cooperating: tuple[str, ...]
    responsible: str
    deadline: dt.date | None
    report_period: ReportPeriod | None
    state: TaskState
    progress: int
    done_on: dt.date | None
    version: int
    source_id: int | None = None
    source_symbol: str = ""
    report_id: int | None = None
    cancel_reason: str = ""
    cooperating_ids: tuple[int, ...] = field(default=())
    assigned_on: dt.date | None = None

    def is_overdue(self, today: dt.date) -> bool:
        """Open past its deadline (a task done on its deadline day is on time)."""
        return self.state.is_open and self.deadline is not None and today > self.deadline

    def done_late(self) -> bool:
        """Done after its deadline ("hoàn thành quá hạn")."""
        return (
            self.state is TaskState.DONE
            and self.deadline is not None
            and self.done_on is not None
            and self.done_on > self.deadline
        )


def on_time_rate(done_on_time: int, done: int, open_overdue: int) -> float | None:
    """% đúng hạn: done on time ÷ (all done + open overdue); None when nothing counts.

    Standing and cancelled tasks are left out by the caller's counts.
    """
    counted = done + open_overdue
    return done_on_time / counted if counted else None


@dataclass(frozen=True, slots=True)
class TaskFilter:
    """Which tasks a list shows; every field left at its default lets all through.

    The Nhiệm vụ page builds one from its filter bar; an overview figure, a calendar day
    or a reminder builds the one behind what it counts, and the page shows those lines.

    Attributes:
        organization_id: Only the tasks this organisation leads (chủ trì).
        states: Only tasks in these states; empty for every state.
        timeliness: Only tasks so placed against their deadline on ``today`` (overdue,
            done late …); overdue is computed on the day the list is read.
        due_within: Only open tasks whose deadline falls from today to today + this many
            days (the reminder window); None for no such limit.
        deadline_from: Deadline on or after this day.
        deadline_to: Deadline on or before this day.
        done_from: Done on or after this day.
        done_to: Done on or before this day.
        source_id: Only the tasks given from this incoming document.
        year: Only the tasks given in this year.
        assigned_from: Given on or after this day.
        assigned_to: Given on or before this day.
        standing: True for standing tasks only, False for tasks with a deadline only.
        words: Folded words of the content, organisations, person or source.
        keys: Only these records (those behind a figure of the Báo cáo page); None: no limit.
    """

    organization_id: int | None = None
    states: frozenset[TaskState] = frozenset()
    timeliness: Timeliness | None = None
    due_within: int | None = None
    deadline_from: dt.date | None = None
    deadline_to: dt.date | None = None
    done_from: dt.date | None = None
    done_to: dt.date | None = None
    source_id: int | None = None
    year: int | None = None
    standing: bool | None = None
    words: str = ""
    assigned_from: dt.date | None = None
    assigned_to: dt.date | None = None
    keys: frozenset[int] | None = None
