"""Vào sổ / sửa một văn bản đến.

Tình trạng xử lý is shown, not typed: it follows the document's tasks (``HandlingRow``,
with Giao nhiệm vụ… and Lưu, không giao việc… for a saved document).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from giamsat_desktop.domain.document_types import DOCUMENT_TYPES, by_code
from giamsat_desktop.domain.documents import Secrecy, Urgency
from giamsat_desktop.domain.issuer_names import suggested_spelling
from giamsat_desktop.domain.registers import IncomingDraft, IncomingRecord, split_number_text
from giamsat_desktop.domain.symbols import (
    SymbolStyle,
    clean_symbol,
    parse_symbol,
    tidy_typed_symbol,
)
from giamsat_desktop.domain.text import normalize
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.pdf_intake.reading import PdfReading
from giamsat_desktop.services.registers import incoming, outgoing
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.record_dialog import RecordDialog
from giamsat_desktop.ui.common.subject_field import SubjectEdit
from giamsat_desktop.ui.registers.entry_form import (
    mark_choices,
    saving,
    show_marks,
    subject_problems,
)
from giamsat_desktop.ui.registers.handling_row import HandlingRow
from giamsat_desktop.ui.registers.pdf_fill import choose_and_read, fill, note_label, read_button


class IncomingDialog(RecordDialog):
    """Every field of the register line; the number is given for good on saving."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        issuers: list[str],
        record: IncomingRecord | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        *,
        assign: Callable[[int], None] | None = None,
        changed: Callable[[Changes], None] | None = None,
    ) -> None:
        """Make the dialog for ``record``, or for a new document.

        Args:
            context: The services and the acting account.
            runner: Reads and writes in the background.
            issuers: The issuing bodies the register knows, offered as the clerk types.
            record: The document to edit; None for a new one.
            parent: The register's page.
            today: The day a new document arrives (the PC's date when None).
            assign: Asks the window for Giao nhiệm vụ of a document id (the button
                shows only when given).
            changed: Told of a change saved while the dialog stays open (Lưu, không giao
                việc), so the register shows it.
        """
        title = self.tr("Vào sổ văn bản đến") if record is None else self.tr("Sửa văn bản đến")
        super().__init__(runner, title, parent)
        self.setMinimumWidth(900)
        self._context = context
        self._record = record
        self.proposed_number: int | None = None
        self._proposals = 0
        self.notice = ""
        today = today or clock.today()

        self.pdf_path: Path | None = None
        """The PDF the fields were read from, attached when the new entry is saved."""
        self.pdf_note = note_label()
        self.number_label = QLabel("…")
        self.number_label.setObjectName("arrivalNumber")
        self.number_label.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.choose_number = QCheckBox(self.tr("Số khác (vào sổ muộn):"))
        self.chosen_number = QLineEdit()
        self.chosen_number.setMaximumWidth(90)
        self.chosen_number.setEnabled(False)
        self.choose_number.toggled.connect(self.chosen_number.setEnabled)
        self.arrival_date = DateField(today, required=True, name=self.tr("Ngày đến"))
        self.symbol = QLineEdit()
        self.symbol.setPlaceholderText(self.tr("Ví dụ: 558-CV/ĐUK hoặc 15/BC-MTTQ-BTT"))
        self.symbol_hint = QLabel()
        self.symbol_hint.setStyleSheet("color: #555555;")
        self.type_code = QComboBox()
        self.type_code.addItem(self.tr("(chưa rõ)"), "")
        for kind in DOCUMENT_TYPES:
            self.type_code.addItem(f"{kind.name} ({kind.code})", kind.code)
        self.issuer = QComboBox()
        self.issuer.setEditable(True)
        self.issuer.addItems(issuers)
        self.issuer.setCurrentIndex(-1)
        completer = QCompleter(issuers, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.issuer.setCompleter(completer)
        self.issuer.lineEdit().setPlaceholderText(self.tr("Cơ quan ban hành"))
        self._known_issuers = list(issuers)
        self.suggested_issuer: str | None = None
        self.issuer_hint = QLabel()
        self.issuer_hint.setObjectName("issuerHint")
        self.issuer_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.issuer_hint.setWordWrap(True)
        self.issuer_hint.setStyleSheet("color: #8a4b00;")
        self.use_spelling = QPushButton(self.tr("&Dùng"))
        self.use_spelling.setObjectName("useIssuerSpelling")
        self.use_spelling.setAutoDefault(False)  # Enter still saves the dialog
        self.use_spelling.setToolTip(self.tr("Thay tác giả vừa nhập bằng cách viết đã có"))
        self.use_spelling.clicked.connect(self._use_suggested_issuer)
        self.issuer_hint_row = QWidget()
        hint_row = QHBoxLayout(self.issuer_hint_row)
        hint_row.setContentsMargins(0, 0, 0, 0)
        hint_row.addWidget(self.issuer_hint, 1)
        hint_row.addWidget(self.use_spelling, 0, Qt.AlignmentFlag.AlignTop)
        self._issuer_pause = QTimer(self)
        self._issuer_pause.setSingleShot(True)
        self._issuer_pause.setInterval(600)  # look once the clerk pauses, not on every key
        self._issuer_pause.timeout.connect(self._check_issuer_spelling)
        self.doc_date = DateField(name=self.tr("Ngày tháng văn bản"))
        self.subject = SubjectEdit()
        self.subject.setFixedHeight(70)
        self.signer = QLineEdit()
        self.urgency, self.secrecy = mark_choices()
        self.page_count = QSpinBox()
        self.page_count.setRange(0, 9999)
        self.page_count.setSpecialValueText(" ")
        self.recipients = QLineEdit()
        self.transfer_date = DateField(name=self.tr("Ngày chuyển"))
        self.deadline = DateField(name=self.tr("Hạn xử lý"))
        self.instruction = QPlainTextEdit()
        self.instruction.setTabChangesFocus(True)
        self.instruction.setFixedHeight(60)
        self.handling = HandlingRow(context, runner, record, assign)
        self.handling.refreshed.connect(self._adopt)
        if changed is not None:
            self.handling.filed.connect(changed)
        self.notes = QLineEdit()
        self.replies = QLabel(self.tr("(chưa có)"))
        self.replies.setObjectName("replies")
        self.replies.setWordWrap(True)

        number_row = QHBoxLayout()
        number_row.addWidget(self.number_label)
        number_row.addSpacing(20)
        number_row.addWidget(self.choose_number)
        number_row.addWidget(self.chosen_number)
        number_row.addStretch(1)
        self.read_pdf_button = read_button(self._choose_pdf, shown=record is None)
        number_row.addWidget(self.read_pdf_button)
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Số đến:"), number_row)
        left.addRow(self.tr("Ngày đến:"), self.arrival_date)
        left.addRow(self.tr("Tác giả:"), self.issuer)
        left.addRow("", self.issuer_hint_row)
        left.setRowVisible(self.issuer_hint_row, False)
        self._left = left
        left.addRow(self.tr("Số, ký hiệu:"), self.symbol)
        left.addRow("", self.symbol_hint)
        left.addRow(self.tr("Loại văn bản:"), self.type_code)
        left.addRow(self.tr("Ngày tháng văn bản:"), self.doc_date)
        left.addRow(self.tr("Trích yếu nội dung:"), self.subject)
        left.addRow("", self.subject.counter)
        left.addRow(self.tr("Người ký:"), self.signer)
        right.addRow(self.tr("Độ khẩn:"), self.urgency)
        right.addRow(self.tr("Độ mật:"), self.secrecy)
        right.addRow(self.tr("Số trang:"), self.page_count)
        right.addRow(self.tr("Đơn vị hoặc người nhận:"), self.recipients)
        right.addRow(self.tr("Ngày chuyển:"), self.transfer_date)
        right.addRow(self.tr("Hạn xử lý:"), self.deadline)
        right.addRow(self.tr("Ý kiến chỉ đạo (bút phê):"), self.instruction)
        right.addRow(self.tr("Tình trạng xử lý:"), self.handling)
        right.addRow(self.tr("Ghi chú:"), self.notes)
        right.addRow(self.tr("Đã trả lời bằng:"), self.replies)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        self.form.addRow(self.pdf_note)
        self.form.addRow(columns)
        # Wide enough for every field at its smallest (the status's two buttons, in any
        # language): a minimum width set by hand is not widened by the layout itself.
        self.setMinimumWidth(max(900, self.layout().totalMinimumSize().width()))
        self.first_field = self.issuer  # the arrival date is today's, the number comes by itself

        if record is not None:
            self._show(record)
            self._load_replies(record.id)
        for signal in (
            self.arrival_date.textChanged,
            self.symbol.textChanged,
            self.doc_date.textChanged,
            self.subject.textChanged,
            self.transfer_date.textChanged,
            self.deadline.textChanged,
            self.issuer.currentTextChanged,
            self.chosen_number.textChanged,
            self.choose_number.toggled,
        ):
            signal.connect(self.revalidate)
        self.symbol.textChanged.connect(self._read_symbol)
        self.issuer.currentTextChanged.connect(lambda _text: self._issuer_pause.start())
        self.issuer.lineEdit().editingFinished.connect(self._check_issuer_spelling)
        self.symbol.textEdited.connect(self._tidy_symbol)
        self.arrival_date.editingFinished.connect(self._propose_number)
        self.secrecy.currentIndexChanged.connect(self._propose_number)
        self.revalidate()
        if record is None:
            self._propose_number()

    # ----- showing ------------------------------------------------------------------

    def _show(self, record: IncomingRecord) -> None:
        self.number_label.setText(record.arrival_number_text)
        self.choose_number.setVisible(False)
        self.chosen_number.setVisible(False)
        self.arrival_date.set_date(record.arrival_date)
        self.issuer.setEditText(record.issuer)
        self.symbol.setText(record.symbol)
        self.type_code.setCurrentIndex(max(0, self.type_code.findData(record.type_code)))
        self.doc_date.set_date(record.doc_date)
        self.subject.show_stored(record.subject)
        self.signer.setText(record.signer)
        show_marks(self.urgency, self.secrecy, record)
        self.page_count.setValue(record.page_count or 0)
        self.recipients.setText(record.recipients)
        self.transfer_date.set_date(record.transfer_date)
        self.deadline.set_date(record.deadline)
        self.instruction.setPlainText(record.instruction)
        self.notes.setText(record.notes)

    def _load_replies(self, incoming_id: int) -> None:
        context = self._context
        self._runner.query(
            lambda _c: outgoing.answered_by(context.factory, context.actor, incoming_id),
            on_done=lambda found: self.replies.setText(
                ", ".join(f"{r.symbol} ({r.issue_date:%d/%m/%Y})" for r in found)
                or self.tr("(chưa có)")
            ),
        )

    def _propose_number(self) -> None:
        arrival = self.arrival_date.date()
        if self._record is not None or arrival is None:
            return
        factory, secrecy = self._context.factory, Secrecy(self.secrecy.currentData())
        self._proposals += 1
        asked = self._proposals
        self._runner.query(
            lambda _c: incoming.propose_arrival_number(factory, arrival, secrecy),
            on_done=lambda number: self._proposed(asked, number),
        )

    def _proposed(self, asked: int, number: int) -> None:
        if asked != self._proposals:
            return  # an answer to an older question (another date or secrecy) arriving late
        self.proposed_number = number
        self.number_label.setText(str(number))

    def _tidy_symbol(self, text: str) -> None:
        """Drop line breaks and spaces around "/" and "-" as the clerk types or pastes."""
        tidy, cursor = tidy_typed_symbol(text, self.symbol.cursorPosition())
        if tidy != text:
            self.symbol.setText(tidy)
            self.symbol.setCursorPosition(cursor)

    def _read_symbol(self) -> None:
        parsed = parse_symbol(self.symbol.text())
        if parsed.style is SymbolStyle.UNKNOWN:
            self.symbol_hint.setText("")
            return
        kind = parsed.document_type
        parts = [self.tr("Số {number}").format(number=parsed.number)]
        parts.append(kind.name if kind else self.tr("Công văn"))
        if parsed.issuer_code:
            parts.append(self.tr("cơ quan {code}").format(code=parsed.issuer_code))
        self.symbol_hint.setText(" · ".join(parts))
        if kind is not None:
            self.type_code.setCurrentIndex(max(0, self.type_code.findData(kind.code)))
        elif parsed.style is SymbolStyle.STATE and parsed.type_code is None:
            self.type_code.setCurrentIndex(max(0, self.type_code.findData("CV")))

    # ----- the issuer's spelling ----------------------------------------------------

    def fields(self) -> list[QWidget]:
        """The form's fields, with Dùng right after the issuer (Tab skips it while hidden)."""
        found = super().fields()
        if self.issuer in found:
            found.insert(found.index(self.issuer) + 1, self.use_spelling)
        return found

    def _check_issuer_spelling(self) -> None:
        """Offer the register's spelling of the issuer typed, when it is spelled otherwise."""
        self._issuer_pause.stop()
        suggestion = suggested_spelling(self.issuer.currentText(), self._known_issuers)
        self.suggested_issuer = suggestion
        if suggestion is not None:
            self.issuer_hint.setText(
                self.tr("Đã có cách viết: «{name}». Dùng cách viết này?").format(name=suggestion)
            )
        self._left.setRowVisible(self.issuer_hint_row, suggestion is not None)

    def _use_suggested_issuer(self) -> None:
        """Dùng: put the register's spelling in place of what was typed."""
        suggestion = self.suggested_issuer
        if suggestion is None:
            return
        self.issuer.setEditText(suggestion)
        self._check_issuer_spelling()
        self.issuer.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- checking and saving ------------------------------------------------------

    def problems(self) -> list[str]:
        """Field by field, what stops saving."""
        found = []
        if problem := self.arrival_date.problem():
            found.append(problem)
        if not normalize(self.issuer.currentText()):
            found.append(self.tr("Chưa nhập tác giả (cơ quan ban hành)."))
        found += subject_problems(self.subject, self.tr("Chưa nhập trích yếu nội dung."))
        for field in (self.doc_date, self.transfer_date, self.deadline):
            if problem := field.problem():
                found.append(problem)
        arrival, doc_date = self.arrival_date.date(), self.doc_date.date()
        if arrival and doc_date and doc_date > arrival:
            found.append(self.tr("Ngày tháng văn bản không được sau ngày đến."))
        if self.choose_number.isChecked() and split_number_text(self.chosen_number.text()) is None:
            found.append(self.tr("Số đến chọn tay phải là số, có thể thêm chữ (ví dụ 125a)."))
        return found

    def draft(self) -> IncomingDraft:
        """What was typed."""
        arrival = self.arrival_date.date()
        assert arrival is not None
        code = self.type_code.currentData() or ""
        chosen = self.chosen_number.text() if self.choose_number.isChecked() else None
        return IncomingDraft(
            arrival_date=arrival,
            issuer=self.issuer.currentText(),
            subject=self.subject.toPlainText(),
            symbol=clean_symbol(self.symbol.text()),
            doc_date=self.doc_date.date(),
            type_code=code if by_code(code) else "",
            signer=self.signer.text(),
            urgency=Urgency(self.urgency.currentData()),
            secrecy=Secrecy(self.secrecy.currentData()),
            page_count=self.page_count.value() or None,
            recipients=self.recipients.text(),
            transfer_date=self.transfer_date.date(),
            deadline=self.deadline.date(),
            instruction=self.instruction.toPlainText(),
            notes=self.notes.text(),
            arrival_number_text=chosen,
        )

    def before_writing(self) -> None:
        """Look for a possible duplicate first (and the status now), then save."""
        draft, context = self.draft(), self._context
        exclude = self._record.id if self._record else None

        def read(_c: object) -> tuple[list[IncomingRecord], IncomingRecord | None]:
            found = incoming.possible_duplicates(context.factory, context.actor, draft, exclude)
            if exclude is None:
                return found, None
            return found, incoming.get_incoming(context.factory, context.actor, exclude)

        self._runner.query(read, on_done=self._confirm_and_write, on_error=self._refused)

    def _adopt(self, fresh: IncomingRecord) -> None:
        """Take the version of a document whose status alone moved since it was read.

        The task service moves the status (a task given, "lưu, không giao việc") while the
        dialog is open; the save keeps the stored status, so it may go over that version.
        Any other change made elsewhere keeps the old version: the save is refused as stale.
        """
        record = self._record
        if record is None or fresh.id != record.id:
            return
        moved = dataclasses.replace(
            record,
            handling_status=fresh.handling_status,
            version=fresh.version,
            attachment_count=fresh.attachment_count,
        )
        if moved == fresh:
            self._record = fresh

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Back in the dialog (after Giao nhiệm vụ, say): read the status again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.handling.load()

    def _confirm_and_write(self, found: tuple[list[IncomingRecord], IncomingRecord | None]) -> None:
        duplicates, fresh = found
        if fresh is not None:
            self._adopt(fresh)
        if duplicates and not self.confirm_duplicates(duplicates):
            self.resume()
            return
        self.write()

    def confirm_duplicates(self, duplicates: list[IncomingRecord]) -> bool:
        """Ask whether to register a document that looks already registered."""
        lines = "\n".join(
            self.tr("• Số đến {number} ngày {date}: {symbol} — {subject}").format(
                number=d.arrival_number_text,
                date=d.arrival_date.strftime("%d/%m/%Y"),
                symbol=d.symbol or "—",
                subject=d.subject[:80],
            )
            for d in duplicates[:5]
        )
        answer = QMessageBox.question(
            self,
            self.tr("Có thể trùng văn bản"),
            self.tr("Văn bản này có thể đã vào sổ:\n{lines}\n\nVẫn lưu?").format(lines=lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def fill_from_pdf(self, reading: PdfReading) -> None:
        """Fill a new entry with what its PDF says (marked), the file attached on saving."""
        fill(self, reading)

    def _choose_pdf(self) -> None:
        """Đọc từ PDF…: choose the document's PDF, read it, fill the fields from it."""
        choose_and_read(self, self._runner, self._context, self.fill_from_pdf)

    def make_save(self) -> Callable[[TaskControl], Any]:
        """Register (with the PDF read, if any), or update at the version read."""
        register, update = incoming.register_incoming, incoming.update_incoming
        if self.pdf_path is not None and self._record is None:
            pdf, folder = self.pdf_path, self._context.data_folder
            register = partial(incoming.register_incoming, files=[pdf], data_folder=folder)
        return saving(self._context, self._record, self.draft(), register, update)

    def _saved(self, result: Any) -> None:
        record: IncomingRecord = result[0]
        proposed = self.proposed_number
        chosen = self.choose_number.isChecked()
        if self._record is None and not chosen and proposed and record.arrival_number != proposed:
            self.notice = self.tr(
                "Số {proposed} vừa được người khác dùng; văn bản đã vào sổ với số đến {number}."
            ).format(proposed=proposed, number=record.arrival_number_text)
        super()._saved(result)
