"""The forms of a supervision: their codes, type names, subjects, articles and wording."""

from __future__ import annotations

import pytest

from giamsat_desktop.domain.document_types import by_code
from giamsat_desktop.domain.letters import (
    COMPOSED_FORMS,
    FORM_REGISTER_CODES,
    FORM_TYPE_CODES,
    FORM_TYPE_NAMES,
    STANDARD_TEXTS,
    LetterForm,
    body_blocks,
    printed_subject,
)
from giamsat_desktop.domain.official_document import Article, Heading, Items, Paragraph


def test_each_form_has_the_decrees_type_code_and_name() -> None:
    assert {form: FORM_TYPE_CODES[form] for form in COMPOSED_FORMS} == {
        LetterForm.PROGRAMME: "CTr",
        LetterForm.PLAN: "KH",
        LetterForm.DECISION: "QĐ",
        LetterForm.OUTLINE: "",
        LetterForm.MINUTES: "BB",
        LetterForm.REPORT: "BC",
        LetterForm.INVITATION: "GM",
    }
    assert [FORM_TYPE_NAMES[form] for form in COMPOSED_FORMS] == [
        "CHƯƠNG TRÌNH",
        "KẾ HOẠCH",
        "QUYẾT ĐỊNH",
        "ĐỀ CƯƠNG BÁO CÁO",
        "BIÊN BẢN",
        "BÁO CÁO",
        "GIẤY MỜI",
    ]


def test_numbered_forms_enter_the_register_under_a_known_type_and_the_others_never() -> None:
    for form in LetterForm:
        code = FORM_REGISTER_CODES[form]
        if form.shape.numbered:
            kind = by_code(code)
            assert kind is not None and kind.code == code
        else:
            assert code == ""
    assert [form for form in LetterForm if not form.shape.numbered] == [
        LetterForm.OUTLINE,
        LetterForm.MINUTES,
    ]


def test_a_decisions_subject_starts_ve_viec_once_and_other_subjects_with_a_capital() -> None:
    decision = LetterForm.DECISION
    expected = "Về việc thành lập Đoàn giám sát"
    assert printed_subject(decision, "thành lập Đoàn giám sát") == expected
    assert printed_subject(decision, "V/v thành lập Đoàn giám sát") == expected
    assert printed_subject(decision, "về việc  thành lập Đoàn giám sát") == (
        "Về việc thành lập Đoàn giám sát"
    )
    assert printed_subject(decision, "Ban hành Quy chế hoạt động của Đoàn") == (
        "Ban hành Quy chế hoạt động của Đoàn"
    )
    assert printed_subject(LetterForm.PLAN, "giám sát việc cấp thẻ") == "Giám sát việc cấp thẻ"
    assert printed_subject(LetterForm.CONG_VAN, "đề nghị báo cáo") == "đề nghị báo cáo"


def test_a_decisions_dieu_lines_are_articles_with_their_lists() -> None:
    text = "Điều 1. Thành lập Đoàn giám sát gồm:\n- Bà A – Trưởng đoàn;\nĐiều 2.Đoàn có nhiệm vụ …"
    assert body_blocks(text, articles=True) == (
        Article(1, "Thành lập Đoàn giám sát gồm:"),
        Items(("Bà A – Trưởng đoàn;",)),
        Article(2, "Đoàn có nhiệm vụ …"),
    )
    assert body_blocks("Điều 1. Một đoạn văn") == (Paragraph("Điều 1. Một đoạn văn"),)


def test_a_plans_standard_outline_has_the_five_headings_offices_write() -> None:
    body = next(text for text in STANDARD_TEXTS[LetterForm.PLAN] if text.key.endswith(".body"))
    headings = [b.label + " " + b.text for b in body_blocks(body.text) if isinstance(b, Heading)]
    assert [h for h in headings if h.split()[0] in {"I.", "II.", "III.", "IV.", "V."}] == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. ĐỐI TƯỢNG, PHẠM VI GIÁM SÁT",
        "III. NỘI DUNG, THỜI GIAN GIÁM SÁT",
        "IV. HÌNH THỨC, THÀNH PHẦN",
        "V. TỔ CHỨC THỰC HIỆN",
    ]


@pytest.mark.parametrize("form", list(LetterForm), ids=lambda form: form.value)
def test_every_forms_standard_parts_are_its_own_and_named(form: LetterForm) -> None:
    texts = STANDARD_TEXTS[form]
    assert texts and all(text.key.startswith(f"{form.value}.") for text in texts)
    assert all(text.name.strip() and text.text.strip() for text in texts)
    keys = {text.key.split(".")[1] for text in texts}
    assert ("copies_to" in keys) == form.shape.copies
    assert ("grounds" in keys) <= form.shape.grounds


def test_a_decisions_noi_nhan_starts_nhu_dieu_3() -> None:
    copies = next(t for t in STANDARD_TEXTS[LetterForm.DECISION] if t.key.endswith("copies_to"))
    closing = next(t for t in STANDARD_TEXTS[LetterForm.DECISION] if t.key.endswith("closing"))
    assert copies.text.splitlines()[0] == "Như Điều 3 (th/h);"
    assert closing.text.startswith("Điều 3.") and "hiệu lực kể từ ngày ký" in closing.text
