"""Nhật ký thay đổi: who changed what and when, old → new; and whether the chain holds.

The words of each entry (field names, values) come from ``ui.audit_text``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.formatting import format_datetime, format_number
from giamsat_desktop.services import audit_log, catalog
from giamsat_desktop.services.changes import Area, Changes
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.ui.audit_text import AuditText, action_text
from giamsat_desktop.ui.models.record_table_model import AnyIndex, Column, RecordTableModel
from giamsat_desktop.ui.tasks import TaskRunner

SHOWN = 2000
CHANGES = 4
"""The column of the changes (after time, user, action and record)."""

_Read = tuple[list[audit_log.AuditRecord], audit_log.ChainCheck, dict[int, str]]
"""What one reading brings: the entries, the chain's state, the organisations' names."""


class _AuditModel(RecordTableModel[audit_log.AuditRecord]):
    """The entries; the changes cell, cut short on screen, lists them whole in its tooltip."""

    def __init__(
        self,
        lines: Callable[[audit_log.AuditRecord], list[str]],
        columns: Sequence[Column[audit_log.AuditRecord]],
    ) -> None:
        super().__init__(columns, is_active=lambda _r: True)
        self._change_lines = lines

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cells; the tooltip of the changes: one change a line."""
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == CHANGES:
            return "\n".join(self._change_lines(self.record(index.row())))
        return super().data(index, role)


class AuditPage(QWidget):
    """The newest entries first; words and kind narrow the list."""

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._runner = runner
        title = QLabel(self.tr("Nhật ký thay đổi"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo người, thao tác, nội dung thay đổi…"))
        self.search.setClearButtonEnabled(True)
        self.entity = QComboBox()
        self.entity.addItem(self.tr("Mọi loại hồ sơ"), None)
        self.chain = QLabel()
        self.chain.setObjectName("chainStatus")
        self.words = AuditText()
        self._lines: dict[int, list[str]] = {}
        self.model = _AuditModel(
            self._change_lines,
            [
                Column(
                    self.tr("Thời gian"),
                    lambda r: format_datetime(r.at.astimezone()),
                    lambda r: r.id,
                ),
                Column(self.tr("Người thực hiện"), lambda r: r.user_name),
                Column(self.tr("Thao tác"), lambda r: action_text(r.action)),
                Column(self.tr("Hồ sơ"), lambda r: self.words.record_name(r.entity, r.entity_id)),
                Column(self.tr("Thay đổi (cũ → mới)"), lambda r: "; ".join(self._change_lines(r))),
            ],
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        row = QHBoxLayout()
        row.addWidget(self.search, 2)
        row.addWidget(self.entity)
        row.addStretch(1)
        row.addWidget(self.chain)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._typing.start)
        self.entity.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()
        self._load_entities()

    def _load_entities(self) -> None:
        factory = self._context.factory

        def shown(names: list[str]) -> None:
            for name in names:
                if self.entity.findData(name) < 0:
                    self.entity.addItem(self.words.kind_name(name), name)

        self._runner.query(lambda _c: list(audit_log.entities(factory)), on_done=shown)

    def refresh(self) -> None:
        """Read the entries and check the chain, in the background."""
        factory, text, entity = self._context.factory, self.search.text(), self.entity.currentData()

        def read(_c: object) -> _Read:
            entries = audit_log.list_entries(factory, text=text, entity=entity, limit=SHOWN)
            names = {o.id: o.short_name or o.name for o in catalog.list_organizations(factory)}
            return entries, audit_log.check_chain(factory), names

        self._runner.query(read, on_done=self._show)

    def _change_lines(self, record: audit_log.AuditRecord) -> list[str]:
        """The changes of an entry in words, worked out once per reading."""
        lines = self._lines.get(record.id)
        if lines is None:
            lines = self._lines[record.id] = self.words.change_lines(record.entity, record.changes)
        return lines

    def _show(self, result: _Read) -> None:
        entries, chain, organizations = result
        self.words.organizations = organizations
        self._lines = {}
        self.model.set_records(entries)
        self.view.resizeColumnsToContents()
        if chain.sound:
            self.chain.setStyleSheet("color: #1b5e20;")
            self.chain.setText(
                self.tr("Chuỗi nhật ký toàn vẹn ({count} mục)").format(
                    count=format_number(chain.count)
                )
            )
        else:
            self.chain.setStyleSheet("color: #b00020; font-weight: bold;")
            self.chain.setText(
                self.tr("Nhật ký đã bị sửa ngoài chương trình (từ mục {id})").format(
                    id=chain.first_broken_id
                )
            )

    def on_changes(self, changes: Changes) -> None:
        """Every change writes an entry."""
        if changes.touches(Area.AUDIT):
            self.refresh()
