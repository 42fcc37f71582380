"""The entry dialog's Tình trạng xử lý: shown with its reason, never typed; what moves it.

The status follows the document's tasks (the task service keeps it). Beside it, for a
saved document the clerk may change: "Giao nhiệm vụ…" asks the window for the Giao nhiệm
vụ dialog of this document, and "Lưu, không giao việc…" files it as handled with a note
(refused while it has tasks: their states decide).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.documents import HandlingStatus
from giamsat_desktop.domain.errors import ConflictError, ErrorCode
from giamsat_desktop.domain.registers import IncomingRecord
from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.tasks.document_handling import DocumentHandling, document_handling
from giamsat_desktop.services.tasks.document_status import file_without_tasks
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.labels import label


class HandlingRow(QWidget):
    """The status and its reason, read-only, with Giao nhiệm vụ… and Lưu, không giao việc…."""

    refreshed = Signal(object)
    """The document as just read (``IncomingRecord``): its status, its version."""
    filed = Signal(object)
    """After "Lưu, không giao việc": the ``Changes`` it made."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        record: IncomingRecord | None,
        assign: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._record = record
        self._assign = assign
        self.handling: DocumentHandling | None = None
        self.status = QLabel(label(record.handling_status if record else HandlingStatus.PENDING))
        self.status.setObjectName("handlingStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setStyleSheet(
            "QLabel { background: #f3f3f3; color: #333333; border: 1px solid #d0d0d0;"
            " border-radius: 3px; padding: 3px 6px; }"
        )
        self.status.setToolTip(
            self.tr(
                "Tình trạng xử lý theo các nhiệm vụ giao từ văn bản này (hoặc “lưu, không "
                "giao việc”); chương trình tự cập nhật, không sửa tay."
            )
        )
        self.assign_button = QPushButton(self.tr("Giao nhiệm vụ…"))
        self.assign_button.setToolTip(
            self.tr("Giao nhiệm vụ cho các tổ chức theo ý kiến chỉ đạo của văn bản này")
        )
        self.file_button = QPushButton(self.tr("Lưu, không giao việc…"))
        self.file_button.setToolTip(
            self.tr("Đánh dấu đã xử lý mà không giao nhiệm vụ (ví dụ: văn bản để biết)")
        )
        for button in (self.assign_button, self.file_button):
            button.setAutoDefault(False)  # Enter still saves the dialog
            button.setMinimumWidth(button.sizeHint().width())  # the dialog widens, never cuts
        self.assign_button.clicked.connect(lambda: self.ask_assign())
        self.file_button.clicked.connect(lambda: self.file())
        live = record is not None and context.actor.role.can_write and not record.cancelled
        self.assign_button.setVisible(live and assign is not None)
        self.file_button.setVisible(live)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._enable()
        self.load()

    # ----- showing ---------------------------------------------------------------------

    def load(self) -> None:
        """Read the document's status, its reason and its version again."""
        record = self._record
        if record is None:
            return
        factory, actor = self._context.factory, self._context.actor

        def read(_c: object) -> tuple[IncomingRecord, DocumentHandling]:
            fresh = incoming.get_incoming(factory, actor, record.id)
            return fresh, document_handling(factory, actor, record.id)

        self._runner.query(read, on_done=self._show)

    def _show(self, found: tuple[IncomingRecord, DocumentHandling]) -> None:
        fresh, self.handling = found
        self.status.setText(self.status_text(self.handling))
        self._enable()
        self.refreshed.emit(fresh)

    def status_text(self, handling: DocumentHandling) -> str:
        """The status and why: "Đang xử lý — 3 nhiệm vụ chưa xong"."""
        word = label(handling.status)
        if handling.status is HandlingStatus.IN_PROGRESS and handling.open_tasks:
            reason = self.tr("{count} nhiệm vụ chưa xong").format(
                count=format_number(handling.open_tasks)
            )
        elif handling.status is HandlingStatus.DONE and handling.tasks:
            reason = self.tr("cả {count} nhiệm vụ đã kết thúc").format(
                count=format_number(handling.tasks)
            )
        elif handling.status is HandlingStatus.DONE and handling.filed:
            note = " ".join(handling.filed_note.split())
            reason = (
                self.tr("lưu, không giao việc: {note}").format(note=note)
                if note
                else self.tr("lưu, không giao việc")
            )
        elif handling.status is HandlingStatus.PENDING and not handling.tasks:
            reason = self.tr("chưa giao nhiệm vụ")
        else:
            return word
        return f"{word} — {reason}"

    def _enable(self) -> None:
        read = self.handling is not None
        self.assign_button.setEnabled(read)
        self.file_button.setEnabled(read)

    # ----- what moves it -----------------------------------------------------------------

    def ask_assign(self) -> None:
        """Giao nhiệm vụ…: the window opens the dialog; this one stays open."""
        if self._record is not None and self._assign is not None:
            self._assign(self._record.id)

    def file(self) -> None:
        """Lưu, không giao việc…: ask for a note, then file the document as handled."""
        record, handling = self._record, self.handling
        if record is None or handling is None:
            return
        title = self.tr("Lưu, không giao việc")
        if handling.tasks:
            refusal = ConflictError(ErrorCode.HAS_TASKS, count=handling.tasks)
            QMessageBox.information(self, title, error_text(refusal))
            return
        note, ok = QInputDialog.getText(
            self,
            title,
            self.tr(
                "Văn bản số đến {number} được xem là đã xử lý mà không giao nhiệm vụ.\n"
                "Ghi chú (ví dụ: văn bản để biết, đã lưu hồ sơ):"
            ).format(number=record.arrival_number_text),
            QLineEdit.EchoMode.Normal,
            handling.filed_note,
        )
        if not ok:
            return
        factory, actor = self._context.factory, self._context.actor
        self.file_button.setEnabled(False)

        def refused(exc: BaseException) -> None:
            QMessageBox.warning(self, title, error_text(exc))
            self.load()

        def done(changes: Changes) -> None:
            self.filed.emit(changes)
            self.load()

        self._runner.command(
            lambda _c: file_without_tasks(factory, actor, record.id, note),
            on_done=done,
            on_error=refused,
        )
