"""Fixtures for window tests: the window over a real database, in Vietnamese."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.ui.i18n import install_language
from giamsat_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def vietnamese(qapp: object) -> Iterator[None]:
    """Each test starts, and leaves the application, in Vietnamese."""
    install_language("vi")
    yield
    install_language("vi")


@pytest.fixture
def window(qtbot: QtBot, context: ServiceContext) -> Iterator[MainWindow]:
    """The main window, shown, with its first reads finished."""
    win = MainWindow(context, Settings.load(), "vi")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.runner.busy)
    yield win
    win.runner.wait_for_all()


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
