"""The demo office's social criticism: the drafts it criticised, as a commune's Front does.

The small office lives last year's and this year's drafts (``small``): written as they came,
moved on their days, their plans and criticism letters issued into Văn bản đi, the drafting
bodies' replies entered in Văn bản đến and their answers recorded. The large office has
10,000 sessions over its years, written by bulk inserts (``large``). The same seed and day
give the same sessions.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.services.catalog.days_off import days_off_in
from giamsat_desktop.services.demo_criticism.large import add_large_criticism
from giamsat_desktop.services.demo_criticism.small import add_small, lives
from giamsat_desktop.services.demo_supervision import beside_database
from giamsat_desktop.services.demo_supervision.cast import read_cast

__all__ = ["CRITICISM", "DemoCriticism", "add_demo_criticism"]

CRITICISM = {"small": len(lives(dt.date(2026, 12, 31))), "large": 10_000}
"""How many criticism sessions each demo size gets (the small office: at most)."""


@dataclass(frozen=True, slots=True)
class DemoCriticism:
    """What the demo office's social criticism holds.

    Attributes:
        sessions: Criticism sessions written.
        letters: Letters issued (plans, criticism letters), each a line of Văn bản đi.
        incoming: The drafting bodies' replies entered in Văn bản đến.
    """

    sessions: int = 0
    letters: int = 0
    incoming: int = 0


def add_demo_criticism(
    factory: SessionFactory,
    size: str,
    *,
    seed: int,
    today: dt.date,
    years: list[int],
    data_folder: Path | None = None,
    report: Callable[[int], None] | None = None,
) -> DemoCriticism:
    """Give the demo office its social criticism, once its registers and board are in.

    The letters' files go to ``data_folder`` as the supervision's do. ``report`` is told
    how many sessions went in, ``CRITICISM[size]`` in all.
    """
    if size == "large":
        with unit_of_work(factory) as session:
            made = add_large_criticism(
                session,
                CRITICISM["large"],
                seed=seed,
                today=today,
                years=years,
                words=read_cast(session).words,
                days_off=days_off_in(session),
                report=report,
            )
        return DemoCriticism(made)
    folder = data_folder or beside_database(factory)
    if folder is not None:
        small = add_small(factory, today=today, data_folder=folder)
    else:
        with tempfile.TemporaryDirectory(prefix="giamsat-demo-") as passing:
            small = add_small(factory, today=today, data_folder=Path(passing))
    if report is not None:
        report(CRITICISM["small"])
    return DemoCriticism(small.sessions, small.letters, small.incoming)
