"""The filter bars above the two lists of Giám sát theo QĐ 124.

Words are searched without accents (never in who reported: it is not in the search text);
Năm offers the years that have records; the sessions filter by where they were held, the
reports by their state and by how they were received. A figure of the Báo cáo page pins
its records (``pin``) until the clerk takes the filter off or changes another.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from giamsat_desktop.domain.conduct import ConductPlace, ReportChannel, ReportState
from giamsat_desktop.domain.conduct_records import ConductFilter, ReportFilter
from giamsat_desktop.ui.common.filter_parts import PinnedFilter, refill_years
from giamsat_desktop.ui.common.labels import label

E = TypeVar("E", bound=StrEnum)


class _FilterBar(QWidget):
    """Words, the year, and the combos a subclass adds; emits ``changed``."""

    changed = Signal()

    def __init__(self, placeholder: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}Search")
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(
            self.search.fontMetrics().horizontalAdvance(placeholder)
            + 2 * self.search.fontMetrics().averageCharWidth()
            + 8
        )
        self.year = QComboBox()
        self.year.setObjectName(f"{name}Year")
        self.year.addItem(self.tr("Mọi năm"), None)
        self.count = QLabel()
        self.count.setObjectName(f"{name}Count")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.top_row = QHBoxLayout()
        """The search box's row; the list puts its buttons in front of it."""
        self.top_row.addStretch(1)
        self.top_row.addWidget(self.search, 2)
        self.row = QHBoxLayout()
        self.row.addWidget(QLabel(self.tr("Lọc:")))
        outer.addLayout(self.top_row)
        outer.addLayout(self.row)
        self._outer = outer
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self._changed)
        self.search.textChanged.connect(self._typing.start)
        self.keys: frozenset[int] | None = None
        """The records a figure pinned; None when none is."""
        self.pinned = PinnedFilter(name, self)
        self.pinned.unpinned.connect(self._changed)
        self._combos: list[QComboBox] = []

    def _finish(self, combos: list[QComboBox]) -> None:
        self._combos = [*combos, self.year]
        for combo in self._combos:
            self.row.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.row.addStretch(1)
        self.row.addWidget(self.count)
        self.pinned.add_below(self._outer)
        self.pinned.show_words("")

    def pin(self, keys: frozenset[int], words: str) -> None:
        """Show only the records ``keys`` (a figure's), said in ``words``, the others off."""
        for widget in (self.search, *self._combos):
            widget.blockSignals(True)
        try:
            self.search.clear()
            for combo in self._combos:
                combo.setCurrentIndex(0)
        finally:
            for widget in (self.search, *self._combos):
                widget.blockSignals(False)
        self.keys = keys
        self.pinned.show_words(words)
        self.changed.emit()

    def _changed(self) -> None:
        """Any filter the clerk changes (or Bỏ lọc) takes the pinned records off."""
        if self.keys is not None:
            self.keys = None
            self.pinned.show_words("")
        self.changed.emit()

    def _combo(self, name: str, every: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(every, None)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def set_years(self, years: list[int]) -> None:
        """Offer the years that have records, keeping the one chosen."""
        refill_years(self.year, years)


    def choose_year(self, year: int) -> None:
        """Show ``year``'s records (offered even before the years are read)."""
        if self.year.findData(year) < 0:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(self.year.findData(year))


def _chosen(combo: QComboBox, kind: type[E]) -> E | None:
    value = combo.currentData()
    return kind(value) if value else None


class ConductFilterBar(_FilterBar):
    """Words, where the sessions were held, the year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Tìm theo cơ quan, khu dân cư, người được giám sát… (Ctrl+F)"),
            "conduct",
            parent,
        )
        self.place = self._combo(
            "conductPlace",
            self.tr("Mọi nơi giám sát"),
            [(label(place), place.value) for place in ConductPlace],
        )
        self._finish([self.place])

    def conduct_filter(self) -> ConductFilter:
        """The filter in force."""
        return ConductFilter(
            year=self.year.currentData(),
            place=_chosen(self.place, ConductPlace),
            words=self.search.text(),
            keys=self.keys,
        )


class ReportFilterBar(_FilterBar):
    """Words, the state, how the reports were received, the year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Tìm theo người bị phản ánh, nội dung, nơi chuyển… (Ctrl+F)"),
            "report",
            parent,
        )
        self.state = self._combo(
            "reportState",
            self.tr("Mọi tình trạng"),
            [(label(state), state.value) for state in ReportState],
        )
        self.channel = self._combo(
            "reportChannel",
            self.tr("Mọi hình thức tiếp nhận"),
            [(label(channel), channel.value) for channel in ReportChannel],
        )
        self._finish([self.state, self.channel])

    def report_filter(self) -> ReportFilter:
        """The filter in force."""
        return ReportFilter(
            year=self.year.currentData(),
            state=_chosen(self.state, ReportState),
            channel=_chosen(self.channel, ReportChannel),
            words=self.search.text(),
            keys=self.keys,
        )
