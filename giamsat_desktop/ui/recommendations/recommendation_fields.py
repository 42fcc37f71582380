"""The fields of a recommendation: what it asks, of whom, in how many days, what was promised.

The content, the addressed body and the reply period are written while it is unsent (its
letter fixes them); the commitment and its due day may be noted at any time.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from giamsat_desktop.domain.recommendations import RecommendationRecord
from giamsat_desktop.services.recommendations.settings import DAYS_RANGE
from giamsat_desktop.ui.common.date_field import DateField

Values = tuple[str, str, int, str, str]
"""Content, body, reply days, commitment, the due day as typed."""


class RecommendationFields(QWidget):
    """The form's fields; the dialog fills, reads and locks them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = QPlainTextEdit()
        self.content.setObjectName("recommendationContent")
        self.content.setTabChangesFocus(True)
        self.content.setMaximumHeight(90)
        self.body = QLineEdit()
        self.body.setObjectName("recommendationBodyField")
        self.reply_days = QSpinBox()
        self.reply_days.setObjectName("recommendationReplyDays")
        self.reply_days.setRange(*DAYS_RANGE)
        self.reply_days.setSuffix(self.tr(" ngày"))
        self.reply_days.setMaximumWidth(self.reply_days.fontMetrics().horizontalAdvance("M" * 9))
        self.reply_days.setToolTip(
            self.tr("Số ngày cơ quan nhận phải trả lời bằng văn bản, kể từ ngày gửi")
        )
        self.commitment = QPlainTextEdit()
        self.commitment.setObjectName("recommendationCommitment")
        self.commitment.setTabChangesFocus(True)
        self.commitment.setMaximumHeight(60)
        self.commitment_due = DateField(name=self.tr("Hạn khắc phục"), parent=self)
        self.commitment_due.setObjectName("recommendationCommitmentDue")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Nội dung kiến nghị:"), self.content)
        form.addRow(self.tr("Cơ quan nhận:"), self.body)
        form.addRow(self.tr("Thời hạn trả lời:"), self.reply_days)
        form.addRow(self.tr("Cam kết khắc phục:"), self.commitment)
        form.addRow(self.tr("Hạn khắc phục:"), self.commitment_due)

    def fill(self, record: RecommendationRecord) -> None:
        """Show the recommendation as stored."""
        self.content.setPlainText(record.content)
        self.body.setText(record.addressed_body)
        self.reply_days.setValue(record.reply_days)
        self.commitment.setPlainText(record.commitment)
        self.commitment_due.set_date(record.commitment_due)

    def values(self) -> Values:
        """What the fields hold."""
        return (
            self.content.toPlainText(),
            self.body.text(),
            self.reply_days.value(),
            self.commitment.toPlainText(),
            self.commitment_due.text(),
        )

    def due(self) -> dt.date | None:
        """The commitment's due day typed, if any."""
        return self.commitment_due.date()

    def set_writable(self, writable: bool, unsent: bool) -> None:
        """All fields while unsent, only the commitment once sent; none for a viewer."""
        for field in (self.content, self.body):
            field.setReadOnly(not (writable and unsent))
        self.reply_days.setEnabled(writable and unsent)
        self.commitment.setReadOnly(not writable)
        self.commitment_due.setReadOnly(not writable)
