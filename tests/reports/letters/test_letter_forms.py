"""Each form of a supervision printed as PDF and as Word, read back: what a signer would check.

The header blocks, the number (or none), the type name and subject, the "Căn cứ" lines, a
decision's issuing body, ``QUYẾT ĐỊNH:`` and articles, the signature blocks and "Nơi nhận".
"""

from __future__ import annotations

import io

import docx
import pytest

from giamsat_desktop.domain.letters import COMPOSED_FORMS, LetterForm, printed_subject
from giamsat_desktop.reports.letters.pdf import render_pdf
from giamsat_desktop.reports.letters.word import render_docx
from tests.reports.letters.form_samples import CONTENTS, document
from tests.reports.letters.reading import docx_lines, docx_words, pdf_words
from tests.reports.samples import squash, text_runs

HEADER = (
    "ỦY BAN MTTQ VIỆT NAM XÃ TÂN HƯNG BAN THƯỜNG TRỰC "
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
)
DATE_LINE = "Tân Hưng, ngày 05 tháng 9 năm 2026"
AUTHORITY = "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ TÂN HƯNG"


def _texts(form: LetterForm) -> dict[str, str]:
    """The form's issued document read back from its PDF and from its Word file."""
    printed = document(form)
    return {
        "pdf": " ".join(pdf_words(render_pdf(printed))),
        "docx": " ".join(docx_words(render_docx(printed))),
    }


def _expected(form: LetterForm) -> list[str]:
    """What must be read, in this order, in the form's issued copy."""
    content, shape = CONTENTS[form], form.shape
    printed = document(form)
    parts = [HEADER]
    if shape.numbered:
        parts += [f"Số: 15/{shape.type_code}-MTTQ-BTT {DATE_LINE}"]
    parts += [f"{shape.type_name} {printed_subject(form, content.subject)}"]
    if content.attached_to:
        parts += [f"(Kèm theo {content.attached_to})"]
    if shape.authority:
        parts += [AUTHORITY]
    parts += list(content.grounds)
    if shape.articles:
        parts += ["QUYẾT ĐỊNH: Điều 1. Thành lập Đoàn giám sát", "Điều 2.", "Điều 3."]
    if printed.countersigner is not None:
        countersigner = printed.countersigner
        parts += [" ".join([*countersigner.lines, countersigner.name])]
    if shape.copies:
        parts += [" ".join(["Nơi nhận:", *printed.copies_lines])]
    if printed.signer is not None:
        parts += [" ".join([*printed.signer.lines, printed.signer.name])]
    return [squash(part) for part in parts]


@pytest.mark.parametrize("form", COMPOSED_FORMS, ids=lambda form: form.value)
@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_each_form_reads_back_with_its_blocks_in_order(form: LetterForm, kind: str) -> None:
    text = squash(_texts(form)[kind])
    at = 0
    for part in _expected(form):
        found = text.find(part, at)
        assert found >= 0, f"{part!r} not found after {text[max(0, at - 60) : at]!r}"
        at = found + len(part)
    assert "DỰ THẢO" not in text


@pytest.mark.parametrize("form", COMPOSED_FORMS, ids=lambda form: form.value)
def test_both_copies_of_each_form_carry_the_same_words(form: LetterForm) -> None:
    texts = _texts(form)
    assert texts["pdf"] == texts["docx"]


def test_a_plan_and_a_decision_have_a_number_and_a_date_and_the_others_do_not() -> None:
    for form in COMPOSED_FORMS:
        text = _texts(form)["pdf"]
        numbered = form in {
            LetterForm.PROGRAMME,
            LetterForm.PLAN,
            LetterForm.DECISION,
            LetterForm.REPORT,
            LetterForm.INVITATION,
        }
        assert ("Số:" in text) is numbered, form
        assert (DATE_LINE in text) is numbered, form


def test_an_outline_goes_with_its_plan_unsigned_and_without_noi_nhan() -> None:
    text = _texts(LetterForm.OUTLINE)["pdf"]
    assert "(Kèm theo Kế hoạch số 15/KH-MTTQ-BTT ngày 05/9/2026 của Ban Thường trực" in text
    assert "Nơi nhận" not in text and "TM. BAN THƯỜNG TRỰC" not in text
    assert text.endswith("trước ngày 18/9/2026.")


def test_a_bien_ban_is_signed_by_both_sides_side_by_side_the_delegation_on_the_right() -> None:
    pdf = render_pdf(document(LetterForm.MINUTES))
    runs = text_runs(pdf, 0)
    other = next(r for r in runs if r.text == "ĐẠI DIỆN ỦY BAN NHÂN DÂN XÃ")
    ours = next(r for r in runs if r.text == "ĐẠI DIỆN ĐOÀN GIÁM SÁT")
    names = {r.text: r for r in runs if r.text in {"Võ Thanh Sơn", "Nguyễn Thị Thu Hà"}}
    assert other.x < ours.x and other.y == pytest.approx(ours.y, abs=1)
    assert names["Võ Thanh Sơn"].y == pytest.approx(names["Nguyễn Thị Thu Hà"].y, abs=1)
    assert (ours.font, other.font) == ("Tinos-Bold", "Tinos-Bold")
    assert "Nơi nhận" not in " ".join(pdf_words(pdf))


def test_a_decisions_issuing_body_and_articles_are_bold_and_its_grounds_italic() -> None:
    printed = document(LetterForm.DECISION)
    runs = text_runs(render_pdf(printed), 0)
    assert next(r for r in runs if r.text == AUTHORITY).font == "Tinos-Bold"
    assert next(r for r in runs if r.text == "QUYẾT ĐỊNH:").font == "Tinos-Bold"
    assert next(r for r in runs if r.text == "Điều 1.").font == "Tinos-Bold"
    assert next(r for r in runs if r.text.startswith("Căn cứ Luật")).font == "Tinos-Italic"
    words = squash(" ".join(pdf_words(render_pdf(printed))))
    assert "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Tâm" in words

    word = docx.Document(io.BytesIO(render_docx(printed)))
    paragraphs = {p.text: p for p in word.paragraphs}
    assert all(run.bold for run in paragraphs[AUTHORITY].runs)
    grounds = [p for p in word.paragraphs if p.text.startswith("Căn cứ")]
    assert len(grounds) == 4 and {p.style.name for p in grounds} == {"Căn cứ"}
    first = next(p for p in word.paragraphs if p.text.startswith("Điều 1."))
    assert first.runs[0].text == "Điều 1." and first.runs[0].bold
    assert first.style.name == "Điều"


@pytest.mark.parametrize("form", [LetterForm.MINUTES, LetterForm.OUTLINE], ids=str)
def test_a_form_without_number_says_du_thao_until_it_is_made_final(form: LetterForm) -> None:
    draft = document(form, issued=False)
    for words in (pdf_words(render_pdf(draft)), docx_lines(render_docx(draft))):
        assert " ".join(words).startswith("DỰ THẢO")
        assert not any(word.startswith("Số:") for word in words)
