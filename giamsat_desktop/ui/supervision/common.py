"""What the supervision dialogs share: the change they tell the window of, a reason's dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text

LATE_STYLE = "color: #b00020;"


def touched(changes: Changes) -> Changes:
    """``changes`` as the supervision pages hear them: a write touches the sessions' area."""
    if not changes.areas:
        return changes
    return Changes(changes.areas | {Area.SUPERVISION})


class ReasonDialog(QDialog):
    """Ask a reason (and maybe what is done), save it in the background, close.

    ``save`` takes the reason typed and returns what the service returned; ``saved``
    carries it. A refusal is said in the dialog, which keeps what was typed.
    """

    saved = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        title: str,
        what: str,
        action: str,
        save: Callable[[str], Any],
        parent: QWidget | None = None,
        *,
        required: bool = True,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._save = save
        self._required = required
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        form = QFormLayout()
        subject = QLabel(what)
        subject.setWordWrap(True)
        form.addRow(self.tr("Về:"), subject)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reasonText")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(110)
        form.addRow(self.tr("Lý do:") if required else self.tr("Lý do (nếu có):"), self.reason)
        self.problem = QLabel()
        self.problem.setStyleSheet(LATE_STYLE)
        self.problem.setWordWrap(True)
        self.ok_button = QPushButton(action)
        self.ok_button.setDefault(True)
        close = QPushButton(self.tr("Đóng"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)

    def save(self) -> None:
        """Save the reason through the service; close when it is kept."""
        text = self.reason.toPlainText().strip()
        if self._required and not text:
            self.problem.setText(self.tr("Hãy ghi lý do."))
            return
        self.ok_button.setEnabled(False)

        def refused(exc: BaseException) -> None:
            self.ok_button.setEnabled(True)
            self.problem.setText(error_text(exc))

        def done(result: Any) -> None:
            self.saved.emit(result)
            self.accept()

        self._runner.command(lambda _c: self._save(text), on_done=done, on_error=refused)
