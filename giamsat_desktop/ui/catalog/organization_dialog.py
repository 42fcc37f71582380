"""Add or edit a member organisation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from giamsat_desktop.domain.organizations import (
    OrganizationDraft,
    OrganizationKind,
    OrganizationRecord,
)
from giamsat_desktop.domain.text import normalize_line
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.catalog.organization_model import kind_text
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.record_dialog import RecordDialog


class OrganizationDialog(RecordDialog):
    """Code, names and kind of an organisation."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        record: OrganizationRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Thêm tổ chức") if record is None else self.tr("Sửa tổ chức")
        super().__init__(runner, title, parent)
        self._context = context
        self._record = record
        self.code = QLineEdit()
        self.code.setMaxLength(30)
        self.code.setPlaceholderText(self.tr("Ví dụ: LHPN"))
        self.short_name = QLineEdit()
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in OrganizationKind:
            self.kind.addItem(kind_text(kind), kind)
        self.form.addRow(self.tr("Mã:"), self.code)
        self.form.addRow(self.tr("Tên đầy đủ:"), self.name)
        self.form.addRow(self.tr("Tên viết tắt:"), self.short_name)
        self.form.addRow(self.tr("Loại:"), self.kind)
        if record is not None:
            self.code.setText(record.code)
            self.name.setText(record.name)
            self.short_name.setText(record.short_name)
            self.kind.setCurrentIndex(self.kind.findData(record.kind))
        for edit in (self.code, self.name, self.short_name):
            edit.textChanged.connect(self.revalidate)
        self.revalidate()

    def problems(self) -> list[str]:
        """Code and full name are required."""
        found = []
        if not normalize_line(self.code.text()):
            found.append(self.tr("Chưa nhập mã tổ chức."))
        if not normalize_line(self.name.text()):
            found.append(self.tr("Chưa nhập tên đầy đủ của tổ chức."))
        return found

    def draft(self) -> OrganizationDraft:
        """What was typed."""
        return OrganizationDraft(
            code=self.code.text(),
            name=self.name.text(),
            short_name=self.short_name.text(),
            kind=OrganizationKind(self.kind.currentData()),
        )

    def make_save(self) -> Callable[[TaskControl], Any]:
        """Add, or update at the version read."""
        draft, context, record = self.draft(), self._context, self._record
        if record is None:
            return lambda _c: catalog.add_organization(context.factory, context.actor, draft)
        return lambda _c: catalog.update_organization(
            context.factory, context.actor, record.id, draft, record.version
        )
