"""``giamsat report periodic``: the periodic report printed to PDF or Word, and issued.

Without ``--new`` or ``--issue`` nothing is saved (the report as it would be written now);
``--issue`` writes a draft and issues it through the outgoing register.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from giamsat_desktop import cli
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.letters import LetterForm, LetterRecord
from giamsat_desktop.domain.periodic_report import NarrativeTexts
from giamsat_desktop.domain.reporting_period import Period, reporting_period
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.letters import drafts
from giamsat_desktop.services.safety.database import Database
from giamsat_desktop.services.statistics import periodic_report
from giamsat_desktop.services.statistics.figures import statistics_for
from tests.services.tasks.task_year import YEAR, make_year

SITUATION = "Năm qua tình hình an ninh trật tự trên địa bàn ổn định."


@pytest.fixture
def db(context: ServiceContext, office_database: Database, monkeypatch: pytest.MonkeyPatch) -> str:
    """The office's SQLite file, holding the hand-made year and its narrative."""
    make_year(context, monkeypatch)
    texts = NarrativeTexts(situation=SITUATION)
    periodic_report.save_narrative(context.factory, SYSTEM, reporting_period(YEAR), texts, None)
    assert office_database.sqlite_file is not None
    return str(office_database.sqlite_file)


def _reports(context: ServiceContext, period: Period) -> list[LetterRecord]:
    """The period's report letters kept (none before its narrative row exists)."""
    key = periodic_report.existing_key(context.factory, period)
    kind = periodic_report.PERIODIC_REPORT
    return drafts.list_letters(context.factory, SYSTEM, source_kind=kind, source_id=key)


def test_report_periodic_prints_the_years_report_without_saving_it(
    db: str, context: ServiceContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bao-cao.pdf"

    assert cli.main(["--db", db, "report", "periodic", "--year", str(YEAR), "-o", str(target)]) == 0

    assert capsys.readouterr().out.strip() == f"Đã in báo cáo năm {YEAR} ra {target}"
    text = " ".join(
        " ".join(page.extract_text() for page in PdfReader(target).pages).split()
    )
    tasks = statistics_for(context.factory, SYSTEM, reporting_period(YEAR)).tasks
    assigned = sum(line.assigned for line in tasks)
    assert f"Kết quả công tác giám sát, phản biện xã hội năm {YEAR}" in text
    assert f"Ban Thường trực giao {assigned} nhiệm vụ cho các tổ chức thành viên" in text
    assert SITUATION in text and "DỰ THẢO" in text
    assert _reports(context, reporting_period(YEAR)) == []  # nothing saved


def test_report_periodic_issue_numbers_the_half_years_report_in_word(
    db: str, context: ServiceContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bao-cao.docx"
    args = ["--db", db, "report", "periodic", "--year", str(YEAR), "--half", "1"]

    assert cli.main([*args, "--issue", "-o", str(target)]) == 0

    (issued,) = _reports(context, reporting_period(YEAR, 1))
    assert issued.form is LetterForm.REPORT and "/BC-" in issued.symbol
    assert f"số {issued.symbol}" in capsys.readouterr().out
    words = " ".join(p.text for p in Document(io.BytesIO(target.read_bytes())).paragraphs)
    assert f"phản biện xã hội 6 tháng đầu năm {YEAR}" in words
    assert issued.symbol.split("/")[0] in words


def test_report_periodic_without_a_year_is_refused_in_one_line(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--db", db, "report", "periodic", "-o", str(tmp_path / "a.pdf")]) != 0
    assert "năm" in capsys.readouterr().err
