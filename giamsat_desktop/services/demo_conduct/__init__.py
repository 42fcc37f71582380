"""The demo office's QĐ 124 records: sessions on leaders' conduct and citizens' reports.

The small office gets a realistic year (``small``): sessions at workplaces and where the
cán bộ, đảng viên live, with the people supervised, and reports of every channel in every
state, written through the services. The large office gets 200 sessions and 20,000 reports
by bulk inserts (``large``). The same seed and day give the same records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.services.demo_conduct.large import add_large_conduct
from giamsat_desktop.services.demo_conduct.small import (
    SMALL_REPORTS,
    SMALL_SESSIONS,
    add_small_conduct,
)

__all__ = ["CONDUCT", "add_demo_conduct"]

CONDUCT = {"small": (SMALL_SESSIONS, SMALL_REPORTS), "large": (200, 20_000)}
"""How many QĐ 124 sessions and citizens' reports each demo size gets."""


def add_demo_conduct(
    factory: SessionFactory,
    size: str,
    *,
    seed: int,
    today: dt.date,
    years: list[int],
    report: Callable[[int], None] | None = None,
) -> tuple[int, int]:
    """Give the demo office its QĐ 124 records; returns (sessions, reports).

    ``report`` is told how many records went in, ``sum(CONDUCT[size])`` in all.
    """
    with unit_of_work(factory) as session:
        if size == "large":
            return add_large_conduct(
                session, CONDUCT[size], seed=seed, today=today, years=years, report=report
            )
        made = add_small_conduct(session, seed=seed, today=today)
    if report is not None:
        report(sum(made))
    return made
