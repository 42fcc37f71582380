"""Nhật ký thay đổi: who changed what and when, old → new; and whether the chain holds.

A lazy list like the registers: the search looks through every entry ever written, and
the entries are read in blocks as the clerk scrolls. The words of each entry (field
names, values) come from ``ui.audit_text``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.changelog import audit_list, audit_log
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.audit import audit_model as columns
from giamsat_desktop.ui.audit.audit_model import AuditTableModel
from giamsat_desktop.ui.audit.audit_text import AuditText
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.lazy_list_page import LazyListPage, Read

CHANGES = columns.CHANGES
"""The column of the changes (after time, user, action and record)."""

COLUMN_SAMPLES = {
    columns.TIME: "30/12/2026 23:59",
    columns.USER: "Nguyễn Thị Thu Hà",
    columns.ACTION: "Ngừng dùng",
    columns.RECORD: "Văn bản đến (mã số 12345)",
}
"""A typical value of each column; the changes take the rest of the width."""


class AuditPage(LazyListPage):
    """The newest entries first; words and kind narrow the list."""

    area = Area.AUDIT

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None):
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo người, thao tác, nội dung thay đổi…"))
        self.search.setClearButtonEnabled(True)
        self.entity = QComboBox()
        self.entity.addItem(self.tr("Mọi loại hồ sơ"), None)
        self.chain = QLabel()
        self.chain.setObjectName("chainStatus")
        count = QLabel()
        count.setObjectName("auditCount")
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 2)
        row.addWidget(self.entity)
        row.addWidget(count)
        row.addStretch(1)
        row.addWidget(self.chain)
        self.words = AuditText()
        factory = context.factory
        super().__init__(
            context,
            runner,
            AuditTableModel(lambda keys: audit_list.audit_rows(factory, keys), self.words),
            self.tr("Nhật ký thay đổi"),
            filters=bar,
            count=count,
            widths=COLUMN_SAMPLES,
            parent=parent,
        )
        self.view.horizontalHeader().setStretchLastSection(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)  # search once the clerk pauses, not on every key
        self._typing.timeout.connect(self.reload)
        self.search.textChanged.connect(self._typing.start)
        self.entity.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()
        self._load_entities()

    def _load_entities(self) -> None:
        factory = self._context.factory

        def shown(names: list[str]) -> None:
            for name in names:
                if self.entity.findData(name) < 0:
                    self.entity.addItem(self.words.kind_name(name), name)

        self._runner.query(lambda _c: list(audit_log.entities(factory)), on_done=shown)

    def count_text(self, count: int) -> str:
        """The entries found."""
        return self.tr("{count} mục").format(count=format_number(count))

    def read_keys(self) -> Callable[[object], list[int]]:
        """The entries matching the words and kind, newest first, among every entry."""
        factory, text, entity = self._context.factory, self.search.text(), self.entity.currentData()
        return lambda _c: audit_list.audit_keys(factory, text=text, entity=entity)

    def read_alongside(self) -> Read:
        """The organisations' names, which a person's entry refers to by id."""
        factory = self._context.factory
        return lambda _c: {
            organization.id: organization.short_name or organization.name
            for organization in catalog.list_organizations(factory)
        }

    def show_alongside(self, value: object) -> None:
        """Word the entries with the names just read."""
        if isinstance(value, dict):
            self.words.organizations = value

    def reload(self) -> None:
        """Read the entries, and check the chain, in the background."""
        super().reload()
        factory = self._context.factory
        self._runner.query(lambda _c: audit_log.check_chain(factory), on_done=self._show_chain)

    def _show_chain(self, chain: audit_log.ChainCheck) -> None:
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
