"""``giamsat report dialogue-minutes`` prints a dialogue's minutes headless, PDF and Word."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.letters import LetterState
from giamsat_desktop.domain.organizations import USUAL_ORGANIZATIONS
from giamsat_desktop.services.catalog import office as office_service
from giamsat_desktop.services.dialogues import editing, letters
from giamsat_desktop.services.safety.database import open_database
from tests.cli.test_cli_registers import giamsat
from tests.offices import TAN_HUNG
from tests.services.dialogues.samples import DRAFT, ISSUES


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path, int]:
    """An office with one dialogue of three issues: home, database, the dialogue's id."""
    home = tmp_path / "home"
    home.mkdir()
    db = home / "van-phong.sqlite3"
    database = open_database(f"sqlite:///{db}")
    try:
        factory = database.session_factory
        office_service.set_up_office(factory, SYSTEM, TAN_HUNG, USUAL_ORGANIZATIONS)
        made, _ = editing.create_dialogue(factory, SYSTEM, DRAFT, ISSUES)
    finally:
        database.close()
    return home, db, made.id


def test_the_minutes_print_as_a_draft_then_issued_and_an_unknown_dialogue_is_named(
    office: tuple[Path, Path, int], tmp_path: Path
) -> None:
    home, db, key = office
    pdf, word = tmp_path / "bien-ban.pdf", tmp_path / "bien-ban.docx"
    drafted = giamsat(
        home, "--db", str(db), "report", "dialogue-minutes", "--id", str(key), "-o", str(pdf)
    )
    assert drafted.returncode == 0, drafted.stderr
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "DỰ THẢO" in text and "BIÊN BẢN Đối thoại trực tiếp giữa Đồng chí Lê Văn Quang" in text
    assert "Ý kiến thứ 1 (Ông Phạm Văn Tư, thôn 3): Tiền đền bù" in text
    issued = giamsat(
        home, "--db", str(db), "report", "dialogue-minutes", "--id", str(key), "--new",
        "--issue", "-o", str(word),
    )  # fmt: skip
    assert issued.returncode == 0, issued.stderr
    paragraphs = " ".join(p.text for p in Document(str(word)).paragraphs)
    assert "- Cam kết: Chi trả xong tiền đền bù cho các hộ" in paragraphs
    assert "DỰ THẢO" not in paragraphs
    database = open_database(f"sqlite:///{db}", create=False)
    try:
        letter, _ = letters.letter_for(database.session_factory, SYSTEM, key)
        assert letter.state is LetterState.ISSUED  # no draft left open: the issued one
    finally:
        database.close()
    missing = tmp_path / "x.pdf"
    refused = giamsat(
        home, "--db", str(db), "report", "dialogue-minutes", "--id", "999", "-o", str(missing)
    )
    assert refused.returncode != 0
    assert "Không tìm thấy cuộc đối thoại trực tiếp (mã số 999)" in refused.stderr
    assert not missing.exists()
