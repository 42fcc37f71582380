from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.organizations import OrganizationDraft
from giamsat_desktop.services import catalog
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.services.database import Database
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.pages.audit_page import AuditPage


def _page(window: MainWindow) -> AuditPage:
    page = window.show_page("audit")
    assert isinstance(page, AuditPage)
    while window.runner.busy:
        window.runner.wait_for_all()
        QApplication.processEvents()
    return page


def test_the_log_shows_who_changed_what_old_to_new(
    window: MainWindow, context: ServiceContext
) -> None:
    record, _ = catalog.add_organization(
        context.factory, context.actor, OrganizationDraft("HCTD", "Hội Chữ thập đỏ", "Hội CTĐ")
    )
    catalog.update_organization(
        context.factory,
        context.actor,
        record.id,
        OrganizationDraft("HCTD", "Hội Chữ thập đỏ xã Tân Hưng", "Hội CTĐ"),
        record.version,
    )
    page = _page(window)
    newest = page.model.record(0)
    assert newest.action == "update"
    text = page.model.index(0, 4).data()
    assert "“Hội Chữ thập đỏ” → “Hội Chữ thập đỏ xã Tân Hưng”" in text
    assert page.model.index(0, 2).data() == "Sửa"
    assert "toàn vẹn" in page.chain.text()


def test_searching_the_log_by_words(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    catalog.add_organization(
        context.factory, context.actor, OrganizationDraft("HKH", "Hội Khuyến học", "Hội KH")
    )
    page = _page(window)
    page.search.setText("khuyen hoc")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.record(0).entity == "organization"


def test_an_entry_edited_outside_the_program_is_flagged(
    window: MainWindow, office_database: Database
) -> None:
    with sqlite3.connect(office_database.sqlite_file) as connection:  # type: ignore[arg-type]
        connection.execute(
            "UPDATE audit_entries SET user_name = 'người lạ' "
            "WHERE id = (SELECT MIN(id) FROM audit_entries)"
        )
    page = _page(window)
    assert "đã bị sửa ngoài chương trình" in page.chain.text()
