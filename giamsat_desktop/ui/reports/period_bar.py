"""The Báo cáo page's period bar: the year, the half, the whole year or a range of days.

The bar says which days the office's scheme gives the period chosen, and asks for the
figures again (``changed``) whenever the choice changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from giamsat_desktop.domain.reporting_period import (
    Period,
    PeriodKind,
    PeriodScheme,
    range_period,
    reporting_period,
)
from giamsat_desktop.formatting import format_date
from giamsat_desktop.ui.common.date_field import DateField

_HALVES = {PeriodKind.FIRST_HALF: 1, PeriodKind.SECOND_HALF: 2, PeriodKind.YEAR: None}


@dataclass(frozen=True)
class Choice:
    """What the bar shows: the kind, the year, a range's days (read on the window's thread)."""

    kind: PeriodKind
    year: int
    start: dt.date | None
    end: dt.date | None

    def period(self, scheme: PeriodScheme) -> Period | None:
        """The period chosen by ``scheme``; None for a range not typed in full."""
        if self.kind is PeriodKind.RANGE:
            if self.start is None or self.end is None or self.end < self.start:
                return None
            return range_period(self.start, self.end)
        return reporting_period(self.year, _HALVES[self.kind], scheme)


class PeriodBar(QWidget):
    """Năm, Kỳ, Từ ngày … đến ngày …, and the period's days said in words."""

    changed = Signal()
    """The period chosen changed (a range: once both its days are real dates)."""

    def __init__(self, this_year: int, parent: QWidget | None = None) -> None:
        """Offer ``this_year`` until the years with records are known."""
        super().__init__(parent)
        self.scheme = PeriodScheme.CALENDAR
        self.year = QComboBox()
        self.year.setObjectName("reportsYear")
        self.year.setAccessibleName(self.tr("Năm báo cáo"))
        self.year.addItem(str(this_year), this_year)
        self.kind = QComboBox()
        self.kind.setObjectName("reportsPeriod")
        self.kind.setAccessibleName(self.tr("Kỳ báo cáo"))
        self.kind.addItem(self.tr("6 tháng đầu năm"), PeriodKind.FIRST_HALF)
        self.kind.addItem(self.tr("6 tháng cuối năm"), PeriodKind.SECOND_HALF)
        self.kind.addItem(self.tr("Cả năm"), PeriodKind.YEAR)
        self.kind.addItem(self.tr("Khoảng ngày…"), PeriodKind.RANGE)
        self.kind.setCurrentIndex(2)
        self.start = DateField(dt.date(this_year, 1, 1), required=True, name=self.tr("Từ ngày"))
        self.end = DateField(dt.date(this_year, 12, 31), required=True, name=self.tr("Đến ngày"))
        self.start.setAccessibleName(self.tr("Từ ngày"))
        self.end.setAccessibleName(self.tr("Đến ngày"))
        self.start_label = QLabel(self.tr("Từ"))
        self.end_label = QLabel(self.tr("đến"))
        self.days = QLabel()
        self.days.setObjectName("reportsPeriodDays")
        year_label = QLabel(self.tr("&Năm:"))
        year_label.setBuddy(self.year)
        kind_label = QLabel(self.tr("&Kỳ:"))
        kind_label.setBuddy(self.kind)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            year_label,
            self.year,
            kind_label,
            self.kind,
            self.start_label,
            self.start,
            self.end_label,
            self.end,
        ):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.days, 1)

        self.year.currentIndexChanged.connect(self._chosen)
        self.kind.currentIndexChanged.connect(self._chosen)
        self.start.editingFinished.connect(self._range_typed)
        self.end.editingFinished.connect(self._range_typed)
        self._show_range_fields()
        self._say_days()

    # ----- the period ------------------------------------------------------------------

    def choice(self) -> Choice:
        """What is chosen now."""
        return Choice(
            PeriodKind(self.kind.currentData()),
            int(self.year.currentData()),
            self.start.date(),
            self.end.date(),
        )

    def period(self) -> Period | None:
        """The period chosen, by the scheme last read; None for a range not typed in full."""
        return self.choice().period(self.scheme)

    def set_scheme(self, scheme: PeriodScheme) -> None:
        """The office's scheme, read with the figures."""
        self.scheme = scheme
        self._say_days()

    def set_years(self, years: list[int], this_year: int) -> None:
        """Offer the years with records (and this year), keeping the one chosen."""
        chosen = self.year.currentData()
        wanted = sorted({*years, this_year}, reverse=True)
        if wanted == [self.year.itemData(i) for i in range(self.year.count())]:
            return
        self.year.blockSignals(True)
        self.year.clear()
        for year in wanted:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)

    # ----- what the clerk does --------------------------------------------------------

    def _chosen(self, _index: int) -> None:
        self._show_range_fields()
        self._say_days()
        if self.period() is not None:
            self.changed.emit()

    def _range_typed(self) -> None:
        self._say_days()
        if self.kind.currentData() == PeriodKind.RANGE and self.period() is not None:
            self.changed.emit()

    def _show_range_fields(self) -> None:
        ranged = self.kind.currentData() == PeriodKind.RANGE
        for widget in (self.start_label, self.start, self.end_label, self.end):
            widget.setVisible(ranged)
        self.year.setEnabled(not ranged)

    def _say_days(self) -> None:
        period = self.period()
        if period is None:
            self.days.setText(self.tr("Nhập đủ từ ngày, đến ngày (đến ngày không trước từ ngày)."))
            return
        days = f"{format_date(period.start)} – {format_date(period.end)}"
        if period.kind is PeriodKind.RANGE:
            self.days.setText(self.tr("Khoảng ngày: {days}").format(days=days))
        elif self.scheme is PeriodScheme.DECREE_09:
            self.days.setText(self.tr("Kỳ theo Nghị định 09/2019: {days}").format(days=days))
        else:
            self.days.setText(self.tr("Kỳ theo năm dương lịch: {days}").format(days=days))
