"""A clerk's steps on Đối thoại trực tiếp that the tests share: the page from its navigation
entry, the list's topics and cells, a line opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from giamsat_desktop.ui.dialogues.dialogue_dialog import DialogueDialog
from giamsat_desktop.ui.dialogues.dialogues_model import TOPIC
from giamsat_desktop.ui.dialogues.dialogues_page import DialoguesPage
from giamsat_desktop.ui.main_window import MainWindow
from tests.ui.clicks import settle


def page_by_entry(qtbot: QtBot, window: MainWindow) -> DialoguesPage:
    """Click "Đối thoại trực tiếp" in the navigation list; the page shown."""
    navigation = window.navigation
    rows = [navigation.item(i) for i in range(navigation.count())]
    item = next(i for i in rows if i.text() == "Đối thoại trực tiếp")
    navigation.scrollToItem(item)
    point = navigation.visualItemRect(item).center()
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=point)
    settle(window)
    page = window.stack.currentWidget()
    assert isinstance(page, DialoguesPage)
    return page


def topics(page: DialoguesPage) -> list[str]:
    """The topics the list shows, in order."""
    return [page.model.index(r, TOPIC).data() for r in range(page.model.rowCount())]


def cell(page: DialoguesPage, topic: str, column: int, role: int = 0) -> object:
    """What the list shows of ``topic``'s dialogue in ``column``."""
    return page.model.index(topics(page).index(topic), column).data(role)


def open_line(qtbot: QtBot, window: MainWindow, page: DialoguesPage, topic: str) -> DialogueDialog:
    """Double-click the line of ``topic``: its dialog, read."""
    before = page.last_dialog
    index = page.model.index(topics(page).index(topic), TOPIC)
    page.view.scrollTo(index)
    where = page.view.visualRect(index).center()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: page.last_dialog is not before and page.last_dialog is not None)
    dialog = page.last_dialog
    assert dialog is not None
    wait_dialog(qtbot, window, dialog)
    return dialog


def wait_dialog(qtbot: QtBot, window: MainWindow, dialog: DialogueDialog) -> None:
    """Let the dialog finish its write and read the dialogue again."""
    settle(window)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.read, timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    settle(window)
