"""Lists of direct dialogues: the keys in order, the rows by block, the counts.

The database filters, sorts and counts. A commitment is overdue on a day when it has a day
to be done by, is not done, and the day has passed (``domain.dialogues.commitment_overdue``)
— a condition, never a stored flag. The commitment conditions of a filter hold for one and
the same issue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import Dialogue, DialogueIssue
from giamsat_desktop.db.search_index import SEARCH_INDEXES
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.dialogue_records import DialogueCounts, DialogueFilter, DialogueRecord
from giamsat_desktop.domain.dialogues import LeaderBody
from giamsat_desktop.domain.text import fold_words
from giamsat_desktop.services.common.listing import fetch_keys, sort_terms
from giamsat_desktop.services.dialogues.records import records_of
from giamsat_desktop.services.registers.text_search import text_condition

D = Dialogue
I = DialogueIssue  # noqa: E741 - the issues' table, as the queries read it


EVERY = DialogueFilter()
"""The filter that lets every dialogue through."""


class DialogueColumn(StrEnum):
    """The orders a list of dialogues can be read in."""

    HELD = "held"
    LEADER = "leader"
    BODY = "body"
    TOPIC = "topic"
    MADE = "made"


_ORDER: dict[DialogueColumn, tuple[Any, ...]] = {
    DialogueColumn.HELD: (D.held_on, D.id),
    DialogueColumn.LEADER: (D.leader, D.id),
    DialogueColumn.BODY: (D.leader_body, D.id),
    DialogueColumn.TOPIC: (D.topic, D.id),
    DialogueColumn.MADE: (D.id,),
}


def committed() -> ColumnElement[bool]:
    """The SQL of "the issue holds a commitment"."""
    return I.commitment != ""


def pending() -> ColumnElement[bool]:
    """The SQL of "the issue's commitment is not done"."""
    return committed() & I.done_on.is_(None)


def overdue_issue(day: dt.date) -> ColumnElement[bool]:
    """The SQL of "the issue's commitment is overdue on ``day``"."""
    return pending() & I.due_on.is_not(None) & (I.due_on < day)


def _issue_conditions(where: DialogueFilter) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if where.overdue_on is not None:
        found.append(overdue_issue(where.overdue_on))
    if where.pending_only:
        found.append(pending())
    if where.due_from is not None:
        found += [committed(), I.due_on >= where.due_from]
    if where.due_to is not None:
        found += [committed(), I.due_on <= where.due_to]
    return found


def conditions(session: Session, where: DialogueFilter) -> list[ColumnElement[bool]]:
    """The SQL conditions of ``where``."""
    found: list[ColumnElement[bool]] = []
    if where.keys is not None:
        found.append(D.id.in_(sorted(where.keys)))
    if where.year is not None:
        found.append(D.year == where.year)
    if where.bodies:
        found.append(D.leader_body.in_(sorted(body.value for body in where.bodies)))
    on_issue = _issue_conditions(where)
    if on_issue:
        found.append(exists().where(I.dialogue_id == D.id, *on_issue))
    if fold_words(where.words):
        dialect = session.get_bind().dialect.name
        found.append(text_condition(dialect, D, SEARCH_INDEXES[D.__tablename__], where.words))
    return found


def dialogue_keys(
    factory: SessionFactory,
    actor: Actor,
    where: DialogueFilter,
    order: tuple[DialogueColumn, bool] = (DialogueColumn.HELD, True),
) -> list[int]:
    """The ids ``where`` lets through, in ``order`` (column, descending)."""
    with factory() as session:
        dialect = session.get_bind().dialect.name
        query = (
            select(D.id)
            .where(*conditions(session, where))
            .order_by(*sort_terms(_ORDER[order[0]], order[1], dialect))
        )
        return fetch_keys(session, query)


def dialogues_by_ids(
    factory: SessionFactory, actor: Actor, ids: Sequence[int]
) -> list[DialogueRecord]:
    """The dialogues of ``ids``, in that order (a block of the lazy list)."""
    if not ids:
        return []
    with factory() as session:
        rows = list(session.scalars(select(D).where(D.id.in_(list(ids)))))
        by_id = {record.id: record for record in records_of(session, actor, rows)}
    return [by_id[key] for key in ids if key in by_id]


def counts(
    factory: SessionFactory,
    actor: Actor,
    *,
    year: int | None = None,
    day: dt.date,
    where: DialogueFilter = EVERY,
) -> DialogueCounts:
    """The dialogues of ``year`` (all years: None) that ``where`` lets through, counted.

    By the leader's body; their issues, commitments, those done, those overdue on ``day``.
    Two grouped queries, whatever their number.
    """
    with factory() as session:
        found = conditions(session, where)
        if year is not None:
            found.append(D.year == year)
        rows = session.execute(
            select(D.leader_body, func.count(D.id)).where(*found).group_by(D.leader_body)
        )
        by_body = {LeaderBody(body): int(count) for body, count in rows.tuples()}
        chosen = select(D.id).where(*found)
        issues, commitments, done, overdue = session.execute(
            select(
                func.count(I.id),
                func.count(I.id).filter(committed()),
                func.count(I.id).filter(committed() & I.done_on.is_not(None)),
                func.count(I.id).filter(overdue_issue(day)),
            ).where(I.dialogue_id.in_(chosen))
        ).one()
    return DialogueCounts(
        dialogues=sum(by_body.values()),
        by_body=by_body,
        issues=int(issues or 0),
        commitments=int(commitments or 0),
        done=int(done or 0),
        overdue=int(overdue or 0),
    )


def dialogue_years(factory: SessionFactory) -> list[int]:
    """The years dialogues belong to, newest first (the year filter's choices)."""
    with factory() as session:
        first = session.scalar(select(func.min(D.year)))
        last = session.scalar(select(func.max(D.year)))
    if first is None or last is None:
        return []
    return list(range(last, first - 1, -1))
