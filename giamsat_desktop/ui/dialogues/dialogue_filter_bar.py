"""The filters and the search box above the list of direct dialogues.

Năm offers the years dialogues belong to; "Có cam kết quá hạn" (judged on today) and "Cam
kết chưa xong" keep the dialogues with such a commitment. A filter asked for from elsewhere
(a day of Lịch hạn, a line of Việc cần làm) is said in words beside a button that takes it
off (``show_pinned``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.dialogue_records import DialogueFilter
from giamsat_desktop.ui.common.filter_parts import PinnedFilter, refill_years


class DialogueFilterBar(QWidget):
    """Words, year, overdue and unfinished commitments.

    Emits ``changed`` when a filter changes, ``unpinned`` when the clerk takes off a filter
    asked for from elsewhere.
    """

    changed = Signal()
    unpinned = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("dialogueSearch")
        self.search.setPlaceholderText(
            self.tr("Tìm theo người đối thoại, chủ đề, vấn đề nêu… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.year = QComboBox()
        self.year.setObjectName("dialogueYear")
        self.year.addItem(self.tr("Mọi năm"), None)
        self.overdue = QCheckBox(self.tr("Có cam kết quá hạn"))
        self.overdue.setObjectName("dialogueOverdue")
        self.pending = QCheckBox(self.tr("Cam kết chưa xong"))
        self.pending.setObjectName("dialoguePending")
        self.pinned = PinnedFilter("dialogue", self)
        self.pinned_label, self.unpin_button = self.pinned.label, self.pinned.button
        self.pinned.unpinned.connect(self.unpinned)
        self.count = QLabel()
        self.count.setObjectName("dialogueCount")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.top_row = QHBoxLayout()
        """The search box's row; the page puts its buttons in front of it."""
        self.top_row.addStretch(1)
        self.top_row.addWidget(self.search, 2)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lọc:")))
        for widget in (self.year, self.overdue, self.pending):
            row.addWidget(widget)
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
        self.year.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for box in (self.overdue, self.pending):
            box.toggled.connect(lambda _on: self.changed.emit())

    def show_pinned(self, words: str) -> None:
        """Say what a filter asked for from elsewhere shows (empty: none is in force)."""
        self.pinned.show_words(words)

    def set_years(self, years: list[int]) -> None:
        """Offer the years dialogues belong to, keeping the one chosen."""
        refill_years(self.year, years)

    def dialogue_filter(self, today: dt.date) -> DialogueFilter:
        """The filter in force; overdue is judged on ``today``."""
        return DialogueFilter(
            year=self.year.currentData(),
            overdue_on=today if self.overdue.isChecked() else None,
            pending_only=self.pending.isChecked(),
            words=self.search.text(),
        )
