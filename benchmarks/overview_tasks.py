"""Tổng quan's figures on the large demo data set, beside the same SQL through sqlite3.

Usage:
    giamsat --db big.sqlite3 demo-data --size large      # once: 300,000 tasks
    python benchmarks/overview_tasks.py big.sqlite3 [--runs 7]

Times everything the page reads when it opens (``services.overview.figures.page_figures``:
the cards, the year's counts, the table by organisation, the tasks done per month and the
years offered), for a clerk and for a viewer (who counts no secret document's tasks), and
the bare floor: the same aggregate statements run raw through Python's sqlite3 module.
Prints the median of each measure and the figures read. Target (issue 13): the page's
figures within 300 ms of being opened.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
from functools import partial
from pathlib import Path

from timing import median_ms

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.services.catalog.days_off import reminder_days
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.overview import figures
from giamsat_desktop.services.safety.database import open_database

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
OPEN = "('chua_thuc_hien', 'dang_thuc_hien', 'tam_dung')"
DONE_ON_TIME = "state = 'hoan_thanh' AND deadline IS NOT NULL AND done_on <= deadline"
DONE_LATE = "state = 'hoan_thanh' AND deadline IS NOT NULL AND done_on > deadline"
HIDDEN = (
    "(source_id IS NULL OR source_id NOT IN "
    "(SELECT id FROM incoming_documents WHERE secrecy != 'thuong'))"
)
"""The viewer's rule, as services.tasks.queries writes it."""


def bare(raw: sqlite3.Connection, today: dt.date, days: int, *, viewer: bool) -> None:
    """The page's statements, written out and run through sqlite3."""
    year = today.year
    start, end = f"{year}-01-01", f"{year}-12-31"
    day = today.isoformat()
    soon = (today + dt.timedelta(days=days)).isoformat()
    urgent_from = (today - dt.timedelta(days=figures.URGENT_DAYS - 1)).isoformat()
    secret = " AND secrecy = 'thuong'" if viewer else ""
    hidden = f" AND {HIDDEN}" if viewer else ""
    live = f"cancelled_at IS NULL{secret}"
    one = raw.execute
    one("SELECT value FROM office_settings WHERE key = 'reminder_days'").fetchall()
    one(
        f"SELECT COUNT(*) FROM incoming_documents WHERE {live} AND arrival_date BETWEEN ? AND ?",
        (start, end),
    ).fetchall()
    one(
        f"SELECT COUNT(*) FROM incoming_documents WHERE {live} AND arrival_date BETWEEN ? AND ? "
        "AND urgency IN ('hoa_toc', 'khan', 'thuong_khan')",
        (urgent_from, day),
    ).fetchall()
    one(
        "SELECT COUNT(*), SUM(CASE WHEN deadline < ? THEN 1 ELSE 0 END) FROM incoming_documents "
        f"WHERE {live} AND handling_status != 'da_xu_ly'",
        (day,),
    ).fetchall()
    one(
        "SELECT SUM(CASE WHEN deadline < ? THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN deadline BETWEEN ? AND ? THEN 1 ELSE 0 END) FROM tasks "
        f"WHERE lead_id IN (SELECT id FROM organizations) AND state IN {OPEN}{hidden}",
        (day, day, soon),
    ).fetchall()
    one(
        "SELECT COUNT(*) FROM outgoing_documents WHERE cancelled_at IS NULL "
        f"AND issue_date BETWEEN ? AND ?{secret}",
        (start, end),
    ).fetchall()
    one("SELECT COUNT(*) FROM organizations WHERE active").fetchall()
    one("SELECT COUNT(*) FROM people WHERE active").fetchall()
    one("SELECT MIN(assigned_on) FROM tasks").fetchall()
    one("SELECT MIN(done_on) FROM tasks").fetchall()
    one(
        "SELECT t.lead_id, o.name, SUM(CASE WHEN state != 'da_huy' THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN {DONE_ON_TIME} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN {DONE_LATE} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN state IN {OPEN} AND deadline < ? THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN state IN {OPEN} AND deadline >= ? THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN report_period != '' AND state IN {OPEN} THEN 1 ELSE 0 END) "
        "FROM tasks t JOIN organizations o ON o.id = t.lead_id "
        f"WHERE assigned_on BETWEEN ? AND ?{hidden} "
        "GROUP BY t.lead_id, o.name, o.sort_order ORDER BY o.sort_order, o.name",
        (day, day, start, end),
    ).fetchall()
    one(
        "SELECT CAST(STRFTIME('%m', done_on) AS INTEGER) AS m, COUNT(*), "
        f"SUM(CASE WHEN {DONE_ON_TIME} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN {DONE_LATE} THEN 1 ELSE 0 END) FROM tasks "
        f"WHERE state = 'hoan_thanh' AND done_on >= ? AND done_on <= ?{hidden} GROUP BY m",
        (start, end),
    ).fetchall()


def main() -> None:
    """Time the page's figures and the bare SQL beside them; print the figures."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    database = open_database(f"sqlite:///{args.database.resolve()}", create=False)
    factory = database.session_factory
    raw = sqlite3.connect(args.database)
    today = clock.today()
    total = raw.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
    documents = raw.execute("SELECT COUNT(*) FROM incoming_documents").fetchone()[0]
    print(
        f"{total:,} tasks, {documents:,} incoming documents; today {today:%d/%m/%Y}; "
        f"median of {args.runs} runs, warm"
    )
    if total < 300_000:
        print("  (fewer than the 300,000 tasks of the large set: see Usage)")
    days = reminder_days(factory)
    figures.page_figures(factory, CLERK, None, today)  # warm the cache
    rows = []
    for name, actor in (("clerk", CLERK), ("viewer", VIEWER)):
        viewer = actor is VIEWER
        program = median_ms(partial(figures.page_figures, factory, actor, None, today), args.runs)
        floor = median_ms(partial(bare, raw, today, days, viewer=viewer), args.runs)
        cards = median_ms(partial(figures.overview, factory, today, actor), args.runs)
        chart = partial(figures.year_figures, factory, actor, today.year, today)
        year = median_ms(chart, args.runs)
        rows.append((name, program, floor, cards, year))
    print(f"{'':8} {'page':>9} {'bare SQL':>9} {'cards':>9} {'table+chart':>12}")
    for name, program, floor, cards, year in rows:
        print(f"{name:8} {program:7.1f}ms {floor:7.1f}ms {cards:7.1f}ms {year:10.1f}ms")
    print("target: page ≤ 300 ms")

    page = figures.page_figures(factory, CLERK, None, today)
    counts = page.counts
    print(
        f"\ncards: {counts.tasks_overdue:,} overdue, {counts.tasks_due_soon:,} due within "
        f"{counts.reminder_days} days; {counts.incoming_open:,} documents not handled "
        f"({counts.incoming_overdue:,} overdue); {counts.urgent_recent:,} urgent since "
        f"{counts.urgent_from:%d/%m/%Y}"
    )
    print(f"year {page.year.year}: organisation, assigned, on time, late, overdue, in time, rate")
    for line in (*page.year.organizations, page.year.total):
        rate = "—" if line.rate is None else f"{line.rate:.0%}"
        print(
            f"  {line.name or 'total':40.40} {line.assigned:7,} {line.done_on_time:7,} "
            f"{line.done_late:7,} {line.overdue:7,} {line.in_progress:7,} {rate:>5}"
        )
    print("done per month:", " ".join(f"T{m.month}={m.total}" for m in page.year.months))
    database.close()


if __name__ == "__main__":
    main()
