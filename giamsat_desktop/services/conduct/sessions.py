"""QĐ 124 conduct sessions: read, add, change, remove, with the people supervised.

A session and its people are written in one transaction with its audit entry: a line of
the people that cannot be kept leaves nothing written. A viewer reads and changes nothing;
a stale save is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import ConductPerson, ConductSession
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.conduct import ConductPlace
from giamsat_desktop.domain.conduct_records import (
    ConductDraft,
    ConductRecord,
    PersonDraft,
    PersonRecord,
)
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError, ValidationError
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.common import audit, clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import multi_line, require_write, single_line

ENTITY = "conduct_session"
"""The kind of record in the audit log and in error messages."""
CHANGED = Changes.of(Area.CONDUCT)
"""What a change of a QĐ 124 record touches."""

UNIT_LIMIT = 300
NAME_LIMIT = 200
TEXT_LIMIT = 8000
PEOPLE_LIMIT = 500


def load(session: Session, key: int, version: int | None = None) -> ConductSession:
    """The session's row; refused when unknown or saved since ``version`` was read."""
    row = session.get(ConductSession, key)
    if row is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what=ENTITY, id=key)
    if version is not None and row.version != version:
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY)
    return row


def people_of(session: Session, key: int) -> list[ConductPerson]:
    """The people supervised at the session, in their order."""
    return list(
        session.scalars(
            select(ConductPerson)
            .where(ConductPerson.session_id == key)
            .order_by(ConductPerson.sort_order, ConductPerson.id)
        )
    )


def audit_fields(session: Session, row: ConductSession) -> dict[str, Any]:
    """What the change log keeps of a session, its people written out."""
    people = [
        f"{person.full_name} | {person.position} | {person.finding}"
        for person in people_of(session, row.id)
    ]
    return {
        "held_on": row.held_on,
        "place_kind": row.place_kind,
        "unit": row.unit,
        "conduct_lead": row.lead,
        "conduct_content": row.content,
        "conclusion": row.conclusion,
        "notes": row.notes,
        "conduct_people": "\n".join(people),
    }


def _search_text(row: ConductSession, people: Sequence[PersonDraft]) -> str:
    """The folded words a search finds it by: the unit, the lead, the content, the people."""
    names = [f"{person.full_name} {person.position} {person.finding}" for person in people]
    parts = [row.unit, row.lead, row.content, row.conclusion, row.notes, *names]
    return fold(" ".join(parts))


def records_of(session: Session, rows: Sequence[ConductSession]) -> list[ConductRecord]:
    """Records of ``rows``, in their order, their people read in one query."""
    ids = [row.id for row in rows]
    people: dict[int, list[PersonRecord]] = {key: [] for key in ids}
    if ids:
        for person in session.scalars(
            select(ConductPerson)
            .where(ConductPerson.session_id.in_(ids))
            .order_by(ConductPerson.sort_order, ConductPerson.id)
        ):
            people[person.session_id].append(
                PersonRecord(person.id, person.full_name, person.position, person.finding)
            )
    return [
        ConductRecord(
            id=row.id,
            held_on=row.held_on,
            place=ConductPlace(row.place_kind),
            unit=row.unit,
            lead=row.lead,
            content=row.content,
            conclusion=row.conclusion,
            notes=row.notes,
            people=tuple(people[row.id]),
            year=row.year,
            version=row.version,
        )
        for row in rows
    ]


def get_conduct(factory: SessionFactory, actor: Actor, key: int) -> ConductRecord:
    """One session with its people."""
    with factory() as session:
        return records_of(session, [load(session, key)])[0]


# ---------------------------------------------------------------------------------------------
# writing


def _checked(draft: ConductDraft) -> ConductDraft:
    if not isinstance(draft.place, ConductPlace):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="place_kind", reason=draft.place)
    if draft.held_on is None:
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="held_on")
    return ConductDraft(
        held_on=draft.held_on,
        place=draft.place,
        unit=single_line(draft.unit, "unit", UNIT_LIMIT),
        content=multi_line(draft.content, "conduct_content", TEXT_LIMIT, required=True),
        lead=single_line(draft.lead, "conduct_lead", UNIT_LIMIT, required=False),
        conclusion=multi_line(draft.conclusion, "conclusion", TEXT_LIMIT),
        notes=multi_line(draft.notes, "notes", TEXT_LIMIT),
    )


def _people(drafts: Sequence[PersonDraft]) -> list[PersonDraft]:
    """The people cleaned, in order; a line needs the person's name."""
    if len(drafts) > PEOPLE_LIMIT:
        raise ValidationError(
            ErrorCode.FIELD_INVALID, field="conduct_person", reason=len(drafts), high=PEOPLE_LIMIT
        )
    return [
        PersonDraft(
            full_name=single_line(person.full_name, "full_name", NAME_LIMIT),
            position=single_line(person.position, "position", UNIT_LIMIT, required=False),
            finding=multi_line(person.finding, "finding", TEXT_LIMIT),
        )
        for person in drafts
    ]


def _fill(row: ConductSession, clean: ConductDraft) -> None:
    row.held_on = clean.held_on
    row.place_kind = clean.place.value
    row.unit = clean.unit
    row.lead = clean.lead
    row.content = clean.content
    row.conclusion = clean.conclusion
    row.notes = clean.notes
    row.year = (clean.held_on or clock.today()).year


def _write_people(session: Session, row: ConductSession, people: Sequence[PersonDraft]) -> None:
    session.execute(delete(ConductPerson).where(ConductPerson.session_id == row.id))
    for order, person in enumerate(people, start=1):
        session.add(
            ConductPerson(
                session_id=row.id,
                full_name=person.full_name,
                position=person.position,
                finding=person.finding,
                sort_order=order,
            )
        )
    session.flush()


def create_in(
    session: Session, actor: Actor, draft: ConductDraft, people: Sequence[PersonDraft]
) -> ConductSession:
    """Write a new session and its people in the caller's transaction, audited."""
    clean, kept = _checked(draft), _people(people)
    row = ConductSession()
    _fill(row, clean)
    row.search_text = _search_text(row, kept)
    session.add(row)
    session.flush()
    _write_people(session, row, kept)
    audit.record(session, actor, "create", ENTITY, row.id, None, audit_fields(session, row))
    return row


def create_conduct(
    factory: SessionFactory,
    actor: Actor,
    draft: ConductDraft,
    people: Sequence[PersonDraft] = (),
) -> tuple[ConductRecord, Changes]:
    """Write a new session with the people supervised, in one transaction.

    Raises:
        ValidationError: no day, no unit, no content, a person without a name, a text
            too long.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = create_in(session, actor, draft, people)
        return records_of(session, [row])[0], CHANGED


def update_conduct(
    factory: SessionFactory,
    actor: Actor,
    key: int,
    version: int,
    draft: ConductDraft,
    people: Sequence[PersonDraft],
) -> tuple[ConductRecord, Changes]:
    """Change a session and replace its people, in one transaction.

    Raises:
        ConflictError: saved by someone else since ``version`` was read.
        ValidationError: as when it was written.
    """
    require_write(actor)
    clean, kept = _checked(draft), _people(people)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        before = audit_fields(session, row)
        _fill(row, clean)
        row.search_text = _search_text(row, kept)
        row.updated_at = utc_now()
        session.flush()
        _write_people(session, row, kept)
        audit.record(session, actor, "update", ENTITY, row.id, before, audit_fields(session, row))
        return records_of(session, [row])[0], CHANGED


def remove_conduct(factory: SessionFactory, actor: Actor, key: int, version: int) -> Changes:
    """Remove a session written by mistake, with its people (the log keeps them).

    Raises:
        ConflictError: saved by someone else since ``version`` was read.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        before = audit_fields(session, row)
        session.execute(delete(ConductPerson).where(ConductPerson.session_id == key))
        session.delete(row)
        session.flush()
        audit.record(session, actor, "delete", ENTITY, key, before, None)
    return CHANGED
