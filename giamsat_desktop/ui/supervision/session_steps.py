"""The small dialogs of a session: a step taken (its day, a note or reason), a working session.

Each saves through the service in the background and closes; a refusal is said in the
dialog, which keeps what was typed.
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
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.supervision_records import (
    WorkingSessionDraft,
    WorkingSessionRecord,
)
from giamsat_desktop.services.common import clock
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.supervision.common import LATE_STYLE


class _SavingDialog(QDialog):
    """A form, its problem line, the button that saves and Đóng."""

    saved = Signal(object)

    def __init__(self, runner: TaskRunner, title: str, action: str, parent: QWidget | None):
        super().__init__(parent)
        self._runner = runner
        self.setWindowTitle(title)
        self.setMinimumWidth(600)
        self.form = QFormLayout()
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
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)

    def save(self) -> None:
        """Check the fields and save; override ``write``."""
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
        """What saving runs, or None after saying what is missing."""
        raise NotImplementedError


class MoveDialog(_SavingDialog):
    """A step taken on a session: its day and a note, or the reason it needs."""

    def __init__(
        self,
        runner: TaskRunner,
        title: str,
        action: str,
        subject: str,
        save: Callable[[Any, str], Any],
        parent: QWidget | None = None,
        *,
        reason_needed: bool = False,
        with_day: bool = True,
    ) -> None:
        """``save(day, text)`` runs the service; ``reason_needed``: the text is required."""
        super().__init__(runner, title, action, parent)
        self._save = save
        self._reason_needed = reason_needed
        what = QLabel(subject)
        what.setWordWrap(True)
        self.form.addRow(self.tr("Cuộc giám sát:"), what)
        self.day = DateField(clock.today(), required=True, name=self.tr("Ngày"), parent=self)
        self.day.setObjectName("moveDay")
        if with_day:
            self.form.addRow(self.tr("Ngày:"), self.day)
        else:
            self.day.hide()
        self.text = QPlainTextEdit()
        self.text.setObjectName("moveText")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(100)
        self.form.addRow(self.tr("Lý do:") if reason_needed else self.tr("Ghi chú:"), self.text)

    def write(self) -> Callable[[], Any] | None:
        """The move with its day and text."""
        if not self.day.is_valid():
            self.problem.setText(self.day.problem())
            return None
        text = self.text.toPlainText().strip()
        if self._reason_needed and not text:
            self.problem.setText(self.tr("Hãy ghi lý do."))
            return None
        day = self.day.date() or clock.today()
        return lambda: self._save(day, text)


class WorkingDialog(_SavingDialog):
    """A working session with the supervised body: day, place, who attended, minutes."""

    def __init__(
        self,
        runner: TaskRunner,
        save: Callable[[WorkingSessionDraft], Any],
        record: WorkingSessionRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Thêm buổi làm việc") if record is None else self.tr("Sửa buổi làm việc")
        super().__init__(runner, title, self.tr("Lưu"), parent)
        self._save = save
        self.held_on = DateField(
            record.held_on if record else clock.today(),
            required=True,
            name=self.tr("Ngày làm việc"),
            parent=self,
        )
        self.held_on.setObjectName("workingDay")
        self.place = QLineEdit(record.place if record else "")
        self.place.setObjectName("workingPlace")
        self.attendees = QPlainTextEdit(record.attendees if record else "")
        self.attendees.setObjectName("workingAttendees")
        self.attendees.setTabChangesFocus(True)
        self.attendees.setMaximumHeight(90)
        self.minutes = QPlainTextEdit(record.minutes if record else "")
        self.minutes.setObjectName("workingMinutes")
        self.minutes.setTabChangesFocus(True)
        self.form.addRow(self.tr("Ngày làm việc:"), self.held_on)
        self.form.addRow(self.tr("Địa điểm:"), self.place)
        self.form.addRow(self.tr("Thành phần dự (mỗi người một dòng):"), self.attendees)
        self.form.addRow(self.tr("Biên bản, nội dung làm việc:"), self.minutes)

    def write(self) -> Callable[[], Any] | None:
        """The working session as typed."""
        day = self.held_on.date()
        if not self.held_on.is_valid() or day is None:
            self.problem.setText(self.held_on.problem())
            return None
        draft = WorkingSessionDraft(
            held_on=day,
            place=self.place.text(),
            attendees=self.attendees.toPlainText(),
            minutes=self.minutes.toPlainText(),
        )
        return lambda: self._save(draft)
