"""Reading the annual programme: its lines as records, loading with the version check.

A line's session is the latest one made from it (``supervision_sessions.item_id``); how far
the line has gone is read from that session's step, never stored on the line.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import (
    Organization,
    ProgrammeItem,
    SupervisionProgramme,
    SupervisionSession,
)
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_programme import (
    ProgrammeItemRecord,
    ProgrammeItemState,
    ProgrammeRecord,
)

ENTITY = "supervision_programme"
"""The programme's kind in the audit log and in error messages."""
ITEM_ENTITY = "programme_item"
"""A line's kind in the audit log and in error messages."""


def latest_sessions() -> Any:
    """Each line's latest session: ``item_id`` and ``session_id``, as a subquery."""
    return (
        select(
            SupervisionSession.item_id.label("item_id"),
            func.max(SupervisionSession.id).label("session_id"),
        )
        .where(SupervisionSession.item_id.is_not(None))
        .group_by(SupervisionSession.item_id)
        .subquery("latest")
    )


def _lines(where: ColumnElement[bool]) -> Select[Any]:
    """The lines ``where`` holds, with their year, lead's name and latest session."""
    latest = latest_sessions()
    return (
        select(
            ProgrammeItem,
            SupervisionProgramme.year,
            Organization.name,
            SupervisionSession.id,
            SupervisionSession.step,
        )
        .join(SupervisionProgramme, SupervisionProgramme.id == ProgrammeItem.programme_id)
        .outerjoin(Organization, Organization.id == ProgrammeItem.lead_id)
        .outerjoin(latest, latest.c.item_id == ProgrammeItem.id)
        .outerjoin(SupervisionSession, SupervisionSession.id == latest.c.session_id)
        .where(where)
        .order_by(ProgrammeItem.sort_order, ProgrammeItem.id)
    )


def item_records(session: Session, where: ColumnElement[bool]) -> list[ProgrammeItemRecord]:
    """The records of the lines ``where`` holds, in the programme's order, in one query."""
    return [
        ProgrammeItemRecord(
            id=row.id,
            programme_id=row.programme_id,
            year=year,
            subject=row.subject,
            supervised_body=row.supervised_body,
            planned_month=row.planned_month,
            planned_quarter=row.planned_quarter,
            form=SupervisionForm(row.form),
            role=SupervisionRole(row.role),
            lead_id=row.lead_id,
            lead_name=lead_name or "",
            participants=row.participants,
            state=ProgrammeItemState(row.state),
            note=row.note,
            sort_order=row.sort_order,
            version=row.version,
            session_id=session_id,
            session_step=SessionStep(step) if step else None,
        )
        for row, year, lead_name, session_id, step in session.execute(_lines(where)).tuples()
    ]


def item_record(session: Session, item_id: int) -> ProgrammeItemRecord:
    """One line's record."""
    return item_records(session, ProgrammeItem.id == item_id)[0]


def programme_record(session: Session, row: SupervisionProgramme) -> ProgrammeRecord:
    """A programme's record, with its lines in order."""
    return ProgrammeRecord(
        id=row.id,
        year=row.year,
        title=row.title,
        agreed_on=row.agreed_on,
        notes=row.notes,
        version=row.version,
        items=tuple(item_records(session, ProgrammeItem.programme_id == row.id)),
    )


def programme_fields(row: SupervisionProgramme) -> dict[str, Any]:
    """What the change log keeps of a programme."""
    return {"year": row.year, "title": row.title, "agreed_on": row.agreed_on, "notes": row.notes}


def item_fields(row: ProgrammeItem) -> dict[str, Any]:
    """What the change log keeps of a line."""
    return {
        "programme_id": row.programme_id,
        "subject": row.subject,
        "supervised_body": row.supervised_body,
        "planned_month": row.planned_month,
        "planned_quarter": row.planned_quarter,
        "form": row.form,
        "role": row.role,
        "lead_id": row.lead_id,
        "participants": row.participants,
        "state": row.state,
        "note": row.note,
        "sort_order": row.sort_order,
    }


def opened_as(session: Session, item_id: int) -> int | None:
    """The latest session made from the line; None while it was not opened."""
    return session.scalar(
        select(func.max(SupervisionSession.id)).where(SupervisionSession.item_id == item_id)
    )


def refuse_opened(session: Session, row: ProgrammeItem) -> None:
    """Refuse a change that only a line not yet opened as a session may take."""
    opened = opened_as(session, row.id)
    if opened is not None:
        raise ConflictError(ErrorCode.PROGRAMME_ITEM_OPENED, session=opened)


def load_programme(
    session: Session, programme_id: int, version: int | None = None
) -> SupervisionProgramme:
    """The programme's row; refused when unknown or saved since ``version`` was read."""
    row = session.get(SupervisionProgramme, programme_id)
    if row is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what=ENTITY, id=programme_id)
    if version is not None and row.version != version:
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY)
    return row


def load_item(session: Session, item_id: int, version: int | None = None) -> ProgrammeItem:
    """The line's row; refused when unknown or saved since ``version`` was read."""
    row = session.get(ProgrammeItem, item_id)
    if row is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what=ITEM_ENTITY, id=item_id)
    if version is not None and row.version != version:
        raise ConflictError(ErrorCode.STALE_EDIT, what=ITEM_ENTITY)
    return row
