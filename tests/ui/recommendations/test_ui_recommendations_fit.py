"""Kiến nghị fits a 1366×768 laptop: its headings, its search hint, its filters and buttons,
and a recommendation's dialog with its buttons, whole inside the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.main_window import MainWindow
from tests.ui.clicks import settle
from tests.ui.recommendations.sent_recommendations import sent_today
from tests.ui.recommendations.test_ui_recommendations_page import open_line, page_of
from tests.ui.supervision.session_clicks import Typist

LAPTOP = (1366, 698)
"""A maximised window's own area on a 1366×768 screen, the taskbar and title bar taken."""
CONTENT = "Rà soát, chi trả đủ trợ cấp còn chậm ở ấp Bàu Đưng"


def _inside(widget: QWidget, outer: QWidget) -> bool:
    top_left = widget.mapTo(outer, widget.rect().topLeft())
    bottom_right = widget.mapTo(outer, widget.rect().bottomRight())
    return outer.rect().contains(top_left) and outer.rect().contains(bottom_right)


def _buttons_cut_off(outer: QWidget) -> list[str]:
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
    sent_today(demo_context, "Giám sát việc chi trả trợ cấp ở ấp Bàu Đưng", [CONTENT])
    window.showNormal()
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: window.size().width() == LAPTOP[0])
    page = page_of(window)
    settle(window)
    qtbot.wait(50)  # the layouts settle
    found = []
    header = page.view.horizontalHeader()
    for column in range(page.model.columnCount()):
        if header.sectionSize(column) < header.sectionSizeFromContents(column).width():
            found.append(f"heading {page.model.headerData(column, Qt.Orientation.Horizontal)!r}")
    search = page.filters.search
    metrics = search.fontMetrics()
    if search.width() < metrics.horizontalAdvance(search.placeholderText()):
        found.append("the search hint")
    for widget in page.filters.findChildren(QWidget):
        shown = widget.isVisible() and isinstance(widget, QComboBox | QLineEdit | QLabel)
        if shown and not _inside(widget, page):
            found.append(f"{type(widget).__name__} outside the page")
    found += _buttons_cut_off(page)
    assert found == []

    type_text(page.filters.search, "bau dung")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    settle(window)
    dialog = open_line(qtbot, window, page, CONTENT)
    qtbot.wait(50)
    assert dialog.height() <= LAPTOP[1] and dialog.width() <= LAPTOP[0]
    assert _buttons_cut_off(dialog) == []
    dialog.close()
