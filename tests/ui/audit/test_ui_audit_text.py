"""The words of the change log: every audited field named, every value as the window shows it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from giamsat_desktop import formatting
from giamsat_desktop.domain.accounts import Role
from giamsat_desktop.domain.documents import HandlingStatus, Secrecy, Urgency
from giamsat_desktop.domain.office import OfficeLevel
from giamsat_desktop.domain.organizations import OrganizationDraft, OrganizationKind, PersonDraft
from giamsat_desktop.domain.registers import IncomingDraft, OutgoingDraft
from giamsat_desktop.services.accounts import users as accounts
from giamsat_desktop.services.catalog import office
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.registers import incoming, outgoing
from giamsat_desktop.ui.audit.audit_text import HIDDEN_FIELDS, AuditText, action_text


@pytest.fixture(autouse=True)
def vietnamese_numbers() -> Iterator[None]:
    """Numbers and dates in Vietnamese, whatever an earlier test chose."""
    formatting.set_language("vi")
    yield
    formatting.set_language("vi")


def test_a_field_or_value_from_a_newer_version_is_shown_raw() -> None:
    words = AuditText()
    assert words.changes("incoming", {"folder_colour": [None, "xanh"]}) == "folder_colour: “xanh”"
    assert words.changes("incoming", {"urgency": ["khan", "sieu_khan"]}) == (
        "Độ khẩn: Khẩn → “sieu_khan”"
    )
    assert words.changes("ledger", {"balance": [1, 2]}) == "balance: 1 → 2"
    assert words.kind_name("ledger") == "ledger"
    assert words.record_name("ledger", 3) == "ledger (mã số 3)"
    assert action_text("archive") == "archive"


def test_values_stored_in_an_unexpected_shape_never_fail() -> None:
    words = AuditText()
    assert words.value("deadline", "15/03/2025") == "“15/03/2025”"
    assert words.value("deadline", 20250315) == "20.250.315"
    assert words.value("organization_id", "abc") == "“abc”"
    assert words.value("answers", [3, "x"]) == "mã số 3, mã số x"
    assert words.value("notes", {"a": 1}) == '“{"a": 1}”'
    assert words.changes("incoming", {"notes": ["a", "b", "c"], "issuer": None}) == (
        "Ghi chú: “a”, “b”, “c”"  # not an [old, new] pair: taken as the new value
    )


def test_values_read_as_on_the_forms() -> None:
    words = AuditText({7: "Ban TTND"})
    assert words.value("active", True) == "Có"
    assert words.value("active", False) == "Không"
    assert words.value("deadline", "2025-03-15") == "15/03/2025"
    assert words.value("page_count", 1234) == "1.234"
    assert words.value("type_code", "BC") == "Báo cáo"
    assert words.value("organization_id", 7) == "Ban TTND"
    assert words.value("organization_id", 8) == "mã số 8"
    assert words.value("notes", "") == "—"
    assert words.value("subject", "dòng một\ndòng hai") == "“dòng một dòng hai”"
    assert words.value("subject", "x" * 70) == f"“{'x' * 60}…”"
    moment = dt.datetime(2025, 3, 5, 8, 30, tzinfo=dt.UTC)
    assert words.value("created_at", moment.isoformat()) == moment.astimezone().strftime(
        "%d/%m/%Y %H:%M"
    )


def test_every_choice_reads_as_its_label_of_the_domain() -> None:
    words = AuditText()
    for key, kind in (
        ("urgency", Urgency),
        ("secrecy", Secrecy),
        ("handling_status", HandlingStatus),
        ("kind", OrganizationKind),
        ("role", Role),
    ):
        for item in kind:
            assert words.value(key, item.value) == item.label, (key, item)
    for level in OfficeLevel:
        assert words.value("level", level.value).casefold().startswith(level.label), level


def test_a_removal_keeps_the_arrow_and_a_creation_lists_what_was_entered() -> None:
    words = AuditText()
    assert words.changes("incoming", {"file": ["cong-van.pdf", None]}) == (
        "Tệp: “cong-van.pdf” → —"
    )
    created = {"code": [None, "HKH"], "active": [None, True], "kind": [None, "member"]}
    assert words.changes("organization", created) == (
        "Mã: “HKH”; Loại: Tổ chức thành viên; Đang dùng: Có"
    )
    assert words.changes("organization", {"active": [True, False]}) == "Đang dùng: Có → Không"


def test_every_field_the_services_write_has_a_name(context: ServiceContext, tmp_path: Path) -> None:
    factory, actor = context.factory, context.actor
    board, _ = catalog.add_organization(
        factory, actor, OrganizationDraft("B2", "Ban 2", "Ban 2", OrganizationKind.BOARD)
    )
    catalog.add_person(factory, actor, PersonDraft("Trần Văn Bình", "Trưởng ban", board.id, "09"))
    document, _ = incoming.register_incoming(
        factory,
        actor,
        IncomingDraft(dt.date(2025, 3, 5), "Huyện ủy", "Về việc A", "5-CV/HU", page_count=2),
    )
    incoming.cancel_incoming(factory, actor, document.id, "Vào nhầm", document.version)
    outgoing.register_outgoing(
        factory, actor, OutgoingDraft(dt.date(2025, 3, 6), "Báo cáo", type_code="BC", copies=3)
    )
    accounts.add_user(factory, actor, "vanthu", "Lê Thị Thư", Role.CLERK, "Mat-khau-dai-2025!")
    info = office.get_office(factory)
    assert info is not None
    office.update_office(factory, actor, info)
    paper = tmp_path / "cong-van.pdf"
    paper.write_bytes(b"%PDF-1.4")
    attachments.attach_files(factory, actor, context.data_folder, "incoming", document.id, [paper])
    words = AuditText()
    entries = audit_log.list_entries(factory)
    written = {(e.entity, key) for e in entries for key in e.changes if key not in HIDDEN_FIELDS}
    assert {entity for entity, _key in written} >= {
        "organization",
        "person",
        "incoming",
        "outgoing",
        "user",
        "office",
    }
    unnamed = {(e, k) for e, k in written if words.field_name(e, k) == k}
    assert unnamed == set()
    for entry in entries:
        assert words.kind_name(entry.entity) != entry.entity
    import_and_restore = ("source", "rows", "skipped", "books", "archive", "created_at", "office")
    assert all(words.field_name("incoming", key) != key for key in import_and_restore)
