"""One task, as a clerk follows it: what, for whom, by when, how far, and what happened.

The dialog shows the task's content, the document it was given from, the lead and
cooperating organisations, the person responsible, the deadline (how many days are left, or
how late it is, computed on today's date), the state and progress, the day it was done and
the organisation's report letter; for a standing task (thường xuyên), when its next report
is due and which reports came; and its whole history. The buttons take the steps the
task's state allows (``domain.tasks.MOVES``), each in a small dialog; a viewer reads only.
After each step the dialog reads the task again and emits ``saved``; a step refused because
another PC changed the task meanwhile says so and reads the task again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.errors import NotFoundError
from giamsat_desktop.domain.registers import IncomingRecord
from giamsat_desktop.domain.tasks import TaskRecord, TaskState, can_move
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers.incoming import get_incoming
from giamsat_desktop.services.tasks import moves
from giamsat_desktop.services.tasks.history import TaskStep, history
from giamsat_desktop.services.tasks.records import get_task
from giamsat_desktop.services.tasks.standing import StandingSchedule, report_schedule
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.tasks.task_steps import Saved, Step, StepDialog, is_stale
from giamsat_desktop.ui.tasks.task_texts import (
    LATE_COLOUR,
    deadline_text,
    document_line,
    done_text,
    missed_text,
    next_report_text,
    reports_text,
    state_text,
    step_what,
    undoable,
)

DAY, WHAT, NOTE, USER = range(4)
"""The history's columns."""


@dataclass(frozen=True, slots=True)
class TaskView:
    """Everything the dialog shows of a task, read at once."""

    record: TaskRecord
    steps: tuple[TaskStep, ...]
    source: IncomingRecord | None
    """The document it was given from (None without one, or when hidden from the reader)."""
    report: IncomingRecord | None
    """The organisation's report letter, when the task was done with one."""
    schedule: StandingSchedule | None
    """A standing task's reports; None for a task with a deadline."""
    today: dt.date


def _document(context: ServiceContext, document_id: int | None) -> IncomingRecord | None:
    if document_id is None:
        return None
    try:
        return get_incoming(context.factory, context.actor, document_id)
    except NotFoundError:  # a secret report letter, for a viewer
        return None


def read_task(context: ServiceContext, task_id: int, today: dt.date) -> TaskView:
    """The task, its history, its documents and its reports, as ``context.actor`` may see them.

    Raises:
        NotFoundError: no such task, or hidden from the reader.
    """
    factory, actor = context.factory, context.actor
    record = get_task(factory, actor, task_id)
    return TaskView(
        record,
        tuple(history(factory, actor, task_id)),
        _document(context, record.source_id),
        _document(context, record.report_id),
        report_schedule(factory, actor, task_id, today) if record.report_period else None,
        today,
    )


def _value_label() -> QLabel:
    value = QLabel()
    value.setWordWrap(True)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return value


class TaskDialog(QDialog):
    """A task's details, its history and the steps a clerk takes on it."""

    saved = Signal(object)
    """After each step saved: the ``Changes`` it made."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        task_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self.task_id = task_id
        self.view: TaskView | None = None
        self.last_step: StepDialog | None = None
        self._writing = False
        self.setWindowTitle(self.tr("Nhiệm vụ"))
        self.resize(980, 660)

        self.content = _value_label()
        self.content.setObjectName("taskContent")
        font = QFont(self.content.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.content.setFont(font)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.source_label = _value_label()
        self.lead_label = _value_label()
        self.cooperating_label = _value_label()
        self.responsible_label = _value_label()
        self.assigned_label = _value_label()
        self.deadline_label = _value_label()
        self.state_label = _value_label()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setFormat("%p %")
        self.progress_bar.setMaximumWidth(320)
        self.done_label = _value_label()
        self.report_label = _value_label()
        self.next_report_label = _value_label()
        self.missed_label = _value_label()
        self.missed_label.setStyleSheet(f"color: {LATE_COLOUR};")
        self.reports_label = _value_label()
        for caption, widget in (
            (self.tr("Văn bản giao:"), self.source_label),
            (self.tr("Chủ trì:"), self.lead_label),
            (self.tr("Phối hợp:"), self.cooperating_label),
            (self.tr("Người phụ trách:"), self.responsible_label),
            (self.tr("Ngày giao:"), self.assigned_label),
            (self.tr("Thời hạn:"), self.deadline_label),
            (self.tr("Trạng thái:"), self.state_label),
            (self.tr("Tiến độ:"), self.progress_bar),
            (self.tr("Ngày hoàn thành:"), self.done_label),
            (self.tr("Văn bản báo cáo:"), self.report_label),
            (self.tr("Báo cáo kỳ tới:"), self.next_report_label),
            (self.tr("Kỳ chưa báo cáo:"), self.missed_label),
            (self.tr("Báo cáo đã nhận:"), self.reports_label),
        ):
            self.form.addRow(caption, widget)

        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Ngày"), self.tr("Diễn biến"), self.tr("Ghi chú, lý do"), self.tr("Người ghi")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(True)
        header = self.history.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in ((DAY, 95), (WHAT, 330), (USER, 120)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.history.setMinimumHeight(150)

        self.viewer_note = QLabel(
            self.tr("<b>Tài khoản chỉ xem:</b> xem được nhiệm vụ nhưng không ghi được.")
        )
        self.viewer_note.setTextFormat(Qt.TextFormat.RichText)
        self.viewer_note.setVisible(not context.actor.role.can_write)
        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setStyleSheet(f"color: {LATE_COLOUR};")
        self.problem.setWordWrap(True)

        self.progress_button = QPushButton(self.tr("Ghi tiến độ…"))
        self.done_button = QPushButton(self.tr("Hoàn thành…"))
        self.pause_button = QPushButton(self.tr("Tạm dừng…"))
        self.resume_button = QPushButton(self.tr("Tiếp tục"))
        self.cancel_button = QPushButton(self.tr("Hủy nhiệm vụ…"))
        self.extend_button = QPushButton(self.tr("Gia hạn…"))
        self.undo_button = QPushButton(self.tr("Hoàn tác bước vừa rồi…"))
        self.close_button = QPushButton(self.tr("Đóng"))
        self.write_buttons = (
            self.progress_button,
            self.done_button,
            self.pause_button,
            self.resume_button,
            self.cancel_button,
            self.extend_button,
            self.undo_button,
        )
        buttons = QHBoxLayout()
        for button in self.write_buttons:
            buttons.addWidget(button)
            button.setEnabled(False)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.content)
        layout.addLayout(self.form)
        layout.addWidget(QLabel(self.tr("Quá trình thực hiện:")))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.viewer_note)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        self.progress_button.clicked.connect(lambda: self.take(Step.PROGRESS))
        self.done_button.clicked.connect(lambda: self.take(Step.DONE))
        self.pause_button.clicked.connect(lambda: self.take(Step.PAUSE))
        self.resume_button.clicked.connect(lambda: self.resume())
        self.cancel_button.clicked.connect(lambda: self.take(Step.CANCEL))
        self.extend_button.clicked.connect(lambda: self.take(Step.EXTEND))
        self.undo_button.clicked.connect(lambda: self.take(Step.UNDO))
        self.close_button.clicked.connect(self.reject)
        self.close_button.setFocus()
        self.reload()

    # ----- reading ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the task again (in the background) and show it."""
        context, task_id, today = self._context, self.task_id, clock.today()

        def refused(exc: BaseException) -> None:
            self._writing = False
            self.problem.setText(error_text(exc))
            self._update_buttons()

        self._runner.query(
            lambda _c: read_task(context, task_id, today), on_done=self._show, on_error=refused
        )

    def _show(self, view: TaskView) -> None:
        self.view = view
        self._writing = False
        record, today = view.record, view.today
        self.setWindowTitle(self.tr("Nhiệm vụ — {lead}").format(lead=record.lead_name))
        self.content.setText(record.content)
        self.source_label.setText(
            document_line(view.source)
            if view.source
            else self.tr("Không có (giao không theo văn bản)")
            if record.source_id is None
            else record.source_symbol
        )
        self.lead_label.setText(record.lead_name)
        self.cooperating_label.setText(", ".join(record.cooperating) or "—")
        self.responsible_label.setText(record.responsible or "—")
        self.assigned_label.setText(format_date(record.assigned_on) or "—")
        deadline, late = deadline_text(record, today)
        self.deadline_label.setText(deadline)
        self.deadline_label.setStyleSheet(f"color: {LATE_COLOUR};" if late else "")
        self.state_label.setText(state_text(record))
        self.progress_bar.setValue(record.progress)
        done, done_late = done_text(record)
        self.done_label.setText(done)
        self.done_label.setStyleSheet(f"color: {LATE_COLOUR};" if done_late else "")
        is_done = record.state is TaskState.DONE
        self.form.setRowVisible(self.done_label, is_done)
        self.form.setRowVisible(self.report_label, is_done)
        if view.report is not None:
            self.report_label.setText(document_line(view.report))
        else:
            self.report_label.setText(
                self.tr("không xem được (văn bản mật)") if record.report_id else self.tr("không có")
            )
        schedule = view.schedule
        for row in (self.next_report_label, self.reports_label):
            self.form.setRowVisible(row, schedule is not None)
        self.form.setRowVisible(self.missed_label, bool(schedule and schedule.missed))
        if schedule is not None:
            self.next_report_label.setText(next_report_text(schedule))
            self.missed_label.setText(missed_text(schedule))
            self.reports_label.setText(reports_text(schedule))
        self._show_history(view.steps)
        self._update_buttons()

    def _show_history(self, steps: tuple[TaskStep, ...]) -> None:
        self.history.setRowCount(len(steps))
        for row, step in enumerate(steps):
            for column, text in (
                (DAY, format_date(step.on)),
                (WHAT, step_what(step)),
                (NOTE, step.note),
                (USER, step.user_name),
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(row, column, item)
        self.history.resizeRowsToContents()
        self.history.scrollToBottom()

    def history_lines(self) -> list[str]:
        """The history as shown, one line a step: date, what, note, who (for prints, tests)."""
        return [
            " | ".join(
                (self.history.item(row, column) or QTableWidgetItem()).text()
                for column in range(self.history.columnCount())
            )
            for row in range(self.history.rowCount())
        ]

    def _update_buttons(self) -> None:
        view = self.view
        writable = self._context.actor.role.can_write and view is not None and not self._writing
        if view is None or not writable:
            for button in self.write_buttons:
                button.setEnabled(False)
            return
        record = view.record
        state = record.state
        self.progress_button.setEnabled(state.is_open)
        self.done_button.setEnabled(can_move(state, TaskState.DONE))
        self.pause_button.setEnabled(can_move(state, TaskState.PAUSED))
        self.resume_button.setEnabled(
            state is TaskState.PAUSED and can_move(state, TaskState.IN_PROGRESS)
        )
        self.cancel_button.setEnabled(can_move(state, TaskState.CANCELLED))
        self.extend_button.setEnabled(state.is_open and record.deadline is not None)
        self.undo_button.setEnabled(undoable(view.steps, state) is not None)

    @property
    def busy(self) -> bool:
        """Whether a step is being saved, or the task read again after it."""
        return self._writing

    # ----- steps -----------------------------------------------------------------------

    def take(self, step: Step) -> None:
        """Open the small dialog of ``step`` (its button's "…"); it saves and closes."""
        if self.view is None:
            return
        undoing = ""
        if step is Step.UNDO:
            last = undoable(self.view.steps, self.view.record.state)
            if last is not None:
                undoing = self.tr("{what} ngày {date}, trở lại “{state}”").format(
                    what=step_what(last),
                    date=format_date(last.on),
                    state=label(last.from_state) if last.from_state else "",
                )
        dialog = StepDialog(
            step, self._context, self._runner, self.view.record, self, undoing=undoing
        )
        dialog.saved.connect(self._step_saved)
        dialog.stale.connect(self._stale)
        self.last_step = dialog
        dialog.open()

    def resume(self) -> None:
        """Tiếp tục: a paused task is in progress again from today."""
        if self.view is None:
            return
        factory, actor, record = self._context.factory, self._context.actor, self.view.record
        today = clock.today()
        self._writing = True
        self._update_buttons()

        def refused(exc: BaseException) -> None:
            self._writing = False
            if is_stale(exc):
                self._stale(exc)
                return
            self.problem.setText(error_text(exc))
            self._update_buttons()

        self._runner.command(
            lambda _c: moves.move_task(
                factory, actor, record.id, record.version, TaskState.IN_PROGRESS, today
            ),
            on_done=self._step_saved,
            on_error=refused,
        )

    def _step_saved(self, result: Saved) -> None:
        _record, changes = result
        self._writing = True  # until the task is read again, with its new version
        self.problem.clear()
        self.reload()
        self.saved.emit(changes)

    def _stale(self, _exc: BaseException) -> None:
        self.problem.setText(
            self.tr(
                "Nhiệm vụ vừa được sửa trên máy khác nên bước này chưa được ghi. Đã đọc lại "
                "nhiệm vụ như hiện có; hãy xem lại rồi làm lại nếu cần."
            )
        )
        self.reload()
