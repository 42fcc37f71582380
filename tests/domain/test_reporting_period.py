"""The reporting periods: calendar halves and years, and those of Nghị định 09/2019."""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.reporting_period import (
    PeriodKind,
    PeriodScheme,
    range_period,
    reporting_period,
)

D = dt.date


def test_calendar_halves_and_year() -> None:
    first, second = reporting_period(2026, 1), reporting_period(2026, 2)
    assert (first.start, first.end, first.title) == (D(2026, 1, 1), D(2026, 6, 30),
                                                     "6 tháng đầu năm 2026")  # fmt: skip
    assert (second.start, second.end) == (D(2026, 7, 1), D(2026, 12, 31))
    year = reporting_period(2026)
    assert (year.kind, year.start, year.end, year.title) == (
        PeriodKind.YEAR, D(2026, 1, 1), D(2026, 12, 31), "năm 2026"
    )


def test_decree_09_periods_start_on_the_15th_of_december_before() -> None:
    scheme = PeriodScheme.DECREE_09
    first = reporting_period(2026, 1, scheme)
    assert (first.start, first.end) == (D(2025, 12, 15), D(2026, 6, 14))
    second = reporting_period(2026, 2, scheme)
    assert (second.start, second.end) == (D(2026, 6, 15), D(2026, 12, 14))
    year = reporting_period(2026, None, scheme)
    assert (year.start, year.end, year.year) == (D(2025, 12, 15), D(2026, 12, 14), 2026)
    assert first.contains(D(2025, 12, 15)) and first.contains(D(2026, 6, 14))
    assert not first.contains(D(2025, 12, 14)) and not first.contains(D(2026, 6, 15))


def test_a_period_is_judged_on_its_last_day_or_today_if_earlier() -> None:
    half = reporting_period(2026, 1)
    assert half.as_of(D(2026, 12, 1)) == D(2026, 6, 30)
    assert half.as_of(D(2026, 5, 2)) == D(2026, 5, 2)
    assert not half.contains(None)


def test_a_range_and_the_wrong_arguments() -> None:
    chosen = range_period(D(2026, 3, 1), D(2026, 3, 31))
    assert chosen.title == "từ ngày 01/03/2026 đến ngày 31/03/2026"
    assert chosen.year == 2026
    with pytest.raises(ValueError):
        range_period(D(2026, 3, 31), D(2026, 3, 1))
    with pytest.raises(ValueError):
        reporting_period(2026, 3)
