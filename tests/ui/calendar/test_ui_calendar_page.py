"""Lịch hạn: a month of deadlines; a day opens its tasks on the Nhiệm vụ page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.tasks import TaskFilter
from giamsat_desktop.services.catalog import days_off
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.tasks.queries import task_keys
from giamsat_desktop.ui.calendar.calendar_page import CalendarPage
from giamsat_desktop.ui.calendar.month_grid import add_months
from giamsat_desktop.ui.main_window import MainWindow
from tests.session_day import TODAY
from tests.ui.calendar.given_tasks import CLERK, give, member
from tests.ui.clicks import click, menu_action, settle

LATER = add_months(TODAY, 2).replace(day=14)
"""A day two months on, where the test puts two deadlines."""
EARLIER = add_months(TODAY, -1).replace(day=9)
"""A day of last month, where a task is overdue."""
FIRST = "Tổng kết phong trào thi đua quý"
SECOND = "Báo cáo kết quả giám sát bảo hiểm y tế"
OVERDUE = "Nộp danh sách hộ cận nghèo"


@pytest.fixture
def given(demo_context: ServiceContext) -> dict[str, int]:
    """Two tasks due on ``LATER`` for two organisations, one overdue on ``EARLIER``."""
    first, _ = member(demo_context, 0)
    second, _ = member(demo_context, 1)
    return {
        "first": give(demo_context, first, FIRST, LATER),
        "second": give(demo_context, second, SECOND, LATER),
        "overdue": give(demo_context, first, OVERDUE, EARLIER),
    }


def _calendar(window: MainWindow, qtbot: QtBot) -> CalendarPage:
    menu_action(window, "Đi đến", "Lịch hạn").trigger()
    page = window.pages["calendar"]
    assert isinstance(page, CalendarPage)
    settle(window)
    qtbot.waitUntil(lambda: page.shown is not None)
    return page


def _month(page: CalendarPage) -> tuple[int, int]:
    assert page.shown is not None
    return page.shown.year, page.shown.month


def _agenda_lines(page: CalendarPage, day: dt.date) -> list[str]:
    heading = page.day_heading(day)
    assert heading is not None, f"no {day} in the agenda"
    return [heading.child(i).text(0) for i in range(heading.childCount())]


def test_the_buttons_turn_the_months_and_today_comes_back(
    demo_window: MainWindow, qtbot: QtBot, given: dict[str, int]
) -> None:
    window = demo_window
    page = _calendar(window, qtbot)
    assert _month(page) == (TODAY.year, TODAY.month)
    assert page.month_label.text() == f"Tháng {TODAY.month} năm {TODAY.year}"
    assert page.grid.chosen == TODAY
    for _ in range(2):
        click(qtbot, page.next_button)
        settle(window)
    assert _month(page) == (LATER.year, LATER.month)
    assert page.month_label.text() == f"Tháng {LATER.month} năm {LATER.year}"
    counts = page.grid.counts[LATER]
    assert counts.total >= 2 and counts.open >= 2
    assert {FIRST, SECOND} <= set(_agenda_lines(page, LATER))
    told = page.grid.describe(LATER)  # the day's tooltip
    assert told.startswith("Thứ ") or told.startswith("Chủ nhật")
    assert LATER.strftime("%d/%m/%Y") in told and f"{counts.open} còn hạn" in told
    for _ in range(3):
        click(qtbot, page.previous_button)
        settle(window)
    assert _month(page) == (EARLIER.year, EARLIER.month)
    assert page.grid.counts[EARLIER].overdue >= 1
    heading = page.day_heading(EARLIER)
    assert heading is not None
    lines = [heading.child(i) for i in range(heading.childCount())]
    line = next(item for item in lines if item.text(0) == OVERDUE)
    assert line.text(2) == f"Quá hạn {(TODAY - EARLIER).days} ngày"
    click(qtbot, page.today_button)
    settle(window)
    assert _month(page) == (TODAY.year, TODAY.month) and page.grid.chosen == TODAY


def test_clicking_a_day_shows_its_tasks_on_the_tasks_page(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, given: dict[str, int]
) -> None:
    window = demo_window
    page = _calendar(window, qtbot)
    for _ in range(2):
        click(qtbot, page.next_button)
        settle(window)
    where = page.grid.cell_rect(LATER).center()
    qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=where)
    assert window.current_page_key() == "tasks"
    tasks = window.pages["tasks"]
    settle(window)
    expected = task_keys(
        demo_context.factory, CLERK, TaskFilter(deadline_from=LATER, deadline_to=LATER), TODAY
    )
    qtbot.waitUntil(lambda: set(tasks.model.keys()) == set(expected))  # type: ignore[attr-defined]
    assert {given["first"], given["second"]} <= set(expected)
    assert given["overdue"] not in expected


def test_the_keyboard_moves_through_the_days_and_enter_opens_one(
    demo_window: MainWindow, qtbot: QtBot, given: dict[str, int]
) -> None:
    window = demo_window
    page = _calendar(window, qtbot)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_PageDown)
    qtbot.keyClick(page.grid, Qt.Key.Key_PageDown)
    settle(window)
    assert _month(page) == (LATER.year, LATER.month)
    # From the day chosen to the 14th, by arrows.
    while page.grid.chosen != LATER:
        key = Qt.Key.Key_Right if page.grid.chosen < LATER else Qt.Key.Key_Left
        qtbot.keyClick(page.grid, key)
    settle(window)
    assert page.agenda.currentItem() is page.day_heading(LATER)  # the agenda follows
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert window.current_page_key() == "tasks"
    tasks = window.pages["tasks"]
    settle(window)
    qtbot.waitUntil(lambda: given["first"] in set(tasks.model.keys()))  # type: ignore[attr-defined]


def _open_agenda_line(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, given: dict[str, int]
) -> set[int]:
    """Click the second organisation's line of ``LATER`` in the agenda, press Enter."""
    page = _calendar(window, qtbot)
    for _ in range(2):
        click(qtbot, page.next_button)
        settle(window)
    heading = page.day_heading(LATER)
    assert heading is not None
    lines = [heading.child(i) for i in range(heading.childCount())]
    line = next(item for item in lines if item.text(0) == SECOND)
    _lead, name = member(context, 1)
    assert line.text(1) == name
    page.agenda.scrollToItem(line)
    where = page.agenda.visualItemRect(line).center()
    qtbot.mouseClick(page.agenda.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert page.agenda.currentItem() is line
    qtbot.keyClick(page.agenda, Qt.Key.Key_Return)
    assert window.current_page_key() == "tasks"
    tasks = window.pages["tasks"]
    settle(window)
    qtbot.waitUntil(lambda: given["second"] in set(tasks.model.keys()))  # type: ignore[attr-defined]
    return set(tasks.model.keys())  # type: ignore[attr-defined]


def test_an_agenda_line_opens_its_organisations_tasks_of_that_day(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, given: dict[str, int]
) -> None:
    menu_action(demo_window, "Đi đến", "Nhiệm vụ").trigger()  # read once, as a clerk does
    settle(demo_window)
    shown = _open_agenda_line(demo_window, demo_context, qtbot, given)
    assert given["first"] not in shown


def test_an_agenda_line_opens_its_tasks_before_nhiem_vu_was_ever_opened(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, given: dict[str, int]
) -> None:
    shown = _open_agenda_line(demo_window, demo_context, qtbot, given)
    assert given["first"] not in shown


def test_the_offices_own_days_off_are_shaded_and_told(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot
) -> None:
    holiday = LATER
    while holiday.weekday() >= 5:
        holiday += dt.timedelta(days=1)
    kept = days_off.year_days_off(demo_context.factory, holiday.year)
    entries = (*kept.entries, days_off.DayOffEntry(holiday, "Ngày nghỉ bù của xã"))
    days_off.save_year_days_off(demo_context.factory, CLERK, holiday.year, entries, kept.version)
    window = demo_window
    page = _calendar(window, qtbot)
    while _month(page) != (holiday.year, holiday.month):
        click(qtbot, page.next_button)
        settle(window)
    assert "(ngày nghỉ)" in page.grid.describe(holiday)
    weekday = holiday + dt.timedelta(days=1 if holiday.weekday() < 4 else 3)
    assert "(ngày nghỉ)" not in page.grid.describe(weekday)
