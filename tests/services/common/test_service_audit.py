"""The audit log: every change recorded with who, what and old → new, chained by hash."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import pytest
from sqlalchemy import select, text

from giamsat_desktop.db.models import AuditEntry
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.errors import ConflictError
from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel
from giamsat_desktop.domain.organizations import OrganizationDraft, PersonDraft
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.catalog.office import get_office, set_up_office, update_office
from giamsat_desktop.services.common.audit import entry_hash
from giamsat_desktop.services.safety.database import Database

CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)

HOA_BINH = OfficeInfo(
    name="Ủy ban MTTQ Việt Nam phường Hòa Bình",
    level=OfficeLevel.WARD,
    place_name="Hòa Bình",
    date_line_place="Hòa Bình",
    higher_body="Ủy ban MTTQ Việt Nam thành phố Hà Nội",
    symbol_suffix="MTTQ-BTT",
    chair_name="Trần Văn Phúc",
)


@dataclass(frozen=True)
class Entry:
    id: int
    at: Any
    user_name: str
    action: str
    entity: str
    entity_id: int | None
    changes: dict[str, list[Any]]
    changes_text: str
    prev_hash: str
    hash: str


def entries(database: Database) -> list[Entry]:
    with database.session_factory() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        return [
            Entry(
                r.id,
                r.at,
                r.user_name,
                r.action,
                r.entity,
                r.entity_id,
                json.loads(r.changes),
                r.changes,
                r.prev_hash,
                r.hash,
            )
            for r in rows
        ]


def recomputed(entry: Entry) -> str:
    return entry_hash(
        entry.prev_hash,
        entry.at,
        entry.user_name,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.changes_text,
    )


def chain_breaks(log: list[Entry]) -> list[int]:
    """Ids of entries whose hash or link to the entry before does not hold."""
    broken = []
    previous = ""
    for entry in log:
        if entry.prev_hash != previous or recomputed(entry) != entry.hash:
            broken.append(entry.id)
        previous = entry.hash
    return broken


def org_id(database: Database, code: str) -> int:
    return next(
        o.id for o in catalog.list_organizations(database.session_factory) if o.code == code
    )


# ---------------------------------------------------------------------------------------------
# what each change writes


def test_setting_up_the_office_records_the_office_its_chair_and_each_organisation(
    database: Database,
) -> None:
    organizations = (
        OrganizationDraft("LHPN", "Hội Liên hiệp Phụ nữ", "Hội LHPN"),
        OrganizationDraft("HND", "Hội Nông dân", "Hội Nông dân"),
    )

    set_up_office(database.session_factory, CLERK, HOA_BINH, organizations)

    log = entries(database)
    assert [(e.user_name, e.action, e.entity) for e in log] == [
        (CLERK.user_name, "create", "office"),
        (CLERK.user_name, "create", "board_member"),
        (CLERK.user_name, "create", "organization"),
        (CLERK.user_name, "create", "organization"),
    ]
    assert log[0].changes["place_name"] == [None, "Hòa Bình"]
    assert log[1].changes["full_name"] == [None, HOA_BINH.chair_name]
    assert [e.changes["code"] for e in log[2:]] == [[None, "LHPN"], [None, "HND"]]


def test_editing_the_office_records_only_the_fields_that_changed(database: Database) -> None:
    set_up_office(database.session_factory, CLERK, HOA_BINH)
    current = get_office(database.session_factory)
    assert current is not None

    update_office(database.session_factory, CLERK, replace(current, chair_name="Nguyễn Văn An"))

    office_entry, chair_entry = entries(database)[-2:]
    assert (office_entry.action, office_entry.entity) == ("update", "office")
    assert office_entry.changes == {"chair_name": ["Trần Văn Phúc", "Nguyễn Văn An"]}
    # the board's chair is renamed with it, in its own entry
    assert (chair_entry.action, chair_entry.entity) == ("update", "board_member")
    assert chair_entry.changes == {"full_name": ["Trần Văn Phúc", "Nguyễn Văn An"]}


@dataclass(frozen=True)
class Case:
    change: Callable[[Database], object]
    action: str
    entity: str
    changes: dict[str, list[Any]]


def _add_org(db: Database) -> object:
    draft = OrganizationDraft("hctđ", "Hội Chữ thập đỏ", "Hội CTĐ")
    return catalog.add_organization(db.session_factory, CLERK, draft)


def _edit_org(db: Database) -> object:
    key = org_id(db, "LHPN")
    draft = OrganizationDraft("LHPN", "Hội Liên hiệp Phụ nữ xã", "Hội LHPN")
    return catalog.update_organization(db.session_factory, CLERK, key, draft, 1)


def _deactivate_org(db: Database) -> object:
    return catalog.set_organization_active(db.session_factory, CLERK, org_id(db, "HND"), False, 1)


def _reactivate_org(db: Database) -> object:
    key = org_id(db, "DTN")
    catalog.set_organization_active(db.session_factory, CLERK, key, False, 1)
    return catalog.set_organization_active(db.session_factory, CLERK, key, True, 2)


def _add_person(db: Database) -> object:
    draft = PersonDraft("Võ Văn Đức", "Chủ tịch Hội", org_id(db, "HND"), "0987654321")
    return catalog.add_person(db.session_factory, CLERK, draft)


def _edit_person(db: Database) -> object:
    record, _ = catalog.add_person(db.session_factory, CLERK, PersonDraft("Võ Văn Đức"))
    draft = PersonDraft("Võ Văn Đức", "Phó Chủ tịch", org_id(db, "CCB"))
    return catalog.update_person(db.session_factory, CLERK, record.id, draft, record.version)


def _deactivate_person(db: Database) -> object:
    record, _ = catalog.add_person(db.session_factory, CLERK, PersonDraft("Võ Văn Đức"))
    return catalog.set_person_active(db.session_factory, CLERK, record.id, False, record.version)


CASES = {
    "add organisation": Case(
        _add_org,
        "create",
        "organization",
        {
            "active": [None, True],
            "code": [None, "HCTĐ"],
            "kind": [None, "member"],
            "name": [None, "Hội Chữ thập đỏ"],
            "short_name": [None, "Hội CTĐ"],
        },
    ),
    "edit organisation": Case(
        _edit_org,
        "update",
        "organization",
        {"name": ["Hội Liên hiệp Phụ nữ", "Hội Liên hiệp Phụ nữ xã"]},
    ),
    "deactivate organisation": Case(
        _deactivate_org, "deactivate", "organization", {"active": [True, False]}
    ),
    "reactivate organisation": Case(
        _reactivate_org, "activate", "organization", {"active": [False, True]}
    ),
    "add person": Case(
        _add_person,
        "create",
        "person",
        {
            "active": [None, True],
            "full_name": [None, "Võ Văn Đức"],
            "organization_id": [None, 2],
            "phone": [None, "0987654321"],
            "position": [None, "Chủ tịch Hội"],
        },
    ),
    "edit person": Case(
        _edit_person,
        "update",
        "person",
        {"organization_id": [None, 3], "position": ["", "Phó Chủ tịch"]},
    ),
    "deactivate person": Case(
        _deactivate_person, "deactivate", "person", {"active": [True, False]}
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_every_catalogue_change_is_recorded_with_user_action_and_old_to_new_values(
    office_database: Database, name: str
) -> None:
    case = CASES[name]

    record, _ = case.change(office_database)  # type: ignore[misc]

    last = entries(office_database)[-1]
    assert (last.user_name, last.action, last.entity, last.entity_id) == (
        CLERK.user_name,
        case.action,
        case.entity,
        record.id,
    )
    assert last.changes == case.changes


def test_a_refused_change_records_nothing(office_database: Database) -> None:
    before = entries(office_database)

    with pytest.raises(ConflictError):
        catalog.add_organization(
            office_database.session_factory, CLERK, OrganizationDraft("LHPN", "Trùng mã", "")
        )

    assert entries(office_database) == before


# ---------------------------------------------------------------------------------------------
# the hash chain


@pytest.fixture
def busy_log(office_database: Database) -> Database:
    """A log with entries from several kinds of change."""
    for case in CASES.values():
        case.change(office_database)
    return office_database


def test_the_first_entry_starts_the_chain(busy_log: Database) -> None:
    assert entries(busy_log)[0].prev_hash == ""


def test_each_entry_links_to_the_hash_of_the_entry_before(busy_log: Database) -> None:
    log = entries(busy_log)

    assert len(log) > 10
    assert [e.prev_hash for e in log[1:]] == [e.hash for e in log[:-1]]


def test_each_stored_hash_matches_the_entrys_content(busy_log: Database) -> None:
    log = entries(busy_log)

    assert [recomputed(e) for e in log] == [e.hash for e in log]
    assert len({e.hash for e in log}) == len(log)


def test_an_entry_edited_outside_the_program_no_longer_matches_its_hash(
    busy_log: Database,
) -> None:
    target = entries(busy_log)[3]
    forged = json.dumps({"name": ["Hội Nông dân", "Hội Nông dân (đã sửa)"]}, ensure_ascii=False)
    with busy_log.engine.begin() as connection:
        connection.execute(
            text("UPDATE audit_entries SET changes = :changes WHERE id = :id"),
            {"changes": forged, "id": target.id},
        )

    tampered = next(e for e in entries(busy_log) if e.id == target.id)

    assert recomputed(tampered) != tampered.hash
    assert chain_breaks(entries(busy_log)) == [target.id]


def test_an_entry_removed_outside_the_program_breaks_the_chain_after_it(
    busy_log: Database,
) -> None:
    log = entries(busy_log)
    with busy_log.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_entries WHERE id = :id"), {"id": log[3].id})

    assert chain_breaks(entries(busy_log)) == [log[4].id]


def test_an_untouched_log_has_no_break(busy_log: Database) -> None:
    assert chain_breaks(entries(busy_log)) == []
