"""The pieces of a recommendation's dialog: its replies, its history, the small dialogs.

"Ghi nhận trả lời…" asks the reply's date, its kind, the incoming document that carries it
(picked from Văn bản đến with the register's search) and notes. A step (closing, a step
undone) asks its day and its reason. Each saves through the service in the background and
closes; a refusal is said in the dialog, which keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.recommendations import ReplyDraft, ReplyKind, ReplyRecord
from giamsat_desktop.domain.registers import IncomingRecord
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.recommendations.history import RecommendationStep
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.incoming_picker import IncomingPicker
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.step_dialog import SavingDialog


def table(headings: list[str], stretch: int) -> QTableWidget:
    """A short read-only table of whole rows, the column ``stretch`` taking the room left."""
    found = QTableWidget(0, len(headings))
    found.setHorizontalHeaderLabels(headings)
    found.verticalHeader().setVisible(False)
    found.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    found.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    found.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    found.ensurePolished()
    header = found.horizontalHeader()
    header.ensurePolished()
    metrics = found.fontMetrics()
    for column in range(len(headings)):
        wanted = metrics.horizontalAdvance("00/00/0000") + 3 * metrics.averageCharWidth()
        heading = header.sectionSizeFromContents(column).width()
        header.resizeSection(column, max(wanted, heading + metrics.averageCharWidth()))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return found


def fill(found: QTableWidget, lines: list[list[str]]) -> None:
    """Put ``lines`` in the table, each cell's text also its tooltip."""
    found.setRowCount(len(lines))
    for row, line in enumerate(lines):
        for column, text in enumerate(line):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            found.setItem(row, column, cell)


def lines_of(found: QTableWidget) -> list[list[str]]:
    """The table as shown."""
    return [
        [(found.item(r, c) or QTableWidgetItem()).text() for c in range(found.columnCount())]
        for r in range(found.rowCount())
    ]


def reply_line(reply: ReplyRecord) -> list[str]:
    """A reply's line: date, kind, the incoming document, notes."""
    return [
        format_date(reply.replied_on),
        label(reply.kind),
        reply.incoming_symbol,
        " ".join(reply.notes.split()),
    ]


def step_line(step: RecommendationStep) -> list[str]:
    """A history line: day, what happened, the reason or what made it, who."""
    if step.kind == "create":
        what = QCoreApplication.translate("RecommendationDialog", "Ghi kiến nghị")
    elif step.kind == "undo" and step.to_state is not None:
        what = QCoreApplication.translate("RecommendationDialog", "Hoàn lại về “{state}”").format(
            state=label(step.to_state)
        )
    elif step.kind == "move" and step.to_state is not None:
        what = QCoreApplication.translate("RecommendationDialog", "Chuyển sang “{state}”").format(
            state=label(step.to_state)
        )
    elif step.kind == "reply":
        what = QCoreApplication.translate("RecommendationDialog", "Ghi nhận trả lời")
    elif step.kind == "chase":
        what = QCoreApplication.translate("RecommendationDialog", "Đôn đốc trả lời")
    else:
        what = step.kind
    return [format_date(step.on), what, " ".join(step.note.split()), step.user_name]


class RepliesTab(QWidget):
    """The replies' table, "Ghi nhận trả lời…" and "Bỏ trả lời"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table(
            [
                self.tr("Ngày trả lời"),
                self.tr("Nội dung trả lời"),
                self.tr("Văn bản"),
                self.tr("Ghi chú"),
            ],
            3,
        )
        self.table.setObjectName("recommendationReplies")
        self.reply_button = QPushButton(self.tr("Ghi nhận trả lời…"))
        self.reply_button.setObjectName("recordReply")
        self.remove_button = QPushButton(self.tr("Bỏ trả lời"))
        self.remove_button.setObjectName("removeReply")
        buttons = QHBoxLayout()
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.set_removable(None, writable=False)

    def set_removable(self, reply: ReplyRecord | None, *, writable: bool) -> None:
        """Enable "Bỏ trả lời" for the chosen ``reply`` only if it moved nothing; else say why not.

        A reply that answered or resolved the recommendation goes only with that move,
        taken back by "Hoàn lại bước…".
        """
        moved = reply is not None and reply.moved
        self.remove_button.setEnabled(writable and reply is not None and not moved)
        self.remove_button.setToolTip(
            self.tr(
                "Trả lời này đã chuyển kiến nghị sang “Đã trả lời” hoặc “Đã giải quyết”: "
                "muốn bỏ nó thì bấm Hoàn lại bước…"
            )
            if moved
            else self.tr("Bỏ một trả lời ghi nhầm mà không làm đổi trạng thái kiến nghị")
        )


class ReplyDialog(SavingDialog):
    """Ghi nhận trả lời: the reply's date, kind, document from Văn bản đến, notes."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        what: str,
        save: Callable[[ReplyDraft], Any],
        parent: QWidget | None = None,
    ) -> None:
        """``save(draft)`` runs the service."""
        super().__init__(
            runner,
            self.tr("Ghi nhận trả lời"),
            self.tr("Ghi nhận"),
            self.tr("Kiến nghị:"),
            what,
            parent,
        )
        self._context = context
        self._save = save
        self.document: IncomingRecord | None = None
        self.last_picker: IncomingPicker | None = None
        self._first_day = clock.today()
        self.day = DateField(
            self._first_day, required=True, name=self.tr("Ngày trả lời"), parent=self
        )
        self.day.setObjectName("replyDay")
        self.kind = QComboBox()
        self.kind.setObjectName("replyKind")
        for kind in ReplyKind:
            self.kind.addItem(label(kind), kind.value)
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
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("replyNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.form.addRow(self.tr("Ngày trả lời:"), self.day)
        self.form.addRow(self.tr("Nội dung trả lời:"), self.kind)
        self.form.addRow(self.tr("Văn bản trả lời:"), document)
        self.form.addRow(self.tr("Ghi chú:"), self.notes)
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
                subject=" ".join(document.subject.split()),
            )
        )
        if self.day.date() == self._first_day:  # the day not typed: the document's
            self.day.set_date(day)
            self._first_day = day
        self.adjustSize()  # the whole line of the document, however long, to be checked

    def write(self) -> Callable[[], Any] | None:
        """The reply as typed."""
        day = self.day.date()
        if not self.day.is_valid() or day is None:
            self.problem.setText(self.day.problem())
            return None
        draft = ReplyDraft(
            replied_on=day,
            kind=ReplyKind(self.kind.currentData()),
            incoming_id=self.document.id if self.document is not None else None,
            notes=self.notes.toPlainText().strip(),
        )
        return lambda: self._save(draft)
