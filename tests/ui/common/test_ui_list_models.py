"""The long lists read their rows off the window's thread and pass Qt's model tester.

The registers and the change log are lazy lists: the window never waits for the database
while painting or scrolling, and the change log's search looks through every entry.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.organizations import OrganizationDraft
from giamsat_desktop.domain.registers import IncomingFilter, OutgoingFilter
from giamsat_desktop.services.catalog import board
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import queries as register_queries
from giamsat_desktop.ui.audit.audit_page import CHANGES, AuditPage
from giamsat_desktop.ui.catalog.board_model import BoardTableModel
from giamsat_desktop.ui.catalog.organization_model import OrganizationTableModel
from giamsat_desktop.ui.catalog.people_model import PeopleTableModel
from giamsat_desktop.ui.common.lazy_list_page import LazyListPage
from giamsat_desktop.ui.common.lazy_table_model import BLOCK_SIZE, PLACEHOLDER
from giamsat_desktop.ui.main_window import MainWindow, page_titles
from giamsat_desktop.ui.registers import incoming_model as incoming_columns
from giamsat_desktop.ui.registers import outgoing_model as outgoing_columns
from tests.ui.clicks import menu_action, settle

CTRL = Qt.KeyboardModifier.ControlModifier
CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)


def _go(window: MainWindow, key: str) -> LazyListPage:
    """Đi đến → the page, as the clerk reaches it from the menu."""
    go_menu = window.menuBar().actions()[1].text()
    menu_action(window, go_menu, page_titles()[key]).trigger()
    settle(window)
    page = window.stack.currentWidget()
    assert isinstance(page, LazyListPage)
    return page


@pytest.fixture
def gui_thread_queries(demo_context: ServiceContext) -> Iterator[list[str]]:
    """The SQL statements run on the window's thread while the test runs."""
    assert demo_context.database is not None
    engine = demo_context.database.engine
    window_thread = threading.main_thread()
    seen: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is window_thread:
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    yield seen
    event.remove(engine, "before_cursor_execute", before)


def test_scrolling_a_register_never_reads_the_database_on_the_window_thread(
    demo_window: MainWindow,
    demo_context: ServiceContext,
    qtbot: QtBot,
    gui_thread_queries: list[str],
) -> None:
    page = _go(demo_window, "incoming")
    factory, actor = demo_context.factory, demo_context.actor
    keys = register_queries.incoming_keys(factory, actor, IncomingFilter())
    assert page.model.rowCount() == len(keys) > BLOCK_SIZE  # more than one block
    (oldest,) = register_queries.incoming_rows(demo_context.factory, keys[-1:])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Home, CTRL)
    gui_thread_queries.clear()  # the page is open: from here on only the clerk scrolls
    for _ in range(12):
        qtbot.keyClick(page.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(page.view, Qt.Key.Key_End, CTRL)
    last = page.model.index(len(keys) - 1, incoming_columns.NUMBER)
    qtbot.waitUntil(lambda: last.data() == oldest.arrival_number_text)
    page.view.viewport().repaint()  # painted with its rows
    assert page.view.rowAt(page.view.viewport().height() - 1) in (len(keys) - 1, -1)
    assert page.selected_key() == keys[-1]  # Ctrl+End selected the last line
    assert page.edit_button is not None and page.edit_button.isEnabled()
    assert gui_thread_queries == []


def test_a_row_not_read_yet_shows_a_placeholder_until_its_block_arrives(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot
) -> None:
    page = _go(demo_window, "incoming")
    last = page.model.rowCount() - 1
    cell = page.model.index(last, incoming_columns.SUBJECT)
    first = page.model.index(last, incoming_columns.NUMBER)
    assert (first.data(), cell.data()) == (PLACEHOLDER, "")  # asked for, not waited for
    qtbot.waitUntil(lambda: first.data() != PLACEHOLDER)
    factory, actor = demo_context.factory, demo_context.actor
    keys = register_queries.incoming_keys(factory, actor, IncomingFilter())
    (record,) = register_queries.incoming_rows(demo_context.factory, keys[-1:])
    assert first.data() == record.arrival_number_text
    assert record.subject in cell.data()


@pytest.mark.parametrize("key", ["incoming", "outgoing"])
def test_the_register_models_pass_the_model_tester_while_blocks_arrive(
    demo_window: MainWindow,
    demo_context: ServiceContext,
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    key: str,
) -> None:
    page = _go(demo_window, key)
    qtmodeltester.check(page.model)  # watches the model from here on
    factory, actor = demo_context.factory, demo_context.actor
    if key == "incoming":
        wanted = register_queries.incoming_keys(factory, actor, IncomingFilter(text="giam sat"))
    else:
        wanted = register_queries.outgoing_keys(factory, actor, OutgoingFilter(text="giam sat"))
    assert 0 < len(wanted) < page.model.rowCount()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_End, CTRL)
    qtbot.waitUntil(lambda: page.model.is_loaded(page.model.rowCount() - 1))
    qtbot.keyClicks(page.filters.search, "giam sat")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.model.keys() == wanted)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_End, CTRL)
    qtbot.waitUntil(lambda: page.model.is_loaded(len(wanted) - 1))
    column = incoming_columns.SUBJECT if key == "incoming" else outgoing_columns.SUBJECT
    subject = page.model.index(len(wanted) - 1, column).data()
    assert subject.replace("đ", "d").lower().count("gi") >= 1 and subject != PLACEHOLDER
    qtmodeltester.check(page.model)


def test_the_catalogue_models_pass_the_model_tester(
    context: ServiceContext, qtmodeltester: ModelTester
) -> None:
    organizations = OrganizationTableModel()
    organizations.set_records(catalog.list_organizations(context.factory))
    people = PeopleTableModel()
    people.set_records(catalog.list_people(context.factory))
    members = BoardTableModel()
    members.set_records(board.list_board(context.factory))
    assert members.rowCount() >= 1  # the chair, seated with the office
    for model in (organizations, people, members):
        qtmodeltester.check(model)


def test_the_change_log_search_finds_an_entry_older_than_the_newest_eight_thousand(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    catalog.add_organization(
        context.factory, CLERK, OrganizationDraft("HKH", "Hội Khuyến học", "Hội KH")
    )
    with context.factory() as session, session.begin():  # 8,200 newer entries, none matching
        for number in range(8_200):
            audit.record(
                session, CLERK, "update", "incoming", number + 1, {"notes": ""},
                {"notes": f"Ghi chú {number}"},
            )  # fmt: skip
    page = _go(window, "audit")
    assert isinstance(page, AuditPage)
    assert page.model.rowCount() > 8_200
    qtmodeltester.check(page.model)
    qtbot.keyClicks(page.search, "khuyen hoc")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.index(0, 3).data().startswith("Tổ chức")
    assert "Tên đầy đủ: “Hội Khuyến học”" in page.model.index(0, CHANGES).data()
    assert page.count.text() == "1 mục"
