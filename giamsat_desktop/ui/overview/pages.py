"""The overview's page in the window's registry."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.common.page_registry import Action, ListLines, PageServices, PageSpec
from giamsat_desktop.ui.overview.overview_page import ListBehind, OverviewPage


def _build(services: PageServices) -> OverviewPage:
    page = OverviewPage(services.context, services.runner)

    def open_list(behind: ListBehind, year: int) -> None:
        lines = ListLines(year if behind.this_year else None, behind.state, behind.tab)
        services.request(Action.SHOW_LINES, lines, page=behind.page)

    page.open_list.connect(open_list)
    return page


OVERVIEW = PageSpec(
    "overview",
    str(QT_TRANSLATE_NOOP("MainWindow", "Tổng quan")),
    _build,
    areas=frozenset(Area) - {Area.AUDIT},  # any save may move a figure
)
"""Tổng quan: the office and this year's figures, each opening the list it counts."""
