"""``giamsat report`` prints a criticism session's forms headless; ``--issue`` sends it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.criticism import CriticismPurpose, CriticismStep
from giamsat_desktop.domain.organizations import USUAL_ORGANIZATIONS
from giamsat_desktop.services.catalog import office as office_service
from giamsat_desktop.services.criticism import moves, records, sessions
from giamsat_desktop.services.safety.database import open_database
from tests.cli.test_cli_registers import giamsat
from tests.offices import TAN_HUNG
from tests.services.criticism.samples import DRAFT, POINTS

S = CriticismStep
HELD = [S.PLAN_ISSUED, S.OPENED, S.PRESENTED, S.FOCUSED, S.DISCUSSED, S.EXPLAINED, S.CONCLUDED]


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path, int]:
    """A conference held and concluded, its letter not yet sent: home, database, its id."""
    home = tmp_path / "home"
    home.mkdir()
    db = home / "van-phong.sqlite3"
    database = open_database(f"sqlite:///{db}")
    try:
        factory = database.session_factory
        office_service.set_up_office(factory, SYSTEM, TAN_HUNG, USUAL_ORGANIZATIONS)
        record, _ = sessions.create_criticism(factory, SYSTEM, DRAFT, POINTS)
        for step in HELD:
            record, _ = moves.move_criticism(
                factory, SYSTEM, record.id, record.version, step, dt.date(2026, 6, 10)
            )
    finally:
        database.close()
    return home, db, record.id


def _step(db: Path, key: int) -> CriticismStep:
    database = open_database(f"sqlite:///{db}", create=False)
    try:
        return records.get_criticism(database.session_factory, SYSTEM, key).step
    finally:
        database.close()


def test_the_criticism_letter_prints_as_a_draft_then_issued_sends_the_criticism(
    office: tuple[Path, Path, int], tmp_path: Path
) -> None:
    home, db, key = office
    pdf, word = tmp_path / "phan-bien.pdf", tmp_path / "phan-bien.docx"
    drafted = giamsat(
        home, "--db", str(db), "report", "criticism-letter", "--id", str(key), "-o", str(pdf)
    )
    assert drafted.returncode == 0, drafted.stderr
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "DỰ THẢO" in text and "V/v phản biện xã hội đối với dự thảo Nghị quyết" in text
    assert _step(db, key) is S.CONCLUDED
    sent = giamsat(
        home, "--db", str(db), "report", "criticism-letter", "--id", str(key), "--new",
        "--issue", "-o", str(word),
    )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    paragraphs = " ".join(p.text for p in Document(str(word)).paragraphs)
    assert "2. Điều 5: mức hỗ trợ" in paragraphs and "DỰ THẢO" not in paragraphs
    assert _step(db, key) is S.SENT


def test_the_plan_the_invitation_and_the_minutes_print_and_an_unknown_session_is_named(
    office: tuple[Path, Path, int], tmp_path: Path
) -> None:
    home, db, key = office
    for form, words in (
        ("criticism-plan", "KẾ HOẠCH Phản biện xã hội đối với dự thảo"),
        ("criticism-minutes", "BIÊN BẢN Hội nghị phản biện xã hội đối với dự thảo"),
        ("invitation", "GIẤY MỜI Dự hội nghị phản biện xã hội đối với dự thảo"),
    ):
        out = tmp_path / f"{form}.pdf"
        done = giamsat(home, "--db", str(db), "report", form, "--id", str(key), "-o", str(out))
        assert done.returncode == 0, done.stderr
        text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
        assert words in text
    missing = tmp_path / "x.pdf"
    refused = giamsat(
        home, "--db", str(db), "report", "criticism-letter", "--id", "999", "-o", str(missing)
    )
    assert refused.returncode != 0
    assert "Không tìm thấy cuộc phản biện xã hội (mã số 999)" in refused.stderr
    assert not missing.exists()


@pytest.fixture
def feedback(tmp_path: Path) -> tuple[Path, Path, int, int]:
    """A QĐ 218 conference held and concluded beside a criticism: home, database, both ids."""
    home = tmp_path / "home"
    home.mkdir()
    db = home / "van-phong.sqlite3"
    database = open_database(f"sqlite:///{db}")
    try:
        factory = database.session_factory
        office_service.set_up_office(factory, SYSTEM, TAN_HUNG, USUAL_ORGANIZATIONS)
        draft = dataclasses.replace(
            DRAFT,
            title="Dự thảo Báo cáo chính trị Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030",
            drafting_body="Ban Thường vụ Đảng ủy xã",
            purpose=CriticismPurpose.CONTRIBUTION,
        )
        record, _ = sessions.create_criticism(factory, SYSTEM, draft, POINTS)
        for step in HELD:
            record, _ = moves.move_criticism(
                factory, SYSTEM, record.id, record.version, step, dt.date(2026, 6, 10)
            )
        other, _ = sessions.create_criticism(factory, SYSTEM, DRAFT, POINTS)
    finally:
        database.close()
    return home, db, record.id, other.id


def test_the_qd_218_summary_prints_in_its_own_words_and_issued_sends_the_feedback(
    feedback: tuple[Path, Path, int, int], tmp_path: Path
) -> None:
    home, db, key, _ = feedback
    pdf, word = tmp_path / "gop-y.pdf", tmp_path / "gop-y.docx"
    drafted = giamsat(
        home, "--db", str(db), "report", "contribution-summary", "--id", str(key), "-o", str(pdf)
    )
    assert drafted.returncode == 0, drafted.stderr
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "V/v tổng hợp ý kiến góp ý đối với dự thảo Báo cáo chính trị" in text
    assert "Ý kiến góp ý: Chưa gồm thân nhân liệt sĩ" in text and "Đề xuất: Bổ sung" in text
    assert "Kính gửi: Ban Thường vụ Đảng ủy xã" in text and "phản biện" not in text
    sent = giamsat(
        home, "--db", str(db), "report", "contribution-summary", "--id", str(key), "--new",
        "--issue", "-o", str(word),
    )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    paragraphs = " ".join(p.text for p in Document(str(word)).paragraphs)
    assert "tiếp thu, giải trình đối với từng nội dung góp ý" in paragraphs
    assert _step(db, key) is S.SENT
    plan = tmp_path / "ke-hoach.pdf"
    done = giamsat(
        home, "--db", str(db), "report", "criticism-plan", "--id", str(key), "-o", str(plan)
    )
    assert done.returncode == 0, done.stderr
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(plan).pages).split())
    assert "KẾ HOẠCH Tổ chức góp ý đối với dự thảo Báo cáo chính trị" in text
    assert "Quyết định số 218-QĐ/TW" in text and "II. NỘI DUNG GÓP Ý" in text


def test_each_letter_refuses_the_other_purpose_and_names_the_right_form(
    feedback: tuple[Path, Path, int, int], tmp_path: Path
) -> None:
    home, db, key, criticism = feedback
    out = tmp_path / "x.pdf"
    refused = giamsat(
        home, "--db", str(db), "report", "criticism-letter", "--id", str(key), "-o", str(out)
    )
    assert refused.returncode != 0
    assert "Cuộc này là góp ý xây dựng Đảng, chính quyền" in refused.stderr
    assert "contribution-summary" in refused.stderr and not out.exists()
    refused = giamsat(
        home, "--db", str(db), "report", "contribution-summary", "--id", str(criticism),
        "-o", str(out),
    )  # fmt: skip
    assert refused.returncode != 0
    assert "criticism-letter" in refused.stderr and not out.exists()
