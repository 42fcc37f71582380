"""The forms of a supervision as records: drafted from the office's wording, issued, numbered.

A plan, a decision, a programme and a report take the next number of the outgoing series
with their type code (``N/KH-MTTQ-BTT``) and a register line of their type; a biên bản and
an outline are made final without a number nor a register line.
"""

from __future__ import annotations

import io
import json

import docx
import pytest
from pypdf import PdfReader

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.errors import ConflictError, ErrorCode
from giamsat_desktop.domain.letters import (
    LetterContent,
    LetterDraft,
    LetterForm,
    LetterRecord,
    LetterState,
)
from giamsat_desktop.domain.registers import OutgoingDraft
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.letters import drafts, issue
from giamsat_desktop.services.registers import outgoing
from tests.offices import TAN_HUNG
from tests.reports.letters.form_samples import CONTENTS
from tests.session_day import TODAY

CLERK = Actor("vanthu", Role.CLERK)


def _save(context: ServiceContext, form: LetterForm) -> LetterRecord:
    record, _ = drafts.save_letter(context.factory, CLERK, LetterDraft(form, CONTENTS[form]))
    return record


def _issue(context: ServiceContext, form: LetterForm) -> LetterRecord:
    letter = _save(context, form)
    issued, _ = issue.issue_letter(
        context.factory, CLERK, context.data_folder, letter.id, letter.version, issue_date=TODAY
    )
    return issued


def _pdf_text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def _outgoing_count(context: ServiceContext) -> int:
    """The number the outgoing register would give next, less one: how many it gave."""
    return outgoing.propose_outgoing_number(context.factory, OutgoingDraft(TODAY, "x"))[0] - 1


def test_issuing_a_plan_numbers_it_kh_and_enters_a_kh_line_in_the_outgoing_register(
    context: ServiceContext,
) -> None:
    issued = _issue(context, LetterForm.PLAN)
    assert (issued.number, issued.symbol) == (1, "01/KH-MTTQ-BTT")
    line = outgoing.get_outgoing(context.factory, CLERK, issued.outgoing_id)
    assert (line.symbol, line.type_code, line.subject) == (
        "01/KH-MTTQ-BTT",
        "KH",
        CONTENTS[LetterForm.PLAN].subject,
    )
    files = attachments.list_attachments(context.factory, "outgoing", line.id)
    assert sorted(f.file_name for f in files) == ["01-KH-MTTQ-BTT.docx", "01-KH-MTTQ-BTT.pdf"]
    printed = issue.print_letter(context.factory, CLERK, context.data_folder, issued.id, "pdf")
    text = _pdf_text(printed.data)
    assert "Số: 01/KH-MTTQ-BTT" in text and "KẾ HOẠCH Giám sát việc thực hiện" in text
    assert "Căn cứ Chương trình giám sát năm 2026" in text and "DỰ THẢO" not in text


def test_a_decision_and_a_report_take_the_next_numbers_of_the_same_series(
    context: ServiceContext,
) -> None:
    plan = _issue(context, LetterForm.PLAN)
    decision = _issue(context, LetterForm.DECISION)
    minutes = _issue(context, LetterForm.MINUTES)  # no number: the series does not move
    report = _issue(context, LetterForm.REPORT)
    assert [plan.symbol, decision.symbol, minutes.symbol, report.symbol] == [
        "01/KH-MTTQ-BTT",
        "02/QĐ-MTTQ-BTT",
        "",
        "03/BC-MTTQ-BTT",
    ]
    line = outgoing.get_outgoing(context.factory, CLERK, decision.outgoing_id)
    assert line.type_code == "QĐ"
    word = issue.print_letter(context.factory, CLERK, context.data_folder, decision.id, "docx")
    paragraphs = [p.text for p in docx.Document(io.BytesIO(word.data)).paragraphs]
    assert "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ TÂN HƯNG" in paragraphs
    assert "QUYẾT ĐỊNH:" in paragraphs
    assert any(text.startswith("Điều 1. Thành lập Đoàn giám sát") for text in paragraphs)


@pytest.mark.parametrize("form", [LetterForm.MINUTES, LetterForm.OUTLINE], ids=str)
def test_a_form_without_number_is_made_final_without_a_register_line(
    context: ServiceContext, form: LetterForm
) -> None:
    before = _outgoing_count(context)
    issued = _issue(context, form)
    assert issued.state is LetterState.ISSUED and not issued.is_draft
    assert (issued.number, issued.symbol, issued.outgoing_id) == (None, "", None)
    assert issued.issue_date == TODAY
    assert _outgoing_count(context) == before
    printed = issue.print_letter(context.factory, CLERK, context.data_folder, issued.id, "pdf")
    assert printed.name == f"{form.value.replace('_', '-')}-{issued.id}.pdf"
    text = _pdf_text(printed.data)
    assert "DỰ THẢO" not in text and "Số:" not in text
    assert form.shape.type_name in text
    with pytest.raises(ConflictError) as twice:
        issue.issue_letter(context.factory, CLERK, context.data_folder, issued.id, issued.version)
    assert twice.value.code is ErrorCode.LETTER_ISSUED
    actions = [e.action for e in audit_log.list_entries(context.factory, entity="letter")]
    assert actions == ["issue", "create"]


def test_a_final_bien_ban_is_cancelled_with_its_reason_and_no_register_line(
    context: ServiceContext,
) -> None:
    issued = _issue(context, LetterForm.MINUTES)
    cancelled, _ = issue.cancel_letter(
        context.factory, CLERK, issued.id, issued.version, "Ghi sai thành phần"
    )
    assert cancelled.state is LetterState.CANCELLED
    assert cancelled.cancel_reason == "Ghi sai thành phần"
    assert _outgoing_count(context) == 0


def test_a_bien_bans_two_sides_and_an_outlines_kem_theo_are_kept_with_the_letter(
    context: ServiceContext,
) -> None:
    minutes = _save(context, LetterForm.MINUTES)
    outline = _save(context, LetterForm.OUTLINE)
    again = drafts.get_letter(context.factory, CLERK, minutes.id).content
    assert again.signature == ("ĐẠI DIỆN ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN")
    assert again.countersignature == ("ĐẠI DIỆN ỦY BAN NHÂN DÂN XÃ", "PHÓ CHỦ TỊCH")
    assert again.countersigner == "Võ Thanh Sơn"
    kept = drafts.get_letter(context.factory, CLERK, outline.id).content
    assert kept.attached_to == CONTENTS[LetterForm.OUTLINE].attached_to
    text = _pdf_text(
        issue.print_letter(context.factory, CLERK, context.data_folder, minutes.id, "pdf").data
    )
    assert "ĐẠI DIỆN ỦY BAN NHÂN DÂN XÃ PHÓ CHỦ TỊCH" in text and "Võ Thanh Sơn" in text


def test_a_cong_vans_stored_content_keeps_only_its_own_parts() -> None:
    stored = drafts.content_json(LetterContent("xin ý kiến", body="Đề nghị góp ý./."))
    assert set(json.loads(stored)) == {
        "subject",
        "recipients",
        "body",
        "copies_to",
        "grounds",
    }


def test_a_new_decision_starts_from_the_offices_wording_of_each_part(
    context: ServiceContext,
) -> None:
    content = drafts.new_content(context.factory, LetterForm.DECISION)
    assert content.subject == ""
    assert content.grounds[0].startswith("Căn cứ Luật Mặt trận Tổ quốc Việt Nam")
    assert content.grounds[-1].endswith(f"của Ban Thường trực {TAN_HUNG.name}.")
    assert content.body.startswith("Điều 1. Thành lập Đoàn giám sát")
    assert "\nĐiều 3. Các ông, bà có tên tại Điều 1" in content.body
    assert content.copies_to[0] == "Như Điều 3 (th/h);"
    assert f"Ban Thường trực {TAN_HUNG.higher_body} (b/c);" in content.copies_to
    minutes = drafts.new_content(context.factory, LetterForm.MINUTES)
    assert minutes.signature == ("ĐẠI DIỆN ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN")
    assert minutes.copies_to == () and minutes.grounds == ()
    assert minutes.body.startswith("Vào lúc … giờ … phút")


def test_a_sample_plan_shows_its_outline_and_the_wording_as_typed(context: ServiceContext) -> None:
    typed = {"ke_hoach.closing": "Đề nghị các đơn vị ở {place} phối hợp./."}
    content = drafts.sample_content(context.factory, LetterForm.PLAN, typed)
    printed = issue.preview_letter(context.factory, LetterDraft(LetterForm.PLAN, content))
    text = _pdf_text(printed.data)
    assert "KẾ HOẠCH … (mẫu)" in text
    assert "I. MỤC ĐÍCH, YÊU CẦU" in text and "V. TỔ CHỨC THỰC HIỆN" in text
    assert f"Đề nghị các đơn vị ở {TAN_HUNG.place_name} phối hợp./." in text
    assert "Kính gửi" not in text
