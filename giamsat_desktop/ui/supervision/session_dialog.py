"""One supervision session: its fields, its delegation, working sessions, history and steps.

A new session shows only its fields and Lưu; once saved, the tabs "Đoàn giám sát",
"Buổi làm việc" and "Quá trình" and the step buttons: "Chuyển sang: …" for each next step
its form allows (``domain.supervision.next_steps``), "Hủy cuộc giám sát…" with a reason and
"Hoàn tác bước vừa rồi…" with a reason. The two lead times of NQLT 403 are shown with their
due days, in red when late. A viewer reads everything and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.board import BoardMemberRecord
from giamsat_desktop.domain.organizations import OrganizationRecord, PersonRecord
from giamsat_desktop.domain.supervision import SessionStep
from giamsat_desktop.domain.supervision_records import (
    SessionDraft,
    SessionRecord,
    WorkingSessionRecord,
)
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.catalog.board import list_board
from giamsat_desktop.services.catalog.office import get_office
from giamsat_desktop.services.catalog.organizations import list_organizations, list_people
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision import moves, sessions, working
from giamsat_desktop.services.supervision.history import SessionHistoryStep, history
from giamsat_desktop.services.supervision.records import get_session
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.supervision.common import LATE_STYLE, touched
from giamsat_desktop.ui.supervision.session_fields import SessionFields
from giamsat_desktop.ui.supervision.session_steps import MoveDialog, WorkingDialog
from giamsat_desktop.ui.supervision.session_tabs import DelegationTab, HistoryTab, WorkingTab

STEP_ORDER = list(SessionStep)


@dataclass(frozen=True, slots=True)
class SessionView:
    """Everything the dialog shows, read at once (``record`` None for a new session)."""

    record: SessionRecord | None
    steps: list[SessionHistoryStep]
    working: list[WorkingSessionRecord]
    organizations: list[OrganizationRecord]
    board: list[BoardMemberRecord]
    people: list[PersonRecord]
    office_name: str


def read_session(context: ServiceContext, session_id: int | None) -> SessionView:
    """The session and the choices its fields offer."""
    factory, actor = context.factory, context.actor
    office = get_office(factory)
    return SessionView(
        get_session(factory, actor, session_id) if session_id is not None else None,
        history(factory, actor, session_id) if session_id is not None else [],
        working.working_sessions(factory, actor, session_id) if session_id is not None else [],
        list_organizations(factory),
        list_board(factory, include_inactive=False),
        list_people(factory, include_inactive=False),
        office.name if office else "",
    )


class SessionDialog(QDialog):
    """A session's dialog; emits ``saved`` with the ``Changes`` of each write."""

    saved = Signal(object)

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

        self.fields = SessionFields(context.actor.role.can_write)
        self.delegation = DelegationTab()
        self.working = WorkingTab()
        self.history = HistoryTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sessionTabs")
        self.tabs.addTab(self.fields, self.tr("Thông tin"))
        self.tabs.addTab(self.delegation, self.tr("Đoàn giám sát"))
        self.tabs.addTab(self.working, self.tr("Buổi làm việc"))
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

        self.save_button.clicked.connect(self.save)
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
        if record is not None:
            self.fields.fill(record)
            self.delegation.show_members(record.delegation)
        elif first and self._draft is not None:
            self.fields.fill_draft(self._draft)
        self.working.show_records(view.working)
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
        for index in (1, 2, 3):
            self.tabs.setTabEnabled(index, record is not None)
        self.delegation.set_writable(writable and record is not None)
        self.working.add_button.setEnabled(writable and record is not None)
        has_working = bool(self.working.records)
        self.working.edit_button.setEnabled(writable and has_working)
        self.working.remove_button.setEnabled(writable and has_working)
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

    def _run(self, call: Any) -> None:
        self._writing = True
        self._update_buttons()

        def refused(exc: BaseException) -> None:
            self._writing = False
            self.problem.setText(error_text(exc))
            self._update_buttons()

        self._runner.command(lambda _c: call(), on_done=self._after, on_error=refused)

    def save(self) -> None:
        """Lưu: make the session, or save its fields."""
        problem = self.fields.problem()
        if problem:
            self.problem.setText(problem)
            return
        record = self.view.record if self.view else None
        draft = self.fields.draft(tuple(c.id for c in record.cited) if record else ())
        factory, actor = self._context.factory, self._context.actor
        if record is None:
            item_id = self.item_id
            self._run(lambda: sessions.create_session(factory, actor, draft, item_id=item_id))
        else:
            key, version = record.id, record.version
            self._run(lambda: sessions.update_session(factory, actor, key, version, draft))

    def save_delegation(self, members: list[Any]) -> None:
        """Lưu đoàn: the delegation as the table shows it."""
        record = self.view.record if self.view else None
        if record is None:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version
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
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Xóa buổi làm việc"),
            self.tr("Xóa buổi làm việc ngày {day}?").format(day=format_date(chosen.held_on)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        factory, actor = self._context.factory, self._context.actor
        self._run(lambda: working.remove_working_session(factory, actor, chosen.id, chosen.version))
