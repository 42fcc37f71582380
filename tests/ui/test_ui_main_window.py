from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from giamsat_desktop import __version__
from giamsat_desktop.config import Settings
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.main_window import PAGE_KEYS, MainWindow
from giamsat_desktop.ui.reports.reports_page import ReportsPage
from tests.ui.clicks import menu_action, settle
from tests.ui.modals import Answer, answer_modal

VIETNAMESE_ENTRIES = [
    "Tổng quan",
    "Văn bản đến",
    "Văn bản đi",
    "Văn bản soạn thảo",
    "Nhiệm vụ",
    "Lịch hạn",
    "Giám sát",
    "Phản biện xã hội",
    "Đối thoại trực tiếp",
    "Giám sát theo QĐ 124",
    "Kiến nghị",
    "Báo cáo",
    "Danh mục",
    "Cài đặt",
    "Nhật ký thay đổi",
]


def _plain(text: str) -> str:
    return text.replace("&", "")


def _menu(window: MainWindow, title: str) -> QMenu:
    [menu] = [
        a.menu() for a in window.menuBar().actions() if _plain(a.text()) == title and a.menu()
    ]
    assert isinstance(menu, QMenu)
    return menu


def _press_ok(seen: list[str]) -> Callable[[QMessageBox], None]:
    """Click the box's OK, noting how it reads."""

    def respond(box: QMessageBox) -> None:
        ok = box.button(QMessageBox.StandardButton.Ok)
        seen.append(ok.text())
        ok.click()

    return respond


def _check_about(answer: Answer, seen: list[str], context: ServiceContext) -> None:
    answer.check()
    assert answer.title == "Giới thiệu"
    assert "Giám sát và phản biện xã hội" in answer.text
    assert __version__ in answer.text
    assert str(context.data_folder) in answer.text
    assert context.location in answer.text
    assert seen == ["Đồng ý"]


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
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "letters"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "calendar"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "reports"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "overview"


def test_the_menu_bar_reads_file_go_to_and_help(window: MainWindow) -> None:
    titles = [_plain(a.text()) for a in window.menuBar().actions()]
    assert titles == ["Tệp", "Đi đến", "Xem", "Trợ giúp"]
    items = [_plain(a.text()) for a in _menu(window, "Tệp").actions() if not a.isSeparator()]
    assert items == ["Sao lưu ngay…", "Khôi phục từ bản sao lưu…", "Thoát"]
    go_to = _menu(window, "Đi đến").actions()
    assert [a.text() for a in go_to] == VIETNAMESE_ENTRIES
    shortcuts = [a.shortcut().toString(QKeySequence.SequenceFormat.PortableText) for a in go_to]
    digits = [f"Ctrl+{n % 10}" for n in range(1, 11)]  # the two pages after criticism: none
    assert shortcuts == [*digits[:8], "", "", *digits[8:], "", "", ""]
    view_items = [_plain(a.text()) for a in _menu(window, "Xem").actions()]
    assert view_items == ["Việc cần làm…"]
    help_items = [_plain(a.text()) for a in _menu(window, "Trợ giúp").actions() if a.text()]
    assert help_items == ["Hướng dẫn sử dụng", "Phím tắt", "Giới thiệu"]


def test_each_go_to_item_shows_its_page(window: MainWindow) -> None:
    for key, title in zip(PAGE_KEYS, VIETNAMESE_ENTRIES, strict=True):
        menu_action(window, "Đi đến", title).trigger()
        assert window.current_page_key() == key
        assert window.stack.currentWidget() is window.pages[key]
        assert window.navigation.currentItem().text() == title


def test_the_reports_page_opens_from_the_menu_with_its_tables(window: MainWindow) -> None:
    menu_action(window, "Đi đến", "Báo cáo").trigger()
    page = window.stack.currentWidget()
    assert isinstance(page, ReportsPage)
    settle(window)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Giám sát", "Kiến nghị", "Phản biện", "QĐ 218", "QĐ 124", "Nhiệm vụ",
    ]  # fmt: skip


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
    seen: list[str] = []
    about = answer_modal(QMessageBox, _press_ok(seen))
    menu_action(window, "Trợ giúp", "Giới thiệu").trigger()
    qtbot.waitUntil(lambda: about.done)
    _check_about(about, seen, context)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


@pytest.mark.parametrize("by_key", [False, True])
def test_quit_closes_the_window(window: MainWindow, qtbot: QtBot, by_key: bool) -> None:
    if by_key:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    else:
        menu_action(window, "Tệp", "Thoát").trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not window.restart_requested


def test_window_remembers_its_size_and_position(qtbot: QtBot, context: ServiceContext) -> None:
    first = MainWindow(context, Settings.load(), "vi")
    qtbot.addWidget(first)
    first.show()
    first.resize(777, 555)
    qtbot.waitUntil(lambda: first.width() == 777)
    menu_action(first, "Tệp", "Thoát").trigger()
    assert not first.isVisible()
    assert Settings.load().window_geometry

    second = MainWindow(context, Settings.load(), "vi")
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (777, 555)
    menu_action(second, "Tệp", "Thoát").trigger()
