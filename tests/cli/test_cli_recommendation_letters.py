"""``giamsat report`` prints the recommendations' letters headless: a session's to each body,
an overdue reply's chase and its escalation; ``--issue`` sends and escalates them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.organizations import USUAL_ORGANIZATIONS
from giamsat_desktop.domain.recommendations import RecommendationDraft, RecommendationState
from giamsat_desktop.domain.supervision import SessionStep
from giamsat_desktop.services import issuing
from giamsat_desktop.services.catalog import office as office_service
from giamsat_desktop.services.recommendations import editing, letters, records
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.supervision import moves, sessions
from tests.cli.test_cli_registers import giamsat
from tests.offices import TAN_HUNG
from tests.services.supervision.office_sessions import DRAFT
from tests.session_day import TODAY

BODY, SUPERIOR = DRAFT.supervised_body, DRAFT.superior_body


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path, int, int]:
    """A reported session recommending to two bodies: home, database, session, one's id."""
    home = tmp_path / "home"
    home.mkdir()
    db = home / "van-phong.sqlite3"
    database = open_database(f"sqlite:///{db}")
    try:
        factory = database.session_factory
        office_service.set_up_office(factory, SYSTEM, TAN_HUNG, USUAL_ORGANIZATIONS)
        record, _ = sessions.create_session(factory, SYSTEM, DRAFT)
        for step in (
            SessionStep.PLAN_ISSUED,
            SessionStep.DECISION_ISSUED,
            SessionStep.NOTIFIED,
            SessionStep.WORKING,
            SessionStep.REPORTED,
        ):
            record, _ = moves.move_session(
                factory, SYSTEM, record.id, record.version, step, TODAY - dt.timedelta(40)
            )
        first, _ = editing.add_recommendation(
            factory,
            SYSTEM,
            RecommendationDraft("Rà soát, cấp đủ thẻ bảo hiểm y tế", BODY, session_id=record.id),
        )
        editing.add_recommendation(
            factory,
            SYSTEM,
            RecommendationDraft("Chỉ đạo xã khắc phục", SUPERIOR, session_id=record.id),
        )
    finally:
        database.close()
    return home, db, record.id, first.id


def _pdf(path: Path) -> str:
    return " ".join("\n".join(page.extract_text() for page in PdfReader(path).pages).split())


def _state(db: Path, key: int) -> RecommendationState:
    database = open_database(f"sqlite:///{db}", create=False)
    try:
        return records.get_recommendation(database.session_factory, SYSTEM, key).state
    finally:
        database.close()


def test_a_session_with_two_bodies_asks_which_then_sends_one_bodys_letter(
    office: tuple[Path, Path, int, int], tmp_path: Path
) -> None:
    home, db, session_id, first = office
    pdf = tmp_path / "kien-nghi.pdf"
    asked = giamsat(
        home, "--db", str(db), "report", "recommendation-letter", "--id", str(session_id),
        "-o", str(pdf),
    )  # fmt: skip
    assert asked.returncode != 0 and "UBNDXTH, UBNDTTN" in asked.stderr
    sent = giamsat(
        home, "--db", str(db), "report", "recommendation-letter", "--id", str(session_id),
        "--body", "ubndxth", "--new", "--issue", "-o", str(pdf),
    )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    text = _pdf(pdf)
    assert "V/v kiến nghị sau giám sát" in text and f"Kính gửi: {BODY}" in text
    assert "- Rà soát, cấp đủ thẻ bảo hiểm y tế" in text and "Chỉ đạo xã" not in text
    assert _state(db, first) is RecommendationState.SENT
    unknown = giamsat(
        home, "--db", str(db), "report", "recommendation-letter", "--id", str(session_id),
        "--body", "XYZ", "-o", str(pdf),
    )  # fmt: skip
    assert unknown.returncode != 0 and "mã XYZ" in unknown.stderr


def test_a_reply_not_yet_overdue_is_neither_chased_nor_escalated(
    office: tuple[Path, Path, int, int], tmp_path: Path
) -> None:
    home, db, session_id, first = office
    pdf = tmp_path / "x.pdf"
    for form in ("reply-chase-letter", "escalation-letter"):
        refused = giamsat(home, "--db", str(db), "report", form, "--id", str(first), "-o", str(pdf))
        assert refused.returncode != 0 and "chưa quá hạn trả lời" in refused.stderr
    missing = giamsat(
        home, "--db", str(db), "report", "escalation-letter", "--id", "999", "-o", str(pdf)
    )
    assert missing.returncode != 0 and "Không tìm thấy kiến nghị (mã số 999)" in missing.stderr
    assert not pdf.exists()


def test_an_overdue_reply_is_chased_and_escalated_headless(
    office: tuple[Path, Path, int, int], tmp_path: Path
) -> None:
    home, db, session_id, first = office
    database = open_database(f"sqlite:///{db}", create=False)
    try:
        factory = database.session_factory
        key = letters.letter_key(factory, session_id, "UBNDXTH")
        letter, _ = letters.letter_of(factory, SYSTEM, letters.RECOMMENDATION_LETTER, key)
        folder = db.parent  # where the command keeps its files
        issuing.issue_letter(
            factory, SYSTEM, folder, letter.id, letter.version, issue_date=TODAY - dt.timedelta(30)
        )
    finally:
        database.close()
    chase = tmp_path / "don-doc.docx"
    done = giamsat(
        home, "--db", str(db), "report", "reply-chase-letter", "--id", str(first), "--new",
        "--issue", "-o", str(chase),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert _state(db, first) is RecommendationState.SENT
    up = tmp_path / "cap-tren.pdf"
    done = giamsat(
        home, "--db", str(db), "report", "escalation-letter", "--id", str(first), "--new",
        "--issue", "-o", str(up),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = _pdf(up)
    assert "Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh" in text
    assert _state(db, first) is RecommendationState.ESCALATED
