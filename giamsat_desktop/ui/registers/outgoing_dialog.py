"""Vào sổ / sửa một văn bản đi: số và ký hiệu được cấp khi lưu.

Người ký is chosen among the active members of the Standing Board (Danh mục, Ban Thường
trực), the chair by default; the list stays editable so a signer from outside the board
can be typed. Choosing a member fills the position, and the dialog shows the signature
block the document prints under it (``KT. CHỦ TỊCH / PHÓ CHỦ TỊCH``). The record keeps
the signer's name and position as text, as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from giamsat_desktop.domain.board import (
    BoardMemberRecord,
    BoardPosition,
    default_signer,
    position_of,
    signature_block,
)
from giamsat_desktop.domain.document_types import CONG_VAN, DOCUMENT_TYPES
from giamsat_desktop.domain.documents import Secrecy, Urgency
from giamsat_desktop.domain.office import OfficeInfo
from giamsat_desktop.domain.registers import OutgoingDraft, OutgoingRecord
from giamsat_desktop.services.catalog import board
from giamsat_desktop.services.catalog import office as office_service
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import outgoing
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


class OutgoingDialog(RecordDialog):
    """Type, subject, signer, recipients; the number and symbol come on saving."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        record: OutgoingRecord | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        answers: tuple[int, ...] = (),
    ) -> None:
        title = self.tr("Vào sổ văn bản đi") if record is None else self.tr("Sửa văn bản đi")
        super().__init__(runner, title, parent)
        self.setMinimumWidth(720)
        self._context = context
        self._record = record
        self._answers = record.answers if record else answers
        self._proposals = 0
        self._signers: dict[int, BoardMemberRecord] = {}
        self.symbol_label = QLabel("…")
        self.symbol_label.setObjectName("outgoingSymbol")
        self.symbol_label.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.issue_date = DateField(
            today or clock.today(), required=True, name=self.tr("Ngày tháng")
        )
        self.type_code = QComboBox()
        self.type_code.addItem(f"{CONG_VAN.name}", "")
        for kind in DOCUMENT_TYPES:
            if kind is not CONG_VAN:
                self.type_code.addItem(f"{kind.name} ({kind.code})", kind.code)
        self.subject = SubjectEdit()
        self.subject.setFixedHeight(70)
        self.signer_name = QComboBox()
        self.signer_name.setEditable(True)  # a signer from outside the board is typed
        self.signer_name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.signer_name.lineEdit().setMaxLength(200)
        self.signer_name.lineEdit().setPlaceholderText(self.tr("Chọn trong Ban Thường trực"))
        self.signer_name.activated.connect(self._member_chosen)
        # Stored and printed: always Vietnamese.
        self.signer_position = QLineEdit(BoardPosition.CHAIR.label)
        self.signature_hint = QLabel()
        self.signature_hint.setObjectName("signatureHint")
        self.signature_hint.setStyleSheet("color: #555555;")
        self.signer_position.textChanged.connect(self._show_signature)
        self.recipients = QPlainTextEdit()
        self.recipients.setTabChangesFocus(True)
        self.recipients.setFixedHeight(60)
        self.file_copy_holder = QLineEdit("Văn phòng")
        self.copies = QSpinBox()
        self.copies.setRange(0, 9999)
        self.copies.setSpecialValueText(" ")
        self.transfer_date = DateField(name=self.tr("Ngày chuyển"))
        self.urgency, self.secrecy = mark_choices()
        self.notes = QLineEdit()
        self.answers_label = QLabel()
        self.answers_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Số, ký hiệu:"), self.symbol_label)
        form.addRow(self.tr("Ngày tháng:"), self.issue_date)
        form.addRow(self.tr("Loại văn bản:"), self.type_code)
        form.addRow(self.tr("Trích yếu nội dung:"), self.subject)
        form.addRow("", self.subject.counter)
        signer = QHBoxLayout()
        signer.addWidget(self.signer_name, 2)
        signer.addWidget(QLabel(self.tr("Chức vụ:")))
        signer.addWidget(self.signer_position, 1)
        form.addRow(self.tr("Người ký:"), signer)
        form.addRow("", self.signature_hint)
        form.addRow(self.tr("Nơi nhận:"), self.recipients)
        form.addRow(self.tr("Đơn vị, người nhận bản lưu:"), self.file_copy_holder)
        form.addRow(self.tr("Số lượng bản:"), self.copies)
        form.addRow(self.tr("Ngày chuyển:"), self.transfer_date)
        form.addRow(self.tr("Độ khẩn:"), self.urgency)
        form.addRow(self.tr("Độ mật:"), self.secrecy)
        form.addRow(self.tr("Ghi chú:"), self.notes)
        form.addRow(self.tr("Trả lời văn bản đến:"), self.answers_label)
        self.form.addRow(form)
        # The date is today's and the type is chosen in passing: the subject is what is typed.
        self.first_field = self.subject
        self._show_answers()
        if record is not None:
            self._show(record)
        else:
            self.issue_date.editingFinished.connect(self._propose)
            self.type_code.currentIndexChanged.connect(self._propose)
            self.secrecy.currentIndexChanged.connect(self._propose)
            self._propose()
        self._show_signature()
        self._load_signers()
        for signal in (
            self.issue_date.textChanged,
            self.subject.textChanged,
            self.transfer_date.textChanged,
        ):
            signal.connect(self.revalidate)
        self.revalidate()

    def _show_answers(self) -> None:
        if self._answers:
            self.answers_label.setText(
                self.tr("{count} văn bản đến (mã số {ids})").format(
                    count=len(self._answers), ids=", ".join(map(str, self._answers))
                )
            )
        else:
            self.answers_label.setText(self.tr("(không)"))

    def _show(self, record: OutgoingRecord) -> None:
        self.symbol_label.setText(record.symbol)
        self.issue_date.set_date(record.issue_date)
        self.type_code.setCurrentIndex(max(0, self.type_code.findData(record.type_code)))
        self.type_code.setEnabled(False)  # the symbol carries the type
        self.subject.show_stored(record.subject)
        self.signer_name.setEditText(record.signer_name)
        self.signer_position.setText(record.signer_position)
        self.recipients.setPlainText(record.recipients)
        self.file_copy_holder.setText(record.file_copy_holder)
        self.copies.setValue(record.copies or 0)
        self.transfer_date.set_date(record.transfer_date)
        show_marks(self.urgency, self.secrecy, record)
        self.notes.setText(record.notes)

    def _load_signers(self) -> None:
        """Read the board (and the office, for an office whose board is not kept yet)."""
        factory = self._context.factory

        def read(_control: object) -> tuple[list[BoardMemberRecord], OfficeInfo | None]:
            return board.list_board(factory, include_inactive=False), office_service.get_office(
                factory
            )

        self._runner.query(read, on_done=self._show_signers)

    def _show_signers(self, result: tuple[list[BoardMemberRecord], OfficeInfo | None]) -> None:
        """Offer the active members; a new document starts with the chair as its signer."""
        members, office = result
        untouched = not self.has_changes()
        typed = self.signer_name.currentText()
        self.signer_name.blockSignals(True)
        self.signer_name.clear()
        self._signers = {member.id: member for member in members}
        for member in members:
            self.signer_name.addItem(member.full_name, member.id)
            self.signer_name.setItemData(
                self.signer_name.count() - 1,
                member.signature.one_line(),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.signer_name.setEditText(typed)
        self.signer_name.blockSignals(False)
        if self._record is not None or not untouched or typed:
            return
        chair = default_signer(members)
        if chair is not None:
            self.signer_name.setCurrentIndex(self.signer_name.findData(chair.id))
            self.signer_position.setText(chair.position.label)
        elif office is not None and office.chair_name:
            # No chair kept in Danh mục yet: the chair's name the office was set up with.
            self.signer_name.setEditText(office.chair_name)
        if self._entered_at_opening is not None:
            # Filled by the program, not typed: closing still needs no question.
            self._entered_at_opening = self.entered()

    def _member_chosen(self, index: int) -> None:
        """A member picked from the list: their position goes with them."""
        member = self._signers.get(self.signer_name.itemData(index))
        if member is not None:
            self.signer_position.setText(member.position.label)

    def _show_signature(self) -> None:
        """The signature block the position prints, as a hint under the signer."""
        position = position_of(self.signer_position.text())
        if position is None:
            self.signature_hint.setText(
                self.tr("Chức vụ ngoài Ban Thường trực: khối chữ ký ghi theo chức vụ đã nhập.")
            )
        else:
            self.signature_hint.setText(
                self.tr("In dưới chữ ký: {block}").format(
                    block=signature_block(position).one_line()
                )
            )

    def _propose(self) -> None:
        if self.issue_date.date() is None:
            return
        draft, factory = self.draft(), self._context.factory
        self._proposals += 1
        asked = self._proposals

        def show(proposal: tuple[int, str]) -> None:
            if asked == self._proposals:  # an answer to an older question arriving late
                self.symbol_label.setText(self.tr("{symbol} (dự kiến)").format(symbol=proposal[1]))

        self._runner.query(
            lambda _c: outgoing.propose_outgoing_number(factory, draft), on_done=show
        )

    def problems(self) -> list[str]:
        """What stops saving."""
        found = []
        if problem := self.issue_date.problem():
            found.append(problem)
        found += subject_problems(self.subject, self.tr("Chưa nhập trích yếu nội dung."))
        if problem := self.transfer_date.problem():
            found.append(problem)
        return found

    def draft(self) -> OutgoingDraft:
        """What was typed."""
        issue = self.issue_date.date() or clock.today()
        return OutgoingDraft(
            issue_date=issue,
            subject=self.subject.toPlainText(),
            type_code=self.type_code.currentData() or "",
            signer_name=self.signer_name.currentText(),
            signer_position=self.signer_position.text(),
            recipients=self.recipients.toPlainText(),
            file_copy_holder=self.file_copy_holder.text(),
            copies=self.copies.value() or None,
            transfer_date=self.transfer_date.date(),
            urgency=Urgency(self.urgency.currentData()),
            secrecy=Secrecy(self.secrecy.currentData()),
            notes=self.notes.text(),
            answers=self._answers,
        )

    def make_save(self) -> Callable[[TaskControl], Any]:
        """Register, or update at the version read."""
        register, update = outgoing.register_outgoing, outgoing.update_outgoing
        return saving(self._context, self._record, self.draft(), register, update)
