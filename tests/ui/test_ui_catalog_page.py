from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.organizations import OrganizationKind
from giamsat_desktop.services import catalog
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.models.organization_table_model import OrganizationTableModel
from giamsat_desktop.ui.models.people_table_model import PeopleTableModel
from giamsat_desktop.ui.pages.catalog_page import CatalogPage

Typist = Callable[[QWidget, str], None]


def _page(window: MainWindow) -> CatalogPage:
    page = window.show_page("catalog")
    assert isinstance(page, CatalogPage)
    while window.runner.busy:  # the page reads its lists in the background when first shown
        window.runner.wait_for_all()
        QApplication.processEvents()
    return page


def _short_names(page: CatalogPage) -> list[str]:
    model = page.organizations.model
    return [model.record(row).short_name for row in range(model.rowCount())]


def test_catalog_lists_the_organisations_of_the_office(window: MainWindow) -> None:
    page = _page(window)
    assert _short_names(page)[:3] == ["Hội LHPN", "Hội Nông dân", "Hội CCB"]


def test_adding_an_organisation_saves_it_and_shows_it(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    page = _page(window)
    dialog = page.edit_organization(None)
    assert not dialog.save_button.isEnabled()
    type_text(dialog.code, "hcth")
    type_text(dialog.name, "Hội Chữ thập đỏ")
    type_text(dialog.short_name, "Hội CTĐ")
    dialog.kind.setCurrentIndex(dialog.kind.findData(OrganizationKind.OTHER))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: "Hội CTĐ" in _short_names(page))
    stored = [o for o in catalog.list_organizations(context.factory) if o.code == "HCTH"]
    assert len(stored) == 1
    assert stored[0].kind is OrganizationKind.OTHER


def test_a_duplicate_code_keeps_the_dialog_open_with_the_reason(
    window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    dialog = _page(window).edit_organization(None)
    type_text(dialog.code, "lhpn")
    type_text(dialog.name, "Hội Phụ nữ khác")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "LHPN" in dialog.problem.text())
    assert "đã được dùng cho Hội Liên hiệp Phụ nữ" in dialog.problem.text()
    assert dialog.isVisible()


def test_escape_cancels_without_saving(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    before = len(catalog.list_organizations(context.factory))
    dialog = _page(window).edit_organization(None)
    type_text(dialog.code, "X1")
    type_text(dialog.name, "Tổ chức thử")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    window.runner.wait_for_all()
    assert len(catalog.list_organizations(context.factory)) == before


def test_deactivating_an_organisation_keeps_it_listed_as_inactive(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    page = _page(window)
    page.organizations.select_where(lambda r: r.code == "CD")
    assert page.organizations.toggle_button.text() == "Ngừng dùng"
    page.organizations.toggle_button.click()
    qtbot.waitUntil(
        lambda: any(
            o.code == "CD" and not o.active for o in catalog.list_organizations(context.factory)
        )
    )
    qtbot.waitUntil(lambda: not window.runner.busy)
    row = next(
        r
        for r in range(page.organizations.model.rowCount())
        if page.organizations.model.record(r).code == "CD"
    )
    status = page.organizations.model.index(row, 4).data()
    assert status == "Ngừng dùng"
    overview = window.pages["overview"]
    qtbot.waitUntil(lambda: overview.figures["organizations_active"].value.text() == "6")  # type: ignore[attr-defined]


def test_adding_a_person_to_an_organisation(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    page = _page(window)
    page.tabs.setCurrentIndex(1)
    dialog = page.edit_person(None)
    type_text(dialog.full_name, "Trương Thị Ngọc Diễm")
    type_text(dialog.position, "Phó Chủ tịch")
    dialog.organization.setCurrentIndex(dialog.organization.findText("Hội Nông dân"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.people.model.rowCount() == 1)
    person = page.people.model.record(0)
    assert person.full_name == "Trương Thị Ngọc Diễm"
    assert person.organization_name == "Hội Nông dân"
    assert catalog.list_people(context.factory)[0].position == "Phó Chủ tịch"


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


def test_page_sorts_by_the_raw_value_of_a_column(window: MainWindow) -> None:
    page = _page(window)
    page.organizations.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    proxy = page.organizations.proxy
    codes = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert codes == sorted(codes)
