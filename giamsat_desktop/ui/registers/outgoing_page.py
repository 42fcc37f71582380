"""Văn bản đi: the register of what the office sends, numbered on saving."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.registers import OutgoingFilter, OutgoingRecord
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import outgoing
from giamsat_desktop.services.registers import queries as register_queries
from giamsat_desktop.services.registers import reports as register_reports
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.registers import outgoing_model as columns
from giamsat_desktop.ui.registers.filter_bar import RegisterFilterBar
from giamsat_desktop.ui.registers.outgoing_dialog import OutgoingDialog
from giamsat_desktop.ui.registers.outgoing_model import OutgoingRegisterModel
from giamsat_desktop.ui.registers.register_page import RegisterKind, RegisterPage, RegisterPrints

COLUMN_SAMPLES = {
    columns.NUMBER: "125",
    columns.SYMBOL: "000/KH-MTTQ-BTT0",
    columns.ISSUE: "30/12/2026",
    columns.SUBJECT: "V/v tổ chức giám sát việc thực hiện chính sách bảo hiểm y tế",
    columns.SIGNER: "Nguyễn Thị Thu Hà",
    columns.RECIPIENTS: "Đảng ủy xã; UBND xã; các tổ chức",
    columns.COPY_HOLDER: "Văn phòng",
    columns.COPIES: "10",
    columns.NOTES: "Ghi chú ngắn gọn",
    columns.FILES: "99",
}
"""A typical value of each column: the columns are sized from the font, not in pixels."""


OUTGOING = RegisterKind(
    register_queries.OUTGOING,
    columns.SORT_COLUMNS,
    columns.ISSUE,
    outgoing.cancel_outgoing,
    outgoing.purge_outgoing,
)
"""The outgoing register's lists and its cancel and purge."""


class OutgoingPage(RegisterPage):
    """The outgoing register; its "Soạn công văn…" asks for a new letter (``compose_requested``)."""

    area = Area.OUTGOING
    compose_requested = Signal()

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(
            context,
            runner,
            OUTGOING,
            OutgoingRegisterModel(partial(register_queries.outgoing_rows, context.factory)),
            self.tr("Sổ văn bản đi"),
            RegisterFilterBar(incoming=False),
            COLUMN_SAMPLES,
            RegisterPrints(
                self.tr("Sổ đăng ký văn bản đi"),
                "SỔ ĐĂNG KÝ VĂN BẢN ĐI",
                "So-van-ban-di",
                register_reports.outgoing_register_pdf,
                register_reports.export_outgoing_xlsx,
            ),
            parent,
            settings,
        )
        self.view.setObjectName("outgoingRegister")
        self.print_button = self.add_menu_button(
            self.tr("In"),
            [
                (
                    self.tr("Sổ đăng ký văn bản đi (theo năm hoặc khoảng ngày đang lọc)…"),
                    self.print_register,
                ),
            ],
        )
        self.excel_button = self.add_menu_button(
            self.tr("Excel"), [(self.tr("Xuất sổ đang lọc ra Excel…"), self.export_to_excel)]
        )
        self.compose_button = self.add_button(
            self.tr("Soạn công văn…"), self.compose_requested.emit
        )
        self.compose_button.setToolTip(
            self.tr("Soạn công văn trong chương trình; khi phát hành, công văn tự vào sổ này")
        )
        self.compose_button.setEnabled(context.actor.role.can_write)
        self.start()

    def current_filter(self) -> OutgoingFilter:
        """The filter the clerk has set in the bar above the register."""
        return self.filters.outgoing_filter()

    def add(self, answers: tuple[int, ...] = ()) -> OutgoingDialog:
        """Open the entry dialog for a new outgoing document."""
        dialog = OutgoingDialog(self._context, self._runner, None, self, answers=answers)
        self.last_answer_dialog = dialog
        dialog.accepted.connect(
            lambda: self.saved(dialog.result_record[0].id, dialog.result_record[1])
        )
        dialog.open()
        return dialog

    def open_entry(self, record: OutgoingRecord) -> OutgoingDialog:
        """Open ``record`` in the entry dialog."""
        dialog = OutgoingDialog(self._context, self._runner, record, self)
        dialog.accepted.connect(lambda: self.saved(record.id, dialog.result_record[1]))
        dialog.open()
        return dialog

    def record_name(self, record: OutgoingRecord) -> str:
        """The line by its symbol."""
        return record.symbol

    def cancel_label(self, record: OutgoingRecord) -> str:
        """Asks the reason for cancelling the line of this symbol."""
        return self.tr("Lý do hủy văn bản {symbol}:").format(symbol=record.symbol)
