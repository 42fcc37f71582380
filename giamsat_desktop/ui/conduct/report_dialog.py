"""A citizen's report: received, forwarded (to whom, when, by which issued letter), answered.

Who reported is typed and shown only for an account that may see it (an administrator, an
account with "xem người phản ánh", the one clerk of an office without accounts); anyone else
reads that it is protected. The service decides, the dialog only follows: a save by such an
account keeps the stored reporter as it is.

The state decides which fields are open: "Đã chuyển xử lý" asks where and when it was
forwarded (and the letter, if one was issued); "Đã có kết quả" the result and its day.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from giamsat_desktop.domain.conduct import ReportChannel, ReportState, sees_reporters
from giamsat_desktop.domain.conduct_records import (
    IssuedLetter,
    ReportDraft,
    ReportRecord,
    state_needs,
)
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.conduct import reports
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.record_dialog import RecordDialog


def _box(name: str, text: str = "", height: int = 60) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    box.setMaximumHeight(height + 30)  # the dialog fits a 1366×768 laptop
    return box


def _line(name: str, text: str = "") -> QLineEdit:
    line = QLineEdit(text)
    line.setObjectName(name)
    return line


class ReportDialog(RecordDialog):
    """The report's fields; the reporter's only for an account that may see it."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        record: ReportRecord | None,
        letters: list[IssuedLetter],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Thêm phản ánh") if record is None else self.tr("Sửa phản ánh")
        super().__init__(runner, title, parent)
        self.setObjectName("reportDialog")
        self.setMinimumWidth(680)
        self._context = context
        self._record = record
        self.shows_reporter = sees_reporters(context.actor)
        r = record
        self.received_on = DateField(
            r.received_on if r else clock.today(), required=True, name=self.tr("Ngày tiếp nhận")
        )
        self.received_on.setObjectName("reportReceivedOn")
        self.channel = QComboBox()
        self.channel.setObjectName("reportChannel")
        for channel in ReportChannel:
            self.channel.addItem(label(channel), channel.value)
        self.reporter_name = _line("reporterName", r.reporter_name if r else "")
        self.reporter_contact = _line("reporterContact", r.reporter_contact if r else "")
        self.reporter_contact.setPlaceholderText(self.tr("Địa chỉ hoặc số điện thoại"))
        self.protected = QLabel(
            self.tr(
                "Người phản ánh được giữ kín: chỉ quản trị và tài khoản được cấp quyền "
                "“Xem người phản ánh” mới xem được."
            )
        )
        self.protected.setObjectName("reporterProtected")
        self.protected.setWordWrap(True)
        self.reported_name = _line("reportedName", r.reported_name if r else "")
        self.reported_position = _line("reportedPosition", r.reported_position if r else "")
        self.content = _box("reportContent", r.content if r else "", 70)
        self.state = QComboBox()
        self.state.setObjectName("reportState")
        for state in ReportState:
            self.state.addItem(label(state), state.value)
        self.forwarded_to = _line("forwardedTo", r.forwarded_to if r else "")
        self.forwarded_to.setPlaceholderText(self.tr("Cơ quan, tổ chức có thẩm quyền xem xét"))
        self.forwarded_on = DateField(
            r.forwarded_on if r else None, name=self.tr("Ngày chuyển xử lý")
        )
        self.forwarded_on.setObjectName("forwardedOn")
        self.letter = QComboBox()
        self.letter.setObjectName("forwardLetter")
        self.letter.addItem(self.tr("(không có văn bản chuyển)"), None)
        for letter in letters:
            day = format_date(letter.issue_date) if letter.issue_date else ""
            subject = " ".join(letter.subject.split())[:60]
            self.letter.addItem(f"{letter.symbol} ({day}) {subject}".strip(), letter.id)
        self.result = _box("reportResult", r.result if r else "")
        self.result_on = DateField(r.result_on if r else None, name=self.tr("Ngày có kết quả"))
        self.result_on.setObjectName("resultOn")
        self.notes = _box("reportNotes", r.notes if r else "", 40)

        self.form.addRow(self.tr("Ngày tiếp nhận:"), self.received_on)
        self.form.addRow(self.tr("Hình thức tiếp nhận:"), self.channel)
        if self.shows_reporter:
            self.form.addRow(self.tr("Người phản ánh:"), self.reporter_name)
            self.form.addRow(self.tr("Liên hệ người phản ánh:"), self.reporter_contact)
        else:
            self.reporter_name.hide()
            self.reporter_contact.hide()
            self.form.addRow(self.tr("Người phản ánh:"), self.protected)
        self.form.addRow(self.tr("Người bị phản ánh:"), self.reported_name)
        self.form.addRow(self.tr("Chức vụ:"), self.reported_position)
        self.form.addRow(self.tr("Nội dung phản ánh:"), self.content)
        self.form.addRow(self.tr("Tình trạng:"), self.state)
        self.form.addRow(self.tr("Chuyển đến:"), self.forwarded_to)
        self.form.addRow(self.tr("Ngày chuyển:"), self.forwarded_on)
        self.form.addRow(self.tr("Văn bản chuyển:"), self.letter)
        self.form.addRow(self.tr("Kết quả xử lý:"), self.result)
        self.form.addRow(self.tr("Ngày có kết quả:"), self.result_on)
        self.form.addRow(self.tr("Ghi chú:"), self.notes)
        if r is not None:
            self.channel.setCurrentIndex(max(0, self.channel.findData(r.channel.value)))
            self.state.setCurrentIndex(max(0, self.state.findData(r.state.value)))
            if r.letter_id is not None and self.letter.findData(r.letter_id) < 0:
                self.letter.addItem(r.letter_symbol or str(r.letter_id), r.letter_id)
            self.letter.setCurrentIndex(max(0, self.letter.findData(r.letter_id)))
        self.first_field = self.received_on
        for line in (self.reported_name, self.forwarded_to, self.received_on):
            line.textChanged.connect(self.revalidate)
        for date in (self.forwarded_on, self.result_on):
            date.textChanged.connect(self.revalidate)
        self.content.textChanged.connect(self.revalidate)
        self.result.textChanged.connect(self.revalidate)
        self.state.currentIndexChanged.connect(lambda _i: self._follow_state())
        self._follow_state()

    def current_state(self) -> ReportState:
        """The state chosen."""
        return ReportState(self.state.currentData())

    def _follow_state(self) -> None:
        """Open the fields of the state chosen."""
        state = self.current_state()
        forwarded = state in (ReportState.FORWARDED, ReportState.RESOLVED)
        for widget in (self.forwarded_to, self.forwarded_on, self.letter):
            widget.setEnabled(forwarded)
        self.result.setEnabled(state in (ReportState.RESOLVED, ReportState.FILED))
        self.result_on.setEnabled(state is ReportState.RESOLVED)
        self.revalidate()

    def problems(self) -> list[str]:
        """The day, the person reported on, the content, and what the state needs."""
        found = [
            field.problem()
            for field in (self.received_on, self.forwarded_on, self.result_on)
            if field.isEnabled() and not field.is_valid()
        ]
        if not self.reported_name.text().strip():
            found.append(self.tr("Chưa nhập người bị phản ánh."))
        if not self.content.toPlainText().strip():
            found.append(self.tr("Chưa nhập nội dung phản ánh."))
        needs = state_needs(self.current_state())
        missing = {
            "forwarded_to": (self.forwarded_to.text(), self.tr("Chưa nhập nơi chuyển đến.")),
            "forwarded_on": (self.forwarded_on.text(), self.tr("Chưa nhập ngày chuyển.")),
            "result": (self.result.toPlainText(), self.tr("Chưa nhập kết quả xử lý.")),
            "result_on": (self.result_on.text(), self.tr("Chưa nhập ngày có kết quả.")),
        }
        found.extend(
            text for key, (typed, text) in missing.items() if key in needs and not typed.strip()
        )
        if not self._context.actor.role.can_write:
            found.append(self.tr("Tài khoản chỉ xem không sửa được."))
        return found

    def draft(self) -> ReportDraft:
        """What was typed; no reporter from an account that may not see it."""
        return ReportDraft(
            received_on=self.received_on.date(),
            channel=ReportChannel(self.channel.currentData()),
            reported_name=self.reported_name.text(),
            content=self.content.toPlainText(),
            reporter_name=self.reporter_name.text() if self.shows_reporter else "",
            reporter_contact=self.reporter_contact.text() if self.shows_reporter else "",
            reported_position=self.reported_position.text(),
            state=self.current_state(),
            forwarded_to=self.forwarded_to.text(),
            forwarded_on=self.forwarded_on.date(),
            letter_id=self.letter.currentData(),
            result=self.result.toPlainText(),
            result_on=self.result_on.date(),
            notes=self.notes.toPlainText(),
        )

    def make_save(self) -> Callable[[TaskControl], Any]:
        """Add, or update at the version read."""
        draft = self.draft()
        factory, actor, record = self._context.factory, self._context.actor, self._record
        if record is None:
            return lambda _c: reports.create_report(factory, actor, draft)
        return lambda _c: reports.update_report(factory, actor, record.id, record.version, draft)
