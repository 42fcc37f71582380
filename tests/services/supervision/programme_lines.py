"""What the programme's tests share: the accounts, a year's programme, its lines."""

from __future__ import annotations

import datetime as dt

from giamsat_desktop.db.models import SupervisionSession
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_programme import ItemDraft, ProgrammeItemRecord
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision import programme
from tests.session_day import TODAY

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
YEAR = TODAY.year + 1
TITLE = f"Chương trình giám sát năm {YEAR}"


def make_programme(context: ServiceContext, year: int = YEAR) -> int:
    """The year's programme, agreed on 20 December of the year before; its id."""
    record, _ = programme.save_programme(
        context.factory, CLERK, year, TITLE, dt.date(year - 1, 12, 20), "", None
    )
    return record.id


def add_line(context: ServiceContext, programme_id: int, subject: str, **kwargs: object) -> int:
    """A line added at the end of the programme; its id."""
    record, _ = programme.add_item(
        context.factory, CLERK, programme_id, ItemDraft(subject, **kwargs)  # type: ignore[arg-type]
    )
    return record.id


def line_of(context: ServiceContext, item_id: int, year: int = YEAR) -> ProgrammeItemRecord:
    """The line as the year's programme reads it now."""
    found = programme.get_programme(context.factory, year)
    assert found is not None
    return next(item for item in found.items if item.id == item_id)


def subjects(context: ServiceContext, year: int = YEAR) -> list[str]:
    """The subjects of the year's lines, in the programme's order."""
    found = programme.get_programme(context.factory, year)
    assert found is not None
    return [item.subject for item in found.items]


def session_at(
    context: ServiceContext, item_id: int | None, step: SessionStep, year: int = YEAR
) -> int:
    """A session carrying out ``item_id`` at ``step``, written straight to the database."""
    with context.factory() as session:
        row = SupervisionSession(
            item_id=item_id,
            form=SupervisionForm.DELEGATION.value,
            role=SupervisionRole.LEAD.value,
            subject="Giám sát",
            step=step.value,
            year=year,
        )
        session.add(row)
        session.commit()
        return row.id


def actions(context: ServiceContext, entity: str, entity_id: int) -> list[str]:
    """The log's actions on one record, oldest first."""
    entries = audit_log.list_entries(context.factory, entity=entity)
    return [e.action for e in reversed(entries) if e.entity_id == entity_id]
