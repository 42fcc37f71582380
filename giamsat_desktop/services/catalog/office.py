"""The office's own settings, and the first-run set-up that creates them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import Office, Organization
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel
from giamsat_desktop.domain.organizations import OrganizationDraft
from giamsat_desktop.services.catalog import board
from giamsat_desktop.services.catalog.organizations import insert_organization
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import require_write, single_line


def _info(row: Office) -> OfficeInfo:
    return OfficeInfo(
        name=row.name,
        level=OfficeLevel(row.level),
        place_name=row.place_name,
        date_line_place=row.date_line_place,
        higher_body=row.higher_body,
        symbol_suffix=row.symbol_suffix,
        chair_name=row.chair_name,
        version=row.version,
    )


def _fields(info: OfficeInfo) -> dict[str, str]:
    return {
        "name": info.name,
        "level": info.level.value,
        "place_name": info.place_name,
        "date_line_place": info.date_line_place,
        "higher_body": info.higher_body,
        "symbol_suffix": info.symbol_suffix,
        "chair_name": info.chair_name,
    }


def validated(info: OfficeInfo) -> OfficeInfo:
    """The office as it will be stored, or a ValidationError naming the first bad field."""
    if not isinstance(info.level, OfficeLevel):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="level", reason=str(info.level))
    place = single_line(info.place_name, "place_name", 200)
    suffix = single_line(info.symbol_suffix, "symbol_suffix", 50)
    if any(ch.isspace() or ch == "/" for ch in suffix):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="symbol_suffix", reason=suffix)
    return replace(
        info,
        name=single_line(info.name, "name", 300),
        place_name=place,
        date_line_place=single_line(info.date_line_place, "date_line_place", 200, required=False)
        or place,
        higher_body=single_line(info.higher_body, "higher_body", 300, required=False),
        symbol_suffix=suffix,
        chair_name=single_line(info.chair_name, "chair_name", 200, required=False),
    )


def _office_row(session: Session) -> Office | None:
    return session.scalar(select(Office).order_by(Office.id).limit(1))


def get_office(factory: SessionFactory) -> OfficeInfo | None:
    """The office, or None before the first-run set-up."""
    with factory() as session:
        return office_in(session)


def office_uid(factory: SessionFactory) -> str | None:
    """The office's id (a UUID made once at set-up), or None before the set-up.

    The books the office sends up name it by this id, whatever its name becomes.
    """
    with factory() as session:
        return session.scalar(select(Office.uid).order_by(Office.id).limit(1))


def set_up_office(
    factory: SessionFactory,
    actor: Actor,
    info: OfficeInfo,
    organizations: Sequence[OrganizationDraft] = (),
) -> tuple[OfficeInfo, Changes]:
    """Create the office and its first organisations together, or nothing at all."""
    require_write(actor)
    with unit_of_work(factory) as session:
        result = set_up_office_in(session, actor, info, organizations)
    return result, Changes.of(Area.OFFICE, Area.ORGANIZATIONS)


def office_in(session: Session) -> OfficeInfo | None:
    """The office as seen inside the caller's transaction."""
    row = _office_row(session)
    return _info(row) if row else None


def set_up_office_in(
    session: Session,
    actor: Actor,
    info: OfficeInfo,
    organizations: Sequence[OrganizationDraft] = (),
) -> OfficeInfo:
    """Create the office and organisations inside the caller's transaction."""
    clean = validated(info)
    existing = _office_row(session)
    if existing is not None:
        raise ConflictError(ErrorCode.OFFICE_EXISTS, name=existing.name)
    row = Office(**_fields(clean))
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "office", row.id, None, _fields(clean))
    board.chair_named_in(session, actor, clean.chair_name)
    start = session.scalar(select(func.coalesce(func.max(Organization.sort_order), 0))) or 0
    for offset, draft in enumerate(organizations, start=1):
        insert_organization(session, actor, draft, sort_order=start + offset)
    return _info(row)


def update_office(
    factory: SessionFactory, actor: Actor, info: OfficeInfo
) -> tuple[OfficeInfo, Changes]:
    """Save edited office settings; refused if someone saved them meanwhile."""
    require_write(actor)
    clean = validated(info)
    with unit_of_work(factory) as session:
        row = _office_row(session)
        if row is None:
            raise ConflictError(ErrorCode.OFFICE_MISSING)
        if row.version != info.version:
            raise ConflictError(ErrorCode.STALE_EDIT, what="office")
        old = _fields(_info(row))
        for key, value in _fields(clean).items():
            setattr(row, key, value)
        session.flush()
        audit.record(session, actor, "update", "office", row.id, old, _fields(clean))
        changes = Changes.of(Area.OFFICE)
        if clean.chair_name != old["chair_name"]:
            board.chair_named_in(session, actor, clean.chair_name)
            changes = Changes.of(Area.OFFICE, Area.PEOPLE)
        result = _info(row)
    return result, changes
