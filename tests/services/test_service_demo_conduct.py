"""The demo office's QĐ 124 records: a year of sessions and reports in every state and channel.

The small office is built once per engine and only read; the large office's bulk inserts are
checked on a scaled-down count (the benchmark builds the 20,000 reports).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select

from giamsat_desktop.db.models import CitizenReport, ConductPerson, ConductSession
from giamsat_desktop.domain.accounts import SYSTEM, Actor, Role
from giamsat_desktop.domain.conduct import ConductPlace, ReportChannel, ReportState
from giamsat_desktop.domain.conduct_records import ReportFilter
from giamsat_desktop.services import demo_conduct
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.conduct import queries
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.safety.database import Database, open_database

if TYPE_CHECKING:
    from tests.conftest import Databases

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(engine_name: str, databases: Databases) -> Iterator[tuple[Database, dict[str, int]]]:
    """One small demo office, read (never changed) by the tests below."""
    url = databases.new_url(engine_name)
    database = open_database(url)
    counts = create_demo_data(database.session_factory, "small", today=TODAY)
    yield database, counts
    database.close()
    databases.remove(url)


def _rows(database: Database, model: Any) -> list[Any]:
    with database.session_factory() as session:
        found = list(session.scalars(select(model).order_by(model.id)))
        session.expunge_all()
        return found


def test_the_small_office_has_a_year_of_sessions_at_both_places(
    demo: tuple[Database, dict[str, int]],
) -> None:
    database, counts = demo
    sessions = _rows(database, ConductSession)
    people = _rows(database, ConductPerson)
    assert counts["conduct_sessions"] == len(sessions) == demo_conduct.CONDUCT["small"][0]
    assert {row.place_kind for row in sessions} == {place.value for place in ConductPlace}
    assert all(TODAY - dt.timedelta(days=366) <= row.held_on <= TODAY for row in sessions)
    assert len(people) >= 2 * len(sessions)
    positions = {person.position for person in people}
    assert any(position.startswith("Trưởng thôn") for position in positions)
    assert "Phó Chủ tịch UBND xã" in positions


def test_the_small_office_s_reports_are_in_every_state_and_channel(
    demo: tuple[Database, dict[str, int]],
) -> None:
    database, counts = demo
    reports = _rows(database, CitizenReport)
    assert counts["citizen_reports"] == len(reports) == demo_conduct.CONDUCT["small"][1]
    assert {row.state for row in reports} == {state.value for state in ReportState}
    assert {row.channel for row in reports} == {channel.value for channel in ReportChannel}
    assert any(row.reporter_name for row in reports)
    for row in reports:
        assert row.received_on <= TODAY
        if row.forwarded_on is not None:
            assert row.received_on <= row.forwarded_on <= TODAY
        if row.result_on is not None:
            assert row.forwarded_on is not None and row.forwarded_on <= row.result_on <= TODAY
        assert not row.reporter_name or row.reporter_name.lower() not in row.search_text
    forwarded = [row for row in reports if row.forwarded_on is not None]
    assert forwarded and all(row.forwarded_to for row in forwarded)
    # No demo letter forwards a report: none is named, rather than one about something else.
    assert all(row.letter_id is None for row in reports)
    counted = queries.counts(database.session_factory, SYSTEM)
    assert counted.received == len(reports) and counted.session_total == len(
        _rows(database, ConductSession)
    )


def test_a_scaled_down_large_office_is_written_in_bulk(
    context: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(demo_conduct.CONDUCT, "large", (12, 900))
    told: list[int] = []
    made = demo_conduct.add_demo_conduct(
        context.factory, "large", seed=7, today=TODAY, years=[2025, 2026], report=told.append
    )
    assert made == (12, 900) and sum(told) == 912
    keys = queries.report_keys(context.factory, SYSTEM, ReportFilter())
    assert len(keys) == 900
    rows = queries.reports_by_ids(context.factory, Actor("khach", Role.VIEWER), keys[:50])
    assert all(row.reporter_name == "" for row in rows)
    with_name = [
        row for row in queries.reports_by_ids(context.factory, SYSTEM, keys) if row.reporter_name
    ]
    assert with_name
    name = with_name[0].reporter_name
    found = queries.report_keys(context.factory, SYSTEM, ReportFilter(words=name))
    assert found == [], "the reporter is not in the search text"
    assert queries.report_keys(context.factory, SYSTEM, ReportFilter(words="dia chinh"))
    assert queries.counts(context.factory, SYSTEM).session_total == 12
    assert queries.conduct_years(context.factory) == [2026, 2025]
