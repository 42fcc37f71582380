"""A body's commitment to fix, noted in the recommendation's dialog, reminds the clerk.

On the demo office, a recommendation sent today; the clerk notes in its dialog the body's
commitment to fix it within two days (the office's reminder window is three). Việc cần làm
then lists it among the commitments due soon, Lịch hạn on its day; each line opens Kiến
nghị on that recommendation alone. Resolved, it leaves Việc cần làm and Lịch hạn shows it
done.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.calendar.calendar_page import CalendarPage
from giamsat_desktop.ui.calendar.deadline_words import DUE_SOON_COLOUR
from giamsat_desktop.ui.calendar.todo_panel import TodoPanel
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.recommendations.recommendations_page import RecommendationsPage
from tests.session_day import TODAY
from tests.ui.clicks import click, menu_action, settle
from tests.ui.modals import answer_modal, press
from tests.ui.recommendations.sent_recommendations import BODY, sent_today
from tests.ui.recommendations.test_ui_recommendations_page import open_line, page_of, wait_dialog
from tests.ui.supervision.session_clicks import Typist

SUBJECT = "Giám sát việc sửa chữa cầu dân sinh ở ấp Bàu Tràm"
CONTENT = "Sửa chữa lan can cầu dân sinh ấp Bàu Tràm trước mùa mưa"
WORDS = "lan can cau"
COMMITMENT = "Ủy ban nhân dân xã thay lan can trong tuần"
DAY = TODAY + dt.timedelta(days=2)


def _todo(qtbot: QtBot, window: MainWindow) -> TodoPanel:
    """Xem → Việc cần làm…, read afresh."""
    menu_action(window, "Xem", "Việc cần làm…").trigger()
    settle(window)
    panel = window.todo.panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.isVisible() and not window.runner.busy, timeout=10_000)
    settle(window)
    return panel


def _panel_lines(panel: TodoPanel) -> list[str]:
    return [item.text(0) for item in panel.lines()]


def _calendar_line(qtbot: QtBot, window: MainWindow) -> tuple[CalendarPage, QTreeWidgetItem]:
    """Đi đến → Lịch hạn, turned to the commitment's month: its line on its day."""
    menu_action(window, "Đi đến", "Lịch hạn").trigger()
    page = window.pages["calendar"]
    assert isinstance(page, CalendarPage)
    settle(window)
    while (page.grid.year, page.grid.month) != (DAY.year, DAY.month):
        click(qtbot, page.next_button)
        settle(window)
    qtbot.waitUntil(lambda: page.shown is not None and page.shown.month == DAY.month)
    qtbot.waitUntil(lambda: page.day_heading(DAY) is not None, timeout=10_000)
    heading = page.day_heading(DAY)
    assert heading is not None
    lines = [line for i in range(heading.childCount()) if (line := heading.child(i))]
    found = [line for line in lines if line.text(0) == f"Cam kết khắc phục: {CONTENT}"]
    assert found, [line.text(0) for line in lines]
    return page, found[0]


def _shows_only(qtbot: QtBot, window: MainWindow, key: int) -> None:
    assert window.current_page_key() == "recommendations"
    page = window.pages["recommendations"]
    assert isinstance(page, RecommendationsPage)
    settle(window)
    qtbot.waitUntil(lambda: page.model.keys() == [key], timeout=10_000)
    # The words over the list say what is shown: that commitment day.
    assert f"hạn khắc phục ngày {format_date(DAY)}" in page.filters.pinned_label.toolTip()


def test_a_commitment_noted_in_the_dialog_is_in_viec_can_lam_and_lich_han(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    sent = sent_today(demo_context, SUBJECT, [CONTENT])
    key = sent.recommendations[0].id
    if window.todo.panel is not None and window.todo.panel.isVisible():
        click(qtbot, window.todo.panel.close_button)  # shown at start: out of the list's way
    page = page_of(window)
    type_text(page.filters.search, WORDS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    settle(window)

    # The clerk notes the commitment and its day, and saves.
    dialog = open_line(qtbot, window, page, CONTENT)
    type_text(dialog.fields.commitment, COMMITMENT)
    type_text(dialog.fields.commitment_due, format_date(DAY))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.save_button)
    wait_dialog(qtbot, window, dialog)
    assert dialog.record is not None and dialog.record.commitment_due == DAY
    click(qtbot, dialog.close_button)

    # Việc cần làm: among the commitments due soon; its line opens Kiến nghị on it.
    panel = _todo(qtbot, window)
    assert CONTENT in _panel_lines(panel), _panel_lines(panel)
    line = next(item for item in panel.lines() if item.text(0) == CONTENT)
    group = line.parent()
    assert group is not None and group.text(0) == "Cam kết khắc phục sắp đến hạn — 1"
    assert (line.text(1), line.text(2)) == (format_date(DAY), "Còn 2 ngày")
    assert line.foreground(0).color() == DUE_SOON_COLOUR
    assert line.toolTip(0) == f"{CONTENT}\nCơ quan được kiến nghị: {BODY}"
    assert "Cam kết khắc phục: 1 quá hạn, 1 sắp đến hạn." in panel.summary.text()
    assert "Cam kết khắc phục: " in panel.summary.text()
    panel.tree.scrollToItem(line)
    where = panel.tree.visualItemRect(line).center()
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    _shows_only(qtbot, window, key)
    assert panel.isVisible()  # the box stays beside the list
    click(qtbot, panel.close_button)

    # Lịch hạn: on its day, said as a commitment, due soon; the line opens it too.
    calendar, line = _calendar_line(qtbot, window)
    assert (line.text(1), line.text(2)) == (BODY, "Còn 2 ngày")
    assert line.toolTip(0) == f"Hạn khắc phục theo cam kết: {CONTENT}"
    assert calendar.grid.counts[DAY].due_soon >= 1
    calendar.agenda.scrollToItem(line)
    where = calendar.agenda.visualItemRect(line).center()
    qtbot.mouseClick(calendar.agenda.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.keyClick(calendar.agenda, Qt.Key.Key_Return)
    _shows_only(qtbot, window, key)

    # Resolved: nothing left to remind of, and the calendar shows it done.
    recommendations = window.pages["recommendations"]
    assert isinstance(recommendations, RecommendationsPage)
    dialog = open_line(qtbot, window, recommendations, CONTENT)
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.resolve_button)
    asked.check()
    wait_dialog(qtbot, window, dialog)
    click(qtbot, dialog.close_button)
    panel = _todo(qtbot, window)
    assert CONTENT not in _panel_lines(panel)
    assert "Cam kết khắc phục sắp đến hạn — 1" not in _panel_lines(panel)
    click(qtbot, panel.close_button)
    calendar, _line = _calendar_line(qtbot, window)
    qtbot.waitUntil(  # read again after the save
        lambda: _calendar_line(qtbot, window)[1].text(2) == "Đã giải quyết", timeout=10_000
    )
    assert calendar.grid.counts[DAY].done >= 1
