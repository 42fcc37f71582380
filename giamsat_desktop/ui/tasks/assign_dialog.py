"""Giao nhiệm vụ: the leader's instruction and the tasks a directive implies, in one dialog.

The clerk writes a task's content, ticks its lead organisations (one task each; "Tất cả tổ
chức thành viên" ticks every member), the cooperating ones, the person responsible and the
deadline — a date, a number of days from today ("15 ngày", counted as the law counts and
moved off days off), or "Thường xuyên" with a reporting period — then Thêm vào danh sách.
Giao nhiệm vụ saves every task of the list, with the instruction, in one transaction.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.deadlines import DaysOff, ReportPeriod, deadline_after
from giamsat_desktop.domain.organizations import OrganizationKind, OrganizationRecord
from giamsat_desktop.domain.registers import IncomingRecord
from giamsat_desktop.domain.tasks import TaskDraft, TaskRecord
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.catalog.days_off import days_off
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.tasks.assign import assign_tasks
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.labels import label


class AssignDialog(QDialog):
    """The instruction, a task being written, and the list of tasks to give."""

    assigned = Signal(object)
    """After Giao nhiệm vụ: the ``Changes`` it made."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        document: IncomingRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self.document = document
        self.pending: list[TaskDraft] = []
        self.result_tasks: list[TaskRecord] = []
        self._names: dict[int, str] = {}
        self._days_off: DaysOff | None = None
        """The office's days off, read once when the dialog opens ("15 ngày" counts them)."""
        self.setWindowTitle(self.tr("Giao nhiệm vụ"))
        self.setMinimumWidth(900)

        layout = QVBoxLayout(self)
        if document is not None:
            source = QLabel(
                self.tr("Văn bản đến số {number}: {symbol} — {subject}").format(
                    number=document.arrival_number_text,
                    symbol=document.symbol or "",
                    subject=document.subject,
                )
            )
            source.setWordWrap(True)
            layout.addWidget(source)
        self.instruction = QPlainTextEdit(document.instruction if document else "")
        self.instruction.setFixedHeight(56)
        self.instruction.setPlaceholderText(self.tr("Ý kiến chỉ đạo của lãnh đạo (bút phê)"))
        self.instruction.setVisible(document is not None)
        if document is not None:
            layout.addWidget(QLabel(self.tr("Ý kiến chỉ đạo (bút phê):")))
            layout.addWidget(self.instruction)

        task_box = QGroupBox(self.tr("Nhiệm vụ"))
        form = QFormLayout(task_box)
        self.content = QPlainTextEdit()
        self.content.setFixedHeight(50)
        self.content.setPlaceholderText(self.tr("Việc cần làm"))
        form.addRow(self.tr("Nội dung:"), self.content)
        orgs = QHBoxLayout()
        lead_column, coop_column = QVBoxLayout(), QVBoxLayout()
        self.all_members = QCheckBox(self.tr("Tất cả tổ chức thành viên"))
        self.leads = QListWidget()
        self.cooperating = QListWidget()
        for widget in (self.leads, self.cooperating):
            widget.setMinimumHeight(112)
        lead_column.addWidget(QLabel(self.tr("Chủ trì (mỗi tổ chức một nhiệm vụ):")))
        lead_column.addWidget(self.all_members)
        lead_column.addWidget(self.leads)
        coop_column.addWidget(QLabel(self.tr("Phối hợp:")))
        coop_column.addWidget(self.cooperating)
        orgs.addLayout(lead_column)
        orgs.addLayout(coop_column)
        form.addRow(orgs)
        self.responsible = QLineEdit()
        self.responsible.setPlaceholderText(self.tr("Họ tên người phụ trách (nếu có)"))
        form.addRow(self.tr("Người phụ trách:"), self.responsible)

        deadline_row = QHBoxLayout()
        self.by_date = QRadioButton(self.tr("Ngày"))
        self.by_days = QRadioButton(self.tr("Sau"))
        self.standing = QRadioButton(self.tr("Thường xuyên, báo cáo"))
        self.kinds = QButtonGroup(self)
        for button in (self.by_date, self.by_days, self.standing):
            self.kinds.addButton(button)
        self.date = DateField(name=self.tr("Thời hạn"))
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(15)
        self.days.setSuffix(self.tr(" ngày"))
        self.period = QComboBox()
        for value in ReportPeriod:
            self.period.addItem(label(value).lower(), value)
        self.deadline_hint = QLabel()
        for widget in (
            self.by_date,
            self.date,
            self.by_days,
            self.days,
            self.standing,
            self.period,
        ):
            deadline_row.addWidget(widget)
        deadline_row.addWidget(self.deadline_hint, 1)
        form.addRow(self.tr("Thời hạn:"), deadline_row)
        self.add_button = QPushButton(self.tr("Thêm vào danh sách"))
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        form.addRow(add_row)
        layout.addWidget(task_box)

        layout.addWidget(QLabel(self.tr("Các nhiệm vụ sẽ giao:")))
        self.list = QListWidget()
        self.list.setMinimumHeight(80)
        layout.addWidget(self.list, 1)
        self.remove_button = QPushButton(self.tr("Bỏ khỏi danh sách"))
        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.save_button = QPushButton(self.tr("Giao nhiệm vụ"))
        self.close_button = QPushButton(self.tr("Đóng"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        default = document.deadline if document and document.deadline else None
        (self.by_date if default else self.by_days).setChecked(True)
        self.date.set_date(default)
        for signal in (self.kinds.buttonToggled, self.days.valueChanged):
            signal.connect(lambda *_: self._show_deadline())
        self.date.textChanged.connect(lambda _t: self._show_deadline())
        self.all_members.toggled.connect(self._tick_members)
        self.add_button.clicked.connect(lambda: self.add_task())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.reject)
        self._show_deadline()
        self._update_buttons()
        self._load_organizations()
        self._load_days_off()

    # ----- the task being written --------------------------------------------------------

    def _load_organizations(self) -> None:
        factory = self._context.factory

        def shown(records: list[OrganizationRecord]) -> None:
            for record in records:
                self._names[record.id] = record.short_name or record.name
                for widget in (self.leads, self.cooperating):
                    item = QListWidgetItem(record.name)
                    item.setData(Qt.ItemDataRole.UserRole, record.id)
                    item.setData(Qt.ItemDataRole.UserRole + 1, record.kind.value)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    widget.addItem(item)

        self._runner.query(
            lambda _c: list_organizations(factory, include_inactive=False), on_done=shown
        )

    def _load_days_off(self) -> None:
        factory = self._context.factory

        def read(counted: DaysOff) -> None:
            self._days_off = counted
            self._show_deadline()

        self._runner.query(lambda _c: days_off(factory), on_done=read)

    def _tick_members(self, on: bool) -> None:
        for row in range(self.leads.count()):
            item = self.leads.item(row)
            if item.data(Qt.ItemDataRole.UserRole + 1) == OrganizationKind.MEMBER.value:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    @staticmethod
    def _ticked(widget: QListWidget) -> list[int]:
        return [
            int(widget.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        ]

    def deadline(self) -> tuple[dt.date | None, ReportPeriod | None]:
        """The deadline chosen: a date (typed, or computed from the days), or a period."""
        if self.standing.isChecked():
            return None, self.period.currentData()
        if self.by_days.isChecked():
            if self._days_off is None:  # still being read: no date yet
                return None, None
            return deadline_after(clock.today(), self.days.value(), self._days_off), None
        return self.date.date(), None

    def _show_deadline(self) -> None:
        self.date.setEnabled(self.by_date.isChecked())
        self.days.setEnabled(self.by_days.isChecked())
        self.period.setEnabled(self.standing.isChecked())
        day, _period = self.deadline()
        self.deadline_hint.setText(
            self.tr("hạn: {date}").format(date=format_date(day))
            if self.by_days.isChecked() and day
            else ""
        )

    def add_task(self) -> None:
        """Thêm vào danh sách: one task per lead organisation ticked."""
        content = self.content.toPlainText().strip()
        leads = self._ticked(self.leads)
        day, period = self.deadline()
        problems = []
        if not content:
            problems.append(self.tr("Chưa nhập nội dung nhiệm vụ."))
        if not leads:
            problems.append(self.tr("Chưa chọn tổ chức chủ trì."))
        if day is None and period is None:
            problems.append(self.date.problem() or self.tr("Chưa có thời hạn."))
        if problems:
            self.problem.setText("\n".join(problems))
            return
        cooperating = tuple(self._ticked(self.cooperating))
        for lead in leads:
            draft = TaskDraft(
                content, lead, cooperating, self.responsible.text().strip(), day, period
            )
            self.pending.append(draft)
            when = format_date(day) if day else label(period).lower() if period else ""
            self.list.addItem(
                self.tr("{lead}: {content} — {when}").format(
                    lead=self._names.get(lead, str(lead)), content=content, when=when
                )
            )
        self.problem.clear()
        self.content.clear()
        for widget in (self.leads, self.cooperating):
            for row in range(widget.count()):
                widget.item(row).setCheckState(Qt.CheckState.Unchecked)
        self.all_members.setChecked(False)
        self._update_buttons()
        self.content.setFocus()

    def remove_selected(self) -> None:
        """Bỏ khỏi danh sách: the selected line is not given."""
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            del self.pending[row]
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self._context.actor.role.can_write
        self.save_button.setEnabled(writable and bool(self.pending))
        self.remove_button.setEnabled(bool(self.pending))

    # ----- saving ----------------------------------------------------------------------

    def save(self) -> None:
        """Giao nhiệm vụ: every task of the list and the instruction, in one transaction."""
        if not self.pending:
            return
        factory, actor = self._context.factory, self._context.actor
        drafts = list(self.pending)
        source = self.document.id if self.document else None
        instruction = self.instruction.toPlainText() if self.document else None
        self.save_button.setEnabled(False)

        def done(result: tuple[list[TaskRecord], Changes]) -> None:
            self.result_tasks, changes = result
            self.assigned.emit(changes)
            self.accept()

        def refused(exc: BaseException) -> None:
            self.problem.setText(error_text(exc))
            self._update_buttons()

        self._runner.command(
            lambda _c: assign_tasks(
                factory, actor, drafts, source_id=source, instruction=instruction
            ),
            on_done=done,
            on_error=refused,
        )

    def reject(self) -> None:
        """Đóng: ask before throwing away tasks not given yet."""
        if self.pending or self.content.toPlainText().strip():
            asked = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Bỏ các nhiệm vụ chưa giao?"),
            )
            if asked != QMessageBox.StandardButton.Yes:
                return
        super().reject()
