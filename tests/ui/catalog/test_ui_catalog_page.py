"""Danh mục: the clerk adds, edits and deactivates organisations and people with the buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.organizations import OrganizationKind
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.catalog.catalog_page import CatalogPage
from giamsat_desktop.ui.catalog.organization_dialog import OrganizationDialog
from giamsat_desktop.ui.catalog.organization_model import OrganizationTableModel, kind_text
from giamsat_desktop.ui.catalog.people_model import PeopleTableModel
from giamsat_desktop.ui.catalog.person_dialog import PersonDialog
from giamsat_desktop.ui.main_window import MainWindow
from tests.ui.clicks import choose, click, click_for_dialog, click_row, menu_action, settle
from tests.ui.modals import answer_modal, message_texts, press

Typist = Callable[[QWidget, str], None]
STATUS = 4
"""The column that says Đang dùng / Ngừng dùng."""


def _page(window: MainWindow) -> CatalogPage:
    """Đi đến → Danh mục, once the page has read its lists."""
    menu_action(window, "Đi đến", "Danh mục").trigger()
    page = window.stack.currentWidget()
    assert isinstance(page, CatalogPage)
    settle(window)
    return page


def _people_tab(qtbot: QtBot, page: CatalogPage) -> None:
    """Click the tab Cán bộ, thành viên."""
    bar = page.tabs.tabBar()
    assert bar.tabText(1) == "Cán bộ, thành viên"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert page.tabs.currentWidget() is page.people


def _shown(page: CatalogPage, column: int) -> list[str]:
    """A column of the organisations as the table shows them, top to bottom."""
    proxy = page.organizations.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def _row_of(page: CatalogPage, code: str) -> int:
    """The line of the table that shows the organisation ``code``."""
    return _shown(page, 0).index(code)


def _short_names(page: CatalogPage) -> list[str]:
    return _shown(page, 1)


def _select(qtbot: QtBot, page: CatalogPage, code: str) -> None:
    click_row(qtbot, page.organizations.view, _row_of(page, code))
    assert page.organizations.selected().code == code


def test_catalog_lists_the_organisations_of_the_office(window: MainWindow) -> None:
    page = _page(window)
    assert _short_names(page)[:3] == ["Hội LHPN", "Hội Nông dân", "Hội CCB"]
    assert not page.organizations.edit_button.isEnabled()  # nothing selected yet
    assert not page.organizations.toggle_button.isEnabled()


def test_adding_an_organisation_saves_it_and_shows_it(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    page = _page(window)
    dialog = click_for_dialog(qtbot, page.organizations.add_button, OrganizationDialog)
    assert dialog.windowTitle() == "Thêm tổ chức"
    assert not dialog.save_button.isEnabled()
    type_text(dialog.code, "hcth")
    type_text(dialog.name, "Hội Chữ thập đỏ")
    type_text(dialog.short_name, "Hội CTĐ")
    choose(qtbot, dialog.kind, kind_text(OrganizationKind.OTHER))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: "Hội CTĐ" in _short_names(page))
    assert not dialog.isVisible()
    stored = [o for o in catalog.list_organizations(context.factory) if o.code == "HCTH"]
    assert len(stored) == 1
    assert stored[0].kind is OrganizationKind.OTHER
    row = _row_of(page, "HCTH")
    assert page.organizations.proxy.index(row, 3).data() == "Khác"


def test_ctrl_n_adds_on_the_tab_on_screen(window: MainWindow, qtbot: QtBot) -> None:
    page = _page(window)
    _people_tab(qtbot, page)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.people.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # A button's shortcut presses the button visibly, and clicks when it comes back up.
    qtbot.waitUntil(lambda: page.findChild(PersonDialog) is not None)
    dialog = page.findChild(PersonDialog)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Thêm người"
    assert page.findChild(OrganizationDialog) is None


def test_a_duplicate_code_keeps_the_dialog_open_with_the_reason(
    window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    page = _page(window)
    dialog = click_for_dialog(qtbot, page.organizations.add_button, OrganizationDialog)
    type_text(dialog.code, "lhpn")
    type_text(dialog.name, "Hội Phụ nữ khác")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: "LHPN" in dialog.problem.text())
    assert "đã được dùng cho Hội Liên hiệp Phụ nữ" in dialog.problem.text()
    assert dialog.isVisible()
    assert dialog.save_button.isEnabled()  # the clerk corrects the code and saves again
    assert _short_names(page).count("Hội LHPN") == 1


def test_escape_cancels_without_saving(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    before = len(catalog.list_organizations(context.factory))
    page = _page(window)
    dialog = click_for_dialog(qtbot, page.organizations.add_button, OrganizationDialog)
    type_text(dialog.code, "X1")
    type_text(dialog.name, "Tổ chức thử")
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))  # Bỏ
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert "Bỏ những gì đã nhập?" in message_texts(asked)
    assert not dialog.isVisible()
    settle(window)
    assert len(catalog.list_organizations(context.factory)) == before
    assert "X1" not in _shown(page, 0)


def test_editing_an_organisation_with_the_edit_button(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    page = _page(window)
    _select(qtbot, page, "LHPN")
    dialog = click_for_dialog(qtbot, page.organizations.edit_button, OrganizationDialog)
    assert dialog.windowTitle() == "Sửa tổ chức"
    assert (dialog.code.text(), dialog.short_name.text()) == ("LHPN", "Hội LHPN")
    dialog.short_name.selectAll()
    type_text(dialog.short_name, "Hội Phụ nữ")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: "Hội Phụ nữ" in _short_names(page))
    assert "Hội LHPN" not in _short_names(page)
    stored = [o for o in catalog.list_organizations(context.factory) if o.code == "LHPN"]
    assert [o.short_name for o in stored] == ["Hội Phụ nữ"]


def test_a_double_click_opens_the_organisation(window: MainWindow, qtbot: QtBot) -> None:
    page = _page(window)
    view = page.organizations.view
    row = _row_of(page, "HND")
    where = view.visualRect(page.organizations.proxy.index(row, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    dialog = page.findChild(OrganizationDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.code.text() == "HND"


def test_deactivating_an_organisation_keeps_it_listed_as_inactive(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    page = _page(window)
    _select(qtbot, page, "CD")
    assert page.organizations.toggle_button.text() == "Ngừng dùng"
    click(qtbot, page.organizations.toggle_button)
    qtbot.waitUntil(
        lambda: any(
            o.code == "CD" and not o.active for o in catalog.list_organizations(context.factory)
        )
    )
    settle(window)
    status = page.organizations.proxy.index(_row_of(page, "CD"), STATUS).data()
    assert status == "Ngừng dùng"
    overview = window.pages["overview"]
    qtbot.waitUntil(lambda: overview.figures["organizations_active"].value.text() == "6")  # type: ignore[attr-defined]
    # The same button brings it back.
    _select(qtbot, page, "CD")
    assert page.organizations.toggle_button.text() == "Dùng lại"
    click(qtbot, page.organizations.toggle_button)
    qtbot.waitUntil(
        lambda: page.organizations.proxy.index(_row_of(page, "CD"), STATUS).data() == "Đang dùng"
    )
    qtbot.waitUntil(lambda: overview.figures["organizations_active"].value.text() == "7")  # type: ignore[attr-defined]


def test_adding_a_person_to_an_organisation(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    page = _page(window)
    _people_tab(qtbot, page)
    dialog = click_for_dialog(qtbot, page.people.add_button, PersonDialog)
    type_text(dialog.full_name, "Trương Thị Ngọc Diễm")
    type_text(dialog.position, "Phó Chủ tịch")
    choose(qtbot, dialog.organization, "Hội Nông dân")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: page.people.model.rowCount() == 1)
    person = page.people.model.record(0)
    assert person.full_name == "Trương Thị Ngọc Diễm"
    assert person.organization_name == "Hội Nông dân"
    assert catalog.list_people(context.factory)[0].position == "Phó Chủ tịch"


def test_a_deactivated_organisation_is_not_offered_for_a_new_person(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = _page(window)
    _select(qtbot, page, "CD")
    click(qtbot, page.organizations.toggle_button)
    qtbot.waitUntil(
        lambda: page.organizations.proxy.index(_row_of(page, "CD"), STATUS).data() == "Ngừng dùng"
    )
    _people_tab(qtbot, page)
    dialog = click_for_dialog(qtbot, page.people.add_button, PersonDialog)
    offered = [dialog.organization.itemText(i) for i in range(dialog.organization.count())]
    assert "Hội Nông dân" in offered
    assert "Công đoàn" not in offered


def test_organisation_model_passes_the_model_tester(
    context: ServiceContext, qtmodeltester: object
) -> None:
    model = OrganizationTableModel()
    model.set_records(catalog.list_organizations(context.factory))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_people_model_passes_the_model_tester(
    context: ServiceContext, qtmodeltester: object
) -> None:
    model = PeopleTableModel()
    model.set_records(catalog.list_people(context.factory))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_clicking_a_column_heading_sorts_by_its_raw_value(window: MainWindow, qtbot: QtBot) -> None:
    page = _page(window)
    office_order = _shown(page, 0)
    assert office_order != sorted(office_order)  # the office's own order, until a click
    header = page.organizations.view.horizontalHeader()
    heading = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) // 2, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=heading)
    assert _shown(page, 0) == sorted(office_order)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=heading)
    assert _shown(page, 0) == sorted(office_order, reverse=True)
