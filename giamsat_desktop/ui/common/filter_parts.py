"""Parts the lists' filter bars share: a choice refilled in place, and a pinned filter.

A year (or a body) choice is refilled when the list is read again, keeping the clerk's
choice and the first "every …" line, without telling the list it changed. A filter asked
for from elsewhere (a day of Lịch hạn, a line of Việc cần làm, a figure of Tổng quan) is
said in words ("Đang xem: …", shortened in the middle when long, the whole in the tooltip)
beside a button that takes it off, on a row of their own under the filters.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QBoxLayout, QComboBox, QHBoxLayout, QPushButton, QWidget

from giamsat_desktop.ui.common.elided_label import ElidedLabel


def refill_choices(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    """Put ``items`` (text, value) after the combo's first line, keeping the value chosen."""
    current = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def refill_years(combo: QComboBox, years: Sequence[int]) -> None:
    """Offer ``years`` after "Mọi năm", keeping the one chosen."""
    refill_choices(combo, [(str(year), year) for year in years])


class PinnedFilter(QObject):
    """The words of a filter asked for from elsewhere and the button "Bỏ lọc".

    ``label`` and ``button`` are named ``<name>Pinned`` and ``<name>Unpin``; ``unpinned`` is
    emitted when the clerk clicks the button.
    """

    unpinned = Signal()

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = ElidedLabel()
        self.label.setObjectName(f"{name}Pinned")
        self.label.setStyleSheet("font-weight: bold;")
        self.button = QPushButton(self.tr("Bỏ lọc"))
        self.button.setObjectName(f"{name}Unpin")
        self.button.clicked.connect(lambda: self.unpinned.emit())

    def add_below(self, outer: QBoxLayout) -> None:
        """Lay the words and the button on a row of their own under the filters.

        The row takes no room while no filter is pinned (both are hidden then).
        """
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        outer.addLayout(row)

    def show_words(self, words: str) -> None:
        """Say what the filter in force shows (empty: none is in force)."""
        shown = bool(words)
        self.label.setText(self.tr("Đang xem: {words}").format(words=words) if shown else "")
        self.label.setVisible(shown)
        self.button.setVisible(shown)
