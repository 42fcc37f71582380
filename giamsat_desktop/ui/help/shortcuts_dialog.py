"""Trợ giúp → Phím tắt: the keyboard shortcuts, read from the window as it is built.

Nothing here is a list kept by hand: the menu bar's actions, the pages' buttons and the
pages' own shortcuts are read from the widgets, so a shortcut added, changed or removed in
the code shows here as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class ShortcutLine:
    """One line of the list: the keys, what they do, and where they work."""

    keys: str
    what: str
    where: str


def _keys(sequences: Sequence[QKeySequence]) -> str:
    """The keys as printed on a keyboard ("Enter" rather than Qt's "Return")."""
    enter = QKeySequence(Qt.Key.Key_Return)
    return ", ".join(
        "Enter" if s == enter else s.toString(NATIVE) for s in sequences if not s.isEmpty()
    )


def _plain(text: str, keys: str = "") -> str:
    """A label without its mnemonic ``&``, its ``…`` and a trailing ``(Ctrl+N)`` of its keys."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()
    if keys:
        text = re.sub(rf"\s*\(\s*{re.escape(keys)}\s*\)$", "", text)
    return text.strip()


def _page_shortcut_meaning(shortcut: QShortcut) -> str:
    """What a page's shortcut without a label does, from its what's-this or its keys."""
    if shortcut.whatsThis():
        return shortcut.whatsThis()
    portable = QKeySequence.SequenceFormat.PortableText
    key = shortcut.key().toString(portable)
    opens = QCoreApplication.translate("ShortcutsDialog", "Mở dòng đang chọn trong bảng")
    meanings = {
        QKeySequence(QKeySequence.StandardKey.Find).toString(portable): (
            QCoreApplication.translate("ShortcutsDialog", "Đưa con trỏ vào ô tìm kiếm")
        ),
        QKeySequence(QKeySequence.StandardKey.Print).toString(portable): (
            QCoreApplication.translate(
                "ShortcutsDialog", "In sổ đăng ký của năm hoặc khoảng ngày đang lọc"
            )
        ),
        "Return": opens,
        "Enter": opens,
    }
    if key in meanings:
        return meanings[key]
    return QCoreApplication.translate("ShortcutsDialog", "Phím tắt của trang")


def _owner_page(item: QObject, pages: Sequence[tuple[str, QWidget]]) -> str | None:
    """The title of the page ``item`` belongs to, if any."""
    node: QObject | None = item
    while node is not None:
        for title, page in pages:
            if node is page:
                return title
        node = node.parent()
    return None


def window_shortcuts(
    window: QMainWindow, pages: Sequence[tuple[str, QWidget]]
) -> list[ShortcutLine]:
    """Every shortcut of the window: menu items first, then each page's buttons and keys.

    Args:
        window: The main window, its menus built.
        pages: The built pages, each with the title the navigation shows for it.

    Returns:
        One line per key and meaning; the same key doing the same on several pages is one
        line naming them all.
    """
    found: dict[tuple[str, str], list[str]] = {}
    seen_actions: set[int] = set()

    def note(keys: str, what: str, where: str) -> None:
        if not keys:
            return
        places = found.setdefault((keys, what), [])
        if where not in places:
            places.append(where)

    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            seen_actions.add(id(action))
            keys = _keys(action.shortcuts())
            where = QCoreApplication.translate("ShortcutsDialog", "Trình đơn {menu}")
            note(keys, _plain(action.text(), keys), where.format(menu=_plain(top.text())))
    for action in window.findChildren(QAction):
        if id(action) in seen_actions or not action.shortcuts():
            continue
        keys = _keys(action.shortcuts())
        where = _owner_page(action, pages) or QCoreApplication.translate(
            "ShortcutsDialog", "Cửa sổ chính"
        )
        note(keys, _plain(action.text(), keys), where)
    for title, page in pages:
        for button in page.findChildren(QAbstractButton):
            keys = _keys([button.shortcut()])
            note(keys, _plain(button.text(), keys), title)
        for shortcut in page.findChildren(QShortcut):
            if shortcut.isEnabled():
                note(_keys([shortcut.key()]), _page_shortcut_meaning(shortcut), title)
    return [ShortcutLine(keys, what, ", ".join(places)) for (keys, what), places in found.items()]


class ShortcutsDialog(QDialog):
    """A read-only table of the window's shortcuts.

    Args:
        window: The main window.
        pages: Its pages, built, with their titles.
        parent: Where the dialog opens (the window by default).
    """

    def __init__(
        self,
        window: QMainWindow,
        pages: Sequence[tuple[str, QWidget]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else window)
        self.setWindowTitle(self.tr("Phím tắt"))
        self.lines = window_shortcuts(window, pages)
        self.table = QTableWidget(len(self.lines), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Phím"), self.tr("Việc làm"), self.tr("Ở đâu")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        for row, line in enumerate(self.lines):
            for column, text in enumerate((line.keys, line.what, line.where)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(
            self.tr(
                "Phím trong hộp nhập văn bản và cửa sổ xem trước khi in: xem "
                "Trợ giúp → Hướng dẫn sử dụng, mục Phím tắt."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        available = self.screen().availableGeometry()
        self.resize(min(820, available.width() - 40), min(620, available.height() - 60))

    def shown_lines(self) -> list[tuple[str, str, str]]:
        """The table as it reads: keys, meaning, place."""
        return [
            tuple(self.table.item(row, column).text() for column in range(3))  # type: ignore[misc]
            for row in range(self.table.rowCount())
        ]
