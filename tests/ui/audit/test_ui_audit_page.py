"""Nhật ký thay đổi through the real window: opened from its navigation entry, read as a clerk."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from giamsat_desktop import formatting
from giamsat_desktop.domain.documents import Urgency
from giamsat_desktop.domain.organizations import OrganizationDraft, OrganizationKind
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.safety.database import Database
from giamsat_desktop.ui.audit.audit_page import AuditPage
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.settings.settings_page import SettingsPage
from tests.ui.clicks import menu_action, settle

WHAT = 4
"""The column of the changes (after time, user, action, record)."""


def _click_entry(window: MainWindow, qtbot: QtBot, key: str) -> None:
    """Click the navigation entry of the page ``key``, as a clerk does."""
    navigation = window.navigation
    rows = [navigation.item(i) for i in range(navigation.count())]
    item = next(i for i in rows if i.data(Qt.ItemDataRole.UserRole) == key)
    navigation.scrollToItem(item)
    point = navigation.visualItemRect(item).center()
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=point)
    settle(window)


def _open_log(window: MainWindow, qtbot: QtBot) -> AuditPage:
    """Click "Nhật ký thay đổi" in the navigation list; the page as it then shows."""
    entry = window.navigation.item(window.navigation.count() - 1)
    assert entry.text() == "Nhật ký thay đổi"
    _click_entry(window, qtbot, "audit")
    page = window.stack.currentWidget()
    assert isinstance(page, AuditPage)
    return page


def _lines(page: AuditPage) -> list[list[str]]:
    model = page.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def _everything(page: AuditPage) -> str:
    return "\n".join(" | ".join(line) for line in _lines(page))


def _make_changes(context: ServiceContext) -> None:
    """A board added then stopped; an urgent document with a deadline, then edited."""
    board, _ = catalog.add_organization(
        context.factory,
        context.actor,
        OrganizationDraft(
            "TTND2", "Ban Thanh tra nhân dân thôn 2", "Ban TTND thôn 2", OrganizationKind.BOARD
        ),
    )
    catalog.set_organization_active(context.factory, context.actor, board.id, False, board.version)
    draft = IncomingDraft(
        arrival_date=dt.date(2025, 3, 5),
        issuer="Huyện ủy Tân Châu",
        subject="Về việc chuẩn bị đại hội",
        symbol="558-CV/HU",
        urgency=Urgency.URGENT,
        deadline=dt.date(2025, 3, 15),
        page_count=1234,
    )
    document, _ = incoming.register_incoming(context.factory, context.actor, draft)
    edited = replace(draft, urgency=Urgency.FLASH, deadline=dt.date(2025, 3, 20))
    incoming.update_incoming(context.factory, context.actor, document.id, edited, document.version)


def test_the_log_reads_as_the_forms_do(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    _make_changes(context)
    page = _open_log(window, qtbot)
    lines = _lines(page)
    edit, registered, stopped, added = lines[:4]
    assert edit[2:] == [
        "Sửa",
        f"Văn bản đến (mã số {page.model.record(0).entity_id})",
        "Độ khẩn: Khẩn → Hỏa tốc; Hạn xử lý: 15/03/2025 → 20/03/2025",
    ]
    assert registered[2] == "Tạo mới"
    assert registered[WHAT].startswith("Số đến: 1; Ngày đến: 05/03/2025; Tác giả: “Huyện ủy")
    assert "Ngày đến: 05/03/2025" in registered[WHAT]
    assert "Hạn xử lý: 15/03/2025" in registered[WHAT]
    assert "Độ khẩn: Khẩn" in registered[WHAT]
    assert "Độ mật: Thường" in registered[WHAT]
    assert "Tình trạng xử lý: Chưa xử lý" in registered[WHAT]
    assert "Số trang: 1.234" in registered[WHAT]
    assert "Ghi chú" not in registered[WHAT]  # empty on creation: left out
    assert stopped[2:] == [
        "Ngừng dùng",
        f"Tổ chức (mã số {page.model.record(2).entity_id})",
        "Đang dùng: Có → Không",
    ]
    assert "Loại: Ban trực thuộc" in added[WHAT]
    assert "Đang dùng: Có" in added[WHAT]
    assert "Tên viết tắt: “Ban TTND thôn 2”" in added[WHAT]
    shown = _everything(page)
    for raw in ("True", "False", "board", "member", "khan", "hoa_toc", "chua_xu_ly", "2025-03"):
        assert raw not in shown
    for raw in ("active", "kind", "urgency", "deadline", "arrival_date", "∅"):
        assert raw not in shown
    assert "toàn vẹn" in page.chain.text()


@pytest.fixture
def back_to_vietnamese_numbers() -> Iterator[None]:
    """The language chosen sets the numbers' grouping too: leave it Vietnamese for the next test."""
    yield
    formatting.set_language("vi")


def test_the_log_in_english_names_the_fields_as_the_english_forms(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, back_to_vietnamese_numbers: None
) -> None:
    _make_changes(context)
    _click_entry(window, qtbot, "settings")
    settings = window.stack.currentWidget()
    assert isinstance(settings, SettingsPage)
    choice = settings.language
    assert choice.currentData() == "vi"
    qtbot.keyClick(choice, Qt.Key.Key_End)  # the last choice: English
    settle(window)
    assert window.navigation.item(1).text() == "Incoming documents"
    _click_entry(window, qtbot, "audit")
    page = window.stack.currentWidget()
    assert isinstance(page, AuditPage)
    edit, registered, stopped, added = _lines(page)[:4]
    assert edit[2] == "Edit"
    assert edit[WHAT] == "Urgency: Urgent → Flash; Deadline: 15/03/2025 → 20/03/2025"
    assert "Arrival date: 05/03/2025" in registered[WHAT]
    assert "Pages: 1,234" in registered[WHAT]
    assert "Handling status: Pending" in registered[WHAT]
    assert stopped[2] == "Deactivate"
    assert stopped[WHAT].startswith("In use: ")
    assert "Kind: Attached board" in added[WHAT]
    shown = _everything(page)
    for vietnamese in ("Hạn xử lý", "Độ khẩn", "Loại:", "Đang dùng", "Ban trực thuộc"):
        assert vietnamese not in shown


def test_the_tooltip_of_a_change_lists_one_field_a_line(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    _make_changes(context)
    page = _open_log(window, qtbot)
    tooltip = page.model.index(1, WHAT).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.split("\n")[:3] == [
        "Số đến: 1",
        "Ngày đến: 05/03/2025",
        "Tác giả: “Huyện ủy Tân Châu”",
    ]
    assert tooltip.replace("\n", "; ") == page.model.index(1, WHAT).data()
    qtmodeltester.check(page.model)


def test_the_go_menu_opens_the_log(window: MainWindow, qtbot: QtBot) -> None:
    menu_action(window, "Đi đến", "Nhật ký thay đổi").trigger()
    settle(window)
    page = window.stack.currentWidget()
    assert isinstance(page, AuditPage)
    office = next(line for line in _lines(page) if line[3].startswith("Thông tin đơn vị"))
    assert "Cấp: Xã" in office[WHAT]
    assert "Tên địa phương: “Tân Hưng”" in office[WHAT]


def test_searching_the_log_by_words(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: object
) -> None:
    catalog.add_organization(
        context.factory, context.actor, OrganizationDraft("HKH", "Hội Khuyến học", "Hội KH")
    )
    page = _open_log(window, qtbot)
    type_text(page.search, "khuyen hoc")  # type: ignore[operator]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.index(0, 3).data().startswith("Tổ chức")
    assert "Tên đầy đủ: “Hội Khuyến học”" in page.model.index(0, WHAT).data()


def test_an_entry_edited_outside_the_program_is_flagged(
    window: MainWindow, office_database: Database, qtbot: QtBot
) -> None:
    with sqlite3.connect(office_database.sqlite_file) as connection:  # type: ignore[arg-type]
        connection.execute(
            "UPDATE audit_entries SET user_name = 'người lạ' "
            "WHERE id = (SELECT MIN(id) FROM audit_entries)"
        )
    page = _open_log(window, qtbot)
    assert "đã bị sửa ngoài chương trình" in page.chain.text()
