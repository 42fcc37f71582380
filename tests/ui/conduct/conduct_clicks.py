"""A clerk's steps on Giám sát theo QĐ 124 that the tests share: the page from its navigation
entry, a tab clicked, a line clicked, a dialog opened by its button and saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog
from pytestqt.qtbot import QtBot

from giamsat_desktop.ui.conduct.conduct_lists import ConductList, ReportList
from giamsat_desktop.ui.conduct.conduct_page import ConductPage
from giamsat_desktop.ui.main_window import MainWindow
from tests.ui.clicks import click, settle

ENTRY = "Giám sát theo QĐ 124"


def page_by_entry(qtbot: QtBot, window: MainWindow) -> ConductPage:
    """Click "Giám sát theo QĐ 124" in the navigation list; the page shown."""
    navigation = window.navigation
    rows = [navigation.item(i) for i in range(navigation.count())]
    item = next(i for i in rows if i.text() == ENTRY)
    navigation.scrollToItem(item)
    point = navigation.visualItemRect(item).center()
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=point)
    settle(window)
    page = window.stack.currentWidget()
    assert isinstance(page, ConductPage)
    return page


def click_tab(qtbot: QtBot, window: MainWindow, page: ConductPage, index: int) -> None:
    """Click the tab ``index`` (0 Cuộc giám sát, 1 Phản ánh của nhân dân)."""
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.tabs.currentIndex() == index
    settle(window)


def click_line(qtbot: QtBot, listing: ConductList | ReportList, row: int) -> None:
    """Click the line ``row`` of a list."""
    index = listing.model.index(row, 1)
    listing.view.scrollTo(index)
    where = listing.view.visualRect(index).center()
    qtbot.mouseClick(listing.view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def open_by(qtbot: QtBot, listing: ConductList | ReportList, button: QAbstractButton) -> QDialog:
    """Click ``button`` (Thêm…, Sửa…): the dialog it opens, shown."""
    before = listing.last_dialog
    click(qtbot, button)
    qtbot.waitUntil(lambda: listing.last_dialog is not before and listing.last_dialog is not None)
    dialog = listing.last_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def save(qtbot: QtBot, window: MainWindow, dialog: QDialog) -> None:
    """Click Lưu; the dialog closes once the save is written."""
    button = dialog.save_button  # type: ignore[attr-defined]
    assert button.isEnabled(), dialog.problem.text()  # type: ignore[attr-defined]
    click(qtbot, button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    settle(window)
