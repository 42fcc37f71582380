"""The audit log as a long list: every entry's key, searched whole, then rows by block."""

from __future__ import annotations

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.organizations import OrganizationDraft
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.changelog import audit_list
from giamsat_desktop.services.changelog.audit_log import list_entries
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.context import ServiceContext

CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)


def _write(context: ServiceContext, count: int, subject: str = "Báo cáo tuần") -> None:
    """``count`` entries through the real audit writer, in one transaction."""
    with context.factory() as session, session.begin():
        for number in range(count):
            audit.record(
                session, CLERK, "update", "incoming", number + 1, {"subject": ""},
                {"subject": f"{subject} {number}"},
            )  # fmt: skip


def test_keys_are_every_entry_newest_first_and_rows_come_in_their_order(
    context: ServiceContext,
) -> None:
    _write(context, 30)
    keys = audit_list.audit_keys(context.factory)
    everything = list_entries(context.factory, limit=10_000)
    assert keys == [entry.id for entry in everything]  # the office's set-up entries too
    assert keys == sorted(keys, reverse=True)
    block = keys[5:8]
    rows = audit_list.audit_rows(context.factory, block)
    assert [row.id for row in rows] == block
    assert rows[0].changes == {"subject": ["", "Báo cáo tuần 24"]}
    assert rows[0].user_name == "Lê Thị Mỹ Duyên"
    assert rows[0].at.tzinfo is not None
    assert audit_list.audit_rows(context.factory, []) == []


def test_words_are_searched_in_every_entry_however_old(context: ServiceContext) -> None:
    catalog.add_organization(
        context.factory, CLERK, OrganizationDraft("HKH", "Hội Khuyến học", "Hội KH")
    )
    _write(context, 300)  # newer entries that do not match
    found = audit_list.audit_keys(context.factory, text="khuyen HOC")
    assert len(found) == 1
    (entry,) = audit_list.audit_rows(context.factory, found)
    assert entry.entity == "organization"
    assert entry.changes["name"][1] == "Hội Khuyến học"


def test_every_word_must_match_and_the_kind_narrows(context: ServiceContext) -> None:
    _write(context, 5, subject="Kế hoạch chăm lo Tết")
    board = OrganizationDraft("BTT9", "Ban Thanh tra nhân dân ấp 9", "Ban TTND 9")
    catalog.add_organization(context.factory, CLERK, board)
    assert len(audit_list.audit_keys(context.factory, text="cham lo TET")) == 5
    assert len(audit_list.audit_keys(context.factory, text="cham lo tet 3")) == 1
    assert audit_list.audit_keys(context.factory, text="cham lo khong-co") == []
    assert audit_list.audit_keys(context.factory, text="duyen", entity="organization") == [
        audit_list.audit_keys(context.factory, entity="organization")[0]
    ]
    incoming = audit_list.audit_keys(context.factory, entity="incoming")
    assert len(incoming) == 5
    assert {row.entity for row in audit_list.audit_rows(context.factory, incoming)} == {"incoming"}
