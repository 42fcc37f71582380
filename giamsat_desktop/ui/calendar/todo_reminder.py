"""When Việc cần làm shows itself: at start, at most once a day per user and database.

The PC's settings file remembers, for each account on each database, the day the box was
last shown at start and the day it was put away until tomorrow. Closed with "Đóng", the
box leaves a reminder in the status bar (a click opens it again); "Ẩn đến mai" leaves
nothing until the next day. A window left open over midnight reminds again the next day.
The box is also opened at any time from Xem → Việc cần làm…, saying so when nothing
is due.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QToolButton

from giamsat_desktop.config import Settings
from giamsat_desktop.services.calendar.todo import TodoList, todo_list
from giamsat_desktop.services.catalog.days_off import reminder_days, tet_reminder_due
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.calendar.deadline_words import DUE_SOON_COLOUR, OVERDUE_COLOUR, open_list
from giamsat_desktop.ui.calendar.todo_panel import TodoPanel
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.page_registry import Request

SETTINGS_KEY = "todo_panel"
"""Where the settings file keeps, per account and database, the days the box was seen."""
NEW_DAY_CHECK_MS = 5 * 60 * 1000
"""How often a window left open looks whether a new day has begun."""
AREAS = frozenset(
    {
        Area.TASKS,
        Area.SUPERVISION,
        Area.RECOMMENDATIONS,
        Area.CRITICISM,
        Area.DIALOGUES,
        Area.OFFICE,
        Area.ORGANIZATIONS,
        Area.INCOMING,
    }
)
"""Saves that may change what is due (a task, a session, a recommendation or its reply, a
criticism or its answers, the window or the days off, a name, secrecy)."""

_log = logging.getLogger(__name__)


def read_todo(context: ServiceContext, today: dt.date) -> TodoList:
    """What is due on ``today`` for the account at work, with the office's window and Tết."""
    factory = context.factory
    window = reminder_days(factory)
    tet_year = today.year + 1 if tet_reminder_due(factory, today) else None
    return todo_list(factory, context.actor, today, window, tet_year=tet_year)


class TodoReminder(QObject):
    """The window's Việc cần làm: the box, the status bar's reminder, and when they show."""

    def __init__(
        self,
        window: QMainWindow,
        context: ServiceContext,
        runner: TaskRunner,
        settings: Settings,
        request: Request,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._runner = runner
        self._settings = settings
        self._request = request
        self._panel: TodoPanel | None = None
        self.todo: TodoList | None = None
        """What was read last."""
        self.day = clock.today()
        """The day the reminder last looked at."""
        self.badge = QToolButton()
        self.badge.setObjectName("todoBadge")
        self.badge.setAutoRaise(True)
        self.badge.clicked.connect(lambda: self.show_now())
        self.badge.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(NEW_DAY_CHECK_MS)
        self._timer.timeout.connect(self._check_day)
        self._timer.start()

    # ----- what the settings file remembers -------------------------------------------

    @property
    def key(self) -> str:
        """The account and the database the remembered days belong to."""
        return f"{self._context.actor.user_name}@{self._context.location}"

    def _remembered(self) -> dict[str, str]:
        kept = self._settings.extra.get(SETTINGS_KEY)
        mine = kept.get(self.key) if isinstance(kept, dict) else None
        return dict(mine) if isinstance(mine, dict) else {}

    def _remember(self, what: str, day: dt.date) -> None:
        kept = self._settings.extra.get(SETTINGS_KEY)
        every: dict[str, Any] = dict(kept) if isinstance(kept, dict) else {}
        every[self.key] = {**self._remembered(), what: day.isoformat()}
        self._settings.extra[SETTINGS_KEY] = every
        try:
            self._settings.save()
        except OSError:  # a read-only settings file must not stop the window
            _log.warning("the settings file could not be written", exc_info=True)

    def _hidden_today(self) -> bool:
        return self._remembered().get("hidden") == self.day.isoformat()

    # ----- the box --------------------------------------------------------------------

    @property
    def panel(self) -> TodoPanel | None:
        """The box, once it was first shown."""
        return self._panel

    def _made_panel(self) -> TodoPanel:
        if self._panel is None:
            panel = TodoPanel(self._window)
            panel.line_opened.connect(lambda opens: open_list(self._request, opens))
            panel.dismissed.connect(self.hide_until_tomorrow)
            panel.closed.connect(self.close)
            self._panel = panel
        return self._panel

    def _show_panel(self, todo: TodoList, *, focus: bool) -> None:
        panel = self._made_panel()
        panel.show_list(todo)
        panel.show()
        panel.raise_()
        if focus:
            panel.activateWindow()
            if panel.tree.isHidden():
                panel.close_button.setFocus()
            else:
                first = panel.tree.topLevelItem(0)
                if first is not None:
                    panel.tree.setCurrentItem(first)
                panel.tree.setFocus()
        self._show_badge()

    def _visible(self) -> bool:
        return self._panel is not None and not self._panel.isHidden()

    def _show_badge(self) -> None:
        """The status bar's reminder: while something is due, the box closed, not put away."""
        todo = self.todo
        shown = todo is not None and not todo.is_empty
        shown = shown and not self._visible() and not self._hidden_today()
        if shown and todo is not None:
            due = todo.overdue + todo.due_soon
            text = self.tr("Việc cần làm: {count}").format(count=due)
            self.badge.setText(text if due else self.tr("Việc cần làm"))
            tip = self.tr("{overdue} nhiệm vụ quá hạn, {soon} đến hạn trong {days} ngày tới")
            tip = tip.format(overdue=todo.overdue, soon=todo.due_soon, days=todo.window)
            if todo.replies:
                tip += "\n" + self.tr(
                    "{overdue} kiến nghị quá hạn trả lời ({escalate} cần kiến nghị cấp trên), "
                    "{soon} đến hạn trả lời"
                ).format(
                    overdue=todo.overdue_replies,
                    escalate=todo.escalations_due,
                    soon=todo.replies_due_soon,
                )
            if todo.criticisms:
                tip += "\n" + self.tr(
                    "{overdue} cuộc phản biện quá hạn trả lời, {soon} sắp đến hạn trả lời"
                ).format(overdue=todo.overdue_criticisms, soon=todo.criticisms_due_soon)
            if todo.commitments:
                tip += "\n" + self.tr(
                    "{overdue} cam kết khắc phục quá hạn, {soon} sắp đến hạn"
                ).format(overdue=todo.overdue_commitments, soon=todo.commitments_due_soon)
            if todo.dialogues:
                tip += "\n" + self.tr(
                    "{overdue} cam kết tại đối thoại quá hạn, {soon} sắp đến hạn"
                ).format(
                    overdue=todo.overdue_dialogue_commitments,
                    soon=todo.dialogue_commitments_due_soon,
                )
            self.badge.setToolTip(tip)
            late = todo.overdue or todo.overdue_replies or todo.overdue_commitments
            late = late or todo.overdue_criticisms or todo.overdue_dialogue_commitments
            colour = OVERDUE_COLOUR if late else DUE_SOON_COLOUR
            self.badge.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")
        self.badge.setVisible(shown)

    # ----- reading --------------------------------------------------------------------

    def _read(self, then: Any, *, quiet: bool) -> None:
        context, today = self._context, clock.today()
        self.day = today

        def failed(exc: BaseException) -> None:
            _log.warning("Việc cần làm could not be read: %s", exc)

        self._runner.query(
            lambda _control: read_todo(context, today),
            on_done=then,
            on_error=failed if quiet else None,
            parent=self._window,
        )

    def check_at_start(self) -> None:
        """Show the box if something is due and it was not shown today; else the reminder."""
        self.day = clock.today()
        if self._hidden_today():
            return
        first = self._remembered().get("shown") != self.day.isoformat()

        def arrived(todo: TodoList) -> None:
            self.todo = todo
            if first and not todo.is_empty:
                self._remember("shown", todo.today)
                self._show_panel(todo, focus=False)
            else:
                self._show_badge()

        self._read(arrived, quiet=True)

    def show_now(self) -> TodoPanel:
        """Xem → Việc cần làm…: the box at once, read afresh (empty: it says so)."""
        panel = self._made_panel()

        def arrived(todo: TodoList) -> None:
            self.todo = todo
            self._show_panel(todo, focus=True)

        self._read(arrived, quiet=False)
        return panel

    def close(self) -> None:
        """Đóng: the box goes, the status bar keeps a reminder."""
        if self._panel is not None:
            self._panel.hide()
        self._show_badge()

    def hide_until_tomorrow(self) -> None:
        """Ẩn đến mai: neither the box nor the reminder until the next day."""
        self.day = clock.today()
        self._remember("hidden", self.day)
        if self._panel is not None:
            self._panel.hide()
        self._show_badge()

    # ----- keeping up -----------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        """Read again after a save that may change what is due (not when put away)."""
        if not (changes.areas & AREAS) or (self._hidden_today() and not self._visible()):
            return

        def arrived(todo: TodoList) -> None:
            self.todo = todo
            if self._visible() and self._panel is not None:
                self._panel.show_list(todo)
            self._show_badge()

        self._read(arrived, quiet=True)

    def _check_day(self) -> None:
        if clock.today() != self.day:
            self.check_at_start()

    def retranslate(self) -> None:
        """Say the box and the reminder again in the window's language."""
        if self._panel is not None:
            self._panel.retranslate()
        self._show_badge()
