"""Figures for the Tổng quan page: each one counted by the database, none over Python rows.

Every figure is an aggregate (``COUNT`` / ``SUM(CASE …)``, ``GROUP BY``) under the same
conditions as the list it opens: the task figures use ``services.tasks.queries.conditions``
of the :class:`TaskFilter` the page hands the Nhiệm vụ page, so a card and its list always
agree. "Today" is a parameter (the PC's local date, ``services.common.clock.today()``);
overdue is computed from it, never stored. A viewer counts neither a secret document nor
the tasks given from one, as the registers and the task list hide them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import QueryableAttribute, Session

from giamsat_desktop.db.base import Base
from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import (
    CitizenReport,
    CriticismSession,
    Dialogue,
    IncomingDocument,
    Organization,
    OutgoingDocument,
    Person,
    Task,
)
from giamsat_desktop.domain.accounts import SYSTEM, Actor
from giamsat_desktop.domain.criticism import CriticismPurpose, CriticismStep
from giamsat_desktop.domain.criticism_records import CriticismFilter
from giamsat_desktop.domain.deadlines import Timeliness
from giamsat_desktop.domain.documents import HandlingStatus, Secrecy, Urgency
from giamsat_desktop.domain.tasks import OPEN_STATES, TaskFilter, TaskState, on_time_rate
from giamsat_desktop.services.catalog.days_off import reminder_days_in
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.criticism.queries import conditions as criticism_conditions
from giamsat_desktop.services.tasks.queries import (
    OrganizationFigures,
    conditions,
    done_late,
    done_on_time,
    organization_figures,
)

URGENT = frozenset({Urgency.URGENT, Urgency.VERY_URGENT, Urgency.FLASH})
"""Khẩn, thượng khẩn and hỏa tốc: the documents the urgent figure counts."""

URGENT_DAYS = 7
"""The urgent figure counts the documents that arrived in the last this many days, today too."""

DONE = frozenset({TaskState.DONE})


@dataclass(frozen=True, slots=True)
class OverviewFigures:
    """Counts a clerk checks first thing in the morning, all on ``today``.

    Attributes:
        year: The year of ``today`` (the figures "trong năm").
        incoming_this_year: Incoming documents that arrived this year, not cancelled.
        outgoing_this_year: Outgoing documents issued this year, not cancelled.
        incoming_open: Incoming documents not handled yet (chưa xử lý + đang xử lý, overdue
            ones too), not cancelled.
        incoming_overdue: Of those, the ones past their deadline.
        organizations_active: Organisations in use.
        people_active: People in use.
        today: The day the figures were counted on.
        urgent_recent: Khẩn, thượng khẩn or hỏa tốc documents that arrived from
            ``urgent_from`` to ``today``, not cancelled.
        urgent_from: The first day the urgent figure counts (``today`` − 6 days).
        tasks_overdue: Open tasks past their deadline.
        tasks_due_soon: Open tasks due from today to today + ``reminder_days``.
        reminder_days: The office's reminder window (Cài đặt), in days.
        criticism_this_year: Social criticism sessions of this year, not cancelled.
        contributions_this_year: QĐ 218 feedback sessions of this year, not cancelled.
        dialogues_this_year: Direct dialogues of this year.
        reports_this_year: Citizens' reports (QĐ 124) received this year.
    """

    year: int
    incoming_this_year: int
    outgoing_this_year: int
    incoming_open: int
    incoming_overdue: int
    organizations_active: int
    people_active: int
    today: dt.date
    urgent_recent: int = 0
    urgent_from: dt.date | None = None
    tasks_overdue: int = 0
    tasks_due_soon: int = 0
    reminder_days: int = 3
    criticism_this_year: int = 0
    contributions_this_year: int = 0
    dialogues_this_year: int = 0
    reports_this_year: int = 0

    def overdue_filter(self) -> TaskFilter:
        """The tasks the overdue figure counts."""
        return overdue_tasks()

    def due_soon_filter(self) -> TaskFilter:
        """The tasks the due-soon figure counts."""
        return due_soon_tasks(self.reminder_days)


@dataclass(frozen=True, slots=True)
class MonthDone:
    """The tasks done in one month: on time, late, and done with no deadline to judge."""

    month: int
    on_time: int
    late: int
    no_deadline: int

    @property
    def total(self) -> int:
        """Every task done in the month."""
        return self.on_time + self.late + self.no_deadline


@dataclass(frozen=True, slots=True)
class YearFigures:
    """The table by organisation and the tasks done per month, for one year.

    Attributes:
        year: The year shown.
        organizations: One line per organisation that was given tasks that year (by the
            day given), as ``services.tasks.queries.organization_figures`` counts them.
        months: Twelve entries, January first: the tasks done in each month of the year
            (by the day done, whatever year they were given in).
    """

    year: int
    organizations: tuple[OrganizationFigures, ...]
    months: tuple[MonthDone, ...]

    @property
    def total(self) -> OrganizationFigures:
        """The sums of the table's lines (organisation id 0), its rate counted the same way."""
        lines = self.organizations

        def add(attribute: str) -> int:
            return sum(getattr(line, attribute) for line in lines)

        return OrganizationFigures(
            organization_id=0,
            name="",
            assigned=add("assigned"),
            done_on_time=add("done_on_time"),
            done_late=add("done_late"),
            overdue=add("overdue"),
            in_progress=add("in_progress"),
            standing=add("standing"),
        )

    @property
    def rate(self) -> float | None:
        """% đúng hạn of the whole office for the year (``domain.tasks.on_time_rate``)."""
        total = self.total
        return on_time_rate(
            total.done_on_time, total.done_on_time + total.done_late, total.overdue
        )


@dataclass(frozen=True, slots=True)
class PageFigures:
    """Everything the Tổng quan page shows, read together."""

    counts: OverviewFigures
    year: YearFigures
    years: tuple[int, ...]
    """The years worth offering in the year selector, newest first (this year always)."""


# ----- the filters behind the figures ------------------------------------------------------


def overdue_tasks() -> TaskFilter:
    """Open tasks past their deadline today (the red figure)."""
    return TaskFilter(timeliness=Timeliness.OVERDUE)


def year_criticisms(
    year: int, purpose: CriticismPurpose = CriticismPurpose.CRITICISM
) -> CriticismFilter:
    """The sessions a year's figure counts: the year's of ``purpose``, not cancelled."""
    steps = frozenset(step for step in CriticismStep if step is not CriticismStep.CANCELLED)
    return CriticismFilter(year=year, steps=steps, purpose=purpose)


def due_soon_tasks(days: int) -> TaskFilter:
    """Open tasks due within the reminder window (the amber figure)."""
    return TaskFilter(due_within=days)


COLUMN_FILTERS: dict[str, TaskFilter] = {
    "assigned": TaskFilter(states=frozenset(TaskState) - {TaskState.CANCELLED}),
    "done_on_time": TaskFilter(timeliness=Timeliness.ON_TIME),
    "done_late": TaskFilter(timeliness=Timeliness.LATE),
    "overdue": TaskFilter(timeliness=Timeliness.OVERDUE),
    "in_progress": TaskFilter(timeliness=Timeliness.OPEN),
    "standing": TaskFilter(standing=True, states=OPEN_STATES),
}
"""What each count of the table by organisation counts, as a filter of the task list."""


def organization_cell(column: str, organization_id: int | None, year: int) -> TaskFilter:
    """The tasks behind one cell of the table by organisation.

    ``column`` is a field of :class:`OrganizationFigures` (any other, such as the name or
    the rate, gives all the organisation's tasks of the year); ``organization_id`` None
    for the total line.
    """
    base = COLUMN_FILTERS.get(column, TaskFilter())
    return TaskFilter(
        organization_id=organization_id,
        states=base.states,
        timeliness=base.timeliness,
        standing=base.standing,
        year=year,
    )


def month_tasks(year: int, month: int) -> TaskFilter:
    """The tasks done in ``month`` of ``year`` (a bar of the chart)."""
    first = dt.date(year, month, 1)
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return TaskFilter(states=DONE, done_from=first, done_to=last)


# ----- reading ----------------------------------------------------------------------------


def _sum(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """``SUM(CASE WHEN condition THEN 1 ELSE 0 END)``, 0 over no rows."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _count(session: Session, model: type[Base], *where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _hidden_documents(
    actor: Actor, secrecy: QueryableAttribute[str]
) -> list[ColumnElement[bool]]:
    """A viewer counts no secret document (the registers do not show them to a viewer)."""
    return [] if actor.role.can_see_secret else [secrecy == Secrecy.NORMAL.value]


def _only(where: TaskFilter, today: dt.date, dialect: str) -> ColumnElement[bool]:
    """The conditions of ``where`` without the viewer's rule, which the query's WHERE holds.

    ``conditions`` is a conjunction, so ``WHERE conditions(TaskFilter(), actor)`` (the rule
    alone) with ``CASE WHEN`` this counts exactly what ``conditions(where, actor)`` lists.
    """
    return and_(*conditions(where, SYSTEM, today, dialect))


def _document_counts(session: Session, actor: Actor, today: dt.date) -> tuple[int, ...]:
    """This year's documents, those not handled and overdue, the urgent ones of the last days.

    Three queries, each on what an index finds or on one plain scan: a ``CASE`` per figure
    over the whole register costs twice as much as the scan.
    """
    incoming = IncomingDocument
    shown = [incoming.cancelled_at.is_(None), *_hidden_documents(actor, incoming.secrecy)]
    start, end = dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    urgent_from = today - dt.timedelta(days=URGENT_DAYS - 1)
    this_year = _count(session, incoming, *shown, incoming.arrival_date.between(start, end))
    urgent = _count(
        session,
        incoming,
        *shown,
        incoming.arrival_date.between(urgent_from, today),
        incoming.urgency.in_(sorted(level.value for level in URGENT)),
    )
    unhandled, overdue = session.execute(
        select(func.count(), _sum(incoming.deadline < today)).where(
            *shown, incoming.handling_status != HandlingStatus.DONE.value
        )
    ).one()
    return this_year, int(unhandled), int(overdue), urgent


def _task_counts(session: Session, actor: Actor, today: dt.date, days: int) -> tuple[int, int]:
    """Overdue tasks and tasks due within ``days``: one query over the open tasks.

    Every task has a lead organisation; naming them lets SQLite find the open tasks through
    the (lead, state) index instead of reading every task.
    """
    dialect = session.get_bind().dialect.name
    open_states = sorted(state.value for state in OPEN_STATES)
    overdue, due_soon = session.execute(
        select(
            _sum(_only(overdue_tasks(), today, dialect)),
            _sum(_only(due_soon_tasks(days), today, dialect)),
        ).where(
            Task.lead_id.in_(select(Organization.id)),
            Task.state.in_(open_states),
            *conditions(TaskFilter(), actor, today, dialect),
        )
    ).one()
    return int(overdue), int(due_soon)


def _counts(session: Session, actor: Actor, today: dt.date) -> OverviewFigures:
    """The cards and the year's counts."""
    start, end = dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    days = reminder_days_in(session)
    this_year, unhandled, overdue, urgent = _document_counts(session, actor, today)
    tasks_overdue, tasks_due_soon = _task_counts(session, actor, today, days)
    outgoing = OutgoingDocument
    return OverviewFigures(
        year=today.year,
        incoming_this_year=this_year,
        outgoing_this_year=_count(
            session,
            outgoing,
            outgoing.cancelled_at.is_(None),
            outgoing.issue_date.between(start, end),
            *_hidden_documents(actor, outgoing.secrecy),
        ),
        incoming_open=unhandled,
        incoming_overdue=overdue,
        organizations_active=_count(session, Organization, Organization.active.is_(True)),
        people_active=_count(session, Person, Person.active.is_(True)),
        today=today,
        urgent_recent=urgent,
        urgent_from=today - dt.timedelta(days=URGENT_DAYS - 1),
        tasks_overdue=tasks_overdue,
        tasks_due_soon=tasks_due_soon,
        reminder_days=days,
        criticism_this_year=_count(
            session,
            CriticismSession,
            *criticism_conditions(session, year_criticisms(today.year)),
        ),
        contributions_this_year=_count(
            session,
            CriticismSession,
            *criticism_conditions(
                session, year_criticisms(today.year, CriticismPurpose.CONTRIBUTION)
            ),
        ),
        dialogues_this_year=_count(session, Dialogue, Dialogue.year == today.year),
        reports_this_year=_count(session, CitizenReport, CitizenReport.year == today.year),
    )


def overview(
    factory: SessionFactory, today: dt.date | None = None, actor: Actor = SYSTEM
) -> OverviewFigures:
    """The cards' counts on ``today`` (the PC's date when None), as ``actor`` may see them."""
    today = today or clock.today()
    with factory() as session:
        return _counts(session, actor, today)


def _months(session: Session, actor: Actor, year: int, today: dt.date) -> tuple[MonthDone, ...]:
    """Tasks done per month of ``year``: one ``GROUP BY`` month, on time and late apart."""
    dialect = session.get_bind().dialect.name
    whole_year = TaskFilter(
        states=DONE, done_from=dt.date(year, 1, 1), done_to=dt.date(year, 12, 31)
    )
    month = func.extract("month", Task.done_on)
    rows = session.execute(
        select(month, func.count(Task.id), _sum(done_on_time()), _sum(done_late()))
        .where(*conditions(whole_year, actor, today, dialect))
        .group_by(month)
    ).tuples()
    found = {int(m): (int(total), int(on_time), int(late)) for m, total, on_time, late in rows}
    months = []
    for number in range(1, 13):
        total, on_time, late = found.get(number, (0, 0, 0))
        months.append(MonthDone(number, on_time, late, total - on_time - late))
    return tuple(months)


def year_figures(
    factory: SessionFactory, actor: Actor, year: int, today: dt.date | None = None
) -> YearFigures:
    """The table by organisation (tasks given in ``year``) and the tasks done per month."""
    today = today or clock.today()
    organizations = organization_figures(factory, actor, TaskFilter(year=year), today)
    with factory() as session:
        months = _months(session, actor, year, today)
    return YearFigures(year, tuple(organizations), months)


def _years(session: Session, today: dt.date) -> tuple[int, ...]:
    """This year and every year a task was given or done in, newest first."""
    # Two queries: each minimum alone is read off its index; together they read every task.
    columns = (Task.assigned_on, Task.done_on)
    first = [session.scalar(select(func.min(column))) for column in columns]
    known = [day.year for day in first if day is not None]
    oldest = min([today.year, *known])
    return tuple(range(today.year, oldest - 1, -1))


def page_figures(
    factory: SessionFactory, actor: Actor, year: int | None = None, today: dt.date | None = None
) -> PageFigures:
    """Everything Tổng quan shows: the cards on ``today``, the table and chart of ``year``."""
    today = today or clock.today()
    with factory() as session:
        counts = _counts(session, actor, today)
        years = _years(session, today)
    return PageFigures(counts, year_figures(factory, actor, year or today.year, today), years)
