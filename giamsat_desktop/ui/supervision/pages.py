"""The supervision page in the window's registry: Giám sát."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.domain.supervision_records import SessionFilter
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.common.page_registry import Action, PageServices, PageSpec
from giamsat_desktop.ui.supervision.supervision_page import SupervisionPage


def _build(services: PageServices) -> SupervisionPage:
    page = SupervisionPage(services.context, services.runner)
    page.changed.connect(services.changed)
    return page


def _show(page: SupervisionPage, wanted: SessionFilter) -> None:
    """Show the sessions behind a day's lead time (a line of Lịch hạn or Việc cần làm)."""
    page.show_sessions(wanted)


SUPERVISION = PageSpec(
    "supervision",
    str(QT_TRANSLATE_NOOP("MainWindow", "Giám sát")),
    _build,
    areas=frozenset({Area.SUPERVISION}),
    handles={Action.SHOW_SESSIONS: _show},
)
"""Giám sát: the sessions and the year's programme."""
