"""The annual supervision programme (chương trình giám sát năm): the year's plan and its lines.

One programme a year, agreed with the member organisations (NQLT 403 Điều 3); each line
plans a session. A line is added, edited, put in order, postponed or cancelled with a
reason (kept in its note), reinstated, removed while not yet opened, and opened as a
session in one step. Every change is one transaction with its audit entry; a viewer is
refused; a record saved elsewhere since it was read is refused as stale. Opening a line
(``open_item_as_session``) lives in ``programme_opening`` and is offered here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import (
    Organization,
    ProgrammeItem,
    SupervisionProgramme,
    SupervisionSession,
)
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError, ValidationError
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_programme import (
    DONE_STEPS,
    ITEM_MOVES,
    MONTHS,
    QUARTERS,
    ItemDraft,
    ProgrammeItemRecord,
    ProgrammeItemState,
    ProgrammeProgress,
    ProgrammeRecord,
    quarter_of,
)
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.validation import multi_line, require_write, single_line
from giamsat_desktop.services.supervision.programme_opening import (
    open_item_as_session as open_item_as_session,
)
from giamsat_desktop.services.supervision.programme_records import (
    ENTITY,
    ITEM_ENTITY,
    item_fields,
    item_record,
    latest_sessions,
    load_item,
    load_programme,
    programme_fields,
    programme_record,
    refuse_opened,
)
from giamsat_desktop.services.supervision.records import CHANGED

YEAR_RANGE = (2000, 2100)
TITLE_LIMIT = 500
NOTES_LIMIT = 4000
SUBJECT_LIMIT = 2000
BODY_LIMIT = 300
PARTICIPANTS_LIMIT = 2000
NOTE_LIMIT = 2000
REASON_LIMIT = 1000

# ----- the programme ----------------------------------------------------------------------


def get_programme(factory: SessionFactory, year: int) -> ProgrammeRecord | None:
    """The year's programme with its lines in order (each with its session, if opened)."""
    with factory() as session:
        row = session.scalar(select(SupervisionProgramme).where(SupervisionProgramme.year == year))
        return programme_record(session, row) if row is not None else None


def save_programme(
    factory: SessionFactory,
    actor: Actor,
    year: int,
    title: str,
    agreed_on: dt.date | None,
    notes: str,
    version: int | None,
) -> tuple[ProgrammeRecord, Changes]:
    """Make the year's programme (``version`` None) or save it (the version read).

    Raises:
        ValidationError: a year out of range, an agreement day after the year, text too long.
        ConflictError: the programme was made or saved elsewhere since (``STALE_EDIT``).
        NotFoundError: a programme to save that no longer exists.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    if type(year) is not int or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="year", reason=year)
    kept_title = single_line(title, "title", TITLE_LIMIT, required=False)
    kept_notes = multi_line(notes, "notes", NOTES_LIMIT)
    if agreed_on is not None and agreed_on.year > year:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="agreed_on", reason=agreed_on)
    try:
        with unit_of_work(factory) as session:
            row = session.scalar(
                select(SupervisionProgramme).where(SupervisionProgramme.year == year)
            )
            if row is None and version is not None:
                raise NotFoundError(ErrorCode.NOT_FOUND, what=ENTITY, id=year)
            if row is not None and (version is None or row.version != version):
                raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY)
            old = programme_fields(row) if row is not None else None
            if row is None:
                row = SupervisionProgramme(year=year)
                session.add(row)
            row.title, row.agreed_on, row.notes = kept_title, agreed_on, kept_notes
            row.updated_at = utc_now()
            session.flush()
            action = "create" if old is None else "update"
            audit.record(session, actor, action, ENTITY, row.id, old, programme_fields(row))
            record = programme_record(session, row)
    except IntegrityError as exc:  # the same year made elsewhere at the same moment
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY) from exc
    return record, CHANGED


# ----- its lines ---------------------------------------------------------------------------


def _month_and_quarter(draft: ItemDraft) -> tuple[int | None, int | None]:
    """The planned month and quarter as kept: a month carries its own quarter."""
    month, quarter = draft.planned_month, draft.planned_quarter
    if month is not None and (type(month) is not int or month not in MONTHS):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="planned_month", reason=month)
    if quarter is not None and (type(quarter) is not int or quarter not in QUARTERS):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="planned_quarter", reason=quarter)
    if month is not None:
        if quarter is not None and quarter != quarter_of(month):
            raise ValidationError(ErrorCode.FIELD_INVALID, field="planned_quarter", reason=quarter)
        quarter = quarter_of(month)
    return month, quarter


def _checked(session: Session, draft: ItemDraft, old_lead: int | None = None) -> ItemDraft:
    """The line as kept: text trimmed, month and quarter agreeing, a known lead."""
    subject = multi_line(draft.subject, "session_subject", SUBJECT_LIMIT, required=True)
    body = single_line(draft.supervised_body, "supervised_body", BODY_LIMIT, required=False)
    participants = multi_line(draft.participants, "participants", PARTICIPANTS_LIMIT)
    note = multi_line(draft.note, "note", NOTE_LIMIT)
    month, quarter = _month_and_quarter(draft)
    try:
        form, role = SupervisionForm(draft.form), SupervisionRole(draft.role)
    except ValueError as exc:
        field = "form" if draft.form not in set(SupervisionForm) else "role"
        raise ValidationError(ErrorCode.FIELD_INVALID, field=field, reason=str(exc)) from exc
    if draft.lead_id is not None and draft.lead_id != old_lead:
        known = session.scalar(
            select(Organization.id).where(
                Organization.id == draft.lead_id, Organization.active.is_(True)
            )
        )
        if known is None:
            raise ValidationError(ErrorCode.FIELD_INVALID, field="lead", reason=str(draft.lead_id))
    return ItemDraft(subject, body, month, quarter, form, role, draft.lead_id, participants, note)


def _fill(row: ProgrammeItem, clean: ItemDraft) -> None:
    row.subject, row.supervised_body = clean.subject, clean.supervised_body
    row.planned_month, row.planned_quarter = clean.planned_month, clean.planned_quarter
    row.form, row.role, row.lead_id = clean.form.value, clean.role.value, clean.lead_id
    row.participants, row.note = clean.participants, clean.note


def add_item(
    factory: SessionFactory, actor: Actor, programme_id: int, draft: ItemDraft
) -> tuple[ProgrammeItemRecord, Changes]:
    """Add a planned session at the end of the programme.

    Raises:
        ValidationError: no subject, a month or quarter out of range or disagreeing, an
            unknown or retired lead organisation, text too long.
        NotFoundError: no such programme.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        programme = load_programme(session, programme_id)
        clean = _checked(session, draft)
        last = session.scalar(
            select(func.max(ProgrammeItem.sort_order)).where(
                ProgrammeItem.programme_id == programme.id
            )
        )
        row = ProgrammeItem(
            programme_id=programme.id,
            state=ProgrammeItemState.PLANNED.value,
            sort_order=(last or 0) + 1,
        )
        _fill(row, clean)
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", ITEM_ENTITY, row.id, None, item_fields(row))
        record = item_record(session, row.id)
    return record, CHANGED


def _change(
    factory: SessionFactory,
    actor: Actor,
    item_id: int,
    version: int,
    action: str,
    change: Callable[[Session, ProgrammeItem], None],
) -> tuple[ProgrammeItemRecord, Changes]:
    """Load the line, apply ``change``, keep the audit entry; one transaction."""
    require_write(actor)
    with unit_of_work(factory) as session:
        row = load_item(session, item_id, version)
        old = item_fields(row)
        change(session, row)
        session.flush()
        audit.record(session, actor, action, ITEM_ENTITY, row.id, old, item_fields(row))
        record = item_record(session, row.id)
    return record, CHANGED


def update_item(
    factory: SessionFactory, actor: Actor, item_id: int, version: int, draft: ItemDraft
) -> tuple[ProgrammeItemRecord, Changes]:
    """Save a line as edited (its state and order are kept).

    The programme is the plan as agreed: a line opened as a session may still be corrected;
    the session keeps what it was opened with.

    Raises:
        ValidationError: as :func:`add_item`.
        ConflictError: saved elsewhere since ``version`` was read (``STALE_EDIT``).
        NotFoundError: no such line.
        PermissionDeniedError: a viewer.
    """

    def change(session: Session, row: ProgrammeItem) -> None:
        _fill(row, _checked(session, draft, row.lead_id))

    return _change(factory, actor, item_id, version, "update", change)


def move_item(
    factory: SessionFactory, actor: Actor, item_id: int, version: int, position: int
) -> tuple[ProgrammeRecord, Changes]:
    """Put a line at ``position`` (from 0) in its programme; the others keep their order.

    A position past either end puts it first or last. The lines are numbered 1, 2, … again;
    the log keeps the moved line's old and new number.

    Raises:
        ValidationError: a position that is not a whole number.
        ConflictError: the line was saved elsewhere since ``version`` was read.
        NotFoundError: no such line.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    if type(position) is not int:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="sort_order", reason=position)
    with unit_of_work(factory) as session:
        row = load_item(session, item_id, version)
        old = item_fields(row)
        lines = list(
            session.scalars(
                select(ProgrammeItem)
                .where(ProgrammeItem.programme_id == row.programme_id)
                .order_by(ProgrammeItem.sort_order, ProgrammeItem.id)
            )
        )
        lines.remove(row)
        lines.insert(max(0, min(position, len(lines))), row)
        for number, line in enumerate(lines, start=1):
            if line.sort_order != number:
                line.sort_order = number
        session.flush()
        if item_fields(row) != old:
            audit.record(session, actor, "reorder", ITEM_ENTITY, row.id, old, item_fields(row))
        record = programme_record(session, load_programme(session, row.programme_id))
    return record, CHANGED


def remove_item(factory: SessionFactory, actor: Actor, item_id: int, version: int) -> Changes:
    """Take a line out of the programme; refused once it was opened as a session.

    Raises:
        ConflictError: opened (``PROGRAMME_ITEM_OPENED``), or saved elsewhere since.
        NotFoundError: no such line.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = load_item(session, item_id, version)
        refuse_opened(session, row)
        old = item_fields(row)
        session.delete(row)
        session.flush()
        audit.record(session, actor, "delete", ITEM_ENTITY, item_id, old, None)
    return CHANGED


# ----- postponed, cancelled, reinstated -------------------------------------------------


def _decided(
    session: Session, row: ProgrammeItem, new: ProgrammeItemState, reason: str
) -> None:
    """Give a line not yet opened the Board's decision ``new``; the reason joins its note."""
    refuse_opened(session, row)
    old = ProgrammeItemState(row.state)
    if new not in ITEM_MOVES[old]:
        if old is ProgrammeItemState.CANCELLED:
            raise ConflictError(ErrorCode.PROGRAMME_ITEM_CANCELLED)
        raise ConflictError(ErrorCode.PROGRAMME_ITEM_NOT_SET_ASIDE)
    row.state = new.value
    if reason:
        note = f"{row.note}\n{reason}" if row.note else reason
        row.note = multi_line(note, "note", NOTE_LIMIT)


def postpone_item(
    factory: SessionFactory, actor: Actor, item_id: int, version: int, reason: str
) -> tuple[ProgrammeItemRecord, Changes]:
    """Postpone a line not yet opened, with the reason (added to its note).

    Raises:
        ValidationError: no reason, or a note grown too long.
        ConflictError: opened (``PROGRAMME_ITEM_OPENED``), cancelled
            (``PROGRAMME_ITEM_CANCELLED``), or saved elsewhere since.
        NotFoundError: no such line.
        PermissionDeniedError: a viewer.
    """
    why = multi_line(reason, "reason", REASON_LIMIT, required=True)
    return _change(
        factory,
        actor,
        item_id,
        version,
        "postpone",
        lambda session, row: _decided(session, row, ProgrammeItemState.POSTPONED, why),
    )


def cancel_item(
    factory: SessionFactory, actor: Actor, item_id: int, version: int, reason: str
) -> tuple[ProgrammeItemRecord, Changes]:
    """Cancel a line not yet opened, with the reason (added to its note).

    Raises:
        ValidationError: no reason, or a note grown too long.
        ConflictError: opened (``PROGRAMME_ITEM_OPENED``), already cancelled
            (``PROGRAMME_ITEM_CANCELLED``), or saved elsewhere since.
        NotFoundError: no such line.
        PermissionDeniedError: a viewer.
    """
    why = multi_line(reason, "reason", REASON_LIMIT, required=True)
    return _change(
        factory,
        actor,
        item_id,
        version,
        "cancel",
        lambda session, row: _decided(session, row, ProgrammeItemState.CANCELLED, why),
    )


def reinstate_item(
    factory: SessionFactory, actor: Actor, item_id: int, version: int, reason: str = ""
) -> tuple[ProgrammeItemRecord, Changes]:
    """Put a postponed or cancelled line back as planned (a reason, if given, joins its note).

    Raises:
        ConflictError: opened (``PROGRAMME_ITEM_OPENED``), still planned
            (``PROGRAMME_ITEM_NOT_SET_ASIDE``), or saved elsewhere since.
        NotFoundError: no such line.
        PermissionDeniedError: a viewer.
    """
    why = multi_line(reason, "reason", REASON_LIMIT)
    return _change(
        factory,
        actor,
        item_id,
        version,
        "reinstate",
        lambda session, row: _decided(session, row, ProgrammeItemState.PLANNED, why),
    )


# ----- progress ----------------------------------------------------------------------------


def progress(factory: SessionFactory, actor: Actor, year: int) -> ProgrammeProgress:
    """The year's programme at a glance, counted in one query (all zero without one).

    A line opened as a session counts by its session's step: done once reported (or further),
    cancelled with it, in progress before; a line not opened counts by its own state.
    """
    del actor  # every account may see the programme; kept for the services' one signature
    latest = latest_sessions()
    step = SupervisionSession.step
    opened = SupervisionSession.id.is_not(None)
    not_opened = SupervisionSession.id.is_(None)
    state = ProgrammeItem.state
    done_steps = [s.value for s in DONE_STEPS]
    cancelled_step = SessionStep.CANCELLED.value
    set_aside = [ProgrammeItemState.POSTPONED.value, ProgrammeItemState.CANCELLED.value]

    def count(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    query = (
        select(
            count(not_opened & state.not_in(set_aside)),
            count(opened & step.in_(done_steps)),
            count(opened & step.not_in([*done_steps, cancelled_step])),
            count(not_opened & (state == ProgrammeItemState.POSTPONED.value)),
            count(
                (opened & (step == cancelled_step))
                | (not_opened & (state == ProgrammeItemState.CANCELLED.value))
            ),
            func.count(ProgrammeItem.id),
        )
        .select_from(ProgrammeItem)
        .join(SupervisionProgramme, SupervisionProgramme.id == ProgrammeItem.programme_id)
        .outerjoin(latest, latest.c.item_id == ProgrammeItem.id)
        .outerjoin(SupervisionSession, SupervisionSession.id == latest.c.session_id)
        .where(SupervisionProgramme.year == year)
    )
    with factory() as session:
        planned, done, in_progress, postponed, cancelled, total = session.execute(query).one()
    return ProgrammeProgress(
        int(planned), int(done), int(in_progress), int(postponed), int(cancelled), int(total)
    )
