"""Fixtures for window tests: the window over a real database, in Vietnamese.

How the window is tested
------------------------
A test does what a clerk does, and checks what the clerk would see:

- A button is clicked (``qtbot.mouseClick(button, Qt.MouseButton.LeftButton)``), a menu item
  is triggered through its menu (:func:`menu_action` finds it in the window's menu bar, as the
  clerk reads it, and fails when it is missing, hidden or disabled), a shortcut is typed with
  ``qtbot.keyClick``. A test never calls the slot behind a button in place of a click: a
  button's ``clicked(bool)`` fills a slot's optional first parameter with ``False``, and a test
  that calls the slot would pass over a button that does nothing.
  ``tests/ui/test_ui_signal_connections.py`` refuses such connections in the code.
- A modal dialog that the click opens (a file dialog, a question, the print dialog) is
  answered through ``tests/ui/modals.py``: arrange the answer before the click
  (``answer_modal(QFileDialog, choose_file(path))``), click, then ``answer.check()``.
  Static dialog functions are not replaced with stand-ins.
- Results are waited for as a clerk waits (``qtbot.waitUntil`` on what the window shows); the
  window's background work is drained with :func:`settle`.
- Each clerk's flow of the issues is a test through the real main window over the demo office
  (``demo_window``: the small demo data set, built once per test session and copied for each
  test, so that a test may write).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from modals import answer_modal, choose_file, choose_menu_item, forget_arranged, print_to_pdf
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
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

from giamsat_desktop import formatting
from giamsat_desktop.config import Settings
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.ui.common.i18n import install_language
from giamsat_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog
from giamsat_desktop.ui.common.style import STYLE_SHEET
from giamsat_desktop.ui.main_window import MainWindow

SQLITE_FILE = "giamsat.sqlite3"
D = TypeVar("D", bound=QDialog)


@pytest.fixture(autouse=True)
def vietnamese(qapp: object) -> Iterator[None]:
    """Each test starts, and leaves the application, in Vietnamese (words and numbers)."""
    install_language("vi")
    formatting.set_language("vi")
    yield
    install_language("vi")
    formatting.set_language("vi")


@pytest.fixture(autouse=True)
def program_style(qapp: QApplication) -> None:
    """Every window test sees the program's own style sheet (fonts, paddings), as a clerk does."""
    qapp.setStyleSheet(STYLE_SHEET)


@pytest.fixture(autouse=True)
def no_answer_left_waiting() -> Iterator[None]:
    """An answer a test arranged and never used must not close a later test's dialog."""
    yield
    forget_arranged()


def _shown_window(qtbot: QtBot, context: ServiceContext) -> Iterator[MainWindow]:
    win = MainWindow(context, Settings.load(), "vi")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.runner.busy)
    yield win
    win.runner.wait_for_all()


@pytest.fixture
def window(qtbot: QtBot, context: ServiceContext) -> Iterator[MainWindow]:
    """The main window, shown, with its first reads finished."""
    yield from _shown_window(qtbot, context)


def _type_text(widget: QWidget, text: str) -> None:
    """Type any text, Vietnamese included, as key events (QTest takes ASCII only)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    """A function that types text into a widget as a clerk would."""
    return _type_text


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


@pytest.fixture(scope="session")
def demo_office_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo office (about 300 documents over three years), built once per session."""
    folder = tmp_path_factory.mktemp("demo-office")
    database = open_database(f"sqlite:///{folder / SQLITE_FILE}")
    try:
        create_demo_data(database.session_factory, "small", seed=2025)
    finally:
        database.close()
    return folder / SQLITE_FILE


@pytest.fixture
def demo_context(demo_office_file: Path, tmp_path: Path) -> Iterator[ServiceContext]:
    """A copy of the demo office for one test, opened as the program opens it."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy2(demo_office_file, folder / SQLITE_FILE)
    database = open_database(f"sqlite:///{folder / SQLITE_FILE}")
    yield ServiceContext(
        factory=database.session_factory,
        location=database.location,
        data_folder=folder,
        database=database,
    )
    database.close()


@pytest.fixture
def demo_window(qtbot: QtBot, demo_context: ServiceContext) -> Iterator[MainWindow]:
    """The main window over a copy of the demo office, shown, its first reads finished."""
    yield from _shown_window(qtbot, demo_context)


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
