"""Nothing is cut off at the size the window takes on a 1366×768 screen, in either language.

On Windows, a 1366×768 laptop with the taskbar leaves about 1366×728 for a maximised window,
of which the title bar takes some 30 pixels: the window's own area is about 1366×698. The
test gives the window that size and checks what a clerk reads: every column heading whole,
the search box's hint whole, the filters and the buttons at their full width inside the
page, the status bar's messages whole.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.ui.common.elided_label import ElidedLabel
from giamsat_desktop.ui.main_window import MainWindow, page_titles
from giamsat_desktop.ui.registers.register_page import RegisterPage
from tests.ui.clicks import choose, menu_action, settle

LAPTOP = (1366, 698)


def _english(window: MainWindow, qtbot: QtBot) -> None:
    go_menu = window.menuBar().actions()[1].text()
    menu_action(window, go_menu, page_titles()["settings"]).trigger()
    choose(qtbot, window.pages["settings"].language, "English")  # type: ignore[attr-defined]
    settle(window)


def _inside(widget: QWidget, outer: QWidget) -> bool:
    top_left = widget.mapTo(outer, widget.rect().topLeft())
    bottom_right = widget.mapTo(outer, widget.rect().bottomRight())
    return outer.rect().contains(top_left) and outer.rect().contains(bottom_right)


def _cut_off(page: RegisterPage) -> list[str]:
    """What a clerk would see cut off on the page: headings, hint, filters, buttons."""
    found = []
    header = page.view.horizontalHeader()
    for column in range(page.model.columnCount()):
        title = page.model.headerData(column, Qt.Orientation.Horizontal)
        if header.sectionSize(column) < header.sectionSizeFromContents(column).width():
            found.append(f"column heading {title!r}")
    search = page.filters.search
    hint = search.fontMetrics().horizontalAdvance(search.placeholderText())
    if search.width() < hint + 2 * search.fontMetrics().averageCharWidth():
        found.append(f"the search hint {search.placeholderText()!r}")
    for widget in page.filters.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QComboBox | QLineEdit | QLabel):
            continue
        if not _inside(widget, page):
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            found.append(f"{type(widget).__name__} {text!r} outside the page")
        elif isinstance(widget, QComboBox) and widget.width() < widget.minimumSizeHint().width():
            found.append(f"the list {widget.currentText()!r} squeezed")
    for button in page.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            if not _inside(button, page):
                found.append(f"button {button.text()!r} outside the page")
            elif button.width() < button.sizeHint().width():
                found.append(f"button {button.text()!r} squeezed")
    return found


def _status_cut_off(window: MainWindow) -> list[str]:
    found = []
    for label in window.statusBar().findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if isinstance(label, ElidedLabel):
            if not label.displayed_text().startswith(label.text()[:8]):
                found.append(f"status {label.text()!r}")
        elif label.width() < label.fontMetrics().horizontalAdvance(label.text()):
            found.append(f"status {label.text()!r}")
    return found


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("key", ["incoming", "outgoing"])
def test_nothing_is_cut_off_on_a_1366_by_768_screen(
    demo_window: MainWindow, qtbot: QtBot, key: str, language: str
) -> None:
    if language == "en":
        _english(demo_window, qtbot)
    demo_window.showNormal()
    demo_window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: demo_window.size().width() == LAPTOP[0])
    go_menu = demo_window.menuBar().actions()[1].text()
    menu_action(demo_window, go_menu, page_titles()[key]).trigger()
    page = demo_window.pages[key]
    assert isinstance(page, RegisterPage)
    settle(demo_window)
    qtbot.wait(50)  # the layouts settle
    assert _cut_off(page) == []
    assert _status_cut_off(demo_window) == []
