"""Phản biện xã hội fits a 1366×768 laptop: its headings, search hint, filters, counts and
buttons, and a session's dialog with its buttons, whole inside the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.main_window import MainWindow
from tests.ui.clicks import settle
from tests.ui.criticism.criticism_clicks import open_line, page_by_entry, sent, written
from tests.ui.supervision.session_clicks import Typist

LAPTOP = (1366, 698)
"""A maximised window's own area on a 1366×768 screen, the taskbar and title bar taken."""
TITLE = "Dự thảo Nghị quyết về chính sách hỗ trợ người có công ở ấp Bàu Tràm"


def _inside(widget: QWidget, outer: QWidget) -> bool:
    top_left = widget.mapTo(outer, widget.rect().topLeft())
    bottom_right = widget.mapTo(outer, widget.rect().bottomRight())
    return outer.rect().contains(top_left) and outer.rect().contains(bottom_right)


def _cut_off(outer: QWidget) -> list[str]:
    found = []
    for button in outer.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            if not _inside(button, outer):
                found.append(f"button {button.text()!r} outside")
            elif button.width() < button.sizeHint().width():
                found.append(f"button {button.text()!r} squeezed")
    return found


def test_the_page_and_the_dialog_show_everything_whole_at_1366_by_768(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    sent(demo_context, written(demo_context, TITLE))
    window.showNormal()
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: window.size().width() == LAPTOP[0])
    page = page_by_entry(qtbot, window)
    type_text(page.filters.search, "bau tram")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    settle(window)
    qtbot.wait(50)  # the layouts settle
    found = []
    header = page.view.horizontalHeader()
    for column in range(page.model.columnCount()):
        if header.sectionSize(column) < header.sectionSizeFromContents(column).width():
            found.append(f"heading {page.model.headerData(column, Qt.Orientation.Horizontal)!r}")
    search = page.filters.search
    if search.width() < search.fontMetrics().horizontalAdvance(search.placeholderText()):
        found.append("the search hint")
    count = page.filters.count
    if count.width() < count.fontMetrics().horizontalAdvance(count.text()):
        found.append(f"the counts {count.text()!r}")
    for widget in page.filters.findChildren(QWidget):
        shown = widget.isVisible() and isinstance(widget, QComboBox | QLineEdit | QLabel)
        if shown and not _inside(widget, page):
            found.append(f"{type(widget).__name__} outside the page")
    found += _cut_off(page)
    assert found == []

    dialog = open_line(qtbot, window, page, TITLE)
    qtbot.wait(50)
    assert dialog.height() <= LAPTOP[1] and dialog.width() <= LAPTOP[0]
    assert _cut_off(dialog) == []
    dialog.close()
