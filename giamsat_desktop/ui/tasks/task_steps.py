"""The small dialogs of a task's steps: progress, completion, pause, cancel, extension, undo.

Each asks what its step needs (a date, a percentage, the report letter, a new deadline, a
reason), saves it through the service in the background and closes; a refusal is said in
the dialog, which keeps what was typed. A save refused because another PC changed the task
meanwhile closes the dialog and tells the task's dialog (``stale``), which reads it again.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.errors import ConflictError, ErrorCode
from giamsat_desktop.domain.registers import IncomingRecord
from giamsat_desktop.domain.tasks import TaskRecord, TaskState
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.tasks import moves
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.incoming_picker import IncomingPicker
from giamsat_desktop.ui.tasks.task_texts import LATE_COLOUR, document_line

Saved = tuple[TaskRecord, Changes]


class Step(Enum):
    """A step the clerk takes on a task from its dialog."""

    PROGRESS = "progress"
    DONE = "done"
    PAUSE = "pause"
    CANCEL = "cancel"
    EXTEND = "extend"
    UNDO = "undo"


def is_stale(exc: BaseException) -> bool:
    """Whether a save was refused because the task was saved elsewhere since it was read."""
    return isinstance(exc, ConflictError) and exc.code is ErrorCode.STALE_EDIT


class StepDialog(QDialog):
    """One step: its fields, the button that saves it, Đóng."""

    saved = Signal(object)
    """The step is saved: the task as it now is and the ``Changes`` (a tuple)."""
    stale = Signal(object)
    """Refused because another PC changed the task meanwhile: the error."""

    def __init__(
        self,
        step: Step,
        context: ServiceContext,
        runner: TaskRunner,
        record: TaskRecord,
        parent: QWidget | None = None,
        *,
        undoing: str = "",
    ) -> None:
        """Make the dialog of ``step`` for ``record``; ``undoing`` names the step undone."""
        super().__init__(parent)
        self.step = step
        self._context = context
        self._runner = runner
        self.record = record
        self.report: IncomingRecord | None = None
        self.last_picker: IncomingPicker | None = None
        today = clock.today()
        titles = {
            Step.PROGRESS: (self.tr("Ghi tiến độ"), self.tr("Ghi")),
            Step.DONE: (self.tr("Hoàn thành nhiệm vụ"), self.tr("Hoàn thành")),
            Step.PAUSE: (self.tr("Tạm dừng nhiệm vụ"), self.tr("Tạm dừng")),
            Step.CANCEL: (self.tr("Hủy nhiệm vụ"), self.tr("Hủy nhiệm vụ")),
            Step.EXTEND: (self.tr("Gia hạn nhiệm vụ"), self.tr("Gia hạn")),
            Step.UNDO: (self.tr("Hoàn tác bước vừa rồi"), self.tr("Hoàn tác")),
        }
        title, action = titles[step]
        self.setWindowTitle(title)
        self.setMinimumWidth(620)

        form = QFormLayout()
        subject = QLabel(record.content)
        subject.setWordWrap(True)
        form.addRow(self.tr("Nhiệm vụ:"), subject)
        day_names = {
            Step.PROGRESS: self.tr("Ngày ghi"),
            Step.DONE: self.tr("Ngày hoàn thành"),
            Step.PAUSE: self.tr("Ngày tạm dừng"),
            Step.CANCEL: self.tr("Ngày hủy"),
        }
        self.date = DateField(today, required=True, name=day_names.get(step, ""), parent=self)
        if step in day_names:
            form.addRow(self.tr("{name}:").format(name=day_names[step]), self.date)
        else:
            self.date.hide()
        self.percent = QSpinBox(self)
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(record.progress)
        if step is Step.PROGRESS:
            form.addRow(self.tr("Tiến độ:"), self.percent)
        else:
            self.percent.hide()
        self.new_deadline = DateField(required=True, name=self.tr("Thời hạn mới"), parent=self)
        if step is Step.EXTEND:
            form.addRow(self.tr("Thời hạn hiện tại:"), QLabel(format_date(record.deadline)))
            form.addRow(self.tr("Thời hạn mới:"), self.new_deadline)
        else:
            self.new_deadline.hide()
        self.report_label = QLabel(self.tr("chưa chọn"))
        self.report_label.setWordWrap(True)
        self.pick_button = QPushButton(self.tr("Chọn văn bản…"), self)
        self.unpick_button = QPushButton(self.tr("Bỏ chọn"), self)
        if step is Step.DONE:
            report_buttons = QHBoxLayout()
            report_buttons.addWidget(self.pick_button)
            report_buttons.addWidget(self.unpick_button)
            report_buttons.addStretch(1)
            report_box = QVBoxLayout()
            report_box.addWidget(self.report_label)
            report_box.addLayout(report_buttons)
            form.addRow(self.tr("Văn bản báo cáo:"), report_box)
        else:
            for widget in (self.pick_button, self.unpick_button):
                widget.hide()
        if step is Step.UNDO:
            undone = QLabel(undoing)
            undone.setWordWrap(True)
            form.addRow(self.tr("Bước hoàn tác:"), undone)
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(70)
        noted = step in (Step.PROGRESS, Step.DONE)
        self.note.setPlaceholderText(
            self.tr("Nội dung tổ chức báo cáo (nếu có)") if noted else self.tr("Bắt buộc")
        )
        form.addRow(self.tr("Ghi chú:") if noted else self.tr("Lý do:"), self.note)

        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setStyleSheet(f"color: {LATE_COLOUR};")
        self.problem.setWordWrap(True)
        self.ok_button = QPushButton(action)
        self.ok_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Đóng"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        self.pick_button.clicked.connect(lambda: self.pick_report())
        self.unpick_button.clicked.connect(lambda: self._show_report(None))
        self.ok_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.reject)
        self._show_report(None)
        (self.new_deadline if step is Step.EXTEND else self.note).setFocus()

    # ----- the report letter -------------------------------------------------------------

    def pick_report(self) -> None:
        """Chọn văn bản…: search the incoming register for the organisation's report."""
        picker = IncomingPicker(
            self._context,
            self._runner,
            self,
            title=self.tr("Chọn văn bản báo cáo"),
            hint=self.tr(
                "Chọn dòng của văn bản tổ chức báo cáo; gõ tên tổ chức, số, ký hiệu hay vài chữ"
                " để tìm (ví dụ: hoi nong dan bao cao)."
            ),
            multiple=False,
        )
        picker.chosen.connect(lambda records: self._show_report(records[0]))
        self.last_picker = picker
        picker.open()

    def _show_report(self, record: IncomingRecord | None) -> None:
        self.report = record
        self.report_label.setText(document_line(record) if record else self.tr("chưa chọn"))
        self.unpick_button.setEnabled(record is not None)
        self.adjustSize()

    # ----- saving ----------------------------------------------------------------------

    def _problems(self) -> list[str]:
        asked = self.new_deadline if self.step is Step.EXTEND else self.date
        problems = [asked.problem()] if self.step is not Step.UNDO else []
        if self.step is Step.EXTEND and self.record.deadline is not None:
            later = self.new_deadline.date()
            if later is not None and later <= self.record.deadline:
                problems.append(
                    self.tr("Thời hạn mới phải sau thời hạn hiện tại ({date}).").format(
                        date=format_date(self.record.deadline)
                    )
                )
        return [problem for problem in problems if problem]

    def _command(self) -> Callable[[TaskControl], Saved]:
        """The service call that saves the step, with what the dialog holds now."""
        factory, actor = self._context.factory, self._context.actor
        task, version = self.record.id, self.record.version
        on = self.date.date() or clock.today()
        note = self.note.toPlainText()
        if self.step is Step.PROGRESS:
            percent = self.percent.value()
            return lambda _c: moves.record_progress(
                factory, actor, task, version, on, percent, note
            )
        if self.step is Step.EXTEND:
            later = self.new_deadline.date()
            assert later is not None
            today = clock.today()
            return lambda _c: moves.extend_deadline(
                factory, actor, task, version, later, note, today
            )
        if self.step is Step.UNDO:
            today = clock.today()
            return lambda _c: moves.undo_move(factory, actor, task, version, note, today)
        state = {
            Step.DONE: TaskState.DONE,
            Step.PAUSE: TaskState.PAUSED,
            Step.CANCEL: TaskState.CANCELLED,
        }[self.step]
        report = self.report.id if self.report is not None else None
        return lambda _c: moves.move_task(
            factory, actor, task, version, state, on, note=note, report_id=report
        )

    def save(self) -> None:
        """Save the step; the dialog closes once it is kept."""
        problems = self._problems()
        if problems:
            self.problem.setText("\n".join(problems))
            return
        self.problem.clear()
        self.ok_button.setEnabled(False)
        self._runner.command(self._command(), on_done=self._saved, on_error=self._refused)

    def _saved(self, result: Saved) -> None:
        self.saved.emit(result)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if is_stale(exc):
            self.stale.emit(exc)
            self.reject()
            return
        self.problem.setText(error_text(exc))
