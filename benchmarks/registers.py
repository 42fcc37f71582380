"""Register timings on the large demo data set, beside the same SQL through sqlite3.

Usage:
    giamsat --db big.sqlite3 demo-data --size large      # once: 100,000 incoming documents
    python benchmarks/registers.py big.sqlite3 [--runs 7]

Prints the median of each measure. Targets (DESIGN.md): register first rows ≤ 0.3 s after
the window appears; filter or search ≤ 100 ms and ≤ 2× the bare SQL.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import WINDOW_ROW, median_ms, page_open_ms, print_table  # noqa: E402

from giamsat_desktop.domain.accounts import SYSTEM  # noqa: E402
from giamsat_desktop.domain.registers import IncomingFilter  # noqa: E402
from giamsat_desktop.services.registers import queries as register_queries
from giamsat_desktop.services.registers.text_search import match_expression  # noqa: E402
from giamsat_desktop.services.safety.database import open_database  # noqa: E402

ORDER = "ORDER BY arrival_date DESC, arrival_number DESC, id DESC"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    database = open_database(f"sqlite:///{args.database.resolve()}", create=False)
    factory = database.session_factory
    raw = sqlite3.connect(args.database)
    year = raw.execute("SELECT MAX(year) FROM register_books").fetchone()[0]
    issuer = raw.execute(
        "SELECT issuer FROM incoming_documents GROUP BY issuer ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()[0]
    total = raw.execute("SELECT COUNT(*) FROM incoming_documents").fetchone()[0]
    print(f"{total:,} incoming documents; year {year}; issuer “{issuer}”; median of {args.runs}")

    def program_open() -> None:
        keys = register_queries.incoming_keys(factory, SYSTEM, IncomingFilter())
        register_queries.incoming_rows(factory, keys[:200])

    def bare_open() -> None:
        keys = [r[0] for r in raw.execute(f"SELECT id FROM incoming_documents {ORDER}")]
        marks = ",".join("?" * 200)
        raw.execute(
            f"SELECT * FROM incoming_documents WHERE id IN ({marks})", keys[:200]
        ).fetchall()

    rows: list[tuple[str, float, float]] = []
    rows.append(
        (
            "open register: keys + first 200 rows",
            median_ms(program_open, args.runs),
            median_ms(bare_open, args.runs),
        )
    )
    for words in ("dang uy", "giam sat bao hiem y te", "558-CV/ĐUK", "kiem tra"):
        expression = match_expression(words)

        def program(words: str = words) -> None:
            register_queries.incoming_keys(factory, SYSTEM, IncomingFilter(text=words))

        def bare(expression: str | None = expression) -> None:
            raw.execute(
                "SELECT id FROM incoming_documents WHERE id IN (SELECT rowid FROM "
                f"incoming_search WHERE incoming_search MATCH ?) {ORDER}",
                (expression,),
            ).fetchall()

        rows.append(
            (f"search “{words}”", median_ms(program, args.runs), median_ms(bare, args.runs))
        )

    def program_filter() -> None:
        register_queries.incoming_keys(factory, SYSTEM, IncomingFilter(year=year, issuer=issuer))

    def bare_filter() -> None:
        raw.execute(
            "SELECT id FROM incoming_documents WHERE arrival_date BETWEEN ? AND ? AND issuer = ? "
            f"{ORDER}",
            (f"{year}-01-01", f"{year}-12-31", issuer),
        ).fetchall()

    rows.append(
        (
            "filter year + issuer",
            median_ms(program_filter, args.runs),
            median_ms(bare_filter, args.runs),
        )
    )
    rows.append((WINDOW_ROW, page_open_ms(database, _page, args.runs, 1200), 0))
    print_table(rows)


def _page(context: object, runner: object) -> object:
    """The page the window opens, as the window builds it."""
    from giamsat_desktop.ui.registers.incoming_page import IncomingPage

    return IncomingPage(context, runner)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
