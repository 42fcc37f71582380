"""The social criticism figures of a period (phản biện xã hội); the office's one row."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import CriticismPoint, CriticismSession
from giamsat_desktop.domain.criticism import (
    CriticismForm,
    CriticismPurpose,
    CriticismStep,
    PointAnswer,
)
from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.domain.statistics import CriticismFigures

C = CriticismSession
P = CriticismPoint


def held_in(period: Period) -> Any:
    """Held in ``period``: its day, or a draft round's without one, the day its letter went."""
    return or_(
        C.held_on.between(period.start, period.end),
        and_(
            C.held_on.is_(None),
            C.form == CriticismForm.DRAFT_ROUND.value,
            C.sent_on.between(period.start, period.end),
        ),
    )


def count_where(condition: Any) -> Any:
    """The SQL of "how many rows meet ``condition``" (0, never NULL)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def criticism_figures(session: Session, period: Period, as_of: dt.date) -> CriticismFigures:
    """Social criticism sessions held in the period, by form; opinions, points, accepted.

    A session counts in the period it was held in (its conference's or dialogue's day; a
    draft round without that day: the day its criticism letter was sent); cancelled
    sessions never count. Opinions are those given at (or sent back on) the sessions
    counted; a point is accepted when the drafting body's answer is tiếp thu and its
    written reply came on or before the day judged.
    """
    counted = counted_sessions(CriticismPurpose.CRITICISM, period)
    total, conferences, drafts, dialogues, opinions = session.execute(
        select(
            func.count(C.id),
            *(count_where(condition) for condition in FORM_COLUMNS.values()),
            func.coalesce(func.sum(C.opinions), 0),
        ).where(counted)
    ).one()
    points, accepted = session.execute(
        select(func.count(P.id), count_where(accepted_point(as_of)))
        .join(C, C.id == P.session_id)
        .where(counted)
    ).one()
    return CriticismFigures(
        total=int(total),
        conferences=int(conferences),
        drafts=int(drafts),
        dialogues=int(dialogues),
        opinions=int(opinions),
        points=int(points),
        points_accepted=int(accepted),
    )


FORM_COLUMNS: dict[str, Any] = {
    "conferences": C.form == CriticismForm.CONFERENCE.value,
    "drafts": C.form == CriticismForm.DRAFT_ROUND.value,
    "dialogues": C.form == CriticismForm.DIALOGUE.value,
}
"""The by-form columns of the Phản biện table and what each counts."""


def counted_sessions(purpose: CriticismPurpose, period: Period) -> Any:
    """The sessions of ``purpose`` a period counts: held in it, not cancelled."""
    return and_(
        C.purpose == purpose.value, C.step != CriticismStep.CANCELLED.value, held_in(period)
    )


def accepted_point(as_of: dt.date) -> Any:
    """A point answered tiếp thu by a written reply that came on or before ``as_of``."""
    return and_(
        P.answer == PointAnswer.ACCEPTED.value,
        C.replied_on.is_not(None),
        C.replied_on <= as_of,
    )


def criticisms_behind(
    session: Session, period: Period, as_of: dt.date, column: str
) -> frozenset[int]:
    """The sessions behind a figure of the Phản biện table.

    For the opinions and points: the sessions holding them.
    """
    counted = counted_sessions(CriticismPurpose.CRITICISM, period)
    query = select(C.id).where(counted)
    if column in FORM_COLUMNS:
        query = query.where(FORM_COLUMNS[column])
    elif column == "opinions":
        query = query.where(C.opinions > 0)
    elif column in ("points", "points_accepted"):
        query = query.join(P, P.session_id == C.id)
        if column == "points_accepted":
            query = query.where(accepted_point(as_of))
    return frozenset(session.scalars(query.distinct()))
