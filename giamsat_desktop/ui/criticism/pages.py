"""The social criticism page in the window's registry: Phản biện xã hội."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.common.page_registry import PageServices, PageSpec
from giamsat_desktop.ui.criticism.criticism_page import CriticismPage

CRITICISM_KEY = "criticism"


def _build(services: PageServices) -> CriticismPage:
    page = CriticismPage(services.context, services.runner)
    page.changed.connect(services.changed)
    return page


CRITICISM = PageSpec(
    CRITICISM_KEY,
    str(QT_TRANSLATE_NOOP("MainWindow", "Phản biện xã hội")),
    _build,
    areas=frozenset({Area.CRITICISM}),
)
"""Phản biện xã hội: the drafts criticised, their points and the drafting bodies' answers."""
