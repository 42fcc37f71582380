"""Văn bản đến: the register, its filters and search, and what a clerk does with a line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.registers import IncomingColumn, IncomingFilter, IncomingRecord
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.registers import queries as register_queries
from giamsat_desktop.services.registers import reports as register_reports
from giamsat_desktop.ui.common.attachments_dialog import AttachmentsDialog
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.dropped_files import excel_files
from giamsat_desktop.ui.registers import incoming_model as columns
from giamsat_desktop.ui.registers.filter_bar import RegisterFilterBar
from giamsat_desktop.ui.registers.incoming_dialog import IncomingDialog
from giamsat_desktop.ui.registers.incoming_model import IncomingRegisterModel
from giamsat_desktop.ui.registers.register_page import RegisterPage, RegisterPrints

if TYPE_CHECKING:
    from giamsat_desktop.ui.registers.import_dialog import ImportDialog

COLUMN_SAMPLES = {
    columns.NUMBER: "1250a",
    columns.ARRIVAL: "30/12/2026",
    columns.ISSUER: "Ủy ban nhân dân xã Tân Hưng",
    columns.SYMBOL: "000/KH-MTTQ-BTT0",
    columns.DOC_DATE: "30/12/2026",
    columns.SUBJECT: "V/v tổ chức giám sát việc thực hiện chính sách bảo hiểm y tế",
    columns.RECIPIENTS: "Phó Chủ tịch",
    columns.URGENCY: "Thượng khẩn",
    columns.DEADLINE: "30/12/2026",
    columns.STATUS: "Đang xử lý",
    columns.NOTES: "Ghi chú ngắn gọn",
    columns.FILES: "99",
}
"""A typical value of each column: the columns are sized from the font, not in pixels."""


class IncomingPage(RegisterPage):
    """The incoming register; reads in the background, fetches rows as they are shown."""

    area = Area.INCOMING
    answer_requested = Signal(object)
    """Asks the window to open a new outgoing document answering these incoming ids."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        settings: Settings | None = None,
    ) -> None:
        self._today = today
        self._issuers: list[str] = []
        self._sort = (IncomingColumn.ARRIVAL, True)
        factory = context.factory
        model = IncomingRegisterModel(
            lambda keys: register_queries.incoming_rows(factory, keys), today=today
        )
        super().__init__(
            context,
            runner,
            model,
            self.tr("Sổ văn bản đến"),
            RegisterFilterBar(incoming=True),
            COLUMN_SAMPLES,
            (columns.ARRIVAL, Qt.SortOrder.DescendingOrder),
            parent,
            settings,
        )
        self.view.setObjectName("incomingRegister")
        self.prints = RegisterPrints(
            self.tr("Sổ đăng ký văn bản đến"),
            "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
            "So-van-ban-den",
            register_reports.incoming_register_pdf,
            register_reports.export_incoming_xlsx,
        )
        self.add_document_buttons(
            lambda context, record: incoming.purge_incoming(
                context.factory, context.actor, record.id, record.version
            ),
            lambda record: self.tr("số đến {number}").format(number=record.arrival_number_text),
        )
        self.files_button = self.add_button(self.tr("Tệp đính kèm"), self.show_attachments)
        self.answer_button = self.add_button(self.tr("Trả lời…"), self.answer_selected)
        self.print_button = self.add_menu_button(
            self.tr("In"),
            [
                (
                    self.tr("Sổ đăng ký văn bản đến (theo năm hoặc khoảng ngày đang lọc)…"),
                    self.print_register,
                ),
                (self.tr("Phiếu giải quyết văn bản đến đang chọn…"), self.print_handling_slip),
            ],
        )
        self.excel_button = self.add_menu_button(
            self.tr("Excel"),
            [
                (self.tr("Xuất sổ đang lọc ra Excel…"), self.export_to_excel),
                (self.tr("Nhập sổ cũ từ tệp Excel…"), self.import_from_excel),
            ],
        )
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_register)
        self.setAcceptDrops(True)  # an Excel file dropped here opens the import
        self.update_buttons()
        self.reload()
        self._load_choices()

    def read_keys(self) -> Callable[[object], list[int]]:
        """Keys for the filter and order in force."""
        where = self.current_filter()
        column, descending = self._sort
        context = self._context
        return lambda _c: register_queries.incoming_keys(
            context.factory, context.actor, where, column, descending
        )

    def sort_column(self, column: int, descending: bool) -> bool:
        """Map a screen column to the database order."""
        key = columns.SORT_COLUMNS.get(column)
        if key is None:
            return False
        self._sort = (key, descending)
        return True

    def _load_choices(self) -> None:
        factory, actor = self._context.factory, self._context.actor

        def read(_control: object) -> tuple[list[int], list[str]]:
            return register_queries.incoming_years(factory), incoming.known_issuers(factory, actor)

        self._runner.query(read, on_done=self._set_choices)

    def _set_choices(self, choices: tuple[list[int], list[str]]) -> None:
        years, self._issuers = choices
        self.filters.set_years(years)
        self.filters.set_issuers(self._issuers)

    def on_changes(self, changes: Changes) -> None:
        """Re-read the register, and the years and issuers offered."""
        super().on_changes(changes)
        if changes.touches(Area.INCOMING):
            self._load_choices()

    def update_buttons(self) -> None:
        """The register's buttons, and files and answers for the selected line."""
        super().update_buttons()
        record: IncomingRecord | None = self.selected_if_read()
        writable = self._context.actor.role.can_write
        self.files_button.setEnabled(record is not None)
        self.answer_button.setEnabled(record is not None and writable and not record.cancelled)

    def answer_selected(self) -> None:
        """Start an outgoing document that answers the selected one (linked both ways)."""
        record: IncomingRecord | None = self.selected()
        if record is not None:
            self.answer_requested.emit((record.id,))

    def show_attachments(self) -> AttachmentsDialog | None:
        """Files of the selected document."""
        record: IncomingRecord | None = self.selected()
        if record is None:
            return None
        dialog = AttachmentsDialog(
            self._context,
            self._runner,
            "incoming",
            record.id,
            self.tr("số đến {number}").format(number=record.arrival_number_text),
            self,
        )
        dialog.finished.connect(lambda _r: [self.changed.emit(c) for c in dialog.changes])
        dialog.open()
        return dialog

    def current_filter(self) -> IncomingFilter:
        """The filter the clerk has set in the bar above the register."""
        return self.filters.incoming_filter(self._today)

    def print_handling_slip(self) -> None:
        """Phiếu giải quyết văn bản đến for the selected document."""
        record: IncomingRecord | None = self.selected()
        if record is None:
            return
        context = self._context
        self.show_pdf(
            lambda _c: register_reports.handling_slip_pdf(
                context.factory, context.actor, record.id
            ),
            self.tr("Phiếu giải quyết văn bản đến"),
            f"Phieu-giai-quyet-so-den-{record.arrival_number_text}.pdf",
        )

    def import_from_excel(self, path: Path | None = None) -> ImportDialog:
        """Open the import dialog (registers kept in Excel before), reading ``path`` if given.

        The dialog is deleted once closed, with the rows it read.
        """
        from giamsat_desktop.ui.registers.import_dialog import ImportDialog

        dialog = ImportDialog(self._context, self._runner, self, settings=self.settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.changed.emit(dialog.changes))
        dialog.open()
        if path is not None:
            dialog.read_file(path)
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Take an Excel file dragged from the file manager, for a clerk who may import."""
        if self._context.actor.role.can_write and excel_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Open the import dialog with the dropped workbook (the first, when several)."""
        files = excel_files(event.mimeData())
        if not files or not self._context.actor.role.can_write:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_from_excel(files[0])

    def add(self) -> IncomingDialog:
        """Open the entry dialog for a new document."""
        dialog = IncomingDialog(self._context, self._runner, self._issuers, None, self)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.open()
        return dialog

    def edit_selected(self) -> IncomingDialog | None:
        """Open the selected document for editing."""
        record = self.selected()
        if record is None or not self._context.actor.role.can_write:
            return None
        dialog = IncomingDialog(self._context, self._runner, self._issuers, record, self)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.open()
        return dialog

    def _after_save(self, dialog: IncomingDialog) -> None:
        record, changes = dialog.result_record
        self.saved(record.id, changes)
        if dialog.notice:
            QMessageBox.information(self, self.tr("Số đến"), dialog.notice)

    def cancel_selected(self) -> None:
        """Cancel the selected document with a reason (it stays in the register)."""
        record: IncomingRecord | None = self.selected()
        if record is None:
            return
        reason = self.ask_cancel_reason(
            self.tr("Lý do hủy văn bản số đến {number}:").format(number=record.arrival_number_text)
        )
        if reason is None:
            return
        context = self._context
        self._runner.command(
            lambda _c: incoming.cancel_incoming(
                context.factory, context.actor, record.id, reason or "", record.version
            ),
            on_done=lambda result: self.saved(record.id, result[1]),
            parent=self,
        )
