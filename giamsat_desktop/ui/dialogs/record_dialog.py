"""Base of the small edit dialogs: a form, a problem line, Lưu / Hủy, saving off-thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from giamsat_desktop.ui.error_text import error_text
from giamsat_desktop.ui.tasks import TaskControl, TaskRunner


class RecordDialog(QDialog):
    """Enter saves, Esc cancels; the dialog closes only once the service accepted the save."""

    def __init__(self, runner: TaskRunner, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self._runner = runner
        self.result_record: Any = None
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    @property
    def save_button(self) -> Any:
        """The Lưu button (disabled while the form has a problem)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def problems(self) -> list[str]:
        """What the clerk must still fix; override."""
        return []

    def revalidate(self) -> None:
        """Show problems as the clerk types and allow saving only without them."""
        found = self.problems()
        self.problem.setText("\n".join(found))
        self.save_button.setEnabled(not found)

    def make_save(self) -> Callable[[TaskControl], Any]:
        """The write to run; override."""
        raise NotImplementedError

    def save(self) -> None:
        """Save in the background; close on success, show the reason otherwise."""
        if self.problems():
            self.revalidate()
            return
        self.save_button.setEnabled(False)
        self._runner.command(self.make_save(), on_done=self._saved, on_error=self._refused)

    def _saved(self, result: Any) -> None:
        self.result_record = result
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.problem.setText(error_text(exc))
        self.save_button.setEnabled(True)
