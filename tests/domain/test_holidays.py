"""The holidays of the years decided at build are shipped; later years are entered, not computed."""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.holidays import (
    SHIPPED_HOLIDAYS,
    TET,
    needs_tet_reminder,
    shipped_days_off,
    shipped_holidays,
    shipped_working_days,
)

D = dt.date


def test_2025_and_2026_are_shipped_and_2027_is_not() -> None:
    assert set(SHIPPED_HOLIDAYS) == {2025, 2026}
    assert shipped_holidays(2025) is not None
    assert shipped_holidays(2026) is not None
    assert shipped_holidays(2027) is None
    assert shipped_working_days(2027) is None


@pytest.mark.parametrize("year", [2025, 2026])
def test_a_shipped_year_lists_its_own_days_in_order_with_five_tet_days(year: int) -> None:
    holidays = shipped_holidays(year)
    assert holidays is not None
    days = [day for day, _name in holidays]
    assert days == sorted(set(days))
    assert all(day.year == year for day in days)
    assert all(name.strip() for _day, name in holidays)
    tet = [day for day, name in holidays if name == TET]
    assert len(tet) == 5
    assert all(day.weekday() < 5 for day in tet)
    assert {(day.month, day.day) for day in days} >= {(1, 1), (4, 30), (5, 1), (9, 2)}


def test_the_decided_days_of_2025() -> None:
    holidays = dict(shipped_holidays(2025) or ())
    assert [day for day, name in holidays.items() if name == TET] == [
        D(2025, 1, day) for day in range(27, 32)
    ]
    assert holidays[D(2025, 4, 7)] == "Giỗ Tổ Hùng Vương"
    assert D(2025, 5, 2) in holidays  # swapped for Saturday 26/4
    assert D(2025, 9, 1) in holidays and D(2025, 9, 2) in holidays
    assert shipped_working_days(2025) == ((D(2025, 4, 26), "Làm bù cho thứ Sáu 02/5"),)


def test_the_decided_days_of_2026() -> None:
    holidays = dict(shipped_holidays(2026) or ())
    assert [day for day, name in holidays.items() if name == TET] == [
        D(2026, 2, day) for day in range(16, 21)
    ]
    assert D(2026, 1, 2) in holidays  # swapped for Saturday 10/1
    assert holidays[D(2026, 4, 26)] == "Giỗ Tổ Hùng Vương"  # a Sunday
    assert D(2026, 4, 27) in holidays  # made up on Monday
    assert {D(2026, 8, 31), D(2026, 9, 1), D(2026, 9, 2)} <= set(holidays)
    assert [day for day, _name in shipped_working_days(2026) or ()] == [
        D(2026, 1, 10),
        D(2026, 8, 22),
    ]


def test_the_shipped_days_off_close_the_whole_tet_break_of_2026() -> None:
    days_off = shipped_days_off()
    break_days = [D(2026, 2, 14) + dt.timedelta(days=n) for n in range(9)]  # 14/2 to 22/2
    assert all(days_off.is_day_off(day) for day in break_days)
    assert not days_off.is_day_off(D(2026, 2, 13))
    assert not days_off.is_day_off(D(2026, 2, 23))
    assert not days_off.is_day_off(D(2026, 8, 22))  # a Saturday worked
    # 2027 is not shipped: its Tết is not known, only weekends are days off there.
    assert not days_off.is_day_off(D(2027, 2, 8))


def test_december_reminds_when_the_coming_years_tet_is_missing() -> None:
    assert needs_tet_reminder(D(2026, 12, 1), {2025, 2026})
    assert needs_tet_reminder(D(2026, 12, 31), {2026})
    assert not needs_tet_reminder(D(2026, 12, 1), {2026, 2027})


def test_no_reminder_outside_december() -> None:
    assert not needs_tet_reminder(D(2026, 11, 30), {2026})
    assert not needs_tet_reminder(D(2027, 1, 1), {2026})
