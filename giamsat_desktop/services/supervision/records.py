"""Reading sessions: rows as records with their lead times, loading with the version check.

A session is not secret: every account sees it. The secret incoming documents it cites
("Căn cứ") are left out of its record for a viewer, as the registers hide them; a session
is never hidden for what it cites.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import (
    DelegationMember,
    IncomingDocument,
    Organization,
    SessionBasis,
    SessionParticipant,
    SupervisionSession,
    WorkingSession,
)
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import (
    CitedDocument,
    DelegationMemberRecord,
    DelegationRole,
    SessionDates,
    SessionRecord,
    lead_times,
)
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.catalog.days_off import days_off_in
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.supervision.settings import lead_days_in

ENTITY = "supervision_session"
"""The kind of record in the audit log and in error messages."""
WORKING_ENTITY = "working_session"

CHANGED = Changes.of(Area.SUPERVISION)
"""What a change of a session, its delegation or its working sessions touches."""


def _names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.execute(
        select(Organization.id, Organization.name).where(Organization.id.in_(wanted))
    )
    return {key: name for key, name in rows}


def _grouped(session: Session, query: Any, ids: Sequence[int]) -> dict[int, list[Any]]:
    """The second column of ``query``'s rows by the session in the first, in their order."""
    found: dict[int, list[Any]] = {key: [] for key in ids}
    for key, value in session.execute(query):
        found[key].append(value)
    return found


def _cited(
    session: Session, actor: Actor, ids: Sequence[int]
) -> dict[int, list[CitedDocument]]:
    query = (
        select(
            SessionBasis.session_id,
            IncomingDocument.id,
            IncomingDocument.arrival_number_text,
            IncomingDocument.symbol,
            IncomingDocument.doc_date,
            IncomingDocument.subject,
        )
        .join(IncomingDocument, IncomingDocument.id == SessionBasis.incoming_id)
        .where(SessionBasis.session_id.in_(ids))
        .order_by(SessionBasis.session_id, IncomingDocument.arrival_date, IncomingDocument.id)
    )
    if not actor.role.can_see_secret:
        query = query.where(IncomingDocument.secrecy == Secrecy.NORMAL.value)
    found: dict[int, list[CitedDocument]] = {key: [] for key in ids}
    for session_id, *fields in session.execute(query):
        found[session_id].append(CitedDocument(*fields))
    return found


def records_of(
    session: Session, actor: Actor, rows: Sequence[SupervisionSession], today: dt.date | None = None
) -> list[SessionRecord]:
    """The records of ``rows`` read in a few queries, their lead times on ``today``.

    ``today`` defaults to the PC's local date.
    """
    if not rows:
        return []
    day = today or clock.today()
    ids = [row.id for row in rows]
    taking_part = _grouped(
        session,
        select(SessionParticipant.session_id, SessionParticipant.organization_id)
        .where(SessionParticipant.session_id.in_(ids))
        .order_by(SessionParticipant.session_id, SessionParticipant.organization_id),
        ids,
    )
    delegations = _grouped(
        session,
        select(DelegationMember.session_id, DelegationMember)
        .where(DelegationMember.session_id.in_(ids))
        .order_by(DelegationMember.session_id, DelegationMember.sort_order, DelegationMember.id),
        ids,
    )
    held = {
        key: (count, first, last)
        for key, count, first, last in session.execute(
            select(
                WorkingSession.session_id,
                func.count(WorkingSession.id),
                func.min(WorkingSession.held_on),
                func.max(WorkingSession.held_on),
            )
            .where(WorkingSession.session_id.in_(ids))
            .group_by(WorkingSession.session_id)
        )
    }
    cited = _cited(session, actor, ids)
    names = _names(
        session,
        [row.lead_id for row in rows if row.lead_id is not None]
        + [org for orgs in taking_part.values() for org in orgs],
    )
    days_off, days = days_off_in(session), lead_days_in(session)
    found = []
    for row in rows:
        count, first, last = held.get(row.id, (0, None, None))
        form, role, step = (
            SupervisionForm(row.form),
            SupervisionRole(row.role),
            SessionStep(row.step),
        )
        dates = SessionDates(
            row.planned_start,
            row.planned_end,
            _as_date(first),
            _as_date(last),
            row.notice_sent_on,
            row.reported_on,
        )
        found.append(
            SessionRecord(
                id=row.id,
                item_id=row.item_id,
                form=form,
                role=role,
                lead_id=row.lead_id,
                lead_name=names.get(row.lead_id, "") if row.lead_id is not None else "",
                lead_body=row.lead_body,
                subject=row.subject,
                supervised_body=row.supervised_body,
                superior_body=row.superior_body,
                scope=row.scope,
                content_items=row.content_items,
                legal_basis=row.legal_basis,
                planned_start=row.planned_start,
                planned_end=row.planned_end,
                notice_sent_on=row.notice_sent_on,
                reported_on=row.reported_on,
                step=step,
                cancel_reason=row.cancel_reason,
                year=row.year,
                version=row.version,
                participant_ids=tuple(taking_part[row.id]),
                participants=tuple(names.get(org, "") for org in taking_part[row.id]),
                cited=tuple(cited[row.id]),
                delegation=tuple(_member(member) for member in delegations[row.id]),
                working_sessions=int(count),
                lead_times=lead_times(form, role, step, dates, day, days_off, days),
            )
        )
    return found


def _as_date(value: Any) -> dt.date | None:
    """A date from an aggregate (SQLite gives the stored text back)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _member(row: DelegationMember) -> DelegationMemberRecord:
    return DelegationMemberRecord(
        id=row.id,
        full_name=row.full_name,
        position=row.position,
        organization=row.organization,
        role=DelegationRole(row.role),
        person_id=row.person_id,
    )


def record_of(session: Session, actor: Actor, row: SupervisionSession) -> SessionRecord:
    """One session's record."""
    return records_of(session, actor, [row])[0]


def load(
    session: Session, session_id: int, version: int | None = None
) -> SupervisionSession:
    """The session's row; refused when unknown or saved since ``version`` was read."""
    row = session.get(SupervisionSession, session_id)
    if row is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what=ENTITY, id=session_id)
    if version is not None and row.version != version:
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY)
    return row


def get_session(factory: SessionFactory, actor: Actor, session_id: int) -> SessionRecord:
    """One session, its lead times read on the PC's today."""
    with factory() as session:
        return record_of(session, actor, load(session, session_id))


def ids_of(session: Session, link: Any, column: Any, session_id: int) -> list[int]:
    """The ids a session links to through ``link`` (participants, cited documents)."""
    return list(
        session.scalars(select(column).where(link.session_id == session_id).order_by(column))
    )


def audit_fields(session: Session, row: SupervisionSession) -> dict[str, Any]:
    """What the change log keeps of a session."""
    return {
        "form": row.form,
        "role": row.role,
        "subject": row.subject,
        "supervised_body": row.supervised_body,
        "superior_body": row.superior_body,
        "scope": row.scope,
        "content_items": row.content_items,
        "legal_basis": row.legal_basis,
        "lead_id": row.lead_id,
        "lead_body": row.lead_body,
        "participants": ids_of(
            session, SessionParticipant, SessionParticipant.organization_id, row.id
        ),
        "cited": ids_of(session, SessionBasis, SessionBasis.incoming_id, row.id),
        "planned_start": row.planned_start,
        "planned_end": row.planned_end,
        "notice_sent_on": row.notice_sent_on,
        "reported_on": row.reported_on,
        "step": row.step,
        "cancel_reason": row.cancel_reason,
        "item_id": row.item_id,
        "year": row.year,
    }


def search_text(session: Session, row: SupervisionSession) -> str:
    """The folded words a search finds the session by: subject, bodies, scope, organisations."""
    taking_part = select(SessionParticipant.organization_id).where(
        SessionParticipant.session_id == row.id
    )
    names = session.scalars(
        select(Organization.name).where(
            Organization.id.in_(taking_part) | (Organization.id == row.lead_id)
        )
    ).all()
    return fold(
        " ".join(
            [
                row.subject,
                row.supervised_body,
                row.superior_body,
                row.lead_body,
                row.scope,
                *names,
            ]
        )
    )
