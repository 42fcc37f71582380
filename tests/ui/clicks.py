"""What a clerk does in a window test: click a button, a row, a menu item, pick from a list.

``tests/ui/conftest.py`` says how the window is tested; these are the clerk's hands.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QMainWindow,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from giamsat_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog
from giamsat_desktop.ui.main_window import MainWindow
from tests.ui.modals import answer_modal, choose_file, choose_menu_item, print_to_pdf

D = TypeVar("D", bound=QDialog)


def _plain(text: str) -> str:
    return text.replace("&", "").replace("…", "").strip()


def menu_action(window: QMainWindow, menu: str, item: str) -> QAction:
    """The enabled, visible action ``item`` of the menu ``menu`` (labels without ``&``, ``…``).

    Trigger it as the menu would: ``menu_action(window, "Tệp", "Sao lưu ngay").trigger()``.
    """
    for top in window.menuBar().actions():
        sub = top.menu()
        if _plain(top.text()) != _plain(menu) or not isinstance(sub, QMenu):
            continue
        for action in sub.actions():
            if _plain(action.text()) == _plain(item):
                assert action.isVisible(), f"{menu} → {item} is hidden"
                assert action.isEnabled(), f"{menu} → {item} is disabled"
                return action
        names = [_plain(a.text()) for a in sub.actions() if a.text()]
        raise AssertionError(f"no {item!r} in the menu {menu!r}: {names}")
    menus = [_plain(a.text()) for a in window.menuBar().actions()]
    raise AssertionError(f"no menu {menu!r}: {menus}")


def settle(window: MainWindow) -> None:
    """Let the window's background reads and writes finish and their results arrive."""
    while window.runner.busy:
        window.runner.wait_for_all()
        QApplication.processEvents()
    QApplication.processEvents()  # what a result opens (an error's box) opens on the next turn
    QApplication.processEvents()


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Open a drop-down list with a click and pick the item that reads ``text``."""
    index = combo.findText(text)
    assert index >= 0, f"no {text!r} among {[combo.itemText(i) for i in range(combo.count())]}"
    assert combo.isVisible() and combo.isEnabled(), f"the list holding {text!r} cannot be used"
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    # In the open list: to the top, down to the item, Enter (the offscreen platform does
    # not pass a mouse click on to the list's items).
    qtbot.keyClick(popup, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert combo.currentText() == text


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a button the clerk can see and use (a hidden or greyed one fails the test)."""
    assert button.isVisible(), f"the button {button.text()!r} is hidden"
    assert button.isEnabled(), f"the button {button.text()!r} is greyed out"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_for_dialog(qtbot: QtBot, button: QAbstractButton, kind: type[D]) -> D:
    """Click a button that opens a (window-modal) dialog of ``kind``; the dialog."""
    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, kind)}
    click(qtbot, button)
    found: list[D] = []

    def opened() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, kind) and w.isVisible() and id(w) not in before
        ]
        return bool(found)

    qtbot.waitUntil(opened)
    return found[0]


def click_row(qtbot: QtBot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    """Click a line of a table, as a clerk selects a document."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def open_preview(qtbot: QtBot, page: QWidget, item: int) -> PdfPreviewDialog:
    """Click the page's "In" button, choose item ``item`` of its menu; the preview shown."""
    menu = choose_menu_item(item)
    click(qtbot, page.print_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: menu.done)
    menu.check()

    def shown() -> bool:
        preview = page.last_preview  # type: ignore[attr-defined]
        return isinstance(preview, PdfPreviewDialog) and preview.isVisible()

    qtbot.waitUntil(shown, timeout=30_000)
    return page.last_preview  # type: ignore[attr-defined,no-any-return]


def save_preview(qtbot: QtBot, preview: PdfPreviewDialog, path: Path) -> str:
    """Click "Lưu tệp PDF…", answer with ``path``; the text of the file written."""
    answer = answer_modal(QFileDialog, choose_file(path))
    click(qtbot, preview.save_button)
    answer.check()
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def print_preview(qtbot: QtBot, preview: PdfPreviewDialog, path: Path) -> PdfReader:
    """Click "In…", print every page to the PDF file ``path``; that file read."""
    answer = answer_modal(QPrintDialog, print_to_pdf(path))
    with qtbot.waitSignal(preview.printed, timeout=120_000):
        click(qtbot, preview.print_button)
    answer.check()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is preview)  # progress gone
    return PdfReader(path)


def drop_files(target: QWidget, files: list[Path]) -> None:
    """Drag files from the file manager and drop them on ``target`` (the drag must be taken)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    where = QPoint(target.width() // 2, target.height() // 2)
    enter = QDragEnterEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), "the drop is refused"
    drop = QDropEvent(
        QPointF(where),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
