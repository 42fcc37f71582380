"""Tổng quan: each figure, cell and bar opens the list it counts, with as many lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.criticism import CriticismPurpose, CriticismStep
from giamsat_desktop.domain.documents import Urgency
from giamsat_desktop.domain.registers import IncomingState
from giamsat_desktop.domain.tasks import OPEN_STATES, TaskRecord, TaskState
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.tasks.queries import tasks_by_ids
from giamsat_desktop.ui.catalog.catalog_page import CatalogPage
from giamsat_desktop.ui.criticism.criticism_page import CriticismPage
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.overview import organization_table as table_columns
from giamsat_desktop.ui.overview.overview_page import OverviewPage
from giamsat_desktop.ui.registers.register_page import RegisterPage
from giamsat_desktop.ui.tasks.tasks_page import TasksPage
from tests.session_day import TODAY
from tests.ui.clicks import choose, click, settle


def _overview(window: MainWindow) -> OverviewPage:
    page = window.pages["overview"]
    assert isinstance(page, OverviewPage)
    settle(window)
    return page


def _lines(page: RegisterPage) -> list[object]:
    return [page.model.record(row) for row in range(page.model.rowCount())]


@pytest.mark.parametrize(
    ("figure", "register", "keeps"),
    [
        (
            "incoming_this_year",
            "incoming",
            lambda r: r.arrival_date.year == TODAY.year and not r.cancelled,
        ),
        (
            "outgoing_this_year",
            "outgoing",
            lambda r: r.issue_date.year == TODAY.year and not r.cancelled,
        ),
        (
            "incoming_open",
            "incoming",
            lambda r: (
                r.state(TODAY)
                in {IncomingState.PENDING, IncomingState.IN_PROGRESS, IncomingState.OVERDUE}
            ),
        ),
        ("incoming_overdue", "incoming", lambda r: r.state(TODAY) is IncomingState.OVERDUE),
        (
            "urgent_recent",
            "incoming",
            lambda r: (
                r.urgency is not Urgency.NORMAL
                and TODAY - dt.timedelta(days=6) <= r.arrival_date <= TODAY
                and not r.cancelled
            ),
        ),
    ],
)
def test_a_register_figure_opens_the_register_with_the_lines_it_counts(
    demo_window: MainWindow, qtbot: QtBot, figure: str, register: str, keeps: object
) -> None:
    overview = _overview(demo_window)
    button = overview.figures[figure]
    counted = int(button.value.text().replace(".", ""))
    assert counted > 0, "the demo office has lines of every kind"
    click(qtbot, button)
    assert demo_window.current_page_key() == register
    page = demo_window.pages[register]
    assert isinstance(page, RegisterPage)
    qtbot.waitUntil(lambda: page.count.text() == f"{button.value.text()} văn bản", timeout=10_000)
    settle(demo_window)
    lines = _lines(page)
    assert len(lines) == counted
    assert all(keeps(line) for line in lines)  # type: ignore[operator]


def test_a_figure_clears_the_filters_the_clerk_left_on_the_register(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    page = demo_window.show_page("incoming")
    assert isinstance(page, RegisterPage)
    settle(demo_window)
    page.filters.search.setText("bảo hiểm")  # words left in the search box from before
    qtbot.waitUntil(lambda: page.model.rowCount() < 150, timeout=5000)
    demo_window.show_page("overview")
    overview = _overview(demo_window)
    click(qtbot, overview.figures["incoming_overdue"])
    qtbot.waitUntil(
        lambda: page.count.text() == f"{overview.figures['incoming_overdue'].value.text()} văn bản"
    )
    assert page.filters.search.text() == ""
    assert page.filters.status.currentText() == "Quá hạn"


@pytest.mark.parametrize(("figure", "tab"), [("organizations_active", 0), ("people_active", 1)])
def test_the_catalog_figures_open_their_tab(
    demo_window: MainWindow, qtbot: QtBot, figure: str, tab: int
) -> None:
    overview = _overview(demo_window)
    click(qtbot, overview.figures[figure])
    page = demo_window.pages["catalog"]
    assert isinstance(page, CatalogPage)
    assert demo_window.current_page_key() == "catalog"
    assert page.tabs.currentIndex() == tab
    settle(demo_window)
    model = page.tabs.currentWidget().model  # type: ignore[attr-defined]
    active = [model.record(row) for row in range(model.rowCount()) if model.record(row).active]
    assert str(len(active)) == overview.figures[figure].value.text()


def test_the_years_criticism_figure_opens_those_sessions(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    overview = _overview(demo_window)
    figure = overview.figures["criticism_this_year"]
    assert figure.caption.text() == f"Phản biện xã hội năm {TODAY.year}:"
    click(qtbot, figure)
    page = demo_window.pages["criticism"]
    assert isinstance(page, CriticismPage)
    assert demo_window.current_page_key() == "criticism"
    settle(demo_window)
    shown = [page.model.record(row) for row in range(page.model.rowCount())]
    assert shown and str(len(shown)) == figure.value.text()
    assert all(r.year == TODAY.year and r.step is not CriticismStep.CANCELLED for r in shown)
    assert all(r.purpose is CriticismPurpose.CRITICISM for r in shown)
    assert f"phản biện xã hội năm {TODAY.year}, trừ cuộc đã hủy" in (
        page.filters.pinned_label.toolTip()
    )


def test_the_years_qd_218_figure_opens_the_feedback_sessions(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    overview = _overview(demo_window)
    figure = overview.figures["contributions_this_year"]
    assert figure.caption.text() == f"Góp ý theo QĐ 218 năm {TODAY.year}:"
    assert figure.value.text() == "1"  # the demo's feedback on the rules for citizens
    click(qtbot, figure)
    page = demo_window.pages["criticism"]
    assert isinstance(page, CriticismPage)
    settle(demo_window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    shown = page.model.record(0)
    assert shown.purpose is CriticismPurpose.CONTRIBUTION and shown.year == TODAY.year
    assert f"góp ý theo QĐ 218 năm {TODAY.year}" in page.filters.pinned_label.toolTip()


# ----- the task figures, the table by organisation and the chart ------------------------------


def _number(text: str) -> int:
    return int(text.replace(".", "").replace(",", "").replace("%", "").strip())


def _tasks_shown(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, counted: int
) -> list[TaskRecord]:
    """The Nhiệm vụ page came forward with ``counted`` lines: the tasks on them."""
    qtbot.waitUntil(lambda: window.current_page_key() == "tasks", timeout=5000)
    assert window.navigation.currentItem().text() == "Nhiệm vụ"
    page = window.pages["tasks"]
    assert isinstance(page, TasksPage)
    assert page.tabs.currentIndex() == 0  # the list, not the figures per organisation
    qtbot.waitUntil(lambda: page.filters.count.text() == f"{counted} nhiệm vụ", timeout=10_000)
    settle(window)
    keys = page.model.keys()
    assert page.model.rowCount() == len(keys) == counted
    return tasks_by_ids(context.factory, keys)


@pytest.mark.parametrize(
    ("card", "keeps"),
    [
        ("tasks_overdue", lambda t: t.is_overdue(TODAY)),
        (
            "tasks_due_soon",
            lambda t: (
                t.state in OPEN_STATES
                and t.deadline is not None
                and TODAY <= t.deadline <= TODAY + dt.timedelta(days=3)
            ),
        ),
    ],
)
def test_a_task_card_opens_the_tasks_it_counts(
    demo_window: MainWindow,
    demo_context: ServiceContext,
    qtbot: QtBot,
    card: str,
    keeps: Callable[[TaskRecord], bool],
) -> None:
    overview = _overview(demo_window)
    button = overview.cards[card]
    counted = _number(button.value.text())
    assert counted > 0, "the demo office has tasks overdue and due soon"
    click(qtbot, button)
    shown = _tasks_shown(demo_window, demo_context, qtbot, counted)
    assert all(keeps(task) for task in shown)


def test_the_overdue_card_opens_from_the_keyboard(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot
) -> None:
    overview = _overview(demo_window)
    card = overview.cards["tasks_overdue"]
    card.setFocus()
    assert card.hasFocus(), "a card takes the focus (Tab reaches it)"
    qtbot.keyClick(card, Qt.Key.Key_Space)
    _tasks_shown(demo_window, demo_context, qtbot, _number(card.value.text()))


def _cell(view: QTableView, name: str, column: int) -> QModelIndex:
    model = view.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data() == name]
    assert rows, f"no line {name!r}"
    return model.index(rows[0], column)


def _double_click(qtbot: QtBot, view: QTableView, index: QModelIndex) -> None:
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


ORGANISATION_CELLS = [
    (table_columns.ON_TIME, lambda t: t.state is TaskState.DONE and not t.done_late()),
    (table_columns.LATE, lambda t: t.done_late()),
    (table_columns.OVERDUE, lambda t: t.is_overdue(TODAY)),
    (
        table_columns.IN_PROGRESS,
        lambda t: t.state in OPEN_STATES and t.deadline is not None and t.deadline >= TODAY,
    ),
    (table_columns.ASSIGNED, lambda t: t.state is not TaskState.CANCELLED),
]


def _open_cell(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, column: int
) -> tuple[int, list[TaskRecord]]:
    """Double-click the first organisation's cell of ``column`` that counts any task.

    Returns the organisation's id and the tasks listed.
    """
    overview = _overview(window)
    view = overview.table
    model = view.model()
    found = [
        model.index(row, column)
        for row in range(model.rowCount() - 1)  # the last line is the total
        if _number(model.index(row, column).data()) > 0
    ]
    assert found, "the demo office has tasks of every kind"
    index = found[0]
    counted = _number(index.data())
    lead = view.figures.line(index.row()).organization_id
    _double_click(qtbot, view, index)
    return lead, _tasks_shown(window, context, qtbot, counted)


@pytest.mark.parametrize(("column", "keeps"), ORGANISATION_CELLS)
def test_a_cell_of_the_table_opens_the_organisations_tasks_it_counts(
    demo_window: MainWindow,
    demo_context: ServiceContext,
    qtbot: QtBot,
    column: int,
    keeps: Callable[[TaskRecord], bool],
) -> None:
    demo_window.show_page("tasks")  # the clerk has looked at Nhiệm vụ earlier
    settle(demo_window)
    demo_window.show_page("overview")
    lead, shown = _open_cell(demo_window, demo_context, qtbot, column)
    assert all(task.lead_id == lead for task in shown)
    assert all(task.assigned_on and task.assigned_on.year == TODAY.year for task in shown)
    assert all(keeps(task) for task in shown)


def test_a_cell_opens_the_organisations_tasks_before_nhiem_vu_was_ever_opened(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot
) -> None:
    lead, shown = _open_cell(demo_window, demo_context, qtbot, table_columns.LATE)
    assert all(task.lead_id == lead and task.done_late() for task in shown)


def test_enter_on_the_total_line_opens_every_organisations_tasks(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot
) -> None:
    overview = _overview(demo_window)
    view = overview.table
    index = _cell(view, "Tổng cộng", table_columns.OVERDUE)
    counted = _number(index.data())
    assert counted == _number(overview.cards["tasks_overdue"].value.text())
    assert counted == sum(
        _number(view.model().index(r, table_columns.OVERDUE).data())
        for r in range(view.model().rowCount() - 1)
    )
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert view.currentIndex() == index
    qtbot.keyClick(view, Qt.Key.Key_Return)
    shown = _tasks_shown(demo_window, demo_context, qtbot, counted)
    assert len({task.lead_id for task in shown}) > 1


def test_the_rate_explains_itself(demo_window: MainWindow) -> None:
    overview = _overview(demo_window)
    model = overview.table.model()
    rule = (
        "% đúng hạn = số hoàn thành đúng hạn ÷ (tất cả đã hoàn thành + đang quá hạn); "
        "không tính nhiệm vụ thường xuyên và nhiệm vụ đã hủy"
    )
    heading = model.headerData(
        table_columns.RATE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert heading == rule
    index = _cell(overview.table, "Hội Nông dân", table_columns.RATE)
    assert rule in index.data(Qt.ItemDataRole.ToolTipRole)
    on_time = _number(_cell(overview.table, "Hội Nông dân", table_columns.ON_TIME).data())
    late = _number(_cell(overview.table, "Hội Nông dân", table_columns.LATE).data())
    overdue = _number(_cell(overview.table, "Hội Nông dân", table_columns.OVERDUE).data())
    assert _number(index.data()) == round(100 * on_time / (on_time + late + overdue))


def test_a_month_bar_opens_the_tasks_done_that_month(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot
) -> None:
    overview = _overview(demo_window)
    chart = overview.chart
    assert chart.year == TODAY.year
    month = max(chart.months, key=lambda m: m.total)
    assert month.total > 0
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(month.month).center())
    shown = _tasks_shown(demo_window, demo_context, qtbot, month.total)
    assert all(t.state is TaskState.DONE for t in shown)
    assert all(
        t.done_on and (t.done_on.year, t.done_on.month) == (TODAY.year, month.month) for t in shown
    )
    assert sum(1 for t in shown if t.done_late()) == month.late


def test_a_month_opens_from_the_keyboard(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot
) -> None:
    overview = _overview(demo_window)
    chart = overview.chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    march = chart.months[2]
    shown = _tasks_shown(demo_window, demo_context, qtbot, march.total)
    assert all(t.done_on and t.done_on.month == 3 for t in shown)


def test_another_year_shows_its_table_and_chart(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot
) -> None:
    overview = _overview(demo_window)
    last_year = str(TODAY.year - 1)
    choose(qtbot, overview.year_choice, last_year)
    qtbot.waitUntil(lambda: overview.chart.year == TODAY.year - 1)
    settle(demo_window)
    assert overview.table.figures.year == TODAY.year - 1
    index = _cell(overview.table, "Tổng cộng", table_columns.ON_TIME)
    counted = _number(index.data())
    assert counted > 0
    _double_click(qtbot, overview.table, index)
    shown = _tasks_shown(demo_window, demo_context, qtbot, counted)
    assert all(t.assigned_on and t.assigned_on.year == TODAY.year - 1 for t in shown)
    assert all(t.state is TaskState.DONE and not t.done_late() for t in shown)
    page = demo_window.pages["tasks"]
    assert isinstance(page, TasksPage)
    assert page.filters.year.currentText() == last_year


def test_the_table_model_is_sound(demo_window: MainWindow, qtmodeltester: object) -> None:
    overview = _overview(demo_window)
    qtmodeltester.check(overview.table.figures)  # type: ignore[attr-defined]
