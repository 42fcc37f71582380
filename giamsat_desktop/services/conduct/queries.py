"""Lists of QĐ 124 records: the keys in order, the rows by block, the years, the counts.

The database filters, sorts and counts (a large office's 20,000 reports are never loaded
whole). Words are searched in the folded text, which never holds who reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import CitizenReport, ConductPerson, ConductSession
from giamsat_desktop.db.search_index import SEARCH_INDEXES
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.conduct import ConductPlace, ReportChannel, ReportState
from giamsat_desktop.domain.conduct_records import (
    ConductCounts,
    ConductFilter,
    ConductRecord,
    ReportFilter,
    ReportRecord,
)
from giamsat_desktop.domain.text import fold_words
from giamsat_desktop.services.common.listing import fetch_keys, sort_terms
from giamsat_desktop.services.conduct import reports as report_rows
from giamsat_desktop.services.conduct import sessions as session_rows
from giamsat_desktop.services.registers.text_search import text_condition

S = ConductSession
R = CitizenReport
_FORWARDED = (ReportState.FORWARDED.value, ReportState.RESOLVED.value)
_HANDLED = tuple(state.value for state in ReportState if state.is_handled)


class ConductColumn(StrEnum):
    """The orders a list of sessions can be read in."""

    HELD = "held"
    PLACE = "place"
    UNIT = "unit"
    MADE = "made"


class ReportColumn(StrEnum):
    """The orders a list of reports can be read in."""

    RECEIVED = "received"
    CHANNEL = "channel"
    REPORTED = "reported"
    STATE = "state"
    MADE = "made"


_SESSION_ORDER: dict[ConductColumn, tuple[Any, ...]] = {
    ConductColumn.HELD: (S.held_on, S.id),
    ConductColumn.PLACE: (S.place_kind, S.id),
    ConductColumn.UNIT: (S.unit, S.id),
    ConductColumn.MADE: (S.id,),
}
_REPORT_ORDER: dict[ReportColumn, tuple[Any, ...]] = {
    ReportColumn.RECEIVED: (R.received_on, R.id),
    ReportColumn.CHANNEL: (R.channel, R.id),
    ReportColumn.REPORTED: (R.reported_name, R.id),
    ReportColumn.STATE: (R.state, R.id),
    ReportColumn.MADE: (R.id,),
}


def _words(session: Session, table: type[S] | type[R], words: str) -> ColumnElement[bool]:
    dialect = session.get_bind().dialect.name
    return text_condition(dialect, table, SEARCH_INDEXES[table.__tablename__], words)


def session_conditions(session: Session, where: ConductFilter) -> list[ColumnElement[bool]]:
    """The SQL conditions of ``where`` over the sessions."""
    found: list[ColumnElement[bool]] = []
    if where.keys is not None:
        found.append(S.id.in_(sorted(where.keys)))
    if where.year is not None:
        found.append(S.year == where.year)
    if where.place is not None:
        found.append(S.place_kind == where.place.value)
    if fold_words(where.words):
        found.append(_words(session, S, where.words))
    return found


def report_conditions(session: Session, where: ReportFilter) -> list[ColumnElement[bool]]:
    """The SQL conditions of ``where`` over the reports."""
    found: list[ColumnElement[bool]] = []
    if where.keys is not None:
        found.append(R.id.in_(sorted(where.keys)))
    if where.year is not None:
        found.append(R.year == where.year)
    if where.state is not None:
        found.append(R.state == where.state.value)
    if where.channel is not None:
        found.append(R.channel == where.channel.value)
    if fold_words(where.words):
        found.append(_words(session, R, where.words))
    return found


def conduct_keys(
    factory: SessionFactory,
    actor: Actor,
    where: ConductFilter,
    order: tuple[ConductColumn, bool] = (ConductColumn.HELD, True),
) -> list[int]:
    """The ids of the sessions ``where`` lets through, in ``order`` (column, descending)."""
    with factory() as session:
        dialect = session.get_bind().dialect.name
        query = (
            select(S.id)
            .where(*session_conditions(session, where))
            .order_by(*sort_terms(_SESSION_ORDER[order[0]], order[1], dialect))
        )
        return fetch_keys(session, query)


def conducts_by_ids(
    factory: SessionFactory, actor: Actor, ids: Sequence[int]
) -> list[ConductRecord]:
    """The sessions of ``ids``, in that order (a block of the lazy list)."""
    if not ids:
        return []
    with factory() as session:
        rows = list(session.scalars(select(S).where(S.id.in_(list(ids)))))
        by_id = {record.id: record for record in session_rows.records_of(session, rows)}
    return [by_id[key] for key in ids if key in by_id]


def report_keys(
    factory: SessionFactory,
    actor: Actor,
    where: ReportFilter,
    order: tuple[ReportColumn, bool] = (ReportColumn.RECEIVED, True),
) -> list[int]:
    """The ids of the reports ``where`` lets through, in ``order`` (column, descending)."""
    with factory() as session:
        dialect = session.get_bind().dialect.name
        query = (
            select(R.id)
            .where(*report_conditions(session, where))
            .order_by(*sort_terms(_REPORT_ORDER[order[0]], order[1], dialect))
        )
        return fetch_keys(session, query)


def reports_by_ids(factory: SessionFactory, actor: Actor, ids: Sequence[int]) -> list[ReportRecord]:
    """The reports of ``ids``, in that order, as ``actor`` may see them."""
    if not ids:
        return []
    with factory() as session:
        rows = list(session.scalars(select(R).where(R.id.in_(list(ids)))))
        by_id = {record.id: record for record in report_rows.records_of(session, actor, rows)}
    return [by_id[key] for key in ids if key in by_id]


def _years(session: Session, column: Any) -> list[int]:
    first, last = session.execute(select(func.min(column), func.max(column))).one()
    if first is None or last is None:
        return []
    return list(range(int(last), int(first) - 1, -1))


def conduct_years(factory: SessionFactory) -> list[int]:
    """The years sessions or reports belong to, newest first (the year filters' choices)."""
    with factory() as session:
        years = set(_years(session, S.year)) | set(_years(session, R.year))
    return sorted(years, reverse=True)


def counts(factory: SessionFactory, actor: Actor, *, year: int | None = None) -> ConductCounts:
    """The QĐ 124 figures of ``year`` (every year when None), in a few grouped queries."""
    with factory() as session:
        held = [S.year == year] if year is not None else []
        sessions = {
            ConductPlace(place): int(count)
            for place, count in session.execute(
                select(S.place_kind, func.count(S.id)).where(*held).group_by(S.place_kind)
            ).tuples()
        }
        people = session.scalar(
            select(func.count(ConductPerson.id)).where(
                ConductPerson.session_id.in_(select(S.id).where(*held))
            )
        )
        received = [R.year == year] if year is not None else []
        by_state = {
            state: int(count)
            for state, count in session.execute(
                select(R.state, func.count(R.id)).where(*received).group_by(R.state)
            ).tuples()
        }
        by_channel = {
            ReportChannel(channel): int(count)
            for channel, count in session.execute(
                select(R.channel, func.count(R.id)).where(*received).group_by(R.channel)
            ).tuples()
        }
    return ConductCounts(
        sessions=sessions,
        people=int(people or 0),
        received=sum(by_state.values()),
        forwarded=sum(by_state.get(state, 0) for state in _FORWARDED),
        handled=sum(by_state.get(state, 0) for state in _HANDLED),
        by_channel=by_channel,
    )
