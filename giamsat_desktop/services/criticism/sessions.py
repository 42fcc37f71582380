"""Writing social criticism sessions: add, change, remove, and the points they make.

A session is written as soon as a draft arrives for criticism (dự kiến); its particulars can
change at any step, its points until the criticism letter sends them (then the drafting
body's answers are recorded against them, ``criticism.answers``). A session is removed only
while no letter sent it. Every write is one transaction with its audit entry, refused for
a viewer; a stale save is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import CriticismPoint, CriticismSession
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.criticism import CriticismForm, CriticismPurpose, CriticismStep
from giamsat_desktop.domain.criticism_records import CriticismDraft, CriticismRecord, PointDraft
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from giamsat_desktop.services.common import audit, clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.validation import multi_line, require_write, single_line
from giamsat_desktop.services.criticism.history import add_event
from giamsat_desktop.services.criticism.records import (
    CHANGED,
    ENTITY,
    audit_fields,
    load,
    record_of,
    search_text,
    year_of,
)

TITLE_LIMIT = 1000
BODY_LIMIT = 300
TEXT_LIMIT = 4000
POINT_LIMIT = 8000
OPINIONS_LIMIT = 1_000_000
POINTS_LIMIT = 200


def _checked(draft: CriticismDraft) -> CriticismDraft:
    """The draft cleaned: its texts trimmed and in bounds, its form and count sound."""
    if not isinstance(draft.form, CriticismForm):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="form", reason=draft.form)
    if not isinstance(draft.purpose, CriticismPurpose):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="purpose", reason=draft.purpose)
    if draft.purpose is CriticismPurpose.CONTRIBUTION and draft.form is CriticismForm.DIALOGUE:
        # QĐ 218's dialogues are records of their own (Đối thoại trực tiếp), counted apart.
        raise ValidationError(ErrorCode.FIELD_INVALID, field="form", reason=draft.form.label)
    opinions = draft.opinions
    if isinstance(opinions, bool) or not isinstance(opinions, int):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="opinions", reason=opinions)
    if not 0 <= opinions <= OPINIONS_LIMIT:
        raise ValidationError(
            ErrorCode.FIELD_INVALID, field="opinions", reason=opinions, low=0, high=OPINIONS_LIMIT
        )
    return CriticismDraft(
        title=multi_line(draft.title, "title", TITLE_LIMIT, required=True),
        drafting_body=single_line(draft.drafting_body, "drafting_body", BODY_LIMIT),
        form=draft.form,
        received_on=draft.received_on,
        submit_on=draft.submit_on,
        held_on=draft.held_on,
        place=single_line(draft.place, "place", BODY_LIMIT, required=False),
        chair=single_line(draft.chair, "chair", BODY_LIMIT, required=False),
        participants=multi_line(draft.participants, "participants", TEXT_LIMIT),
        experts=multi_line(draft.experts, "experts", TEXT_LIMIT),
        opinions=opinions,
        notes=multi_line(draft.notes, "notes", TEXT_LIMIT),
        purpose=draft.purpose,
    )


def _fill(row: CriticismSession, clean: CriticismDraft) -> None:
    row.title = clean.title
    row.drafting_body = clean.drafting_body
    row.received_on = clean.received_on
    row.submit_on = clean.submit_on
    row.held_on = clean.held_on
    row.place = clean.place
    row.chair = clean.chair
    row.participants = clean.participants
    row.experts = clean.experts
    row.opinions = clean.opinions
    row.notes = clean.notes
    row.year = year_of(row, clock.today())


def _points(drafts: Sequence[PointDraft]) -> list[PointDraft]:
    """The points cleaned, in order; a point needs what it criticises."""
    if len(drafts) > POINTS_LIMIT:
        raise ValidationError(
            ErrorCode.FIELD_INVALID, field="criticism_point", reason=len(drafts), high=POINTS_LIMIT
        )
    return [
        PointDraft(
            content=multi_line(point.content, "content", POINT_LIMIT, required=True),
            opinion=multi_line(point.opinion, "opinion", POINT_LIMIT),
            proposal=multi_line(point.proposal, "proposal", POINT_LIMIT),
        )
        for point in drafts
    ]


def _write_points(session: Session, row: CriticismSession, points: Sequence[PointDraft]) -> None:
    session.execute(delete(CriticismPoint).where(CriticismPoint.session_id == row.id))
    for order, point in enumerate(points, start=1):
        session.add(
            CriticismPoint(
                session_id=row.id,
                content=point.content,
                opinion=point.opinion,
                proposal=point.proposal,
                sort_order=order,
            )
        )
    session.flush()


def create_criticism(
    factory: SessionFactory,
    actor: Actor,
    draft: CriticismDraft,
    points: Sequence[PointDraft] = (),
) -> tuple[CriticismRecord, Changes]:
    """Write a new session, planned (dự kiến), with its points.

    Raises:
        ValidationError: no title, no drafting body, a point without content, a text too
            long, a count out of range.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = create_in(session, actor, draft, points, clock.today())
        return record_of(session, actor, row), CHANGED


def create_in(
    session: Session,
    actor: Actor,
    draft: CriticismDraft,
    points: Sequence[PointDraft],
    on: dt.date,
) -> CriticismSession:
    """Write a new planned session in the caller's transaction, its history starting ``on``.

    Raises:
        ValidationError: as ``create_criticism``.
    """
    clean, kept = _checked(draft), _points(points)
    row = CriticismSession(
        form=clean.form.value, step=CriticismStep.PLANNED.value, purpose=clean.purpose.value
    )
    _fill(row, clean)
    session.add(row)
    session.flush()
    _write_points(session, row, kept)
    row.search_text = search_text(session, row)
    add_event(session, actor, row, "create", on, to_step=CriticismStep.PLANNED)
    session.flush()
    audit.record(session, actor, "create", ENTITY, row.id, None, audit_fields(session, row))
    return row


def update_criticism(
    factory: SessionFactory,
    actor: Actor,
    key: int,
    version: int,
    draft: CriticismDraft,
    points: Sequence[PointDraft] | None = None,
) -> tuple[CriticismRecord, Changes]:
    """Change a session's particulars, and its points while the letter has not sent them.

    ``points`` None keeps them as they are. The form is fixed once a step past the plan is
    taken (its steps differ).

    Raises:
        ConflictError: points changed after the letter (``CRITICISM_SENT``), the form
            changed past the plan (``CRITICISM_MOVE_FORBIDDEN``), or saved since.
        ValidationError: as when it was written.
    """
    require_write(actor)
    clean = _checked(draft)
    kept = None if points is None else _points(points)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        before = audit_fields(session, row)
        step = CriticismStep(row.step)
        if clean.form.value != row.form:
            if step not in (CriticismStep.PLANNED, CriticismStep.PLAN_ISSUED):
                raise ConflictError(
                    ErrorCode.CRITICISM_MOVE_FORBIDDEN, what=step.value, other=step.value
                )
            row.form = clean.form.value
        if clean.purpose.value != row.purpose:
            if row.sent_on is not None:
                raise ConflictError(ErrorCode.CRITICISM_PURPOSE_FIXED)
            row.purpose = clean.purpose.value
        _fill(row, clean)
        if kept is not None:
            if row.sent_on is not None:
                raise ConflictError(ErrorCode.CRITICISM_SENT)
            _write_points(session, row, kept)
        row.search_text = search_text(session, row)
        row.updated_at = utc_now()
        session.flush()
        audit.record(session, actor, "update", ENTITY, row.id, before, audit_fields(session, row))
        return record_of(session, actor, row), CHANGED


def remove_criticism(factory: SessionFactory, actor: Actor, key: int, version: int) -> Changes:
    """Remove a session written by mistake, while no letter sent it (the log keeps it).

    Raises:
        ConflictError: its criticism letter went out (``CRITICISM_SENT``), or saved since.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        if row.sent_on is not None or row.letter_id is not None:
            raise ConflictError(ErrorCode.CRITICISM_SENT)
        before = audit_fields(session, row)
        session.delete(row)
        session.flush()
        audit.record(session, actor, "delete", ENTITY, key, before, None)
    return CHANGED
