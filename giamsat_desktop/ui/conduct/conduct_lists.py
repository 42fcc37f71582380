"""The two lists of Giám sát theo QĐ 124: Cuộc giám sát and Phản ánh của nhân dân.

Each a lazy list (the database filters, sorts and counts) with its filter bar, Thêm…
(Ctrl+N), Sửa (or a double click) and Xóa after asking. The reports' list exports to Excel
what its filter lets through, never who reported.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox, QWidget

from giamsat_desktop.domain.conduct import sees_reporters
from giamsat_desktop.formatting import format_date, format_number
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.conduct import export, queries, reports, sessions
from giamsat_desktop.ui.common import output_actions
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.lazy_list_page import LazyListPage
from giamsat_desktop.ui.conduct import conduct_models as columns
from giamsat_desktop.ui.conduct.conduct_filters import ConductFilterBar, ReportFilterBar
from giamsat_desktop.ui.conduct.conduct_models import ConductTableModel, ReportTableModel
from giamsat_desktop.ui.conduct.report_dialog import ReportDialog
from giamsat_desktop.ui.conduct.session_dialog import ConductSessionDialog


def _hide_heading(page: QWidget) -> None:
    """The tab names the list: its own heading is left out."""
    for heading in page.findChildren(QLabel, "pageTitle"):
        heading.hide()


class ConductList(LazyListPage):
    """Cuộc giám sát: the sessions on leaders' conduct, newest first."""

    area = Area.CONDUCT

    def __init__(
        self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        bar = ConductFilterBar()
        super().__init__(
            context,
            runner,
            ConductTableModel(partial(queries.conducts_by_ids, context.factory, context.actor)),
            self.tr("Cuộc giám sát"),
            filters=bar,
            count=bar.count,
            buttons=bar.top_row,
            widths={
                columns.S_CODE: "0000",
                columns.S_HELD: "00/00/0000",
                columns.S_PLACE: "Nơi công tác",
                columns.S_UNIT: "Khu dân cư thôn Đông Hòa",
                columns.S_LEAD: "Ban công tác Mặt trận",
                columns.S_PEOPLE: "Lê Văn Khánh, Phạm Thị Duyên",
            },
            default_sort=(columns.S_HELD, Qt.SortOrder.DescendingOrder),
            parent=parent,
        )
        _hide_heading(self)
        self.filters: ConductFilterBar = bar
        self._sort: tuple[queries.ConductColumn, bool] = (queries.ConductColumn.HELD, True)
        self.last_dialog: ConductSessionDialog | None = None
        self.view.setObjectName("conductList")
        self.view.horizontalHeader().setSectionResizeMode(
            columns.S_CONTENT, QHeaderView.ResizeMode.Stretch
        )
        self.add_record_buttons(self.tr("Thêm cuộc giám sát… (Ctrl+N)"), self.tr("Sửa…"))
        assert self.new_button is not None and self.edit_button is not None  # noqa: S101
        self.new_button.setObjectName("newConductButton")
        self.edit_button.setObjectName("editConductButton")
        self.remove_button = self.add_button(self.tr("Xóa"), self.remove_selected)
        self.remove_button.setObjectName("removeConductButton")
        QShortcut(QKeySequence.StandardKey.Find, self, self.filters.search.setFocus)
        self.filters.changed.connect(self.reload)
        self.update_buttons()
        self.reload()

    def read_keys(self) -> Callable[[object], list[int]]:
        """Keys for the filter and order in force."""
        where, order = self.filters.conduct_filter(), self._sort
        factory, actor = self._context.factory, self._context.actor
        return lambda _c: queries.conduct_keys(factory, actor, where, order)

    def read_alongside(self) -> Callable[[TaskControl], Any]:
        """The years the filter offers."""
        factory = self._context.factory
        return lambda _c: queries.conduct_years(factory)

    def show_alongside(self, value: Any) -> None:
        """Refresh the year filter's choices."""
        self.filters.set_years(value)

    def count_text(self, count: int) -> str:
        """The count, such as "12 cuộc giám sát"."""
        return self.tr("{count} cuộc giám sát").format(count=format_number(count))

    def sort_column(self, column: int, descending: bool) -> bool:
        """Map a screen column to the database order."""
        key = columns.SESSION_SORT.get(column)
        if key is None:
            return False
        self._sort = (key, descending)
        return True

    def update_buttons(self) -> None:
        """Xóa, as Sửa, for a writer with a line chosen."""
        super().update_buttons()
        if hasattr(self, "remove_button"):
            self.remove_button.setEnabled(
                self._context.actor.role.can_write and self.selected_key() is not None
            )

    def add(self) -> object:
        """Thêm cuộc giám sát…: a new session's dialog."""
        if not self._context.actor.role.can_write:
            return None
        return self._open(ConductSessionDialog(self._context, self._runner, None, self))

    def edit_selected(self) -> object:
        """Sửa…: the chosen session's dialog."""
        record = self.selected()
        if record is None:
            return None
        return self._open(ConductSessionDialog(self._context, self._runner, record, self))

    def _open(self, dialog: ConductSessionDialog) -> ConductSessionDialog:
        def done() -> None:
            saved = dialog.result_record
            if saved is not None:
                self.saved(saved[0].id, saved[1])

        dialog.accepted.connect(done)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        """Xóa: the chosen session, written by mistake, after asking."""
        record = self.selected()
        if record is None or not self._context.actor.role.can_write:
            return
        day = format_date(record.held_on) if record.held_on else ""
        asked = QMessageBox.question(
            self,
            self.tr("Xóa cuộc giám sát"),
            self.tr(
                "Xóa cuộc giám sát ngày {day} tại “{unit}”? Nhật ký thay đổi vẫn giữ lại."
            ).format(day=day, unit=record.unit),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version
        self._runner.command(
            lambda _c: sessions.remove_conduct(factory, actor, key, version),
            on_done=self.changed.emit,
            on_error=lambda exc: QMessageBox.warning(
                self, self.tr("Xóa cuộc giám sát"), error_text(exc)
            ),
        )


class ReportList(LazyListPage):
    """Phản ánh của nhân dân: the citizens' reports, newest first."""

    area = Area.CONDUCT

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        settings: Any,
        parent: QWidget | None = None,
    ) -> None:
        bar = ReportFilterBar()
        with_reporter = sees_reporters(context.actor)
        super().__init__(
            context,
            runner,
            ReportTableModel(
                partial(queries.reports_by_ids, context.factory, context.actor),
                with_reporter=with_reporter,
            ),
            self.tr("Phản ánh của nhân dân"),
            filters=bar,
            count=bar.count,
            buttons=bar.top_row,
            widths={
                columns.R_CODE: "00000",
                columns.R_RECEIVED: "00/00/0000",
                columns.R_CHANNEL: "Hòm thư góp ý",
                columns.R_REPORTED: "Nguyễn Văn Thành",
                columns.R_POSITION: "Phó Chủ tịch UBND xã",
                columns.R_CONTENT: "Phản ánh việc hướng dẫn thủ tục",
                columns.R_STATE: "Đã chuyển xử lý",
                columns.R_HANDLING: "UBND xã (27/MTTQ-BTT)",
            },
            default_sort=(columns.R_RECEIVED, Qt.SortOrder.DescendingOrder),
            parent=parent,
        )
        _hide_heading(self)
        self.settings = settings
        self.filters: ReportFilterBar = bar
        self._sort: tuple[queries.ReportColumn, bool] = (queries.ReportColumn.RECEIVED, True)
        self.last_dialog: ReportDialog | None = None
        self.view.setObjectName("reportList")
        # Nine columns (ten with the reporter) fill a laptop's width: the content keeps the
        # width of its sample and the last column takes what is left, so none shrinks to "…".
        self.view.horizontalHeader().setStretchLastSection(True)
        self.add_record_buttons(self.tr("Thêm phản ánh… (Ctrl+N)"), self.tr("Sửa…"))
        assert self.new_button is not None and self.edit_button is not None  # noqa: S101
        self.new_button.setObjectName("newReportButton")
        self.edit_button.setObjectName("editReportButton")
        self.remove_button = self.add_button(self.tr("Xóa"), self.remove_selected)
        self.remove_button.setObjectName("removeReportButton")
        self.excel_button = self.add_button(self.tr("Xuất Excel…"), self.export_to_excel)
        self.excel_button.setObjectName("reportExcelButton")
        self.excel_button.setToolTip(
            self.tr("Ghi danh sách đang lọc ra tệp Excel (không có người phản ánh)")
        )
        QShortcut(QKeySequence.StandardKey.Find, self, self.filters.search.setFocus)
        self.filters.changed.connect(self.reload)
        self.update_buttons()
        self.reload()

    def read_keys(self) -> Callable[[object], list[int]]:
        """Keys for the filter and order in force."""
        where, order = self.filters.report_filter(), self._sort
        factory, actor = self._context.factory, self._context.actor
        return lambda _c: queries.report_keys(factory, actor, where, order)

    def read_alongside(self) -> Callable[[TaskControl], Any]:
        """The years the filter offers."""
        factory = self._context.factory
        return lambda _c: queries.conduct_years(factory)

    def show_alongside(self, value: Any) -> None:
        """Refresh the year filter's choices."""
        self.filters.set_years(value)

    def count_text(self, count: int) -> str:
        """The count, such as "120 phản ánh"."""
        return self.tr("{count} phản ánh").format(count=format_number(count))

    def sort_column(self, column: int, descending: bool) -> bool:
        """Map a screen column to the database order."""
        key = columns.REPORT_SORT.get(column)
        if key is None:
            return False
        self._sort = (key, descending)
        return True

    def update_buttons(self) -> None:
        """Xóa, as Sửa, for a writer with a line chosen."""
        super().update_buttons()
        if hasattr(self, "remove_button"):
            self.remove_button.setEnabled(
                self._context.actor.role.can_write and self.selected_key() is not None
            )

    def add(self) -> object:
        """Thêm phản ánh…: a new report's dialog."""
        if not self._context.actor.role.can_write:
            return None
        return self._open(None)

    def edit_selected(self) -> object:
        """Sửa…: the chosen report's dialog."""
        record = self.selected()
        return self._open(record) if record is not None else None

    def _open(self, record: Any) -> ReportDialog:
        letters = reports.issued_letters(self._context.factory, self._context.actor)
        dialog = ReportDialog(self._context, self._runner, record, letters, self)

        def done() -> None:
            saved = dialog.result_record
            if saved is not None:
                self.saved(saved[0].id, saved[1])

        dialog.accepted.connect(done)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        """Xóa: the chosen report, written by mistake, after asking."""
        record = self.selected()
        if record is None or not self._context.actor.role.can_write:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Xóa phản ánh"),
            self.tr(
                "Xóa phản ánh về “{name}” nhận ngày {day}? Nhật ký thay đổi vẫn giữ lại."
            ).format(name=record.reported_name, day=format_date(record.received_on)),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version
        self._runner.command(
            lambda _c: reports.remove_report(factory, actor, key, version),
            on_done=self.changed.emit,
            on_error=lambda exc: QMessageBox.warning(
                self, self.tr("Xóa phản ánh"), error_text(exc)
            ),
        )

    def export_to_excel(self) -> None:
        """Xuất Excel…: the reports the filter lets through, without who reported."""
        where = self.filters.report_filter()
        factory, actor = self._context.factory, self._context.actor
        name = f"Phan-anh-{where.year}.xlsx" if where.year is not None else "Phan-anh.xlsx"
        output_actions.export_excel(
            self,
            self._runner,
            self.settings,
            lambda path, control: export.export_reports_xlsx(
                factory,
                actor,
                path,
                where,
                progress=control.report,
                cancelled=control.is_cancelled,
            ),
            name,
        )
