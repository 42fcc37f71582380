"""Nhiệm vụ page timings on the large demo data set, beside the same SQL through sqlite3.

Usage:
    giamsat --db big.sqlite3 demo-data --size large      # once: 300,000 tasks
    python benchmarks/tasks_list.py big.sqlite3 [--runs 7]

Prints the median of each measure. Target (issue 13): the page's first rows within 300 ms
of being opened; a filter or a search within 100 ms. The figures by organisation are read
when their tab is shown.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import median_ms  # noqa: E402

from giamsat_desktop.domain.accounts import SYSTEM  # noqa: E402
from giamsat_desktop.domain.deadlines import Timeliness  # noqa: E402
from giamsat_desktop.domain.tasks import OPEN_STATES, TaskFilter  # noqa: E402
from giamsat_desktop.services.common import clock  # noqa: E402
from giamsat_desktop.services.registers.text_search import match_expression  # noqa: E402
from giamsat_desktop.services.safety.database import open_database  # noqa: E402
from giamsat_desktop.services.tasks import queries  # noqa: E402

OPEN = "('chua_thuc_hien', 'dang_thuc_hien', 'tam_dung')"


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
    total = raw.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
    print(f"{total:,} tasks; today {today:%d/%m/%Y}; median of {args.runs} runs")
    opened = TaskFilter(states=OPEN_STATES)
    order = (queries.TaskColumn.DEADLINE, False)

    def program_open() -> None:
        keys = queries.task_keys(factory, SYSTEM, opened, today, order)
        queries.tasks_by_ids(factory, keys[:200])
        queries.task_years(factory)

    def bare_open() -> None:
        keys = [
            row[0]
            for row in raw.execute(
                f"SELECT id FROM tasks WHERE state IN {OPEN} ORDER BY deadline NULLS LAST, id"
            )
        ]
        marks = ",".join("?" * min(200, len(keys)))
        raw.execute(f"SELECT * FROM tasks WHERE id IN ({marks})", keys[:200]).fetchall()
        raw.execute("SELECT MIN(assigned_on) FROM tasks").fetchall()
        raw.execute("SELECT MAX(assigned_on) FROM tasks").fetchall()

    def program_figures() -> None:
        queries.organization_figures(factory, SYSTEM, TaskFilter(), today)

    def bare_figures() -> None:
        raw.execute(
            "SELECT lead_id, COUNT(*), SUM(state = 'hoan_thanh' AND done_on <= deadline), "
            "SUM(state = 'hoan_thanh' AND done_on > deadline), "
            f"SUM(state IN {OPEN} AND deadline < ?) FROM tasks GROUP BY lead_id",
            (today.isoformat(),),
        ).fetchall()

    overdue = TaskFilter(timeliness=Timeliness.OVERDUE)

    def program_overdue() -> None:
        queries.task_keys(factory, SYSTEM, overdue, today, order)

    def bare_overdue() -> None:
        raw.execute(
            f"SELECT id FROM tasks WHERE state IN {OPEN} AND deadline < ? ORDER BY deadline, id",
            (today.isoformat(),),
        ).fetchall()

    words = "hoi nong dan"
    searched = TaskFilter(words=words)

    def program_search() -> None:
        queries.task_keys(factory, SYSTEM, searched, today, order)

    def bare_search() -> None:
        raw.execute(
            "SELECT id FROM tasks WHERE id IN (SELECT rowid FROM tasks_search "
            "WHERE tasks_search MATCH ?) ORDER BY deadline, id",
            (match_expression(words),),
        ).fetchall()

    year = TaskFilter(year=today.year - 1)

    def program_year() -> None:
        queries.task_keys(factory, SYSTEM, year, today, order)

    def bare_year() -> None:
        start, end = dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
        raw.execute(
            "SELECT id FROM tasks WHERE assigned_on BETWEEN ? AND ? ORDER BY deadline, id",
            (start.isoformat(), end.isoformat()),
        ).fetchall()

    measures = (
        ("open the page (open tasks, first 200 rows)", program_open, bare_open),
        ("show Theo tổ chức (every year)", program_figures, bare_figures),
        ("filter: overdue", program_overdue, bare_overdue),
        (f"search “{words}”", program_search, bare_search),
        ("filter: last year", program_year, bare_year),
    )
    print(f"{'measure':50} {'program':>10} {'bare SQL':>10}")
    for name, program, bare in measures:
        print(
            f"{name:50} {median_ms(program, args.runs):8.1f}ms {median_ms(bare, args.runs):8.1f}ms"
        )
    database.close()


if __name__ == "__main__":
    main()
