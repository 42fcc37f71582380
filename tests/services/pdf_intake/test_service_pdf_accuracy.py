"""Measured accuracy: every field read exactly in at least 95 % of a 48-document corpus, and
in every letter the program itself issues (the demo office's, all forms).

``benchmarks/pdf_reading.py`` prints the same figures field by field.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from giamsat_desktop.db.models import Attachment, OutgoingAttachment, OutgoingDocument
from giamsat_desktop.domain.document_header import read_header
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.files.attachments import stored_path
from giamsat_desktop.services.pdf_intake.pdf_pages import read_pages
from giamsat_desktop.services.safety.database import open_database
from tests.services.pdf_intake.corpus import corpus
from tests.services.pdf_intake.letterheads import write_letter
from tests.session_day import TODAY

FIELDS = ("issuer", "symbol", "doc_date", "type_code", "subject", "signer", "page_count")


def _read(path: Path) -> dict[str, object]:
    pages = read_pages(path)
    header = read_header(pages.first, pages.width, pages.last)
    return {
        "issuer": header.issuer,
        "symbol": header.symbol,
        "doc_date": header.doc_date,
        "type_code": header.document_type.code if header.document_type else "",
        "subject": header.subject,
        "signer": header.signer,
        "page_count": pages.page_count,
    }


def test_each_field_is_read_exactly_in_95_percent_of_the_corpus(tmp_path: Path) -> None:
    letters = corpus()
    right: Counter[str] = Counter()
    for number, letter in enumerate(letters):
        found = _read(write_letter(tmp_path / f"{number}.pdf", letter))
        expected = {
            "issuer": letter.issuer, "symbol": letter.symbol, "doc_date": letter.doc_date,
            "type_code": letter.type_code, "subject": letter.subject, "signer": letter.signer,
            "page_count": letter.pages,
        }  # fmt: skip
        right.update(name for name in FIELDS if found[name] == expected[name])
    assert len(letters) >= 40
    assert {name: right[name] / len(letters) >= 0.95 for name in FIELDS} == dict.fromkeys(
        FIELDS, True
    ), right


@pytest.fixture(scope="module")
def demo_letters(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, dict[str, object]]]:
    """Every PDF the demo office issued, with what its outgoing register says."""
    folder = tmp_path_factory.mktemp("letters")
    database = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    try:
        create_demo_data(database.session_factory, "small", today=TODAY, data_folder=folder)
        query = (
            select(OutgoingDocument, Attachment.sha256)
            .join(OutgoingAttachment, OutgoingAttachment.document_id == OutgoingDocument.id)
            .join(Attachment, Attachment.id == OutgoingAttachment.attachment_id)
            .where(OutgoingAttachment.file_name.like("%.pdf"))
        )
        with database.session_factory() as session:
            found = []
            for row, sha256 in session.execute(query).tuples():
                subject = row.subject if row.type_code else f"V/v {row.subject}"
                expected = {
                    "issuer": "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Hưng",
                    "symbol": row.symbol, "doc_date": row.issue_date,
                    "type_code": row.type_code or "CV", "subject": subject,
                    "signer": row.signer_name,
                }  # fmt: skip
                found.append((stored_path(folder, sha256), expected))
    finally:
        database.close()
    return found


def test_every_letter_the_program_issues_is_read_exactly(
    demo_letters: list[tuple[Path, dict[str, object]]],
) -> None:
    assert len(demo_letters) >= 20
    kinds = {expected["type_code"] for _path, expected in demo_letters}
    assert {"CV", "KH", "QĐ"} <= kinds
    wrong = []
    for path, expected in demo_letters:
        found = _read(path)
        for name, value in expected.items():
            if found[name] != value:
                wrong.append((expected["symbol"], name, found[name], value))
    assert wrong == []


WORD_FOLDER = Path(__file__).parents[2] / "fixtures" / "pdf_from_word"


def test_documents_typed_in_word_and_exported_by_libreoffice_are_read_exactly() -> None:
    """The header as a Word table, the motto wrapped, a letter-size page: every field."""
    expected = json.loads((WORD_FOLDER / "expected.json").read_text(encoding="utf-8"))
    assert len(expected) >= 12
    wrong = []
    for name, fields in expected.items():
        found = _read(WORD_FOLDER / name)
        found["doc_date"] = found["doc_date"].isoformat()  # type: ignore[union-attr]
        wrong += [
            (name, key, found[key], value) for key, value in fields.items() if found[key] != value
        ]
    assert wrong == []
