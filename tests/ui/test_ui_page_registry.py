"""The page registry: the navigation, the "Đi đến" menu and the refresh follow from it.

Each feature declares its page once (``ui/<feature>/pages.py``), ``ui/pages.py`` lists them in
order, and the window reads nothing else: these tests compare what the clerk sees with that
list, in both languages, and check that a save reaches only the pages whose spec names an
area it touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.organizations import OrganizationKind
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.audit.audit_page import AuditPage
from giamsat_desktop.ui.catalog.catalog_page import CatalogPage
from giamsat_desktop.ui.catalog.organization_dialog import OrganizationDialog
from giamsat_desktop.ui.catalog.organization_model import kind_text
from giamsat_desktop.ui.catalog.pages import CATALOG
from giamsat_desktop.ui.common.page_registry import PageSpec, in_navigation_order
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.pages import PAGES
from tests.ui.clicks import choose, click, click_for_dialog, menu_action, settle

Typist = Callable[[QWidget, str], None]
PORTABLE = QKeySequence.SequenceFormat.PortableText


def _go_to_menu(window: MainWindow, title: str) -> QMenu:
    [menu] = [
        a.menu()
        for a in window.menuBar().actions()
        if a.text().replace("&", "") == title and isinstance(a.menu(), QMenu)
    ]
    assert isinstance(menu, QMenu)
    return menu


def _check_window_follows_registry(window: MainWindow, go_to: str) -> list[str]:
    """Navigation and Go to menu read as the registry says; the titles shown."""
    navigation = window.navigation
    items = [navigation.item(row) for row in range(navigation.count())]
    titles = [spec.translated_title() for spec in PAGES]
    shortcuts = [spec.shortcut for spec in PAGES]
    assert [item.data(Qt.ItemDataRole.UserRole) for item in items] == [s.key for s in PAGES]
    assert [item.text() for item in items] == titles
    assert [item.toolTip() for item in items] == shortcuts
    actions = _go_to_menu(window, go_to).actions()
    assert [action.text() for action in actions] == titles
    assert [action.shortcut().toString(PORTABLE) for action in actions] == shortcuts
    return titles


def test_navigation_and_go_to_menu_agree_with_the_registry_in_both_languages(
    window: MainWindow, qtbot: QtBot
) -> None:
    # Đối thoại trực tiếp and Giám sát theo QĐ 124 follow Phản biện xã hội without a digit.
    digits = [f"Ctrl+{n % 10}" for n in range(1, 11)]
    assert [spec.shortcut for spec in PAGES] == [*digits[:8], "", "", *digits[8:], "", "", ""]
    vietnamese = _check_window_follows_registry(window, "Đi đến")
    assert vietnamese[:3] == ["Tổng quan", "Văn bản đến", "Văn bản đi"]
    menu_action(window, "Đi đến", "Cài đặt").trigger()
    choose(qtbot, window.pages["settings"].language, "English")  # type: ignore[attr-defined]
    settle(window)
    english = _check_window_follows_registry(window, "Go to")
    assert english[:3] == ["Overview", "Incoming documents", "Outgoing documents"]
    # Every title has its English words: none is left in Vietnamese.
    assert all(e != v for e, v in zip(english, vietnamese, strict=True))
    assert window.current_page_key() == "settings"
    menu_action(window, "Go to", english[vietnamese.index("Cài đặt")]).trigger()
    choose(qtbot, window.pages["settings"].language, "Tiếng Việt")  # type: ignore[attr-defined]
    settle(window)


class Probe(QLabel):
    """A page that writes down each refresh it is asked for."""

    def __init__(self) -> None:
        super().__init__("")
        self.heard: list[frozenset[Area]] = []

    def on_changes(self, changes: Changes) -> None:
        """Note the refresh, and show how many there were."""
        self.heard.append(changes.areas)
        self.setText(f"{len(self.heard)}")


def _probe(key: str, *areas: Area) -> PageSpec:
    return PageSpec(key, key, lambda _services: Probe(), areas=frozenset(areas))


@pytest.fixture
def probed_window(qtbot: QtBot, context: ServiceContext) -> Iterator[MainWindow]:
    """A window of the real catalog page and three probes, each naming other areas."""
    specs = in_navigation_order(
        (
            CATALOG,
            _probe("organizations", Area.ORGANIZATIONS),
            _probe("incoming", Area.INCOMING),
            _probe("nothing"),
        )
    )
    window = MainWindow(context, Settings.load(), "vi", specs=specs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    yield window
    window.runner.wait_for_all()


def test_a_page_refreshes_only_on_the_areas_its_spec_names(
    probed_window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    window = probed_window
    for key in ("organizations", "incoming", "nothing"):
        menu_action(window, "Đi đến", key).trigger()  # built as the clerk opens them
    menu_action(window, "Đi đến", "Danh mục").trigger()
    page = window.stack.currentWidget()
    assert isinstance(page, CatalogPage)
    settle(window)
    dialog = click_for_dialog(qtbot, page.organizations.add_button, OrganizationDialog)
    type_text(dialog.code, "hcth")
    type_text(dialog.name, "Hội Chữ thập đỏ")
    type_text(dialog.short_name, "Hội CTĐ")
    choose(qtbot, dialog.kind, kind_text(OrganizationKind.OTHER))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(window)
    heard = {key: window.pages[key].heard for key in ("organizations", "incoming", "nothing")}  # type: ignore[attr-defined]
    assert heard == {
        "organizations": [frozenset({Area.ORGANIZATIONS, Area.AUDIT})],
        "incoming": [],
        "nothing": [],
    }
    assert window.pages["organizations"].text() == "1"  # type: ignore[attr-defined]


def test_a_save_in_the_catalog_refreshes_the_overview_and_the_change_log(
    window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    overview = window.pages["overview"]
    assert overview.figures["organizations_active"].value.text() == "7"  # type: ignore[attr-defined]
    menu_action(window, "Đi đến", "Nhật ký thay đổi").trigger()
    audit = window.stack.currentWidget()
    assert isinstance(audit, AuditPage)
    settle(window)
    entries = audit.model.rowCount()
    menu_action(window, "Đi đến", "Danh mục").trigger()
    page = window.stack.currentWidget()
    assert isinstance(page, CatalogPage)
    settle(window)
    dialog = click_for_dialog(qtbot, page.organizations.add_button, OrganizationDialog)
    type_text(dialog.code, "hcth")
    type_text(dialog.name, "Hội Chữ thập đỏ")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: overview.figures["organizations_active"].value.text() == "8")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: audit.model.rowCount() == entries + 1)
