"""The place-and-date line of printed forms, and reading dates as clerks type them.

Nghị định 30/2020 (Phụ lục I) writes the date in words with a leading zero for days 1 to 9 and
for months 1 and 2 only ("ngày 05 tháng 02 năm 2026", but "tháng 3"): the zero keeps "tháng 1"
and "tháng 2" from being extended into "tháng 11" or "tháng 12" by hand after signing.
"""

from __future__ import annotations

import datetime
import re

from giamsat_desktop.domain.text import fold, normalize_line

__all__ = ["date_line", "parse_vietnamese_date", "vietnamese_date"]

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


def parse_vietnamese_date(text: str) -> datetime.date | None:
    """Read a date typed day first, the only order used in Vietnam.

    Accepts "05/09/2022", "5/9/2022", "5-9-2022", "05.09.2022", a two-digit year ("5/9/22",
    read as 2022: registers kept by the program start well after 2000) and the worded form of
    the date line ("ngày 05 tháng 9 năm 2022"). The same separator must be used twice.

    Args:
        text: The text typed or read from an imported register.

    Returns:
        The date, or None when the text is not a date or names a day that does not exist
        ("31/02/2026"). Never raises.
    """
    line = normalize_line(text)
    match = _NUMERIC_DATE.fullmatch(line) or _WORDED_DATE.fullmatch(fold(line))
    if match is None:
        return None
    year = int(match["year"])
    if len(match["year"]) == 2:
        year += 2000
    try:
        return datetime.date(year, int(match["month"]), int(match["day"]))
    except ValueError:
        return None
