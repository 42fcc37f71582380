"""A reply deadline in Lịch hạn and in Việc cần làm opens its recommendations on Kiến nghị."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from giamsat_desktop.services.catalog.days_off import set_reminder_days
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.calendar.calendar_page import CalendarPage
from giamsat_desktop.ui.main_window import MainWindow
from tests.services.calendar.recommendations_due import COMMUNE, add, get, reported, send
from tests.services.supervision.office_sessions import CLERK
from tests.session_day import TODAY
from tests.ui.calendar.given_tasks import open_window
from tests.ui.clicks import click, menu_action, settle

LATE = "Rà soát, cấp thẻ bảo hiểm y tế còn thiếu cho người cao tuổi"
SOON = "Công khai danh sách hộ nghèo tại nhà văn hóa ấp"


def _ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def _given(context: ServiceContext) -> dict[str, int]:
    """One reply overdue (an escalation due), one due tomorrow or the Monday after."""
    set_reminder_days(context.factory, CLERK, 10)
    first = reported(context, _ago(50), planned_start=_ago(70), planned_end=_ago(68))
    late = add(context, first.id, LATE, COMMUNE, 20)
    send(context, first.id, COMMUNE, _ago(40))
    second = reported(
        context,
        _ago(25),
        subject="Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo",
        planned_start=_ago(45),
        planned_end=_ago(43),
    )
    soon = add(context, second.id, SOON, COMMUNE, 20)
    send(context, second.id, COMMUNE, _ago(19))
    return {"late": late.id, "soon": soon.id}


def test_an_escalation_due_in_viec_can_lam_opens_kien_nghi_on_it(
    qtbot: QtBot, context: ServiceContext
) -> None:
    given = _given(context)
    window = open_window(qtbot, context)
    panel = window.todo.panel
    assert panel is not None and panel.isVisible()
    wanted = f"Lập văn bản kiến nghị cấp trên: {LATE}"
    line = next(item for item in panel.lines() if item.text(0) == wanted)
    panel.tree.scrollToItem(line)
    where = panel.tree.visualItemRect(line).center()
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.current_page_key() == "recommendations"
    page = window.pages["recommendations"]
    settle(window)
    qtbot.waitUntil(lambda: page.model.keys() == [given["late"]], timeout=10_000)  # type: ignore[attr-defined]
    assert panel.isVisible()


def test_clicking_a_reply_deadline_day_opens_kien_nghi_on_that_days_replies(
    qtbot: QtBot, window: MainWindow, context: ServiceContext
) -> None:
    given = _given(context)
    day = get(context, given["soon"]).reply_due
    assert day is not None
    menu_action(window, "Đi đến", "Lịch hạn").trigger()
    page = window.pages["calendar"]
    assert isinstance(page, CalendarPage)
    settle(window)
    while (page.grid.year, page.grid.month) != (day.year, day.month):
        click(qtbot, page.next_button)
        settle(window)
    qtbot.waitUntil(lambda: page.day_heading(day) is not None)
    heading = page.day_heading(day)
    assert heading is not None and heading.child(0).text(0) == SOON
    qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=page.grid.cell_rect(day).center())
    assert window.current_page_key() == "recommendations"
    shown = window.pages["recommendations"]
    settle(window)
    qtbot.waitUntil(lambda: shown.model.keys() == [given["soon"]], timeout=10_000)  # type: ignore[attr-defined]
