"""The drafting body's reply to a criticism session, in its own dialog.

A step (the next one, a cancel, an undo, the end) is ``ui.common.step_dialog.StepDialog``.
"Ghi nhận trả lời…" asks the reply's day, its document (picked from Văn bản đến with
the register's search) and, for each point, Tiếp thu, Giải trình, Không tiếp thu or nothing
yet, with the explanation. Each saves through the service in the background and closes; a
refusal is said in the dialog, which keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from giamsat_desktop.domain.criticism import PointAnswer
from giamsat_desktop.domain.criticism_records import PointAnswerDraft, PointRecord
from giamsat_desktop.domain.registers import IncomingRecord
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.incoming_picker import IncomingPicker
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.step_dialog import SavingDialog
from giamsat_desktop.ui.criticism.criticism_texts import one_line


class ReplyDialog(SavingDialog):
    """Ghi nhận trả lời: the reply's day, its document, and each point's answer."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        what: str,
        points: Sequence[PointRecord],
        save: Callable[[Any, list[PointAnswerDraft], int | None], Any],
        parent: QWidget | None = None,
    ) -> None:
        """``save(day, answers, incoming_id)`` runs the service."""
        super().__init__(
            runner,
            self.tr("Ghi nhận trả lời của cơ quan soạn thảo"),
            self.tr("Ghi nhận"),
            self.tr("Dự thảo:"),
            what,
            parent,
        )
        self._context = context
        self._save = save
        self._points = list(points)
        self.document: IncomingRecord | None = None
        self.last_picker: IncomingPicker | None = None
        self.setMinimumWidth(900)
        self._first_day = clock.today()
        self.day = DateField(
            self._first_day, required=True, name=self.tr("Ngày trả lời"), parent=self
        )
        self.day.setObjectName("replyDay")
        self.document_label = QLabel(self.tr("(chưa chọn)"))
        self.document_label.setObjectName("replyDocument")
        self.document_label.setWordWrap(True)
        self.pick_button = QPushButton(self.tr("Chọn văn bản đến…"))
        self.pick_button.setObjectName("replyPick")
        self.unpick_button = QPushButton(self.tr("Bỏ chọn"))
        self.unpick_button.setEnabled(False)
        document = QHBoxLayout()
        document.addWidget(self.document_label, 1)
        document.addWidget(self.pick_button)
        document.addWidget(self.unpick_button)
        self.form.addRow(self.tr("Ngày trả lời:"), self.day)
        self.form.addRow(self.tr("Văn bản trả lời:"), document)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Nội dung được phản biện</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Trả lời</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Giải trình, ý kiến của cơ quan soạn thảo</b>")), 0, 2)
        self.answers: list[QComboBox] = []
        self.explanations: list[QLineEdit] = []
        for row, point in enumerate(self._points, start=1):
            content = QLabel(f"{row}. {one_line(point.content)}")
            content.setWordWrap(True)
            content.setToolTip(
                "\n".join(t for t in (point.content, point.opinion, point.proposal) if t)
            )
            choice = QComboBox()
            choice.setObjectName(f"pointAnswer{row}")
            choice.addItem(self.tr("(chưa trả lời)"), None)
            for answer in PointAnswer:
                choice.addItem(label(answer), answer.value)
            if point.answer is not None:
                choice.setCurrentIndex(choice.findData(point.answer.value))
            explanation = QLineEdit(point.explanation)
            explanation.setObjectName(f"pointExplanation{row}")
            grid.addWidget(content, row, 0)
            grid.addWidget(choice, row, 1)
            grid.addWidget(explanation, row, 2)
            self.answers.append(choice)
            self.explanations.append(explanation)
        grid.setRowStretch(len(self._points) + 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setMinimumHeight(min(80 + 44 * len(self._points), 360))
        self.body.insertWidget(1, scroll, 1)
        hint = QLabel(
            self.tr(
                "Nội dung để “(chưa trả lời)” giữ nguyên như trước; quá hạn trả lời mà vẫn "
                "chưa có trả lời thì ghi đỏ."
            )
        )
        hint.setWordWrap(True)
        self.body.insertWidget(2, hint)
        self.pick_button.clicked.connect(lambda: self.pick())
        self.unpick_button.clicked.connect(lambda: self._show_document(None))

    def pick(self) -> IncomingPicker:
        """Chọn văn bản đến…: the register's search; the one line picked is the reply."""
        picker = IncomingPicker(
            self._context,
            self._runner,
            self,
            title=self.tr("Chọn văn bản trả lời trong sổ văn bản đến"),
            hint=self.tr("Chọn dòng của văn bản trả lời; gõ số, ký hiệu hay vài chữ để tìm."),
            multiple=False,
        )
        picker.chosen.connect(lambda records: self._show_document(records[0]))
        self.last_picker = picker
        picker.open()
        return picker

    def _show_document(self, document: IncomingRecord | None) -> None:
        self.document = document
        self.unpick_button.setEnabled(document is not None)
        if document is None:
            self.document_label.setText(self.tr("(chưa chọn)"))
            return
        day = document.doc_date or document.arrival_date
        self.document_label.setText(
            self.tr("Số {symbol} ngày {day} của {issuer}: {subject}").format(
                symbol=document.symbol or "—",
                day=format_date(day),
                issuer=document.issuer,
                subject=one_line(document.subject),
            )
        )
        if self.day.date() == self._first_day:  # the day not typed: the document's
            self.day.set_date(day)
            self._first_day = day

    def write(self) -> Callable[[], Any] | None:
        """The reply as typed: the points given an answer, with their explanations."""
        day = self.day.date()
        if not self.day.is_valid() or day is None:
            self.problem.setText(self.day.problem())
            return None
        answers = [
            PointAnswerDraft(point.id, PointAnswer(choice.currentData()), explanation.text())
            for point, choice, explanation in zip(
                self._points, self.answers, self.explanations, strict=True
            )
            if choice.currentData() is not None
        ]
        if not answers and self.document is None:
            self.problem.setText(
                self.tr("Hãy chọn văn bản trả lời hoặc ghi trả lời của ít nhất một nội dung.")
            )
            return None
        incoming = self.document.id if self.document is not None else None
        return lambda: self._save(day, answers, incoming)
