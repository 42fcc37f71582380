"""One social criticism session: the draft, its points, its steps, the drafting body's reply.

A new session shows Thông tin and Nội dung phản biện and Lưu; once saved, Quá trình and the
step buttons too: "Chuyển sang: …" for the next step of its form, "Kết thúc", "Hủy…" (a
reason) and "Hoàn lại bước…" (a reason, saying which move it takes back). Once the letter is
sent (its day, its symbol and the answers' deadline said under the title) the points are
read only and "Ghi nhận trả lời…" records the drafting body's reply point by point; answers
still missing past the deadline are said in red. Moving on with something typed and not
saved saves it first. A viewer reads everything and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.criticism import CriticismForm, CriticismStep, next_steps, steps_of
from giamsat_desktop.domain.criticism_records import (
    CriticismRecord,
    PointAnswerDraft,
    PointDraft,
)
from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.common.history_walk import latest_move
from giamsat_desktop.services.criticism import answers, moves, sessions
from giamsat_desktop.services.criticism.history import CriticismHistoryStep, history
from giamsat_desktop.services.criticism.letters import CRITICISM_LETTER
from giamsat_desktop.services.criticism.moves import BY_REPLY
from giamsat_desktop.services.criticism.records import get_criticism
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.step_dialog import StepDialog
from giamsat_desktop.ui.criticism.criticism_fields import CriticismFields
from giamsat_desktop.ui.criticism.criticism_points import PointsTab
from giamsat_desktop.ui.criticism.criticism_steps import ReplyDialog
from giamsat_desktop.ui.criticism.criticism_texts import (
    LATE_STYLE,
    history_line,
    letter_button_text,
    one_line,
    overdue_note,
    step_words,
    undo_note,
)

S = CriticismStep
ANSWERABLE = frozenset({S.SENT, S.ANSWERED})
APART = frozenset({S.CANCELLED, S.CLOSED}) | BY_REPLY
"""Steps that have their own button (or none), not a "Chuyển sang: …"."""


@dataclass(frozen=True, slots=True)
class CriticismView:
    """What the dialog shows, read at once: the session (None while new), its history."""

    record: CriticismRecord | None
    steps: list[CriticismHistoryStep]
    today: dt.date


def read_view(context: ServiceContext, key: int | None) -> CriticismView:
    """The session ``key`` and its history, overdue judged on today."""
    if key is None:
        return CriticismView(None, [], clock.today())
    factory, actor = context.factory, context.actor
    return CriticismView(
        get_criticism(factory, actor, key), history(factory, actor, key), clock.today()
    )


class CriticismDialog(QDialog):
    """A criticism session's dialog; emits ``saved`` with the ``Changes`` of each write."""

    saved = Signal(object)
    letter_requested = Signal(object, str, int)
    """A form of the session to open in Văn bản soạn thảo: ``(LetterForm, kind, id)``."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        key: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self.key = key
        self.view: CriticismView | None = None
        self.last_step: QDialog | None = None
        self._writing = False
        self._refill = True
        self._then: Callable[[], object] | None = None
        self._shown: tuple[object, object] | None = None
        self.setWindowTitle(self.tr("Phản biện xã hội"))
        self.resize(1100, 680)

        self.heading = QLabel()
        self.heading.setObjectName("criticismHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.step_label = QLabel()
        self.step_label.setObjectName("criticismStepLabel")
        self.step_label.setWordWrap(True)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("criticismOverdue")
        self.overdue_label.setStyleSheet(LATE_STYLE)
        self.overdue_label.setWordWrap(True)
        self.overdue_label.hide()

        self.fields = CriticismFields()
        self.points = PointsTab()
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("criticismHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Ngày"), self.tr("Việc"), self.tr("Ghi chú, lý do"), self.tr("Người ghi")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.history.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("criticismTabs")
        self.tabs.addTab(self.fields, self.tr("Thông tin"))
        self.tabs.addTab(self.points, self.tr("Nội dung phản biện"))
        self.tabs.addTab(self.history, self.tr("Quá trình"))

        self.viewer_note = QLabel(
            self.tr("<b>Tài khoản chỉ xem:</b> xem được cuộc phản biện nhưng không ghi được.")
        )
        self.viewer_note.setTextFormat(Qt.TextFormat.RichText)
        self.viewer_note.setVisible(not context.actor.role.can_write)
        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setStyleSheet(LATE_STYLE)
        self.problem.setWordWrap(True)
        self.move_buttons: list[QPushButton] = []
        self.move_row = QHBoxLayout()
        self.reply_button = QPushButton(self.tr("Ghi nhận trả lời…"))
        self.reply_button.setObjectName("criticismReply")
        self.finish_button = QPushButton(self.tr("Kết thúc"))
        self.finish_button.setObjectName("criticismFinish")
        self.cancel_button = QPushButton(self.tr("Hủy…"))
        self.cancel_button.setObjectName("criticismCancel")
        self.cancel_button.setToolTip(self.tr("Hủy cuộc phản biện, có ghi lý do"))
        self.undo_button = QPushButton(self.tr("Hoàn lại bước…"))
        self.undo_button.setObjectName("criticismUndo")
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setObjectName("criticismSave")
        self.close_button = QPushButton(self.tr("Đóng"))
        self.form_buttons = {
            LetterForm.PLAN: QPushButton(self.tr("Kế hoạch phản biện…")),
            LetterForm.INVITATION: QPushButton(self.tr("Giấy mời…")),
            LetterForm.CONG_VAN: QPushButton(letter_button_text(None)),
            LetterForm.MINUTES: QPushButton(self.tr("Biên bản hội nghị…")),
        }
        letters_row = QHBoxLayout()
        letters_row.addWidget(QLabel(self.tr("Lập văn bản:")))
        for form, button in self.form_buttons.items():
            button.setObjectName(f"criticismLetter_{form.value}")
            button.clicked.connect(lambda _c=False, form=form: self._ask_letter(form))
            letters_row.addWidget(button)
        letters_row.addStretch(1)
        steps_row = QHBoxLayout()
        steps_row.addLayout(self.move_row)
        for button in (self.reply_button, self.finish_button, self.cancel_button):
            steps_row.addWidget(button)
        steps_row.addStretch(1)
        steps_row.addWidget(self.undo_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.step_label)
        layout.addWidget(self.overdue_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.viewer_note)
        layout.addLayout(letters_row)
        layout.addLayout(steps_row)
        layout.addLayout(bottom)

        self.save_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.reject)
        self.reply_button.clicked.connect(lambda: self.record_reply())
        self.finish_button.clicked.connect(lambda: self.step_to(S.CLOSED))
        self.cancel_button.clicked.connect(lambda: self.step_to(S.CANCELLED))
        self.undo_button.clicked.connect(lambda: self.undo())
        self._update_buttons()
        self.reload()

    # ----- reading ---------------------------------------------------------------------

    @property
    def record(self) -> CriticismRecord | None:
        """The session as last read (None while new)."""
        return self.view.record if self.view is not None else None

    @property
    def busy(self) -> bool:
        """Whether a write is being saved, or the session read again after it."""
        return self._writing

    def reload(self) -> None:
        """Read the session and its history again, in the background."""
        context, key = self._context, self.key
        self._runner.query(
            lambda _c: read_view(context, key), on_done=self._show, on_error=self._refused
        )

    def _refused(self, exc: BaseException) -> None:
        self._writing = False
        self._refill = False
        self._then = None
        self.problem.setText(error_text(exc))
        self._update_buttons()

    def _typed(self) -> tuple[object, object]:
        return self.fields.draft(), self.points.drafts()

    def fields_changed(self) -> bool:
        """Whether something typed (a field, a point) is not saved."""
        return self._context.actor.role.can_write and self._typed() != self._shown

    def _show(self, view: CriticismView) -> None:
        self.view = view
        self._writing = False
        record = view.record
        if record is None:
            if self._shown is None:
                self._shown = self._typed()
        elif self._refill or not self.fields_changed():
            self.fields.fill(record)
            self.points.show_points(record.points)
            self._shown = self._typed()
        self._refill = False
        self._show_status(record, view.today)
        self.history.setRowCount(len(view.steps))
        for row, line in enumerate(history_line(step) for step in view.steps):
            for column, text in enumerate(line):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.history.setItem(row, column, cell)
        self._update_buttons()
        then, self._then = self._then, None
        if then is not None:
            then()

    def _show_status(self, record: CriticismRecord | None, today: dt.date) -> None:
        if record is None:
            self.setWindowTitle(self.tr("Cuộc phản biện xã hội mới"))
            self.heading.setText(self.tr("Cuộc phản biện xã hội mới"))
            self.step_label.setText(self.tr("Chưa lưu"))
            self.overdue_label.hide()
            return
        self.setWindowTitle(self.tr("Phản biện xã hội — Mã số {id}").format(id=record.id))
        self.heading.setText(one_line(record.title))
        self.step_label.setText(step_words(record))
        note = overdue_note(record, today)
        self.overdue_label.setText(note)
        self.overdue_label.setVisible(bool(note))

    def history_lines(self) -> list[list[str]]:
        """The Quá trình table as shown."""
        return [
            [
                (self.history.item(r, c) or QTableWidgetItem()).text()
                for c in range(self.history.columnCount())
            ]
            for r in range(self.history.rowCount())
        ]

    # ----- buttons ---------------------------------------------------------------------

    def _update_buttons(self) -> None:
        for button in self.move_buttons:
            self.move_row.removeWidget(button)
            button.deleteLater()
        self.move_buttons = []
        record = self.record
        writable = (
            self._context.actor.role.can_write and self.view is not None and not self._writing
        )
        self.save_button.setEnabled(writable)
        self.fields.set_writable(
            writable, record.step if record else None, record is not None and bool(record.sent_on)
        )
        unsent = record is None or record.sent_on is None
        self.points.set_writable(
            writable and unsent,
            ""
            if unsent
            else self.tr(
                "Văn bản phản biện đã gửi: các nội dung không sửa được nữa; trả lời của cơ quan "
                "soạn thảo ghi bằng nút Ghi nhận trả lời…"
            ),
        )
        self.tabs.setTabEnabled(2, record is not None)
        self.form_buttons[LetterForm.CONG_VAN].setText(letter_button_text(record))
        for form, button in self.form_buttons.items():
            met = record is not None and record.form is not CriticismForm.DRAFT_ROUND
            button.setEnabled(writable and record is not None)
            meeting = form in (LetterForm.MINUTES, LetterForm.INVITATION)
            button.setVisible(not meeting or record is None or met)
        if record is None:
            for button in (
                self.reply_button,
                self.finish_button,
                self.cancel_button,
                self.undo_button,
            ):
                button.setEnabled(False)
            return
        allowed = next_steps(record.form, record.step)
        order = steps_of(record.form)
        for step in sorted(allowed - APART, key=order.index):
            button = QPushButton(self.tr("Chuyển sang: {step}").format(step=label(step)))
            button.setObjectName(f"moveTo_{step.value}")
            button.setEnabled(writable)
            button.clicked.connect(lambda _c=False, s=step: self.step_to(s))
            self.move_row.addWidget(button)
            self.move_buttons.append(button)
        self.reply_button.setEnabled(writable and record.step in ANSWERABLE)
        self.finish_button.setEnabled(writable and S.CLOSED in allowed)
        self.cancel_button.setEnabled(writable and S.CANCELLED in allowed)
        steps = self.view.steps if self.view is not None else []
        self.undo_button.setEnabled(writable and latest_move(reversed(steps)) is not None)

    def move_button(self, step: CriticismStep) -> QPushButton | None:
        """The button "Chuyển sang: <step>", if the session may go there."""
        return next(
            (b for b in self.move_buttons if b.objectName() == f"moveTo_{step.value}"), None
        )

    def _after(self, result: Any) -> None:
        changes = result[1] if isinstance(result, tuple) else result
        record = result[0] if isinstance(result, tuple) else None
        if isinstance(record, CriticismRecord) and self.key is None:
            self.key = record.id
        self._writing = True
        self.problem.clear()
        self.reload()
        self.saved.emit(changes if isinstance(changes, Changes) else Changes.of(Area.CRITICISM))

    def save(self, then: Callable[[], object] | None = None) -> None:
        """Lưu: write the new session, or its changes; ``then`` runs once it is read again."""
        problem = self.fields.problem()
        if problem:
            self.tabs.setCurrentIndex(0)
            self.problem.setText(problem)
            return
        record = self.record
        draft = self.fields.draft()
        points: list[PointDraft] = self.points.drafts()
        factory, actor = self._context.factory, self._context.actor
        if record is None:
            call: Callable[[], Any] = lambda: sessions.create_criticism(  # noqa: E731
                factory, actor, draft, points
            )
        else:
            key, version = record.id, record.version
            shown = self._shown[1] if self._shown is not None else None
            kept = points if record.sent_on is None and points != shown else None
            call = lambda: sessions.update_criticism(  # noqa: E731
                factory, actor, key, version, draft, kept
            )
        self._writing = True
        self._refill = True
        self._then = then
        self._update_buttons()
        self._runner.command(lambda _c: call(), on_done=self._after, on_error=self._refused)

    def _saved_first(self, step: Callable[[], object]) -> None:
        """Run ``step`` at once, or once what was typed is saved and read again."""
        if self.fields_changed():
            self.save(then=step)
        else:
            step()

    def _open(self, dialog: StepDialog | ReplyDialog) -> None:
        dialog.saved.connect(self._after)
        self.last_step = dialog
        dialog.open()

    def step_to(self, step: CriticismStep) -> None:
        """Chuyển sang, Kết thúc, Hủy…: the step on the day given (today unless changed)."""
        self._saved_first(lambda: self._step_dialog(step))

    def _step_dialog(self, step: CriticismStep) -> None:
        record = self.record
        if record is None:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version
        if step is S.CANCELLED:
            title, action = self.tr("Hủy cuộc phản biện"), self.tr("Hủy cuộc phản biện")
        elif step is S.CLOSED:
            title, action = self.tr("Kết thúc cuộc phản biện"), self.tr("Kết thúc")
        else:
            title = self.tr("Chuyển sang: {step}").format(step=label(step))
            action = self.tr("Chuyển")
        self._open(
            StepDialog(
                self._runner,
                title,
                action,
                self.tr("Dự thảo:"),
                record.title,
                lambda day, text: moves.move_criticism(
                    factory, actor, key, version, step, day, text
                ),
                self,
                reason_needed=step is S.CANCELLED,
            )
        )

    def undo(self) -> None:
        """Hoàn lại bước…: the last move taken back, with its reason kept in the history."""
        record = self.record
        if record is None or self.view is None:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version
        self._open(
            StepDialog(
                self._runner,
                self.tr("Hoàn lại bước vừa rồi"),
                self.tr("Hoàn lại"),
                self.tr("Dự thảo:"),
                record.title,
                lambda day, text: moves.undo_move(factory, actor, key, version, text, day),
                self,
                reason_needed=True,
                note=undo_note(self.view.steps),
            )
        )

    def record_reply(self) -> None:
        """Ghi nhận trả lời…: the reply's document and day, each point's answer."""
        self._saved_first(self._reply_dialog)

    def _reply_dialog(self) -> None:
        record = self.record
        if record is None:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version

        def save(day: dt.date, given: list[PointAnswerDraft], incoming: int | None) -> Any:
            return answers.record_reply(factory, actor, key, version, day, given, incoming)

        self._open(
            ReplyDialog(self._context, self._runner, record.title, record.points, save, self)
        )

    def on_changes(self, changes: Changes) -> None:
        """Read the session again after a save elsewhere (a letter issued moves it)."""
        if self._writing or self.key is None or not self.isVisible():
            return
        if changes.touches(Area.CRITICISM):
            self.reload()

    def _ask_letter(self, form: LetterForm) -> None:
        """The session's plan, criticism letter or minutes, in Văn bản soạn thảo."""
        if self.key is not None and self._context.actor.role.can_write:
            self.letter_requested.emit(form, CRITICISM_LETTER, self.key)
