"""Kiến nghị: what a session recommends, to which bodies, and the letters that send it.

The table lists the session's recommendations in the order their letter numbers them, with
their state, the day sent and the reply deadline (an overdue reply in red). "Thêm kiến
nghị…" writes one (its content and the body: the supervised body, its superior or any
other); "Sửa…" and "Xóa" only while it is unsent. "Lập văn bản kiến nghị…" opens the letter
sending the unsent ones to one body in Văn bản soạn thảo; when they go to several bodies,
the clerk picks the body first. Issuing that letter sends them (the reply deadline runs
from its day) and moves the session to "Đang theo dõi". Replies, chases and escalations are
followed on the Kiến nghị page: "Xem ở trang Kiến nghị" asks for it (``show_requested``),
listing this session's recommendations alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.domain.recommendations import (
    RecommendationDraft,
    RecommendationFilter,
    RecommendationRecord,
    RecommendationState,
)
from giamsat_desktop.domain.supervision_records import SessionRecord
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.recommendations import editing, letters
from giamsat_desktop.services.recommendations.records import recommendations_of_session
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.supervision.common import LATE_STYLE
from giamsat_desktop.ui.supervision.recommendation_edit import BodyChooser, RecommendationEditDialog

NUMBER, CONTENT, BODY, STATE, SENT, DUE = range(6)
LATE_COLOUR = QColor("#b00020")
AskLetter = Callable[[LetterForm, str, int], None]


class RecommendationsTab(QWidget):
    """The session's recommendations and their buttons.

    ``ask_letter(form, kind, key)`` asks Văn bản soạn thảo for a letter (the session's
    dialog saves what was typed first); ``saved(result)`` tells the dialog of a write.
    """

    show_requested = Signal(object, str)
    """Xem ở trang Kiến nghị: ``(RecommendationFilter, the session's subject)``, as
    ``Action.SHOW_RECOMMENDATIONS``."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        ask_letter: AskLetter,
        saved: Callable[[Any], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._ask_letter = ask_letter
        self._saved = saved
        self._session: SessionRecord | None = None
        self._writable = False
        self._reading = 0
        self.records: list[RecommendationRecord] = []
        self.last_dialog: QWidget | None = None
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("sessionRecommendations")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("STT"),
                self.tr("Nội dung kiến nghị"),
                self.tr("Cơ quan nhận"),
                self.tr("Trạng thái"),
                self.tr("Ngày gửi"),
                self.tr("Hạn trả lời"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.ensurePolished()  # the style sheet's font, not the default one
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, sample in (
            (NUMBER, "000"),
            (BODY, "Ủy ban nhân dân xã Tân Hưng"),
            (STATE, "Đã kiến nghị cấp trên"),
            (SENT, "00/00/0000"),
            (DUE, "00/00/0000"),
        ):
            wanted = metrics.horizontalAdvance(sample) + 3 * metrics.averageCharWidth()
            header.resizeSection(
                column, max(wanted, header.sectionSizeFromContents(column).width())
            )
        header.setSectionResizeMode(CONTENT, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(self.tr("Thêm kiến nghị…"))
        self.add_button.setObjectName("addRecommendation")
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.edit_button.setObjectName("editRecommendation")
        self.remove_button = QPushButton(self.tr("Xóa"))
        self.remove_button.setObjectName("removeRecommendation")
        self.letter_button = QPushButton(self.tr("Lập văn bản kiến nghị…"))
        self.letter_button.setObjectName("recommendationLetter")
        self.letter_button.setToolTip(
            self.tr("Mở dự thảo đang soạn, hoặc soạn mới văn bản gửi các kiến nghị chưa gửi")
        )
        self.show_button = QPushButton(self.tr("Xem ở trang Kiến nghị"))
        self.show_button.setObjectName("showRecommendations")
        self.show_button.setToolTip(
            self.tr(
                "Mở trang Kiến nghị với các kiến nghị của cuộc giám sát này: ghi nhận trả lời, "
                "đôn đốc, kiến nghị cấp trên"
            )
        )
        self.problem = QLabel()
        self.problem.setStyleSheet(LATE_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        note = QLabel(
            self.tr(
                "Phát hành văn bản kiến nghị thì các kiến nghị gửi đi (mỗi cơ quan một văn "
                "bản), hạn trả lời tính từ ngày phát hành và cuộc giám sát chuyển sang “Đang "
                "theo dõi”. Trả lời, đôn đốc, kiến nghị cấp trên: ở trang Kiến nghị."
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.letter_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected()))
        self.table.doubleClicked.connect(lambda _i: self.edit(self.selected()))
        self.remove_button.clicked.connect(lambda: self.remove())
        self.letter_button.clicked.connect(lambda: self.compose())
        self.show_button.clicked.connect(lambda: self.show_on_page())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # ----- reading ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether the list is being read."""
        return self._reading > 0

    def set_session(self, record: SessionRecord | None, writable: bool) -> None:
        """The session as its dialog last read it: a new read reads the list again."""
        self._writable = writable
        if record is not None and record is not self._session:
            self._session = record
            self.reload()
        self._update_buttons()

    def reload(self) -> None:
        """Read the session's recommendations, in the background."""
        session = self._session
        if session is None:
            return
        factory, actor, key = self._context.factory, self._context.actor, session.id
        self._reading += 1

        def shown(records: list[RecommendationRecord]) -> None:
            self._reading -= 1
            self._show(records)

        def refused(exc: BaseException) -> None:
            self._reading -= 1
            self._say(error_text(exc))

        self._runner.query(
            lambda _c: recommendations_of_session(factory, actor, key),
            on_done=shown,
            on_error=refused,
        )

    def _show(self, records: list[RecommendationRecord]) -> None:
        chosen = self.selected()
        today = clock.today()
        self.records = records
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            late = record.is_overdue(today)
            state = label(record.state)
            if late and record.state is RecommendationState.SENT:
                state = self.tr("Quá hạn trả lời")
            texts = (
                str(row + 1),
                " ".join(record.content.split()),
                record.addressed_body,
                state,
                format_date(record.sent_on) if record.sent_on else "",
                format_date(record.reply_due) if record.reply_due else "",
            )
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(record.content if column == CONTENT else text)
                if late and column in (STATE, DUE):
                    cell.setForeground(LATE_COLOUR)
                self.table.setItem(row, column, cell)
            if chosen is not None and record.id == chosen.id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> RecommendationRecord | None:
        """The recommendation on the chosen line."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.records):
            return None
        return self.records[rows[0].row()]

    def lines(self) -> list[list[str]]:
        """The table as shown (for tests)."""
        return [
            [(self.table.item(r, c) or QTableWidgetItem()).text() for c in range(6)]
            for r in range(self.table.rowCount())
        ]

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _update_buttons(self) -> None:
        writable = self._writable and self._session is not None
        chosen = self.selected()
        unsent = chosen is not None and chosen.state is RecommendationState.DRAFTED
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and unsent)
        self.remove_button.setEnabled(writable and unsent)
        waiting = any(r.state is RecommendationState.DRAFTED for r in self.records)
        self.letter_button.setEnabled(writable and waiting)
        self.show_button.setEnabled(self._session is not None and bool(self.records))

    def show_on_page(self) -> None:
        """Xem ở trang Kiến nghị: this session's recommendations alone, on the Kiến nghị page."""
        session = self._session
        if session is not None and self.records:
            self.show_requested.emit(
                RecommendationFilter(session_id=session.id), session.subject
            )

    # ----- writing ---------------------------------------------------------------------

    def _wrote(self, result: Any) -> None:
        self._say("")
        self._saved(result)

    def edit(self, chosen: RecommendationRecord | None) -> None:
        """Thêm kiến nghị… (``chosen`` None) or Sửa…: an unsent one's content and body."""
        session = self._session
        if session is None or not self._writable:
            return
        if chosen is not None and chosen.state is not RecommendationState.DRAFTED:
            return
        factory, actor = self._context.factory, self._context.actor
        if chosen is None:

            def save(content: str, body: str) -> Any:
                draft = RecommendationDraft(content, body, session_id=session.id)
                return editing.add_recommendation(factory, actor, draft)

        else:
            key, version = chosen.id, chosen.version

            def save(content: str, body: str) -> Any:
                draft = RecommendationDraft(
                    content,
                    body,
                    session.id,
                    chosen.reply_days,
                    chosen.commitment,
                    chosen.commitment_due,
                )
                return editing.update_recommendation(factory, actor, key, version, draft)

        bodies = [session.supervised_body, session.superior_body]
        dialog = RecommendationEditDialog(self._runner, bodies, save, chosen, self)
        dialog.saved.connect(self._wrote)
        self.last_dialog = dialog
        dialog.open()

    def remove(self) -> None:
        """Xóa: an unsent recommendation written by mistake, after asking."""
        chosen = self.selected()
        if chosen is None or chosen.state is not RecommendationState.DRAFTED:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Xóa kiến nghị"),
            self.tr("Xóa kiến nghị “{content}”? Kiến nghị chưa gửi đi.").format(
                content=" ".join(chosen.content.split())
            ),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = chosen.id, chosen.version
        self._runner.command(
            lambda _c: editing.remove_recommendation(factory, actor, key, version),
            on_done=self._wrote,
            on_error=lambda exc: self._say(error_text(exc)),
        )

    def compose(self) -> None:
        """Lập văn bản kiến nghị…: the letter to the one body, or to the body chosen."""
        session = self._session
        if session is None or not self._writable:
            return
        unsent: dict[str, int] = {}
        for record in self.records:
            if record.state is RecommendationState.DRAFTED:
                unsent[record.code] = unsent.get(record.code, 0) + 1
        factory, key = self._context.factory, session.id

        def found(bodies: list[tuple[str, str]]) -> None:
            waiting = [(code, name, unsent[code]) for code, name in bodies if code in unsent]
            if len(waiting) == 1:
                self._open_letter(waiting[0][0])
            elif waiting:
                chooser = BodyChooser(waiting, self)
                chooser.chosen.connect(self._open_letter)
                self.last_dialog = chooser
                chooser.open()

        self._runner.query(
            lambda _c: letters.bodies(factory, key),
            on_done=found,
            on_error=lambda exc: self._say(error_text(exc)),
        )

    def _open_letter(self, code: str) -> None:
        session = self._session
        if session is None:
            return
        factory, key = self._context.factory, session.id
        self._runner.query(
            lambda _c: letters.letter_key(factory, key, code),
            on_done=lambda first: self._ask_letter(
                LetterForm.CONG_VAN, letters.RECOMMENDATION_LETTER, first
            ),
            on_error=lambda exc: self._say(error_text(exc)),
        )
