"""Trợ giúp: the user guide (F1), the list of shortcuts, and the guide shipped in the package.

The guide is opened as a clerk opens it, from the menu bar or with F1; its contents list
and its search are used with clicks and keys. The list of shortcuts is compared with the
window's own actions, and a shortcut it lists is typed to see that it does what it says.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.ui.help.guide_dialog import GUIDE_FILE, GuideDialog, guide_path
from giamsat_desktop.ui.help.shortcuts_dialog import ShortcutsDialog
from giamsat_desktop.ui.main_window import MainWindow, page_titles
from tests.ui.clicks import choose, menu_action, settle

REPOSITORY = Path(__file__).resolve().parents[3]
SECTIONS = [
    "Lần đầu mở chương trình",
    "Cửa sổ chính",
    "Vào sổ văn bản đến, văn bản đi",
    "Giao nhiệm vụ cho tổ chức thành viên",
    "Theo dõi nhiệm vụ",
    "Tổng quan, việc cần làm và lịch hạn",
    "Ngày nghỉ lễ, Tết và nhắc hạn",
    "Giám sát",
    "Kiến nghị",
    "Phản biện xã hội",
    "Đối thoại trực tiếp",
    "Giám sát theo Quy định 124",
    "Báo cáo định kỳ và thống kê gửi cấp trên",
    "Tổng hợp sổ thống kê của đơn vị cấp dưới",
    "Soạn công văn và phát hành",
    "Tìm kiếm và lọc",
    "Nhập sổ từ Excel",
    "In và lưu ra PDF, Excel",
    "Sao lưu",
    "Cài đặt, nâng cấp và gỡ chương trình",
    "Khôi phục trên máy mới",
    "Dữ liệu nằm ở đâu",
    "Phím tắt",
]
W = TypeVar("W", bound=QWidget)


def _opened(qtbot: QtBot, kind: type[W]) -> W:
    """The visible top-level ``kind`` that an action just opened."""
    found: list[W] = []

    def shown() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown)
    assert len(found) == 1
    return found[0]


def _close(qtbot: QtBot, dialog: QWidget) -> None:
    """Click the dialog's Đóng."""
    [box] = dialog.findChildren(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Close)
    assert button.text() == "Đóng"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _activate(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _top_line(guide: GuideDialog) -> str:
    """The line of the guide at the top of its view, as the clerk reads it."""
    browser = guide.browser
    return browser.cursorForPosition(QPoint(4, 4)).block().text().strip()


def test_the_guide_opens_from_the_help_menu_with_every_section(
    window: MainWindow, qtbot: QtBot
) -> None:
    menu_action(window, "Trợ giúp", "Hướng dẫn sử dụng").trigger()
    guide = _opened(qtbot, GuideDialog)
    assert guide.windowTitle() == "Hướng dẫn sử dụng"
    assert guide.section_titles() == SECTIONS
    text = guide.browser.toPlainText()
    for heading in SECTIONS:
        assert heading in text
    assert not guide.language_note.isVisible()  # in Vietnamese, nothing to say about it
    # The guide names the program's real menu items and buttons.
    for words in (
        "Tệp → Sao lưu ngay…",
        "Tệp → Khôi phục từ bản sao lưu…",
        "Vào sổ (Ctrl+N)",
        "Excel → Nhập sổ cũ từ tệp Excel…",
        "Excel → Xuất sổ đang lọc ra Excel…",
        "Lưu tệp PDF… (Ctrl+S)",
        "Khai báo đơn vị lần đầu",
        "Tạo tài khoản quản trị…",
        "%LOCALAPPDATA%\\GiamSatMTTQ\\",
    ):
        assert words in text, words
    _close(qtbot, guide)


def test_a_click_in_the_contents_brings_its_section_to_the_top(
    window: MainWindow, qtbot: QtBot
) -> None:
    menu_action(window, "Trợ giúp", "Hướng dẫn sử dụng").trigger()
    guide = _opened(qtbot, GuideDialog)
    assert _top_line(guide).startswith("Hướng dẫn sử dụng chương trình")
    for title in ("Khôi phục trên máy mới", "Nhập sổ từ Excel"):
        row = SECTIONS.index(title)
        item = guide.contents.item(row)
        where = guide.contents.visualItemRect(item).center()
        qtbot.mouseClick(guide.contents.viewport(), Qt.MouseButton.LeftButton, pos=where)
        assert _top_line(guide) == title
    _close(qtbot, guide)


def test_f1_opens_the_guide(window: MainWindow, qtbot: QtBot) -> None:
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = _opened(qtbot, GuideDialog)
    assert guide.section_titles() == SECTIONS
    _close(qtbot, guide)


def test_ctrl_f_searches_the_guide_and_says_when_nothing_is_found(
    window: MainWindow, qtbot: QtBot, type_text: Callable[[QWidget, str], None]
) -> None:
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = _opened(qtbot, GuideDialog)
    _activate(qtbot, guide)
    guide.browser.setFocus()
    qtbot.keyClick(guide.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert guide.find_field.hasFocus()
    type_text(guide.find_field, "tệp sao lưu")
    qtbot.keyClick(guide.find_field, Qt.Key.Key_Return)
    first = guide.browser.textCursor()
    assert first.selectedText() == "tệp sao lưu"
    qtbot.keyClick(guide.find_field, Qt.Key.Key_F3)  # the next place, further down
    second = guide.browser.textCursor()
    assert second.selectedText().lower() == "tệp sao lưu"
    assert second.position() > first.position()
    assert guide.find_result.text() == ""
    qtbot.keyClick(guide.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(guide.find_field, "máy fax")  # typing replaces the selected search
    qtbot.mouseClick(guide.find_button, Qt.MouseButton.LeftButton)
    assert guide.find_result.text() == "Không thấy “máy fax”."
    _close(qtbot, guide)


def _shortcut_lines(window: MainWindow, qtbot: QtBot) -> ShortcutsDialog:
    menu_action(window, "Trợ giúp", "Phím tắt").trigger()
    dialog = _opened(qtbot, ShortcutsDialog)
    assert dialog.windowTitle() == "Phím tắt"
    return dialog


def _keys(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(s.toString(native) for s in action.shortcuts())


def test_the_shortcut_list_holds_every_shortcut_of_the_window_and_its_pages(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _shortcut_lines(window, qtbot)
    shown = dialog.shown_lines()
    settle(window)
    registers = "Văn bản đến, Văn bản đi"
    for line in (
        ("F1", "Hướng dẫn sử dụng", "Trình đơn Trợ giúp"),
        ("Ctrl+Shift+B", "Sao lưu ngay", "Trình đơn Tệp"),
        ("Ctrl+Q", "Thoát", "Trình đơn Tệp"),
        ("Ctrl+2", "Văn bản đến", "Trình đơn Đi đến"),
        ("Ctrl+4", "Văn bản soạn thảo", "Trình đơn Đi đến"),
        ("Ctrl+6", "Lịch hạn", "Trình đơn Đi đến"),
        ("Ctrl+9", "Kiến nghị", "Trình đơn Đi đến"),
        ("Ctrl+0", "Báo cáo", "Trình đơn Đi đến"),
        ("Ctrl+N", "Vào sổ", registers),
        ("Ctrl+N", "Thêm", "Danh mục"),
        (
            "Ctrl+F",
            "Đưa con trỏ vào ô tìm kiếm",
            f"{registers}, Nhiệm vụ, Giám sát, Phản biện xã hội, Đối thoại trực tiếp, "
            "Giám sát theo QĐ 124, Kiến nghị",
        ),
        ("Ctrl+N", "Giao nhiệm vụ", "Nhiệm vụ"),
        ("Ctrl+N", "Thêm cuộc giám sát", "Giám sát, Giám sát theo QĐ 124"),
        ("Ctrl+N", "Thêm cuộc phản biện", "Phản biện xã hội"),
        ("Ctrl+N", "Thêm cuộc đối thoại", "Đối thoại trực tiếp"),
        ("Ctrl+N", "Thêm phản ánh", "Giám sát theo QĐ 124"),
        ("Ctrl+P", "In sổ đăng ký của năm hoặc khoảng ngày đang lọc", registers),
        (
            "Enter",
            "Mở dòng đang chọn trong bảng",
            f"Tổng quan, {registers}, Nhiệm vụ, Lịch hạn, Giám sát, Phản biện xã hội, Đối thoại "
            "trực tiếp, Giám sát theo QĐ 124, Kiến nghị, Nhật ký thay đổi",
        ),
    ):
        assert line in shown, f"{line} not in {shown}"
    # Every action of the window that has keys is listed with them, under its own words.
    listed = {(keys, what) for keys, what, _where in shown}
    actions = [a for a in window.findChildren(QAction) if a.shortcuts()]
    assert len(actions) >= 13  # the menus' own: backup, quit, ten pages, the guide
    for action in actions:
        words = action.text().replace("&", "").replace("…", "").strip()
        assert (_keys(action), words) in listed, words
    assert not any(what == "Phím tắt của trang" for _keys_, what, _w in shown)
    _close(qtbot, dialog)


def test_a_shortcut_the_list_gives_does_what_it_says(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _shortcut_lines(window, qtbot)
    [(keys, _what, _where)] = [line for line in dialog.shown_lines() if line[1] == "Lịch hạn"]
    _close(qtbot, dialog)
    settle(window)
    _activate(qtbot, window)
    sequence = QKeySequence(keys)
    combination = sequence[0]
    qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())
    assert window.current_page_key() == "calendar"


def test_in_english_the_guide_says_it_is_in_vietnamese(window: MainWindow, qtbot: QtBot) -> None:
    menu_action(window, "Đi đến", page_titles()["settings"]).trigger()
    choose(qtbot, window.pages["settings"].language, "English")  # type: ignore[attr-defined]
    settle(window)
    assert window.navigation.item(1).text() == "Incoming documents"
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = _opened(qtbot, GuideDialog)
    assert guide.language_note.isVisible()
    assert guide.section_titles() == SECTIONS
    guide.close()
    qtbot.waitUntil(lambda: not guide.isVisible())
    menu_action(window, "Go to", page_titles()["settings"]).trigger()
    choose(qtbot, window.pages["settings"].language, "Tiếng Việt")  # type: ignore[attr-defined]
    settle(window)


def test_the_guide_is_found_beside_the_fonts_of_the_printed_forms() -> None:
    path = guide_path()
    assert (path.parent.parent / "fonts" / "Tinos-Regular.ttf").is_file()
    text = path.read_text(encoding="utf-8")
    for heading in SECTIONS:
        assert f"</a>{heading}</h2>" in text


def test_the_installed_package_carries_the_guide_and_finds_it(tmp_path: Path) -> None:
    """Build the wheel as pip would, unpack it as an install would, and ask it for the guide."""
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path / "dist")],
        cwd=REPOSITORY,
        check=True,
        capture_output=True,
    )
    [wheel] = (tmp_path / "dist").glob("*.whl")
    member = f"giamsat_desktop/resources/guide/{GUIDE_FILE}"
    with zipfile.ZipFile(wheel) as archive:
        shipped = archive.read(member)
        assert shipped == (REPOSITORY / "resources" / "guide" / GUIDE_FILE).read_bytes()
        archive.extractall(tmp_path / "site")
    found = subprocess.run(
        [
            sys.executable,
            "-c",
            "from giamsat_desktop.ui.help.guide_dialog import guide_path; print(guide_path())",
        ],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site")},
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert Path(found) == tmp_path / "site" / member
