"""Every source of deadlines, read together: the days of a month and their counts.

A later workflow adds its source to :data:`SOURCES` (a ``DeadlineSource`` of its kind);
the calendar page and its tests read every source through the two functions here.
"""

from __future__ import annotations

import datetime as dt

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.services.calendar.commitment_deadlines import COMMITMENT_DEADLINES
from giamsat_desktop.services.calendar.criticism_deadlines import CRITICISM_DEADLINES
from giamsat_desktop.services.calendar.deadlines import (
    DayCounts,
    DeadlineEntry,
    DeadlineKind,
    DeadlineSource,
)
from giamsat_desktop.services.calendar.dialogue_commitments import DIALOGUE_COMMITMENTS
from giamsat_desktop.services.calendar.recommendation_deadlines import REPLY_DEADLINES
from giamsat_desktop.services.calendar.supervision_deadlines import (
    NOTICE_DEADLINES,
    REPORT_DEADLINES,
)
from giamsat_desktop.services.calendar.task_deadlines import TASK_DEADLINES

SOURCES: tuple[DeadlineSource, ...] = (
    TASK_DEADLINES,
    NOTICE_DEADLINES,
    REPORT_DEADLINES,
    REPLY_DEADLINES,
    COMMITMENT_DEADLINES,
    CRITICISM_DEADLINES,
    DIALOGUE_COMMITMENTS,
)
"""Where the calendar's deadlines come from, in the order the agenda lists a day's kinds."""


def _check(start: dt.date, end: dt.date, window: int) -> None:
    if end < start:
        raise ValueError(f"the range ends before it starts: {start} – {end}")
    if window < 0:
        raise ValueError(f"a reminder window is not negative: {window}")


def deadlines_between(
    factory: SessionFactory,
    actor: Actor,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    window: int,
) -> list[DeadlineEntry]:
    """The deadlines from ``start`` to ``end`` (both included), by day, then by source.

    Args:
        factory: The database.
        actor: Who reads (a viewer does not see what comes from a secret document).
        start: The first day.
        end: The last day.
        today: The PC's local date, on which overdue and due soon are judged.
        window: The reminder window in days (due soon: from today to today + window).
    """
    _check(start, end, window)
    order = {source.kind: place for place, source in enumerate(SOURCES)}
    with factory() as session:
        found = [
            entry
            for source in SOURCES
            for entry in source.entries(session, actor, start, end, today, window)
        ]
    # Stable: each source's own order stays within a day and a kind.
    return sorted(found, key=lambda entry: (entry.day, order[entry.kind]))


def deadline_counts(
    factory: SessionFactory,
    actor: Actor,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    window: int,
) -> dict[dt.date, DayCounts]:
    """Each day from ``start`` to ``end`` that has a deadline, and its counts by state.

    One grouped query per source; days without a deadline are left out.
    """
    _check(start, end, window)
    counts: dict[dt.date, DayCounts] = {}
    with factory() as session:
        for source in SOURCES:
            for day, figures in source.counts(session, actor, start, end, today, window).items():
                counts[day] = counts[day] + figures if day in counts else figures
    return counts


def opens_day(kind: DeadlineKind, day: dt.date) -> object:
    """The filter of the list showing the deadlines of ``kind`` on ``day``."""
    for source in SOURCES:
        if source.kind is kind:
            return source.opens_day(day)
    raise LookupError(f"no source of {kind} deadlines")
