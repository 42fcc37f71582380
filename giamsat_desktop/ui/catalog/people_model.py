"""Danh mục người as a table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from giamsat_desktop.domain.organizations import PersonRecord
from giamsat_desktop.domain.text import fold
from giamsat_desktop.ui.catalog.organization_model import status_text
from giamsat_desktop.ui.common.record_table_model import Column, RecordTableModel

FULL_NAME, POSITION, ORGANIZATION, PHONE, STATUS = range(5)


def _name_key(record: PersonRecord) -> tuple[str, str]:
    # Vietnamese names sort by the given name (the last word), then the whole name.
    folded = fold(record.full_name)
    return (folded.rsplit(" ", 1)[-1], folded)


class PeopleTableModel(RecordTableModel[PersonRecord]):
    """Name, position, organisation, phone, status."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("Catalog", "Họ và tên"),
                    lambda r: r.full_name,
                    _name_key,
                ),
                Column(QCoreApplication.translate("Catalog", "Chức vụ"), lambda r: r.position),
                Column(
                    QCoreApplication.translate("Catalog", "Tổ chức"), lambda r: r.organization_name
                ),
                Column(QCoreApplication.translate("Catalog", "Điện thoại"), lambda r: r.phone),
                Column(
                    QCoreApplication.translate("Catalog", "Trạng thái"),
                    lambda r: status_text(r.active),
                    lambda r: int(r.active),
                ),
            ],
            is_active=lambda r: r.active,
        )
