"""Supervision sessions: made (from the programme or not), edited, their delegation set.

Each change is one transaction with its audit entry; a save from a stale copy is refused
(``STALE_EDIT``). A session's year is that of its planned start, else of the day it was
made. Its form and role are fixed once it has left the planned step: the steps it took
belong to them. The delegation is replaced whole; a delegation of form (2) that the Front
leads has exactly one head (Trưởng đoàn), who is an active member of the Standing Board.
Working sessions are kept in ``working.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import (
    BoardMember,
    DelegationMember,
    IncomingDocument,
    Organization,
    Person,
    ProgrammeItem,
    SessionBasis,
    SessionParticipant,
    SupervisionSession,
)
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    ValidationError,
)
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import (
    DelegationMemberDraft,
    DelegationRole,
    SessionDraft,
    SessionRecord,
    delegation_required,
)
from giamsat_desktop.domain.text import normalize_line
from giamsat_desktop.services.common import audit, clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.validation import multi_line, require_write, single_line
from giamsat_desktop.services.supervision.history import add_event
from giamsat_desktop.services.supervision.records import (
    CHANGED,
    ENTITY,
    audit_fields,
    ids_of,
    load,
    record_of,
    search_text,
)

SUBJECT_LIMIT = 2000
BODY_LIMIT = 300
"""The supervised body, its superior and a leading body (their columns' width)."""
TEXT_LIMIT = 8000
"""The scope, the content items and the "Căn cứ" lines."""
NAME_LIMIT = 200
PLACE_LIMIT = 300


def _active_organizations(session: Session, ids: set[int]) -> set[int]:
    if not ids:
        return set()
    return set(
        session.scalars(
            select(Organization.id).where(Organization.id.in_(ids), Organization.active.is_(True))
        )
    )


def _checked(session: Session, draft: SessionDraft) -> SessionDraft:
    """The draft as kept: text trimmed, organisations and documents known, dates in order."""
    if not isinstance(draft.form, SupervisionForm):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="form", reason=str(draft.form))
    if not isinstance(draft.role, SupervisionRole):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="role", reason=str(draft.role))
    lead_body = single_line(draft.lead_body, "lead_body", BODY_LIMIT, required=False)
    if draft.role is SupervisionRole.JOIN and not lead_body:
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="lead_body")
    wanted = set(draft.participant_ids) | ({draft.lead_id} if draft.lead_id is not None else set())
    known = _active_organizations(session, wanted)
    if draft.lead_id is not None and draft.lead_id not in known:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="lead", reason=str(draft.lead_id))
    missing = sorted(set(draft.participant_ids) - known)
    if missing:
        raise ValidationError(
            ErrorCode.FIELD_INVALID, field="participants", reason=str(missing[0])
        )
    cited = sorted(set(draft.cited_ids))
    if cited:
        found = set(
            session.scalars(select(IncomingDocument.id).where(IncomingDocument.id.in_(cited)))
        )
        absent = [key for key in cited if key not in found]
        if absent:
            raise NotFoundError(ErrorCode.NOT_FOUND, what="incoming", id=absent[0])
    start, end = draft.planned_start, draft.planned_end
    if start is not None and end is not None and start > end:
        raise ValidationError(ErrorCode.DATE_AFTER, field="planned_start", other="planned_end")
    return SessionDraft(
        form=draft.form,
        role=draft.role,
        subject=multi_line(draft.subject, "session_subject", SUBJECT_LIMIT, required=True),
        supervised_body=single_line(
            draft.supervised_body, "supervised_body", BODY_LIMIT, required=False
        ),
        superior_body=single_line(draft.superior_body, "superior_body", BODY_LIMIT, required=False),
        scope=multi_line(draft.scope, "scope", TEXT_LIMIT),
        content_items=multi_line(draft.content_items, "content_items", TEXT_LIMIT),
        legal_basis=multi_line(draft.legal_basis, "legal_basis", TEXT_LIMIT),
        lead_id=draft.lead_id,
        lead_body=lead_body,
        participant_ids=tuple(sorted(set(draft.participant_ids) - {draft.lead_id})),
        cited_ids=tuple(cited),
        planned_start=start,
        planned_end=end,
    )


def _fill(session: Session, row: SupervisionSession, clean: SessionDraft) -> None:
    """Put ``clean`` in ``row`` with its participants, cited documents and folded words."""
    row.form, row.role = clean.form.value, clean.role.value
    row.subject, row.scope = clean.subject, clean.scope
    row.supervised_body, row.superior_body = clean.supervised_body, clean.superior_body
    row.content_items, row.legal_basis = clean.content_items, clean.legal_basis
    row.lead_id, row.lead_body = clean.lead_id, clean.lead_body
    row.planned_start, row.planned_end = clean.planned_start, clean.planned_end
    if clean.planned_start is not None:
        row.year = clean.planned_start.year
    session.flush()
    _replace_links(
        session,
        row.id,
        SessionParticipant,
        "organization_id",
        ids_of(session, SessionParticipant, SessionParticipant.organization_id, row.id),
        clean.participant_ids,
    )
    _replace_links(
        session,
        row.id,
        SessionBasis,
        "incoming_id",
        ids_of(session, SessionBasis, SessionBasis.incoming_id, row.id),
        clean.cited_ids,
    )
    row.search_text = search_text(session, row)


def _replace_links(
    session: Session,
    session_id: int,
    link: type[SessionParticipant] | type[SessionBasis],
    column: str,
    before: Sequence[int],
    after: Sequence[int],
) -> None:
    gone = set(before) - set(after)
    if gone:
        session.execute(
            delete(link).where(link.session_id == session_id, getattr(link, column).in_(gone))
        )
    for key in sorted(set(after) - set(before)):
        session.add(link(session_id=session_id, **{column: key}))
    session.flush()


def create_session(
    factory: SessionFactory,
    actor: Actor,
    draft: SessionDraft,
    *,
    item_id: int | None = None,
) -> tuple[SessionRecord, Changes]:
    """Make a session at the planned step (from the programme's line ``item_id``, if any).

    Raises:
        ValidationError: no subject, an unknown organisation, no leading body for a
            session the Front joins, the planned end before the start.
        NotFoundError: no such programme line or cited document.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    today = clock.today()
    with unit_of_work(factory) as session:
        return create_in(session, actor, draft, item_id=item_id, today=today), CHANGED


def create_in(
    session: Session,
    actor: Actor,
    draft: SessionDraft,
    *,
    item_id: int | None = None,
    today: dt.date | None = None,
) -> SessionRecord:
    """Make a session inside the caller's transaction (the programme opens its lines so)."""
    require_write(actor)
    day = today or clock.today()
    if item_id is not None and session.get(ProgrammeItem, item_id) is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what="programme_item", id=item_id)
    clean = _checked(session, draft)
    row = SupervisionSession(
        item_id=item_id,
        form=clean.form.value,
        role=clean.role.value,
        subject=clean.subject,
        step=SessionStep.PLANNED.value,
        year=(clean.planned_start or day).year,
    )
    session.add(row)
    session.flush()
    _fill(session, row, clean)
    add_event(session, actor, row, "create", day, to_step=SessionStep.PLANNED)
    session.flush()
    audit.record(session, actor, "create", ENTITY, row.id, None, audit_fields(session, row))
    return record_of(session, actor, row)


def update_session(
    factory: SessionFactory,
    actor: Actor,
    session_id: int,
    version: int,
    draft: SessionDraft,
) -> tuple[SessionRecord, Changes]:
    """Save an edited session read at ``version`` (its step and dates of moves stay).

    Raises:
        ConflictError: saved elsewhere since (``STALE_EDIT``), or a new form or role once
            the session has left the planned step (``SESSION_FORM_FIXED``).
        ValidationError, NotFoundError: as :func:`create_session`.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = load(session, session_id, version)
        clean = _checked(session, draft)
        moved_on = row.step != SessionStep.PLANNED.value
        if moved_on and (clean.form.value, clean.role.value) != (row.form, row.role):
            raise ConflictError(ErrorCode.SESSION_FORM_FIXED)
        old = audit_fields(session, row)
        _fill(session, row, clean)
        new = audit_fields(session, row)
        if new == old:
            return record_of(session, actor, row), Changes.of()
        row.updated_at = utc_now()
        session.flush()
        audit.record(session, actor, "update", ENTITY, row.id, old, new)
        record = record_of(session, actor, row)
    return record, CHANGED


# ----- the delegation -------------------------------------------------------------------


def _same_name(name: str) -> str:
    return normalize_line(name).casefold()


def _checked_members(
    session: Session,
    form: SupervisionForm,
    role: SupervisionRole,
    members: Sequence[DelegationMemberDraft],
) -> list[DelegationMemberDraft]:
    """The members as kept; the rows are counted from 1 in the errors, as the window shows."""
    clean: list[DelegationMemberDraft] = []
    head_row: int | None = None
    for row, member in enumerate(members, start=1):
        name = single_line(member.full_name, "full_name", NAME_LIMIT, required=False)
        if not name:
            raise ValidationError(ErrorCode.DELEGATION_NAME_MISSING, field="full_name", row=row)
        if not isinstance(member.role, DelegationRole):
            raise ValidationError(ErrorCode.FIELD_INVALID, field="role", reason=str(member.role))
        if member.person_id is not None and session.get(Person, member.person_id) is None:
            raise NotFoundError(ErrorCode.NOT_FOUND, what="person", id=member.person_id)
        if member.role is DelegationRole.HEAD:
            if head_row is not None:
                raise ValidationError(
                    ErrorCode.DELEGATION_TWO_HEADS, field="delegation", row=row, other_row=head_row
                )
            head_row = row
        clean.append(
            DelegationMemberDraft(
                full_name=name,
                position=single_line(member.position, "position", NAME_LIMIT, required=False),
                organization=single_line(
                    member.organization, "organization", BODY_LIMIT, required=False
                ),
                role=member.role,
                person_id=member.person_id,
            )
        )
    if delegation_required(form, role):
        if head_row is None:
            raise ValidationError(ErrorCode.DELEGATION_NO_HEAD, field="delegation")
        board = {
            _same_name(name)
            for name in session.scalars(
                select(BoardMember.full_name).where(BoardMember.active.is_(True))
            )
        }
        head = clean[head_row - 1]
        if _same_name(head.full_name) not in board:
            raise ValidationError(
                ErrorCode.DELEGATION_HEAD_NOT_BOARD,
                field="delegation",
                row=head_row,
                name=head.full_name,
            )
    return clean


def _members_audited(session: Session, session_id: int) -> list[str]:
    rows = session.scalars(
        select(DelegationMember)
        .where(DelegationMember.session_id == session_id)
        .order_by(DelegationMember.sort_order, DelegationMember.id)
    )
    return [
        " – ".join(part for part in (m.full_name, m.position, m.organization, m.role) if part)
        for m in rows
    ]


def set_delegation(
    factory: SessionFactory,
    actor: Actor,
    session_id: int,
    version: int,
    members: Sequence[DelegationMemberDraft],
) -> tuple[SessionRecord, Changes]:
    """Replace the session's delegation with ``members``, in their order, in one transaction.

    Raises:
        ValidationError: a row without a name (``DELEGATION_NAME_MISSING``, ``row``), two
            heads (``DELEGATION_TWO_HEADS``, ``row`` and ``other_row``); for form (2) led
            by the Front, no head (``DELEGATION_NO_HEAD``) or a head who is not an active
            member of the Standing Board (``DELEGATION_HEAD_NOT_BOARD``, ``row``, ``name``).
        ConflictError: saved elsewhere since ``version`` was read.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = load(session, session_id, version)
        clean = _checked_members(
            session, SupervisionForm(row.form), SupervisionRole(row.role), members
        )
        old = _members_audited(session, row.id)
        session.execute(delete(DelegationMember).where(DelegationMember.session_id == row.id))
        for order, member in enumerate(clean, start=1):
            session.add(
                DelegationMember(
                    session_id=row.id,
                    person_id=member.person_id,
                    full_name=member.full_name,
                    position=member.position,
                    organization=member.organization,
                    role=member.role.value,
                    sort_order=order,
                )
            )
        session.flush()
        new = _members_audited(session, row.id)
        if new == old:
            return record_of(session, actor, row), Changes.of()
        row.updated_at = utc_now()  # the session's version moves: two clerks, one list
        session.flush()
        audit.record(
            session, actor, "delegation", ENTITY, row.id, {"delegation": old}, {"delegation": new}
        )
        record = record_of(session, actor, row)
    return record, CHANGED
