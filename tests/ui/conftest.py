"""Fixtures for window tests: the window over a real database, in Vietnamese.

How the window is tested
------------------------
A test does what a clerk does, and checks what the clerk would see:

- A button is clicked (``qtbot.mouseClick(button, Qt.MouseButton.LeftButton)``), a menu item
  is triggered through its menu (``tests.ui.clicks.menu_action`` finds it in the window's
  menu bar, as the clerk reads it, and fails when it is missing, hidden or disabled), a
  shortcut is typed with
  ``qtbot.keyClick``. A test never calls the slot behind a button in place of a click: a
  button's ``clicked(bool)`` fills a slot's optional first parameter with ``False``, and a test
  that calls the slot would pass over a button that does nothing.
  ``tests/ui/test_ui_signal_connections.py`` refuses such connections in the code.
- A modal dialog that the click opens (a file dialog, a question, the print dialog) is
  answered through ``tests/ui/modals.py``: arrange the answer before the click
  (``answer_modal(QFileDialog, choose_file(path))``), click, then ``answer.check()``.
  Static dialog functions are not replaced with stand-ins.
- Results are waited for as a clerk waits (``qtbot.waitUntil`` on what the window shows); the
  window's background work is drained with ``tests.ui.clicks.settle``.
- Each clerk's flow of the issues is a test through the real main window over the demo office
  (``demo_window``: the small demo data set, built once per test session and copied for each
  test, so that a test may write).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop import formatting
from giamsat_desktop.config import Settings
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.ui.common.i18n import install_language
from giamsat_desktop.ui.common.style import STYLE_SHEET
from giamsat_desktop.ui.main_window import MainWindow
from tests.ui.modals import forget_arranged

SQLITE_FILE = "giamsat.sqlite3"


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
