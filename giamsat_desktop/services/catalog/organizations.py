"""Danh mục: member organisations and people; added, edited, deactivated, never deleted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import Organization, Person
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    ValidationError,
)
from giamsat_desktop.domain.organizations import (
    OrganizationDraft,
    OrganizationKind,
    OrganizationRecord,
    PersonDraft,
    PersonRecord,
)
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import require_write, single_line


def _org_record(row: Organization) -> OrganizationRecord:
    return OrganizationRecord(
        id=row.id,
        code=row.code,
        name=row.name,
        short_name=row.short_name,
        kind=OrganizationKind(row.kind),
        active=row.active,
        version=row.version,
    )


def _org_fields(row: Organization) -> dict[str, Any]:
    return {
        "code": row.code,
        "name": row.name,
        "short_name": row.short_name,
        "kind": row.kind,
        "active": row.active,
    }


def _clean_org(draft: OrganizationDraft) -> OrganizationDraft:
    if not isinstance(draft.kind, OrganizationKind):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="kind", reason=str(draft.kind))
    name = single_line(draft.name, "name", 300)
    return OrganizationDraft(
        code=single_line(draft.code, "code", 30).upper(),
        name=name,
        short_name=single_line(draft.short_name, "short_name", 100, required=False) or name,
        kind=draft.kind,
    )


def _check_code_free(session: Session, code: str, own_id: int | None = None) -> None:
    other = session.scalar(
        select(Organization).where(func.upper(Organization.code) == code.upper())
    )
    if other is not None and other.id != own_id:
        raise ConflictError(ErrorCode.DUPLICATE_CODE, code=code, name=other.name)


def list_organizations(
    factory: SessionFactory, *, include_inactive: bool = True
) -> list[OrganizationRecord]:
    """Organisations in the office's order (a catalogue of tens of rows, read whole)."""
    query = select(Organization).order_by(Organization.sort_order, Organization.id)
    if not include_inactive:
        query = query.where(Organization.active.is_(True))
    with factory() as session:
        return [_org_record(row) for row in session.scalars(query)]


def insert_organization(
    session: Session, actor: Actor, draft: OrganizationDraft, *, sort_order: int | None = None
) -> Organization:
    """Add an organisation inside the caller's transaction (used by the first-run set-up)."""
    clean = _clean_org(draft)
    _check_code_free(session, clean.code)
    if sort_order is None:
        sort_order = (session.scalar(select(func.max(Organization.sort_order))) or 0) + 1
    row = Organization(
        code=clean.code,
        name=clean.name,
        short_name=clean.short_name,
        kind=clean.kind.value,
        active=True,
        sort_order=sort_order,
    )
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "organization", row.id, None, _org_fields(row))
    return row


def add_organization(
    factory: SessionFactory, actor: Actor, draft: OrganizationDraft
) -> tuple[OrganizationRecord, Changes]:
    """Add one organisation."""
    require_write(actor)
    with unit_of_work(factory) as session:
        record = _org_record(insert_organization(session, actor, draft))
    return record, Changes.of(Area.ORGANIZATIONS)


def _load(session: Session, model: type[Any], key: int, what: str, version: int) -> Any:
    row = session.get(model, key)
    if row is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what=what, id=key)
    if row.version != version:
        raise ConflictError(ErrorCode.STALE_EDIT, what=what)
    return row


def update_organization(
    factory: SessionFactory, actor: Actor, record_id: int, draft: OrganizationDraft, version: int
) -> tuple[OrganizationRecord, Changes]:
    """Save an edited organisation read at ``version``."""
    require_write(actor)
    clean = _clean_org(draft)
    with unit_of_work(factory) as session:
        row = _load(session, Organization, record_id, "organization", version)
        _check_code_free(session, clean.code, own_id=row.id)
        old = _org_fields(row)
        row.code, row.name, row.short_name = clean.code, clean.name, clean.short_name
        row.kind = clean.kind.value
        session.flush()
        audit.record(session, actor, "update", "organization", row.id, old, _org_fields(row))
        record = _org_record(row)
    return record, Changes.of(Area.ORGANIZATIONS, Area.PEOPLE)


def set_organization_active(
    factory: SessionFactory, actor: Actor, record_id: int, active: bool, version: int
) -> tuple[OrganizationRecord, Changes]:
    """Deactivate (or bring back) an organisation; its history stays."""
    require_write(actor)
    with unit_of_work(factory) as session:
        row = _load(session, Organization, record_id, "organization", version)
        if row.active == active:
            return _org_record(row), Changes.of()
        old = _org_fields(row)
        row.active = active
        session.flush()
        action = "activate" if active else "deactivate"
        audit.record(session, actor, action, "organization", row.id, old, _org_fields(row))
        record = _org_record(row)
    return record, Changes.of(Area.ORGANIZATIONS)


def _person_fields(row: Person) -> dict[str, Any]:
    return {
        "full_name": row.full_name,
        "position": row.position,
        "organization_id": row.organization_id,
        "phone": row.phone,
        "active": row.active,
    }


def _clean_person(session: Session, draft: PersonDraft) -> PersonDraft:
    if (
        draft.organization_id is not None
        and session.get(Organization, draft.organization_id) is None
    ):
        raise NotFoundError(ErrorCode.NOT_FOUND, what="organization", id=draft.organization_id)
    return PersonDraft(
        full_name=single_line(draft.full_name, "full_name", 200),
        position=single_line(draft.position, "position", 200, required=False),
        organization_id=draft.organization_id,
        phone=single_line(draft.phone, "phone", 50, required=False),
    )


def _people_query() -> Any:
    return select(Person, Organization.short_name).outerjoin(
        Organization, Person.organization_id == Organization.id
    )


def _person_record(row: Person, organization_name: str | None) -> PersonRecord:
    return PersonRecord(
        id=row.id,
        full_name=row.full_name,
        position=row.position,
        organization_id=row.organization_id,
        organization_name=organization_name or "",
        phone=row.phone,
        active=row.active,
        version=row.version,
    )


def list_people(factory: SessionFactory, *, include_inactive: bool = True) -> list[PersonRecord]:
    """People ordered by organisation, then by name."""
    query = _people_query().order_by(Organization.sort_order, Person.full_name, Person.id)
    if not include_inactive:
        query = query.where(Person.active.is_(True))
    with factory() as session:
        return [_person_record(row, org) for row, org in session.execute(query)]


def _person_result(session: Session, row: Person) -> PersonRecord:
    org = session.get(Organization, row.organization_id) if row.organization_id else None
    return _person_record(row, org.short_name if org else None)


def add_person(
    factory: SessionFactory, actor: Actor, draft: PersonDraft
) -> tuple[PersonRecord, Changes]:
    """Add one person."""
    require_write(actor)
    with unit_of_work(factory) as session:
        clean = _clean_person(session, draft)
        row = Person(
            full_name=clean.full_name,
            position=clean.position,
            organization_id=clean.organization_id,
            phone=clean.phone,
            active=True,
        )
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", "person", row.id, None, _person_fields(row))
        record = _person_result(session, row)
    return record, Changes.of(Area.PEOPLE)


def update_person(
    factory: SessionFactory, actor: Actor, record_id: int, draft: PersonDraft, version: int
) -> tuple[PersonRecord, Changes]:
    """Save an edited person read at ``version``."""
    require_write(actor)
    with unit_of_work(factory) as session:
        row = _load(session, Person, record_id, "person", version)
        clean = _clean_person(session, draft)
        old = _person_fields(row)
        row.full_name, row.position, row.phone = clean.full_name, clean.position, clean.phone
        row.organization_id = clean.organization_id
        session.flush()
        audit.record(session, actor, "update", "person", row.id, old, _person_fields(row))
        record = _person_result(session, row)
    return record, Changes.of(Area.PEOPLE)


def set_person_active(
    factory: SessionFactory, actor: Actor, record_id: int, active: bool, version: int
) -> tuple[PersonRecord, Changes]:
    """Deactivate (or bring back) a person."""
    require_write(actor)
    with unit_of_work(factory) as session:
        row = _load(session, Person, record_id, "person", version)
        if row.active == active:
            return _person_result(session, row), Changes.of()
        old = _person_fields(row)
        row.active = active
        session.flush()
        action = "activate" if active else "deactivate"
        audit.record(session, actor, action, "person", row.id, old, _person_fields(row))
        record = _person_result(session, row)
    return record, Changes.of(Area.PEOPLE)
