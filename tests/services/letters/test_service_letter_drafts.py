"""Letters as records: a new draft takes the office's wording; drafts saved, listed, dropped."""

from __future__ import annotations

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.board import BoardMemberDraft, BoardPosition
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.domain.letters import (
    LetterContent,
    LetterDraft,
    LetterForm,
    LetterState,
    body_blocks,
)
from giamsat_desktop.domain.official_document import Heading, Items, Paragraph
from giamsat_desktop.services.catalog import board, office_settings
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.letters import drafts
from tests.offices import TAN_HUNG

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
CONTENT = LetterContent(
    subject="tổ chức Hội nghị đại biểu Nhân dân năm 2027",
    recipients=("Ủy ban nhân dân xã Tân Hưng",),
    body=(
        "Thực hiện Kế hoạch số 12/KH-MTTQ-BTT ngày 05/01/2027.\n\n"
        "- Thời gian: 8 giờ;\n- Địa điểm: hội trường xã."
    ),
    copies_to=("Như trên;", "Lưu: VT."),
)


def test_a_new_cong_van_takes_the_offices_wording_with_its_placeholders_filled(
    context: ServiceContext,
) -> None:
    content = drafts.new_content(context.factory, LetterForm.CONG_VAN)
    assert content.subject == ""
    assert content.body.startswith(f"Ban Thường trực {TAN_HUNG.name} đề nghị")
    assert content.copies_to[0] == "Như trên;"
    assert f"Ban Thường trực {TAN_HUNG.higher_body} (b/c);" in content.copies_to

    office_settings.set_standard_text(
        context.factory, CLERK, "cong_van.closing", "Kính đề nghị {place} phối hợp./.", 0
    )
    again = drafts.new_content(context.factory, LetterForm.CONG_VAN)
    assert again.body == f"Kính đề nghị {TAN_HUNG.place_name} phối hợp./."


def test_a_draft_is_saved_with_the_chair_as_signer_and_an_audit_entry(
    context: ServiceContext,
) -> None:
    record, changes = drafts.save_letter(
        context.factory, CLERK, LetterDraft(LetterForm.CONG_VAN, CONTENT)
    )
    assert changes.touches(Area.LETTERS)
    assert record.state is LetterState.DRAFT and record.number is None
    assert record.signer_name == TAN_HUNG.chair_name
    assert record.signature.lines == ("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH")
    assert record.content.copies_to == ("Như trên;", "Lưu: VT.")
    assert drafts.get_letter(context.factory, CLERK, record.id) == record
    [entry] = audit_log.list_entries(context.factory, entity="letter")
    assert entry.action == "create" and entry.entity_id == record.id


def test_a_vice_chair_signs_for_the_chair(context: ServiceContext) -> None:
    vice, _ = board.add_member(
        context.factory, CLERK, BoardMemberDraft("Trần Văn Phúc", BoardPosition.VICE_CHAIR)
    )
    record, _ = drafts.save_letter(
        context.factory, CLERK, LetterDraft(LetterForm.CONG_VAN, CONTENT, signer_id=vice.id)
    )
    assert record.signer_name == "Trần Văn Phúc"
    assert record.signature.lines == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")


def test_an_edit_from_a_stale_copy_a_viewer_and_an_empty_subject_are_refused(
    context: ServiceContext,
) -> None:
    record, _ = drafts.save_letter(
        context.factory, CLERK, LetterDraft(LetterForm.CONG_VAN, CONTENT)
    )
    edited = LetterDraft(LetterForm.CONG_VAN, LetterContent("tổ chức hội nghị (sửa)"))
    saved, _ = drafts.save_letter(context.factory, CLERK, edited, record.id, record.version)
    assert saved.content.subject == "tổ chức hội nghị (sửa)"
    with pytest.raises(ConflictError) as stale:
        drafts.save_letter(context.factory, CLERK, edited, record.id, record.version)
    assert stale.value.code is ErrorCode.STALE_EDIT
    with pytest.raises(PermissionDeniedError):
        drafts.save_letter(context.factory, VIEWER, edited, record.id, saved.version)
    with pytest.raises(ValidationError) as empty:
        drafts.save_letter(
            context.factory, CLERK, LetterDraft(LetterForm.CONG_VAN, LetterContent("  "))
        )
    assert empty.value.values["field"] == "subject"


def test_a_secret_letter_is_hidden_from_a_viewer(context: ServiceContext) -> None:
    secret, _ = drafts.save_letter(
        context.factory,
        CLERK,
        LetterDraft(LetterForm.CONG_VAN, CONTENT, secrecy=Secrecy.CONFIDENTIAL),
    )
    plain, _ = drafts.save_letter(context.factory, CLERK, LetterDraft(LetterForm.CONG_VAN, CONTENT))
    assert [r.id for r in drafts.list_letters(context.factory, VIEWER)] == [plain.id]
    assert [r.id for r in drafts.list_letters(context.factory, CLERK)] == [plain.id, secret.id]
    with pytest.raises(NotFoundError):
        drafts.get_letter(context.factory, VIEWER, secret.id)


def test_the_current_letter_of_a_record_is_its_open_draft(context: ServiceContext) -> None:
    draft = LetterDraft(LetterForm.CONG_VAN, CONTENT, source_kind="incoming", source_id=7)
    first, _ = drafts.save_letter(context.factory, CLERK, draft)
    assert drafts.current_letter(context.factory, CLERK, LetterForm.CONG_VAN, "incoming", 7) == (
        first
    )
    drafts.discard_draft(context.factory, CLERK, first.id, first.version)
    assert drafts.current_letter(context.factory, CLERK, LetterForm.CONG_VAN, "incoming", 7) is (
        None
    )
    assert drafts.get_letter(context.factory, CLERK, first.id).state is LetterState.CANCELLED


def test_the_body_as_typed_reads_into_headings_lists_and_paragraphs() -> None:
    blocks = body_blocks(
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNắm tình hình.\n- một;\n- hai.\na) Thời gian\n\nKết."
    )
    assert blocks == (
        Heading("I.", "MỤC ĐÍCH, YÊU CẦU", 1),
        Heading("1.", "Mục đích", 2),
        Paragraph("Nắm tình hình."),
        Items(("một;", "hai.")),
        Heading("a)", "Thời gian", 3),
        Paragraph("Kết."),
    )
