"""One supervision session: its fields, its delegation, working sessions, history and steps.

A new session shows only its fields and Lưu; once saved, the tabs "Đoàn giám sát", "Buổi
làm việc", "Văn bản", "Kiến nghị" (``session_recommendations``) and "Quá trình" and the
step buttons: "Chuyển sang: …" for each next step its form allows, "Hủy cuộc giám sát…" and
"Hoàn tác bước vừa rồi…" with a reason. The two lead times of NQLT 403 are shown with their
due days, in red when late. A viewer reads everything and changes nothing.

Its letters (plan, decision, outline, report, a working session's biên bản) are asked of
Văn bản soạn thảo through ``letter_requested`` (``Action.COMPOSE_LETTER``), what was typed
saved first. A letter issued there reaches :meth:`SessionDialog.on_changes`, which reads the
session again (``session_view``) and keeps what the clerk typed and did not save.
"""

from __future__ import annotations

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

from giamsat_desktop.domain.letters import LetterForm, LetterRecord
from giamsat_desktop.domain.supervision import SessionStep
from giamsat_desktop.domain.supervision_records import (
    SessionDraft,
    SessionRecord,
    WorkingSessionRecord,
)
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision import moves, session_letters, sessions, working
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.supervision.cited_documents import CitedDocuments
from giamsat_desktop.ui.supervision.common import LATE_STYLE, touched
from giamsat_desktop.ui.supervision.session_fields import SessionFields
from giamsat_desktop.ui.supervision.session_letters_tab import OPEN_LETTER, LettersTab, minutes_fit
from giamsat_desktop.ui.supervision.session_recommendations import RecommendationsTab
from giamsat_desktop.ui.supervision.session_steps import MoveDialog, WorkingDialog
from giamsat_desktop.ui.supervision.session_tabs import DelegationTab, HistoryTab, WorkingTab
from giamsat_desktop.ui.supervision.session_view import SessionView, read_session

STEP_ORDER = list(SessionStep)


class SessionDialog(QDialog):
    """A session's dialog; emits ``saved`` with the ``Changes`` of each write."""

    saved = Signal(object)
    letter_requested = Signal(object, str, int)
    """A letter to open: ``(LetterForm, source kind, id)``, as ``Action.COMPOSE_LETTER``."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        session_id: int | None,
        parent: QWidget | None = None,
        *,
        draft: SessionDraft | None = None,
        item_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self.session_id = session_id
        self.item_id = item_id
        self._draft = draft
        self.view: SessionView | None = None
        self.last_step: QDialog | None = None
        self._writing = False
        self._refill: set[str] = set()
        """What a write of the dialog's own saved, to show as stored ("fields", "members")."""
        self._shown_fields: object = None
        self._shown_members: object = None
        self.setWindowTitle(self.tr("Cuộc giám sát"))
        self.resize(1100, 700)

        self.heading = QLabel()
        self.heading.setObjectName("sessionHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.step_label = QLabel()
        self.step_label.setObjectName("sessionStepLabel")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("sessionNotice")
        self.report_label = QLabel()
        self.report_label.setObjectName("sessionReport")
        status = QHBoxLayout()
        for widget in (self.step_label, self.notice_label, self.report_label):
            status.addWidget(widget)
        status.addStretch(1)

        can_write = context.actor.role.can_write
        self.fields = SessionFields(can_write, CitedDocuments(context, runner, can_write))
        self.delegation = DelegationTab()
        self.working = WorkingTab()
        self.letters = LettersTab()
        self.history = HistoryTab()
        self.recommendations = RecommendationsTab(context, runner, self._ask_letter, self._after)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sessionTabs")
        self.tabs.addTab(self.fields, self.tr("Thông tin"))
        self.tabs.addTab(self.delegation, self.tr("Đoàn giám sát"))
        self.tabs.addTab(self.working, self.tr("Buổi làm việc"))
        self.tabs.addTab(self.letters, self.tr("Văn bản"))
        self.tabs.addTab(self.recommendations, self.tr("Kiến nghị"))
        self.tabs.addTab(self.history, self.tr("Quá trình"))

        self.viewer_note = QLabel(
            self.tr("<b>Tài khoản chỉ xem:</b> xem được cuộc giám sát nhưng không ghi được.")
        )
        self.viewer_note.setTextFormat(Qt.TextFormat.RichText)
        self.viewer_note.setVisible(not context.actor.role.can_write)
        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setStyleSheet(LATE_STYLE)
        self.problem.setWordWrap(True)
        self.move_buttons: list[QPushButton] = []
        self.move_row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Hủy cuộc giám sát…"))
        self.cancel_button.setObjectName("sessionCancel")
        self.undo_button = QPushButton(self.tr("Hoàn tác bước vừa rồi…"))
        self.undo_button.setObjectName("sessionUndo")
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setObjectName("sessionSave")
        self.close_button = QPushButton(self.tr("Đóng"))
        buttons = QHBoxLayout()
        buttons.addLayout(self.move_row)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.viewer_note)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel_session)
        self.undo_button.clicked.connect(self.undo)
        self.delegation.save_requested.connect(self.save_delegation)
        self.working.add_button.clicked.connect(lambda: self.edit_working(None))
        self.working.edit_button.clicked.connect(lambda: self.edit_working(self.working.selected()))
        self.working.table.doubleClicked.connect(
            lambda _i: self.edit_working(self.working.selected())
        )
        self.working.remove_button.clicked.connect(self.remove_working)
        self.working.minutes_button.clicked.connect(self.compose_minutes)
        self.working.table.itemSelectionChanged.connect(self._update_working_buttons)
        self.letters.compose_requested.connect(self.compose)
        self.letters.open_requested.connect(self.open_letter)
        self._update_buttons()
        self.reload()

    # ----- reading ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the session (and the choices) again, in the background."""
        context, key = self._context, self.session_id

        def refused(exc: BaseException) -> None:
            self._writing = False
            self.problem.setText(error_text(exc))
            self._update_buttons()

        self._runner.query(
            lambda _c: read_session(context, key), on_done=self._show, on_error=refused
        )

    def _show(self, view: SessionView) -> None:
        first = self.view is None
        self.view = view
        self._writing = False
        if first:
            self.fields.set_organizations(view.organizations)
            self.delegation.office_name = view.office_name
            self.delegation.set_choices(view.board, view.people)
        record = view.record
        refill = self._refill | ({"fields", "members"} if first else set())
        self._refill = set()
        if record is not None:
            if "fields" in refill or not self.fields_changed():
                self.fields.fill(record)
                self._shown_fields = self.fields.draft()
            if "members" in refill or self.delegation.drafts() == self._shown_members:
                self.delegation.show_members(record.delegation)
                self._shown_members = self.delegation.drafts()
        elif first and self._draft is not None:
            self.fields.fill_draft(self._draft)
            self._shown_fields = self.fields.draft()
        self.working.show_records(view.working)
        self.letters.show_letters(view.letters)
        self.history.show_steps(view.steps)
        self._show_status(record)
        self._update_buttons()

    def _show_status(self, record: SessionRecord | None) -> None:
        if record is None:
            self.setWindowTitle(self.tr("Cuộc giám sát mới"))
            self.heading.setText(self.tr("Cuộc giám sát mới"))
            self.step_label.setText(self.tr("Chưa lưu"))
            self.notice_label.clear()
            self.report_label.clear()
            return
        self.setWindowTitle(self.tr("Cuộc giám sát — Mã số {id}").format(id=record.id))
        self.heading.setText(record.subject)
        step = self.tr("Bước: {step}").format(step=label(record.step))
        if record.cancel_reason:
            step += " — " + self.tr("lý do: {reason}").format(reason=record.cancel_reason)
        self.step_label.setText(step)
        times = record.lead_times
        notice, report = "", ""
        if times.notice_due is not None:
            sent = format_date(record.notice_sent_on) if record.notice_sent_on else ""
            notice = self.tr("Gửi kế hoạch, quyết định chậm nhất: {due}").format(
                due=format_date(times.notice_due)
            )
            if sent:
                notice += " " + self.tr("(đã gửi {day})").format(day=sent)
        if times.report_due is not None:
            report = self.tr("Báo cáo chậm nhất: {due}").format(due=format_date(times.report_due))
            if record.reported_on:
                report += " " + self.tr("(đã báo cáo {day})").format(
                    day=format_date(record.reported_on)
                )
        self.notice_label.setText(notice + (" — " + self.tr("CHẬM") if times.notice_late else ""))
        self.notice_label.setStyleSheet(LATE_STYLE if times.notice_late else "")
        self.report_label.setText(report + (" — " + self.tr("CHẬM") if times.report_late else ""))
        self.report_label.setStyleSheet(LATE_STYLE if times.report_late else "")

    # ----- buttons ---------------------------------------------------------------------

    def _update_buttons(self) -> None:
        for button in self.move_buttons:
            self.move_row.removeWidget(button)
            button.deleteLater()
        self.move_buttons = []
        view = self.view
        record = view.record if view is not None else None
        can_write = self._context.actor.role.can_write
        writable = can_write and view is not None and not self._writing
        self.save_button.setEnabled(writable)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, record is not None)
        self.delegation.set_writable(writable and record is not None)
        self.fields.cited.set_writable(writable)
        self.letters.set_session(
            record.form if record else None, record.role if record else None, writable
        )
        self.recommendations.set_session(record, writable)
        self._update_working_buttons()
        if record is None:
            self.cancel_button.setEnabled(False)
            self.undo_button.setEnabled(False)
            return
        nexts = sorted(
            (s for s in record.next_steps if s is not SessionStep.CANCELLED),
            key=STEP_ORDER.index,
        )
        for step in nexts:
            button = QPushButton(self.tr("Chuyển sang: {step}").format(step=label(step)))
            button.setObjectName(f"moveTo_{step.value}")
            button.setEnabled(writable)
            button.clicked.connect(lambda _c=False, s=step: self.move(s))
            self.move_row.addWidget(button)
            self.move_buttons.append(button)
        self.cancel_button.setEnabled(writable and SessionStep.CANCELLED in record.next_steps)
        moved = any(s.kind in ("move", "undo") for s in view.steps) if view else False
        self.undo_button.setEnabled(writable and moved and record.step is not SessionStep.PLANNED)

    def _update_working_buttons(self) -> None:
        view = self.view
        record = view.record if view is not None else None
        writable = self._context.actor.role.can_write and view is not None and not self._writing
        self.working.add_button.setEnabled(writable and record is not None)
        has_working = bool(self.working.records)
        self.working.edit_button.setEnabled(writable and has_working)
        self.working.remove_button.setEnabled(writable and has_working)
        fits = record is not None and minutes_fit(record.form, record.role)
        self.working.minutes_button.setVisible(fits)
        self.working.minutes_button.setEnabled(
            fits and writable and self.working.selected() is not None
        )

    def move_button(self, step: SessionStep) -> QPushButton | None:
        """The button "Chuyển sang: <step>", if the session may go there."""
        return next(
            (b for b in self.move_buttons if b.objectName() == f"moveTo_{step.value}"), None
        )

    @property
    def busy(self) -> bool:
        """Whether a write is being saved, or the session read again after it."""
        return self._writing

    def _after(self, result: Any) -> None:
        changes = result[1] if isinstance(result, tuple) else result
        record = result[0] if isinstance(result, tuple) else None
        if isinstance(record, SessionRecord) and self.session_id is None:
            self.session_id = record.id
        self._writing = True
        self.problem.clear()
        self.reload()
        self.saved.emit(touched(changes))

    def _run(self, call: Any, then: Any = None) -> None:
        self._writing = True
        self._update_buttons()

        def refused(exc: BaseException) -> None:
            self._writing = False
            self._refill.clear()
            self.problem.setText(error_text(exc))
            self._update_buttons()

        def done(result: Any) -> None:
            self._after(result)
            if then is not None:
                then()

        self._runner.command(lambda _c: call(), on_done=done, on_error=refused)

    def fields_changed(self) -> bool:
        """Whether the Thông tin tab holds something typed and not saved."""
        return self._context.actor.role.can_write and self.fields.draft() != self._shown_fields

    def save(self, then: Any = None) -> None:
        """Lưu: make the session, or save its fields; ``then`` runs once saved."""
        problem = self.fields.problem()
        if problem:
            self.problem.setText(problem)
            return
        record = self.view.record if self.view else None
        draft = self.fields.draft()
        factory, actor = self._context.factory, self._context.actor
        self._refill.add("fields")
        if record is None:
            item = self.item_id
            self._run(lambda: sessions.create_session(factory, actor, draft, item_id=item), then)
        else:
            key, version = record.id, record.version
            self._run(lambda: sessions.update_session(factory, actor, key, version, draft), then)

    # ----- letters ---------------------------------------------------------------------

    def _ask_letter(self, form: LetterForm, kind: str, key: int) -> None:
        """Ask for the letter, once what is typed in Thông tin is saved."""
        if self.fields_changed():
            self.save(then=lambda: self.letter_requested.emit(form, kind, key))
        else:
            self.letter_requested.emit(form, kind, key)

    def compose(self, form: LetterForm) -> None:
        """Lập kế hoạch… (a decision, an outline, a report): the session's letter of ``form``."""
        record = self.view.record if self.view else None
        if record is not None and self._context.actor.role.can_write:
            self._ask_letter(form, session_letters.SESSION_LETTER, record.id)

    def compose_minutes(self) -> None:
        """Lập biên bản…: the chosen working session's biên bản."""
        chosen = self.working.selected()
        if chosen is not None and self._context.actor.role.can_write:
            self._ask_letter(LetterForm.MINUTES, session_letters.MINUTES_LETTER, chosen.id)

    def open_letter(self, letter: LetterRecord) -> None:
        """Mở: one of the session's letters, to read, print or issue it."""
        self.letter_requested.emit(letter.form, OPEN_LETTER, letter.id)

    def on_changes(self, changes: Changes) -> None:
        """Read the session again after a save elsewhere (a letter of it issued)."""
        if self._writing or self.session_id is None or not self.isVisible():
            return
        if changes.touches(Area.SUPERVISION) or changes.touches(Area.LETTERS):
            self.reload()

    def save_delegation(self, members: list[Any]) -> None:
        """Lưu đoàn: the delegation as the table shows it."""
        record = self.view.record if self.view else None
        if record is None:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version
        self._refill.add("members")
        self._run(lambda: sessions.set_delegation(factory, actor, key, version, members))

    def _step_dialog(self, dialog: MoveDialog) -> None:
        dialog.saved.connect(self._after)
        self.last_step = dialog
        dialog.open()

    def move(self, step: SessionStep) -> None:
        """Chuyển sang: the next step, on the day given (today unless changed)."""
        record = self.view.record if self.view else None
        if record is None:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version
        self._step_dialog(
            MoveDialog(
                self._runner,
                self.tr("Chuyển sang: {step}").format(step=label(step)),
                self.tr("Chuyển"),
                record.subject,
                lambda day, text: moves.move_session(factory, actor, key, version, step, day, text),
                self,
            )
        )

    def cancel_session(self) -> None:
        """Hủy cuộc giám sát…: with its reason."""
        record = self.view.record if self.view else None
        if record is None:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version
        self._step_dialog(
            MoveDialog(
                self._runner,
                self.tr("Hủy cuộc giám sát"),
                self.tr("Hủy cuộc giám sát"),
                record.subject,
                lambda day, text: moves.move_session(
                    factory, actor, key, version, SessionStep.CANCELLED, day, text
                ),
                self,
                reason_needed=True,
            )
        )

    def undo(self) -> None:
        """Hoàn tác bước vừa rồi…: with its reason, kept in the history."""
        record = self.view.record if self.view else None
        if record is None:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version
        self._step_dialog(
            MoveDialog(
                self._runner,
                self.tr("Hoàn tác bước vừa rồi"),
                self.tr("Hoàn tác"),
                record.subject,
                lambda day, text: moves.undo_move(factory, actor, key, version, text, day),
                self,
                reason_needed=True,
            )
        )

    def edit_working(self, chosen: WorkingSessionRecord | None) -> None:
        """Thêm or Sửa a working session."""
        record = self.view.record if self.view else None
        if record is None or not self.working.add_button.isEnabled():
            return
        factory, actor, key = self._context.factory, self._context.actor, record.id
        if chosen is None:
            save = lambda draft: working.add_working_session(factory, actor, key, draft)  # noqa: E731
        else:
            save = lambda draft: working.update_working_session(  # noqa: E731
                factory, actor, chosen.id, chosen.version, draft
            )
        dialog = WorkingDialog(self._runner, save, chosen, self)
        dialog.saved.connect(self._after)
        self.last_step = dialog
        dialog.open()

    def remove_working(self) -> None:
        """Xóa…: the chosen working session, after asking."""
        chosen = self.working.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Xóa buổi làm việc"),
            self.tr("Xóa buổi làm việc ngày {day}?").format(day=format_date(chosen.held_on)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        factory, actor = self._context.factory, self._context.actor
        self._run(lambda: working.remove_working_session(factory, actor, chosen.id, chosen.version))
