"""``--quit-after SECONDS``: the window closes itself, for the smoke run of a built bundle.

When the time is up every open dialog is cancelled (the first-run wizard, a sign-in) and then
the main window is closed the way a clerk closes it, so the run goes through the program's
whole way out (waiting for background work, the day's automatic backup). Each window closed
is named on stderr with its title, so that the run can tell which screens it reached and in
which language.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

_RETRY_MS = 250
"""How often a window that did not close (a dialog opened on the way out) is tried again."""


class QuitAfter(QObject):
    """Closes the application's windows once its time is up, until the event loop ends."""

    def __init__(self, app: QApplication, seconds: float) -> None:
        super().__init__(app)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._close_windows)
        self._timer.start(max(0, round(seconds * 1000)))

    def _close_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            name = widget.objectName() or type(widget).__name__
            title = widget.windowTitle()
            line = f"giamsat-desktop: --quit-after: đóng {name} «{title}»"
            print(line, file=sys.stderr, flush=True)
            if isinstance(widget, QDialog):
                widget.reject()
            elif isinstance(widget, QMainWindow):
                widget.close()
        self._timer.start(_RETRY_MS)
