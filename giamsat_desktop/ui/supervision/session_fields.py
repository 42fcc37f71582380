"""The fields of a supervision session as the clerk fills them (``SessionDraft``).

Under the "Căn cứ" lines, the incoming documents they cite (``cited_documents``), saved with
the other fields.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from giamsat_desktop.domain.organizations import OrganizationRecord
from giamsat_desktop.domain.supervision import SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import SessionDraft, SessionRecord
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.supervision.cited_documents import CitedDocuments
from giamsat_desktop.ui.supervision.item_dialog import fill_forms, fill_leads


def record_draft(record: SessionRecord) -> SessionDraft:
    """A stored session as its fields hold it."""
    return SessionDraft(
        record.form,
        record.role,
        record.subject,
        record.supervised_body,
        record.superior_body,
        record.scope,
        record.content_items,
        record.legal_basis,
        record.lead_id,
        record.lead_body,
        record.participant_ids,
        tuple(c.id for c in record.cited),
        record.planned_start,
        record.planned_end,
    )


def _text_box(name: str, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class SessionFields(QWidget):
    """Form, role, who leads, the bodies, dates, participants; subject, scope, contents, basis."""

    def __init__(
        self, writable: bool, cited: CitedDocuments, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.writable = writable
        self.cited = cited
        self.form = QComboBox()
        self.form.setObjectName("sessionFormChoice")
        fill_forms(self.form)
        self.form.setCurrentIndex(self.form.findData(SupervisionForm.DELEGATION.value))
        self.role = QComboBox()
        self.role.setObjectName("sessionRoleChoice")
        for role in SupervisionRole:
            self.role.addItem(label(role), role.value)
        self.lead = QComboBox()
        self.lead.setObjectName("sessionLead")
        self.lead_body = QLineEdit()
        self.lead_body.setObjectName("sessionLeadBody")
        self.lead_body.setPlaceholderText(self.tr("Cơ quan chủ trì khi MTTQ phối hợp"))
        self.body = QLineEdit()
        self.body.setObjectName("sessionBody")
        self.superior = QLineEdit()
        self.superior.setObjectName("sessionSuperior")
        self.start = DateField(name=self.tr("Bắt đầu"))
        self.start.setObjectName("sessionStart")
        self.end = DateField(name=self.tr("Kết thúc"))
        self.end.setObjectName("sessionEnd")
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("đến")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.participants = QListWidget()
        self.participants.setObjectName("sessionParticipants")
        self.subject = _text_box("sessionSubject", 50)
        self.scope = _text_box("sessionScope", 50)
        self.content_items = _text_box("sessionContent")
        self.basis = _text_box("sessionBasis")
        left = QFormLayout()
        for caption, widget in (
            (self.tr("Hình thức:"), self.form),
            (self.tr("Vai trò của MTTQ:"), self.role),
            (self.tr("Chủ trì (phía MTTQ):"), self.lead),
            (self.tr("Cơ quan chủ trì:"), self.lead_body),
            (self.tr("Đối tượng giám sát:"), self.body),
            (self.tr("Cấp trên trực tiếp:"), self.superior),
            (self.tr("Thời gian dự kiến:"), dates),
            (self.tr("Tổ chức tham gia:"), self.participants),
        ):
            left.addRow(caption, widget)
        right = QFormLayout()
        right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for caption, widget in (
            (self.tr("Nội dung giám sát:"), self.subject),
            (self.tr("Phạm vi (thời kỳ, vấn đề):"), self.scope),
            (self.tr("Các nội dung giám sát (mỗi nội dung một dòng):"), self.content_items),
            (self.tr("Căn cứ (mỗi căn cứ một dòng):"), self.basis),
        ):
            right.addRow(caption, widget)
        right.addRow(self.cited)  # its caption beside its buttons
        columns = QHBoxLayout(self)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.role.currentIndexChanged.connect(lambda _i: self.role_changed())
        for widget in (self.form, self.role, self.lead, self.participants):
            widget.setEnabled(writable)
        for box in (self.body, self.superior, self.start, self.end, self.lead_body):
            box.setReadOnly(not writable)
        for text in (self.subject, self.scope, self.content_items, self.basis):
            text.setReadOnly(not writable)

    def set_organizations(self, organizations: list[OrganizationRecord]) -> None:
        """The leads and participants offered: the Front, the active organisations."""
        self.lead.clear()
        fill_leads(self.lead, organizations, self.tr("Ủy ban MTTQ (Ban Thường trực)"))
        self.participants.clear()
        for organization in organizations:
            if organization.active:
                item = QListWidgetItem(organization.name)
                item.setData(Qt.ItemDataRole.UserRole, organization.id)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.participants.addItem(item)

    def problem(self) -> str:
        """What is wrong with a date typed, if anything."""
        for field in (self.start, self.end):
            if not field.is_valid():
                return field.problem()
        return ""

    def fill_draft(self, draft: SessionDraft) -> None:
        """Show ``draft`` in the fields."""
        self.form.setCurrentIndex(max(0, self.form.findData(draft.form.value)))
        self.role.setCurrentIndex(max(0, self.role.findData(draft.role.value)))
        self.lead.setCurrentIndex(max(0, self.lead.findData(draft.lead_id)))
        self.lead_body.setText(draft.lead_body)
        self.body.setText(draft.supervised_body)
        self.superior.setText(draft.superior_body)
        self.start.set_date(draft.planned_start)
        self.end.set_date(draft.planned_end)
        self.subject.setPlainText(draft.subject)
        self.scope.setPlainText(draft.scope)
        self.content_items.setPlainText(draft.content_items)
        self.basis.setPlainText(draft.legal_basis)
        for row in range(self.participants.count()):
            item = self.participants.item(row)
            chosen = item.data(Qt.ItemDataRole.UserRole) in draft.participant_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.role_changed()

    def fill(self, record: SessionRecord) -> None:
        """Show a stored session, with the documents it cites."""
        self.fill_draft(record_draft(record))
        self.cited.set_documents(record.cited)

    def role_changed(self) -> None:
        """Cơ quan chủ trì is typed only for a session the Front joins."""
        joined = self.role.currentData() == SupervisionRole.JOIN.value
        self.lead_body.setEnabled(joined and self.writable)

    def draft(self) -> SessionDraft:
        """The fields as typed, with the documents cited as the list holds them."""
        ids = tuple(
            int(self.participants.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.participants.count())
            if self.participants.item(row).checkState() == Qt.CheckState.Checked
        )
        return SessionDraft(
            form=SupervisionForm(self.form.currentData()),
            role=SupervisionRole(self.role.currentData()),
            subject=self.subject.toPlainText().strip(),
            supervised_body=self.body.text(),
            superior_body=self.superior.text(),
            scope=self.scope.toPlainText(),
            content_items=self.content_items.toPlainText(),
            legal_basis=self.basis.toPlainText(),
            lead_id=self.lead.currentData(),
            lead_body=self.lead_body.text() if self.lead_body.isEnabled() else "",
            participant_ids=ids,
            cited_ids=self.cited.ids(),
            planned_start=self.start.date(),
            planned_end=self.end.date(),
        )
