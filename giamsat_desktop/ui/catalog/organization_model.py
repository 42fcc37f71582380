"""Danh mục tổ chức as a table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from giamsat_desktop.domain.organizations import OrganizationKind, OrganizationRecord
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.record_table_model import Column, RecordTableModel

CODE, SHORT_NAME, NAME, KIND, STATUS = range(5)


def kind_text(kind: OrganizationKind) -> str:
    """Translated name of an organisation kind (``ui.labels.label``)."""
    return label(kind)


def status_text(active: bool) -> str:
    """``Đang dùng`` / ``Ngừng dùng``."""
    if active:
        return QCoreApplication.translate("Catalog", "Đang dùng")
    return QCoreApplication.translate("Catalog", "Ngừng dùng")


class OrganizationTableModel(RecordTableModel[OrganizationRecord]):
    """Code, short name, full name, kind, status."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("Catalog", "Mã"), lambda r: r.code),
                Column(
                    QCoreApplication.translate("Catalog", "Tên viết tắt"), lambda r: r.short_name
                ),
                Column(QCoreApplication.translate("Catalog", "Tên đầy đủ"), lambda r: r.name),
                Column(
                    QCoreApplication.translate("Catalog", "Loại"),
                    lambda r: label(r.kind),
                    lambda r: r.kind.value,
                ),
                Column(
                    QCoreApplication.translate("Catalog", "Trạng thái"),
                    lambda r: status_text(r.active),
                    lambda r: int(r.active),
                ),
            ],
            is_active=lambda r: r.active,
        )
