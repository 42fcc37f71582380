"""The records behind a figure: the same rules that counted it, keeping the keys.

Each area's module gives the keys its figure counted (``*_behind``, or its counts with
their keys), so a list opened from a figure shows exactly what the figure counts.
"""

from __future__ import annotations

import datetime as dt

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.domain.statistics_behind import Figure, RecordKind, RecordsBehind
from giamsat_desktop.services.statistics.conduct import REPORT_COLUMNS, conduct_behind
from giamsat_desktop.services.statistics.contributions import (
    DIALOGUE_COLUMNS,
    contributions_behind,
)
from giamsat_desktop.services.statistics.criticism import criticisms_behind
from giamsat_desktop.services.statistics.recommendations import recommendation_counts
from giamsat_desktop.services.statistics.supervision import Counted, supervision_counts
from giamsat_desktop.services.statistics.tasks import tasks_behind

_PARTS = frozenset(
    {"opinions", "points", "points_accepted", "issues", "commitments", "commitments_done",
     "people", "rate"}
)  # fmt: skip
"""Columns that count parts of records (or judge them), not the records themselves."""


def records_behind(
    factory: SessionFactory, actor: Actor, period: Period, as_of: dt.date, figure: Figure
) -> RecordsBehind | None:
    """The records behind ``figure`` of ``period``, judged on ``as_of``; None if unknown."""
    with factory() as session:
        table, column = figure.table, figure.column
        if table == "giam_sat":
            keys = _on_row(supervision_counts(session, period, as_of), figure)
            # Lượt: a session joined by two organisations is one line of the total's list.
            exact = not (figure.whole and column in ("total", "joined", *_FORM_COLUMNS))
            return RecordsBehind(RecordKind.SESSIONS, keys, exact)
        if table == "kien_nghi":
            keys = _on_row(recommendation_counts(session, period, as_of), figure)
            return RecordsBehind(RecordKind.RECOMMENDATIONS, keys, True)
        exact = column not in _PARTS
        if table == "phan_bien":
            keys = criticisms_behind(session, period, as_of, column)
            return RecordsBehind(RecordKind.CRITICISMS, keys, exact)
        if table == "qd_218":
            kind = RecordKind.DIALOGUES if column in DIALOGUE_COLUMNS else RecordKind.CRITICISMS
            keys = contributions_behind(session, period, as_of, column)
            return RecordsBehind(kind, keys, exact)
        if table == "qd_124":
            in_reports = column in REPORT_COLUMNS
            kind = RecordKind.CITIZEN_REPORTS if in_reports else RecordKind.CONDUCT_SESSIONS
            keys = conduct_behind(session, period, as_of, column)
            return RecordsBehind(kind, keys, exact)
        if table == "nhiem_vu":
            lead = None if figure.whole else figure.organization_id
            keys = tasks_behind(session, actor, period, as_of, column, lead)
            return RecordsBehind(RecordKind.TASKS, keys, exact)
    return None


_FORM_COLUMNS = ("documents", "delegation", "boards", "with_state")


def _on_row(counts: list[Counted], figure: Figure) -> frozenset[int]:
    """The keys counted in the figure's column, on its row (every row for the total)."""
    return frozenset(
        key
        for row, what, key in counts
        if what == figure.column and (figure.whole or row == figure.organization_id)
    )
