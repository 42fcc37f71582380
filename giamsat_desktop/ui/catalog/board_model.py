"""Danh mục Ban Thường trực as a table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from giamsat_desktop.domain.board import BoardMemberRecord, BoardPosition
from giamsat_desktop.domain.text import fold
from giamsat_desktop.ui.catalog.organization_model import status_text
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.record_table_model import Column, RecordTableModel

ORDER, FULL_NAME, POSITION, SIGNATURE, STATUS = range(5)


def position_text(position: BoardPosition) -> str:
    """Translated name of a position on the board (``ui.labels.label``)."""
    return label(position)


def _name_key(record: BoardMemberRecord) -> tuple[str, str]:
    # Vietnamese names sort by the given name (the last word), then the whole name.
    folded = fold(record.full_name)
    return (folded.rsplit(" ", 1)[-1], folded)


class BoardTableModel(RecordTableModel[BoardMemberRecord]):
    """Place, name, position, the signature block printed, status."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("Catalog", "Thứ tự"),
                    lambda r: str(r.sort_order),
                    lambda r: (r.sort_order, r.id),
                ),
                Column(
                    QCoreApplication.translate("Catalog", "Họ và tên"),
                    lambda r: r.full_name,
                    _name_key,
                ),
                Column(
                    QCoreApplication.translate("Catalog", "Chức vụ"),
                    lambda r: label(r.position),
                    lambda r: r.position.rank,
                ),
                # Printed text: always Vietnamese, as the document shows it.
                Column(
                    QCoreApplication.translate("Catalog", "Ký văn bản"),
                    lambda r: r.signature.one_line(),
                    lambda r: r.position.rank,
                ),
                Column(
                    QCoreApplication.translate("Catalog", "Trạng thái"),
                    lambda r: status_text(r.active),
                    lambda r: int(r.active),
                ),
            ],
            is_active=lambda r: r.active,
        )
