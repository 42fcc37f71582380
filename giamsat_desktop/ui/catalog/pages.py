"""The catalog's page in the window's registry: Danh mục."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.catalog.catalog_page import CatalogPage
from giamsat_desktop.ui.common.page_registry import Action, ListLines, PageServices, PageSpec


def _build(services: PageServices) -> CatalogPage:
    page = CatalogPage(services.context, services.runner)
    page.changed.connect(services.changed)
    return page


def _show_lines(page: CatalogPage, lines: ListLines) -> None:
    """Show the tab of ``lines`` (organisations, or people)."""
    page.tabs.setCurrentIndex(lines.tab)


CATALOG = PageSpec(
    "catalog",
    str(QT_TRANSLATE_NOOP("MainWindow", "Danh mục")),
    _build,
    areas=frozenset({Area.ORGANIZATIONS, Area.PEOPLE}),
    handles={Action.SHOW_LINES: _show_lines},
)
"""Danh mục: the member organisations and their people."""
