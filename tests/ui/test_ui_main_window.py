from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from giamsat_desktop import __version__
from giamsat_desktop.config import Settings
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.ui.main_window import PAGE_KEYS, MainWindow
from giamsat_desktop.ui.pages.placeholder_page import PlaceholderPage

VIETNAMESE_ENTRIES = [
    "Tổng quan",
    "Văn bản đến",
    "Văn bản đi",
    "Nhiệm vụ",
    "Giám sát",
    "Phản biện xã hội",
    "Kiến nghị",
    "Báo cáo",
    "Danh mục",
    "Cài đặt",
    "Nhật ký thay đổi",
]


def test_navigation_lists_every_area_in_vietnamese(window: MainWindow) -> None:
    texts = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert texts == VIETNAMESE_ENTRIES


def test_clicking_each_navigation_entry_shows_its_page(window: MainWindow, qtbot: QtBot) -> None:
    for row, key in enumerate(PAGE_KEYS):
        item = window.navigation.item(row)
        rect = window.navigation.visualItemRect(item)
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.stack.currentWidget() is window.pages[key]
        assert window.stack.currentWidget().isVisible()


def test_ctrl_digit_shortcuts_switch_pages(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "catalog"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "overview"


def test_pages_not_built_yet_say_so_plainly(window: MainWindow) -> None:
    page = window.show_page("supervision")
    assert isinstance(page, PlaceholderPage)
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "Giám sát" in texts
    assert "chưa có trong phiên bản này" in texts


def test_status_bar_shows_office_and_database_location(
    window: MainWindow, context: ServiceContext
) -> None:
    assert window.office_label.text() == "Ủy ban MTTQ Việt Nam xã Tân Hưng"
    assert context.location in window.location_label.text()


def test_overview_counts_come_from_the_database(window: MainWindow) -> None:
    page = window.pages["overview"]
    assert page.heading.text() == "Ủy ban MTTQ Việt Nam xã Tân Hưng"  # type: ignore[attr-defined]
    figures = page.figures  # type: ignore[attr-defined]
    assert figures["organizations_active"].value.text() == "7"
    assert figures["incoming_this_year"].value.text() == "0"


def test_about_names_the_version_and_the_data_folder(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    box = window.show_about()
    assert isinstance(box, QMessageBox)
    assert __version__ in box.text()
    assert str(context.data_folder) in box.text()
    ok = box.button(QMessageBox.StandardButton.Ok)
    assert ok.text() == "Đồng ý"
    box.close()


def test_window_remembers_its_size_and_position(qtbot: QtBot, context: ServiceContext) -> None:
    first = MainWindow(context, Settings.load(), "vi")
    qtbot.addWidget(first)
    first.show()
    first.resize(777, 555)
    qtbot.waitUntil(lambda: first.width() == 777)
    first.close()
    assert Settings.load().window_geometry

    second = MainWindow(context, Settings.load(), "vi")
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (777, 555)
    second.close()
