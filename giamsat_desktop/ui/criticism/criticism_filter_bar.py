"""The filters and the search box above the list of criticism sessions.

Loại tells the social criticisms from the QĐ 218 feedback; Hình thức offers the three forms;
Bước offers "Đang theo dõi" (neither finished nor cancelled), "Quá hạn trả lời" (judged on
today) and each step; Năm the years sessions belong to. A filter asked for from elsewhere (a
day of Lịch hạn, a line of Việc cần làm) is said in words beside a button that takes it off
(``show_pinned``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.criticism import CriticismForm, CriticismPurpose, CriticismStep
from giamsat_desktop.domain.criticism_records import CriticismFilter
from giamsat_desktop.ui.common.filter_parts import PinnedFilter, refill_years
from giamsat_desktop.ui.common.labels import label

OPEN = "open"
"""The step choice "Đang theo dõi": neither finished nor cancelled."""
OVERDUE = "overdue"
"""The step choice "Quá hạn trả lời": a point unanswered past the deadline, as of today."""


class CriticismFilterBar(QWidget):
    """Words, purpose, form, step and year.

    Emits ``changed`` when a filter changes, ``unpinned`` when the clerk takes off a filter
    asked for from elsewhere.
    """

    changed = Signal()
    unpinned = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("criticismSearch")
        self.search.setPlaceholderText(
            self.tr("Tìm theo dự thảo, cơ quan soạn thảo, nội dung… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.ensurePolished()
        metrics = self.search.fontMetrics()
        self.search.setMinimumWidth(
            metrics.horizontalAdvance(self.search.placeholderText())
            + 2 * metrics.averageCharWidth()
            + 8
        )
        self.purpose = QComboBox()
        self.purpose.setObjectName("criticismPurpose")
        self.purpose.addItem(self.tr("Phản biện và góp ý"), None)
        self.purpose.addItem(self.tr("Phản biện xã hội"), CriticismPurpose.CRITICISM.value)
        self.purpose.addItem(self.tr("Góp ý theo QĐ 218"), CriticismPurpose.CONTRIBUTION.value)
        self.form = QComboBox()
        self.form.setObjectName("criticismForm")
        self.form.addItem(self.tr("Mọi hình thức"), None)
        for form in CriticismForm:
            self.form.addItem(label(form), form.value)
        self.step = QComboBox()
        self.step.setObjectName("criticismStep")
        self.step.addItem(self.tr("Mọi bước"), None)
        self.step.addItem(self.tr("Đang theo dõi"), OPEN)
        self.step.addItem(self.tr("Quá hạn trả lời"), OVERDUE)
        for step in CriticismStep:
            self.step.addItem(label(step), step.value)
        for combo, letters in ((self.form, 16), (self.step, 18)):
            # Narrower than the longest step: the list opens wide enough to read it whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(letters)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        self.year = QComboBox()
        self.year.setObjectName("criticismYear")
        self.year.addItem(self.tr("Mọi năm"), None)
        self.pinned = PinnedFilter("criticism", self)
        self.pinned_label, self.unpin_button = self.pinned.label, self.pinned.button
        self.pinned.unpinned.connect(self.unpinned)
        self.count = QLabel()
        self.count.setObjectName("criticismCount")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.top_row = QHBoxLayout()
        """The search box's row; the page puts its buttons in front of it."""
        self.top_row.addStretch(1)
        self.top_row.addWidget(self.purpose)
        self.top_row.addWidget(self.search, 2)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lọc:")))
        for widget in (self.form, self.step, self.year):
            row.addWidget(widget)
        # The words of a filter asked for from elsewhere take the room left (hidden when
        # there are none), shortened in the middle when long, the whole in the tooltip.
        row.addStretch(1)
        row.addWidget(self.count)
        outer.addLayout(self.top_row)
        outer.addLayout(row)
        self.pinned.add_below(outer)
        self.show_pinned("")

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(lambda: self.changed.emit())
        self.search.textChanged.connect(self._typing.start)
        for combo in (self.purpose, self.form, self.step, self.year):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def show_pinned(self, words: str) -> None:
        """Say what a filter asked for from elsewhere shows (empty: none is in force)."""
        self.pinned.show_words(words)

    def set_years(self, years: list[int]) -> None:
        """Offer the years sessions belong to, keeping the one chosen."""
        refill_years(self.year, years)

    def criticism_filter(self, today: dt.date) -> CriticismFilter:
        """The filter in force; overdue is judged on ``today``."""
        step = self.step.currentData()
        steps: frozenset[CriticismStep] = frozenset()
        if step not in (None, OPEN, OVERDUE):
            steps = frozenset({CriticismStep(step)})
        form, purpose = self.form.currentData(), self.purpose.currentData()
        return CriticismFilter(
            purpose=CriticismPurpose(purpose) if purpose else None,
            year=self.year.currentData(),
            forms=frozenset({CriticismForm(form)}) if form else frozenset(),
            steps=steps,
            open_only=step == OPEN,
            overdue_on=today if step == OVERDUE else None,
            words=self.search.text(),
        )
