"""Danh mục: organisations and people added, edited, deactivated and brought back."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.domain.organizations import (
    USUAL_ORGANIZATIONS,
    OrganizationDraft,
    OrganizationKind,
    OrganizationRecord,
    PersonDraft,
    PersonRecord,
)
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.safety.database import Database

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)

RED_CROSS = OrganizationDraft("HCTN", "Hội Chữ thập đỏ", "Hội CTĐ", OrganizationKind.OTHER)


def stored(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row a catalogue change could touch, to prove a refused change wrote nothing."""
    queries = {
        "organizations": "SELECT * FROM organizations ORDER BY id",
        "people": "SELECT * FROM people ORDER BY id",
        "audit_entries": "SELECT * FROM audit_entries ORDER BY id",
    }
    with database.engine.connect() as connection:
        return {t: [tuple(r) for r in connection.exec_driver_sql(q)] for t, q in queries.items()}


def organization(database: Database, code: str) -> OrganizationRecord:
    return next(o for o in catalog.list_organizations(database.session_factory) if o.code == code)


@pytest.fixture
def women(office_database: Database) -> OrganizationRecord:
    return organization(office_database, "LHPN")


@pytest.fixture
def person(office_database: Database, women: OrganizationRecord) -> PersonRecord:
    record, _ = catalog.add_person(
        office_database.session_factory,
        CLERK,
        PersonDraft("Phạm Thị Hồng Nhung", "Chủ tịch Hội", women.id, "0912345678"),
    )
    return record


# ---------------------------------------------------------------------------------------------
# organisations


def test_an_added_organisation_appears_last_in_the_list(office_database: Database) -> None:
    added, _ = catalog.add_organization(office_database.session_factory, CLERK, RED_CROSS)

    listed = catalog.list_organizations(office_database.session_factory)
    assert listed[-1] == added
    assert len(listed) == len(USUAL_ORGANIZATIONS) + 1


def test_an_added_organisation_is_stored_as_typed_and_active(office_database: Database) -> None:
    added, _ = catalog.add_organization(office_database.session_factory, CLERK, RED_CROSS)

    assert (added.code, added.name, added.short_name, added.kind, added.active) == (
        "HCTN",
        "Hội Chữ thập đỏ",
        "Hội CTĐ",
        OrganizationKind.OTHER,
        True,
    )


def test_organisation_codes_are_stored_in_capitals(office_database: Database) -> None:
    draft = OrganizationDraft("hctn", "Hội Chữ thập đỏ", "")

    added, _ = catalog.add_organization(office_database.session_factory, CLERK, draft)

    assert added.code == "HCTN"


def test_an_organisation_without_a_short_name_is_listed_by_its_name(
    office_database: Database,
) -> None:
    draft = OrganizationDraft("HCTN", "Hội Chữ thập đỏ", "  ")

    added, _ = catalog.add_organization(office_database.session_factory, CLERK, draft)

    assert added.short_name == "Hội Chữ thập đỏ"


def test_organisation_text_is_stored_composed_and_trimmed(office_database: Database) -> None:
    draft = OrganizationDraft(
        " hctn ",
        unicodedata.normalize("NFD", "  Hội  Chữ thập đỏ\n"),
        unicodedata.normalize("NFD", " Hội CTĐ "),
    )

    added, _ = catalog.add_organization(office_database.session_factory, CLERK, draft)

    with office_database.engine.connect() as connection:
        row = connection.execute(
            text("SELECT code, name, short_name FROM organizations WHERE id = :id"),
            {"id": added.id},
        ).one()
    assert tuple(row) == ("HCTN", "Hội Chữ thập đỏ", "Hội CTĐ")
    assert all(unicodedata.is_normalized("NFC", value) for value in row)


@pytest.mark.parametrize("code", ["LHPN", "lhpn", " Lhpn "])
def test_a_code_already_used_is_refused_whatever_its_case(
    office_database: Database, code: str
) -> None:
    draft = OrganizationDraft(code, "Hội Phụ nữ thứ hai", "")

    with pytest.raises(ConflictError) as caught:
        catalog.add_organization(office_database.session_factory, CLERK, draft)

    assert caught.value.code is ErrorCode.DUPLICATE_CODE
    assert caught.value.values["name"] == "Hội Liên hiệp Phụ nữ"


def test_a_refused_duplicate_code_writes_nothing(office_database: Database) -> None:
    before = stored(office_database)

    with pytest.raises(ConflictError):
        catalog.add_organization(
            office_database.session_factory, CLERK, OrganizationDraft("hnd", "Nông dân 2", "")
        )

    assert stored(office_database) == before


def test_an_organisation_without_a_name_is_refused_naming_the_field(
    office_database: Database,
) -> None:
    before = stored(office_database)

    with pytest.raises(ValidationError) as caught:
        catalog.add_organization(
            office_database.session_factory, CLERK, OrganizationDraft("HCTN", " ", "")
        )

    assert caught.value.values["field"] == "name"
    assert stored(office_database) == before


def test_editing_an_organisation_saves_it_and_bumps_its_version(
    office_database: Database, women: OrganizationRecord
) -> None:
    draft = OrganizationDraft("LHPN", "Hội Liên hiệp Phụ nữ xã", "Hội Phụ nữ")

    saved, _ = catalog.update_organization(
        office_database.session_factory, CLERK, women.id, draft, women.version
    )

    assert (saved.name, saved.short_name, saved.version) == (
        "Hội Liên hiệp Phụ nữ xã",
        "Hội Phụ nữ",
        women.version + 1,
    )
    assert organization(office_database, "LHPN") == saved


def test_editing_an_organisation_tells_the_people_list_to_refresh(
    office_database: Database, women: OrganizationRecord
) -> None:
    draft = OrganizationDraft("LHPN", women.name, "Hội Phụ nữ")

    _, changes = catalog.update_organization(
        office_database.session_factory, CLERK, women.id, draft, women.version
    )

    assert changes.touches(Area.ORGANIZATIONS)
    assert changes.touches(Area.PEOPLE)


def test_an_organisation_can_be_saved_with_its_own_code_in_another_case(
    office_database: Database, women: OrganizationRecord
) -> None:
    draft = OrganizationDraft("lhpn", women.name, women.short_name)

    saved, _ = catalog.update_organization(
        office_database.session_factory, CLERK, women.id, draft, women.version
    )

    assert saved.code == "LHPN"


def test_editing_an_organisation_to_another_ones_code_is_refused(
    office_database: Database, women: OrganizationRecord
) -> None:
    draft = OrganizationDraft("hnd", women.name, women.short_name)
    before = stored(office_database)

    with pytest.raises(ConflictError) as caught:
        catalog.update_organization(
            office_database.session_factory, CLERK, women.id, draft, women.version
        )

    assert caught.value.code is ErrorCode.DUPLICATE_CODE
    assert stored(office_database) == before


def test_saving_an_organisation_from_a_stale_copy_is_refused(
    office_database: Database, women: OrganizationRecord
) -> None:
    factory = office_database.session_factory
    catalog.update_organization(
        factory, CLERK, women.id, OrganizationDraft("LHPN", women.name, "Phụ nữ"), women.version
    )
    after_other_clerk = stored(office_database)

    with pytest.raises(ConflictError) as caught:
        catalog.update_organization(
            factory, CLERK, women.id, OrganizationDraft("LHPN", "Tên khác", ""), women.version
        )

    assert caught.value.code is ErrorCode.STALE_EDIT
    assert stored(office_database) == after_other_clerk


def test_editing_an_organisation_that_does_not_exist_is_refused(
    office_database: Database,
) -> None:
    with pytest.raises(NotFoundError) as caught:
        catalog.update_organization(office_database.session_factory, CLERK, 999, RED_CROSS, 1)

    assert caught.value.code is ErrorCode.NOT_FOUND


def test_a_deactivated_organisation_stays_in_the_full_list(
    office_database: Database, women: OrganizationRecord
) -> None:
    catalog.set_organization_active(
        office_database.session_factory, CLERK, women.id, False, women.version
    )

    assert organization(office_database, "LHPN").active is False


def test_a_deactivated_organisation_is_left_out_of_the_active_list(
    office_database: Database, women: OrganizationRecord
) -> None:
    catalog.set_organization_active(
        office_database.session_factory, CLERK, women.id, False, women.version
    )

    active = catalog.list_organizations(office_database.session_factory, include_inactive=False)
    assert "LHPN" not in [o.code for o in active]
    assert len(active) == len(USUAL_ORGANIZATIONS) - 1


def test_a_deactivated_organisation_can_be_brought_back(
    office_database: Database, women: OrganizationRecord
) -> None:
    factory = office_database.session_factory
    off, _ = catalog.set_organization_active(factory, CLERK, women.id, False, women.version)

    back, _ = catalog.set_organization_active(factory, CLERK, women.id, True, off.version)

    assert back.active is True
    active = catalog.list_organizations(factory, include_inactive=False)
    assert "LHPN" in [o.code for o in active]


def test_deactivating_an_organisation_from_a_stale_copy_is_refused(
    office_database: Database, women: OrganizationRecord
) -> None:
    factory = office_database.session_factory
    catalog.set_organization_active(factory, CLERK, women.id, False, women.version)

    with pytest.raises(ConflictError) as caught:
        catalog.set_organization_active(factory, CLERK, women.id, True, women.version)

    assert caught.value.code is ErrorCode.STALE_EDIT
    assert organization(office_database, "LHPN").active is False


def test_deactivating_an_already_inactive_organisation_changes_nothing(
    office_database: Database, women: OrganizationRecord
) -> None:
    factory = office_database.session_factory
    off, _ = catalog.set_organization_active(factory, CLERK, women.id, False, women.version)
    entries_before = audit_count(office_database)

    again, changes = catalog.set_organization_active(factory, CLERK, women.id, False, off.version)

    assert again.version == off.version
    assert changes.areas == frozenset()
    assert audit_count(office_database) == entries_before


# ---------------------------------------------------------------------------------------------
# people


def test_an_added_person_shows_the_short_name_of_their_organisation(
    person: PersonRecord,
) -> None:
    assert person.organization_name == "Hội LHPN"


def test_the_people_list_shows_each_persons_organisation_short_name(
    office_database: Database, person: PersonRecord
) -> None:
    factory = office_database.session_factory
    catalog.add_person(factory, CLERK, PersonDraft("Lê Thị Mỹ Duyên", "Văn thư"))

    listed = {p.full_name: p.organization_name for p in catalog.list_people(factory)}

    assert listed == {"Phạm Thị Hồng Nhung": "Hội LHPN", "Lê Thị Mỹ Duyên": ""}


def test_the_people_list_shows_an_organisations_new_short_name(
    office_database: Database, women: OrganizationRecord, person: PersonRecord
) -> None:
    factory = office_database.session_factory
    draft = OrganizationDraft("LHPN", women.name, "Hội Phụ nữ")
    catalog.update_organization(factory, CLERK, women.id, draft, women.version)

    (listed,) = catalog.list_people(factory)

    assert listed.organization_name == "Hội Phụ nữ"


def test_a_person_in_an_organisation_that_does_not_exist_is_refused(
    office_database: Database,
) -> None:
    before = stored(office_database)

    with pytest.raises(NotFoundError):
        catalog.add_person(
            office_database.session_factory, CLERK, PersonDraft("Võ Văn Đức", organization_id=999)
        )

    assert stored(office_database) == before


def test_a_person_without_a_name_is_refused_naming_the_field(office_database: Database) -> None:
    before = stored(office_database)

    with pytest.raises(ValidationError) as caught:
        catalog.add_person(office_database.session_factory, CLERK, PersonDraft("  ", "Chủ tịch"))

    assert caught.value.values["field"] == "full_name"
    assert stored(office_database) == before


def test_person_text_is_stored_composed_and_trimmed(office_database: Database) -> None:
    draft = PersonDraft(
        unicodedata.normalize("NFD", "  Võ  Văn Đức "), unicodedata.normalize("NFD", "Chủ tịch ")
    )

    added, _ = catalog.add_person(office_database.session_factory, CLERK, draft)

    with office_database.engine.connect() as connection:
        row = connection.execute(
            text("SELECT full_name, position FROM people WHERE id = :id"), {"id": added.id}
        ).one()
    assert tuple(row) == ("Võ Văn Đức", "Chủ tịch")
    assert all(unicodedata.is_normalized("NFC", value) for value in row)


def test_editing_a_person_moves_them_to_another_organisation(
    office_database: Database, person: PersonRecord
) -> None:
    farmers = organization(office_database, "HND")
    draft = PersonDraft(person.full_name, "Phó Chủ tịch", farmers.id, person.phone)

    saved, _ = catalog.update_person(
        office_database.session_factory, CLERK, person.id, draft, person.version
    )

    assert (saved.organization_name, saved.position, saved.version) == (
        "Hội Nông dân",
        "Phó Chủ tịch",
        person.version + 1,
    )
    assert catalog.list_people(office_database.session_factory) == [saved]


def test_saving_a_person_from_a_stale_copy_is_refused(
    office_database: Database, person: PersonRecord
) -> None:
    factory = office_database.session_factory
    catalog.update_person(
        factory, CLERK, person.id, PersonDraft(person.full_name, "Ủy viên"), person.version
    )
    after_other_clerk = stored(office_database)

    with pytest.raises(ConflictError) as caught:
        catalog.update_person(
            factory, CLERK, person.id, PersonDraft(person.full_name, "Thư ký"), person.version
        )

    assert caught.value.code is ErrorCode.STALE_EDIT
    assert stored(office_database) == after_other_clerk


def test_a_deactivated_person_stays_in_the_full_list_only(
    office_database: Database, person: PersonRecord
) -> None:
    factory = office_database.session_factory
    catalog.set_person_active(factory, CLERK, person.id, False, person.version)

    everyone = catalog.list_people(factory)
    active = catalog.list_people(factory, include_inactive=False)

    assert [(p.id, p.active) for p in everyone] == [(person.id, False)]
    assert active == []


def test_a_deactivated_person_can_be_brought_back(
    office_database: Database, person: PersonRecord
) -> None:
    factory = office_database.session_factory
    off, _ = catalog.set_person_active(factory, CLERK, person.id, False, person.version)

    back, _ = catalog.set_person_active(factory, CLERK, person.id, True, off.version)

    assert back.active is True
    assert [p.id for p in catalog.list_people(factory, include_inactive=False)] == [person.id]


def test_people_stay_in_their_organisation_when_it_is_deactivated(
    office_database: Database, women: OrganizationRecord, person: PersonRecord
) -> None:
    factory = office_database.session_factory
    catalog.set_organization_active(factory, CLERK, women.id, False, women.version)

    (listed,) = catalog.list_people(factory)

    assert (listed.organization_id, listed.organization_name) == (women.id, "Hội LHPN")


# ---------------------------------------------------------------------------------------------
# a read-only account


ViewerChange = Callable[[Database, OrganizationRecord, PersonRecord], object]

VIEWER_CHANGES: dict[str, ViewerChange] = {
    "add organisation": lambda db, org, p: catalog.add_organization(
        db.session_factory, VIEWER, RED_CROSS
    ),
    "edit organisation": lambda db, org, p: catalog.update_organization(
        db.session_factory, VIEWER, org.id, OrganizationDraft(org.code, "Tên mới", ""), org.version
    ),
    "deactivate organisation": lambda db, org, p: catalog.set_organization_active(
        db.session_factory, VIEWER, org.id, False, org.version
    ),
    "add person": lambda db, org, p: catalog.add_person(
        db.session_factory, VIEWER, PersonDraft("Võ Văn Đức")
    ),
    "edit person": lambda db, org, p: catalog.update_person(
        db.session_factory, VIEWER, p.id, PersonDraft("Tên mới"), p.version
    ),
    "deactivate person": lambda db, org, p: catalog.set_person_active(
        db.session_factory, VIEWER, p.id, False, p.version
    ),
}


@pytest.mark.parametrize("change", list(VIEWER_CHANGES))
def test_a_viewer_cannot_change_the_catalogue(
    office_database: Database, women: OrganizationRecord, person: PersonRecord, change: str
) -> None:
    before = stored(office_database)

    with pytest.raises(PermissionDeniedError) as caught:
        VIEWER_CHANGES[change](office_database, women, person)

    assert caught.value.code is ErrorCode.NOT_ALLOWED
    assert stored(office_database) == before


def audit_count(database: Database) -> int:
    from sqlalchemy import func, select

    from giamsat_desktop.db.models import AuditEntry

    with database.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
