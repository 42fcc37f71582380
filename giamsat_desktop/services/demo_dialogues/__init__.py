"""The demo office's direct dialogues between the leaders and the people.

The small office has a realistic year of them, last year's and this year's (``small``):
the Party secretary and the chairman of the People's Committee answering the people of the
villages on land, roads, the environment and social policies, their commitments done,
pending and overdue. The large office has about 500 over its years, written by bulk
inserts (``large``). The same seed and day give the same dialogues.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.services.demo_dialogues.large import add_large_dialogues
from giamsat_desktop.services.demo_dialogues.small import add_small_dialogues
from giamsat_desktop.services.demo_dialogues.texts import TOPICS

__all__ = ["DIALOGUES", "add_demo_dialogues"]

DIALOGUES = {"small": len(TOPICS), "large": 500}
"""How many dialogues each demo size gets."""


def add_demo_dialogues(
    factory: SessionFactory,
    size: str,
    *,
    seed: int,
    today: dt.date,
    years: list[int],
    report: Callable[[int], None] | None = None,
) -> int:
    """Give the demo office its dialogues; the number written.

    ``report`` is told how many dialogues went in, ``DIALOGUES[size]`` in all.
    """
    if size != "large":
        return add_small_dialogues(factory, today=today, report=report)
    with unit_of_work(factory) as session:
        return add_large_dialogues(
            session, DIALOGUES[size], seed=seed, today=today, years=years, report=report
        )
