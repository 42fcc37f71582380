"""What the task prints say of a task: its progress, where it stands, and the totals.

The follow-up register, the tracking table and the task workbook word a task alike:
"Hoàn thành ngày 12/03/2026, quá hạn 3 ngày", "Đang thực hiện (60%), quá hạn 5 ngày".
Overdue is computed on the day the print is made (``today``), never stored; the totals
count as ``domain.tasks.on_time_rate`` defines % đúng hạn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from giamsat_desktop.domain.deadlines import Timeliness, timeliness
from giamsat_desktop.domain.tasks import TaskRecord, TaskState, on_time_rate

__all__ = [
    "STANDING",
    "TaskTally",
    "date_text",
    "days_late",
    "deadline_text",
    "percent_text",
    "progress_text",
    "standing_text",
    "state_text",
    "tally",
    "timeliness_text",
]

STANDING = "Thường xuyên"
"""A task with no deadline that reports every period."""


def date_text(day: dt.date | None) -> str:
    """A date as the prints write it, dd/mm/yyyy; empty when there is none."""
    return day.strftime("%d/%m/%Y") if day is not None else ""


def _timeliness(task: TaskRecord, today: dt.date) -> Timeliness:
    """Where the task stands against its deadline on ``today`` (only a done task has a day)."""
    done_on = task.done_on if task.state is TaskState.DONE else None
    return timeliness(task.deadline, today, done_on)


def days_late(task: TaskRecord, today: dt.date) -> int:
    """Days past the deadline: done late, days it took beyond it; open, days until ``today``.

    0 for a task on time, in time, cancelled or without a deadline.
    """
    if task.state is TaskState.CANCELLED or task.deadline is None:
        return 0
    standing = _timeliness(task, today)
    if standing is Timeliness.LATE and task.done_on is not None:
        return (task.done_on - task.deadline).days
    if standing is Timeliness.OVERDUE:
        return (today - task.deadline).days
    return 0


def standing_text(task: TaskRecord) -> str:
    """"Thường xuyên, báo cáo hằng quý" for a standing task; empty for another."""
    if task.report_period is None:
        return ""
    return f"{STANDING}, báo cáo {task.report_period.label.lower()}"


def deadline_text(task: TaskRecord) -> str:
    """The task's deadline dd/mm/yyyy, or "Thường xuyên" for a standing task."""
    if task.deadline is None and task.report_period is not None:
        return STANDING
    return date_text(task.deadline)


def state_text(task: TaskRecord) -> str:
    """The state's words, with the percentage of a task under way: "Đang thực hiện (60%)"."""
    words = task.state.label
    if task.state in (TaskState.IN_PROGRESS, TaskState.PAUSED) and 0 < task.progress < 100:
        words = f"{words} ({task.progress}%)"
    return words


def progress_text(task: TaskRecord, today: dt.date, *, deadline: bool = False) -> str:
    """A task's progress in one sentence, as the follow-up register writes it.

    Args:
        task: The task.
        today: The day overdue is counted to (the PC's local date).
        deadline: Also name the task's own deadline ("hạn 15/03/2026"), when it is not the
            document's (given apart, or extended).

    Returns:
        For example "Hoàn thành ngày 12/03/2026, quá hạn 3 ngày", "Chưa thực hiện, quá hạn 5
        ngày", "Đã hủy (không còn đối tượng)", "Đang thực hiện (40%), thường xuyên, báo cáo
        hằng quý".
    """
    if task.state is TaskState.CANCELLED:
        reason = " ".join(task.cancel_reason.split())
        return f"{task.state.label} ({reason})" if reason else task.state.label
    if task.state is TaskState.DONE:
        parts = [f"Hoàn thành ngày {date_text(task.done_on)}" if task.done_on else "Hoàn thành"]
    else:
        parts = [state_text(task)]
    if task.report_period is not None:
        parts.append(standing_text(task).lower())
    elif deadline and task.deadline is not None:
        parts.append(f"hạn {date_text(task.deadline)}")
    late = days_late(task, today)
    if late:
        parts.append(f"quá hạn {late} ngày")
    return ", ".join(parts)


def timeliness_text(task: TaskRecord, today: dt.date) -> str:
    """Đúng hạn, hoàn thành quá hạn or quá hạn with its days; empty for a cancelled task.

    "Quá hạn 5 ngày" (open, five days past the deadline on ``today``), "Hoàn thành quá hạn 3
    ngày", "Đúng hạn", "Trong hạn", "Thường xuyên".
    """
    if task.state is TaskState.CANCELLED:
        return ""
    if task.report_period is not None:
        return STANDING
    standing = _timeliness(task, today)
    if standing is Timeliness.OVERDUE:
        return f"Quá hạn {days_late(task, today)} ngày"
    if standing is Timeliness.LATE:
        return f"Hoàn thành quá hạn {days_late(task, today)} ngày"
    if standing is Timeliness.OPEN:
        return "Trong hạn"
    return standing.label


def percent_text(rate: float) -> str:
    """A fraction as a Vietnamese percentage with one decimal: 0.625 → "62,5%", 1 → "100%"."""
    text = f"{rate * 100:.1f}".replace(".", ",")
    return f"{text.removesuffix(',0')}%"


@dataclass(frozen=True, slots=True)
class TaskTally:
    """How a list of tasks stands on a day; every task is in exactly one count.

    Attributes:
        done_on_time: Done on or before the deadline.
        done_late: Done after the deadline ("hoàn thành quá hạn").
        overdue: Open, and the deadline has passed.
        in_time: Open, the deadline not passed.
        standing: Standing tasks (thường xuyên), not cancelled.
        cancelled: Cancelled tasks.
    """

    done_on_time: int = 0
    done_late: int = 0
    overdue: int = 0
    in_time: int = 0
    standing: int = 0
    cancelled: int = 0

    @property
    def total(self) -> int:
        """Every task counted, the cancelled ones too."""
        return (
            self.done_on_time
            + self.done_late
            + self.overdue
            + self.in_time
            + self.standing
            + self.cancelled
        )

    @property
    def counted(self) -> int:
        """The tasks the rate counts: all done plus open overdue."""
        return self.done_on_time + self.done_late + self.overdue

    @property
    def rate(self) -> float | None:
        """% đúng hạn (``domain.tasks.on_time_rate``); None when nothing counts yet."""
        return on_time_rate(self.done_on_time, self.done_on_time + self.done_late, self.overdue)


def tally(tasks: Iterable[TaskRecord], today: dt.date) -> TaskTally:
    """Count ``tasks`` as they stand on ``today`` (standing and cancelled ones apart)."""
    counts = dict.fromkeys(
        ("done_on_time", "done_late", "overdue", "in_time", "standing", "cancelled"), 0
    )
    for task in tasks:
        if task.state is TaskState.CANCELLED:
            key = "cancelled"
        elif task.report_period is not None or task.deadline is None:
            key = "standing"
        else:
            key = {
                Timeliness.ON_TIME: "done_on_time",
                Timeliness.LATE: "done_late",
                Timeliness.OVERDUE: "overdue",
            }.get(_timeliness(task, today), "in_time")
        counts[key] += 1
    return TaskTally(**counts)
