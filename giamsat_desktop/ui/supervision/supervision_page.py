"""Giám sát: the supervision sessions, and the year's programme they carry out.

The tab "Các cuộc giám sát" is a lazy list (the database filters, sorts and counts; 20,000
sessions open at once), a late notice or report in red with its due day; "Chương trình năm"
is the year's programme, whose lines open as sessions in one click.

The letters of a session and the year's programme are asked of Văn bản soạn thảo through
``letter_requested`` (``pages.py`` passes it on as ``Action.COMPOSE_LETTER``); a save there
(a plan issued moves its session) reaches the session's dialog open over the page. A
session's "Xem ở trang Kiến nghị" closes its dialog (what was typed saved first) and asks
for the Kiến nghị page through ``recommendations_requested``
(``Action.SHOW_RECOMMENDATIONS``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTabWidget, QVBoxLayout, QWidget

from giamsat_desktop.domain.recommendations import RecommendationFilter
from giamsat_desktop.domain.supervision_records import SessionDraft, SessionFilter
from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision import queries
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.lazy_list_page import LazyListPage
from giamsat_desktop.ui.supervision import sessions_model as columns
from giamsat_desktop.ui.supervision.programme_tab import ProgrammeTab
from giamsat_desktop.ui.supervision.session_dialog import SessionDialog
from giamsat_desktop.ui.supervision.session_filter_bar import SessionFilterBar
from giamsat_desktop.ui.supervision.sessions_model import SessionsTableModel

COLUMN_SAMPLES = {
    columns.CODE: "0000",
    columns.SUBJECT: "Việc thực hiện chính sách bảo hiểm y tế",
    columns.FORM: "Tổ chức đoàn giám",
    columns.ROLE: "Chủ trì — MTTQ",
    columns.BODY: "Ủy ban nhân dân xã Tân Hưng",
    columns.TIME: "05/03–20/03/2026",
    columns.STEP: "Đã ban hành kế hoạch",
    columns.WARNING: "KH, QĐ chậm",
}
"""A typical value of each column: the columns are sized from the font."""


class SupervisionPage(LazyListPage):
    """The sessions, their filters and buttons; the year's programme in its own tab."""

    area = Area.SUPERVISION
    letter_requested = Signal(object, str, int)
    """A letter to open: ``(LetterForm, source kind, id)``, as ``Action.COMPOSE_LETTER``."""
    recommendations_requested = Signal(object, str)
    """Recommendations to show: ``(RecommendationFilter, session subject)``, as
    ``Action.SHOW_RECOMMENDATIONS``."""

    def __init__(
        self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        bar = SessionFilterBar()
        super().__init__(
            context,
            runner,
            SessionsTableModel(partial(queries.sessions_by_ids, context.factory, context.actor)),
            self.tr("Giám sát"),
            filters=bar,
            count=bar.count,
            buttons=bar.top_row,
            widths=COLUMN_SAMPLES,
            default_sort=(columns.TIME, Qt.SortOrder.DescendingOrder),
            parent=parent,
        )
        self.filters: SessionFilterBar = bar
        self.model: SessionsTableModel
        self._sort: tuple[queries.SessionColumn, bool] = (queries.SessionColumn.START, True)
        self.last_session_dialog: SessionDialog | None = None
        self.view.setObjectName("sessionsList")
        self.view.horizontalHeader().setSectionResizeMode(
            columns.SUBJECT, QHeaderView.ResizeMode.Stretch
        )
        self.programme = ProgrammeTab(context, runner, self)
        self.programme.changed.connect(self.changed.emit)
        self.programme.session_opened.connect(self.open_session)
        self.programme.draft_opened.connect(self.new_session)
        self.programme.letter_requested.connect(self.letter_requested.emit)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("supervisionTabs")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.view)
        self.lists = QWidget()
        inner = QVBoxLayout(self.lists)
        inner.setContentsMargins(0, 0, 0, 0)
        layout.removeWidget(self.filters)
        inner.addWidget(self.filters)
        inner.addWidget(self.view, 1)
        self.tabs.addTab(self.lists, self.tr("Các cuộc giám sát"))
        self.tabs.addTab(self.programme, self.tr("Chương trình năm"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_shown)

        self.new_button = self.add_button(
            self.tr("Thêm cuộc giám sát… (Ctrl+N)"), self.add, QKeySequence.StandardKey.New
        )
        self.new_button.setObjectName("newSessionButton")
        self.open_button = self.add_button(self.tr("Mở…"), self.edit_selected)
        self.open_button.setObjectName("openSessionButton")
        QShortcut(QKeySequence.StandardKey.Find, self, self.filters.search.setFocus)
        self._pinned: SessionFilter | None = None
        self.filters.changed.connect(self._unpin)
        self.filters.changed.connect(self.reload)
        self.filters.unpinned.connect(self._unpin)
        self.filters.unpinned.connect(self.reload)
        self.update_buttons()
        self.reload()

    # ----- reading ----------------------------------------------------------------------

    def show_sessions(self, wanted: SessionFilter, words: str = "") -> None:
        """Show exactly the sessions of ``wanted``, said in ``words``, until a filter changes.

        Asked by a day's lead time (Lịch hạn, Việc cần làm) or a Báo cáo figure.
        """
        self.tabs.setCurrentIndex(0)
        self._pinned = wanted
        self.filters.show_pinned(words)
        self.reload()

    def current_filter(self) -> SessionFilter:
        """The filter in force: one asked for by another page, else the filter bar's."""
        if self._pinned is not None:
            return self._pinned
        return self.filters.session_filter()

    def _unpin(self) -> None:
        self._pinned = None
        self.filters.show_pinned("")

    def read_keys(self) -> Callable[[object], list[int]]:
        """Keys for the filter and order in force, judged on today."""
        where, order = self.current_filter(), self._sort
        factory, actor, today = self._context.factory, self._context.actor, clock.today()
        return lambda _c: queries.session_keys(factory, actor, where, today, order)

    def read_alongside(self) -> Callable[[TaskControl], Any]:
        """The years the filter offers."""
        factory = self._context.factory
        return lambda _c: queries.session_years(factory)

    def show_alongside(self, value: Any) -> None:
        """Refresh the year filter's choices."""
        self.filters.set_years(value)

    def count_text(self, count: int) -> str:
        """The count under the filters."""
        return self.tr("{count} cuộc giám sát").format(count=format_number(count))

    def sort_column(self, column: int, descending: bool) -> bool:
        """Map a screen column to the database order."""
        key = columns.SORT_COLUMNS.get(column)
        if key is None:
            return False
        self._sort = (key, descending)
        return True

    def _tab_shown(self, index: int) -> None:
        if index == 1:
            self.programme.reload()

    def on_changes(self, changes: Changes) -> None:
        """Re-read the list, the programme when it is shown, and the session's dialog open."""
        super().on_changes(changes)
        if changes.touches(self.area) and self.tabs.currentIndex() == 1:
            self.programme.reload()
        dialog = self.last_session_dialog
        if dialog is not None and dialog.isVisible():
            dialog.on_changes(changes)

    # ----- buttons ----------------------------------------------------------------------

    def update_buttons(self) -> None:
        """Thêm for writers; Mở for a chosen line (a viewer reads it)."""
        super().update_buttons()
        if hasattr(self, "open_button"):
            self.open_button.setEnabled(self.selected_key() is not None)

    def add(self) -> object:
        """Thêm cuộc giám sát…: a new session's dialog."""
        if not self._context.actor.role.can_write:
            return None
        return self.new_session(None, None)

    def new_session(self, draft: SessionDraft | None, item_id: int | None) -> SessionDialog:
        """A new session's dialog, filled from ``draft`` (a programme's line) if given."""
        dialog = SessionDialog(
            self._context, self._runner, None, self, draft=draft, item_id=item_id
        )
        return self._show_dialog(dialog)

    def edit_selected(self) -> object:
        """Mở…: the chosen session's dialog."""
        key = self.selected_key()
        return self.open_session(key) if key is not None else None

    def open_session(self, session_id: int) -> SessionDialog:
        """The dialog of session ``session_id``."""
        return self._show_dialog(SessionDialog(self._context, self._runner, session_id, self))

    def _show_dialog(self, dialog: SessionDialog) -> SessionDialog:
        dialog.saved.connect(lambda changes: self._dialog_saved(dialog, changes))
        dialog.letter_requested.connect(self.letter_requested.emit)
        dialog.recommendations.show_requested.connect(
            lambda wanted, subject: self._leave_for(dialog, wanted, subject)
        )
        self.last_session_dialog = dialog
        dialog.open()
        return dialog

    def _leave_for(
        self, dialog: SessionDialog, wanted: RecommendationFilter, subject: str
    ) -> None:
        """Close the session's dialog, what was typed saved first; then ask for Kiến nghị."""

        def leave() -> None:
            dialog.accept()
            self.recommendations_requested.emit(wanted, subject)

        if dialog.fields_changed():
            dialog.save(then=leave)
        else:
            leave()

    def _dialog_saved(self, dialog: SessionDialog, changes: Changes) -> None:
        if dialog.session_id is not None:
            self.saved(dialog.session_id, changes)
        else:
            self.changed.emit(changes)
