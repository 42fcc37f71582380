"""``giamsat report`` prints the supervision forms headless: the programme, a session's
plan, decision, outline and report, a working session's minutes; ``--issue`` numbers them
and moves the session as the window does."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.organizations import USUAL_ORGANIZATIONS
from giamsat_desktop.domain.supervision import SessionStep
from giamsat_desktop.domain.supervision_programme import ItemDraft
from giamsat_desktop.domain.supervision_records import (
    DelegationMemberDraft,
    DelegationRole,
    WorkingSessionDraft,
)
from giamsat_desktop.services.catalog import office as office_service
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.supervision import programme, records, sessions, working
from tests.cli.test_cli_registers import giamsat
from tests.offices import TAN_HUNG
from tests.services.supervision.office_sessions import CHAIR, DRAFT
from tests.session_day import TODAY

LAND = "Việc quản lý, sử dụng đất công"


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path, int, int]:
    """An office with a programme, a session and its working session: home, database, ids."""
    home = tmp_path / "home"
    home.mkdir()
    db = home / "van-phong.sqlite3"
    database = open_database(f"sqlite:///{db}")
    try:
        factory = database.session_factory
        office_service.set_up_office(factory, SYSTEM, TAN_HUNG, USUAL_ORGANIZATIONS)
        saved, _ = programme.save_programme(
            factory, SYSTEM, TODAY.year, "Chương trình giám sát", None, "", None
        )
        programme.add_item(
            factory, SYSTEM, saved.id, ItemDraft(LAND, "Ủy ban nhân dân xã", planned_quarter=2)
        )
        record, _ = sessions.create_session(factory, SYSTEM, DRAFT)
        sessions.set_delegation(
            factory,
            SYSTEM,
            record.id,
            record.version,
            [DelegationMemberDraft(CHAIR, "Chủ tịch Ủy ban MTTQ xã", "", DelegationRole.HEAD)],
        )
        held, _ = working.add_working_session(
            factory,
            SYSTEM,
            record.id,
            WorkingSessionDraft(DRAFT.planned_start or TODAY, "Hội trường xã", "Ông Trần Văn Bình"),
        )
    finally:
        database.close()
    return home, db, record.id, held.id


def _pdf(path: Path) -> str:
    return " ".join("\n".join(page.extract_text() for page in PdfReader(path).pages).split())


def _docx(path: Path) -> str:
    document = docx.Document(io.BytesIO(path.read_bytes()))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return " ".join(" ".join(parts).split())


def _step(db: Path, key: int) -> SessionStep:
    database = open_database(f"sqlite:///{db}", create=False)
    try:
        return records.get_session(database.session_factory, SYSTEM, key).step
    finally:
        database.close()


def test_the_plan_prints_as_a_draft_then_issued_moves_the_session(
    office: tuple[Path, Path, int, int], tmp_path: Path
) -> None:
    home, db, key, _held = office
    pdf = tmp_path / "ke-hoach.pdf"
    shown = giamsat(
        home, "--db", str(db), "report", "supervision-plan", "--id", str(key), "-o", str(pdf)
    )
    assert shown.returncode == 0, shown.stderr
    text = _pdf(pdf)
    assert "DỰ THẢO" in text and "KẾ HOẠCH Giám sát việc thực hiện chính sách" in text
    assert "Ủy ban nhân dân xã Tân Hưng" in text and _step(db, key) is SessionStep.PLANNED

    made = giamsat(
        home, "--db", str(db), "report", "supervision-plan", "--id", str(key), "--new", "--issue",
        "-o", str(pdf),
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    symbol = made.stdout.split("số ")[-1].split()[0]
    assert symbol.endswith("/KH-MTTQ-BTT") and f"Số: {symbol}" in _pdf(pdf)
    assert _step(db, key) is SessionStep.PLAN_ISSUED

    word = tmp_path / "quyet-dinh.docx"
    decided = giamsat(
        home, "--db", str(db), "report", "delegation-decision", "--id", str(key), "--new",
        "--issue", "-o", str(word),
    )  # fmt: skip
    assert decided.returncode == 0, decided.stderr
    text = _docx(word)
    assert f"Căn cứ Kế hoạch số {symbol}" in text and f"Đồng chí {CHAIR}" in text
    assert "Điều 3." in text and "DỰ THẢO" not in text
    assert _step(db, key) is SessionStep.DECISION_ISSUED


def test_the_outline_report_minutes_and_programme_print_to_pdf_and_word(
    office: tuple[Path, Path, int, int], tmp_path: Path
) -> None:
    home, db, key, held = office
    for form, words in (
        ("report-outline", "ĐỀ CƯƠNG BÁO CÁO"),
        ("supervision-report", "BÁO CÁO Kết quả giám sát"),
    ):
        target = tmp_path / f"{form}.docx"
        done = giamsat(home, "--db", str(db), "report", form, "--id", str(key), "-o", str(target))
        assert done.returncode == 0, done.stderr
        assert words in _docx(target)
    minutes = tmp_path / "bien-ban.pdf"
    done = giamsat(
        home, "--db", str(db), "report", "work-minutes", "--id", str(held), "--new", "--issue",
        "-o", str(minutes),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Đã hoàn tất văn bản mã số" in done.stdout
    text = _pdf(minutes)
    assert "BIÊN BẢN Làm việc với Ủy ban nhân dân xã Tân Hưng" in text and "DỰ THẢO" not in text
    assert "ĐẠI DIỆN ĐOÀN GIÁM SÁT" in text and CHAIR in text
    year = str(TODAY.year)
    plan = tmp_path / "chuong-trinh.pdf"
    done = giamsat(
        home, "--db", str(db), "report", "supervision-programme", "--year", year, "-o", str(plan)
    )
    assert done.returncode == 0, done.stderr
    text = _pdf(plan)
    assert f"CHƯƠNG TRÌNH Giám sát năm {year}" in text and "Quý II" in text


def test_a_missing_programme_or_session_is_said_in_words(
    office: tuple[Path, Path, int, int], tmp_path: Path
) -> None:
    home, db, _key, _held = office
    target = tmp_path / "x.pdf"
    later = str(TODAY.year + 1)
    refused = giamsat(
        home, "--db", str(db), "report", "supervision-programme", "--year", later, "-o", str(target)
    )
    assert refused.returncode != 0
    assert f"Chưa có Chương trình giám sát năm {later}" in refused.stderr
    refused = giamsat(
        home, "--db", str(db), "report", "supervision-plan", "--id", "999", "-o", str(target)
    )
    assert refused.returncode != 0 and "Không tìm thấy cuộc giám sát (mã số 999)" in refused.stderr
    refused = giamsat(home, "--db", str(db), "report", "work-minutes", "-o", str(target))
    assert refused.returncode != 0 and "mã số" in refused.stderr
    assert not target.exists()
