"""The Báo cáo page in the window's registry."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.common.page_registry import Action, PageServices, PageSpec
from giamsat_desktop.ui.reports.figure_lists import ListBehind
from giamsat_desktop.ui.reports.reports_page import ReportsPage


def _build(services: PageServices) -> ReportsPage:
    page = ReportsPage(services.context, services.runner, services.settings)
    page.changed.connect(services.changed)

    def open_list(behind: ListBehind) -> None:
        services.request(behind.action, *behind.args)

    page.open_list.connect(open_list)
    page.compose_letter.connect(
        lambda form, kind, key: services.request(Action.COMPOSE_LETTER, form, kind, key)
    )
    return page


REPORTS = PageSpec(
    "reports",
    str(QT_TRANSLATE_NOOP("MainWindow", "Báo cáo")),
    _build,
    areas=frozenset(Area) - {Area.AUDIT},  # every record counted, the office's scheme
)
"""Báo cáo: the statistics tables of a period, each figure opening the list it counts."""
