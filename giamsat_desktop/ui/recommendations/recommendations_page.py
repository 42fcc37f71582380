"""Kiến nghị: every recommendation after a supervision, followed until resolved or closed.

A lazy list (the database filters, sorts and counts; 60,000 recommendations open at once):
the state as of today, an overdue reply in red, the last reply's kind and date. The
filters: words (without accents), state (đang theo dõi, quá hạn trả lời, each state), the
addressed body and the year. "Cùng cuộc giám sát" shows the chosen line's session's only;
another page may ask for exactly the lines of a ``RecommendationFilter``
(``Action.SHOW_RECOMMENDATIONS``: a day of Lịch hạn). Such a filter is said in words above
the list until the clerk takes it off or changes a filter. The counts under the filters say
how many are followed and how many are overdue.

A line opens the recommendation's dialog (replies, moves, chase and escalation letters);
its letters are asked of Văn bản soạn thảo through ``letter_requested``
(``Action.COMPOSE_LETTER``), and what is issued there reaches the dialog open over the page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from giamsat_desktop.domain.recommendations import RecommendationCounts, RecommendationFilter
from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.recommendations import queries
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.common.lazy_list_page import LazyListPage
from giamsat_desktop.ui.recommendations import recommendations_model as columns
from giamsat_desktop.ui.recommendations.recommendation_dialog import RecommendationDialog
from giamsat_desktop.ui.recommendations.recommendation_filter_bar import RecommendationFilterBar
from giamsat_desktop.ui.recommendations.recommendation_texts import counts_text, filter_words
from giamsat_desktop.ui.recommendations.recommendations_model import RecommendationsTableModel

COLUMN_SAMPLES = {
    columns.CODE: "0000",
    columns.CONTENT: "Rà soát, cấp thẻ bảo hiểm y tế",
    columns.BODY: "Ủy ban nhân dân xã Tân Hưng",
    columns.SESSION: "Việc chi trả",
    columns.SENT: "00/00/0000",
    columns.DUE: "00/00/0000",
    columns.STATE: "Đã kiến nghị cấp",
    columns.REPLY: "Tiếp thu, 00/00/0000",
}
"""A typical value of each column: the columns are sized from the font."""


class RecommendationsPage(LazyListPage):
    """The recommendations, their filters and counts; a line opens its dialog."""

    area = Area.RECOMMENDATIONS
    letter_requested = Signal(object, str, int)
    """A letter to open: ``(LetterForm, source kind, id)``, as ``Action.COMPOSE_LETTER``."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        bar = RecommendationFilterBar()
        super().__init__(
            context,
            runner,
            RecommendationsTableModel(
                partial(queries.recommendations_by_ids, context.factory, context.actor)
            ),
            self.tr("Kiến nghị"),
            filters=bar,
            count=bar.count,
            buttons=bar.top_row,
            widths=COLUMN_SAMPLES,
            default_sort=(columns.CODE, Qt.SortOrder.DescendingOrder),
            parent=parent,
        )
        self.filters: RecommendationFilterBar = bar
        self.model: RecommendationsTableModel
        self._sort: tuple[queries.RecommendationColumn, bool] = (
            queries.RecommendationColumn.MADE,
            True,
        )
        self._counts: RecommendationCounts | None = None
        self._pinned: RecommendationFilter | None = None
        self.last_dialog: RecommendationDialog | None = None
        self.view.setObjectName("recommendationsList")
        self.view.horizontalHeader().setSectionResizeMode(
            columns.CONTENT, QHeaderView.ResizeMode.Stretch
        )
        self.open_button = self.add_button(self.tr("Mở…"), self.edit_selected)
        self.open_button.setObjectName("openRecommendationButton")
        self.same_session_button = self.add_button(
            self.tr("Cùng cuộc giám sát"), self.filter_by_session
        )
        self.same_session_button.setObjectName("sameSessionButton")
        self.same_session_button.setToolTip(
            self.tr("Chỉ hiện các kiến nghị của cuộc giám sát có dòng đang chọn")
        )
        QShortcut(QKeySequence.StandardKey.Find, self, self.filters.search.setFocus)
        self.filters.changed.connect(self._unpin)
        self.filters.changed.connect(self.reload)
        self.filters.unpinned.connect(self._unpin)
        self.filters.unpinned.connect(self.reload)
        self.update_buttons()
        self.reload()

    # ----- reading ----------------------------------------------------------------------

    def show_recommendations(
        self, wanted: RecommendationFilter, subject: str = "", words: str = ""
    ) -> None:
        """Show exactly the recommendations of ``wanted``, until a filter changes.

        ``subject``: the session's, when ``wanted`` names one; ``words`` say the filter in
        place of the page's wording.
        """
        self._pinned = wanted
        self.filters.show_pinned(words or filter_words(wanted, subject))
        self.reload()

    def current_filter(self) -> RecommendationFilter:
        """The filter in force: one asked for from elsewhere, else the filter bar's."""
        if self._pinned is not None:
            return self._pinned
        return self.filters.recommendation_filter(clock.today())

    def _unpin(self) -> None:
        self._pinned = None
        self.filters.show_pinned("")

    def read_keys(self) -> Callable[[object], list[int]]:
        """Keys for the filter and order in force, overdue judged on today."""
        where, order = self.current_filter(), self._sort
        factory, actor = self._context.factory, self._context.actor
        return lambda _c: queries.recommendation_keys(factory, actor, where, order)

    def read_alongside(self) -> Callable[[TaskControl], Any]:
        """The day, the counts of the filter in force, the years and bodies it offers."""
        today = clock.today()
        where = self.current_filter()
        factory, actor = self._context.factory, self._context.actor

        def read(_c: TaskControl) -> tuple[dt.date, RecommendationCounts, list[int], list[str]]:
            return (
                today,
                queries.counts(factory, actor, where, today),
                queries.recommendation_years(factory),
                queries.addressed_bodies(factory),
            )

        return read

    def show_alongside(self, value: Any) -> None:
        """Take the day and the counts; refresh the year and body filters' choices."""
        today, counted, years, bodies = value
        self.model.today = today
        self._counts = counted
        self.filters.set_years(years)
        self.filters.set_bodies(bodies)

    def count_text(self, count: int) -> str:
        """"12 kiến nghị · 8 đang theo dõi · 2 quá hạn trả lời"."""
        if self._counts is None or self._counts.total != count:
            return self.tr("{count} kiến nghị").format(count=format_number(count))
        return counts_text(self._counts)

    def sort_column(self, column: int, descending: bool) -> bool:
        """Map a screen column to the database order."""
        key = columns.SORT_COLUMNS.get(column)
        if key is None:
            return False
        self._sort = (key, descending)
        return True

    def on_changes(self, changes: Changes) -> None:
        """Re-read the list, and the recommendation's dialog open over it."""
        super().on_changes(changes)
        dialog = self.last_dialog
        if dialog is not None and dialog.isVisible():
            dialog.on_changes(changes)

    # ----- buttons ----------------------------------------------------------------------

    def update_buttons(self) -> None:
        """Mở and Cùng cuộc giám sát for a chosen line (a viewer reads it too)."""
        super().update_buttons()
        if hasattr(self, "same_session_button"):
            chosen = self.selected_key() is not None
            self.open_button.setEnabled(chosen)
            record = self.selected_if_read()
            self.same_session_button.setEnabled(
                record is not None and record.session_id is not None
            )

    def edit_selected(self) -> object:
        """Mở…: the chosen recommendation's dialog."""
        key = self.selected_key()
        return self.open_recommendation(key) if key is not None else None

    def filter_by_session(self) -> None:
        """Cùng cuộc giám sát: only the chosen line's session's recommendations."""
        record = self.selected()
        if record is not None and record.session_id is not None:
            wanted = RecommendationFilter(session_id=record.session_id)
            self.show_recommendations(wanted, record.session_subject)

    def open_recommendation(self, key: int) -> RecommendationDialog:
        """The dialog of the recommendation ``key``."""
        dialog = RecommendationDialog(self._context, self._runner, key, self)
        dialog.saved.connect(lambda changes: self.saved(key, changes))
        dialog.letter_requested.connect(self.letter_requested.emit)
        self.last_dialog = dialog
        dialog.open()
        return dialog
