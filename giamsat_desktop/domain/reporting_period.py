"""The periods the office reports on: a half year, a whole year, or any range of days.

Two office-wide schemes (a setting): calendar halves and years (1/1–30/6, 1/7–31/12,
1/1–31/12), or the periods of Nghị định 09/2019/NĐ-CP Điều 12, which the reporting of
state bodies follows: the first half runs 15/12 of the year before to 14/6, the second
15/6 to 14/12, the year 15/12 of the year before to 14/12. A period's figures are judged as
of its last day, or today when that is earlier (a period not over yet).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class PeriodScheme(StrEnum):
    """How the office's halves and years run; stored by value."""

    CALENDAR = "lich"
    DECREE_09 = "nghi_dinh_09"

    @property
    def label(self) -> str:
        """The Vietnamese words shown (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


class PeriodKind(StrEnum):
    """Which period: a half, the year, or a range chosen by its days."""

    FIRST_HALF = "6_thang_dau"
    SECOND_HALF = "6_thang_cuoi"
    YEAR = "nam"
    RANGE = "khoang_ngay"


@dataclass(frozen=True, slots=True)
class Period:
    """A reporting period: its kind, its first and last days, the year it reports on.

    Attributes:
        kind: Half, year or range.
        start: The first day counted.
        end: The last day counted.
        year: The year a half or a year reports on (a range: the year of its last day).
    """

    kind: PeriodKind
    start: dt.date
    end: dt.date
    year: int

    @property
    def title(self) -> str:
        """How reports name it: "6 tháng đầu năm 2026", "năm 2026", "từ 01/03/2026 đến …"."""
        if self.kind is PeriodKind.FIRST_HALF:
            return f"6 tháng đầu năm {self.year}"
        if self.kind is PeriodKind.SECOND_HALF:
            return f"6 tháng cuối năm {self.year}"
        if self.kind is PeriodKind.YEAR:
            return f"năm {self.year}"
        return f"từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}"

    def contains(self, day: dt.date | None) -> bool:
        """Whether ``day`` falls in the period (its first and last days included)."""
        return day is not None and self.start <= day <= self.end

    def as_of(self, today: dt.date) -> dt.date:
        """The day its states are judged on: its last day, or today if that is earlier."""
        return min(self.end, today)


def reporting_period(
    year: int, half: int | None = None, scheme: PeriodScheme = PeriodScheme.CALENDAR
) -> Period:
    """The first (``half`` 1) or second (2) half of ``year``, or the whole year (None).

    Raises:
        ValueError: a half other than 1 or 2.
    """
    if half not in (None, 1, 2):
        raise ValueError(half)
    if scheme is PeriodScheme.DECREE_09:
        first_day, mid_day = dt.date(year - 1, 12, 15), dt.date(year, 6, 15)
        last_day = dt.date(year, 12, 14)
    else:
        first_day, mid_day = dt.date(year, 1, 1), dt.date(year, 7, 1)
        last_day = dt.date(year, 12, 31)
    if half == 1:
        return Period(PeriodKind.FIRST_HALF, first_day, mid_day - dt.timedelta(days=1), year)
    if half == 2:
        return Period(PeriodKind.SECOND_HALF, mid_day, last_day, year)
    return Period(PeriodKind.YEAR, first_day, last_day, year)


def range_period(start: dt.date, end: dt.date) -> Period:
    """The days from ``start`` to ``end``, both counted.

    Raises:
        ValueError: ``end`` before ``start``.
    """
    if end < start:
        raise ValueError((start, end))
    return Period(PeriodKind.RANGE, start, end, end.year)
