"""The demo office's social criticism: the drafts it criticised, as a commune's Front does.

The small office lives last year's and this year's drafts (``small``, on the supervision's
schedule): written as they came, moved on their days, their plans and criticism letters
issued into Văn bản đi, the drafting bodies' replies entered in Văn bản đến and their
answers recorded. The large office has
10,000 sessions over its years, written by bulk inserts (``large``). The same seed and day
give the same sessions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.services.catalog.days_off import days_off_in
from giamsat_desktop.services.demo_criticism.large import add_large_criticism
from giamsat_desktop.services.demo_criticism.small import Made, lives, schedule_small
from giamsat_desktop.services.demo_supervision.cast import read_cast
from giamsat_desktop.services.demo_supervision.letters import Schedule

__all__ = ["CRITICISM", "DemoCriticism", "Made", "add_demo_criticism", "small_criticism"]

CRITICISM = {"small": len(lives(dt.date(2026, 12, 31))), "large": 10_000}
"""How many criticism sessions each demo size gets (the small office: at most)."""


@dataclass(frozen=True, slots=True)
class DemoCriticism:
    """What the large demo office's social criticism holds: its sessions."""

    sessions: int = 0


def add_demo_criticism(
    factory: SessionFactory,
    size: str,
    *,
    seed: int,
    today: dt.date,
    years: list[int],
    report: Callable[[int], None] | None = None,
) -> DemoCriticism:
    """Give the large demo office its social criticism, once its registers and board are in.

    The small office's is lived on the supervision's schedule (``small_criticism``).
    ``report`` is told how many sessions went in, ``CRITICISM[size]`` in all.
    """
    with unit_of_work(factory) as session:
        made = add_large_criticism(
            session,
            CRITICISM[size],
            seed=seed,
            today=today,
            years=years,
            words=read_cast(session).words,
            days_off=days_off_in(session),
            report=report,
        )
    return DemoCriticism(made)


def small_criticism(
    factory: SessionFactory, *, today: dt.date, made: Made
) -> Callable[[Schedule], None]:
    """What puts the small office's criticism on the supervision's schedule (``made`` counts)."""
    return lambda schedule: schedule_small(factory, schedule, today=today, made=made)
