"""The year's QĐ 124 figures for the periodic report, against a set counted by hand.

Runs on SQLite and on the shared PostgreSQL server.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from giamsat_desktop.domain.conduct import ConductPlace, ReportChannel, ReportState
from giamsat_desktop.domain.conduct_records import ConductCounts, PersonDraft
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.conduct import queries, reports, sessions
from tests.services.conduct.samples import ADMIN, CLERK, REPORT, SESSION

D = dt.date
H = ReportChannel
S = ReportState


def _session(context: ServiceContext, day: dt.date, place: ConductPlace, people: int) -> None:
    lines = [PersonDraft(f"Người thứ {n}", "Trưởng thôn") for n in range(1, people + 1)]
    draft = dataclasses.replace(SESSION, held_on=day, place=place)
    sessions.create_conduct(context.factory, CLERK, draft, lines)


def _report(context: ServiceContext, day: dt.date, channel: ReportChannel, state: S) -> None:
    handled = state in (S.FORWARDED, S.RESOLVED)
    draft = dataclasses.replace(
        REPORT,
        received_on=day,
        channel=channel,
        state=state,
        forwarded_to="UBND xã" if handled else "",
        forwarded_on=day if handled else None,
        result="Đã xử lý" if state is S.RESOLVED else "",
        result_on=day if state is S.RESOLVED else None,
    )
    reports.create_report(context.factory, ADMIN, draft)


def test_counts_of_a_year_match_the_hand_count(context: ServiceContext) -> None:
    _session(context, D(2026, 2, 3), ConductPlace.RESIDENCE, 2)
    _session(context, D(2026, 5, 9), ConductPlace.RESIDENCE, 1)
    _session(context, D(2026, 6, 1), ConductPlace.WORKPLACE, 0)
    _session(context, D(2025, 11, 20), ConductPlace.WORKPLACE, 4)  # last year
    _report(context, D(2026, 1, 5), H.MAILBOX, S.RECEIVED)
    _report(context, D(2026, 2, 5), H.MAILBOX, S.FORWARDED)
    _report(context, D(2026, 3, 5), H.PHONE, S.RESOLVED)
    _report(context, D(2026, 4, 5), H.IN_PERSON, S.RESOLVED)
    _report(context, D(2026, 5, 5), H.DIALOGUE, S.FILED)
    _report(context, D(2025, 12, 30), H.ORGANISATION, S.RESOLVED)  # last year

    counted = queries.counts(context.factory, CLERK, year=2026)

    assert counted == ConductCounts(
        sessions={ConductPlace.RESIDENCE: 2, ConductPlace.WORKPLACE: 1},
        people=3,
        received=5,
        forwarded=3,
        handled=3,
        by_channel={H.MAILBOX: 2, H.PHONE: 1, H.IN_PERSON: 1, H.DIALOGUE: 1},
    )
    assert counted.session_total == 3
    every_year = queries.counts(context.factory, CLERK)
    assert (every_year.session_total, every_year.people, every_year.received) == (4, 7, 6)
    assert queries.counts(context.factory, CLERK, year=2024) == ConductCounts({}, 0, 0, 0, 0, {})
