"""Opening a line of the annual programme as a session, in one step.

The session takes the line's subject, supervised body, form, role and lead, the member
organisations its participants name, and, as its planned start, the first day of the
line's month, else of its quarter. The line is claimed, the session made and the change
logged in one transaction: a line is opened once, a cancelled one never, and two PCs
opening the same line at once make one session (the other is told it was saved since).
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import Organization
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ConflictError, ErrorCode
from giamsat_desktop.domain.supervision import SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_programme import ProgrammeItemState, planned_start
from giamsat_desktop.domain.supervision_records import SessionDraft, SessionRecord
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.common import audit, clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.validation import require_write
from giamsat_desktop.services.supervision.programme_records import (
    ITEM_ENTITY,
    item_fields,
    load_item,
    load_programme,
    refuse_opened,
)
from giamsat_desktop.services.supervision.records import CHANGED
from giamsat_desktop.services.supervision.sessions import create_in

_PARTS = re.compile(r"[,;\n]+")


def named_organizations(session: Session, participants: str) -> tuple[int, ...]:
    """The active organisations ``participants`` names, by name, short name or code.

    The text is split at commas, semicolons and line ends; a part naming no organisation
    (a person, a body outside the catalogue) is left to the line's text.
    """
    wanted = {fold(part).strip(" -–•.") for part in _PARTS.split(participants)} - {""}
    if not wanted:
        return ()
    found = set()
    rows = session.execute(
        select(Organization.id, Organization.name, Organization.short_name, Organization.code)
        .where(Organization.active.is_(True))
        .order_by(Organization.sort_order, Organization.id)
    )
    for key, *names in rows:
        if wanted & {fold(name) for name in names if name}:
            found.add(key)
    return tuple(sorted(found))


def open_item_as_session(
    factory: SessionFactory, actor: Actor, item_id: int, version: int, *, lead_body: str = ""
) -> tuple[SessionRecord, Changes]:
    """Make the session a line of the programme plans, at its planned step.

    A postponed line is planned again as it opens. ``lead_body`` is the body that leads a
    session the Front joins (phối hợp), which a line does not hold.

    Raises:
        ConflictError: opened before (``PROGRAMME_ITEM_OPENED``), cancelled
            (``PROGRAMME_ITEM_CANCELLED``), or saved elsewhere since (``STALE_EDIT``).
        ValidationError: as the sessions' ``create_session`` (no leading body for a session
            the Front joins, a lead organisation retired since).
        NotFoundError: no such line.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    today = clock.today()
    with unit_of_work(factory) as session:
        row = load_item(session, item_id, version)
        refuse_opened(session, row)
        if row.state == ProgrammeItemState.CANCELLED.value:
            raise ConflictError(ErrorCode.PROGRAMME_ITEM_CANCELLED)
        old = {**item_fields(row), "session_id": None}
        # Claim the line first: its version moves on, so a second opening made from the
        # same reading (here or on another PC) is refused rather than made twice.
        row.state = ProgrammeItemState.PLANNED.value
        flag_modified(row, "state")
        session.flush()
        year = load_programme(session, row.programme_id).year
        draft = SessionDraft(
            form=SupervisionForm(row.form),
            role=SupervisionRole(row.role),
            subject=row.subject,
            supervised_body=row.supervised_body,
            lead_id=row.lead_id,
            lead_body=lead_body,
            participant_ids=named_organizations(session, row.participants),
            planned_start=planned_start(year, row.planned_month, row.planned_quarter),
        )
        record = create_in(session, actor, draft, item_id=row.id, today=today)
        new = {**item_fields(row), "session_id": record.id}
        audit.record(session, actor, "open", ITEM_ENTITY, row.id, old, new)
    return record, CHANGED
