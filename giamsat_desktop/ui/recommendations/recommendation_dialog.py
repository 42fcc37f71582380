"""One recommendation: what it asks and of whom, its replies, its moves, its letters.

The content, the addressed body and the reply period can change while it is unsent (its
letter fixes them); the body's commitment and its due day at any time. "Ghi nhận trả lời…"
records a written reply from Văn bản đến, "Bỏ trả lời" removes one recorded by mistake that
moved nothing. "Đã giải quyết", "Đóng kiến nghị…" (a reason) and "Hoàn lại bước…" (a
reason) are the clerk's moves. Once the reply is overdue, "Lập văn bản đôn đốc…" and "Lập
văn bản kiến nghị cấp trên…" open those letters in Văn bản soạn thảo
(``letter_requested``); issuing the escalation there escalates it. A viewer reads only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.errors import ConflictError, ErrorCode
from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.domain.recommendations import (
    RecommendationDraft,
    RecommendationRecord,
    RecommendationState,
    ReplyDraft,
    ReplyRecord,
    can_move,
)
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.recommendations import editing, letters, moves, replies
from giamsat_desktop.services.recommendations.history import RecommendationStep, history
from giamsat_desktop.services.recommendations.records import get_recommendation
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.step_dialog import StepDialog
from giamsat_desktop.ui.recommendations.recommendation_fields import RecommendationFields
from giamsat_desktop.ui.recommendations.recommendation_parts import (
    RepliesTab,
    ReplyDialog,
    fill,
    lines_of,
    reply_line,
    step_line,
    table,
)
from giamsat_desktop.ui.recommendations.recommendation_texts import (
    LATE_STYLE,
    overdue_note,
    state_text,
    undo_note,
)

__all__ = ["RecommendationDialog", "RecommendationView", "read_view"]

R = RecommendationState


@dataclass(frozen=True, slots=True)
class RecommendationView:
    """What the dialog shows, read at once: the record, its history, the day read."""

    record: RecommendationRecord
    steps: list[RecommendationStep]
    today: dt.date


def read_view(context: ServiceContext, key: int) -> RecommendationView:
    """The recommendation ``key`` and its history, overdue judged on today."""
    factory, actor = context.factory, context.actor
    return RecommendationView(
        get_recommendation(factory, actor, key), history(factory, actor, key), clock.today()
    )


class RecommendationDialog(QDialog):
    """A recommendation's dialog; emits ``saved`` with the ``Changes`` of each write."""

    saved = Signal(object)
    letter_requested = Signal(object, str, int)
    """A letter to open: ``(LetterForm, source kind, id)``, as ``Action.COMPOSE_LETTER``."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        key: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self.key = key
        self.view: RecommendationView | None = None
        self.last_step: QDialog | None = None
        self._writing = False
        self._refill = True
        self._steps: list[RecommendationStep] = []
        self._shown_fields: object = None
        self.setWindowTitle(self.tr("Kiến nghị — Mã số {id}").format(id=key))
        self.resize(1000, 680)

        self.heading = QLabel()
        self.heading.setObjectName("recommendationHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.state_label = QLabel()
        self.state_label.setObjectName("recommendationStateLabel")
        self.state_label.setWordWrap(True)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("recommendationOverdue")
        self.overdue_label.setStyleSheet(LATE_STYLE)
        self.overdue_label.setWordWrap(True)

        self.fields = RecommendationFields()

        self.replies_tab = RepliesTab()
        self.replies = self.replies_tab.table
        self.reply_button = self.replies_tab.reply_button
        self.remove_reply_button = self.replies_tab.remove_button
        self.history = table(
            [self.tr("Ngày"), self.tr("Việc"), self.tr("Lý do, văn bản"), self.tr("Người ghi")], 2
        )
        self.history.setObjectName("recommendationHistory")
        wide = self.history.fontMetrics().horizontalAdvance("Chuyển sang “Đã kiến nghị cấp trên”")
        self.history.horizontalHeader().resizeSection(1, wide + 24)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.replies_tab, self.tr("Trả lời"))
        self.tabs.addTab(self.history, self.tr("Quá trình"))

        self.viewer_note = QLabel(
            self.tr("<b>Tài khoản chỉ xem:</b> xem được kiến nghị nhưng không ghi được.")
        )
        self.viewer_note.setTextFormat(Qt.TextFormat.RichText)
        self.viewer_note.setVisible(not context.actor.role.can_write)
        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setStyleSheet(LATE_STYLE)
        self.problem.setWordWrap(True)
        self.resolve_button = QPushButton(self.tr("Đã giải quyết"))
        self.resolve_button.setObjectName("resolveRecommendation")
        self.close_rec_button = QPushButton(self.tr("Đóng kiến nghị…"))
        self.close_rec_button.setObjectName("closeRecommendation")
        self.undo_button = QPushButton(self.tr("Hoàn lại bước…"))
        self.undo_button.setObjectName("undoRecommendation")
        self.chase_button = QPushButton(self.tr("Lập văn bản đôn đốc…"))
        self.chase_button.setObjectName("chaseLetter")
        self.escalate_button = QPushButton(self.tr("Lập văn bản kiến nghị cấp trên…"))
        self.escalate_button.setObjectName("escalationLetter")
        for button in (self.chase_button, self.escalate_button):
            button.setToolTip(self.tr("Khi đã quá hạn trả lời mà chưa có văn bản trả lời"))
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setObjectName("recommendationSave")
        self.close_button = QPushButton(self.tr("Đóng"))
        moves_row = QHBoxLayout()
        for button in (self.resolve_button, self.close_rec_button, self.undo_button):
            moves_row.addWidget(button)
        moves_row.addStretch(1)
        moves_row.addWidget(self.chase_button)
        moves_row.addWidget(self.escalate_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.state_label)
        layout.addWidget(self.overdue_label)
        layout.addWidget(self.fields)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.viewer_note)
        layout.addLayout(moves_row)
        layout.addLayout(bottom)

        self.save_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.reject)
        self.reply_button.clicked.connect(lambda: self.record_reply())
        self.remove_reply_button.clicked.connect(lambda: self.remove_reply())
        self.replies.itemSelectionChanged.connect(self._update_buttons)
        self.resolve_button.clicked.connect(lambda: self.resolve())
        self.close_rec_button.clicked.connect(lambda: self.close_recommendation())
        self.undo_button.clicked.connect(lambda: self.undo())
        self.chase_button.clicked.connect(lambda: self._ask_letter(letters.CHASE_LETTER))
        self.escalate_button.clicked.connect(lambda: self._ask_letter(letters.ESCALATION_LETTER))
        self._update_buttons()
        self.reload()

    # ----- reading ---------------------------------------------------------------------

    @property
    def record(self) -> RecommendationRecord | None:
        """The recommendation as last read."""
        return self.view.record if self.view is not None else None

    @property
    def busy(self) -> bool:
        """Whether a write is being saved, or the recommendation read again after it."""
        return self._writing

    def reload(self) -> None:
        """Read the recommendation and its history again, in the background."""
        context, key = self._context, self.key

        def refused(exc: BaseException) -> None:
            self._writing = False
            self.problem.setText(error_text(exc))
            self._update_buttons()

        self._runner.query(lambda _c: read_view(context, key), on_done=self._show, on_error=refused)

    def fields_changed(self) -> bool:
        """Whether something typed is not saved."""
        return self._context.actor.role.can_write and self.fields.values() != self._shown_fields

    def _show(self, view: RecommendationView) -> None:
        first = self.view is None
        self.view = view
        self._writing = False
        record = view.record
        if self._refill or not self.fields_changed():
            self.fields.fill(record)
            self._shown_fields = self.fields.values()
        self._refill = False
        subject = " ".join(record.session_subject.split())
        heading = self.tr("Cuộc giám sát: {subject}").format(subject=subject)
        self.heading.setText(heading if subject else "")
        self.state_label.setText(self._state_words(record, view.today))
        self.overdue_label.setText(overdue_note(record, view.today))
        self.overdue_label.setVisible(record.is_overdue(view.today))
        fill(self.replies, [reply_line(reply) for reply in self._replies()])
        fill(self.history, [step_line(step) for step in view.steps])
        self._steps = view.steps
        self._update_buttons()
        if first:  # the content while it may be written, else the replies
            unsent = record.state is R.DRAFTED and self._context.actor.role.can_write
            (self.fields.content if unsent else self.replies).setFocus()

    def _state_words(self, record: RecommendationRecord, today: dt.date) -> str:
        words = [self.tr("Trạng thái: {state}").format(state=state_text(record, today))]
        if record.sent_on is not None:
            sent = self.tr("gửi ngày {day}").format(day=format_date(record.sent_on))
            if record.sent_symbol:
                sent = self.tr("gửi bằng văn bản số {symbol} ngày {day}").format(
                    symbol=record.sent_symbol, day=format_date(record.sent_on)
                )
            words.append(sent)
        if record.reply_due is not None:
            words.append(self.tr("hạn trả lời {day}").format(day=format_date(record.reply_due)))
        if record.escalated_on is not None:
            words.append(
                self.tr("kiến nghị cấp trên ngày {day}").format(
                    day=format_date(record.escalated_on)
                )
            )
        if record.close_reason:
            words.append(self.tr("lý do đóng: {reason}").format(reason=record.close_reason))
        return " — ".join(words)

    def _replies(self) -> list[ReplyRecord]:
        record = self.record
        return list(record.replies) if record is not None else []

    def selected_reply(self) -> ReplyRecord | None:
        """The reply on the chosen line."""
        rows = self.replies.selectionModel().selectedRows()
        found = self._replies()
        if not rows or rows[0].row() >= len(found):
            return None
        return found[rows[0].row()]

    def lines(self, which: str) -> list[list[str]]:
        """The replies' (``"replies"``) or the history's (``"history"``) table as shown."""
        return lines_of(self.replies if which == "replies" else self.history)

    # ----- buttons ---------------------------------------------------------------------

    def _update_buttons(self) -> None:
        record = self.record
        today = self.view.today if self.view is not None else clock.today()
        writable = self._context.actor.role.can_write and record is not None and not self._writing
        drafted = record is not None and record.state is R.DRAFTED
        self.fields.set_writable(writable, drafted)
        self.save_button.setEnabled(writable)
        state = record.state if record is not None else R.DRAFTED
        self.reply_button.setEnabled(writable and not drafted)
        self.replies_tab.set_removable(self.selected_reply(), writable=writable)
        self.resolve_button.setEnabled(writable and can_move(state, R.RESOLVED))
        self.close_rec_button.setEnabled(writable and can_move(state, R.CLOSED))
        moved = self.view is not None and any(s.kind == "move" for s in self.view.steps)
        self.undo_button.setEnabled(writable and moved and not drafted)
        overdue = record is not None and record.is_overdue(today)
        for button in (self.chase_button, self.escalate_button):
            button.setVisible(state.awaits_reply)
        self.chase_button.setEnabled(writable and overdue)
        self.escalate_button.setEnabled(writable and overdue and state is R.SENT)

    def _run(self, call: Any, *, refill: bool = False) -> None:
        self._writing = True
        self._update_buttons()

        def refused(exc: BaseException) -> None:
            self._writing = False
            self.problem.setText(error_text(exc))
            self._update_buttons()

        def done(result: Any) -> None:
            self._after(result, refill=refill)

        self._runner.command(lambda _c: call(), on_done=done, on_error=refused)

    def _after(self, result: Any, *, refill: bool = False) -> None:
        changes = result[1] if isinstance(result, tuple) else result
        self._writing = True
        self._refill = refill
        self.problem.clear()
        self.reload()
        self.saved.emit(_touched(changes))

    def save(self) -> None:
        """Lưu: everything while unsent; only the commitment once sent."""
        record = self.record
        if record is None:
            return
        if not self.fields.commitment_due.is_valid():
            self.problem.setText(self.fields.commitment_due.problem())
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version
        content, body, days, commitment, _due = self.fields.values()
        due = self.fields.due()
        if record.state is R.DRAFTED:
            draft = RecommendationDraft(content, body, record.session_id, days, commitment, due)
            self._run(
                lambda: editing.update_recommendation(factory, actor, key, version, draft),
                refill=True,
            )
        else:
            self._run(
                lambda: editing.set_commitment(factory, actor, key, version, commitment, due),
                refill=True,
            )

    def _step(self, dialog: StepDialog | ReplyDialog) -> None:
        dialog.saved.connect(self._after)
        self.last_step = dialog
        dialog.open()

    def record_reply(self) -> None:
        """Ghi nhận trả lời…: a written reply, its document picked from Văn bản đến."""
        record = self.record
        if record is None:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version

        def save(draft: ReplyDraft) -> Any:
            return replies.add_reply(factory, actor, key, version, draft)

        self._step(ReplyDialog(self._context, self._runner, record.content, save, self))

    def remove_reply(self) -> None:
        """Bỏ trả lời: a reply recorded by mistake that moved nothing, after asking."""
        record, reply = self.record, self.selected_reply()
        if record is None or reply is None:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Bỏ trả lời"),
            self.tr("Bỏ trả lời “{kind}” ngày {day}?").format(
                kind=label(reply.kind), day=format_date(reply.replied_on)
            ),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version, state = record.id, record.version, record.state

        def refused(exc: BaseException) -> None:
            self._writing = False
            text = error_text(exc)
            if isinstance(exc, ConflictError) and (
                exc.code is ErrorCode.RECOMMENDATION_MOVE_FORBIDDEN
            ):
                text = self.tr(
                    "Trả lời này đã chuyển kiến nghị sang “{state}”: muốn bỏ nó thì bấm "
                    "Hoàn lại bước…"
                ).format(state=label(state))
            self.problem.setText(text)
            self._update_buttons()

        self._writing = True
        self._update_buttons()
        self._runner.command(
            lambda _c: replies.remove_reply(factory, actor, key, version, reply.id),
            on_done=self._after,
            on_error=refused,
        )

    def resolve(self) -> None:
        """Đã giải quyết: the recommendation resolved today, after asking."""
        record = self.record
        if record is None:
            return
        today = clock.today()
        asked = QMessageBox.question(
            self,
            self.tr("Đã giải quyết"),
            self.tr("Ghi nhận kiến nghị đã được giải quyết, ngày {day}?").format(
                day=format_date(today)
            ),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version
        self._run(
            lambda: moves.move_recommendation(factory, actor, key, version, R.RESOLVED, today)
        )

    def close_recommendation(self) -> None:
        """Đóng kiến nghị…: no longer followed, with its reason."""
        record = self.record
        if record is None:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version
        self._step(
            StepDialog(
                self._runner,
                self.tr("Đóng kiến nghị"),
                self.tr("Đóng kiến nghị"),
                self.tr("Kiến nghị:"),
                record.content,
                lambda day, text: moves.move_recommendation(
                    factory, actor, key, version, R.CLOSED, day, text
                ),
                self,
            )
        )

    def undo(self) -> None:
        """Hoàn lại bước…: the last move taken back, with its reason kept in the history."""
        record = self.record
        if record is None:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version
        self._step(
            StepDialog(
                self._runner,
                self.tr("Hoàn lại bước vừa rồi"),
                self.tr("Hoàn lại"),
                self.tr("Kiến nghị:"),
                record.content,
                lambda day, text: moves.undo_move(factory, actor, key, version, text, day),
                self,
                note=undo_note(record, self._steps),
            )
        )

    def _ask_letter(self, kind: str) -> None:
        """The chase or escalation letter of this recommendation, in Văn bản soạn thảo."""
        record = self.record
        if record is not None and self._context.actor.role.can_write:
            self.letter_requested.emit(LetterForm.CONG_VAN, kind, record.id)

    def on_changes(self, changes: Changes) -> None:
        """Read the recommendation again after a save elsewhere (its letter issued)."""
        if self._writing or not self.isVisible():
            return
        if changes.touches(Area.RECOMMENDATIONS) or changes.touches(Area.LETTERS):
            self.reload()


def _touched(changes: Changes) -> Changes:
    """A recommendation's write, as the pages hear it: its session's list too."""
    if not changes.areas:
        return changes
    return Changes(changes.areas | {Area.RECOMMENDATIONS, Area.SUPERVISION})
