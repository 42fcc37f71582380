"""Việc cần làm: shown at start once a day, beside the window that stays usable."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.calendar.deadline_words import DUE_SOON_COLOUR, OVERDUE_COLOUR
from giamsat_desktop.ui.calendar.todo_panel import TodoPanel
from giamsat_desktop.ui.main_window import MainWindow
from tests.session_day import TODAY
from tests.ui.calendar.given_tasks import give, member, open_window
from tests.ui.clicks import click, menu_action, settle

LATE = "Kiểm tra việc thu quỹ vì người nghèo tháng trước"
SOON = "Chuẩn bị hội nghị đối thoại với thanh niên"


@pytest.fixture
def due(demo_context: ServiceContext) -> dict[str, int]:
    """One task four days overdue and one due in two days, for the first member organisation."""
    lead, _name = member(demo_context)
    return {
        "late": give(demo_context, lead, LATE, TODAY - dt.timedelta(days=4)),
        "soon": give(demo_context, lead, SOON, TODAY + dt.timedelta(days=2)),
    }


def _panel(window: MainWindow) -> TodoPanel:
    panel = window.todo.panel
    assert panel is not None, "Việc cần làm was never shown"
    return panel


def _line(panel: TodoPanel, content: str) -> QTreeWidgetItem:
    found = [item for item in panel.lines() if item.text(0) == content]
    assert found, f"no line {content!r} in {[item.text(0) for item in panel.lines()]}"
    return found[0]


def _click_line(qtbot: QtBot, panel: TodoPanel, item: QTreeWidgetItem) -> None:
    panel.tree.scrollToItem(item)
    where = panel.tree.visualItemRect(item).center()
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_the_panel_lists_what_is_due_at_start_and_leaves_the_window_usable(
    qtbot: QtBot, demo_context: ServiceContext, due: dict[str, int]
) -> None:
    window = open_window(qtbot, demo_context)
    panel = _panel(window)
    assert panel.isVisible()
    assert QApplication.activeModalWidget() is None
    _lead, name = member(demo_context)
    late, soon = _line(panel, LATE), _line(panel, SOON)
    assert late.parent() is soon.parent() and late.parent().text(0).startswith(name)
    assert late.text(2) == "Quá hạn 4 ngày" and soon.text(2) == "Còn 2 ngày"
    assert late.foreground(0).color() == OVERDUE_COLOUR
    assert soon.foreground(0).color() == DUE_SOON_COLOUR
    assert "quá hạn" in panel.summary.text()
    # The window is used as ever while the box is open.
    navigation = window.navigation
    row = [navigation.item(i).text() for i in range(navigation.count())].index("Văn bản đến")
    where = navigation.visualItemRect(navigation.item(row)).center()
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.current_page_key() == "incoming"
    assert panel.isVisible()


def test_a_line_opens_the_tasks_page_on_that_task(
    qtbot: QtBot, demo_context: ServiceContext, due: dict[str, int]
) -> None:
    window = open_window(qtbot, demo_context)
    panel = _panel(window)
    _click_line(qtbot, panel, _line(panel, LATE))
    assert window.current_page_key() == "tasks"
    page = window.pages["tasks"]
    settle(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)  # type: ignore[attr-defined]
    shown = page.model.keys()  # type: ignore[attr-defined]
    assert due["late"] in shown and due["soon"] not in shown
    assert panel.isVisible()  # beside the list, until the clerk closes it


def test_the_panel_shows_once_a_day_and_the_status_bar_keeps_the_reminder(
    qtbot: QtBot, demo_context: ServiceContext, due: dict[str, int]
) -> None:
    first = open_window(qtbot, demo_context)
    click(qtbot, _panel(first).close_button)
    assert not _panel(first).isVisible()
    assert first.todo.badge.isVisible() and first.todo.badge.text().startswith("Việc cần làm: ")

    again = open_window(qtbot, demo_context)  # the same day, on the same PC
    assert again.todo.panel is None or not again.todo.panel.isVisible()
    assert again.todo.badge.isVisible()
    qtbot.mouseClick(again.todo.badge, Qt.MouseButton.LeftButton)
    settle(again)
    panel = _panel(again)
    assert panel.isVisible()
    assert _line(panel, SOON).text(2) == "Còn 2 ngày"


def test_hide_until_tomorrow_leaves_nothing_until_the_next_day(
    qtbot: QtBot,
    demo_context: ServiceContext,
    due: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = open_window(qtbot, demo_context)
    click(qtbot, _panel(first).hide_button)
    assert not _panel(first).isVisible() and not first.todo.badge.isVisible()

    again = open_window(qtbot, demo_context)
    assert again.todo.panel is None and not again.todo.badge.isVisible()

    monkeypatch.setattr(clock, "today", lambda: TODAY + dt.timedelta(days=1))
    tomorrow = open_window(qtbot, demo_context)
    panel = _panel(tomorrow)
    assert panel.isVisible()
    assert _line(panel, LATE).text(2) == "Quá hạn 5 ngày"
    assert _line(panel, SOON).text(2) == "Còn 1 ngày"


def test_with_nothing_due_the_panel_stays_away_and_the_menu_says_so(
    qtbot: QtBot, context: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: dt.date(2040, 6, 10))
    window = open_window(qtbot, context)
    assert window.todo.panel is None and not window.todo.badge.isVisible()
    menu_action(window, "Xem", "Việc cần làm…").trigger()
    settle(window)
    panel = _panel(window)
    assert panel.isVisible()
    assert panel.summary.text() == "Không có nhiệm vụ quá hạn hay đến hạn trong 3 ngày tới."
    assert panel.lines() == [] and not panel.tree.isVisible()
    assert not panel.tet_note.isVisible()
    qtbot.keyClick(panel.close_button, Qt.Key.Key_Escape)
    assert not panel.isVisible()


def test_in_december_the_panel_asks_for_next_years_tet(
    qtbot: QtBot, context: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: dt.date(2040, 12, 10))
    window = open_window(qtbot, context)
    panel = _panel(window)
    assert panel.isVisible()
    assert panel.tet_note.isVisible()
    assert panel.tet_note.text() == (
        "Chưa có ngày nghỉ Tết năm 2041: vào Cài đặt → Ngày nghỉ lễ, Tết… để nhập."
    )


def test_a_long_list_scrolls_inside_the_box_and_the_rest_opens_as_a_list(
    qtbot: QtBot, demo_context: ServiceContext
) -> None:
    given: dict[int, list[int]] = {}
    for place in range(3):
        lead, _name = member(demo_context, place)
        given[place] = [
            give(demo_context, lead, f"Việc tồn đọng số {n + 1}", TODAY - dt.timedelta(days=2))
            for n in range(12)
        ]
    window = open_window(qtbot, demo_context)
    window.showNormal()
    window.resize(1366, 698)
    qtbot.waitUntil(lambda: window.width() == 1366)
    settle(window)
    panel = _panel(window)
    page_area = window.centralWidget().geometry()
    assert page_area.contains(panel.geometry())
    for button in (panel.hide_button, panel.close_button):
        corner = button.mapTo(panel, button.rect().bottomRight())
        assert panel.rect().contains(corner), f"{button.text()} is cut off"
    tree_bottom = panel.tree.mapTo(panel, panel.tree.rect().bottomLeft()).y()
    assert tree_bottom < panel.close_button.mapTo(panel, QPoint(0, 0)).y(), "the list runs under"
    assert panel.tree.verticalScrollBar().isVisible()
    lead, name = member(demo_context, 0)
    [heading] = [
        item for item in panel.lines() if item.parent() is None and item.text(0).startswith(name)
    ]
    assert heading.childCount() == 11  # ten tasks, then the rest
    more = heading.child(10)
    assert more.text(0).startswith("… và ") and more.text(0).endswith(" nhiệm vụ khác")
    _click_line(qtbot, panel, more)
    assert window.current_page_key() == "tasks"
    tasks = window.pages["tasks"]
    settle(window)
    qtbot.waitUntil(lambda: set(given[0]) <= set(tasks.model.keys()))  # type: ignore[attr-defined]
