"""Phản ánh của nhân dân (Giám sát theo QĐ 124) timings on the large demo data set.

Usage:
    giamsat --db big.sqlite3 demo-data --size large      # once: 20,000 citizens' reports
    python benchmarks/citizen_reports_list.py big.sqlite3 [--runs 7]

Prints the median of each measure beside the same SQL through Python's sqlite3. Target
(issue 16): the list's first rows within 300 ms of being opened; a filter or a search
within 100 ms.
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
from giamsat_desktop.domain.conduct import ReportState  # noqa: E402
from giamsat_desktop.domain.conduct_records import ReportFilter  # noqa: E402
from giamsat_desktop.services.common import clock  # noqa: E402
from giamsat_desktop.services.conduct import queries  # noqa: E402
from giamsat_desktop.services.registers.text_search import match_expression  # noqa: E402
from giamsat_desktop.services.safety.database import open_database  # noqa: E402

BLOCK = 200
"""The rows the page reads at once (``ui.common.lazy_table_model.BLOCK_SIZE``)."""
ORDER = (queries.ReportColumn.RECEIVED, True)
"""The list's first order: the latest received first."""
BARE_ORDER = "ORDER BY received_on DESC, id DESC"


def bare_rows(raw: sqlite3.Connection, keys: list[int]) -> None:
    """A block of reports with their letters' symbols, read as bare SQL."""
    if not keys:
        return
    marks = ",".join("?" * len(keys))
    rows = raw.execute(f"SELECT * FROM citizen_reports WHERE id IN ({marks})", keys).fetchall()
    letters = sorted({row[11] for row in rows if row[11] is not None})
    raw.execute(
        f"SELECT id, symbol FROM letters WHERE id IN ({','.join('?' * len(letters))})", letters
    ).fetchall()


def main() -> None:
    """Time the list's reads and the bare SQL beside them."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    database = open_database(f"sqlite:///{args.database.resolve()}", create=False)
    factory = database.session_factory
    raw = sqlite3.connect(args.database)
    today = clock.today()
    total = raw.execute("SELECT COUNT(*) FROM citizen_reports").fetchone()[0]
    print(f"{total:,} citizens' reports; today {today:%d/%m/%Y}; median of {args.runs} runs")

    def program_first(where: ReportFilter, block: bool = True) -> Callable[[], object]:
        def read() -> None:
            keys = queries.report_keys(factory, SYSTEM, where, ORDER)
            if block:
                queries.reports_by_ids(factory, SYSTEM, keys[:BLOCK])

        return read

    def bare_first(
        where: str, parameters: tuple[object, ...] = (), block: bool = True
    ) -> Callable[[], object]:
        def read() -> None:
            query = f"SELECT id FROM citizen_reports {where} {BARE_ORDER}"
            keys = [row[0] for row in raw.execute(query, parameters)]
            if block:
                bare_rows(raw, keys[:BLOCK])

        return read

    def bare_counts() -> None:
        raw.execute(
            "SELECT place_kind, COUNT(id) FROM conduct_sessions WHERE year = ? GROUP BY place_kind",
            (today.year,),
        ).fetchall()
        raw.execute(
            "SELECT COUNT(id) FROM conduct_people WHERE session_id IN "
            "(SELECT id FROM conduct_sessions WHERE year = ?)",
            (today.year,),
        ).fetchone()
        for column in ("state", "channel"):
            raw.execute(
                f"SELECT {column}, COUNT(id) FROM citizen_reports WHERE year = ? GROUP BY {column}",
                (today.year,),
            ).fetchall()

    words = "dia chinh"
    searched = (
        "WHERE id IN (SELECT rowid FROM citizen_reports_search "
        "WHERE citizen_reports_search MATCH ?)",
        (match_expression(words),),
    )
    this_year = ("WHERE year = ?", (today.year,))
    forwarded = ("WHERE state = ?", (ReportState.FORWARDED.value,))
    newest = [row[0] for row in raw.execute(f"SELECT id FROM citizen_reports {BARE_ORDER}")]
    rows: list[tuple[str, float, float]] = [
        (name, median_ms(program, args.runs), median_ms(bare, args.runs))
        for name, program, bare in (
            (
                f"open: every key + first {BLOCK} rows",
                program_first(ReportFilter()),
                bare_first(""),
            ),
            (
                f"a block: {BLOCK} rows with their letters",
                lambda: queries.reports_by_ids(factory, SYSTEM, newest[:BLOCK]),
                lambda: bare_rows(raw, newest[:BLOCK]),
            ),
            (
                "filter: this year, keys",
                program_first(ReportFilter(year=today.year), block=False),
                bare_first(*this_year, block=False),
            ),
            (
                "filter: forwarded, keys",
                program_first(ReportFilter(state=ReportState.FORWARDED), block=False),
                bare_first(*forwarded, block=False),
            ),
            (
                f"search “{words}”, keys",
                program_first(ReportFilter(words=words), block=False),
                bare_first(*searched, block=False),
            ),
            (
                "counts of this year (periodic report)",
                lambda: queries.counts(factory, SYSTEM, year=today.year),
                bare_counts,
            ),
        )
    ]
    rows.append((WINDOW_ROW, page_open_ms(database, _page, args.runs), 0))
    print_table(rows)
    found = {
        name: len(queries.report_keys(factory, SYSTEM, where, ORDER))
        for name, where in (
            ("this year", ReportFilter(year=today.year)),
            ("forwarded", ReportFilter(state=ReportState.FORWARDED)),
            (f"“{words}”", ReportFilter(words=words)),
        )
    }
    print("rows found: " + ", ".join(f"{name} {count:,}" for name, count in found.items()))
    database.close()


def _page(context: object, runner: object) -> object:
    """The list the window opens on its Phản ánh của nhân dân tab, as the page builds it."""
    from giamsat_desktop.ui.conduct.conduct_lists import ReportList

    return ReportList(context, runner, None)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
