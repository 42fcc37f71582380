"""A commitment made at a direct dialogue, overdue today, reminds the clerk and opens the page.

Another clerk wrote a dialogue held a month ago whose first commitment was due five days
ago and is not done. Việc cần làm lists it under "Cam kết tại đối thoại quá hạn", in red;
its line opens Đối thoại trực tiếp on that dialogue alone, said over the list, and "Bỏ lọc"
gives the whole list back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.dialogues import editing
from giamsat_desktop.ui.calendar.deadline_words import OVERDUE_COLOUR
from giamsat_desktop.ui.dialogues.dialogues_page import DialoguesPage
from giamsat_desktop.ui.main_window import MainWindow
from tests.services.dialogues.samples import DRAFT, ISSUES
from tests.services.supervision.office_sessions import CLERK
from tests.session_day import TODAY
from tests.ui.clicks import click, menu_action, settle

COMMITMENT = "Nạo vét kênh Ba Se trước mùa mưa"
DUE = TODAY - dt.timedelta(days=5)


def _click_line(qtbot: QtBot, tree: QTreeWidget, line: QTreeWidgetItem) -> None:
    tree.scrollToItem(line)
    where = tree.visualItemRect(line).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_an_overdue_dialogue_commitment_is_in_viec_can_lam_and_opens_its_dialogue(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot
) -> None:
    window = demo_window
    issues = [dataclasses.replace(ISSUES[0], commitment=COMMITMENT, due_on=DUE), ISSUES[2]]
    draft = dataclasses.replace(
        DRAFT, topic="Nạo vét kênh Ba Se", held_on=TODAY - dt.timedelta(days=30)
    )
    made, _ = editing.create_dialogue(demo_context.factory, CLERK, draft, issues)
    if window.todo.panel is not None and window.todo.panel.isVisible():
        click(qtbot, window.todo.panel.close_button)
    menu_action(window, "Xem", "Việc cần làm…").trigger()
    settle(window)
    panel = window.todo.panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.isVisible() and not window.runner.busy, timeout=10_000)
    settle(window)
    heading = next(
        (i for i in panel.lines() if i.text(0).startswith("Cam kết tại đối thoại quá hạn")), None
    )
    assert heading is not None, [item.text(0) for item in panel.lines()]
    lines = [heading.child(i) for i in range(heading.childCount())]
    line = next(item for item in lines if item is not None and item.text(0) == COMMITMENT)
    assert (line.text(1), line.text(2)) == (format_date(DUE), "Quá hạn 5 ngày")
    assert line.foreground(0).color() == OVERDUE_COLOUR
    assert "Cam kết tại đối thoại:" in panel.summary.text()

    _click_line(qtbot, panel.tree, line)
    qtbot.waitUntil(lambda: window.current_page_key() == "dialogues", timeout=10_000)
    page = window.pages["dialogues"]
    assert isinstance(page, DialoguesPage)
    settle(window)
    qtbot.waitUntil(lambda: page.model.keys() == [made.id], timeout=10_000)
    pinned = page.filters.pinned_label.toolTip() or page.filters.pinned_label.text()
    assert f"cam kết quá hạn ngày {format_date(TODAY)}" in pinned, pinned
    assert f"hạn thực hiện ngày {format_date(DUE)}" in pinned
    click(qtbot, panel.close_button)
    click(qtbot, page.filters.unpin_button)
    qtbot.waitUntil(lambda: not page.filters.unpin_button.isVisible(), timeout=10_000)
    settle(window)
    shown = list(page.model.keys())
    assert made.id in shown and not page.filters.overdue.isChecked()
