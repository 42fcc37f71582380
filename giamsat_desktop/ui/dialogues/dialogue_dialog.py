"""One direct dialogue: who answered, on what, who came, and the issues raised.

Thông tin holds the day, the leader (name and position) and whether of the Party committee
or the government, the topic, the place, the Front's chair, the participants, how many
people came and the notes; Vấn đề the issues with their answers and commitments, each
followed to its day ("Đã thực hiện…"). Lưu writes the dialogue and its issues together;
"Lập biên bản…" opens its minutes in Văn bản soạn thảo once it is saved. A commitment
overdue today is said in red under the heading. A viewer reads everything and changes
nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.dialogue_records import DialogueDraft, DialogueRecord
from giamsat_desktop.domain.dialogues import LeaderBody
from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.dialogues import editing
from giamsat_desktop.services.dialogues.letters import DIALOGUE_LETTER
from giamsat_desktop.services.dialogues.records import get_dialogue
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.date_field import DateField
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.dialogues.dialogue_issues import IssuesTab
from giamsat_desktop.ui.dialogues.dialogue_texts import LATE_STYLE, one_line, overdue_note


def _text_box(name: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class DialogueFields(QWidget):
    """The Thông tin tab: the day, the leader, the topic, where, who chaired, who came."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.held = DateField(name=self.tr("Ngày đối thoại"))
        self.held.setObjectName("dialogueHeld")
        self.leader = QLineEdit()
        self.leader.setObjectName("dialogueLeader")
        self.leader.setPlaceholderText(self.tr("Đồng chí Nguyễn Văn A, Bí thư Đảng ủy xã"))
        self.body = QComboBox()
        self.body.setObjectName("dialogueBody")
        for body in LeaderBody:
            self.body.addItem(label(body), body.value)
        self.topic = _text_box("dialogueTopic", 44)
        self.topic.setMaximumHeight(70)
        self.place = QLineEdit()
        self.place.setObjectName("dialoguePlace")
        self.chair = QLineEdit()
        self.chair.setObjectName("dialogueChair")
        self.attendance = QSpinBox()
        self.attendance.setObjectName("dialogueAttendance")
        self.attendance.setRange(0, editing.ATTENDANCE_LIMIT)
        self.attendance.setSuffix(self.tr(" người"))
        self.participants = _text_box("dialogueParticipants", 60)
        self.notes = _text_box("dialogueNotes", 50)
        left = QFormLayout()
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Ngày đối thoại:"), self.held),
            (self.tr("Người đối thoại (họ tên, chức vụ):"), self.leader),
            (self.tr("Người đứng đầu:"), self.body),
            (self.tr("Chủ đề:"), self.topic),
            (self.tr("Địa điểm:"), self.place),
            (self.tr("Chủ trì (phía MTTQ):"), self.chair),
            (self.tr("Số người dự:"), self.attendance),
        )
        for caption, widget in rows:
            left.addRow(caption, widget)
        right = QFormLayout()
        right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        right.addRow(
            self.tr("Thành phần tham dự (mỗi người, tổ chức một dòng):"), self.participants
        )
        right.addRow(self.tr("Ghi chú:"), self.notes)
        columns = QHBoxLayout(self)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

    def fill(self, draft: DialogueDraft) -> None:
        """Show ``draft`` in the fields."""
        self.held.set_date(draft.held_on)
        self.leader.setText(draft.leader)
        self.body.setCurrentIndex(max(0, self.body.findData(draft.leader_body.value)))
        self.topic.setPlainText(draft.topic)
        self.place.setText(draft.place)
        self.chair.setText(draft.chair)
        self.attendance.setValue(draft.attendance)
        self.participants.setPlainText(draft.participants)
        self.notes.setPlainText(draft.notes)

    def set_writable(self, writable: bool) -> None:
        """Read-only for a viewer."""
        for line in (self.held, self.leader, self.place, self.chair):
            line.setReadOnly(not writable)
        for text in (self.topic, self.participants, self.notes):
            text.setReadOnly(not writable)
        self.attendance.setReadOnly(not writable)
        self.body.setEnabled(writable)

    def problem(self) -> str:
        """What keeps the fields from being saved: no leader, no topic, a bad day."""
        if not self.held.is_valid():
            return self.held.problem()
        if not self.leader.text().strip():
            return self.tr("Hãy ghi người đối thoại (họ tên, chức vụ).")
        if not self.topic.toPlainText().strip():
            return self.tr("Hãy ghi chủ đề đối thoại.")
        return ""

    def draft(self) -> DialogueDraft:
        """The fields as typed."""
        return DialogueDraft(
            held_on=self.held.date(),
            leader=self.leader.text().strip(),
            topic=self.topic.toPlainText().strip(),
            leader_body=LeaderBody(self.body.currentData()),
            place=self.place.text().strip(),
            chair=self.chair.text().strip(),
            participants=self.participants.toPlainText().strip(),
            attendance=self.attendance.value(),
            notes=self.notes.toPlainText().strip(),
        )


class DialogueDialog(QDialog):
    """A dialogue's dialog; emits ``saved`` with the ``Changes`` of each write."""

    saved = Signal(object)
    letter_requested = Signal(object, str, int)
    """The dialogue's minutes to open in Văn bản soạn thảo: ``(LetterForm, kind, id)``."""

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
        self.record: DialogueRecord | None = None
        self.read = key is None
        """Whether the dialogue was read (a new one has nothing to read)."""
        self._writing = False
        self._then: Callable[[], object] | None = None
        self.setWindowTitle(self.tr("Đối thoại trực tiếp"))
        self.resize(1100, 640)
        self.heading = QLabel()
        self.heading.setObjectName("dialogueHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("dialogueOverdueNote")
        self.overdue_label.setStyleSheet(LATE_STYLE)
        self.overdue_label.setWordWrap(True)
        self.overdue_label.hide()
        self.fields = DialogueFields()
        self.issues = IssuesTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dialogueTabs")
        self.tabs.addTab(self.fields, self.tr("Thông tin"))
        self.tabs.addTab(self.issues, self.tr("Vấn đề nêu, trả lời, cam kết"))
        self.viewer_note = QLabel(
            self.tr("<b>Tài khoản chỉ xem:</b> xem được cuộc đối thoại nhưng không ghi được.")
        )
        self.viewer_note.setTextFormat(Qt.TextFormat.RichText)
        self.viewer_note.setVisible(not context.actor.role.can_write)
        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setStyleSheet(LATE_STYLE)
        self.problem.setWordWrap(True)
        self.minutes_button = QPushButton(self.tr("Lập biên bản…"))
        self.minutes_button.setObjectName("dialogueMinutes")
        self.minutes_button.setToolTip(
            self.tr("Lập biên bản đối thoại trực tiếp trong Văn bản soạn thảo (lưu trước)")
        )
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setObjectName("dialogueSave")
        self.close_button = QPushButton(self.tr("Đóng"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.minutes_button)
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.overdue_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.viewer_note)
        layout.addLayout(bottom)
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.reject)
        self.minutes_button.clicked.connect(lambda: self.ask_minutes())
        self.fields.held.textChanged.connect(lambda _t: self._held_changed())
        self._show_status()
        self._update_buttons()
        if key is not None:
            self.reload()

    # ----- reading ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a write is being saved, or the dialogue read again after it."""
        return self._writing

    def reload(self) -> None:
        """Read the dialogue again, in the background."""
        context, key = self._context, self.key
        if key is None:
            return
        self._runner.query(
            lambda _c: (get_dialogue(context.factory, context.actor, key), clock.today()),
            on_done=self._show,
            on_error=self._refused,
        )

    def _refused(self, exc: BaseException) -> None:
        self._writing = False
        self._then = None
        self.problem.setText(error_text(exc))
        self._update_buttons()

    def _show(self, value: tuple[DialogueRecord, dt.date]) -> None:
        record, today = value
        self.record, self.read, self._writing = record, True, False
        self.key = record.id
        self.fields.fill(record.draft)
        self.issues.today = today
        self.issues.show_issues([line.issue for line in record.issues])
        self._show_status()
        self._update_buttons()
        then, self._then = self._then, None
        if then is not None:
            then()

    def _show_status(self) -> None:
        record = self.record
        if record is None:
            self.setWindowTitle(self.tr("Cuộc đối thoại trực tiếp mới"))
            self.heading.setText(self.tr("Cuộc đối thoại trực tiếp mới — chưa lưu"))
            self.overdue_label.hide()
            return
        self.setWindowTitle(self.tr("Đối thoại trực tiếp — Mã số {id}").format(id=record.id))
        self.heading.setText(one_line(record.topic))
        note = overdue_note(record, self.issues.today)
        self.overdue_label.setText(note)
        self.overdue_label.setVisible(bool(note))

    def _held_changed(self) -> None:
        self.issues.held_on = self.fields.held.date()

    def fields_changed(self) -> bool:
        """Whether something typed (a field, an issue) is not saved."""
        if self.record is None:
            return True
        typed = (self.fields.draft(), self.issues.issues)
        return typed != (self.record.draft, [line.issue for line in self.record.issues])

    # ----- writing ---------------------------------------------------------------------

    def _update_buttons(self) -> None:
        writable = self._context.actor.role.can_write and self.read and not self._writing
        self.save_button.setEnabled(writable)
        self.fields.set_writable(writable)
        self.issues.set_writable(writable)
        self.minutes_button.setEnabled(writable)

    def _after(self, result: Any) -> None:
        record, changes = result
        self.key = record.id
        self.problem.clear()
        self.reload()
        self.saved.emit(changes if isinstance(changes, Changes) else Changes.of(Area.DIALOGUES))

    def save(self, then: Callable[[], object] | None = None) -> None:
        """Lưu: write the new dialogue, or its changes; ``then`` runs once it is read again."""
        problem = self.fields.problem()
        if problem:
            self.tabs.setCurrentIndex(0)
            self.problem.setText(problem)
            return
        draft, issues = self.fields.draft(), list(self.issues.issues)
        factory, actor = self._context.factory, self._context.actor
        record = self.record
        if record is None:
            call: Callable[[], Any] = lambda: editing.create_dialogue(  # noqa: E731
                factory, actor, draft, issues
            )
        else:
            key, version = record.id, record.version
            call = lambda: editing.update_dialogue(  # noqa: E731
                factory, actor, key, version, draft, issues
            )
        self._writing = True
        self._then = then
        self._update_buttons()
        self._runner.command(lambda _c: call(), on_done=self._after, on_error=self._refused)

    def ask_minutes(self) -> None:
        """Lập biên bản…: the minutes in Văn bản soạn thảo, what was typed saved first."""
        if not self._context.actor.role.can_write:
            return
        if self.fields_changed():
            self.save(then=self._emit_minutes)
        else:
            self._emit_minutes()

    def _emit_minutes(self) -> None:
        if self.key is not None:
            self.letter_requested.emit(LetterForm.MINUTES, DIALOGUE_LETTER, self.key)

    def on_changes(self, changes: Changes) -> None:
        """Read the dialogue again after a save elsewhere, unless something is typed."""
        if self._writing or self.key is None or not self.isVisible():
            return
        if changes.touches(Area.DIALOGUES) and not self.fields_changed():
            self.reload()
