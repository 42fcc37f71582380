"""The public holidays shipped with this version, for the years decided when it was built.

The holidays are fixed by Bộ luật Lao động 2019, Điều 112: Tết Dương lịch (1/1), Tết Âm lịch
(5 days), Giỗ Tổ Hùng Vương (10/3 âm lịch), Ngày Chiến thắng (30/4), Ngày Quốc tế lao động
(1/5) and Quốc khánh (2/9 and a day next to it); a holiday falling on a weekly day off is
made up on the next working day (khoản 3). Which days the Tết days are, and which weekdays
are swapped for a Saturday so that the offices close several days in a row, the government
decides each year for officials and public employees (whom a Front committee follows). They
are data, never computed (no lunar calendar here): a later year is entered by a clerk (Cài
đặt), and the program reminds in December when the coming year has no Tết entered.

Where each year comes from (the decisions as the press reported them):

- 2025: Tết Âm lịch Saturday 25/1 – Sunday 2/2 (26 tháng Chạp Giáp Thìn – mùng 5 Ất Tỵ:
  27/1–31/1 are the five Tết days); Giỗ Tổ Monday 7/4; 30/4 – 4/5 with Friday 2/5 swapped
  for Saturday 26/4 (the Prime Minister's agreement, spring 2025); Quốc khánh Saturday
  30/8 – Tuesday 2/9 (1/9 and 2/9). Reported e.g. by thoidai.com.vn ("Người lao động sẽ có
  kỳ nghỉ 30/4-1/5 dài 5 ngày") and the Ministry of Labour's notice of November 2024.
- 2026: Tết Dương lịch Thursday 1/1 – Sunday 4/1, Friday 2/1 swapped for Saturday 10/1
  (Công văn 12729/VPCP-KGVX of 25/12/2025); Tết Âm lịch Saturday 14/2 – Sunday 22/2 (27
  tháng Chạp Ất Tỵ – mùng 6 Bính Ngọ: 16/2–20/2 are the five Tết days) and Quốc khánh
  Saturday 29/8 – Wednesday 2/9, Monday 31/8 swapped for Saturday 22/8 (the Prime
  Minister's agreement, Văn phòng Chính phủ, October 2025; kienthuc.net.vn "Chốt phương án
  nghỉ Tết Âm lịch Bính Ngọ và Quốc khánh năm 2026"); Giỗ Tổ falls on Sunday 26/4, made up
  on Monday 27/4 (thanhnien.vn, kenh14.vn); 30/4 and 1/5 are Thursday and Friday.

Not shipped: "Ngày Văn hóa Việt Nam" (24/11), chosen in January 2026 as a paid day off but
not yet in Bộ luật Lao động when this version was built; an office adds it once it is law.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

from giamsat_desktop.domain.deadlines import DaysOff

Holiday = tuple[dt.date, str]
"""A day off and its name, as the settings list it."""

NEW_YEAR = "Tết Dương lịch"
TET = "Tết Âm lịch"
HUNG_KINGS = "Giỗ Tổ Hùng Vương"
VICTORY_DAY = "Ngày Chiến thắng"
LABOUR_DAY = "Ngày Quốc tế lao động"
NATIONAL_DAY = "Quốc khánh"

_D = dt.date

_HOLIDAYS: dict[int, tuple[Holiday, ...]] = {
    2025: (
        (_D(2025, 1, 1), NEW_YEAR),
        (_D(2025, 1, 27), TET),
        (_D(2025, 1, 28), TET),
        (_D(2025, 1, 29), TET),
        (_D(2025, 1, 30), TET),
        (_D(2025, 1, 31), TET),
        (_D(2025, 4, 7), HUNG_KINGS),
        (_D(2025, 4, 30), VICTORY_DAY),
        (_D(2025, 5, 1), LABOUR_DAY),
        (_D(2025, 5, 2), "Nghỉ hoán đổi dịp 30/4 và 1/5 (làm bù thứ Bảy 26/4)"),
        (_D(2025, 9, 1), f"{NATIONAL_DAY} (ngày liền kề)"),
        (_D(2025, 9, 2), NATIONAL_DAY),
    ),
    2026: (
        (_D(2026, 1, 1), NEW_YEAR),
        (_D(2026, 1, 2), "Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01)"),
        (_D(2026, 2, 16), TET),
        (_D(2026, 2, 17), TET),
        (_D(2026, 2, 18), TET),
        (_D(2026, 2, 19), TET),
        (_D(2026, 2, 20), TET),
        (_D(2026, 4, 26), HUNG_KINGS),
        (_D(2026, 4, 27), f"Nghỉ bù {HUNG_KINGS}"),
        (_D(2026, 4, 30), VICTORY_DAY),
        (_D(2026, 5, 1), LABOUR_DAY),
        (_D(2026, 8, 31), "Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8)"),
        (_D(2026, 9, 1), f"{NATIONAL_DAY} (ngày liền kề)"),
        (_D(2026, 9, 2), NATIONAL_DAY),
    ),
}

_WORKING_DAYS: dict[int, tuple[Holiday, ...]] = {
    2025: ((_D(2025, 4, 26), "Làm bù cho thứ Sáu 02/5"),),
    2026: (
        (_D(2026, 1, 10), "Làm bù cho thứ Sáu 02/01"),
        (_D(2026, 8, 22), "Làm bù cho thứ Hai 31/8"),
    ),
}

SHIPPED_HOLIDAYS: Mapping[int, tuple[Holiday, ...]] = MappingProxyType(_HOLIDAYS)
"""By year, the days off decided for it (besides Saturdays and Sundays), in date order."""

SHIPPED_WORKING_DAYS: Mapping[int, tuple[Holiday, ...]] = MappingProxyType(_WORKING_DAYS)
"""By year, the Saturdays worked in exchange for a weekday off ("làm bù")."""


def shipped_holidays(year: int) -> tuple[Holiday, ...] | None:
    """The days off shipped for ``year``, or None when it was not decided at build."""
    return SHIPPED_HOLIDAYS.get(year)


def shipped_working_days(year: int) -> tuple[Holiday, ...] | None:
    """The weekend days worked in exchange shipped for ``year`` (None: year not shipped)."""
    if year not in SHIPPED_HOLIDAYS:
        return None
    return SHIPPED_WORKING_DAYS.get(year, ())


def shipped_days_off() -> DaysOff:
    """The days off of every shipped year, as one ``DaysOff``."""
    return DaysOff.of(
        (day for year in SHIPPED_HOLIDAYS.values() for day, _name in year),
        (day for year in SHIPPED_WORKING_DAYS.values() for day, _name in year),
    )


def needs_tet_reminder(today: dt.date, entered_years: set[int]) -> bool:
    """Whether to remind the clerk to enter next year's Tết: in December, when it is missing.

    Args:
        today: The PC's local date.
        entered_years: The years whose Tết Âm lịch days the office has entered (or shipped).
    """
    return today.month == 12 and today.year + 1 not in entered_years
