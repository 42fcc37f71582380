"""The Nhiệm vụ page as a clerk uses it: search, filters, colours, steps on several tasks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.tasks import TaskDraft, TaskState
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.tasks import assign, history, records
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.tasks import tasks_model as columns
from giamsat_desktop.ui.tasks.bulk_dialog import BulkDialog
from giamsat_desktop.ui.tasks.tasks_page import TasksPage
from tests.ui.clicks import choose, click, click_row, menu_action, settle

Typist = Callable[[QWidget, str], None]
CLERK = Actor("vanthu", Role.CLERK)
WORDS = "nuoc sach Bau Sen"
"""Folded words found only in the tasks this module gives."""


def _farmers(context: ServiceContext) -> tuple[int, str]:
    found = next(
        o for o in list_organizations(context.factory) if "nong dan" in fold(o.name) and o.active
    )
    return found.id, found.name


def _give(context: ServiceContext) -> dict[str, int]:
    """Three tasks of Hội Nông dân about clean water: overdue, due tomorrow, due next month."""
    today = clock.today()
    farmers, _name = _farmers(context)
    given, _ = assign.assign_tasks(
        context.factory,
        CLERK,
        [
            TaskDraft(
                "Khảo sát nước sạch thôn Bàu Sen (đợt 1)", farmers, (), "", today - dt.timedelta(3)
            ),
            TaskDraft(
                "Khảo sát nước sạch thôn Bàu Sen (đợt 2)", farmers, (), "", today + dt.timedelta(1)
            ),
            TaskDraft(
                "Khảo sát nước sạch thôn Bàu Sen (đợt 3)", farmers, (), "", today + dt.timedelta(30)
            ),
        ],
    )
    return {name: task.id for name, task in zip(("overdue", "soon", "later"), given, strict=True)}


def _open_tasks(window: MainWindow, qtbot: QtBot) -> TasksPage:
    menu_action(window, "Đi đến", "Nhiệm vụ").trigger()
    page = window.pages["tasks"]
    assert isinstance(page, TasksPage)
    settle(window)
    return page


def _search(page: TasksPage, window: MainWindow, qtbot: QtBot, type_text: Typist) -> None:
    page.filters.search.clear()
    type_text(page.filters.search, WORDS)
    qtbot.waitUntil(lambda: page.filters.count.text() == "3 nhiệm vụ", timeout=10_000)
    settle(window)


def _row(page: TasksPage, task_id: int) -> int:
    return page.model.keys().index(task_id)


@pytest.fixture
def given(demo_context: ServiceContext) -> dict[str, int]:
    return _give(demo_context)


def test_search_filters_and_colours(
    demo_window: MainWindow,
    demo_context: ServiceContext,
    given: dict[str, int],
    qtbot: QtBot,
    type_text: Typist,
) -> None:
    window = demo_window
    page = _open_tasks(window, qtbot)
    page.refresh()
    _search(page, window, qtbot, type_text)
    # Overdue in red with a warning mark, due tomorrow in amber, next month plain.
    overdue = page.model.index(_row(page, given["overdue"]), columns.DEADLINE)
    soon = page.model.index(_row(page, given["soon"]), columns.DEADLINE)
    later = page.model.index(_row(page, given["later"]), columns.DEADLINE)
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) == columns.OVERDUE_COLOUR
    assert overdue.data(Qt.ItemDataRole.DecorationRole) is not None
    state = page.model.index(_row(page, given["overdue"]), columns.STATE)
    assert state.data() == "Quá hạn 3 ngày"
    assert soon.data(Qt.ItemDataRole.BackgroundRole) == columns.DUE_SOON_BACKGROUND
    assert later.data(Qt.ItemDataRole.ForegroundRole) is None
    assert later.data(Qt.ItemDataRole.BackgroundRole) is None

    choose(qtbot, page.filters.deadline, "Quá hạn")
    qtbot.waitUntil(lambda: page.filters.count.text() == "1 nhiệm vụ")
    settle(window)
    assert page.model.keys() == [given["overdue"]]
    choose(qtbot, page.filters.deadline, "Sắp đến hạn (trong 3 ngày)")
    qtbot.waitUntil(lambda: page.model.keys() == [given["soon"]])

    # The organisation's name, typed without marks, finds its tasks; another's does not.
    choose(qtbot, page.filters.deadline, "Mọi thời hạn")
    _farmers_id, farmers_name = _farmers(demo_context)
    page.filters.search.clear()
    type_text(page.filters.search, f"{fold(farmers_name)} ban sen")
    qtbot.waitUntil(lambda: page.filters.count.text() == "3 nhiệm vụ", timeout=10_000)


def test_extending_and_completing_several_tasks_at_once(
    demo_window: MainWindow,
    demo_context: ServiceContext,
    given: dict[str, int],
    qtbot: QtBot,
    type_text: Typist,
) -> None:
    window, context = demo_window, demo_context
    page = _open_tasks(window, qtbot)
    page.refresh()
    _search(page, window, qtbot, type_text)
    click_row(qtbot, page.view, _row(page, given["overdue"]))
    index = page.model.index(_row(page, given["soon"]), 0)
    where = page.view.visualRect(index).center()
    qtbot.mouseClick(
        page.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, where
    )
    assert len(page.view.selectionModel().selectedRows()) == 2
    click(qtbot, page.extend_button)
    dialog = page.last_dialog
    assert isinstance(dialog, BulkDialog) and dialog.isVisible()
    new_deadline = clock.today() + dt.timedelta(days=20)
    dialog.date.clear()
    type_text(dialog.date, new_deadline.strftime("%d/%m/%Y"))
    type_text(dialog.reason, "Chờ kết quả xét nghiệm mẫu nước")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    click(qtbot, ok)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    settle(window)
    for key in ("overdue", "soon"):
        task = records.get_task(context.factory, CLERK, given[key])
        assert task.deadline == new_deadline
        steps = history.history(context.factory, CLERK, given[key])
        assert any("Chờ kết quả xét nghiệm mẫu nước" in step.note for step in steps)
    # Nothing is overdue any more: the red line is gone from "Quá hạn".
    choose(qtbot, page.filters.deadline, "Quá hạn")
    qtbot.waitUntil(lambda: page.filters.count.text() == "0 nhiệm vụ")

    # Mark two done: they leave the default list "Chưa xong".
    choose(qtbot, page.filters.deadline, "Mọi thời hạn")
    qtbot.waitUntil(lambda: page.filters.count.text() == "3 nhiệm vụ")
    settle(window)
    page.view.clearSelection()
    click_row(qtbot, page.view, _row(page, given["later"]))
    index = page.model.index(_row(page, given["soon"]), 0)
    where = page.view.visualRect(index).center()
    qtbot.mouseClick(
        page.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, where
    )
    click(qtbot, page.done_button)
    dialog = page.last_dialog
    assert isinstance(dialog, BulkDialog)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: page.filters.count.text() == "1 nhiệm vụ", timeout=10_000)
    done = records.get_task(context.factory, CLERK, given["later"])
    assert done.state is TaskState.DONE and done.done_on == clock.today()


def test_extending_without_a_reason_is_refused_in_the_dialog(
    demo_window: MainWindow, given: dict[str, int], qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    page = _open_tasks(window, qtbot)
    page.refresh()
    _search(page, window, qtbot, type_text)
    click_row(qtbot, page.view, _row(page, given["soon"]))
    click(qtbot, page.extend_button)
    dialog = page.last_dialog
    assert isinstance(dialog, BulkDialog)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    qtbot.waitUntil(lambda: dialog.problem.text() != "")
    assert "lý do" in dialog.problem.text().lower()
    assert dialog.isVisible()
    dialog.reject()


def test_the_table_by_organisation_opens_its_tasks(
    demo_window: MainWindow,
    demo_context: ServiceContext,
    given: dict[str, int],
    qtbot: QtBot,
) -> None:
    window = demo_window
    page = _open_tasks(window, qtbot)
    page.refresh()
    settle(window)
    farmers, name = _farmers(demo_context)
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert page.tabs.currentIndex() == 1
    table = page.organizations
    model = table.view.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)  # read when the tab is shown
    settle(window)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    figures = table.model.record(table.proxy.mapToSource(model.index(row, 0)).row())
    assert figures.overdue >= 1 and figures.assigned >= 3
    index = model.index(row, 0)
    table.view.scrollTo(index)
    where = table.view.visualRect(index).center()
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert page.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: page.filters.organization.currentData() == farmers)
    settle(window)
    shown = [page.model.record(r) for r in range(page.model.rowCount())]
    assert shown and all(task.lead_id == farmers for task in shown)
    assert {given["overdue"], given["soon"], given["later"]} <= set(page.model.keys())
