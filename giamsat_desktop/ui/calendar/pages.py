"""The calendar's page in the window's registry: Lịch hạn."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.ui.calendar.calendar_page import AREAS, CalendarPage
from giamsat_desktop.ui.common.page_registry import PageServices, PageSpec


def _build(services: PageServices) -> CalendarPage:
    return CalendarPage(services.context, services.runner, services.request)


CALENDAR = PageSpec(
    "calendar",
    str(QT_TRANSLATE_NOOP("MainWindow", "Lịch hạn")),
    _build,
    areas=AREAS,
)
"""Lịch hạn: every deadline by month; a day opens its list (``Action.SHOW_TASKS``,
``SHOW_SESSIONS`` or ``SHOW_RECOMMENDATIONS``)."""
