"""The small dialogs that save one step of a record: a form, its problem line, save and Đóng.

A recommendation's and a criticism session's steps (a move, a close or cancel with its
reason, an undo) and their replies ask a few fields about the record named at the top,
save through the service in the background and close; a refusal is said in the dialog,
which keeps what was typed.
"""

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

from giamsat_desktop.services.common import clock
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.error_text import error_text

LATE_STYLE = "color: #b00020;"
"""A refusal or a missing field, in red."""


class SavingDialog(QDialog):
    """A form about a record, its problem line, the button that saves and Đóng.

    ``about`` and ``what``: the record's row at the top ("Kiến nghị:" and its content).
    """

    saved = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        title: str,
        action: str,
        about: str,
        what: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self.form = QFormLayout()
        subject = QLabel(" ".join(what.split()))
        subject.setWordWrap(True)
        self.form.addRow(about, subject)
        self.problem = QLabel()
        self.problem.setObjectName("stepProblem")
        self.problem.setStyleSheet(LATE_STYLE)
        self.problem.setWordWrap(True)
        self.ok_button = QPushButton(action)
        self.ok_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Đóng"))
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.ok_button)
        self.buttons.addWidget(self.close_button)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.problem)
        self.body.addLayout(self.buttons)
        self.ok_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.reject)

    def save(self) -> None:
        """Check the fields and save through the service; close once it is kept."""
        call = self.write()
        if call is None:
            return
        self.ok_button.setEnabled(False)

        def refused(exc: BaseException) -> None:
            self.ok_button.setEnabled(True)
            self.problem.setText(error_text(exc))

        def done(result: Any) -> None:
            self.saved.emit(result)
            self.accept()

        self._runner.command(lambda _c: call(), on_done=done, on_error=refused)

    def write(self) -> Callable[[], Any] | None:
        """What saving runs, or None after saying what is missing; override."""
        raise NotImplementedError


class StepDialog(SavingDialog):
    """A step of a record: its day, and its reason (or a note)."""

    def __init__(
        self,
        runner: TaskRunner,
        title: str,
        action: str,
        about: str,
        what: str,
        save: Callable[[Any, str], Any],
        parent: QWidget | None = None,
        *,
        reason_needed: bool = True,
        note: str = "",
    ) -> None:
        """``save(day, text)`` runs the service; ``reason_needed``: the text is required.

        ``note``: what the step does, said in bold under the record (an undo's move).
        """
        super().__init__(runner, title, action, about, what, parent)
        self._save = save
        self._reason_needed = reason_needed
        self.note = QLabel(note)
        self.note.setObjectName("stepNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("font-weight: bold;")
        if note:
            self.form.addRow(self.note)
        self.day = DateField(clock.today(), required=True, name=self.tr("Ngày"), parent=self)
        self.day.setObjectName("stepDay")
        self.form.addRow(self.tr("Ngày:"), self.day)
        self.text = QPlainTextEdit()
        self.text.setObjectName("stepText")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(100)
        self.form.addRow(self.tr("Lý do:") if reason_needed else self.tr("Ghi chú:"), self.text)

    def write(self) -> Callable[[], Any] | None:
        """The step with its day and text."""
        day = self.day.date()
        if not self.day.is_valid() or day is None:
            self.problem.setText(self.day.problem())
            return None
        text = self.text.toPlainText().strip()
        if self._reason_needed and not text:
            self.problem.setText(self.tr("Hãy ghi lý do."))
            return None
        return lambda: self._save(day, text)
