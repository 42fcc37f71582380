"""Kiến nghị page timings on the large demo data set, beside the same SQL through sqlite3.

Usage:
    giamsat --db big.sqlite3 demo-data --size large      # once: 60,000 recommendations
    python benchmarks/recommendations_list.py big.sqlite3 [--runs 7]

Prints the median of each measure. Target (issue 15): the page's first rows within 300 ms
of being opened; a filter or a search within 100 ms.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import WINDOW_ROW, median_ms, page_open_ms, print_table  # noqa: E402

from giamsat_desktop.domain.accounts import SYSTEM  # noqa: E402
from giamsat_desktop.domain.recommendations import RecommendationFilter  # noqa: E402
from giamsat_desktop.services.common import clock  # noqa: E402
from giamsat_desktop.services.recommendations import queries  # noqa: E402
from giamsat_desktop.services.registers.text_search import match_expression  # noqa: E402
from giamsat_desktop.services.safety.database import open_database  # noqa: E402

BLOCK = 200
"""The rows the page reads at once (``ui.common.lazy_table_model.BLOCK_SIZE``)."""
ORDER = (queries.RecommendationColumn.MADE, True)
"""The page's first order: the latest written first."""
BARE_ORDER = "ORDER BY id DESC"
WAITING = "state IN ('da_gui', 'da_kien_nghi_cap_tren')"
NOT_REPLIED = "NOT EXISTS (SELECT 1 FROM recommendation_replies p WHERE p.recommendation_id = r.id)"


def bare_rows(raw: sqlite3.Connection, keys: list[int]) -> None:
    """A block of recommendations with what their records need, read as bare SQL."""
    if not keys:
        return
    marks = ",".join("?" * len(keys))
    rows = raw.execute(f"SELECT * FROM recommendations WHERE id IN ({marks})", keys).fetchall()
    raw.execute(
        "SELECT p.*, d.symbol, d.secrecy FROM recommendation_replies p LEFT JOIN "
        f"incoming_documents d ON d.id = p.incoming_id WHERE p.recommendation_id IN ({marks}) "
        "ORDER BY p.replied_on, p.id",
        keys,
    ).fetchall()
    sessions = sorted({row[1] for row in rows if row[1] is not None})
    raw.execute(
        "SELECT id, subject FROM supervision_sessions WHERE id IN "
        f"({','.join('?' * len(sessions))})",
        sessions,
    ).fetchall()
    letters = sorted({row[8] for row in rows if row[8] is not None})
    raw.execute(
        f"SELECT id, symbol FROM letters WHERE id IN ({','.join('?' * len(letters))})", letters
    ).fetchall()


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
    total = raw.execute("SELECT COUNT(*) FROM recommendations").fetchone()[0]
    print(f"{total:,} recommendations; today {today:%d/%m/%Y}; median of {args.runs} runs")

    def program_first(where: RecommendationFilter, block: bool = True) -> Callable[[], object]:
        def read() -> None:
            keys = queries.recommendation_keys(factory, SYSTEM, where, ORDER)
            if block:
                queries.recommendations_by_ids(factory, SYSTEM, keys[:BLOCK])

        return read

    def bare_first(
        where: str, parameters: tuple[object, ...] = (), block: bool = True
    ) -> Callable[[], object]:
        def read() -> None:
            query = f"SELECT id FROM recommendations r {where} {BARE_ORDER}"
            keys = [row[0] for row in raw.execute(query, parameters)]
            if block:
                bare_rows(raw, keys[:BLOCK])

        return read

    newest = [row[0] for row in raw.execute(f"SELECT id FROM recommendations {BARE_ORDER}")]

    def program_alongside() -> None:
        queries.counts(factory, SYSTEM, RecommendationFilter(), today)
        queries.recommendation_years(factory)
        queries.addressed_bodies(factory)

    def bare_counts() -> None:
        raw.execute("SELECT state, COUNT(id) FROM recommendations GROUP BY state").fetchall()
        raw.execute(
            f"SELECT COUNT(id) FROM recommendations r WHERE {WAITING} AND reply_due IS NOT NULL "
            f"AND reply_due < ? AND {NOT_REPLIED}",
            (today.isoformat(),),
        ).fetchone()

    def bare_alongside() -> None:
        bare_counts()
        raw.execute("SELECT MIN(year), MAX(year) FROM recommendations").fetchall()
        raw.execute(
            "SELECT DISTINCT addressed_body FROM recommendations ORDER BY addressed_body"
        ).fetchall()

    words = "bao hiem y te"
    overdue = (
        f"WHERE {WAITING} AND reply_due IS NOT NULL AND reply_due < ? AND {NOT_REPLIED}",
        (today.isoformat(),),
    )
    searched = (
        "WHERE id IN (SELECT rowid FROM recommendations_search WHERE recommendations_search "
        "MATCH ?)",
        (match_expression(words),),
    )
    open_only = "WHERE state IN ('chua_gui', 'da_gui', 'da_tra_loi', 'da_kien_nghi_cap_tren')"
    rows: list[tuple[str, float, float]] = [
        (name, median_ms(program, args.runs), median_ms(bare, args.runs))
        for name, program, bare in (
            (
                f"open: every key + first {BLOCK} rows",
                program_first(RecommendationFilter()),
                bare_first(""),
            ),
            ("alongside: counts, years, bodies", program_alongside, bare_alongside),
            (
                f"a block: {BLOCK} rows with replies, sessions, letters",
                lambda: queries.recommendations_by_ids(factory, SYSTEM, newest[:BLOCK]),
                lambda: bare_rows(raw, newest[:BLOCK]),
            ),
            (
                f"filter: overdue today + first {BLOCK} rows",
                program_first(RecommendationFilter(overdue_on=today)),
                bare_first(*overdue),
            ),
            (
                "  its keys alone",
                program_first(RecommendationFilter(overdue_on=today), block=False),
                bare_first(*overdue, block=False),
            ),
            (
                f"filter: open only + first {BLOCK} rows",
                program_first(RecommendationFilter(open_only=True)),
                bare_first(open_only),
            ),
            (
                "  its keys alone",
                program_first(RecommendationFilter(open_only=True), block=False),
                bare_first(open_only, block=False),
            ),
            (
                f"search “{words}” + first {BLOCK} rows",
                program_first(RecommendationFilter(words=words)),
                bare_first(*searched),
            ),
            (
                "  its keys alone",
                program_first(RecommendationFilter(words=words), block=False),
                bare_first(*searched, block=False),
            ),
            (
                "counts by state + overdue today",
                lambda: queries.counts(factory, SYSTEM, RecommendationFilter(), today),
                bare_counts,
            ),
        )
    ]
    rows.append((WINDOW_ROW, page_open_ms(database, _page, args.runs), 0))
    print_table(rows)
    found = {
        name: len(queries.recommendation_keys(factory, SYSTEM, where, ORDER))
        for name, where in (
            ("overdue today", RecommendationFilter(overdue_on=today)),
            ("open", RecommendationFilter(open_only=True)),
            (f"“{words}”", RecommendationFilter(words=words)),
        )
    }
    print("rows found: " + ", ".join(f"{name} {count:,}" for name, count in found.items()))
    database.close()


def _page(context: object, runner: object) -> object:
    """The page the window opens, as the window builds it."""
    from giamsat_desktop.ui.recommendations.recommendations_page import RecommendationsPage

    return RecommendationsPage(context, runner)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
