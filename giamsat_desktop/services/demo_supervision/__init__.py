"""The demo office's supervision: its programmes, sessions, delegations and letters.

The small office lives its last year and this one as a commune Front does (``small``): a
programme agreed in January with the member organisations, its lines opened as sessions of
every form, led by the Front or a member organisation, the sessions it joins with the
People's Council and Committee, each moved through its form's steps up to today, with its
delegation headed by a Board member, its working sessions and minutes, and the plans and
decisions of the Front's own delegations issued into the outgoing register; the sessions
that recommend send their recommendations by letter and follow the replies entered in the
incoming register (``recommendations``). The large office has 20,000 sessions over its ten
years and 60,000 recommendations, written by bulk inserts with the search indexes built at
the end (``large``). The same seed and day give the same sessions.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from giamsat_desktop.config import sqlite_path
from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.services.demo_supervision.large import add_large
from giamsat_desktop.services.demo_supervision.letters import Schedule
from giamsat_desktop.services.demo_supervision.small import LINES, add_small

__all__ = [
    "RECOMMENDATIONS",
    "SESSIONS",
    "DemoSupervision",
    "add_demo_supervision",
    "beside_database",
]

SESSIONS = {"small": LINES, "large": 20_000}
"""How many sessions each demo size gets (the small office: at most, by the day)."""
RECOMMENDATIONS = {"small": 0, "large": 60_000}
"""How many recommendations the large office gets (the small office's follow its sessions)."""


@dataclass(frozen=True, slots=True)
class DemoSupervision:
    """What the demo office's supervision holds.

    Attributes:
        programme_items: Lines of the years' programmes.
        sessions: Supervision sessions.
        working_sessions: Their working sessions with the supervised bodies.
        letters: Letters issued (plans, decisions, recommendation letters, a chase, an
            escalation, and those of the work ``more`` scheduled), each a line of Văn bản đi.
        incoming: The bodies' replies entered in Văn bản đến (and ``more``'s).
        recommendations: Recommendations written.
        replies: Their written replies recorded.
    """

    programme_items: int = 0
    sessions: int = 0
    working_sessions: int = 0
    letters: int = 0
    incoming: int = 0
    recommendations: int = 0
    replies: int = 0


def add_demo_supervision(
    factory: SessionFactory,
    size: str,
    *,
    seed: int,
    today: dt.date,
    data_folder: Path | None = None,
    report: Callable[[int], None] | None = None,
    more: Callable[[Schedule], object] | None = None,
) -> DemoSupervision:
    """Give the demo office its supervision, once its registers and people are in.

    The letters' files go to ``data_folder``; by default the folder beside a SQLite file,
    or for a shared database a passing folder (their bytes are kept in the database, each
    PC fetching its copy when it needs one). ``report`` is told how many sessions and
    recommendations went in, ``SESSIONS[size] + RECOMMENDATIONS[size]`` in all. ``more``
    puts the small office's other work of its days on the same schedule (its letters and
    registered documents are counted here with the supervision's).
    """
    if size == "large":
        made = add_large(
            factory,
            SESSIONS["large"],
            seed=seed,
            today=today,
            recommendations=RECOMMENDATIONS["large"],
            report=report,
        )
        if report is not None and made.recommendations < RECOMMENDATIONS["large"]:
            report(RECOMMENDATIONS["large"] - made.recommendations)  # no session recommended
        return DemoSupervision(
            made.programme_items,
            made.sessions,
            made.working_sessions,
            recommendations=made.recommendations,
        )
    folder = data_folder or beside_database(factory)
    if folder is not None:
        small = add_small(factory, seed=seed, today=today, data_folder=folder, more=more)
    else:
        with tempfile.TemporaryDirectory(prefix="giamsat-demo-") as passing:
            small = add_small(factory, seed=seed, today=today, data_folder=Path(passing), more=more)
    if report is not None:
        report(SESSIONS["small"])
    return DemoSupervision(
        small.programme_items,
        small.sessions,
        small.working_sessions,
        small.letters,
        small.incoming,
        small.recommendations,
        small.replies,
    )


def beside_database(factory: SessionFactory) -> Path | None:
    """The data folder of a SQLite database (the folder it is in); None for a shared one."""
    bind = factory.kw.get("bind")
    url = getattr(bind, "url", None)
    if url is None:
        return None
    path = sqlite_path(url.render_as_string(hide_password=True))
    return path.parent if path is not None else None
