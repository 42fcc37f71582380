"""Giám sát page timings on the large demo data set, beside the same SQL through sqlite3.

Usage:
    giamsat --db big.sqlite3 demo-data --size large      # once: 20,000 sessions
    python benchmarks/supervision_list.py big.sqlite3 [--runs 7]

Prints the median of each measure. Target (issue 14): the page's first rows within 300 ms
of being opened; a filter or a search within 100 ms.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import WINDOW_ROW, median_ms, page_open_ms, print_table  # noqa: E402

from giamsat_desktop.domain.accounts import SYSTEM  # noqa: E402
from giamsat_desktop.domain.supervision_records import SessionFilter  # noqa: E402
from giamsat_desktop.services.common import clock  # noqa: E402
from giamsat_desktop.services.registers.text_search import match_expression  # noqa: E402
from giamsat_desktop.services.safety.database import open_database  # noqa: E402
from giamsat_desktop.services.supervision import queries  # noqa: E402

BLOCK = 200
"""The rows the page reads at once (``ui.common.lazy_table_model.BLOCK_SIZE``)."""
ORDER = (queries.SessionColumn.START, True)
"""The page's first order: the latest start first."""
BARE_ORDER = "ORDER BY planned_start DESC, id DESC"


def bare_rows(raw: sqlite3.Connection, keys: list[int]) -> None:
    """A block of sessions with what their records need, read as bare SQL."""
    marks = ",".join("?" * len(keys))
    raw.execute(f"SELECT * FROM supervision_sessions WHERE id IN ({marks})", keys).fetchall()
    for query in (
        "SELECT session_id, organization_id FROM session_participants WHERE session_id IN ({})",
        "SELECT * FROM delegation_members WHERE session_id IN ({}) "
        "ORDER BY session_id, sort_order, id",
        "SELECT session_id, COUNT(id), MIN(held_on), MAX(held_on) FROM working_sessions "
        "WHERE session_id IN ({}) GROUP BY session_id",
        "SELECT session_id, incoming_id FROM session_bases WHERE session_id IN ({})",
    ):
        raw.execute(query.format(marks), keys).fetchall()


def main() -> None:
    """Time the page's reads and the bare SQL beside them."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    database = open_database(f"sqlite:///{args.database.resolve()}", create=False)
    factory = database.session_factory
    raw = sqlite3.connect(args.database)
    today = clock.today()
    total = raw.execute("SELECT COUNT(*) FROM supervision_sessions").fetchone()[0]
    print(f"{total:,} sessions; today {today:%d/%m/%Y}; median of {args.runs} runs")

    def program_open() -> None:
        keys = queries.session_keys(factory, SYSTEM, SessionFilter(), today, ORDER)
        queries.sessions_by_ids(factory, SYSTEM, keys[:BLOCK], today)
        queries.session_years(factory)

    def bare_open() -> None:
        keys = [row[0] for row in raw.execute(f"SELECT id FROM supervision_sessions {BARE_ORDER}")]
        bare_rows(raw, keys[:BLOCK])
        raw.execute("SELECT MIN(year), MAX(year) FROM supervision_sessions").fetchall()

    words = "ho ngheo"
    searched = SessionFilter(words=words)

    def program_search() -> None:
        keys = queries.session_keys(factory, SYSTEM, searched, today, ORDER)
        queries.sessions_by_ids(factory, SYSTEM, keys[:BLOCK], today)

    def bare_search() -> None:
        keys = [
            row[0]
            for row in raw.execute(
                "SELECT id FROM supervision_sessions WHERE id IN (SELECT rowid FROM "
                f"sessions_search WHERE sessions_search MATCH ?) {BARE_ORDER}",
                (match_expression(words),),
            )
        ]
        bare_rows(raw, keys[:BLOCK])

    year_open = SessionFilter(year=today.year, open_only=True)

    def program_year() -> None:
        queries.session_keys(factory, SYSTEM, year_open, today, ORDER)

    def bare_year() -> None:
        raw.execute(
            "SELECT id FROM supervision_sessions WHERE year = ? AND step NOT IN "
            f"('ket_thuc', 'da_huy') {BARE_ORDER}",
            (today.year,),
        ).fetchall()

    def program_counts() -> None:
        queries.counts_by_form(factory, SYSTEM, today.year)

    def bare_counts() -> None:
        raw.execute(
            "SELECT form, role, COUNT(id) FROM supervision_sessions "
            "WHERE year = ? AND step != 'da_huy' GROUP BY form, role",
            (today.year,),
        ).fetchall()

    rows: list[tuple[str, float, float]] = [
        (name, median_ms(program, args.runs), median_ms(bare, args.runs))
        for name, program, bare in (
            (f"open: every session's key + first {BLOCK} rows", program_open, bare_open),
            (f"search “{words}” + first {BLOCK} rows", program_search, bare_search),
            ("filter: this year, open only", program_year, bare_year),
            ("counts by form × chủ trì/phối hợp (this year)", program_counts, bare_counts),
        )
    ]
    rows.append((WINDOW_ROW, page_open_ms(database, _page, args.runs), 0))
    print_table(rows)
    database.close()


def _page(context: object, runner: object) -> object:
    """The page the window opens, as the window builds it."""
    from giamsat_desktop.ui.supervision.supervision_page import SupervisionPage

    return SupervisionPage(context, runner)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
