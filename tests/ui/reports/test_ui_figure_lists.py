"""Báo cáo: a figure of every table opens the list of exactly the records it counts.

The clerk double-clicks a figure; the page that keeps those records shows them, as many
lines as the figure, and says which figure they are ("Đang xem: …"); Bỏ lọc shows the
whole list again.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView
from pytestqt.qtbot import QtBot

from giamsat_desktop.ui.common.lazy_list_page import LazyListPage
from giamsat_desktop.ui.conduct.conduct_page import ConductPage
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.reports.reports_page import ReportsPage
from tests.session_day import TODAY
from tests.ui.clicks import choose, click, settle


def _open_reports(window: MainWindow, qtbot: QtBot) -> ReportsPage:
    settle(window)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["reports"]
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.shown is not None, timeout=10_000)
    choose(qtbot, page.period_bar.year, str(TODAY.year))
    choose(qtbot, page.period_bar.kind, "Cả năm")
    settle(window)
    return page


def _double_click_figure(
    qtbot: QtBot, page: ReportsPage, table: str, column: str, total: bool
) -> tuple[int, str, str]:
    """Double-click a figure that is not 0; the figure, its heading and its row's name."""
    tab = page.table_tabs[table]
    bar = page.tabs.tabBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page.tabs.indexOf(tab)).center()
    )
    model, view = tab.model, tab.view
    assert model is not None and isinstance(view, QTableView)
    keys = {s: model.column(s) for s in range(1, model.columnCount())}
    [section] = [s for s, found in keys.items() if found is not None and found.key == column]
    rows = range(model.rowCount()) if total else range(model.rowCount() - 1)
    chosen = [r for r in rows if (model.value(r, section) or 0) > 0 and model.is_total(r) == total]
    assert chosen, f"no figure in {table}.{column}"
    index = model.index(chosen[0], section)
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    column_shown = model.column(section)
    assert column_shown is not None
    named = [column_shown.group, column_shown.title] if column_shown.group else [column_shown.title]
    heading = " ".join(" – ".join(named).split())
    return int(str(index.data()).replace(".", "")), heading, str(model.index(chosen[0], 0).data())


FIGURES = [
    # table, column, total row, the page, the noun its words use
    ("giam_sat", "led", False, "supervision", "cuộc giám sát"),
    ("phan_bien", "total", True, "criticism", "cuộc phản biện xã hội"),
    ("qd_218", "dialogues", True, "dialogues", "cuộc đối thoại"),
    ("qd_124", "sessions", True, "conduct", "cuộc giám sát theo QĐ 124"),
    ("qd_124", "reports", True, "conduct", "phản ánh"),
]
PARTS = [
    # figures counting lượt or parts of records: the records holding them
    ("giam_sat", "documents", True, "supervision", "cuộc giám sát"),
    ("qd_218", "issues", True, "dialogues", "cuộc đối thoại"),
]


@pytest.mark.parametrize(
    ("table", "column", "total", "key", "noun", "exact"),
    [(*figure, True) for figure in FIGURES] + [(*figure, False) for figure in PARTS],
)
def test_a_figure_opens_exactly_the_records_it_counts(
    demo_window: MainWindow,
    qtbot: QtBot,
    table: str,
    column: str,
    total: bool,
    key: str,
    noun: str,
    exact: bool,
) -> None:
    page = _open_reports(demo_window, qtbot)
    figure, heading, row = _double_click_figure(qtbot, page, table, column, total)
    settle(demo_window)
    assert demo_window.current_page_key() == key
    shown = demo_window.pages[key]
    if isinstance(shown, ConductPage):
        shown = shown.reports if column == "reports" else shown.sessions
        assert demo_window.pages[key].tabs.currentWidget() is shown  # type: ignore[attr-defined]
    assert isinstance(shown, LazyListPage)
    settle(demo_window)
    listed = shown.model.rowCount()
    assert listed == figure if exact else 0 < listed <= figure
    bar = shown.filters  # type: ignore[attr-defined]
    label = bar.pinned.label
    assert label.isVisible()
    how = "được tính ở" if exact else "góp vào"
    assert label.text().startswith(
        f"Đang xem: {listed} {noun} {how} ô «{heading}», dòng {row}, năm {TODAY.year}"
    )

    unpin = bar.pinned.button
    assert isinstance(unpin, QPushButton)
    click(qtbot, unpin)  # Bỏ lọc: every record of the list again
    settle(demo_window)
    assert not label.isVisible()
    assert shown.model.rowCount() >= listed
