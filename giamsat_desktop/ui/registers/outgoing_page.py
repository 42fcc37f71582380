"""Văn bản đi: the register of what the office sends, numbered on saving."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.registers import OutgoingColumn, OutgoingFilter, OutgoingRecord
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import outgoing
from giamsat_desktop.services.registers import queries as register_queries
from giamsat_desktop.services.registers import reports as register_reports
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.registers import outgoing_model as columns
from giamsat_desktop.ui.registers.filter_bar import RegisterFilterBar
from giamsat_desktop.ui.registers.outgoing_dialog import OutgoingDialog
from giamsat_desktop.ui.registers.outgoing_model import OutgoingRegisterModel
from giamsat_desktop.ui.registers.register_page import RegisterPage, RegisterPrints

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


class OutgoingPage(RegisterPage):
    """The outgoing register."""

    area = Area.OUTGOING

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        self._sort = (OutgoingColumn.ISSUE, True)
        factory = context.factory
        model = OutgoingRegisterModel(lambda keys: register_queries.outgoing_rows(factory, keys))
        super().__init__(
            context,
            runner,
            model,
            self.tr("Sổ văn bản đi"),
            RegisterFilterBar(incoming=False),
            COLUMN_SAMPLES,
            (columns.ISSUE, Qt.SortOrder.DescendingOrder),
            parent,
            settings,
        )
        self.view.setObjectName("outgoingRegister")
        self.prints = RegisterPrints(
            self.tr("Sổ đăng ký văn bản đi"),
            "SỔ ĐĂNG KÝ VĂN BẢN ĐI",
            "So-van-ban-di",
            register_reports.outgoing_register_pdf,
            register_reports.export_outgoing_xlsx,
        )
        self.add_document_buttons(
            lambda context, record: outgoing.purge_outgoing(
                context.factory, context.actor, record.id, record.version
            ),
            lambda record: record.symbol,
        )
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
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_register)
        self.update_buttons()
        self.reload()
        self._load_years()

    def _load_years(self) -> None:
        factory = self._context.factory
        self._runner.query(
            lambda _c: register_queries.outgoing_years(factory), on_done=self.filters.set_years
        )

    def on_changes(self, changes: Changes) -> None:
        """Re-read the register and the years offered."""
        super().on_changes(changes)
        if changes.touches(Area.OUTGOING):
            self._load_years()

    def current_filter(self) -> OutgoingFilter:
        """The filter the clerk has set in the bar above the register."""
        return self.filters.outgoing_filter()

    def read_keys(self) -> Callable[[object], list[int]]:
        """Keys for the filter and order in force."""
        where = self.current_filter()
        column, descending = self._sort
        context = self._context
        return lambda _c: register_queries.outgoing_keys(
            context.factory, context.actor, where, column, descending
        )

    def sort_column(self, column: int, descending: bool) -> bool:
        """Map a screen column to the database order."""
        key = columns.SORT_COLUMNS.get(column)
        if key is None:
            return False
        self._sort = (key, descending)
        return True

    def add(self, answers: tuple[int, ...] = ()) -> OutgoingDialog:
        """Open the entry dialog for a new outgoing document."""
        dialog = OutgoingDialog(self._context, self._runner, None, self, answers=answers)
        self.last_answer_dialog = dialog
        dialog.accepted.connect(
            lambda: self.saved(dialog.result_record[0].id, dialog.result_record[1])
        )
        dialog.open()
        return dialog

    def edit_selected(self) -> OutgoingDialog | None:
        """Open the selected outgoing document for editing."""
        record = self.selected()
        if record is None or not self._context.actor.role.can_write:
            return None
        dialog = OutgoingDialog(self._context, self._runner, record, self)
        dialog.accepted.connect(lambda: self.saved(record.id, dialog.result_record[1]))
        dialog.open()
        return dialog

    def cancel_selected(self) -> None:
        """Cancel with a reason; the number stays used."""
        record: OutgoingRecord | None = self.selected()
        if record is None:
            return
        reason = self.ask_cancel_reason(
            self.tr("Lý do hủy văn bản {symbol}:").format(symbol=record.symbol)
        )
        if reason is None:
            return
        context = self._context
        self._runner.command(
            lambda _c: outgoing.cancel_outgoing(
                context.factory, context.actor, record.id, reason or "", record.version
            ),
            on_done=lambda result: self.saved(record.id, result[1]),
            parent=self,
        )
