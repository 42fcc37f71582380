"""Phản biện xã hội page timings on the large demo data set, beside the same SQL through sqlite3.

Usage:
    giamsat --db big.sqlite3 demo-data --size large      # once: 10,000 criticism sessions
    python benchmarks/criticism_list.py big.sqlite3 [--runs 7]

Prints the median of each measure. Target (issue 16): the page's first rows within 300 ms
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
from giamsat_desktop.domain.criticism_records import CriticismFilter  # noqa: E402
from giamsat_desktop.services.common import clock  # noqa: E402
from giamsat_desktop.services.criticism import queries  # noqa: E402
from giamsat_desktop.services.registers.text_search import match_expression  # noqa: E402
from giamsat_desktop.services.safety.database import open_database  # noqa: E402

BLOCK = 200
"""The rows the page reads at once (``ui.common.lazy_table_model.BLOCK_SIZE``)."""
ORDER = (queries.CriticismColumn.MADE, True)
"""The page's first order: the latest written first."""
BARE_ORDER = "ORDER BY id DESC"
FOLLOWED = "step IN ('da_gui_van_ban_phan_bien', 'da_nhan_tra_loi')"
UNANSWERED = "EXISTS (SELECT 1 FROM criticism_points p WHERE p.session_id = c.id AND p.answer = '')"


def bare_rows(raw: sqlite3.Connection, keys: list[int]) -> None:
    """A block of sessions with what their records need, read as bare SQL."""
    if not keys:
        return
    marks = ",".join("?" * len(keys))
    rows = raw.execute(f"SELECT * FROM criticism_sessions WHERE id IN ({marks})", keys).fetchall()
    raw.execute(
        f"SELECT * FROM criticism_points WHERE session_id IN ({marks}) ORDER BY sort_order, id",
        keys,
    ).fetchall()
    letters = sorted({row[14] for row in rows if row[14] is not None})
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
    total = raw.execute("SELECT COUNT(*) FROM criticism_sessions").fetchone()[0]
    print(f"{total:,} criticism sessions; today {today:%d/%m/%Y}; median of {args.runs} runs")

    def program_first(where: CriticismFilter, block: bool = True) -> Callable[[], object]:
        def read() -> None:
            keys = queries.criticism_keys(factory, SYSTEM, where, ORDER)
            if block:
                queries.criticisms_by_ids(factory, SYSTEM, keys[:BLOCK])

        return read

    def bare_first(
        where: str, parameters: tuple[object, ...] = (), block: bool = True
    ) -> Callable[[], object]:
        def read() -> None:
            query = f"SELECT id FROM criticism_sessions c {where} {BARE_ORDER}"
            keys = [row[0] for row in raw.execute(query, parameters)]
            if block:
                bare_rows(raw, keys[:BLOCK])

        return read

    def bare_counts() -> None:
        raw.execute("SELECT form, COUNT(id) FROM criticism_sessions GROUP BY form").fetchall()
        raw.execute("SELECT COUNT(id), SUM(answer = 'tiep_thu') FROM criticism_points").fetchall()
        raw.execute(
            f"SELECT COUNT(id) FROM criticism_sessions c WHERE {FOLLOWED} "
            f"AND answer_due IS NOT NULL AND answer_due < ? AND {UNANSWERED}",
            (today.isoformat(),),
        ).fetchone()

    words = "nong thon moi"
    overdue = (
        f"WHERE {FOLLOWED} AND answer_due IS NOT NULL AND answer_due < ? AND {UNANSWERED}",
        (today.isoformat(),),
    )
    searched = (
        "WHERE id IN (SELECT rowid FROM criticism_search WHERE criticism_search MATCH ?)",
        (match_expression(words),),
    )
    this_year = ("WHERE year = ?", (today.year,))
    newest = [row[0] for row in raw.execute(f"SELECT id FROM criticism_sessions {BARE_ORDER}")]
    rows: list[tuple[str, float, float]] = [
        (name, median_ms(program, args.runs), median_ms(bare, args.runs))
        for name, program, bare in (
            (
                f"open: every key + first {BLOCK} rows",
                program_first(CriticismFilter()),
                bare_first(""),
            ),
            (
                f"a block: {BLOCK} rows with their points and letters",
                lambda: queries.criticisms_by_ids(factory, SYSTEM, newest[:BLOCK]),
                lambda: bare_rows(raw, newest[:BLOCK]),
            ),
            (
                "filter: overdue today, keys",
                program_first(CriticismFilter(overdue_on=today), block=False),
                bare_first(*overdue, block=False),
            ),
            (
                "filter: this year, keys",
                program_first(CriticismFilter(year=today.year), block=False),
                bare_first(*this_year, block=False),
            ),
            (
                f"search “{words}”, keys",
                program_first(CriticismFilter(words=words), block=False),
                bare_first(*searched, block=False),
            ),
            (
                "counts by form, points, overdue today",
                lambda: queries.counts(factory, SYSTEM, CriticismFilter(), today),
                bare_counts,
            ),
        )
    ]
    rows.append((WINDOW_ROW, page_open_ms(database, _page, args.runs), 0))
    print_table(rows)
    found = {
        name: len(queries.criticism_keys(factory, SYSTEM, where, ORDER))
        for name, where in (
            ("overdue today", CriticismFilter(overdue_on=today)),
            ("this year", CriticismFilter(year=today.year)),
            (f"“{words}”", CriticismFilter(words=words)),
        )
    }
    print("rows found: " + ", ".join(f"{name} {count:,}" for name, count in found.items()))
    database.close()


def _page(context: object, runner: object) -> object:
    """The page the window opens, as the window builds it."""
    from giamsat_desktop.ui.criticism.criticism_page import CriticismPage

    return CriticismPage(context, runner)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
