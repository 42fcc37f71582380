"""The overview's page in the window's registry."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.domain.criticism_records import CriticismFilter
from giamsat_desktop.domain.tasks import TaskFilter
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.common.page_registry import Action, ListLines, PageServices, PageSpec
from giamsat_desktop.ui.overview.overview_page import ListBehind, OverviewPage


def _build(services: PageServices) -> OverviewPage:
    page = OverviewPage(services.context, services.runner)

    def open_list(behind: ListBehind, year: int) -> None:
        lines = ListLines(
            year if behind.this_year else None,
            behind.state,
            behind.tab,
            urgent_only=behind.urgent_only,
            date_from=behind.date_from,
            date_to=behind.date_to,
        )
        services.request(Action.SHOW_LINES, lines, page=behind.page)

    def open_tasks(wanted: TaskFilter) -> None:
        services.request(Action.SHOW_TASKS, wanted)

    def open_criticisms(wanted: CriticismFilter, words: str) -> None:
        services.request(Action.SHOW_CRITICISMS, wanted, words)

    page.open_list.connect(open_list)
    page.open_tasks.connect(open_tasks)
    page.open_criticisms.connect(open_criticisms)
    page.open_dialogues.connect(
        lambda wanted, words: services.request(Action.SHOW_DIALOGUES, wanted, words)
    )
    page.open_reports.connect(lambda year: services.request(Action.SHOW_CITIZEN_REPORTS, year))
    return page


OVERVIEW = PageSpec(
    "overview",
    str(QT_TRANSLATE_NOOP("MainWindow", "Tổng quan")),
    _build,
    areas=frozenset(Area) - {Area.AUDIT},  # tasks, registers, catalogue: any save may move a figure
)
"""Tổng quan: the day's figures and the year's tasks, each opening the list it counts."""
