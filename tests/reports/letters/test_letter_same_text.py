"""The PDF and the Word copy of a document carry the same words in the same order."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from giamsat_desktop.domain.official_document import OfficialDocument
from giamsat_desktop.reports.letters.pdf import render_pdf
from giamsat_desktop.reports.letters.word import render_docx
from tests.reports.letters.documents import DECISION, ISSUED_LETTER, LETTER, PLAN
from tests.reports.letters.reading import docx_words, pdf_pages, pdf_words
from tests.reports.samples import page_texts

DOCUMENTS = {
    "draft letter": LETTER,
    "issued letter": ISSUED_LETTER,
    "one recipient": replace(ISSUED_LETTER, recipients=("Ủy ban nhân dân xã Tân Hưng",)),
    "plan of two pages": PLAN,
    "decision": DECISION,
}


@pytest.mark.parametrize("document", DOCUMENTS.values(), ids=DOCUMENTS.keys())
def test_both_copies_have_the_same_words_in_order(document: OfficialDocument) -> None:
    pdf, word = pdf_words(render_pdf(document)), docx_words(render_docx(document))
    assert pdf == word
    assert pdf[:4] == ["ỦY", "BAN", "MTTQ", "VIỆT"] or pdf[:2] == ["DỰ", "THẢO"]
    name = document.signer.name.split()
    assert pdf[-len(name) :] == name


def test_the_plans_words_run_over_both_pages_tables_included() -> None:
    pdf = render_pdf(PLAN)
    words = pdf_words(pdf)
    assert len(pdf_pages(pdf)) == 2
    joined = " ".join(words)
    assert "TT Đối tượng giám sát Thời gian Ghi chú 1 Ủy ban nhân dân xã Tân Hưng" in joined
    assert "Nơi nhận: - Ban Thường trực Ủy ban MTTQ tỉnh (b/c);" in joined
    assert joined.count("Lưu: VT.") == 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_lays_the_word_copy_out_on_the_same_pages_numbered_from_page_two(
    tmp_path: Path,
) -> None:
    source = tmp_path / "ke-hoach.docx"
    source.write_bytes(render_docx(PLAN))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    converted = (tmp_path / "ke-hoach.pdf").read_bytes()
    pages = page_texts(converted)
    assert len(pages) == 2
    assert pages[1].split()[0] == "2"
    assert pages[0].split()[0] != "1"
    assert pdf_words(converted) == pdf_words(render_pdf(PLAN))
