"""A year's statistics on the large demo data set, beside bare SQL of the same aggregates.

Usage:
    giamsat --db big.sqlite3 demo-data --size large      # once
    python benchmarks/statistics_year.py big.sqlite3 [--year 2026] [--runs 5]

Prints the median of each measure. Target (issue 17): the yearly figures on screen, the
yearly report (written and rendered to PDF) and the yearly Excel book each under 2 s.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session
from timing import median_ms, print_table

from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.letters import LetterDraft, LetterForm
from giamsat_desktop.domain.reporting_period import reporting_period
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.letters import issue
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.statistics import (
    conduct,
    contributions,
    criticism,
    recommendations,
    supervision,
    tasks,
)
from giamsat_desktop.services.statistics.excel_book import export_book
from giamsat_desktop.services.statistics.figures import statistics_for
from giamsat_desktop.services.statistics.periodic_report import report_content_for
from giamsat_desktop.services.statistics.tables import tables

BARE = {
    "supervision": (
        "SELECT s.id, s.form, s.role, s.lead_id, s.reported_on, s.planned_start, w.held "
        "FROM supervision_sessions s LEFT JOIN (SELECT session_id, MIN(held_on) AS held "
        "FROM working_sessions GROUP BY session_id) w ON w.session_id = s.id "
        "WHERE s.step != 'da_huy' AND (w.held BETWEEN :a AND :b OR (s.form = "
        "'nghien_cuu_van_ban' AND s.reported_on BETWEEN :a AND :b) OR s.planned_start "
        "BETWEEN :a AND :b)",
    ),
    "recommendations": (
        "SELECT r.id, r.state, r.reply_due, r.escalated_on, s.role, s.lead_id FROM "
        "recommendations r LEFT JOIN supervision_sessions s ON s.id = r.session_id "
        "WHERE r.sent_on BETWEEN :a AND :b",
        "SELECT p.recommendation_id, p.replied_on, p.id, p.kind FROM recommendation_replies p "
        "JOIN recommendations r ON r.id = p.recommendation_id WHERE r.sent_on BETWEEN :a AND :b",
    ),
    "criticism and QĐ 218": (
        "SELECT purpose, form, COUNT(*), SUM(opinions) FROM criticism_sessions WHERE "
        "step != 'da_huy' AND (held_on BETWEEN :a AND :b OR (held_on IS NULL AND form = "
        "'gui_du_thao' AND sent_on BETWEEN :a AND :b)) GROUP BY purpose, form",
        "SELECT COUNT(p.id), SUM(p.answer = 'tiep_thu' AND c.replied_on <= :b) FROM "
        "criticism_points p JOIN criticism_sessions c ON c.id = p.session_id WHERE "
        "c.step != 'da_huy' AND c.purpose = 'phan_bien' AND c.held_on BETWEEN :a AND :b",
        "SELECT COUNT(*) FROM criticism_sessions WHERE purpose = 'gop_y' AND step != 'da_huy' "
        "AND sent_on BETWEEN :a AND :b",
        "SELECT COUNT(i.id), SUM(i.commitment != ''), SUM(i.done_on <= :b) FROM "
        "dialogue_issues i JOIN dialogues d ON d.id = i.dialogue_id "
        "WHERE d.held_on BETWEEN :a AND :b",
    ),
    "QĐ 124": (
        "SELECT place_kind, COUNT(*) FROM conduct_sessions WHERE held_on BETWEEN :a AND :b "
        "GROUP BY place_kind",
        "SELECT COUNT(p.id) FROM conduct_people p JOIN conduct_sessions s ON s.id = p.session_id "
        "WHERE s.held_on BETWEEN :a AND :b",
        "SELECT COUNT(*), SUM(forwarded_on <= :b), SUM(state IN ('da_co_ket_qua', 'luu')) "
        "FROM citizen_reports WHERE received_on BETWEEN :a AND :b",
    ),
    "tasks": (
        "SELECT lead_id, COUNT(*), SUM(state = 'hoan_thanh' AND done_on <= :b AND done_on <= "
        "deadline), SUM(state = 'hoan_thanh' AND done_on <= :b AND done_on > deadline), "
        "SUM(state IN ('chua_thuc_hien', 'dang_thuc_hien', 'tam_dung') AND deadline < :b) "
        "FROM tasks WHERE state != 'da_huy' AND assigned_on BETWEEN :a AND :b GROUP BY lead_id",
    ),
}


def main() -> None:
    """Time each area's figures, the whole year with its tables, and the bare SQL."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--year", type=int, default=clock.today().year)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    database = open_database(f"sqlite:///{args.database.resolve()}", create=False)
    factory = database.session_factory
    raw = sqlite3.connect(args.database)
    period = reporting_period(args.year)
    as_of = period.as_of(clock.today())
    days = {"a": period.start.isoformat(), "b": as_of.isoformat()}
    print(f"{period.title}, judged on {as_of:%d/%m/%Y}; median of {args.runs} runs")

    def program(area: Callable[..., object], *extra: object) -> Callable[[], object]:
        def read() -> None:
            with factory() as session:
                area(session, *extra)

        return read

    def bare(*queries: str) -> Callable[[], object]:
        def read() -> None:
            for query in queries:
                raw.execute(query, days).fetchall()

        return read

    def criticism_areas(session: Session) -> None:
        criticism.criticism_figures(session, period, as_of)
        contributions.contribution_figures(session, period, as_of)

    areas = {
        "supervision": program(supervision.supervision_figures, period, as_of, "office"),
        "recommendations": program(recommendations.recommendation_figures, period, as_of, "x"),
        "criticism and QĐ 218": program(criticism_areas),
        "QĐ 124": program(conduct.conduct_figures, period, as_of),
        "tasks": program(tasks.task_lines, SYSTEM, period, as_of),
    }
    rows = [(name, median_ms(areas[name], args.runs), median_ms(bare(*BARE[name]), args.runs))
            for name in BARE]  # fmt: skip
    everything = [query for queries in BARE.values() for query in queries]
    rows.append((
        "the year: statistics_for + tables",
        median_ms(lambda: tables(statistics_for(factory, SYSTEM, period)), args.runs),
        median_ms(bare(*everything), args.runs),
    ))  # fmt: skip
    folder = Path(tempfile.mkdtemp())

    def report() -> None:
        content = report_content_for(factory, SYSTEM, period)
        issue.preview_letter(factory, LetterDraft(LetterForm.REPORT, content), "pdf")

    rows.append(("the year's report: written + PDF", median_ms(report, args.runs), 0.0))
    book = folder / "thong-ke.xlsx"
    rows.append((
        "the year's Excel book",
        median_ms(lambda: export_book(factory, SYSTEM, book, period), args.runs),
        0.0,
    ))  # fmt: skip
    print_table(rows)


if __name__ == "__main__":
    main()
