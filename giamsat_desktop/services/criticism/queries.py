"""Lists of criticism sessions: the keys in order, the rows by block, the counts.

The database filters, sorts and counts (a large office's 10,000 sessions are never loaded
whole). A session is overdue on a day when its criticism was sent, it is still followed
(neither closed nor cancelled), its answers' deadline is past and a point is unanswered —
a condition, never a stored flag.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import CriticismPoint, CriticismSession
from giamsat_desktop.db.search_index import SEARCH_INDEXES
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.criticism import (
    CriticismForm,
    CriticismPurpose,
    CriticismStep,
    PointAnswer,
)
from giamsat_desktop.domain.criticism_records import (
    CriticismCounts,
    CriticismFilter,
    CriticismRecord,
)
from giamsat_desktop.domain.text import fold_words
from giamsat_desktop.services.common.listing import fetch_keys, sort_terms
from giamsat_desktop.services.criticism.records import records_of
from giamsat_desktop.services.registers.text_search import text_condition

C = CriticismSession
P = CriticismPoint
_OPEN = tuple(step.value for step in CriticismStep if step.is_open)
_FOLLOWED = (CriticismStep.SENT.value, CriticismStep.ANSWERED.value)
"""The steps at which the answers are awaited or being completed."""


class CriticismColumn(StrEnum):
    """The orders a list of sessions can be read in."""

    HELD = "held"
    TITLE = "title"
    BODY = "body"
    FORM = "form"
    STEP = "step"
    DUE = "due"
    MADE = "made"


_ORDER: dict[CriticismColumn, tuple[Any, ...]] = {
    CriticismColumn.HELD: (C.held_on, C.id),
    CriticismColumn.TITLE: (C.title, C.id),
    CriticismColumn.BODY: (C.drafting_body, C.id),
    CriticismColumn.FORM: (C.form, C.id),
    CriticismColumn.STEP: (C.step, C.id),
    CriticismColumn.DUE: (C.answer_due, C.id),
    CriticismColumn.MADE: (C.id,),
}


def unanswered() -> ColumnElement[bool]:
    """The SQL of "a point of the session is unanswered"."""
    return exists().where(P.session_id == C.id, P.answer == "")


def awaited() -> ColumnElement[bool]:
    """The SQL of "its answers are awaited": sent, followed, a point unanswered."""
    return C.step.in_(_FOLLOWED) & unanswered()


def overdue_on(day: dt.date) -> ColumnElement[bool]:
    """The SQL of "overdue on ``day``": sent, followed, deadline past, a point unanswered."""
    return C.step.in_(_FOLLOWED) & C.answer_due.is_not(None) & (C.answer_due < day) & unanswered()


def conditions(session: Session, where: CriticismFilter) -> list[ColumnElement[bool]]:
    """The SQL conditions of ``where``."""
    found: list[ColumnElement[bool]] = []
    if where.keys is not None:
        found.append(C.id.in_(sorted(where.keys)))
    if where.year is not None:
        found.append(C.year == where.year)
    if where.purpose is not None:
        found.append(C.purpose == where.purpose.value)
    if where.forms:
        found.append(C.form.in_(sorted(form.value for form in where.forms)))
    if where.steps:
        found.append(C.step.in_(sorted(step.value for step in where.steps)))
    if where.open_only:
        found.append(C.step.in_(_OPEN))
    if where.overdue_on is not None:
        found.append(overdue_on(where.overdue_on))
    if where.due_from is not None:
        found.append(C.answer_due >= where.due_from)
    if where.due_to is not None:
        found.append(C.answer_due <= where.due_to)
    if where.awaited_only:
        found.append(awaited())
    if fold_words(where.words):
        dialect = session.get_bind().dialect.name
        found.append(text_condition(dialect, C, SEARCH_INDEXES[C.__tablename__], where.words))
    return found


def criticism_keys(
    factory: SessionFactory,
    actor: Actor,
    where: CriticismFilter,
    order: tuple[CriticismColumn, bool] = (CriticismColumn.MADE, True),
) -> list[int]:
    """The ids ``where`` lets through, in ``order`` (column, descending)."""
    with factory() as session:
        dialect = session.get_bind().dialect.name
        query = (
            select(C.id)
            .where(*conditions(session, where))
            .order_by(*sort_terms(_ORDER[order[0]], order[1], dialect))
        )
        return fetch_keys(session, query)


def criticisms_by_ids(
    factory: SessionFactory, actor: Actor, ids: Sequence[int]
) -> list[CriticismRecord]:
    """The sessions of ``ids``, in that order (a block of the lazy list)."""
    if not ids:
        return []
    with factory() as session:
        rows = list(session.scalars(select(C).where(C.id.in_(list(ids)))))
        by_id = {record.id: record for record in records_of(session, actor, rows)}
    return [by_id[key] for key in ids if key in by_id]


def counts(
    factory: SessionFactory, actor: Actor, where: CriticismFilter, today: dt.date
) -> CriticismCounts:
    """Those ``where`` lets through by form and purpose; opinions; points, those accepted; overdue.

    Four grouped queries, whatever their number.
    """
    with factory() as session:
        found = conditions(session, where)
        rows = session.execute(select(C.form, func.count(C.id)).where(*found).group_by(C.form))
        by_form = {CriticismForm(form): int(count) for form, count in rows.tuples()}
        purposes = session.execute(
            select(C.purpose, func.count(C.id), func.coalesce(func.sum(C.opinions), 0))
            .where(*found)
            .group_by(C.purpose)
        )
        grouped = [
            (CriticismPurpose(purpose), int(n), int(o)) for purpose, n, o in purposes.tuples()
        ]
        chosen = select(C.id).where(*found)
        points, accepted = session.execute(
            select(
                func.count(P.id),
                func.count(P.id).filter(P.answer == PointAnswer.ACCEPTED.value),
            ).where(P.session_id.in_(chosen))
        ).one()
        overdue = session.scalar(select(func.count(C.id)).where(*found, overdue_on(today)))
    return CriticismCounts(
        by_form=by_form,
        total=sum(by_form.values()),
        points=int(points or 0),
        accepted=int(accepted or 0),
        overdue=int(overdue or 0),
        by_purpose={purpose: n for purpose, n, _ in grouped},
        opinions=sum(o for _, _, o in grouped),
    )


def criticism_years(factory: SessionFactory) -> list[int]:
    """The years sessions belong to, newest first (the year filter's choices)."""
    with factory() as session:
        first = session.scalar(select(func.min(C.year)))
        last = session.scalar(select(func.max(C.year)))
    if first is None or last is None:
        return []
    return list(range(last, first - 1, -1))
