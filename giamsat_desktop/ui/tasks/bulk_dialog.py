"""The small dialog of a step on several tasks: mark them done, or extend their deadline.

The dialog asks for the date (and, to extend, the reason), runs the step in the
background and closes only when it is saved; a refusal is said in the dialog, which
stays open with what was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.tasks import TaskRecord
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.tasks import bulk
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.error_text import error_text

Result = tuple[list[TaskRecord], Changes]


class BulkDialog(QDialog):
    """Hoàn thành… or Gia hạn… for the tasks chosen in the list."""

    saved = Signal(object)
    """The ``Changes`` of the step, once saved."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        tasks: Sequence[TaskRecord],
        *,
        extend: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._runner = context, runner
        self.tasks = list(tasks)
        self.extend = extend
        count = len(self.tasks)
        if extend:
            self.setWindowTitle(self.tr("Gia hạn nhiệm vụ"))
            intro = self.tr("Gia hạn {count} nhiệm vụ đã chọn đến ngày mới.").format(count=count)
        else:
            self.setWindowTitle(self.tr("Hoàn thành nhiệm vụ"))
            intro = self.tr("Đánh dấu {count} nhiệm vụ đã chọn là đã hoàn thành.").format(
                count=count
            )
        self.date = DateField()
        self.date.setObjectName("bulkDate")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("bulkReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(self.fontMetrics().height() * 4)
        self.problem = QLabel()
        self.problem.setObjectName("bulkProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        if extend:
            latest = max(t.deadline for t in self.tasks if t.deadline is not None)
            self.date.set_date(latest + dt.timedelta(days=7))
            form.addRow(self.tr("Hạn mới:"), self.date)
            form.addRow(self.tr("Lý do gia hạn:"), self.reason)
        else:
            self.date.set_date(clock.today())
            form.addRow(self.tr("Ngày hoàn thành:"), self.date)
            self.reason.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Gia hạn") if extend else self.tr("Hoàn thành"))
        ok.setObjectName("bulkOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy bỏ"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        """Run the step; close when saved, say why when refused."""
        day = self.date.date()
        if day is None:
            self.problem.setText(self.date.problem() or self.tr("Hãy nhập ngày (dd/mm/yyyy)."))
            return
        factory, actor = self._context.factory, self._context.actor
        chosen = [(task.id, task.version) for task in self.tasks]
        step: Callable[[object], Result]
        if self.extend:
            reason = self.reason.toPlainText()
            today = clock.today()
            step = lambda _c: bulk.extend_tasks(factory, actor, chosen, day, reason, today)  # noqa: E731
        else:
            step = lambda _c: bulk.complete_tasks(factory, actor, chosen, day)  # noqa: E731
        self.buttons.setEnabled(False)

        def done(result: Result) -> None:
            self.saved.emit(result[1])
            self.accept()

        def refused(exc: BaseException) -> None:
            self.problem.setText(error_text(exc))
            self.buttons.setEnabled(True)

        self._runner.command(step, on_done=done, on_error=refused)
