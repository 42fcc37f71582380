"""What the two register tables share: the last columns, the key, the look of a cancelled line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from giamsat_desktop.domain.registers import IncomingRecord, OutgoingRecord
from giamsat_desktop.ui.common.lazy_table_model import LazyTableModel
from giamsat_desktop.ui.common.record_table_model import Column

R = TypeVar("R", IncomingRecord, OutgoingRecord)


class RegisterModel(LazyTableModel[R]):
    """A register read lazily: its own columns, then Ghi chú and Tệp; a line's key is its id."""

    def __init__(
        self, columns: Sequence[Column[R]], fetch: Callable[[Sequence[int]], list[R]]
    ) -> None:
        super().__init__(
            [
                *columns,
                Column(
                    QCoreApplication.translate("Registers", "Ghi chú"),
                    lambda r: r.notes.replace("\n", " "),
                ),
                Column(
                    QCoreApplication.translate("Registers", "Tệp"),
                    lambda r: str(r.attachment_count or ""),
                    lambda r: r.attachment_count,
                ),
            ],
            fetch,
            key_of=lambda r: r.id,
        )

    @staticmethod
    def cancelled_look(record: R, role: int) -> Any:
        """A cancelled line struck through and grey, its tooltip the reason; None for others."""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#888888")
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("Registers", "Đã hủy: {reason}").format(
                reason=record.cancel_reason
            )
        return None
