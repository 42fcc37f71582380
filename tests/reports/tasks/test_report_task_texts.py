"""How the task prints word a task's progress and count the totals, around the deadline."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from giamsat_desktop.domain.tasks import TaskState, on_time_rate
from giamsat_desktop.reports.tasks.texts import (
    days_late,
    percent_text,
    progress_text,
    tally,
    timeliness_text,
)
from tests.reports.tasks.task_samples import DEADLINE, TASKS, TODAY, make_task

OPEN = make_task(1, "Hội Nông dân", TaskState.NOT_STARTED)
DAY = dt.timedelta(days=1)


def test_an_open_task_is_overdue_from_the_day_after_its_deadline() -> None:
    assert timeliness_text(OPEN, DEADLINE) == "Trong hạn"
    assert days_late(OPEN, DEADLINE) == 0
    assert timeliness_text(OPEN, DEADLINE + DAY) == "Quá hạn 1 ngày"
    assert progress_text(OPEN, DEADLINE + DAY) == "Chưa thực hiện, quá hạn 1 ngày"
    # Across a year's end, in calendar days.
    assert days_late(OPEN, dt.date(2027, 1, 1)) == (dt.date(2027, 1, 1) - DEADLINE).days


def test_a_task_done_on_its_deadline_day_is_on_time_and_a_day_later_is_late() -> None:
    on_time = replace(OPEN, state=TaskState.DONE, done_on=DEADLINE, progress=100)
    late = replace(on_time, done_on=DEADLINE + DAY)
    assert timeliness_text(on_time, TODAY) == "Đúng hạn"
    assert progress_text(on_time, TODAY) == "Hoàn thành ngày 15/04/2026"
    assert timeliness_text(late, TODAY) == "Hoàn thành quá hạn 1 ngày"
    assert progress_text(late, TODAY) == "Hoàn thành ngày 16/04/2026, quá hạn 1 ngày"
    # A done task stays as it was done, however long ago.
    assert days_late(late, TODAY + 100 * DAY) == 1


def test_cancelled_and_paused_tasks() -> None:
    cancelled = replace(OPEN, state=TaskState.CANCELLED, cancel_reason=" trùng\nnội dung ")
    assert progress_text(cancelled, TODAY) == "Đã hủy (trùng nội dung)"
    assert timeliness_text(cancelled, TODAY) == "" and days_late(cancelled, TODAY) == 0
    paused = replace(OPEN, state=TaskState.PAUSED, progress=40)
    assert progress_text(paused, TODAY) == "Tạm dừng (40%), quá hạn 35 ngày"
    assert progress_text(paused, DEADLINE, deadline=True) == "Tạm dừng (40%), hạn 15/04/2026"


@pytest.mark.parametrize(
    ("rate", "text"), [(0.625, "62,5%"), (1.0, "100%"), (1 / 3, "33,3%"), (0.0, "0%")]
)
def test_percentages_are_written_the_vietnamese_way(rate: float, text: str) -> None:
    assert percent_text(rate) == text


def test_the_tally_puts_each_task_in_one_count_and_rates_as_the_domain_does() -> None:
    counts = tally(TASKS, TODAY)
    assert (
        counts.done_on_time,
        counts.done_late,
        counts.overdue,
        counts.in_time,
        counts.standing,
        counts.cancelled,
    ) == (1, 1, 2, 1, 1, 1)
    assert counts.total == len(TASKS)
    assert counts.rate == on_time_rate(1, 2, 2) == 0.25
    assert tally((), TODAY).rate is None
