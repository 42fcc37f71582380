"""Tổng quan: each figure is a button that opens the list it counts, with as many lines."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.registers import IncomingState
from giamsat_desktop.ui.catalog.catalog_page import CatalogPage
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.overview.overview_page import OverviewPage
from giamsat_desktop.ui.registers.register_page import RegisterPage
from tests.session_day import TODAY
from tests.ui.clicks import click, settle


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
