"""The QĐ 124 figures of a period: conduct sessions, people supervised, citizens' reports."""

from __future__ import annotations

import datetime as dt

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
    held = ConductSession.held_on.between(period.start, period.end)
    sessions, at_work, at_home = session.execute(
        select(
            func.count(ConductSession.id),
            count_where(ConductSession.place_kind == ConductPlace.WORKPLACE.value),
            count_where(ConductSession.place_kind == ConductPlace.RESIDENCE.value),
        ).where(held)
    ).one()
    people = session.scalar(
        select(func.count(ConductPerson.id))
        .join(ConductSession, ConductSession.id == ConductPerson.session_id)
        .where(held)
    )
    resolved = and_(
        CR.state == ReportState.RESOLVED.value, or_(CR.result_on.is_(None), CR.result_on <= as_of)
    )
    reports, forwarded, handled = session.execute(
        select(
            func.count(CR.id),
            count_where(and_(CR.forwarded_on.is_not(None), CR.forwarded_on <= as_of)),
            count_where(or_(resolved, CR.state == ReportState.FILED.value)),
        ).where(CR.received_on.between(period.start, period.end))
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
