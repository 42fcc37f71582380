"""Cài đặt → Mẫu văn bản: a sample letter worded as typed; several parts saved at once."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.domain.letters import LetterDraft, LetterForm, standard_text
from giamsat_desktop.services.catalog import office_settings
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.letters import drafts, issue
from tests.offices import TAN_HUNG
from tests.session_day import TODAY

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
CLOSING, COPIES = "cong_van.closing", "cong_van.copies_to"


def _texts(context: ServiceContext) -> dict[str, office_settings.StandardTextValue]:
    values = office_settings.standard_texts(context.factory, LetterForm.CONG_VAN)
    return {value.key: value for value in values}


def test_a_sample_letter_takes_the_texts_as_typed_and_the_offices_wording_for_the_rest(
    context: ServiceContext,
) -> None:
    office_settings.set_standard_text(context.factory, CLERK, COPIES, "Như trên;\nĐảng ủy xã;", 0)
    typed = {CLOSING: "Kính đề nghị {place} phối hợp trong năm {year}./."}
    content = drafts.sample_content(context.factory, LetterForm.CONG_VAN, typed)
    assert content.subject == "… (mẫu)"
    assert content.recipients == ("…",)
    assert content.body.splitlines() == [
        "…",
        f"Kính đề nghị {TAN_HUNG.place_name} phối hợp trong năm {TODAY.year}./.",
    ]
    assert content.copies_to == ("Như trên;", "Đảng ủy xã;")  # the office's, not typed here
    assert _texts(context)[CLOSING].version == 0  # a sample saves nothing

    printed = issue.preview_letter(context.factory, LetterDraft(LetterForm.CONG_VAN, content))
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(printed.data)).pages).split()
    )
    assert "V/v … (mẫu)" in text
    assert f"Kính đề nghị {TAN_HUNG.place_name} phối hợp trong năm {TODAY.year}./." in text
    assert "Đảng ủy xã;" in text


def test_several_parts_are_saved_in_one_go_each_with_its_audit_entry(
    context: ServiceContext,
) -> None:
    changes = office_settings.save_standard_texts(
        context.factory,
        CLERK,
        [(CLOSING, "  Kính đề nghị phối hợp./.  ", 0), (COPIES, "Như trên;", 0)],
    )
    assert changes.touches(Area.OFFICE)
    saved = _texts(context)
    assert (saved[CLOSING].text, saved[CLOSING].version) == ("Kính đề nghị phối hợp./.", 1)
    assert (saved[COPIES].text, saved[COPIES].changed) == ("Như trên;", True)
    assert drafts.new_content(context.factory, LetterForm.CONG_VAN).body == (
        "Kính đề nghị phối hợp./."
    )
    entries = audit_log.list_entries(context.factory, entity="office_setting")
    assert sorted(e.changes["key"][1] for e in entries) == [CLOSING, COPIES]
    assert {e.user_name for e in entries} == {"vanthu"}

    unchanged = office_settings.save_standard_texts(
        context.factory, CLERK, [(CLOSING, "Kính đề nghị phối hợp./.", 1)]
    )
    assert not unchanged.touches(Area.OFFICE)
    assert _texts(context)[CLOSING].version == 1
    assert len(audit_log.list_entries(context.factory, entity="office_setting")) == 2

    default = standard_text(CLOSING).text
    office_settings.save_standard_texts(context.factory, CLERK, [(CLOSING, default, 1)])
    back = _texts(context)[CLOSING]
    assert (back.text, back.changed, back.version) == (default, False, 2)


def test_one_stale_part_refuses_the_whole_save(context: ServiceContext) -> None:
    office_settings.set_standard_text(context.factory, CLERK, COPIES, "Như trên;", 0)  # another PC
    with pytest.raises(ConflictError) as refused:
        office_settings.save_standard_texts(
            context.factory,
            CLERK,
            [(CLOSING, "Kính đề nghị phối hợp./.", 0), (COPIES, "Đảng ủy xã;", 0)],
        )
    assert refused.value.code is ErrorCode.STALE_EDIT
    saved = _texts(context)
    assert (saved[CLOSING].version, saved[CLOSING].changed) == (0, False)  # not kept either
    assert saved[COPIES].text == "Như trên;"


def test_a_viewer_an_empty_text_and_an_unknown_part_are_refused(context: ServiceContext) -> None:
    with pytest.raises(PermissionDeniedError):
        office_settings.save_standard_texts(
            context.factory, VIEWER, [(CLOSING, "Kính đề nghị./.", 0)]
        )
    with pytest.raises(ValidationError) as empty:
        office_settings.save_standard_texts(context.factory, CLERK, [(CLOSING, "   ", 0)])
    assert empty.value.code is ErrorCode.FIELD_REQUIRED
    with pytest.raises(NotFoundError):
        office_settings.save_standard_texts(context.factory, CLERK, [("cong_van.khong_co", "x", 0)])
    assert all(value.version == 0 for value in _texts(context).values())
