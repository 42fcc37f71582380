"""The QĐ 218 figures of a period: góp ý xây dựng Đảng, chính quyền, and the dialogues."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, func, select, true
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import CriticismSession, Dialogue, DialogueIssue
from giamsat_desktop.domain.criticism import CriticismForm, CriticismPurpose, CriticismStep
from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.domain.statistics import ContributionFigures
from giamsat_desktop.services.statistics.criticism import count_where, counted_sessions

C = CriticismSession
I = DialogueIssue  # noqa: E741


def contribution_figures(session: Session, period: Period, as_of: dt.date) -> ContributionFigures:
    """Góp ý (QĐ 218) held in the period, the summaries sent, the dialogues and commitments.

    A góp ý counts in the period it was held in, as a social criticism does (a conference,
    or a draft commented on by the day its letter was sent); its opinions with it; a
    summary counts by the day its letter was issued. A direct dialogue counts by the day
    it was held, with the issues raised there and the commitments made; a commitment is
    done when its done day is on or before the day judged. Cancelled ones never count.
    """
    conferences, drafts, opinions = session.execute(
        select(
            count_where(_FORMS["conferences"]),
            count_where(_FORMS["drafts"]),
            func.coalesce(func.sum(C.opinions), 0),
        ).where(counted_sessions(CriticismPurpose.CONTRIBUTION, period))
    ).one()
    summaries = session.scalar(select(func.count(C.id)).where(_summary_sent(period)))
    held = _dialogue_held(period)
    dialogues = session.scalar(select(func.count(Dialogue.id)).where(held))
    columns = _issue_columns(as_of)
    issues, commitments, done = session.execute(
        select(func.count(I.id), *(count_where(columns[key]) for key in _COMMITMENTS))
        .join(Dialogue, Dialogue.id == I.dialogue_id)
        .where(held)
    ).one()
    return ContributionFigures(
        conferences=int(conferences),
        drafts=int(drafts),
        opinions=int(opinions),
        summaries_sent=int(summaries or 0),
        dialogues=int(dialogues or 0),
        issues=int(issues),
        commitments=int(commitments),
        commitments_done=int(done),
    )


_FORMS: dict[str, Any] = {
    "conferences": C.form != CriticismForm.DRAFT_ROUND.value,
    "drafts": C.form == CriticismForm.DRAFT_ROUND.value,
}
_COMMITMENTS = ("commitments", "commitments_done")
DIALOGUE_COLUMNS = ("dialogues", "issues", *_COMMITMENTS)
"""The columns of the QĐ 218 table that count direct dialogues (the others count góp ý)."""


def _summary_sent(period: Period) -> Any:
    return and_(
        C.purpose == CriticismPurpose.CONTRIBUTION.value,
        C.step != CriticismStep.CANCELLED.value,
        C.sent_on.between(period.start, period.end),
    )


def _dialogue_held(period: Period) -> Any:
    return Dialogue.held_on.between(period.start, period.end)


def _issue_columns(as_of: dt.date) -> dict[str, Any]:
    made = I.commitment != ""
    return {
        "issues": true(),
        "commitments": made,
        "commitments_done": and_(made, I.done_on.is_not(None), I.done_on <= as_of),
    }


def contributions_behind(
    session: Session, period: Period, as_of: dt.date, column: str
) -> frozenset[int]:
    """The records behind a figure of the QĐ 218 table.

    Góp ý sessions, or for ``DIALOGUE_COLUMNS`` the dialogues (for the issues and
    commitments: the dialogues holding them).
    """
    if column in DIALOGUE_COLUMNS:
        query = select(Dialogue.id).where(_dialogue_held(period))
        if column != "dialogues":
            query = query.join(I, I.dialogue_id == Dialogue.id).where(
                _issue_columns(as_of)[column]
            )
    elif column == "summaries_sent":
        query = select(C.id).where(_summary_sent(period))
    else:
        query = select(C.id).where(counted_sessions(CriticismPurpose.CONTRIBUTION, period))
        if column in _FORMS:
            query = query.where(_FORMS[column])
        elif column == "opinions":
            query = query.where(C.opinions > 0)
    return frozenset(session.scalars(query.distinct()))
