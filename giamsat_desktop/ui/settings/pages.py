"""The settings' page in the window's registry: Cài đặt."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.common.page_registry import PageServices, PageSpec
from giamsat_desktop.ui.settings.backup_actions import BackupActions
from giamsat_desktop.ui.settings.settings_page import SettingsPage


def _build(services: PageServices) -> SettingsPage:
    backups = services.backups
    assert isinstance(backups, BackupActions), "the window lends its BackupActions"
    page = SettingsPage(
        services.context,
        services.runner,
        services.language,
        backups,
        settings=services.settings,
        database_option=services.database_option,
    )
    page.changed.connect(services.changed)
    page.restart_requested.connect(services.restart)
    page.language_chosen.connect(services.set_language)
    return page


SETTINGS = PageSpec(
    "settings",
    str(QT_TRANSLATE_NOOP("MainWindow", "Cài đặt")),
    _build,
    areas=frozenset({Area.OFFICE}),
)
"""Cài đặt: language, where the data is, the office, accounts and backups."""
