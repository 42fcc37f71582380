"""What the Cài đặt tests share: the page, opened as a clerk opens it."""

from __future__ import annotations

from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.settings.settings_page import SettingsPage
from tests.ui.clicks import menu_action, settle


def open_settings(window: MainWindow) -> SettingsPage:
    """Đi đến → Cài đặt: the page, shown, its reads done."""
    menu_action(window, "Đi đến", "Cài đặt").trigger()
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage) and page.isVisible()
    settle(window)
    return page
