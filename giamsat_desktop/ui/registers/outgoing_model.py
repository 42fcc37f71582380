"""The outgoing register (Sổ đăng ký văn bản đi) as a lazily fetched table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from giamsat_desktop.domain.registers import OutgoingColumn, OutgoingRecord, type_and_subject
from giamsat_desktop.formatting import format_date
from giamsat_desktop.ui.common.record_table_model import Column
from giamsat_desktop.ui.registers.register_model import RegisterModel

NUMBER, SYMBOL, ISSUE, SUBJECT, SIGNER, RECIPIENTS, COPY_HOLDER, COPIES, NOTES, FILES = range(10)

SORT_COLUMNS: dict[int, OutgoingColumn] = {
    NUMBER: OutgoingColumn.NUMBER,
    SYMBOL: OutgoingColumn.NUMBER,
    ISSUE: OutgoingColumn.ISSUE,
    SUBJECT: OutgoingColumn.SUBJECT,
    SIGNER: OutgoingColumn.SIGNER,
    RECIPIENTS: OutgoingColumn.RECIPIENTS,
}


class OutgoingRegisterModel(RegisterModel[OutgoingRecord]):
    """Columns of the Sổ đăng ký văn bản đi."""

    def __init__(self, fetch: Callable[[Sequence[int]], list[OutgoingRecord]]) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("Registers", "Số"),
                    lambda r: r.number_text,
                    lambda r: r.number,
                ),
                Column(
                    QCoreApplication.translate("Registers", "Số, ký hiệu"),
                    lambda r: r.symbol,
                    lambda r: r.number,
                ),
                Column(
                    QCoreApplication.translate("Registers", "Ngày tháng"),
                    lambda r: format_date(r.issue_date),
                    lambda r: r.issue_date,
                ),
                Column(
                    QCoreApplication.translate("Registers", "Tên loại và trích yếu nội dung"),
                    lambda r: type_and_subject(r.type_code, r.subject),
                ),
                Column(
                    QCoreApplication.translate("Registers", "Người ký"), lambda r: r.signer_name
                ),
                Column(
                    QCoreApplication.translate("Registers", "Nơi nhận"),
                    lambda r: r.recipients.replace("\n", "; "),
                ),
                Column(
                    QCoreApplication.translate("Registers", "Bản lưu"), lambda r: r.file_copy_holder
                ),
                Column(
                    QCoreApplication.translate("Registers", "Số bản"),
                    lambda r: str(r.copies or ""),
                    lambda r: r.copies or 0,
                ),
            ],
            fetch,
        )

    def style(self, record: OutgoingRecord, column: int, role: int) -> Any:
        """Cancelled lines struck through and grey, with the reason as a tooltip."""
        if record.cancelled:
            return self.cancelled_look(record, role)
        if role == Qt.ItemDataRole.ToolTipRole and column == SUBJECT:
            return record.subject
        return None
