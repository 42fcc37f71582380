"""Văn bản đến: the register, its filters and search, and what a clerk does with a line."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.registers import IncomingFilter, IncomingRecord
from giamsat_desktop.domain.tasks import TaskRecord, TaskState
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.pdf_intake.reading import PdfReading, read_pdf
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.registers import queries as register_queries
from giamsat_desktop.services.registers import reports as register_reports
from giamsat_desktop.services.tasks.records import tasks_of_document
from giamsat_desktop.ui.common.attachments_dialog import AttachmentsDialog
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.dropped_files import excel_files, pdf_files
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.registers import incoming_model as columns
from giamsat_desktop.ui.registers.filter_bar import RegisterFilterBar
from giamsat_desktop.ui.registers.incoming_dialog import IncomingDialog
from giamsat_desktop.ui.registers.incoming_model import IncomingRegisterModel
from giamsat_desktop.ui.registers.register_page import RegisterKind, RegisterPage, RegisterPrints

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

INCOMING = RegisterKind(
    register_queries.INCOMING,
    columns.SORT_COLUMNS,
    columns.ARRIVAL,
    incoming.cancel_incoming,
    incoming.purge_incoming,
)
"""The incoming register's lists and its cancel and purge."""


class IncomingPage(RegisterPage):
    """The incoming register; reads in the background, fetches rows as they are shown."""

    area = Area.INCOMING
    answer_requested = Signal(object)
    """Asks the window to open a new outgoing document answering these incoming ids."""
    reply_requested = Signal(int)
    """Soạn công văn trả lời…: the id of the incoming document to answer."""
    assign_requested = Signal(int)
    """Giao nhiệm vụ…: the id of the incoming document to give tasks from."""
    task_letter_requested = Signal(int)
    """Soạn công văn giao nhiệm vụ…: the id of the incoming document whose tasks it gives."""

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
        super().__init__(
            context,
            runner,
            INCOMING,
            IncomingRegisterModel(partial(register_queries.incoming_rows, context.factory), today),
            self.tr("Sổ văn bản đến"),
            RegisterFilterBar(incoming=True),
            COLUMN_SAMPLES,
            RegisterPrints(
                self.tr("Sổ đăng ký văn bản đến"),
                "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
                "So-van-ban-den",
                register_reports.incoming_register_pdf,
                register_reports.export_incoming_xlsx,
            ),
            parent,
            settings,
        )
        self.view.setObjectName("incomingRegister")
        if self.new_button is not None:
            self.new_button.setToolTip(
                self.tr(
                    "Vào sổ một văn bản đến. Có tệp PDF của văn bản: kéo thả tệp vào sổ, hoặc "
                    "bấm Đọc từ PDF… trong hộp Vào sổ, để điền sẵn các ô từ văn bản."
                )
            )
        self.files_button = self.add_button(self.tr("Tệp đính kèm"), self.show_attachments)
        self.answer_button = self.add_menu_button(
            self.tr("Xử lý"),
            [
                (self.tr("Giao nhiệm vụ (theo ý kiến chỉ đạo)…"), self.assign_selected),
                (self.tr("Vào sổ văn bản đi một văn bản trả lời…"), self.answer_selected),
                (self.tr("Soạn công văn trả lời (gửi cơ quan ban hành)…"), self.reply_selected),
                (self.tr("Soạn công văn giao nhiệm vụ…"), self.task_letter_selected),
            ],
        )
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
        self.setAcceptDrops(True)  # an Excel file dropped opens the import; a PDF, its entry
        self.start()

    def load_choices(self) -> None:
        """Read the years and the issuers offered in the filter."""
        factory, actor = self._context.factory, self._context.actor

        def read(_control: object) -> tuple[list[int], list[str]]:
            return register_queries.incoming_years(factory), incoming.known_issuers(factory, actor)

        self._runner.query(read, on_done=self._set_choices)

    def _set_choices(self, choices: tuple[list[int], list[str]]) -> None:
        years, self._issuers = choices
        self.filters.set_years(years)
        self.filters.set_issuers(self._issuers)

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

    def assign_selected(self) -> None:
        """Give tasks from the selected document, with its instruction (``assign_requested``)."""
        record: IncomingRecord | None = self.selected()
        if record is not None:
            self.assign_requested.emit(record.id)

    def reply_selected(self) -> None:
        """Write a công văn answering the selected document (``reply_requested``)."""
        record: IncomingRecord | None = self.selected()
        if record is not None:
            self.reply_requested.emit(record.id)

    def task_letter_selected(self) -> None:
        """Write the task letter of the selected document (``task_letter_requested``).

        A document not given any task yet has none: a message says to give tasks first.
        """
        record: IncomingRecord | None = self.selected()
        if record is None:
            return
        factory, actor, key = self._context.factory, self._context.actor, record.id

        def given(tasks: list[TaskRecord]) -> None:
            if any(task.state is not TaskState.CANCELLED for task in tasks):
                self.task_letter_requested.emit(key)
                return
            QMessageBox.information(
                self,
                self.tr("Công văn giao nhiệm vụ"),
                self.tr(
                    "Văn bản số đến {number} chưa giao nhiệm vụ nào. Hãy giao nhiệm vụ trước "
                    "(Xử lý → Giao nhiệm vụ…), rồi soạn công văn giao nhiệm vụ."
                ).format(number=record.arrival_number_text),
            )

        self._runner.query(lambda _c: tasks_of_document(factory, actor, key), on_done=given)

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
        """Take an Excel register or a document's PDF dragged from the file manager."""
        mime = event.mimeData()
        if self._context.actor.role.can_write and (excel_files(mime) or pdf_files(mime)):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """A PDF dropped opens its entry, filled; a workbook opens the import (the first)."""
        pdfs, files = pdf_files(event.mimeData()), excel_files(event.mimeData())
        if not (pdfs or files) or not self._context.actor.role.can_write:
            event.ignore()
            return
        event.acceptProposedAction()
        if pdfs:
            self.register_from_pdf(pdfs[0])
        else:
            self.import_from_excel(files[0])

    def register_from_pdf(self, path: Path) -> None:
        """Read a document's PDF (one dropped), then open its entry filled from it.

        A locked or damaged file is told in a message and nothing opens; nothing is saved
        until the clerk's Lưu.
        """
        factory, actor = self._context.factory, self._context.actor
        self._runner.query(
            lambda _c: read_pdf(factory, actor, path),
            on_done=self._open_read,
            on_error=lambda exc: QMessageBox.warning(
                self, self.tr("Vào sổ từ PDF"), error_text(exc)
            ),
            parent=self,
            progress_label=self.tr("Đang đọc tệp PDF…"),
        )

    def _open_read(self, reading: PdfReading) -> None:
        self.last_pdf_entry = self.open_entry(None)
        self.last_pdf_entry.fill_from_pdf(reading)

    def add(self) -> IncomingDialog:
        """Open the entry dialog for a new document."""
        return self.open_entry(None)

    def open_entry(self, record: IncomingRecord | None) -> IncomingDialog:
        """Open the entry dialog of ``record``, or of a new document."""
        dialog = IncomingDialog(
            self._context,
            self._runner,
            self._issuers,
            record,
            self,
            assign=self.assign_requested.emit,
            changed=self.changed.emit,
        )
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.open()
        return dialog

    def _after_save(self, dialog: IncomingDialog) -> None:
        record, changes = dialog.result_record
        self.saved(record.id, changes)
        if dialog.notice:
            QMessageBox.information(self, self.tr("Số đến"), dialog.notice)

    def record_name(self, record: IncomingRecord) -> str:
        """The line by its arrival number."""
        return self.tr("số đến {number}").format(number=record.arrival_number_text)

    def cancel_label(self, record: IncomingRecord) -> str:
        """Asks the reason for cancelling the line of this arrival number."""
        return self.tr("Lý do hủy văn bản số đến {number}:").format(
            number=record.arrival_number_text
        )
