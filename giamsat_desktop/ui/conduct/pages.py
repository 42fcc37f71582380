"""The QĐ 124 page in the window's registry: Giám sát theo QĐ 124."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.common.page_registry import Action, PageServices, PageSpec
from giamsat_desktop.ui.conduct.conduct_page import ConductPage

CONDUCT_KEY = "conduct"


def _build(services: PageServices) -> ConductPage:
    page = ConductPage(services.context, services.runner, services.settings)
    page.changed.connect(services.changed)
    return page


CONDUCT = PageSpec(
    CONDUCT_KEY,
    str(QT_TRANSLATE_NOOP("MainWindow", "Giám sát theo QĐ 124")),
    _build,
    areas=frozenset({Area.CONDUCT, Area.LETTERS}),
    handles={
        Action.SHOW_CITIZEN_REPORTS: lambda page, year: page.show_reports_of(year),
        Action.SHOW_CONDUCT_RECORDS: lambda page, *args: page.show_records(*args),
    },
)
"""Giám sát theo QĐ 124: the sessions on leaders' conduct and the citizens' reports."""
