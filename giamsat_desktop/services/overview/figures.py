"""Figures for the Tổng quan page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, select

from giamsat_desktop.db.base import Base
from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import (
    IncomingDocument,
    Organization,
    OutgoingDocument,
    Person,
)
from giamsat_desktop.domain.documents import HandlingStatus
from giamsat_desktop.services.common import clock


@dataclass(frozen=True, slots=True)
class OverviewFigures:
    """Counts a clerk checks first thing in the morning."""

    year: int
    incoming_this_year: int
    outgoing_this_year: int
    incoming_open: int
    incoming_overdue: int
    organizations_active: int
    people_active: int


def overview(factory: SessionFactory, today: dt.date | None = None) -> OverviewFigures:
    """Counts for the year of ``today``; overdue is computed from deadlines, never stored."""
    today = today or clock.today()
    start, end = dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    live_in = IncomingDocument.cancelled_at.is_(None)
    open_in = and_(live_in, IncomingDocument.handling_status != HandlingStatus.DONE.value)
    with factory() as session:

        def count(model: type[Base], *where: ColumnElement[bool]) -> int:
            query = select(func.count()).select_from(model).where(*where)
            return int(session.scalar(query) or 0)

        return OverviewFigures(
            year=today.year,
            incoming_this_year=count(
                IncomingDocument, live_in, IncomingDocument.arrival_date.between(start, end)
            ),
            outgoing_this_year=count(
                OutgoingDocument,
                OutgoingDocument.cancelled_at.is_(None),
                OutgoingDocument.issue_date.between(start, end),
            ),
            incoming_open=count(IncomingDocument, open_in),
            incoming_overdue=count(IncomingDocument, open_in, IncomingDocument.deadline < today),
            organizations_active=count(Organization, Organization.active.is_(True)),
            people_active=count(Person, Person.active.is_(True)),
        )
