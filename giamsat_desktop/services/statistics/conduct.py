"""The QĐ 124 figures of a period: conduct sessions, people supervised, citizens' reports."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import CitizenReport, ConductPerson, ConductSession
from giamsat_desktop.domain.conduct import ConductPlace, ReportState
from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.domain.statistics import ConductFigures
from giamsat_desktop.services.statistics.criticism import count_where

CR = CitizenReport


def conduct_figures(session: Session, period: Period, as_of: dt.date) -> ConductFigures:
    """QĐ 124 sessions held in the period, by place; the people; the reports received.

    A session counts by the day it was held (nơi công tác, nơi cư trú), with the cán bộ,
    đảng viên it supervised. A citizen's report counts by the day it was received; it is
    forwarded when forwarded on or before the day judged, handled when its result came by
    then (or it was filed).
    """
    held = _held(period)
    sessions, at_work, at_home = session.execute(
        select(
            func.count(ConductSession.id), *(count_where(_PLACES[key]) for key in _PLACES)
        ).where(held)
    ).one()
    people = session.scalar(
        select(func.count(ConductPerson.id))
        .join(ConductSession, ConductSession.id == ConductPerson.session_id)
        .where(held)
    )
    judged = _report_columns(as_of)
    reports, forwarded, handled = session.execute(
        select(func.count(CR.id), *(count_where(judged[key]) for key in judged)).where(
            _received(period)
        )
    ).one()
    return ConductFigures(
        sessions=int(sessions),
        at_work=int(at_work),
        at_home=int(at_home),
        people=int(people or 0),
        reports=int(reports),
        forwarded=int(forwarded),
        handled=int(handled),
    )


_PLACES: dict[str, Any] = {
    "at_work": ConductSession.place_kind == ConductPlace.WORKPLACE.value,
    "at_home": ConductSession.place_kind == ConductPlace.RESIDENCE.value,
}
REPORT_COLUMNS = ("reports", "forwarded", "handled")
"""The columns of the QĐ 124 table that count citizens' reports (the others, sessions)."""


def _held(period: Period) -> Any:
    return ConductSession.held_on.between(period.start, period.end)


def _received(period: Period) -> Any:
    return CR.received_on.between(period.start, period.end)


def _report_columns(as_of: dt.date) -> dict[str, Any]:
    resolved = and_(
        CR.state == ReportState.RESOLVED.value, or_(CR.result_on.is_(None), CR.result_on <= as_of)
    )
    return {
        "forwarded": and_(CR.forwarded_on.is_not(None), CR.forwarded_on <= as_of),
        "handled": or_(resolved, CR.state == ReportState.FILED.value),
    }


def conduct_behind(
    session: Session, period: Period, as_of: dt.date, column: str
) -> frozenset[int]:
    """The records behind a figure of the QĐ 124 table.

    Citizens' reports for ``REPORT_COLUMNS``, else sessions (for the people: the sessions
    that supervised someone).
    """
    if column in REPORT_COLUMNS:
        query = select(CR.id).where(_received(period))
        if column != "reports":
            query = query.where(_report_columns(as_of)[column])
    else:
        query = select(ConductSession.id).where(_held(period))
        if column in _PLACES:
            query = query.where(_PLACES[column])
        elif column == "people":
            query = query.join(ConductPerson, ConductPerson.session_id == ConductSession.id)
    return frozenset(session.scalars(query.distinct()))
