"""Lists of recommendations: the keys in order, the rows by block, the counts.

The database filters, sorts and counts (the 60,000 recommendations of a large office are
never loaded whole). Overdue is read on a day: sent or escalated, no reply recorded, the
deadline before that day — a condition, never a stored flag.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import Recommendation, RecommendationReply
from giamsat_desktop.db.search_index import SEARCH_INDEXES
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.recommendations import (
    RecommendationCounts,
    RecommendationFilter,
    RecommendationRecord,
    RecommendationState,
)
from giamsat_desktop.domain.text import fold_words
from giamsat_desktop.services.common.listing import fetch_keys, sort_terms
from giamsat_desktop.services.recommendations.records import records_of
from giamsat_desktop.services.registers.text_search import text_condition

R = Recommendation
_OPEN = tuple(state.value for state in RecommendationState if state.is_open)
"""Listed rather than "not finished": the state's index then finds the few still open."""
_WAITING = (RecommendationState.SENT.value, RecommendationState.ESCALATED.value)


class RecommendationColumn(StrEnum):
    """The orders a list of recommendations can be read in."""

    DUE = "due"
    SENT = "sent"
    BODY = "body"
    STATE = "state"
    MADE = "made"


_ORDER: dict[RecommendationColumn, tuple[Any, ...]] = {
    RecommendationColumn.DUE: (R.reply_due, R.id),
    RecommendationColumn.SENT: (R.sent_on, R.id),
    RecommendationColumn.BODY: (R.addressed_body, R.reply_due, R.id),
    RecommendationColumn.STATE: (R.state, R.reply_due, R.id),
    RecommendationColumn.MADE: (R.id,),
}


def overdue_on(day: dt.date) -> ColumnElement[bool]:
    """The SQL of "overdue on ``day``": waiting for its reply, none recorded, deadline past."""
    replied = exists().where(RecommendationReply.recommendation_id == R.id)
    return R.state.in_(_WAITING) & R.reply_due.is_not(None) & (R.reply_due < day) & ~replied


def conditions(session: Session, where: RecommendationFilter) -> list[ColumnElement[bool]]:
    """The SQL conditions of ``where``."""
    found: list[ColumnElement[bool]] = []
    if where.keys is not None:
        found.append(R.id.in_(sorted(where.keys)))
    if where.open_only:
        found.append(R.state.in_(_OPEN))
    if where.overdue_on is not None:
        found.append(overdue_on(where.overdue_on))
    if where.year is not None:
        found.append(R.year == where.year)
    if where.session_id is not None:
        found.append(R.session_id == where.session_id)
    if where.states:
        found.append(R.state.in_(sorted(state.value for state in where.states)))
    if where.due_from is not None:
        found.append(R.reply_due >= where.due_from)
    if where.due_to is not None:
        found.append(R.reply_due <= where.due_to)
    if where.commitment_from is not None:
        found.append(R.commitment_due >= where.commitment_from)
    if where.commitment_to is not None:
        found.append(R.commitment_due <= where.commitment_to)
    if where.addressed_body.strip():
        found.append(R.addressed_body == " ".join(where.addressed_body.split()))
    if fold_words(where.words):
        dialect = session.get_bind().dialect.name
        index = SEARCH_INDEXES["recommendations"]
        found.append(text_condition(dialect, R, index, where.words))
    return found


def recommendation_keys(
    factory: SessionFactory,
    actor: Actor,
    where: RecommendationFilter,
    order: tuple[RecommendationColumn, bool] = (RecommendationColumn.DUE, False),
) -> list[int]:
    """The ids ``where`` lets through, in ``order`` (column, descending)."""
    with factory() as session:
        dialect = session.get_bind().dialect.name
        query = (
            select(R.id)
            .where(*conditions(session, where))
            .order_by(*sort_terms(_ORDER[order[0]], order[1], dialect))
        )
        return fetch_keys(session, query)


def recommendations_by_ids(
    factory: SessionFactory, actor: Actor, ids: Sequence[int]
) -> list[RecommendationRecord]:
    """The recommendations of ``ids``, in that order (a block of the lazy list)."""
    if not ids:
        return []
    with factory() as session:
        rows = list(session.scalars(select(R).where(R.id.in_(list(ids)))))
        by_id = {record.id: record for record in records_of(session, actor, rows)}
    return [by_id[key] for key in ids if key in by_id]


def count_recommendations(
    factory: SessionFactory, actor: Actor, where: RecommendationFilter
) -> int:
    """How many recommendations ``where`` lets through."""
    with factory() as session:
        return int(session.scalar(select(func.count(R.id)).where(*conditions(session, where))) or 0)


def counts(
    factory: SessionFactory, actor: Actor, where: RecommendationFilter, today: dt.date
) -> RecommendationCounts:
    """Those ``where`` lets through by state, and how many are overdue on ``today``.

    Two grouped queries, whatever their number.
    """
    with factory() as session:
        found = conditions(session, where)
        rows = session.execute(
            select(R.state, func.count(R.id)).where(*found).group_by(R.state)
        ).tuples()
        by_state = {RecommendationState(state): int(count) for state, count in rows}
        overdue = session.scalar(select(func.count(R.id)).where(*found, overdue_on(today)))
    return RecommendationCounts(
        by_state=by_state, overdue=int(overdue or 0), total=sum(by_state.values())
    )


def recommendation_years(factory: SessionFactory) -> list[int]:
    """The years recommendations belong to, newest first (the year filter's choices)."""
    with factory() as session:
        first = session.scalar(select(func.min(R.year)))
        last = session.scalar(select(func.max(R.year)))
    if first is None or last is None:
        return []
    return list(range(last, first - 1, -1))


def addressed_bodies(factory: SessionFactory) -> list[str]:
    """The bodies recommendations were addressed to, by name (the body filter's choices)."""
    with factory() as session:
        names = session.scalars(select(R.addressed_body).distinct().order_by(R.addressed_body))
        return list(names)
