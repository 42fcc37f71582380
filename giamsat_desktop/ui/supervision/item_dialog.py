"""A line of the year's programme, added or edited: what, whom, when, how, who leads."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
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

from giamsat_desktop.domain.organizations import OrganizationRecord
from giamsat_desktop.domain.supervision import SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_programme import ItemDraft, ProgrammeItemRecord
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision import programme
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.supervision.common import LATE_STYLE


def fill_forms(combo: QComboBox) -> None:
    """The four forms, their number in front."""
    for number, form in enumerate(SupervisionForm, start=1):
        combo.addItem(f"({number}) {label(form)}", form.value)


def fill_leads(combo: QComboBox, organizations: list[OrganizationRecord], front: str) -> None:
    """The Front first (no id), then the active organisations."""
    combo.addItem(front, None)
    for organization in organizations:
        if organization.active:
            combo.addItem(organization.name, organization.id)


class ItemDialog(QDialog):
    """Thêm or Sửa a line of the programme; emits ``saved`` with (record, changes)."""

    saved = Signal(object)

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        programme_id: int,
        organizations: list[OrganizationRecord],
        item: ProgrammeItemRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self.programme_id = programme_id
        self.item = item
        self.setWindowTitle(
            self.tr("Thêm cuộc giám sát vào chương trình")
            if item is None
            else self.tr("Sửa dòng chương trình")
        )
        self.setMinimumWidth(680)
        self.subject = QPlainTextEdit()
        self.subject.setObjectName("itemSubject")
        self.subject.setTabChangesFocus(True)
        self.subject.setMaximumHeight(80)
        self.body = QLineEdit()
        self.body.setObjectName("itemBody")
        self.month = QComboBox()
        self.month.setObjectName("itemMonth")
        self.month.addItem(self.tr("—"), None)
        for month in range(1, 13):
            self.month.addItem(self.tr("Tháng {month}").format(month=month), month)
        self.quarter = QComboBox()
        self.quarter.setObjectName("itemQuarter")
        self.quarter.addItem(self.tr("—"), None)
        for quarter in range(1, 5):
            self.quarter.addItem(self.tr("Quý {quarter}").format(quarter=quarter), quarter)
        when = QHBoxLayout()
        when.addWidget(self.month)
        when.addWidget(QLabel(self.tr("hoặc")))
        when.addWidget(self.quarter)
        when.addStretch(1)
        self.form = QComboBox()
        self.form.setObjectName("itemForm")
        fill_forms(self.form)
        self.role = QComboBox()
        self.role.setObjectName("itemRole")
        for role in SupervisionRole:
            self.role.addItem(label(role), role.value)
        self.lead = QComboBox()
        self.lead.setObjectName("itemLead")
        fill_leads(self.lead, organizations, self.tr("Ủy ban MTTQ (Ban Thường trực)"))
        self.participants = QLineEdit()
        self.participants.setObjectName("itemParticipants")
        self.note = QLineEdit()
        layout_form = QFormLayout()
        for caption, widget in (
            (self.tr("Nội dung giám sát:"), self.subject),
            (self.tr("Đối tượng giám sát:"), self.body),
            (self.tr("Thời gian dự kiến:"), when),
            (self.tr("Hình thức:"), self.form),
            (self.tr("Vai trò của MTTQ:"), self.role),
            (self.tr("Chủ trì thực hiện:"), self.lead),
            (self.tr("Thành phần tham gia:"), self.participants),
            (self.tr("Ghi chú:"), self.note),
        ):
            layout_form.addRow(caption, widget)
        self.problem = QLabel()
        self.problem.setStyleSheet(LATE_STYLE)
        self.problem.setWordWrap(True)
        self.ok_button = QPushButton(self.tr("Lưu"))
        self.ok_button.setObjectName("itemSave")
        self.ok_button.setDefault(True)
        close = QPushButton(self.tr("Đóng"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(layout_form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        if item is not None:
            self._show(item)
        else:
            self.form.setCurrentIndex(self.form.findData(SupervisionForm.DELEGATION.value))

    def _show(self, item: ProgrammeItemRecord) -> None:
        self.subject.setPlainText(item.subject)
        self.body.setText(item.supervised_body)
        self.month.setCurrentIndex(max(0, self.month.findData(item.planned_month)))
        if item.planned_month is None:
            self.quarter.setCurrentIndex(max(0, self.quarter.findData(item.planned_quarter)))
        self.form.setCurrentIndex(max(0, self.form.findData(item.form.value)))
        self.role.setCurrentIndex(max(0, self.role.findData(item.role.value)))
        self.lead.setCurrentIndex(max(0, self.lead.findData(item.lead_id)))
        self.participants.setText(item.participants)
        self.note.setText(item.note)

    def draft(self) -> ItemDraft:
        """The line as typed (a month set, the quarter is the month's)."""
        month = self.month.currentData()
        return ItemDraft(
            subject=self.subject.toPlainText().strip(),
            supervised_body=self.body.text(),
            planned_month=month,
            planned_quarter=None if month is not None else self.quarter.currentData(),
            form=SupervisionForm(self.form.currentData()),
            role=SupervisionRole(self.role.currentData()),
            lead_id=self.lead.currentData(),
            participants=self.participants.text(),
            note=self.note.text(),
        )

    def save(self) -> None:
        """Add or save the line in the background; close when kept."""
        draft = self.draft()
        if not draft.subject:
            self.problem.setText(self.tr("Hãy ghi nội dung giám sát."))
            return
        factory, actor, item = self._context.factory, self._context.actor, self.item
        programme_id = self.programme_id
        self.ok_button.setEnabled(False)

        def refused(exc: BaseException) -> None:
            self.ok_button.setEnabled(True)
            self.problem.setText(error_text(exc))

        def done(result: object) -> None:
            self.saved.emit(result)
            self.accept()

        if item is None:
            self._runner.command(
                lambda _c: programme.add_item(factory, actor, programme_id, draft),
                on_done=done,
                on_error=refused,
            )
        else:
            self._runner.command(
                lambda _c: programme.update_item(factory, actor, item.id, item.version, draft),
                on_done=done,
                on_error=refused,
            )
