"""The Thông tin tab of a criticism session: the draft, how and when it was criticised.

Under the days, a red warning while the draft reached the Front less than 15 days before it
is submitted (Luật MTTQ Điều 36), judged again as the clerk types either day.
"""

from __future__ import annotations

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

from giamsat_desktop.domain.criticism import CriticismForm, CriticismPurpose, CriticismStep
from giamsat_desktop.domain.criticism_records import CriticismDraft, CriticismRecord
from giamsat_desktop.services.criticism.sessions import OPINIONS_LIMIT
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.criticism.criticism_texts import LATE_STYLE, late_draft_note

FORM_CHANGES = frozenset({CriticismStep.PLANNED, CriticismStep.PLAN_ISSUED})
"""The steps at which the form may still change (the steps after differ by form)."""


def record_draft(record: CriticismRecord) -> CriticismDraft:
    """A stored session as its fields hold it."""
    return CriticismDraft(
        title=record.title,
        drafting_body=record.drafting_body,
        form=record.form,
        purpose=record.purpose,
        received_on=record.received_on,
        submit_on=record.submit_on,
        held_on=record.held_on,
        place=record.place,
        chair=record.chair,
        participants=record.participants,
        experts=record.experts,
        opinions=record.opinions,
        notes=record.notes,
    )


def _text_box(name: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class CriticismFields(QWidget):
    """The draft's title and drafting body, the form, the days, who took part, the notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _text_box("criticismTitle", 54)
        self.title.setPlaceholderText(self.tr("Dự thảo Nghị quyết về …"))
        self.title.setMaximumHeight(80)
        self.body = QLineEdit()
        self.body.setObjectName("criticismBody")
        self.purpose = QComboBox()
        self.purpose.setObjectName("criticismPurposeChoice")
        self.purpose.addItem(self.tr("Phản biện xã hội"), CriticismPurpose.CRITICISM.value)
        self.purpose.addItem(
            self.tr("Góp ý xây dựng Đảng, chính quyền (QĐ 218)"),
            CriticismPurpose.CONTRIBUTION.value,
        )
        self.form = QComboBox()
        self.form.setObjectName("criticismFormChoice")
        for form in CriticismForm:
            self.form.addItem(label(form), form.value)
        self.received = DateField(name=self.tr("Ngày nhận dự thảo"))
        self.received.setObjectName("criticismReceived")
        self.submit = DateField(name=self.tr("Ngày trình"))
        self.submit.setObjectName("criticismSubmit")
        self.submit.setToolTip(self.tr("Ngày dự thảo được trình cơ quan có thẩm quyền quyết định"))
        self.held = DateField(name=self.tr("Ngày tổ chức"))
        self.held.setObjectName("criticismHeld")
        self.held.setToolTip(
            self.tr("Ngày hội nghị, buổi đối thoại; gửi dự thảo lấy ý kiến: ngày hết hạn góp ý")
        )
        days = QHBoxLayout()
        for caption, field in (
            (self.tr("Nhận dự thảo:"), self.received),
            (self.tr("Trình:"), self.submit),
            (self.tr("Tổ chức:"), self.held),
        ):
            days.addWidget(QLabel(caption))
            days.addWidget(field)
        days.addStretch(1)
        self.late = QLabel()
        self.late.setObjectName("criticismLate")
        self.late.setStyleSheet(LATE_STYLE)
        self.late.setWordWrap(True)
        self.late.hide()
        self.place = QLineEdit()
        self.place.setObjectName("criticismPlace")
        self.chair = QLineEdit()
        self.chair.setObjectName("criticismChair")
        self.opinions = QSpinBox()
        self.opinions.setObjectName("criticismOpinions")
        self.opinions.setRange(0, OPINIONS_LIMIT)
        self.opinions.setSuffix(self.tr(" ý kiến"))
        self.participants = _text_box("criticismParticipants", 60)
        self.experts = _text_box("criticismExperts", 50)
        self.notes = _text_box("criticismNotes", 50)

        left = QFormLayout()
        rows: tuple[tuple[str, QWidget | QHBoxLayout], ...] = (
            (self.tr("Dự thảo:"), self.title),
            (self.tr("Cơ quan soạn thảo:"), self.body),
            (self.tr("Loại:"), self.purpose),
            (self.tr("Hình thức:"), self.form),
            (self.tr("Ngày:"), days),
        )
        for caption, widget in rows:
            left.addRow(caption, widget)
        left.addRow(self.late)
        more: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Địa điểm:"), self.place),
            (self.tr("Chủ trì (phía MTTQ):"), self.chair),
            (self.tr("Số ý kiến:"), self.opinions),
        )
        for caption, box in more:
            left.addRow(caption, box)
        right = QFormLayout()
        right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for caption, widget in (
            (self.tr("Thành phần tham dự (mỗi người, tổ chức một dòng):"), self.participants),
            (self.tr("Chuyên gia, nhà khoa học (mỗi người một dòng):"), self.experts),
            (self.tr("Ghi chú:"), self.notes),
        ):
            right.addRow(caption, widget)
        columns = QHBoxLayout(self)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        for field in (self.received, self.submit):
            field.textChanged.connect(lambda _t: self.judge_late())

    def judge_late(self) -> None:
        """Say, in red, whether the two days typed leave less than 15 days."""
        note = late_draft_note(self.received.date(), self.submit.date())
        self.late.setText(note)
        self.late.setVisible(bool(note))

    def fill(self, record: CriticismRecord) -> None:
        """Show a stored session."""
        self.fill_draft(record_draft(record))

    def fill_draft(self, draft: CriticismDraft) -> None:
        """Show ``draft`` in the fields."""
        self.title.setPlainText(draft.title)
        self.body.setText(draft.drafting_body)
        self.form.setCurrentIndex(max(0, self.form.findData(draft.form.value)))
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(draft.purpose.value)))
        self.received.set_date(draft.received_on)
        self.submit.set_date(draft.submit_on)
        self.held.set_date(draft.held_on)
        self.place.setText(draft.place)
        self.chair.setText(draft.chair)
        self.opinions.setValue(draft.opinions)
        self.participants.setPlainText(draft.participants)
        self.experts.setPlainText(draft.experts)
        self.notes.setPlainText(draft.notes)
        self.judge_late()

    def set_writable(self, writable: bool, step: CriticismStep | None, sent: bool = False) -> None:
        """Read-only for a viewer; the form fixed once past the plan, the purpose once sent."""
        for box in (self.body, self.place, self.chair, self.received, self.submit, self.held):
            box.setReadOnly(not writable)
        for text in (self.title, self.participants, self.experts, self.notes):
            text.setReadOnly(not writable)
        self.opinions.setReadOnly(not writable)
        self.form.setEnabled(writable and (step is None or step in FORM_CHANGES))
        self.purpose.setEnabled(writable and not sent)

    def problem(self) -> str:
        """What keeps the fields from being saved: no title, a day that is no date."""
        if not self.title.toPlainText().strip():
            return self.tr("Hãy ghi tên dự thảo được phản biện.")
        if not self.body.text().strip():
            return self.tr("Hãy ghi cơ quan soạn thảo.")
        for field in (self.received, self.submit, self.held):
            if not field.is_valid():
                return field.problem()
        contribution = self.purpose.currentData() == CriticismPurpose.CONTRIBUTION.value
        if contribution and self.form.currentData() == CriticismForm.DIALOGUE.value:
            return self.tr(
                "Góp ý xây dựng Đảng, chính quyền tổ chức bằng hội nghị hoặc gửi dự thảo lấy ý "
                "kiến; cuộc đối thoại trực tiếp của lãnh đạo với Nhân dân ghi ở trang Đối thoại "
                "trực tiếp."
            )
        return ""

    def draft(self) -> CriticismDraft:
        """The fields as typed."""
        return CriticismDraft(
            title=self.title.toPlainText().strip(),
            drafting_body=self.body.text().strip(),
            form=CriticismForm(self.form.currentData()),
            purpose=CriticismPurpose(self.purpose.currentData()),
            received_on=self.received.date(),
            submit_on=self.submit.date(),
            held_on=self.held.date(),
            place=self.place.text().strip(),
            chair=self.chair.text().strip(),
            participants=self.participants.toPlainText().strip(),
            experts=self.experts.toPlainText().strip(),
            opinions=self.opinions.value(),
            notes=self.notes.toPlainText().strip(),
        )
