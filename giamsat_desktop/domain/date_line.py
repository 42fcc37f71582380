"""The place-and-date line of printed forms, and reading dates as clerks type them.

Nghị định 30/2020 (Phụ lục I) writes the date in words with a leading zero for days 1 to 9 and
for months 1 and 2 only ("ngày 05 tháng 02 năm 2026", but "tháng 3"): the zero keeps "tháng 1"
and "tháng 2" from being extended into "tháng 11" or "tháng 12" by hand after signing.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from enum import StrEnum

from giamsat_desktop.domain.text import fold, normalize_line

__all__ = [
    "DateProblem",
    "DateProblemKind",
    "date_line",
    "date_problem",
    "parse_vietnamese_date",
    "vietnamese_date",
]

_NUMERIC_DATE = re.compile(
    r"(?P<day>[0-9]{1,2})\s*(?P<sep>[/.-])\s*(?P<month>[0-9]{1,2})\s*(?P=sep)\s*"
    r"(?P<year>[0-9]{4}|[0-9]{2})"
)
# The printed form read back, folded: "ngày 05 tháng 02 năm 2026" -> "ngay 05 thang 02 nam 2026".
_WORDED_DATE = re.compile(
    r"(?:ngay\s+)?(?P<day>[0-9]{1,2})\s+thang\s+(?P<month>[0-9]{1,2})\s+nam\s+(?P<year>[0-9]{4})"
)


def vietnamese_date(day: datetime.date) -> str:
    """Write a date in words as the date line does, without the place.

    Args:
        day: The date to write.

    Returns:
        For example "ngày 05 tháng 02 năm 2026" or "ngày 15 tháng 9 năm 2026".
    """
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def date_line(place: str, day: datetime.date) -> str:
    """Write the line under the national motto: place, then the date in words.

    An office may not have set its place name yet; the line then starts with the date, which
    opens the sentence and so takes a capital.

    Args:
        place: The place name set for the office, e.g. "Tân Hưng".
        day: The date of the document.

    Returns:
        For example "Tân Hưng, ngày 05 tháng 02 năm 2026", or "Ngày 05 tháng 02 năm 2026"
        when the place is empty.
    """
    when = vietnamese_date(day)
    where = normalize_line(place)
    if not where:
        return when[0].upper() + when[1:]
    return f"{where}, {when}"


class DateProblemKind(StrEnum):
    """Why a typed text is not a date; the window and the commands word each one."""

    NOT_A_DATE = "not_a_date"
    """Not written as a date at all (the form is wrong): "5/9", "abc", "2022-09-05"."""
    DAY_ZERO = "day_zero"
    """Day 0: "00/01/2026"."""
    NO_SUCH_DAY = "no_such_day"
    """A day past the month's last: "31/02/2022", "31/04/2022"."""
    NOT_A_LEAP_YEAR = "not_a_leap_year"
    """The 29th of February of a year that has none: "29/02/2022"."""
    NO_SUCH_MONTH = "no_such_month"
    """Month 0 or above 12: "5/13/2022"."""
    NO_SUCH_YEAR = "no_such_year"
    """Year 0, which the calendar does not have: "01/01/0000"."""


@dataclass(frozen=True, slots=True)
class DateProblem:
    """A text written as a date whose day, month or year cannot be, with the numbers read.

    Attributes:
        kind: What is wrong.
        day: The day as typed, None when the text is not a date at all.
        month: The month as typed, None when the text is not a date at all.
        year: The year read (two digits made four), None when the text is not a date at all.
        days_in_month: How many days the month has that year, when the month and year exist.
    """

    kind: DateProblemKind
    day: int | None = None
    month: int | None = None
    year: int | None = None
    days_in_month: int | None = None


def _read(text: str) -> tuple[int, int, int] | None:
    """Day, month and year of a text written as a date, whether or not that day exists."""
    line = normalize_line(text)
    match = _NUMERIC_DATE.fullmatch(line) or _WORDED_DATE.fullmatch(fold(line))
    if match is None:
        return None
    year = int(match["year"])
    if len(match["year"]) == 2:
        year += 2000
    return int(match["day"]), int(match["month"]), year


def date_problem(text: str) -> DateProblem | None:
    """Say why a text that :func:`parse_vietnamese_date` refuses is not a date.

    "31/02/2022" is well written but names a day that does not exist: the clerk needs to hear
    that February 2022 has 28 days, not that the form is wrong.

    Args:
        text: The text typed (a non-empty field; an empty one is the caller's business).

    Returns:
        None when the text is a real date, else what is wrong with the numbers it holds.
        Never raises.
    """
    parts = _read(text)
    if parts is None:
        return DateProblem(DateProblemKind.NOT_A_DATE)
    day, month, year = parts
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        return DateProblem(DateProblemKind.NO_SUCH_YEAR, day, month, year)
    if not 1 <= month <= 12:
        return DateProblem(DateProblemKind.NO_SUCH_MONTH, day, month, year)
    days = calendar.monthrange(year, month)[1]
    if 1 <= day <= days:
        return None
    if day == 0:
        return DateProblem(DateProblemKind.DAY_ZERO, day, month, year, days)
    if month == 2 and day == 29:
        return DateProblem(DateProblemKind.NOT_A_LEAP_YEAR, day, month, year, days)
    return DateProblem(DateProblemKind.NO_SUCH_DAY, day, month, year, days)


def parse_vietnamese_date(text: str) -> datetime.date | None:
    """Read a date typed day first, the only order used in Vietnam.

    Accepts "05/09/2022", "5/9/2022", "5-9-2022", "05.09.2022", a two-digit year ("5/9/22",
    read as 2022: registers kept by the program start well after 2000) and the worded form of
    the date line ("ngày 05 tháng 9 năm 2022"). The same separator must be used twice.

    Args:
        text: The text typed or read from an imported register.

    Returns:
        The date, or None when the text is not a date or names a day that does not exist
        ("31/02/2026"); :func:`date_problem` says which. Never raises.
    """
    parts = _read(text)
    if parts is None:
        return None
    day, month, year = parts
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None
