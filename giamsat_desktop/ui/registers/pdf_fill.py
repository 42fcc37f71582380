"""The entry dialog filled from an incoming document's PDF, each field read marked.

A field the program filled from the PDF is shown on a pale yellow ground, with a tooltip
saying so, until the clerk has looked at it (moved into it). A line above the form names
the file, says it will be attached when the entry is saved, and warns when the register
holds that very file already. A scan fills nothing and says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from giamsat_desktop.config import Settings
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.pdf_intake.reading import PdfReading, read_pdf
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.file_choice import open_path


class IncomingDialog(Protocol):
    """The entry dialog's fields this module fills (``incoming_dialog.IncomingDialog``)."""

    pdf_path: Path | None
    pdf_note: QLabel
    issuer: QComboBox
    symbol: QLineEdit
    type_code: QComboBox
    doc_date: DateField
    subject: QPlainTextEdit
    signer: QLineEdit
    page_count: QSpinBox


MARK = "fromPdf"
"""The property a field read from the PDF carries until the clerk looks at it."""
_MARKED = "background-color: #fff3c4;"

translate = QCoreApplication.translate
_CLERKS_MOVES = (
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


class _LookedAt(QObject):
    """Takes a field's mark off when the clerk moves into it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The clerk's own move (a click, Tab): the focus the dialog gives on opening is not.
        moved_in = event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent)
        if moved_in and event.reason() in _CLERKS_MOVES:
            outer = watched.parent()
            field = outer if isinstance(outer, QComboBox | QAbstractSpinBox) else watched
            if isinstance(field, QWidget) and field.property(MARK):
                unmark(field)
        return False


def mark(field: QWidget) -> None:
    """Show ``field`` as read from the PDF."""
    field.setProperty(MARK, True)
    field.setStyleSheet(_MARKED)
    inner = field.lineEdit() if isinstance(field, QComboBox) else None
    if inner is not None:  # an editable box shows its line typed in
        inner.setStyleSheet(_MARKED)
    field.setToolTip(translate("IncomingDialog", "Đọc từ tệp PDF: hãy xem lại."))


def unmark(field: QWidget) -> None:
    """The clerk has looked at ``field``."""
    field.setProperty(MARK, False)
    field.setStyleSheet("")
    inner = field.lineEdit() if isinstance(field, QComboBox) else None
    if inner is not None:
        inner.setStyleSheet("")
    field.setToolTip("")


def marked(dialog: IncomingDialog) -> list[QWidget]:
    """The fields still marked as read from the PDF."""
    return [field for field in _fields(dialog).values() if field.property(MARK)]


def _fields(dialog: IncomingDialog) -> dict[str, QWidget]:
    return {
        "issuer": dialog.issuer,
        "symbol": dialog.symbol,
        "type_code": dialog.type_code,
        "doc_date": dialog.doc_date,
        "subject": dialog.subject,
        "signer": dialog.signer,
        "page_count": dialog.page_count,
    }


def fill(dialog: IncomingDialog, reading: PdfReading) -> None:
    """Fill ``dialog`` with what ``reading`` found, mark those fields, and say so above."""
    dialog.pdf_path = Path(reading.path)
    fields = _fields(dialog)
    watcher = _LookedAt(dialog)
    if reading.symbol:
        dialog.symbol.setText(reading.symbol)
    if reading.issuer:
        dialog.issuer.setEditText(reading.issuer)
    if reading.type_code:
        dialog.type_code.setCurrentIndex(max(0, dialog.type_code.findData(reading.type_code)))
    if reading.doc_date is not None:
        dialog.doc_date.set_date(reading.doc_date)
    if reading.subject:
        dialog.subject.setPlainText(reading.subject)
    if reading.signer:
        dialog.signer.setText(reading.signer)
    if reading.has_text:
        dialog.page_count.setValue(reading.page_count)
    for name in reading.filled:
        field = fields[name]
        mark(field)
        field.installEventFilter(watcher)
        inner = field.lineEdit() if isinstance(field, QComboBox | QAbstractSpinBox) else None
        if inner is not None:  # the editable part takes the focus
            inner.installEventFilter(watcher)
    dialog.pdf_note.setText(_note(reading))
    dialog.pdf_note.setVisible(True)


def _note(reading: PdfReading) -> str:
    if not reading.has_text:
        text = translate(
            "IncomingDialog",
            "Tệp «{file}» là bản chụp, không có lớp chữ: chưa đọc được trường nào, hãy nhập "
            "tay. Tệp được đính kèm khi lưu.",
        ).format(file=reading.file)
    else:
        text = translate(
            "IncomingDialog",
            "Đọc từ tệp «{file}» ({pages} trang): các ô nền vàng lấy từ văn bản, hãy xem lại "
            "từng ô. Tệp được đính kèm khi lưu.",
        ).format(file=reading.file, pages=reading.page_count)
    if reading.signatures:
        signed = "; ".join(
            translate("IncomingDialog", "{signer}, lúc {time}").format(
                signer=signature.signer,
                time=signature.signed_at.astimezone().strftime("%d/%m/%Y %H:%M")
                if signature.signed_at is not None
                else "—",
            )
            for signature in reading.signatures
        )
        text += " " + translate(
            "IncomingDialog",
            "Ký số: {signed} (chương trình chỉ đọc thông tin trong chữ ký, không kiểm tra "
            "chứng thư với hệ thống chứng thực quốc gia).",
        ).format(signed=signed)
    for record in reading.same_file[:1]:
        text += " " + translate(
            "IncomingDialog", "Chú ý: tệp này đã vào sổ (số đến {number}, {symbol})."
        ).format(number=record.arrival_number_text, symbol=record.symbol or "—")
    return text


def note_label() -> QLabel:
    """The line above the form that says where the fields came from (hidden until then)."""
    label = QLabel()
    label.setObjectName("pdfNote")
    label.setWordWrap(True)
    label.setStyleSheet("color: #6b4e00;")
    label.setVisible(False)
    return label


def read_button(clicked: Callable[[], None], *, shown: bool) -> QPushButton:
    """Đọc từ PDF…, beside a new entry's number (hidden when editing a saved one)."""
    button = QPushButton(translate("IncomingDialog", "Đọc từ &PDF…"))
    button.setObjectName("readFromPdf")
    button.setAutoDefault(False)
    button.setToolTip(
        translate("IncomingDialog", "Điền các ô từ tệp PDF của văn bản; tệp được đính kèm khi lưu")
    )
    button.clicked.connect(clicked)
    button.setVisible(shown)
    return button


def choose_and_read(
    parent: QWidget,
    runner: TaskRunner,
    context: ServiceContext,
    done: Callable[[PdfReading], None],
) -> None:
    """Ask for a PDF, read it in the background, give ``done`` what it says (or tell why not)."""
    path = open_path(
        parent,
        Settings.load(),
        translate("IncomingDialog", "Chọn tệp PDF của văn bản đến"),
        translate("IncomingDialog", "Tệp PDF (*.pdf)"),
    )
    if path is None:
        return
    runner.query(
        lambda _c: read_pdf(context.factory, context.actor, path),
        on_done=done,
        on_error=lambda exc: QMessageBox.warning(
            parent, translate("IncomingDialog", "Đọc từ PDF"), error_text(exc)
        ),
        parent=parent,
    )
