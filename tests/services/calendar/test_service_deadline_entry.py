"""The one way a source of deadlines makes an agenda line."""

from __future__ import annotations

import datetime as dt

from giamsat_desktop.services.calendar.deadlines import (
    DeadlineEntry,
    DeadlineKind,
    DeadlineState,
    deadline_entry,
)
from tests.session_day import TODAY


def _entry(day: dt.date, done: bool = False, done_on: dt.date | None = None) -> DeadlineEntry:
    return deadline_entry(
        DeadlineKind.TASK,
        day,
        "  Báo cáo\n kết quả  ",
        "Hội Nông dân",
        "opens",
        7,
        done=done,
        done_on=done_on,
        today=TODAY,
        window=3,
    )


def test_a_line_folds_its_title_and_is_placed_against_today() -> None:
    soon = _entry(TODAY + dt.timedelta(days=2))
    assert (soon.title, soon.organization, soon.record_id) == ("Báo cáo kết quả", "Hội Nông dân", 7)
    assert (soon.state, soon.late) == (DeadlineState.DUE_SOON, False)
    assert _entry(TODAY + dt.timedelta(days=4)).state is DeadlineState.OPEN
    assert _entry(TODAY - dt.timedelta(days=1)).state is DeadlineState.OVERDUE


def test_done_after_the_day_is_late_and_on_the_day_is_not() -> None:
    day = TODAY - dt.timedelta(days=5)
    late = _entry(day, True, day + dt.timedelta(days=1))
    assert (late.state, late.late) == (DeadlineState.DONE, True)
    assert _entry(day, True, day).late is False
    assert _entry(day, True, None).late is False
