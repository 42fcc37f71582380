"""Phản biện xã hội: every draft the Front criticised, followed until its points are answered.

A lazy list (the database filters, sorts and counts): the draft, its drafting body, the
form, the day held, the step, the answers' deadline and how many points are answered, in
red when answers are overdue today. The filters: words (without accents), form, step
("Đang theo dõi", "Quá hạn trả lời", each step) and year; the counts beside them. "Thêm cuộc
phản biện…" (Ctrl+N) writes a new session, Mở… opens one, Xóa removes one written by mistake
while its criticism is unsent. Lịch hạn and Việc cần làm show the sessions whose answers fall
due (``show_criticisms``): "Đang xem: …" says which, "Bỏ lọc" takes that filter off.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from giamsat_desktop.domain.criticism_records import CriticismCounts, CriticismFilter
from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.criticism import queries, sessions
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.lazy_list_page import LazyListPage
from giamsat_desktop.ui.criticism import criticism_model as columns
from giamsat_desktop.ui.criticism.criticism_dialog import CriticismDialog
from giamsat_desktop.ui.criticism.criticism_filter_bar import CriticismFilterBar
from giamsat_desktop.ui.criticism.criticism_model import CriticismTableModel
from giamsat_desktop.ui.criticism.criticism_texts import counts_text, forms_text, one_line

COLUMN_SAMPLES = {
    columns.CODE: "0000",
    columns.TITLE: "Dự thảo Nghị quyết về chính sách",
    columns.BODY: "Ủy ban nhân dân xã",
    columns.FORM: "Đối thoại trực tiếp",
    columns.HELD: "00/00/0000",
    columns.STEP: "Đã gửi văn bản phản biện",
    columns.DUE: "00/00/0000",
    columns.ANSWERS: "0/0 nội dung",
}
"""A typical value of each column: the columns are sized from the font."""


class CriticismPage(LazyListPage):
    """The criticism sessions, their filters and counts; a line opens its dialog."""

    area = Area.CRITICISM
    letter_requested = Signal(object, str, int)
    """A session's form to open in Văn bản soạn thảo: ``(LetterForm, kind, id)``."""

    def __init__(
        self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        bar = CriticismFilterBar()
        super().__init__(
            context,
            runner,
            CriticismTableModel(
                partial(queries.criticisms_by_ids, context.factory, context.actor)
            ),
            self.tr("Phản biện xã hội"),
            filters=bar,
            count=bar.count,
            buttons=bar.top_row,
            widths=COLUMN_SAMPLES,
            default_sort=(columns.CODE, Qt.SortOrder.DescendingOrder),
            parent=parent,
        )
        self.filters: CriticismFilterBar = bar
        self.model: CriticismTableModel
        self._sort: tuple[queries.CriticismColumn, bool] = (queries.CriticismColumn.MADE, True)
        self._counts: CriticismCounts | None = None
        self._pinned: CriticismFilter | None = None
        self.last_dialog: CriticismDialog | None = None
        self.view.setObjectName("criticismList")
        self.view.horizontalHeader().setSectionResizeMode(
            columns.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.new_button = self.add_button(
            self.tr("Thêm cuộc phản biện… (Ctrl+N)"), self.add, QKeySequence.StandardKey.New
        )
        self.new_button.setObjectName("newCriticismButton")
        self.new_button.setToolTip(self.tr("Ghi một cuộc phản biện xã hội mới"))
        self.open_button = self.add_button(self.tr("Mở…"), self.edit_selected)
        self.open_button.setObjectName("openCriticismButton")
        self.remove_button = self.add_button(self.tr("Xóa"), self.remove_selected)
        self.remove_button.setObjectName("removeCriticismButton")
        self.remove_button.setToolTip(
            self.tr("Xóa cuộc phản biện ghi nhầm, khi chưa gửi văn bản phản biện")
        )
        QShortcut(QKeySequence.StandardKey.Find, self, self.filters.search.setFocus)
        self.filters.changed.connect(self._unpin)
        self.filters.changed.connect(self.reload)
        self.filters.unpinned.connect(self._unpin)
        self.filters.unpinned.connect(self.reload)
        self.update_buttons()
        self.reload()

    # ----- reading ----------------------------------------------------------------------

    def show_criticisms(self, wanted: CriticismFilter, words: str) -> None:
        """Show exactly the sessions of ``wanted``, said in ``words``, until a filter changes."""
        self._pinned = wanted
        self.filters.show_pinned(words or self.tr("các cuộc phản biện được chọn"))
        self.reload()

    def current_filter(self) -> CriticismFilter:
        """The filter in force: one asked for from elsewhere, else the filter bar's."""
        if self._pinned is not None:
            return self._pinned
        return self.filters.criticism_filter(clock.today())

    def _unpin(self) -> None:
        self._pinned = None
        self.filters.show_pinned("")

    def read_keys(self) -> Callable[[object], list[int]]:
        """Keys for the filter and order in force."""
        where, order = self.current_filter(), self._sort
        factory, actor = self._context.factory, self._context.actor
        return lambda _c: queries.criticism_keys(factory, actor, where, order)

    def read_alongside(self) -> Callable[[TaskControl], Any]:
        """The day, the counts of the filter in force, the years it offers."""
        today = clock.today()
        where = self.current_filter()
        factory, actor = self._context.factory, self._context.actor

        def read(_c: TaskControl) -> tuple[dt.date, CriticismCounts, list[int]]:
            return (
                today,
                queries.counts(factory, actor, where, today),
                queries.criticism_years(factory),
            )

        return read

    def show_alongside(self, value: Any) -> None:
        """Take the day and the counts; refresh the year filter's choices."""
        today, counted, years = value
        self.model.today = today
        self._counts = counted
        self.filters.count.setToolTip(forms_text(counted))
        self.filters.set_years(years)

    def count_text(self, count: int) -> str:
        """"3 cuộc · 9 nội dung, 4 được tiếp thu · 1 quá hạn trả lời" (the forms in its tooltip)."""
        if self._counts is None or self._counts.total != count or not count:
            return self.tr("{count} cuộc phản biện").format(count=format_number(count))
        return counts_text(self._counts)

    def sort_column(self, column: int, descending: bool) -> bool:
        """Map a screen column to the database order."""
        key = columns.SORT_COLUMNS.get(column)
        if key is None:
            return False
        self._sort = (key, descending)
        return True

    def on_changes(self, changes: Changes) -> None:
        """Re-read the list, and the session's dialog open over it."""
        super().on_changes(changes)
        dialog = self.last_dialog
        if dialog is not None and dialog.isVisible():
            dialog.on_changes(changes)

    # ----- buttons ----------------------------------------------------------------------

    def update_buttons(self) -> None:
        """Thêm for writers; Mở for a chosen line; Xóa for a writer while it is unsent."""
        super().update_buttons()
        if hasattr(self, "remove_button"):
            self.open_button.setEnabled(self.selected_key() is not None)
            record = self.selected_if_read()
            self.remove_button.setEnabled(
                self._context.actor.role.can_write
                and record is not None
                and record.sent_on is None
                and record.letter_id is None
            )

    def add(self) -> object:
        """Thêm cuộc phản biện…: a new session's dialog."""
        if not self._context.actor.role.can_write:
            return None
        return self._show_dialog(CriticismDialog(self._context, self._runner, None, self))

    def edit_selected(self) -> object:
        """Mở…: the chosen session's dialog."""
        key = self.selected_key()
        return self.open_criticism(key) if key is not None else None

    def open_criticism(self, key: int) -> CriticismDialog:
        """The dialog of the session ``key``."""
        return self._show_dialog(CriticismDialog(self._context, self._runner, key, self))

    def _show_dialog(self, dialog: CriticismDialog) -> CriticismDialog:
        dialog.saved.connect(lambda changes: self._dialog_saved(dialog, changes))
        dialog.letter_requested.connect(self.letter_requested.emit)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_saved(self, dialog: CriticismDialog, changes: Changes) -> None:
        if dialog.key is not None:
            self.saved(dialog.key, changes)
        else:
            self.changed.emit(changes)

    def remove_selected(self) -> None:
        """Xóa: the chosen session, written by mistake and unsent, after asking."""
        record = self.selected()
        if record is None or not self._context.actor.role.can_write:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Xóa cuộc phản biện"),
            self.tr("Xóa cuộc phản biện “{title}”? Nhật ký thay đổi vẫn giữ lại.").format(
                title=one_line(record.title)
            ),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version
        self._runner.command(
            lambda _c: sessions.remove_criticism(factory, actor, key, version),
            on_done=self.changed.emit,
            on_error=lambda exc: QMessageBox.warning(
                self, self.tr("Xóa cuộc phản biện"), error_text(exc)
            ),
        )
