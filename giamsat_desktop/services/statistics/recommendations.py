"""The recommendations' figures of a period: sent, and their replies as of the day judged."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import Recommendation, RecommendationReply, SupervisionSession
from giamsat_desktop.domain.recommendations import RecommendationState, ReplyKind
from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.domain.statistics import OverdueRecommendation, RecommendationLine
from giamsat_desktop.domain.supervision import SupervisionRole
from giamsat_desktop.services.statistics.rows import organization_rows

R = Recommendation
_ACCEPTED = (ReplyKind.ACCEPTED.value, ReplyKind.RESOLVED.value)


def _outcomes(
    session: Session, period: Period, as_of: dt.date
) -> list[tuple[int, int | None, str, bool]]:
    """Each recommendation sent in the period: its key, its row, its outcome on ``as_of``.

    The outcome is one of accepted, explained, refused, awaiting, overdue, or "" (closed
    without a reply); the flag says it was escalated by that day.
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
    judged = []
    for key, state, due, escalated_on, role, lead_id in found:
        row = lead_id if role == SupervisionRole.LEAD.value else None
        escalated = escalated_on is not None and escalated_on <= as_of
        reply = last_reply.get(key)
        outcome = ""
        if reply is not None:
            kind = reply[2]
            if kind in _ACCEPTED:
                outcome = "accepted"
            elif kind == ReplyKind.EXPLAINED.value:
                outcome = "explained"
            else:
                outcome = "refused"
        elif state == RecommendationState.RESOLVED.value and key not in replied:
            outcome = "accepted"
        elif state != RecommendationState.CLOSED.value or key in replied:
            outcome = "overdue" if due is not None and as_of > due else "awaiting"
        judged.append((key, row, outcome, escalated))
    return judged


def recommendation_figures(
    session: Session, period: Period, as_of: dt.date, office_name: str
) -> tuple[tuple[RecommendationLine, ...], tuple[OverdueRecommendation, ...]]:
    """Recommendations sent in the period, on their session's lead row, replies as of a day.

    A recommendation counts by the day it was sent. Its reply is the last written reply
    dated on or before the day judged (the period's end, or today if earlier; a reply
    after it does not count): tiếp thu or đã giải quyết, giải trình, không tiếp thu; one
    the clerk marked resolved without a written reply counts as resolved. Without a reply
    by then and not closed, it is awaited, or overdue when its reply deadline has passed;
    escalated: sent to the Front one level up by that day. Its row is its session's lead's
    (the office's when the Front leads or joins, or without a session).

    Returns the rows, and the recommendations counted overdue by the day sent (the
    report lists them); both from one judgement of each recommendation.
    """
    judged = _outcomes(session, period, as_of)
    counts: dict[int | None, Counter[str]] = {}
    for row, what, _key in _counts(judged):
        counts.setdefault(row, Counter())[what] += 1
    rows = [(None, office_name), *organization_rows(session, counts)]
    lines = tuple(
        RecommendationLine(key, name, **dict(counts.get(key, Counter()))) for key, name in rows
    )
    overdue = [key for key, _row, outcome, _escalated in judged if outcome == "overdue"]
    return lines, _listed(session, overdue)


def recommendation_counts(
    session: Session, period: Period, as_of: dt.date
) -> list[tuple[int | None, str, int]]:
    """Every count the recommendations table adds up: (row, column, the recommendation)."""
    return list(_counts(_outcomes(session, period, as_of)))


def _counts(
    judged: list[tuple[int, int | None, str, bool]],
) -> Iterator[tuple[int | None, str, int]]:
    for key, row, outcome, escalated in judged:
        yield row, "sent", key
        if escalated:
            yield row, "escalated", key
        if outcome:
            yield row, outcome, key


def _listed(session: Session, keys: list[int]) -> tuple[OverdueRecommendation, ...]:
    """The recommendations of ``keys`` as the report lists them, by the day sent."""
    found: list[OverdueRecommendation] = []
    for chunk in range(0, len(keys), 900):
        query = select(R.sent_on, R.content, R.addressed_body, R.reply_due).where(
            R.id.in_(keys[chunk : chunk + 900])
        )
        for sent_on, content, body, due in session.execute(query).tuples():
            if sent_on is not None and due is not None:  # overdue: sent, with a deadline
                words = " ".join(content.split())
                found.append(OverdueRecommendation(sent_on, words, body, due))
    return tuple(sorted(found, key=lambda item: (item.sent_on, item.reply_due)))
