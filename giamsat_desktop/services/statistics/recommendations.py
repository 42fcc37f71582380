"""The recommendations' figures of a period: sent, and their replies as of the day judged."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import Recommendation, RecommendationReply, SupervisionSession
from giamsat_desktop.domain.recommendations import RecommendationState, ReplyKind
from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.domain.statistics import RecommendationLine
from giamsat_desktop.domain.supervision import SupervisionRole
from giamsat_desktop.services.statistics.rows import organization_rows

R = Recommendation
_ACCEPTED = (ReplyKind.ACCEPTED.value, ReplyKind.RESOLVED.value)


def recommendation_lines(
    session: Session, period: Period, as_of: dt.date, office_name: str
) -> tuple[RecommendationLine, ...]:
    """Recommendations sent in the period, on their session's lead row, replies as of a day.

    A recommendation counts by the day it was sent. Its reply is the last written reply
    dated on or before the day judged (the period's end, or today if earlier; a reply
    after it does not count): tiếp thu or đã giải quyết, giải trình, không tiếp thu; one
    the clerk marked resolved without a written reply counts as resolved. Without a reply
    by then and not closed, it is awaited, or overdue when its reply deadline has passed;
    escalated: sent to the Front one level up by that day. Its row is its session's lead's
    (the office's when the Front leads or joins, or without a session).
    """
    query = (
        select(
            R.id, R.state, R.reply_due, R.escalated_on, SupervisionSession.role,
            SupervisionSession.lead_id,
        )  # fmt: skip
        .outerjoin(SupervisionSession, SupervisionSession.id == R.session_id)
        .where(R.sent_on.between(period.start, period.end))
    )
    found = list(session.execute(query).tuples())
    last_reply: dict[int, tuple[dt.date, int, str]] = {}
    replies = (
        select(
            RecommendationReply.recommendation_id, RecommendationReply.replied_on,
            RecommendationReply.id, RecommendationReply.kind,
        )  # fmt: skip
        .join(R, R.id == RecommendationReply.recommendation_id)
        .where(R.sent_on.between(period.start, period.end))
    )
    replied: set[int] = set()
    for key, day, reply_id, kind in session.execute(replies).tuples():
        replied.add(key)
        if day > as_of:
            continue  # written after the day judged: not yet a reply then
        if key not in last_reply or (day, reply_id) > last_reply[key][:2]:
            last_reply[key] = (day, reply_id, kind)
    counts: dict[int | None, Counter[str]] = {}
    for key, state, due, escalated_on, role, lead_id in found:
        row = lead_id if role == SupervisionRole.LEAD.value else None
        count = counts.setdefault(row, Counter())
        count["sent"] += 1
        reply = last_reply.get(key)
        if escalated_on is not None and escalated_on <= as_of:
            count["escalated"] += 1
        if reply is not None:
            kind = reply[2]
            if kind in _ACCEPTED:
                count["accepted"] += 1
            elif kind == ReplyKind.EXPLAINED.value:
                count["explained"] += 1
            else:
                count["refused"] += 1
        elif state == RecommendationState.RESOLVED.value and key not in replied:
            count["accepted"] += 1
        elif state != RecommendationState.CLOSED.value or key in replied:
            count["overdue" if due is not None and as_of > due else "awaiting"] += 1
    rows = [(None, office_name), *organization_rows(session, counts)]
    return tuple(
        RecommendationLine(key, name, **dict(counts.get(key, Counter()))) for key, name in rows
    )
