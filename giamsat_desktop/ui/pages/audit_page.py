"""Nhật ký thay đổi: who changed what and when, old → new; and whether the chain holds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
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
from giamsat_desktop.services import audit_log
from giamsat_desktop.services.changes import Area, Changes
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.ui.error_text import field_label
from giamsat_desktop.ui.models.record_table_model import Column, RecordTableModel
from giamsat_desktop.ui.tasks import TaskRunner

SHOWN = 2000


def action_text(action: str) -> str:
    """The action in the window's language."""
    texts = {
        "create": QCoreApplication.translate("Audit", "Tạo mới"),
        "update": QCoreApplication.translate("Audit", "Sửa"),
        "cancel": QCoreApplication.translate("Audit", "Hủy"),
        "purge": QCoreApplication.translate("Audit", "Xóa hẳn"),
        "status": QCoreApplication.translate("Audit", "Đổi tình trạng"),
        "import": QCoreApplication.translate("Audit", "Nhập từ Excel"),
        "attach": QCoreApplication.translate("Audit", "Đính kèm tệp"),
        "detach": QCoreApplication.translate("Audit", "Gỡ tệp"),
        "activate": QCoreApplication.translate("Audit", "Dùng lại"),
        "deactivate": QCoreApplication.translate("Audit", "Ngừng dùng"),
        "restore": QCoreApplication.translate("Audit", "Khôi phục từ bản sao lưu"),
        "reset_password": QCoreApplication.translate("Audit", "Đặt lại mật khẩu"),
        "change_password": QCoreApplication.translate("Audit", "Đổi mật khẩu"),
        "recover_password": QCoreApplication.translate("Audit", "Khôi phục mật khẩu"),
        "renew_recovery_code": QCoreApplication.translate("Audit", "Cấp mã khôi phục mới"),
    }
    return texts.get(action, action)


def changes_text(changes: dict[str, list[Any]]) -> str:
    """``trích yếu: “cũ” → “mới”; …`` (long values shortened)."""
    parts = []
    for name, pair in changes.items():
        before, after = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
        parts.append(f"{field_label(name)}: {_short(before)} → {_short(after)}")
    return "; ".join(parts)


def _short(value: Any) -> str:
    if value is None or value == "":
        return "∅"
    text = str(value).replace("\n", " ")
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"


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
        self.model: RecordTableModel[audit_log.AuditRecord] = RecordTableModel(
            [
                Column(
                    self.tr("Thời gian"),
                    lambda r: format_datetime(r.at.astimezone()),
                    lambda r: r.id,
                ),
                Column(self.tr("Người thực hiện"), lambda r: r.user_name),
                Column(self.tr("Thao tác"), lambda r: action_text(r.action)),
                Column(self.tr("Hồ sơ"), lambda r: f"{field_label(r.entity)} {r.entity_id or ''}"),
                Column(self.tr("Thay đổi (cũ → mới)"), lambda r: changes_text(r.changes)),
            ],
            is_active=lambda r: True,
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
                    self.entity.addItem(field_label(name), name)

        self._runner.query(lambda _c: list(audit_log.entities(factory)), on_done=shown)

    def refresh(self) -> None:
        """Read the entries and check the chain, in the background."""
        factory, text, entity = self._context.factory, self.search.text(), self.entity.currentData()

        def read(_c: object) -> tuple[list[audit_log.AuditRecord], audit_log.ChainCheck]:
            entries = audit_log.list_entries(factory, text=text, entity=entity, limit=SHOWN)
            return entries, audit_log.check_chain(factory)

        self._runner.query(read, on_done=self._show)

    def _show(self, result: tuple[list[audit_log.AuditRecord], audit_log.ChainCheck]) -> None:
        entries, chain = result
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
