"""The change log's page in the window's registry: Nhật ký thay đổi."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.audit.audit_page import AuditPage
from giamsat_desktop.ui.common.page_registry import PageServices, PageSpec


def _build(services: PageServices) -> AuditPage:
    return AuditPage(services.context, services.runner)


AUDIT = PageSpec(
    "audit",
    str(QT_TRANSLATE_NOOP("MainWindow", "Nhật ký thay đổi")),
    _build,
    areas=frozenset({Area.AUDIT}),
)
"""Nhật ký thay đổi: every change, newest first, and whether the chain holds."""
