"""A clerk's steps on Giám sát that several tests share: the page, a line opened as a
session, its head, a letter asked from the session and issued."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.services.catalog.board import list_board
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.letters.letter_dialog import LetterDialog
from giamsat_desktop.ui.letters.letters_page import LettersPage
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.supervision.item_dialog import ItemDialog
from giamsat_desktop.ui.supervision.session_dialog import SessionDialog
from giamsat_desktop.ui.supervision.supervision_page import SupervisionPage
from tests.ui.clicks import choose, click, click_row, menu_action, settle
from tests.ui.modals import answer_modal, message_texts, press

Typist = Callable[[QWidget, str], None]


def supervision_page(window: MainWindow) -> SupervisionPage:
    """Đi đến → Giám sát."""
    menu_action(window, "Đi đến", "Giám sát").trigger()
    settle(window)
    page = window.pages["supervision"]
    assert isinstance(page, SupervisionPage)
    return page


def click_tab(qtbot: QtBot, tabs: QTabWidget, text: str) -> None:
    """Click the tab that reads ``text``."""
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == text)
    assert tabs.isTabEnabled(index), f"the tab {text!r} is greyed out"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def wait_idle(qtbot: QtBot, window: MainWindow, dialog: SessionDialog) -> None:
    """Let the session's dialog finish its write and read the session again."""
    settle(window)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.view is not None, timeout=10_000)
    settle(window)


def add_programme_line(
    qtbot: QtBot, window: MainWindow, page: SupervisionPage, type_text: Typist, subject: str
) -> int:
    """Chương trình năm → Thêm…: a line of form (2) led by the Front; its row."""
    click_tab(qtbot, page.tabs, "Chương trình năm")
    settle(window)
    programme = page.programme
    before = programme.table.rowCount()
    click(qtbot, programme.add_button)
    qtbot.waitUntil(lambda: isinstance(programme.last_dialog, ItemDialog), timeout=10_000)
    item_dialog = programme.last_dialog
    assert isinstance(item_dialog, ItemDialog)
    qtbot.waitUntil(item_dialog.isVisible)
    type_text(item_dialog.subject, subject)
    type_text(item_dialog.body, "UBND xã")
    choose(qtbot, item_dialog.month, "Tháng 9")
    click(qtbot, item_dialog.ok_button)
    qtbot.waitUntil(lambda: programme.table.rowCount() == before + 1, timeout=10_000)
    settle(window)
    return next(i for i, line in enumerate(programme.item_texts()) if line[1] == subject)


def open_line_as_session(
    qtbot: QtBot, window: MainWindow, page: SupervisionPage, type_text: Typist, subject: str
) -> SessionDialog:
    """A new line of the programme, opened as a session: its dialog."""
    row = add_programme_line(qtbot, window, page, type_text, subject)
    click_row(qtbot, page.programme.table, row)
    click(qtbot, page.programme.open_button)
    qtbot.waitUntil(lambda: page.last_session_dialog is not None, timeout=10_000)
    dialog = page.last_session_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.view is not None, timeout=10_000)
    wait_idle(qtbot, window, dialog)
    assert dialog.heading.text() == subject
    return dialog


def add_head(
    qtbot: QtBot, window: MainWindow, dialog: SessionDialog, context: ServiceContext
) -> str:
    """Đoàn giám sát → Thêm từ Ban Thường trực → Lưu đoàn: the head's name."""
    click_tab(qtbot, dialog.tabs, "Đoàn giám sát")
    head = list_board(context.factory, include_inactive=False)[0]
    click(qtbot, dialog.delegation.add_board_button)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.delegation.save_button)
    wait_idle(qtbot, window, dialog)
    return head.full_name


def letter_from(qtbot: QtBot, window: MainWindow, button: QAbstractButton) -> LetterDialog:
    """Click a button that opens a letter in Văn bản soạn thảo's dialog: that dialog."""
    letters = window.pages.get("letters")
    before = letters.last_dialog if isinstance(letters, LettersPage) else None
    click(qtbot, button)

    def shown() -> bool:
        page = window.pages.get("letters")
        return (
            isinstance(page, LettersPage)
            and page.last_dialog is not None
            and page.last_dialog is not before
            and page.last_dialog.isVisible()
        )

    qtbot.waitUntil(shown, timeout=20_000)
    settle(window)
    page = window.pages["letters"]
    assert isinstance(page, LettersPage) and page.last_dialog is not None
    return page.last_dialog


def issue(qtbot: QtBot, window: MainWindow, dialog: LetterDialog) -> str:
    """Phát hành… (Hoàn tất…), answered Yes, then the message's OK: what the message said."""
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    click(qtbot, dialog.issue_button)
    asked.check()
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: told.done, timeout=30_000)
    settle(window)
    return message_texts(told)
