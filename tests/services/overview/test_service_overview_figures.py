"""Tổng quan's figures against a small office counted by hand, and against the lists they open.

The office lives in a year wholly past (the year before the session's), so that every date
below is a plain calendar day: ``DAY`` is 15 June of that year, the day the figures are read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.deadlines import ReportPeriod
from giamsat_desktop.domain.documents import Secrecy, Urgency
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.domain.tasks import TaskDraft, TaskState
from giamsat_desktop.services.catalog.days_off import set_reminder_days
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.overview import figures
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.tasks import assign, document_status, moves, records
from giamsat_desktop.services.tasks.queries import OrganizationFigures, count_tasks
from tests.session_day import TODAY

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
Y = TODAY.year - 1
DAY = dt.date(Y, 6, 15)
"""The day the office reads its figures on."""


def days(n: int) -> dt.date:
    """``DAY`` + ``n`` days."""
    return DAY + dt.timedelta(days=n)


@dataclass(frozen=True)
class Office:
    a: int
    b: int


def _document(
    context: ServiceContext,
    arrival: dt.date,
    urgency: Urgency = Urgency.NORMAL,
    secrecy: Secrecy = Secrecy.NORMAL,
) -> int:
    draft = IncomingDraft(
        arrival, "UBND xã", f"Văn bản {urgency.value} {arrival}", urgency=urgency, secrecy=secrecy
    )
    record, _ = incoming.register_incoming(context.factory, CLERK, draft)
    return record.id


def _give(context: ServiceContext, lead: int, source: int | None = None, **kw: object) -> int:
    draft = TaskDraft("Việc", lead, **kw)  # type: ignore[arg-type]
    tasks, _ = assign.assign_tasks(context.factory, CLERK, [draft], source_id=source)
    return tasks[0].id


def _move(
    context: ServiceContext, task: int, state: TaskState, on: dt.date, note: str = ""
) -> None:
    version = records.get_task(context.factory, CLERK, task).version
    moves.move_task(context.factory, CLERK, task, version, state, on, note=note)


@pytest.fixture
def office(context: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> Office:
    """Two organisations' tasks and a few documents; see each line for what it tests."""
    members = [o for o in list_organizations(context.factory) if o.kind.value == "member"]
    a, b = members[0].id, members[1].id
    # A task given the year before, done on time in January: in the chart, not in the table.
    monkeypatch.setattr(clock, "today", lambda: dt.date(Y - 1, 12, 20))
    last_year = _give(context, a, deadline=dt.date(Y, 1, 10))
    _move(context, last_year, TaskState.DONE, dt.date(Y, 1, 5))
    monkeypatch.setattr(clock, "today", lambda: DAY)

    plain = _document(context, days(-20))  # handled once its two tasks are done
    secret = _document(context, days(-1), Urgency.URGENT, Secrecy.SECRET)  # urgent, secret
    _document(context, days(-6), Urgency.URGENT)  # the 7th day back: counted
    _document(context, days(-7), Urgency.VERY_URGENT)  # the 8th day back: not counted
    _document(context, DAY, Urgency.FLASH)
    _document(context, DAY)  # not urgent
    cancelled = _document(context, days(-2), Urgency.URGENT)
    version = incoming.get_incoming(context.factory, CLERK, cancelled).version
    incoming.cancel_incoming(context.factory, CLERK, cancelled, "Nhập trùng", version)
    filed = _document(context, days(-30))
    document_status.file_without_tasks(context.factory, CLERK, filed, "Lưu")

    on_time = _give(context, a, plain, deadline=dt.date(Y, 3, 10))
    _move(context, on_time, TaskState.DONE, dt.date(Y, 3, 10))  # on the deadline day: on time
    late = _give(context, a, plain, deadline=dt.date(Y, 3, 31))
    _move(context, late, TaskState.DONE, dt.date(Y, 4, 1))  # a day late, in April
    _give(context, a, deadline=days(-1))  # overdue from DAY on
    soon = _give(context, a, deadline=days(3))  # due within 3 days
    _move(context, soon, TaskState.IN_PROGRESS, days(-5))
    _give(context, a, deadline=days(4))  # one day beyond the window
    _give(context, a, report_period=ReportPeriod.QUARTERLY)  # standing: no rate
    standing_done = _give(context, a, report_period=ReportPeriod.MONTHLY)
    _move(context, standing_done, TaskState.DONE, dt.date(Y, 2, 14))  # done, no deadline
    dropped = _give(context, a, deadline=days(-5))
    _move(context, dropped, TaskState.CANCELLED, days(-10), "Không tổ chức nữa")
    paused = _give(context, a, deadline=days(-3))
    _move(context, paused, TaskState.PAUSED, days(-8), "Chờ kinh phí")  # paused is still open
    june = _give(context, a, deadline=days(10))
    _move(context, june, TaskState.DONE, DAY)

    _give(context, b, secret, deadline=days(-2))  # overdue, from the secret document
    secret_done = _give(context, b, secret, deadline=dt.date(Y, 4, 30))
    _move(context, secret_done, TaskState.DONE, dt.date(Y, 4, 20))
    b_late = _give(context, b, deadline=dt.date(Y, 5, 1))
    _move(context, b_late, TaskState.DONE, dt.date(Y, 6, 2))
    return Office(a, b)


def _line(found: figures.YearFigures, organization_id: int) -> tuple[int, ...]:
    line = next(f for f in found.organizations if f.organization_id == organization_id)
    return _numbers(line)


def _numbers(line: OrganizationFigures) -> tuple[int, ...]:
    return (
        line.assigned,
        line.done_on_time,
        line.done_late,
        line.overdue,
        line.in_progress,
        line.standing,
    )


def test_the_cards_match_the_hand_count(context: ServiceContext, office: Office) -> None:
    counts = figures.overview(context.factory, DAY, CLERK)
    assert counts.tasks_overdue == 3  # open past the deadline, paused too; not the cancelled
    assert counts.tasks_due_soon == 1  # due on DAY + 3, the last day of the window
    assert counts.reminder_days == 3
    # Chưa xử lý + đang xử lý: not the one filed, nor the cancelled one, nor the first, whose
    # two tasks are done.
    assert counts.incoming_open == 5
    assert counts.urgent_recent == 3  # the secret one, the 7th day back, hỏa tốc today
    assert counts.urgent_from == days(-6)
    # The day before, the task due then is not overdue yet but due within the window.
    before = figures.overview(context.factory, days(-1), CLERK)
    assert (before.tasks_overdue, before.tasks_due_soon) == (2, 1)


def test_the_reminder_window_is_the_offices(context: ServiceContext, office: Office) -> None:
    set_reminder_days(context.factory, CLERK, 4)
    counts = figures.overview(context.factory, DAY, CLERK)
    assert (counts.reminder_days, counts.tasks_due_soon) == (4, 2)
    assert counts.due_soon_filter() == figures.due_soon_tasks(4)


def test_a_viewer_counts_no_secret_document_nor_its_tasks(
    context: ServiceContext, office: Office
) -> None:
    counts = figures.overview(context.factory, DAY, VIEWER)
    assert (counts.tasks_overdue, counts.incoming_open, counts.urgent_recent) == (2, 4, 2)
    year = figures.year_figures(context.factory, VIEWER, Y, DAY)
    assert _line(year, office.b) == (1, 0, 1, 0, 0, 0)
    assert year.months[3].on_time == 0  # April: the secret document's task is not counted
    assert year.months[3].late == 1


def test_the_table_by_organisation_counts_the_tasks_given_that_year(
    context: ServiceContext, office: Office
) -> None:
    year = figures.year_figures(context.factory, CLERK, Y, DAY)
    # assigned (all but cancelled), on time, late, overdue, in time, standing
    assert _line(year, office.a) == (9, 2, 1, 2, 2, 1)
    assert _line(year, office.b) == (3, 1, 1, 1, 0, 0)
    rates = {f.organization_id: f.rate for f in year.organizations}
    assert rates[office.a] == pytest.approx(2 / 5)  # standing and cancelled left out
    assert rates[office.b] == pytest.approx(1 / 3)
    assert _numbers(year.total) == (12, 3, 2, 3, 2, 1)
    assert year.rate == pytest.approx(3 / 8)
    assert figures.year_figures(context.factory, CLERK, Y - 1, DAY).organizations[0].assigned == 1


def test_tasks_done_per_month(context: ServiceContext, office: Office) -> None:
    months = figures.year_figures(context.factory, CLERK, Y, DAY).months
    assert [m.month for m in months] == list(range(1, 13))
    split = [(m.on_time, m.late, m.no_deadline) for m in months]
    assert split == [
        (1, 0, 0),  # January: given the year before
        (0, 0, 1),  # February: a standing task closed
        (1, 0, 0),
        (1, 1, 0),  # April: the secret document's task on time, the March one a day late
        (0, 0, 0),
        (1, 1, 0),
        *[(0, 0, 0)] * 6,
    ]
    assert [m.total for m in months][:6] == [1, 1, 1, 2, 0, 2]


@pytest.mark.parametrize("actor", [CLERK, VIEWER], ids=["clerk", "viewer"])
def test_every_figure_counts_the_list_it_opens(
    context: ServiceContext, office: Office, actor: Actor
) -> None:
    """The filters the page hands the task list count, there, what the figure says."""

    def listed(where: object) -> int:
        return count_tasks(context.factory, actor, where, DAY)  # type: ignore[arg-type]

    counts = figures.overview(context.factory, DAY, actor)
    assert listed(counts.overdue_filter()) == counts.tasks_overdue
    assert listed(counts.due_soon_filter()) == counts.tasks_due_soon
    year = figures.year_figures(context.factory, actor, Y, DAY)
    columns = [f.name for f in fields(OrganizationFigures) if f.name in figures.COLUMN_FILTERS]
    assert len(columns) == 6
    for line in (*year.organizations, year.total):
        organization = line.organization_id or None
        for column in columns:
            cell = figures.organization_cell(column, organization, Y)
            assert listed(cell) == getattr(line, column), (line.name, column)
    for month in year.months:
        assert listed(figures.month_tasks(Y, month.month)) == month.total, month


def test_the_page_reads_everything_at_once(context: ServiceContext, office: Office) -> None:
    page = figures.page_figures(context.factory, CLERK, Y, DAY)
    assert page.counts == figures.overview(context.factory, DAY, CLERK)
    assert page.year == figures.year_figures(context.factory, CLERK, Y, DAY)
    assert page.years == (Y, Y - 1)  # this year, and back to the first task given
    assert figures.page_figures(context.factory, CLERK, None, DAY).year.year == Y


def test_an_empty_office_counts_nothing(context: ServiceContext) -> None:
    page = figures.page_figures(context.factory, CLERK, None, DAY)
    assert (page.counts.tasks_overdue, page.counts.tasks_due_soon) == (0, 0)
    assert page.year.organizations == ()
    assert page.year.rate is None
    assert all(m.total == 0 for m in page.year.months)
    assert page.years == (Y,)


def test_month_filters_cover_the_month() -> None:
    assert figures.month_tasks(2025, 2).done_to == dt.date(2025, 2, 28)
    december = figures.month_tasks(2025, 12)
    assert (december.done_from, december.done_to) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
