"""The QĐ 218 figures of a period: góp ý xây dựng Đảng, chính quyền, and the dialogues."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import CriticismSession, Dialogue, DialogueIssue
from giamsat_desktop.domain.criticism import CriticismForm, CriticismPurpose, CriticismStep
from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.domain.statistics import ContributionFigures
from giamsat_desktop.services.statistics.criticism import count_where, held_in

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
    gop_y = and_(
        C.purpose == CriticismPurpose.CONTRIBUTION.value,
        C.step != CriticismStep.CANCELLED.value,
    )
    conferences, drafts, opinions = session.execute(
        select(
            count_where(C.form != CriticismForm.DRAFT_ROUND.value),
            count_where(C.form == CriticismForm.DRAFT_ROUND.value),
            func.coalesce(func.sum(C.opinions), 0),
        ).where(gop_y, held_in(period))
    ).one()
    summaries = session.scalar(
        select(func.count(C.id)).where(gop_y, C.sent_on.between(period.start, period.end))
    )
    held = Dialogue.held_on.between(period.start, period.end)
    dialogues = session.scalar(select(func.count(Dialogue.id)).where(held))
    issues, commitments, done = session.execute(
        select(
            func.count(I.id),
            count_where(I.commitment != ""),
            count_where(and_(I.commitment != "", I.done_on.is_not(None), I.done_on <= as_of)),
        )
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
