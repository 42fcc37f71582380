"""Add or edit a person of the office or of an organisation."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from giamsat_desktop.domain.organizations import OrganizationRecord, PersonDraft, PersonRecord
from giamsat_desktop.domain.text import normalize_line
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.record_dialog import RecordDialog


class PersonDialog(RecordDialog):
    """Name, position, organisation and phone of a person."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        organizations: Sequence[OrganizationRecord],
        record: PersonRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Thêm người") if record is None else self.tr("Sửa thông tin người")
        super().__init__(runner, title, parent)
        self._context = context
        self._record = record
        self.full_name = QLineEdit()
        self.position = QLineEdit()
        self.organization = QComboBox()
        self.organization.addItem(self.tr("(Cơ quan MTTQ)"), None)
        for org in organizations:
            if org.active or (record is not None and record.organization_id == org.id):
                self.organization.addItem(org.short_name, org.id)
        self.phone = QLineEdit()
        self.form.addRow(self.tr("Họ và tên:"), self.full_name)
        self.form.addRow(self.tr("Chức vụ:"), self.position)
        self.form.addRow(self.tr("Tổ chức:"), self.organization)
        self.form.addRow(self.tr("Điện thoại:"), self.phone)
        if record is not None:
            self.full_name.setText(record.full_name)
            self.position.setText(record.position)
            self.phone.setText(record.phone)
            self.organization.setCurrentIndex(
                max(0, self.organization.findData(record.organization_id))
            )
        self.full_name.textChanged.connect(self.revalidate)
        self.revalidate()

    def problems(self) -> list[str]:
        """A name is required."""
        if not normalize_line(self.full_name.text()):
            return [self.tr("Chưa nhập họ và tên.")]
        return []

    def draft(self) -> PersonDraft:
        """What was typed."""
        return PersonDraft(
            full_name=self.full_name.text(),
            position=self.position.text(),
            organization_id=self.organization.currentData(),
            phone=self.phone.text(),
        )

    def make_save(self) -> Callable[[TaskControl], Any]:
        """Add, or update at the version read."""
        draft, context, record = self.draft(), self._context, self._record
        if record is None:
            return lambda _c: catalog.add_person(context.factory, context.actor, draft)
        return lambda _c: catalog.update_person(
            context.factory, context.actor, record.id, draft, record.version
        )
