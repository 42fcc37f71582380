"""Lists of sessions: the keys in order, the rows by block, the counts by form and role.

The database filters, sorts and counts (the list of 20,000 sessions is never loaded whole).
Sessions are not secret, so every account gets the same keys; the cited documents a viewer
may not see are left out of the records themselves (``records.records_of``).

A session's first and last working days are its working sessions' (else its planned
dates): :func:`first_working` and :func:`last_working` give them as SQL, for the lead
times' filters and the calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import SupervisionSession, WorkingSession
from giamsat_desktop.db.search_index import SEARCH_INDEXES
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import (
    SessionFilter,
    SessionRecord,
    last_working_between,
    notice_step,
)
from giamsat_desktop.domain.text import fold_words
from giamsat_desktop.services.catalog.days_off import days_off_in
from giamsat_desktop.services.common.listing import fetch_keys, sort_terms
from giamsat_desktop.services.registers.text_search import text_condition
from giamsat_desktop.services.supervision.records import records_of
from giamsat_desktop.services.supervision.settings import lead_days_in

S = SupervisionSession
_CLOSED = (SessionStep.CLOSED.value, SessionStep.CANCELLED.value)
_CANCELLED = SessionStep.CANCELLED.value
NOTICE_FORMS = tuple(
    sorted(
        form.value
        for form in SupervisionForm
        if notice_step(form, SupervisionRole.LEAD) is not None
    )
)
"""The forms whose sessions led by the Front send a notice (joined ones never do)."""


class SessionColumn(StrEnum):
    """The orders a list of sessions can be read in."""

    START = "start"
    SUBJECT = "subject"
    BODY = "body"
    FORM = "form"
    STEP = "step"
    MADE = "made"


_ORDER: dict[SessionColumn, tuple[Any, ...]] = {
    SessionColumn.START: (S.planned_start, S.id),
    SessionColumn.SUBJECT: (S.subject, S.id),
    SessionColumn.BODY: (S.supervised_body, S.planned_start, S.id),
    SessionColumn.FORM: (S.form, S.role, S.planned_start, S.id),
    SessionColumn.STEP: (S.step, S.planned_start, S.id),
    SessionColumn.MADE: (S.id,),
}


def first_working() -> ColumnElement[Any]:
    """The first working session's day, else the planned start, else the planned end."""
    held = (
        select(func.min(WorkingSession.held_on))
        .where(WorkingSession.session_id == S.id)
        .correlate(S)
        .scalar_subquery()
    )
    return func.coalesce(held, S.planned_start, S.planned_end)


def last_working() -> ColumnElement[Any]:
    """The last working session's day, else the planned end, else the planned start."""
    held = (
        select(func.max(WorkingSession.held_on))
        .where(WorkingSession.session_id == S.id)
        .correlate(S)
        .scalar_subquery()
    )
    return func.coalesce(held, S.planned_end, S.planned_start)


def has_notice() -> ColumnElement[bool]:
    """Sessions that send a notice: led by the Front in a form with a notice step."""
    return and_(S.role == SupervisionRole.LEAD.value, S.form.in_(NOTICE_FORMS))


def _near(low: dt.date | None, high: dt.date | None) -> list[ColumnElement[bool]]:
    """Sessions with a working session or a planned day from ``low`` to ``high``.

    Every session whose first (or last) working day falls in the range is one of them; the
    test is cheap, so the exact day (a subquery per session) is computed for these only.
    """
    if low is None or high is None:
        return []
    held = select(WorkingSession.session_id).where(WorkingSession.held_on.between(low, high))
    return [
        or_(
            S.planned_start.between(low, high),
            S.planned_end.between(low, high),
            S.id.in_(held),
        )
    ]


def _between(column: ColumnElement[Any], low: Any, high: Any) -> list[ColumnElement[bool]]:
    found = []
    if low is not None:
        found.append(column >= low)
    if high is not None:
        found.append(column <= high)
    return found


def _due_conditions(session: Session, where: SessionFilter) -> list[ColumnElement[bool]]:
    """The lead times' filters: the notice's day is exact, the report's moved off days off."""
    found: list[ColumnElement[bool]] = []
    notice = (where.notice_due_from, where.notice_due_to)
    report = (where.report_due_from, where.report_due_to)
    if notice == (None, None) and report == (None, None):
        return found
    days = lead_days_in(session)
    if notice != (None, None):
        ahead = dt.timedelta(days=days.notice)
        low, high = (day + ahead if day is not None else None for day in notice)
        found += [S.step != _CANCELLED, has_notice(), *_near(low, high)]
        found += _between(first_working(), low, high)
    if report != (None, None):
        span = last_working_between(*report, days_off_in(session), days.report)
        if span is None:
            return [S.id.is_(None)]  # no day has its report due in the range
        found += [S.step != _CANCELLED, *_near(*span), *_between(last_working(), *span)]
    return found


def conditions(
    session: Session, where: SessionFilter, today: dt.date | None = None
) -> list[ColumnElement[bool]]:
    """The SQL conditions of ``where`` (``today`` is kept for filters read on a day)."""
    found: list[ColumnElement[bool]] = []
    if where.keys is not None:
        found.append(S.id.in_(sorted(where.keys)))
    if where.year is not None:
        found.append(S.year == where.year)
    if where.form is not None:
        found.append(S.form == where.form.value)
    if where.role is not None:
        found.append(S.role == where.role.value)
    if where.steps:
        found.append(S.step.in_(sorted(step.value for step in where.steps)))
    if where.open_only:
        found.append(S.step.not_in(_CLOSED))
    if where.organization_id is not None:
        found.append(S.lead_id == where.organization_id)
    if where.item_id is not None:
        found.append(S.item_id == where.item_id)
    found += _due_conditions(session, where)
    if fold_words(where.words):
        dialect = session.get_bind().dialect.name
        index = SEARCH_INDEXES["supervision_sessions"]
        found.append(text_condition(dialect, S, index, where.words))
    return found


def session_keys(
    factory: SessionFactory,
    actor: Actor,
    where: SessionFilter,
    today: dt.date,
    order: tuple[SessionColumn, bool] = (SessionColumn.START, True),
) -> list[int]:
    """The ids of the sessions ``where`` lets through, in ``order`` (column, descending)."""
    with factory() as session:
        dialect = session.get_bind().dialect.name
        query = (
            select(S.id)
            .where(*conditions(session, where, today))
            .order_by(*sort_terms(_ORDER[order[0]], order[1], dialect))
        )
        return fetch_keys(session, query)


def count_sessions(
    factory: SessionFactory, actor: Actor, where: SessionFilter, today: dt.date
) -> int:
    """How many sessions ``where`` lets through."""
    with factory() as session:
        query = select(func.count(S.id)).where(*conditions(session, where, today))
        return int(session.scalar(query) or 0)


def sessions_by_ids(
    factory: SessionFactory, actor: Actor, ids: Sequence[int], today: dt.date | None = None
) -> list[SessionRecord]:
    """The sessions of ``ids``, in that order, their lead times on ``today`` (a block)."""
    if not ids:
        return []
    with factory() as session:
        rows = list(session.scalars(select(S).where(S.id.in_(list(ids)))))
        by_id = {record.id: record for record in records_of(session, actor, rows, today)}
    return [by_id[key] for key in ids if key in by_id]


def session_years(factory: SessionFactory) -> list[int]:
    """The years sessions belong to, newest first (the year filter's choices)."""
    with factory() as session:
        first = session.scalar(select(func.min(S.year)))
        last = session.scalar(select(func.max(S.year)))
    if first is None or last is None:
        return []
    return list(range(last, first - 1, -1))


@dataclass(frozen=True, slots=True)
class SessionCounts:
    """A year's sessions by form and by role (cancelled ones left out).

    ``by_key`` holds only the pairs that have sessions; :meth:`of` reads 0 for the others.
    """

    year: int
    by_key: Mapping[tuple[SupervisionForm, SupervisionRole], int] = field(
        default_factory=dict, hash=False
    )

    def of(self, form: SupervisionForm, role: SupervisionRole) -> int:
        """The sessions of ``form`` led or joined as ``role``."""
        return self.by_key.get((form, role), 0)

    def of_form(self, form: SupervisionForm) -> int:
        """Every session of ``form``."""
        return sum(self.of(form, role) for role in SupervisionRole)

    def of_role(self, role: SupervisionRole) -> int:
        """Every session the Front led (chủ trì) or joined (phối hợp)."""
        return sum(self.of(form, role) for form in SupervisionForm)

    @property
    def total(self) -> int:
        """Every session of the year but the cancelled ones."""
        return sum(self.by_key.values())


def counts_by_form(factory: SessionFactory, actor: Actor, year: int) -> SessionCounts:
    """The year's sessions by form × chủ trì/phối hợp, in one grouped query."""
    query = (
        select(S.form, S.role, func.count(S.id))
        .where(S.year == year, S.step != _CANCELLED)
        .group_by(S.form, S.role)
    )
    with factory() as session:
        rows = session.execute(query).tuples().all()
    return SessionCounts(
        year,
        {(SupervisionForm(form), SupervisionRole(role)): int(count) for form, role, count in rows},
    )
