"""``giamsat report letter``: a letter to PDF or Word, issued first with ``--issue``."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.letters import LetterContent, LetterDraft, LetterForm
from giamsat_desktop.services.letters import drafts
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.safety.instance_lock import InstanceLock
from tests.cli.test_cli_registers import giamsat


def _demo_office(tmp_path: Path) -> tuple[Path, Path]:
    """A demo office made by the command: its home and its database."""
    home = tmp_path / "home"
    home.mkdir()
    db = home / "van-phong.sqlite3"
    made = giamsat(home, "--db", str(db), "demo-data")
    assert made.returncode == 0, made.stderr
    return home, db


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path, int]:
    """A demo office with one draft công văn: home, database, the letter's Mã số."""
    home, db = _demo_office(tmp_path)
    database = open_database(f"sqlite:///{db}")
    try:
        letter, _ = drafts.save_letter(
            database.session_factory,
            SYSTEM,
            LetterDraft(
                LetterForm.CONG_VAN,
                LetterContent("tổ chức Hội nghị đại biểu Nhân dân", ("UBND xã Tân Hưng",)),
            ),
        )
    finally:
        database.close()
    return home, db, letter.id


def _pdf(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_draft_prints_to_pdf_and_word(office: tuple[Path, Path, int], tmp_path: Path) -> None:
    home, db, letter = office
    pdf, word = tmp_path / "du-thao.pdf", tmp_path / "du-thao.docx"
    for target in (pdf, word):
        result = giamsat(
            home, "--db", str(db), "report", "letter", "--id", str(letter), "-o", str(target)
        )
        assert result.returncode == 0, result.stderr
    assert "DỰ THẢO" in _pdf(pdf)
    document = docx.Document(io.BytesIO(word.read_bytes()))
    texts = [p.text for p in document.paragraphs] + [
        c.text for t in document.tables for r in t.rows for c in r.cells
    ]
    assert any("V/v tổ chức Hội nghị đại biểu Nhân dân" in text for text in texts)


def test_issue_then_print_gives_the_registers_number(
    office: tuple[Path, Path, int], tmp_path: Path
) -> None:
    home, db, letter = office
    out = tmp_path / "cong-van.pdf"
    result = giamsat(
        home, "--db", str(db), "report", "letter", "--id", str(letter), "--issue", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert "Đã phát hành văn bản mã số" in result.stdout
    symbol = result.stdout.split("số ")[-1].split()[0]
    assert f"Số: {symbol}" in _pdf(out)

    again = giamsat(
        home, "--db", str(db), "report", "letter", "--id", str(letter), "--issue", "-o", str(out)
    )
    assert again.returncode != 0
    assert f"đã phát hành với số {symbol}" in again.stderr


def test_another_extension_is_refused_with_a_message(
    office: tuple[Path, Path, int], tmp_path: Path
) -> None:
    home, db, letter = office
    out = tmp_path / "cong-van.odt"
    result = giamsat(home, "--db", str(db), "report", "letter", "--id", str(letter), "-o", str(out))
    assert result.returncode != 0
    assert "không ghi được tệp .odt, chỉ ghi được .pdf, .docx" in result.stderr
    assert not out.exists()


def test_issuing_is_refused_while_the_window_holds_the_database(
    office: tuple[Path, Path, int], tmp_path: Path
) -> None:
    home, db, letter = office
    out = tmp_path / "cong-van.pdf"
    with InstanceLock(db, holder="window"):
        result = giamsat(
            home,
            "--db",
            str(db),
            "report",
            "letter",
            "--id",
            str(letter),
            "--issue",
            "-o",
            str(out),
        )
    assert result.returncode != 0
    assert "đang mở" in result.stderr
    reading = giamsat(
        home, "--db", str(db), "report", "letter", "--id", str(letter), "-o", str(out)
    )
    assert reading.returncode == 0, reading.stderr  # printing only reads


@pytest.fixture
def asked(tmp_path: Path) -> tuple[Path, Path, int]:
    """An office with one incoming document to answer: home, database, its Mã số."""
    from giamsat_desktop.domain.registers import IncomingDraft
    from giamsat_desktop.services.registers import incoming
    from tests.session_day import TODAY

    home, db = _demo_office(tmp_path)
    database = open_database(f"sqlite:///{db}")
    try:
        record, _ = incoming.register_incoming(
            database.session_factory,
            SYSTEM,
            IncomingDraft(
                TODAY, "Đảng ủy xã Tân Hưng", "Đề nghị báo cáo", symbol="558-CV/ĐUK", type_code="CV"
            ),
        )
    finally:
        database.close()
    return home, db, record.id


def test_a_reply_prints_as_a_draft_from_the_incoming_document_without_saving_it(
    asked: tuple[Path, Path, int], tmp_path: Path
) -> None:
    home, db, record = asked
    out = tmp_path / "tra-loi.pdf"
    result = giamsat(
        home, "--db", str(db), "report", "cong-van", "--id", str(record), "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(_pdf(out).split())
    assert "DỰ THẢO" in text and "trả lời Công văn số 558-CV/ĐUK" in text
    refused = giamsat(
        home, "--db", str(db), "report", "cong-van", "--id", str(record), "--issue", "-o", str(out)
    )
    assert refused.returncode != 0
    assert "Chưa có dự thảo để phát hành" in refused.stderr


def test_new_then_issue_gives_the_reply_its_number_and_new_again_starts_another(
    asked: tuple[Path, Path, int], tmp_path: Path
) -> None:
    home, db, record = asked
    out = tmp_path / "tra-loi.docx"
    made = giamsat(
        home,
        "--db",
        str(db),
        "report",
        "cong-van",
        "--id",
        str(record),
        "--new",
        "--issue",
        "-o",
        str(out),
    )
    assert made.returncode == 0, made.stderr
    assert "Đã lập dự thảo mã số" in made.stdout and "Đã phát hành" in made.stdout
    symbol = made.stdout.split("số ")[-1].split()[0]
    cells = [
        c.text
        for t in docx.Document(io.BytesIO(out.read_bytes())).tables
        for r in t.rows
        for c in r.cells
    ]
    assert any(f"Số: {symbol}" in text for text in cells)
    again = giamsat(
        home, "--db", str(db), "report", "cong-van", "--id", str(record), "--issue", "-o", str(out)
    )
    assert again.returncode != 0 and f"đã phát hành với số {symbol}" in again.stderr
    fresh = giamsat(
        home, "--db", str(db), "report", "cong-van", "--id", str(record), "--new", "-o", str(out)
    )
    assert fresh.returncode == 0 and "Đã lập dự thảo mã số" in fresh.stdout


def test_the_help_of_report_says_what_each_id_is(tmp_path: Path) -> None:
    result = giamsat(tmp_path, "report", "--help")
    text = " ".join(result.stdout.split())
    assert "cong-van: công văn trả lời một văn bản đến (--id: mã số văn bản đến)" in text
    assert "letter: văn bản soạn thảo bất kỳ (--id: mã số của văn bản)" in text
