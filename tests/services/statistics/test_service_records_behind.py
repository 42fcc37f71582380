"""Every figure of the demo office's tables opens as many records as it counts.

The records behind a figure are found by the rules that counted it; a figure counting
records finds that many, one counting their parts (opinions, lượt, % …) finds the records
holding them — none where it is 0.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.reporting_period import Period, reporting_period
from giamsat_desktop.domain.statistics_behind import Figure, RecordKind
from giamsat_desktop.domain.statistics_tables import Table
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.statistics.behind import records_behind
from giamsat_desktop.services.statistics.figures import statistics_for
from giamsat_desktop.services.statistics.tables import tables
from tests.session_day import TODAY


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SessionFactory]:
    folder: Path = tmp_path_factory.mktemp("behind")
    database = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    create_demo_data(database.session_factory, "small", today=TODAY, data_folder=folder / "d")
    yield database.session_factory
    database.close()


def _cells(table: Table) -> Iterator[tuple[Figure, int | float | None]]:
    for number, column in enumerate(table.columns):
        for row in table.rows:
            yield Figure(table.key, column.key, row.organization_id), row.values[number]
        yield Figure(table.key, column.key, whole=True), table.total(column.key)


@pytest.mark.parametrize("half", [None, 1, 2])
def test_every_figure_opens_the_records_it_counts(demo: SessionFactory, half: int | None) -> None:
    period: Period = reporting_period(TODAY.year, half)
    statistics = statistics_for(demo, SYSTEM, period, today=TODAY)
    seen: set[RecordKind] = set()
    wrong = []
    for table in tables(statistics):
        for figure, value in _cells(table):
            behind = records_behind(demo, SYSTEM, period, statistics.as_of, figure)
            assert behind is not None, figure
            found = len(behind.keys)
            if found:
                seen.add(behind.kind)
            if behind.exact:
                right = found == value
            else:  # the records holding what it counts: some when it is not 0, never more
                right = bool(found) == bool(value) and (
                    not isinstance(value, int) or found <= value
                )
            if not right:
                wrong.append((figure, value, found))
    assert wrong == []
    if half is None:
        assert seen == set(RecordKind)  # the demo year has a record of every kind behind


def test_a_joint_sessions_participations_open_it_once(demo: SessionFactory) -> None:
    period = reporting_period(TODAY.year)
    statistics = statistics_for(demo, SYSTEM, period, today=TODAY)
    [supervision] = [table for table in tables(statistics) if table.key == "giam_sat"]
    joined = supervision.total("joined")
    behind = records_behind(
        demo, SYSTEM, period, statistics.as_of, Figure("giam_sat", "joined", whole=True)
    )
    assert behind is not None and not behind.exact
    assert isinstance(joined, int) and 0 < len(behind.keys) <= joined
