"""Nhiệm vụ: every task given to the member organisations, filtered, and what each one did.

A lazy list (the registers' list page): the database filters, sorts and counts; overdue
lines in red with a mark, lines due within the reminder window in amber. Several lines
can be marked done or extended at once. The tab "Theo tổ chức" shows, per organisation,
what it was given and its on-time rate; a line there opens that organisation's tasks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.registers import IncomingRecord
from giamsat_desktop.domain.tasks import TaskFilter, TaskRecord
from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.tasks import prints, queries
from giamsat_desktop.services.tasks.task_letters import CHASE_LETTER, TASK_LETTER, overdue_tasks
from giamsat_desktop.ui.common import output_actions
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.lazy_list_page import LazyListPage
from giamsat_desktop.ui.tasks import tasks_model as columns
from giamsat_desktop.ui.tasks.assign_dialog import AssignDialog
from giamsat_desktop.ui.tasks.bulk_dialog import BulkDialog
from giamsat_desktop.ui.tasks.organization_table import OrganizationTable
from giamsat_desktop.ui.tasks.task_filter_bar import TaskFilterBar
from giamsat_desktop.ui.tasks.tasks_model import TasksTableModel

COLUMN_SAMPLES = {
    columns.CONTENT: "Tuyên truyền, vận động hội viên tham gia",
    columns.LEAD: "Hội Liên hiệp Phụ nữ",
    columns.COOPERATING: "Đoàn TN, Hội CCB",
    columns.DEADLINE: "⚠  30/12/2026",
    columns.STATE: "Hoàn thành quá hạn",
    columns.PROGRESS: "100 %",
    columns.SOURCE: "00/KH-MTTQ-BTT",
    columns.ASSIGNED: "30/12/2026",
}
"""A typical value of each column: the columns are sized from the font, not in pixels."""


def reminder_window(factory: Any) -> int:
    """The office's reminder window in days (Cài đặt)."""
    from giamsat_desktop.services.catalog.days_off import reminder_days

    return reminder_days(factory)


class TasksPage(LazyListPage):
    """The list of tasks, its filters, its bulk steps and the figures per organisation."""

    area = Area.TASKS
    letter_requested = Signal(str, int)
    """Compose a letter of tasks: (``TASK_LETTER``, incoming id) or (``CHASE_LETTER``, org id)."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        bar = TaskFilterBar()
        super().__init__(
            context,
            runner,
            TasksTableModel(partial(queries.tasks_by_ids, context.factory)),
            self.tr("Nhiệm vụ giao các tổ chức thành viên"),
            filters=bar,
            count=bar.count,
            buttons=bar.top_row,
            widths=COLUMN_SAMPLES,
            default_sort=(columns.DEADLINE, Qt.SortOrder.AscendingOrder),
            parent=parent,
        )
        self.filters: TaskFilterBar = bar
        self.settings = settings if settings is not None else Settings.load()
        """This PC's choices (the last folder a file was saved in), shared with the window."""
        self.last_preview: QWidget | None = None
        self.model: TasksTableModel
        self._sort: tuple[queries.TaskColumn, bool] = (queries.TaskColumn.DEADLINE, False)
        self.last_dialog: QWidget | None = None
        self.last_task_dialog: QWidget | None = None
        self.view.setObjectName("tasksList")
        # What is to be done takes the room the other columns leave.
        self.view.horizontalHeader().setSectionResizeMode(
            columns.CONTENT, QHeaderView.ResizeMode.Stretch
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.organizations = OrganizationTable(self)
        self.organizations.opened.connect(self.show_organization)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tasksTabs")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.view)
        self.tabs.addTab(self.view, self.tr("Danh sách nhiệm vụ"))
        self.tabs.addTab(self.organizations, self.tr("Theo tổ chức"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_shown)

        writable = context.actor.role.can_write
        self.assign_button = self.add_button(
            self.tr("Giao nhiệm vụ… (Ctrl+N)"), self.assign, QKeySequence.StandardKey.New
        )
        self.assign_button.setObjectName("assignTaskButton")
        self.assign_button.setEnabled(writable)
        self.open_button = self.add_button(self.tr("Mở…"), self.edit_selected)
        self.open_button.setObjectName("openTaskButton")
        self.done_button = self.add_button(self.tr("Hoàn thành…"), self.complete_selected)
        self.done_button.setObjectName("completeTasksButton")
        self.done_button.setToolTip(self.tr("Đánh dấu hoàn thành các nhiệm vụ đã chọn"))
        self.extend_button = self.add_button(self.tr("Gia hạn…"), self.extend_selected)
        self.extend_button.setObjectName("extendTasksButton")
        self.extend_button.setToolTip(self.tr("Gia hạn các nhiệm vụ đã chọn, với lý do"))
        self.print_button = self.add_menu_button(
            self.tr("In"),
            [
                (
                    self.tr("Công văn giao nhiệm vụ (theo văn bản của dòng đã chọn)…"),
                    self.compose_task_letter,
                ),
                (
                    self.tr("Công văn đôn đốc tổ chức (các nhiệm vụ quá hạn)…"),
                    self.compose_chase_letter,
                ),
                (
                    self.tr("Sổ theo dõi giải quyết văn bản đến (năm đang lọc)…"),
                    self.print_follow_up,
                ),
                (self.tr("Bảng theo dõi thực hiện nhiệm vụ của tổ chức…"), self.print_tracking),
            ],
        )
        self.print_button.setObjectName("taskPrintButton")
        self.excel_button = self.add_menu_button(
            self.tr("Excel"),
            [(self.tr("Xuất danh sách nhiệm vụ của năm ra Excel…"), self.export_to_excel)],
        )
        self.excel_button.setObjectName("taskExcelButton")
        QShortcut(QKeySequence.StandardKey.Find, self, self.filters.search.setFocus)
        self.filters.changed.connect(self.reload)
        self.update_buttons()
        self.reload()

    # ----- reading ------------------------------------------------------------------

    def current_filter(self) -> TaskFilter:
        """The filter the clerk has set above the list."""
        return self.filters.task_filter()

    def read_keys(self) -> Callable[[object], list[int]]:
        """Keys for the filter and order in force, judged on today."""
        where, (column, descending) = self.current_filter(), self._sort
        factory, actor = self._context.factory, self._context.actor
        today = clock.today()
        self.model.today = today
        return lambda _c: queries.task_keys(factory, actor, where, today, (column, descending))

    def read_alongside(self) -> Callable[[TaskControl], Any]:
        """The choices of the filters, the reminder window and the figures per organisation."""
        factory = self._context.factory
        figures = self._figures_read() if self.tabs.currentIndex() == 1 else None

        def read(control: TaskControl) -> tuple[Any, ...]:
            return (
                reminder_window(factory),
                [(o.id, o.name) for o in list_organizations(factory) if o.active],
                queries.task_years(factory),
                figures(control) if figures is not None else None,
            )

        return read

    def _figures_read(self) -> Callable[[TaskControl], list[queries.OrganizationFigures]]:
        """The figures of "Theo tổ chức" for the year in the filter (read when shown)."""
        factory, actor = self._context.factory, self._context.actor
        where = self.current_filter()
        figures_filter = TaskFilter(year=where.year, source_id=where.source_id)
        today = clock.today()
        return lambda _c: queries.organization_figures(factory, actor, figures_filter, today)

    def _tab_shown(self, index: int) -> None:
        """"Theo tổ chức" reads its figures when it is shown, not with every list."""
        if index == 1:
            self._runner.query(self._figures_read(), on_done=self.organizations.show_figures)

    def show_alongside(self, value: Any) -> None:
        """Refresh the filters' choices and the table by organisation."""
        window, organizations, years, figures = value
        self.model.window = window
        if self.filters.window_days != window and self.filters.deadline.currentData() is None:
            self.filters.set_window(window)
        self.filters.set_organizations(organizations)
        self.filters.set_years(years)
        if figures is not None:
            self.organizations.show_figures(figures)

    def count_text(self, count: int) -> str:
        """The count under the filters: tasks found."""
        return self.tr("{count} nhiệm vụ").format(count=format_number(count))

    def sort_column(self, column: int, descending: bool) -> bool:
        """Map a screen column to the database order."""
        key = columns.SORT_COLUMNS.get(column)
        if key is None:
            return False
        self._sort = (key, descending)
        return True

    def show_tasks(self, wanted: TaskFilter, words: str = "") -> None:
        """Show the tasks behind a figure, a day or a reminder (Action.SHOW_TASKS).

        ``words`` say what the widgets cannot (else the filter bar words it).
        """
        self.tabs.setCurrentIndex(0)
        self.filters.show_filter(wanted, words)

    def show_organization(self, organization_id: int) -> None:
        """The tasks one organisation leads (a line of "Theo tổ chức")."""
        where = self.current_filter()
        self.tabs.setCurrentIndex(0)
        self.filters.show_filter(
            TaskFilter(organization_id=organization_id, year=where.year, words=where.words)
        )

    # ----- selection and buttons ----------------------------------------------------

    def selected_tasks(self) -> list[TaskRecord]:
        """The records of the lines chosen (read now if need be), in the list's order."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        found = [self.model.record(row) for row in rows]
        return [record for record in found if record is not None]

    def update_buttons(self) -> None:
        """Mở for one line; Hoàn thành and Gia hạn for open lines, writers only."""
        super().update_buttons()
        if not hasattr(self, "extend_button"):
            return
        rows = self.view.selectionModel().selectedRows()
        chosen = [self.model.loaded(index.row()) for index in rows]
        ready = bool(chosen) and all(record is not None for record in chosen)
        tasks = [record for record in chosen if record is not None]
        writable = self._context.actor.role.can_write
        self.open_button.setEnabled(len(rows) == 1)
        self.done_button.setEnabled(
            writable and ready and all(task.state.is_open for task in tasks)
        )
        self.extend_button.setEnabled(
            writable
            and ready
            and all(task.state.is_open and task.deadline is not None for task in tasks)
        )

    def edit_selected(self) -> object:
        """Mở…: the selected task's own dialog."""
        key = self.selected_key()
        if key is None:
            return None
        from giamsat_desktop.ui.tasks.task_dialog import TaskDialog

        dialog = TaskDialog(self._context, self._runner, key, self)
        dialog.saved.connect(lambda changes: self.saved(key, changes))
        self.last_task_dialog = dialog
        dialog.open()
        return dialog

    def complete_selected(self) -> None:
        """Hoàn thành…: the chosen open tasks, done on one day."""
        self._bulk(extend=False)

    def extend_selected(self) -> None:
        """Gia hạn…: the chosen open tasks with a deadline, to one new deadline."""
        self._bulk(extend=True)

    def _bulk(self, *, extend: bool) -> None:
        tasks = self.selected_tasks()
        if not tasks:
            return
        unfit = [t for t in tasks if not t.state.is_open or (extend and t.deadline is None)]
        if unfit:
            QMessageBox.information(
                self,
                self.tr("Nhiệm vụ"),
                self.tr(
                    "{count} nhiệm vụ đã chọn đã xong, đã hủy hoặc là nhiệm vụ thường xuyên: "
                    "hãy bỏ chọn các dòng đó."
                ).format(count=len(unfit)),
            )
            return
        dialog = BulkDialog(self._context, self._runner, tasks, extend=extend, parent=self)
        dialog.saved.connect(lambda changes: self.saved(tasks[0].id, changes))
        self.last_dialog = dialog
        dialog.open()

    # ----- prints -------------------------------------------------------------------

    def _year(self) -> int:
        """The year in the filter, else this year."""
        year = self.filters.year.currentData()
        return int(year) if year is not None else clock.today().year

    def _organization(self) -> int | None:
        """The organisation in the filter, else the lead of the selected line."""
        chosen = self.filters.organization.currentData()
        if chosen is not None:
            return int(chosen)
        tasks = self.selected_tasks()
        return tasks[0].lead_id if tasks else None

    def _tell(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Nhiệm vụ"), text)

    def compose_task_letter(self) -> None:
        """The task letter of the selected line's incoming document."""
        tasks = self.selected_tasks()
        if not tasks or tasks[0].source_id is None:
            self._tell(self.tr("Hãy chọn một nhiệm vụ được giao từ văn bản đến."))
            return
        self.letter_requested.emit(TASK_LETTER, tasks[0].source_id)

    def compose_chase_letter(self) -> None:
        """The chase letter of one organisation: its overdue tasks."""
        organization = self._organization()
        if organization is None:
            self._tell(self.tr("Hãy chọn tổ chức ở ô lọc, hoặc chọn một nhiệm vụ của tổ chức đó."))
            return
        factory, actor, today = self._context.factory, self._context.actor, clock.today()

        def counted(overdue: list[TaskRecord]) -> None:
            if not overdue:
                self._tell(self.tr("Tổ chức này không có nhiệm vụ nào quá hạn để đôn đốc."))
                return
            self.letter_requested.emit(CHASE_LETTER, organization)

        self._runner.query(
            lambda _c: overdue_tasks(factory, actor, organization, today), on_done=counted
        )

    def _kept_preview(self, preview: QWidget) -> None:
        self.last_preview = preview

    def print_follow_up(self) -> None:
        """Sổ theo dõi giải quyết văn bản đến of the year in the filter."""
        year = self._year()
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        factory, actor = self._context.factory, self._context.actor
        output_actions.show_pdf(
            self,
            self._runner,
            self.settings,
            lambda _c: prints.follow_up_pdf(factory, actor, start, end),
            self.tr("Sổ theo dõi giải quyết văn bản đến"),
            f"So-theo-doi-giai-quyet-{year}.pdf",
            shown=self._kept_preview,
        )

    def print_tracking(self) -> None:
        """One organisation's tracking table for the year in the filter."""
        organization = self._organization()
        if organization is None:
            self._tell(self.tr("Hãy chọn tổ chức ở ô lọc, hoặc chọn một nhiệm vụ của tổ chức đó."))
            return
        year = self._year()
        factory, actor = self._context.factory, self._context.actor
        output_actions.show_pdf(
            self,
            self._runner,
            self.settings,
            lambda _c: prints.tracking_pdf(factory, actor, organization, year),
            self.tr("Bảng theo dõi thực hiện nhiệm vụ"),
            f"Theo-doi-nhiem-vu-{organization}-{year}.pdf",
            shown=self._kept_preview,
        )

    def export_to_excel(self) -> None:
        """The tasks given in the year of the filter, to an Excel file."""
        year = self._year()
        factory, actor = self._context.factory, self._context.actor
        output_actions.export_excel(
            self,
            self._runner,
            self.settings,
            lambda path, control: prints.export_tasks_xlsx(
                factory,
                actor,
                path,
                year,
                progress=control.report,
                cancelled=control.is_cancelled,
            ),
            f"Nhiem-vu-{year}.xlsx",
        )

    # ----- giving tasks -------------------------------------------------------------

    def add(self) -> object:
        """Ctrl+N gives tasks without a document."""
        self.assign()
        return self.last_dialog

    def assign(self, document_id: int | None = None) -> None:
        """Giao nhiệm vụ: from an incoming document (its id), or without one."""
        if document_id is None:
            self._open(None)
            return
        factory, actor = self._context.factory, self._context.actor
        self._runner.query(
            lambda _c: incoming.get_incoming(factory, actor, document_id), on_done=self._open
        )

    def _open(self, document: IncomingRecord | None) -> None:
        dialog = AssignDialog(self._context, self._runner, document, self)
        dialog.assigned.connect(self._assigned)
        self.last_dialog = dialog
        dialog.open()

    def _assigned(self, changes: Changes) -> None:
        tasks = getattr(self.last_dialog, "result_tasks", None) or []
        if tasks:
            self.saved(tasks[0].id, changes)
        else:
            self.changed.emit(changes)
