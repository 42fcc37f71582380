"""The filters and the search box above the list of recommendations.

Trạng thái offers every state, "Đang theo dõi" (neither resolved nor closed) and "Quá hạn
trả lời" (judged on today); Cơ quan nhận and Năm offer what the recommendations hold. A
filter asked for from elsewhere (a session's line, a day of Lịch hạn) is said in words
beside a button that takes it off (``show_pinned``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.recommendations import RecommendationFilter, RecommendationState
from giamsat_desktop.ui.common.filter_parts import PinnedFilter, refill_choices, refill_years
from giamsat_desktop.ui.common.labels import label

OPEN = "open"
"""The state choice "Đang theo dõi": neither resolved nor closed."""
OVERDUE = "overdue"
"""The state choice "Quá hạn trả lời": no written reply by the deadline, as of today."""


class RecommendationFilterBar(QWidget):
    """Words, state, addressed body and year.

    Emits ``changed`` when a filter changes, ``unpinned`` when the clerk takes off a filter
    asked for from elsewhere.
    """

    changed = Signal()
    unpinned = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("recommendationSearch")
        self.search.setPlaceholderText(
            self.tr("Tìm theo nội dung, cơ quan nhận, cuộc giám sát… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.ensurePolished()
        metrics = self.search.fontMetrics()
        self.search.setMinimumWidth(
            metrics.horizontalAdvance(self.search.placeholderText())
            + 2 * metrics.averageCharWidth()
            + 8
        )
        self.state = QComboBox()
        self.state.setObjectName("recommendationState")
        self.state.addItem(self.tr("Mọi trạng thái"), None)
        self.state.addItem(self.tr("Đang theo dõi"), OPEN)
        self.state.addItem(self.tr("Quá hạn trả lời"), OVERDUE)
        for state in RecommendationState:
            self.state.addItem(label(state), state.value)
        self.body = QComboBox()
        self.body.setObjectName("recommendationBody")
        self.body.addItem(self.tr("Mọi cơ quan nhận"), None)
        self.body.setMaximumWidth(metrics.horizontalAdvance("M" * 24))
        self.year = QComboBox()
        self.year.setObjectName("recommendationYear")
        self.year.addItem(self.tr("Mọi năm"), None)
        self.pinned = PinnedFilter("recommendation", self)
        self.pinned_label, self.unpin_button = self.pinned.label, self.pinned.button
        self.pinned.unpinned.connect(self.unpinned)
        self.count = QLabel()
        self.count.setObjectName("recommendationCount")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.top_row = QHBoxLayout()
        """The search box's row; the page puts its buttons in front of it."""
        self.top_row.addStretch(1)
        self.top_row.addWidget(self.count)
        self.top_row.addWidget(self.search, 2)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lọc:")))
        for widget in (self.state, self.body, self.year):
            row.addWidget(widget)
        # The words of a filter asked for from elsewhere take the rest of the row (empty when
        # there are none), shortened in the middle when long, the whole in the tooltip.
        row.addStretch(1)
        outer.addLayout(self.top_row)
        outer.addLayout(row)
        self.pinned.add_below(outer)
        self.show_pinned("")

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(lambda: self.changed.emit())
        self.search.textChanged.connect(self._typing.start)
        for combo in (self.state, self.body, self.year):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def show_pinned(self, words: str) -> None:
        """Say what a filter asked for from elsewhere shows (empty: none is in force)."""
        self.pinned.show_words(words)

    def set_years(self, years: list[int]) -> None:
        """Offer the years recommendations belong to."""
        refill_years(self.year, years)

    def set_bodies(self, bodies: list[str]) -> None:
        """Offer the bodies recommendations were addressed to."""
        refill_choices(self.body, [(body, body) for body in bodies])
        for index in range(1, self.body.count()):
            self.body.setItemData(index, self.body.itemText(index), Qt.ItemDataRole.ToolTipRole)

    def recommendation_filter(self, today: dt.date) -> RecommendationFilter:
        """The filter in force; overdue is judged on ``today``."""
        state = self.state.currentData()
        states: frozenset[RecommendationState] = frozenset()
        if state not in (None, OPEN, OVERDUE):
            states = frozenset({RecommendationState(state)})
        return RecommendationFilter(
            open_only=state == OPEN,
            overdue_on=today if state == OVERDUE else None,
            addressed_body=self.body.currentData() or "",
            year=self.year.currentData(),
            states=states,
            words=self.search.text(),
        )

