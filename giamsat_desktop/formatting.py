"""Dates and numbers as the clerk reads them, in the active language (babel).

Dates are always shown dd/mm/yyyy; numbers use Vietnamese grouping (``1.234``) in
Vietnamese and English grouping in English.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.numbers import format_decimal

_locale = "vi"


def set_language(language: str) -> None:
    """Switch the locale used by every function here (``vi`` or ``en``)."""
    global _locale
    _locale = "en" if language == "en" else "vi"


def format_date(value: dt.date | None) -> str:
    """``05/09/2026``; an empty string for no date."""
    if value is None:
        return ""
    return _babel_date(value, "dd/MM/yyyy", locale=_locale)


def format_datetime(value: dt.datetime | None) -> str:
    """``05/09/2026 14:03``."""
    if value is None:
        return ""
    return _babel_datetime(value, "dd/MM/yyyy HH:mm", locale=_locale)


def format_number(value: int | float) -> str:
    """``12.345`` in Vietnamese, ``12,345`` in English."""
    return format_decimal(value, locale=_locale)
