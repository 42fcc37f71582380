"""The office-wide settings the calendar reads: the reminder window, the days off, Tết.

They are set in Cài đặt (``services.catalog.days_off``); until that setting is in the
database these read the program's defaults: a window of 3 days, the shipped days off.
"""

from __future__ import annotations

import datetime as dt

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.deadlines import DaysOff
from giamsat_desktop.domain.holidays import SHIPPED_HOLIDAYS, needs_tet_reminder, shipped_days_off

DEFAULT_WINDOW = 3
"""Due soon: from today to today + 3 days, unless the office set another window."""


def reminder_window(factory: SessionFactory) -> int:
    """The office's reminder window in days (due soon, in amber)."""
    del factory
    return DEFAULT_WINDOW


def office_days_off(factory: SessionFactory) -> DaysOff:
    """The office's days off: weekends, and the holidays kept."""
    del factory
    return shipped_days_off()


def tet_reminder_year(factory: SessionFactory, today: dt.date) -> int | None:
    """The coming year, when it is December and that year's Tết is not entered yet."""
    del factory
    return today.year + 1 if needs_tet_reminder(today, set(SHIPPED_HOLIDAYS)) else None
