"""The incoming register (Sổ đăng ký văn bản đến) as a lazily fetched table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from giamsat_desktop.domain.documents import Urgency
from giamsat_desktop.domain.registers import (
    IncomingColumn,
    IncomingRecord,
    IncomingState,
    type_and_subject,
)
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common import clock
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.record_table_model import Column
from giamsat_desktop.ui.registers.register_model import RegisterModel

(
    NUMBER,
    ARRIVAL,
    ISSUER,
    SYMBOL,
    DOC_DATE,
    SUBJECT,
    RECIPIENTS,
    URGENCY,
    DEADLINE,
    STATUS,
    NOTES,
    FILES,
) = range(12)

SORT_COLUMNS: dict[int, IncomingColumn] = {
    NUMBER: IncomingColumn.NUMBER,
    ARRIVAL: IncomingColumn.ARRIVAL,
    ISSUER: IncomingColumn.ISSUER,
    SYMBOL: IncomingColumn.SYMBOL,
    DOC_DATE: IncomingColumn.DOC_DATE,
    SUBJECT: IncomingColumn.SUBJECT,
    RECIPIENTS: IncomingColumn.RECIPIENTS,
    URGENCY: IncomingColumn.URGENCY,
    DEADLINE: IncomingColumn.DEADLINE,
    STATUS: IncomingColumn.STATUS,
}
"""Screen columns the database can sort by (notes and files cannot)."""


def urgency_text(urgency: Urgency) -> str:
    """Độ khẩn in the window's language (callers may use ``ui.labels.label`` directly)."""
    return label(urgency)


def state_text(state: IncomingState) -> str:
    """Tình trạng of a line as the register shows it, in the window's language."""
    return label(state)


class IncomingRegisterModel(RegisterModel[IncomingRecord]):
    """Columns of the register plus urgency, deadline and handling status."""

    def __init__(
        self, fetch: Callable[[Sequence[int]], list[IncomingRecord]], today: dt.date | None = None
    ) -> None:
        self.today = today or clock.today()
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("Registers", "Số đến"),
                    lambda r: r.arrival_number_text,
                    lambda r: (r.arrival_number, r.arrival_number_text),
                ),
                Column(
                    QCoreApplication.translate("Registers", "Ngày đến"),
                    lambda r: format_date(r.arrival_date),
                    lambda r: r.arrival_date,
                ),
                Column(QCoreApplication.translate("Registers", "Tác giả"), lambda r: r.issuer),
                Column(QCoreApplication.translate("Registers", "Số, ký hiệu"), lambda r: r.symbol),
                Column(
                    QCoreApplication.translate("Registers", "Ngày tháng"),
                    lambda r: format_date(r.doc_date),
                    lambda r: r.doc_date or dt.date.min,
                ),
                Column(
                    QCoreApplication.translate("Registers", "Tên loại và trích yếu nội dung"),
                    lambda r: type_and_subject(r.type_code, r.subject),
                ),
                Column(
                    QCoreApplication.translate("Registers", "Đơn vị hoặc người nhận"),
                    lambda r: r.recipients,
                ),
                Column(
                    QCoreApplication.translate("Registers", "Độ khẩn"),
                    lambda r: label(r.urgency),
                ),
                Column(
                    QCoreApplication.translate("Registers", "Hạn xử lý"),
                    lambda r: format_date(r.deadline),
                    lambda r: r.deadline or dt.date.max,
                ),
                Column(QCoreApplication.translate("Registers", "Tình trạng"), self._status),
            ],
            fetch,
        )

    def _status(self, record: IncomingRecord) -> str:
        return label(record.state(self.today))

    def style(self, record: IncomingRecord, column: int, role: int) -> Any:
        """Cancelled rows struck through; overdue in red; urgent numbers in bold."""
        tip = column in (SUBJECT, NOTES, STATUS)  # the columns with a tooltip
        if record.cancelled:
            if role == Qt.ItemDataRole.ToolTipRole and not tip:
                return None
            return self.cancelled_look(record, role)
        if role == Qt.ItemDataRole.FontRole:
            if column in (NUMBER, URGENCY) and record.urgency is not Urgency.NORMAL:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (STATUS, DEADLINE) and record.overdue(self.today):
                return QColor("#b00020")
            return None
        if role == Qt.ItemDataRole.ToolTipRole and tip:
            return record.subject if column == SUBJECT else record.notes or None
        return None
