import datetime

import pytest

from giamsat_desktop.domain.date_line import date_line, parse_vietnamese_date, vietnamese_date

FEB_5 = datetime.date(2026, 2, 5)


def test_date_line_puts_place_before_the_date_in_words() -> None:
    assert date_line("Tân Hưng", FEB_5) == "Tân Hưng, ngày 05 tháng 02 năm 2026"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (datetime.date(2026, 1, 1), "ngày 01 tháng 01 năm 2026"),
        (datetime.date(2026, 2, 9), "ngày 09 tháng 02 năm 2026"),
        (datetime.date(2026, 3, 10), "ngày 10 tháng 3 năm 2026"),
        (datetime.date(2026, 9, 5), "ngày 05 tháng 9 năm 2026"),
        (datetime.date(2026, 11, 30), "ngày 30 tháng 11 năm 2026"),
        (datetime.date(2026, 12, 31), "ngày 31 tháng 12 năm 2026"),
    ],
)
def test_vietnamese_date_pads_days_below_ten_and_only_months_one_and_two(
    day: datetime.date, expected: str
) -> None:
    assert vietnamese_date(day) == expected


def test_date_line_without_place_starts_with_a_capital() -> None:
    assert date_line("", FEB_5) == "Ngày 05 tháng 02 năm 2026"


def test_date_line_treats_a_blank_place_as_empty() -> None:
    assert date_line(" \u00a0 ", FEB_5) == "Ngày 05 tháng 02 năm 2026"


def test_date_line_cleans_the_place_name() -> None:
    assert date_line(" Tân\nHưng ", FEB_5) == "Tân Hưng, ngày 05 tháng 02 năm 2026"


@pytest.mark.parametrize(
    "text",
    [
        "05/09/2022",
        "5/9/2022",
        "5-9-2022",
        "05.09.2022",
        "5/9/22",
        "  05/09/2022 \n",
        "5 / 9 / 2022",
        "\u00a005/09/2022\u00a0",
        "ngày 05 tháng 9 năm 2022",
        "Ngay 5 thang 09 nam 2022",
    ],
)
def test_parse_vietnamese_date_reads_day_first(text: str) -> None:
    assert parse_vietnamese_date(text) == datetime.date(2022, 9, 5)


def test_parse_vietnamese_date_reads_a_two_digit_year_as_this_century() -> None:
    assert parse_vietnamese_date("31/12/99") == datetime.date(2099, 12, 31)


def test_parse_vietnamese_date_reads_back_what_vietnamese_date_writes() -> None:
    assert parse_vietnamese_date(vietnamese_date(FEB_5)) == FEB_5


@pytest.mark.parametrize(
    "text",
    [
        "",
        "abc",
        "31/02/2026",
        "29/02/2025",
        "00/01/2026",
        "5/13/2026",
        "01/01/0000",
        "5/9-2022",
        "5/9/022",
        "05092022",
        "2022-09-05",
        "5/9",
        "٥/٩/٢٠٢٢",
    ],
)
def test_parse_vietnamese_date_returns_none_for_what_is_not_a_date(text: str) -> None:
    assert parse_vietnamese_date(text) is None


def test_parse_vietnamese_date_accepts_the_leap_day() -> None:
    assert parse_vietnamese_date("29/02/2024") == datetime.date(2024, 2, 29)
