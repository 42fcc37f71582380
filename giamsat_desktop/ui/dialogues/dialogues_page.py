"""Đối thoại trực tiếp: the dialogues between the leaders and the people, followed to the end.

A lazy list (the database filters, sorts and counts): the day, the leader, the Party
committee or the government, the topic, how many issues, the commitments done of those made,
"quá hạn" in red when one is overdue today. The filters: words (without accents), year,
"Có cam kết quá hạn", "Cam kết chưa xong"; the counts beside them. "Thêm cuộc đối thoại…"
(Ctrl+N) writes a new dialogue, Sửa… opens one, Xóa removes one written by mistake after
asking. Lịch hạn and Việc cần làm show the dialogues whose commitments fall due
(``show_dialogues``): "Đang xem: …" says which, "Bỏ lọc" takes that filter off.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from giamsat_desktop.domain.dialogue_records import DialogueCounts, DialogueFilter
from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.dialogues import editing, queries
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.lazy_list_page import LazyListPage
from giamsat_desktop.ui.dialogues import dialogues_model as columns
from giamsat_desktop.ui.dialogues.dialogue_dialog import DialogueDialog
from giamsat_desktop.ui.dialogues.dialogue_filter_bar import DialogueFilterBar
from giamsat_desktop.ui.dialogues.dialogue_texts import counts_text, one_line

COLUMN_SAMPLES = {
    columns.HELD: "00/00/0000",
    columns.LEADER: "Đồng chí Nguyễn Văn An, Bí thư Đảng ủy xã",
    columns.BODY: "Chính quyền",
    columns.TOPIC: "Giải phóng mặt bằng",
    columns.ISSUES: "Số vấn đề",
    columns.COMMITMENTS: "0/0 · quá hạn 0",
}
"""A typical value of each column: the columns are sized from the font."""


class DialoguesPage(LazyListPage):
    """The dialogues, their filters and counts; a line opens its dialog."""

    area = Area.DIALOGUES
    letter_requested = Signal(object, str, int)
    """A dialogue's minutes to open in Văn bản soạn thảo: ``(LetterForm, kind, id)``."""

    def __init__(
        self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        bar = DialogueFilterBar()
        super().__init__(
            context,
            runner,
            columns.DialoguesTableModel(
                partial(queries.dialogues_by_ids, context.factory, context.actor)
            ),
            self.tr("Đối thoại trực tiếp"),
            filters=bar,
            count=bar.count,
            buttons=bar.top_row,
            widths=COLUMN_SAMPLES,
            default_sort=(columns.HELD, Qt.SortOrder.DescendingOrder),
            parent=parent,
        )
        self.filters: DialogueFilterBar = bar
        self.model: columns.DialoguesTableModel
        self._sort: tuple[queries.DialogueColumn, bool] = (queries.DialogueColumn.HELD, True)
        self._counts: DialogueCounts | None = None
        self._pinned: DialogueFilter | None = None
        self.last_dialog: DialogueDialog | None = None
        self.view.setObjectName("dialogueList")
        self.view.horizontalHeader().setSectionResizeMode(
            columns.TOPIC, QHeaderView.ResizeMode.Stretch
        )
        self.new_button = self.add_button(
            self.tr("Thêm cuộc đối thoại… (Ctrl+N)"), self.add, QKeySequence.StandardKey.New
        )
        self.new_button.setObjectName("newDialogueButton")
        self.new_button.setToolTip(self.tr("Ghi một cuộc đối thoại trực tiếp mới"))
        self.open_button = self.add_button(self.tr("Sửa…"), self.edit_selected)
        self.open_button.setObjectName("openDialogueButton")
        self.remove_button = self.add_button(self.tr("Xóa"), self.remove_selected)
        self.remove_button.setObjectName("removeDialogueButton")
        self.remove_button.setToolTip(self.tr("Xóa cuộc đối thoại ghi nhầm (có hỏi lại)"))
        QShortcut(QKeySequence.StandardKey.Find, self, self.filters.search.setFocus)
        self.filters.changed.connect(self._unpin)
        self.filters.changed.connect(self.reload)
        self.filters.unpinned.connect(self._unpin)
        self.filters.unpinned.connect(self.reload)
        self.update_buttons()
        self.reload()

    # ----- reading ----------------------------------------------------------------------

    def show_dialogues(self, wanted: DialogueFilter, words: str) -> None:
        """Show exactly the dialogues of ``wanted``, said in ``words``, until a filter changes."""
        self._pinned = wanted
        self.filters.show_pinned(words or self.tr("các cuộc đối thoại được chọn"))
        self.reload()

    def current_filter(self) -> DialogueFilter:
        """The filter in force: one asked for from elsewhere, else the filter bar's."""
        if self._pinned is not None:
            return self._pinned
        return self.filters.dialogue_filter(clock.today())

    def _unpin(self) -> None:
        self._pinned = None
        self.filters.show_pinned("")

    def read_keys(self) -> Callable[[object], list[int]]:
        """Keys for the filter and order in force."""
        where, order = self.current_filter(), self._sort
        factory, actor = self._context.factory, self._context.actor
        return lambda _c: queries.dialogue_keys(factory, actor, where, order)

    def read_alongside(self) -> Callable[[TaskControl], Any]:
        """The day, the counts of the filter in force, the years it offers."""
        today = clock.today()
        where = self.current_filter()
        factory, actor = self._context.factory, self._context.actor

        def read(_c: TaskControl) -> tuple[dt.date, DialogueCounts, list[int]]:
            return (
                today,
                queries.counts(factory, actor, day=today, where=where),
                queries.dialogue_years(factory),
            )

        return read

    def show_alongside(self, value: Any) -> None:
        """Take the day and the counts; refresh the year filter's choices."""
        today, counted, years = value
        self.model.today = today
        self._counts = counted
        self.filters.set_years(years)

    def count_text(self, count: int) -> str:
        """"3 cuộc (cấp ủy 1, chính quyền 2) · 6 vấn đề · cam kết 1/3 xong, 1 quá hạn"."""
        if self._counts is None or self._counts.dialogues != count or not count:
            return self.tr("{count} cuộc đối thoại").format(count=format_number(count))
        return counts_text(self._counts)

    def sort_column(self, column: int, descending: bool) -> bool:
        """Map a screen column to the database order."""
        key = columns.SORT_COLUMNS.get(column)
        if key is None:
            return False
        self._sort = (key, descending)
        return True

    def on_changes(self, changes: Changes) -> None:
        """Re-read the list, and the dialogue's dialog open over it."""
        super().on_changes(changes)
        dialog = self.last_dialog
        if dialog is not None and dialog.isVisible():
            dialog.on_changes(changes)

    # ----- buttons ----------------------------------------------------------------------

    def update_buttons(self) -> None:
        """Thêm for writers; Sửa for a chosen line; Xóa for a writer and a chosen line."""
        super().update_buttons()
        if hasattr(self, "remove_button"):
            chosen = self.selected_key() is not None
            self.open_button.setEnabled(chosen)
            self.remove_button.setEnabled(self._context.actor.role.can_write and chosen)

    def add(self) -> object:
        """Thêm cuộc đối thoại…: a new dialogue's dialog."""
        if not self._context.actor.role.can_write:
            return None
        return self._show_dialog(DialogueDialog(self._context, self._runner, None, self))

    def edit_selected(self) -> object:
        """Sửa…: the chosen dialogue's dialog."""
        key = self.selected_key()
        return self.open_dialogue(key) if key is not None else None

    def open_dialogue(self, key: int) -> DialogueDialog:
        """The dialog of the dialogue ``key``."""
        return self._show_dialog(DialogueDialog(self._context, self._runner, key, self))

    def _show_dialog(self, dialog: DialogueDialog) -> DialogueDialog:
        dialog.saved.connect(lambda changes: self._dialog_saved(dialog, changes))
        dialog.letter_requested.connect(self.letter_requested.emit)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_saved(self, dialog: DialogueDialog, changes: Changes) -> None:
        if dialog.key is not None:
            self.saved(dialog.key, changes)
        else:
            self.changed.emit(changes)

    def remove_selected(self) -> None:
        """Xóa: the chosen dialogue, written by mistake, after asking."""
        record = self.selected()
        if record is None or not self._context.actor.role.can_write:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Xóa cuộc đối thoại"),
            self.tr(
                "Xóa cuộc đối thoại “{topic}” cùng {count} vấn đề đã ghi? "
                "Nhật ký thay đổi vẫn giữ lại."
            ).format(topic=one_line(record.topic), count=len(record.issues)),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        factory, actor = self._context.factory, self._context.actor
        key, version = record.id, record.version
        self._runner.command(
            lambda _c: editing.remove_dialogue(factory, actor, key, version),
            on_done=self.changed.emit,
            on_error=lambda exc: QMessageBox.warning(
                self, self.tr("Xóa cuộc đối thoại"), error_text(exc)
            ),
        )
