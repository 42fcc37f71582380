"""Recommendations' reply deadlines in Lịch hạn and Việc cần làm, and the lists they open.

The recommendations are written, sent by their letters, answered and escalated through the
services, on days counted back from the session's day, with the office's reminder window
at 10 days:

- ``late``: sent 40 days ago with 20 days to reply, no reply: an escalation is due;
- ``escalated``: sent 40 days ago with 15 days, escalated 10 days ago, still no reply;
- ``soon``: sent 19 days ago with 20 days: due tomorrow (or the Monday after);
- ``answered``: sent with ``soon``, 25 days to reply, answered 2 days ago.

A day or a line asks the window for ``Action.SHOW_RECOMMENDATIONS`` with the filter of its
list; here a recorder stands for the window and the filter is read through the services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.recommendations import RecommendationFilter
from giamsat_desktop.services.catalog.days_off import set_reminder_days
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.recommendations.queries import recommendation_keys
from giamsat_desktop.ui.calendar.calendar_page import CalendarPage
from giamsat_desktop.ui.calendar.deadline_words import DUE_SOON_COLOUR, OVERDUE_COLOUR
from giamsat_desktop.ui.calendar.todo_panel import TodoPanel
from giamsat_desktop.ui.calendar.todo_reminder import TodoReminder
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.page_registry import Action
from tests.services.calendar.recommendations_due import (
    COMMUNE,
    PROVINCE,
    add,
    escalate,
    get,
    reply,
    reported,
    send,
)
from tests.services.supervision.office_sessions import CLERK
from tests.session_day import TODAY
from tests.ui.calendar.given_tasks import open_window

WINDOW = 10
LATE = "Rà soát, cấp thẻ bảo hiểm y tế còn thiếu cho người cao tuổi"
ESCALATED = "Chỉ đạo Ủy ban nhân dân xã khắc phục việc chậm chi trả"
SOON = "Công khai danh sách hộ nghèo tại nhà văn hóa ấp"
ANSWERED = "Sửa chữa đường vào điểm trường ấp Bàu Sen"


def _ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.fixture
def due(context: ServiceContext) -> dict[str, int]:
    """The four recommendations above, their letters issued in date order; their ids."""
    set_reminder_days(context.factory, CLERK, WINDOW)
    first = reported(context, _ago(50), planned_start=_ago(70), planned_end=_ago(68))
    late = add(context, first.id, LATE, COMMUNE, 20)
    escalated = add(context, first.id, ESCALATED, PROVINCE, 15)
    send(context, first.id, COMMUNE, _ago(40))
    send(context, first.id, PROVINCE, _ago(40))
    second = reported(
        context,
        _ago(25),
        subject="Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo",
        planned_start=_ago(45),
        planned_end=_ago(43),
    )
    soon = add(context, second.id, SOON, COMMUNE, 20)
    answered = add(context, second.id, ANSWERED, COMMUNE, 25)
    send(context, second.id, COMMUNE, _ago(19))
    escalate(context, escalated.id, _ago(10))
    reply(context, answered.id, _ago(2))
    return {"late": late.id, "escalated": escalated.id, "soon": soon.id, "answered": answered.id}


def _due_on(context: ServiceContext, key: int) -> dt.date:
    day = get(context, key).reply_due
    assert day is not None
    return day


def _keys(context: ServiceContext, where: object) -> list[int]:
    assert isinstance(where, RecommendationFilter), where
    return recommendation_keys(context.factory, CLERK, where)


@dataclass
class Asked:
    """What the page asked of the window, in order."""

    requests: list[tuple[Action, tuple[object, ...]]] = field(default_factory=list)

    def __call__(self, action: Action, /, *args: object, page: str | None = None) -> object:
        self.requests.append((action, args))
        return None


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.wait_for_all()


def _calendar(
    qtbot: QtBot, context: ServiceContext, runner: TaskRunner, asked: Asked
) -> CalendarPage:
    page = CalendarPage(context, runner, asked)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.shown is not None)
    return page


def _go_to_month(qtbot: QtBot, page: CalendarPage, day: dt.date) -> None:
    while (page.grid.year, page.grid.month) != (day.year, day.month):
        later = (day.year, day.month) > (page.grid.year, page.grid.month)
        qtbot.mouseClick(
            page.next_button if later else page.previous_button, Qt.MouseButton.LeftButton
        )
    qtbot.waitUntil(lambda: page.shown is not None and page.shown.month == day.month)
    qtbot.waitUntil(lambda: page.day_heading(day) is not None)


def _agenda_line(page: CalendarPage, day: dt.date, text: str) -> QTreeWidgetItem:
    heading = page.day_heading(day)
    assert heading is not None, f"no {day} in the agenda"
    lines = [heading.child(i) for i in range(heading.childCount())]
    found = [line for line in lines if line.text(0) == text]
    assert found, f"no {text!r} on {day}: {[line.text(0) for line in lines]}"
    return found[0]


def test_clicking_the_day_of_a_reply_deadline_lists_it_and_opens_its_recommendations(
    qtbot: QtBot, context: ServiceContext, due: dict[str, int], runner: TaskRunner
) -> None:
    asked = Asked()
    page = _calendar(qtbot, context, runner, asked)
    day = _due_on(context, due["soon"])
    _go_to_month(qtbot, page, day)
    assert page.grid.counts[day].due_soon == 1
    assert "1 sắp đến hạn" in page.grid.describe(day)
    qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=page.grid.cell_rect(day).center())
    # The day's list: the recommendations whose reply is due that day, on Kiến nghị.
    assert asked.requests == [
        (Action.SHOW_RECOMMENDATIONS, (RecommendationFilter(due_from=day, due_to=day),))
    ]
    assert _keys(context, asked.requests[0][1][0]) == [due["soon"]]
    assert page.agenda.currentItem() is page.day_heading(day)
    line = _agenda_line(page, day, SOON)
    left = (day - TODAY).days
    assert (line.text(1), line.text(2)) == (
        COMMUNE,
        f"Còn {left} ngày" if left else "Đến hạn hôm nay",
    )
    assert line.toolTip(0) == f"Hạn trả lời kiến nghị: {SOON}"
    assert line.foreground(0).color() == DUE_SOON_COLOUR
    # Its line (clicked, then Enter) opens the recommendations of its letter due that day.
    page.agenda.scrollToItem(line)
    where = page.agenda.visualItemRect(line).center()
    qtbot.mouseClick(page.agenda.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.keyClick(page.agenda, Qt.Key.Key_Return)
    action, args = asked.requests[-1]
    assert action is Action.SHOW_RECOMMENDATIONS
    assert _keys(context, args[0]) == [due["soon"]]


def test_overdue_escalated_and_answered_replies_read_in_the_agenda(
    qtbot: QtBot, context: ServiceContext, due: dict[str, int], runner: TaskRunner
) -> None:
    page = _calendar(qtbot, context, runner, Asked())
    late_day = _due_on(context, due["late"])
    _go_to_month(qtbot, page, late_day)
    line = _agenda_line(page, late_day, LATE)
    assert line.text(2) == f"Quá hạn {(TODAY - late_day).days} ngày"
    assert line.foreground(0).color() == OVERDUE_COLOUR
    escalated_day = _due_on(context, due["escalated"])
    _go_to_month(qtbot, page, escalated_day)
    line = _agenda_line(page, escalated_day, ESCALATED)
    assert (line.text(1), line.text(2)) == (
        PROVINCE,
        f"Quá hạn {(TODAY - escalated_day).days} ngày",
    )
    answered_day = _due_on(context, due["answered"])
    _go_to_month(qtbot, page, answered_day)
    assert _agenda_line(page, answered_day, ANSWERED).text(2) == "Đã trả lời"


def _panel_line(panel: TodoPanel, text: str) -> QTreeWidgetItem:
    found = [item for item in panel.lines() if item.text(0) == text]
    assert found, f"no line {text!r} in {[item.text(0) for item in panel.lines()]}"
    return found[0]


def test_viec_can_lam_lists_the_escalation_due_the_overdue_and_the_soon_replies(
    qtbot: QtBot, context: ServiceContext, due: dict[str, int]
) -> None:
    window = open_window(qtbot, context)
    panel = window.todo.panel
    assert panel is not None and panel.isVisible()  # shown at start: replies are due
    late_day = _due_on(context, due["late"])
    escalate_line = _panel_line(panel, f"Lập văn bản kiến nghị cấp trên: {LATE}")
    assert escalate_line.parent().text(0) == (
        "Kiến nghị quá hạn trả lời, cần kiến nghị cấp trên — 1"
    )
    assert escalate_line.text(1) == late_day.strftime("%d/%m/%Y")
    assert escalate_line.text(2) == f"Quá hạn {(TODAY - late_day).days} ngày"
    assert escalate_line.foreground(0).color() == OVERDUE_COLOUR
    assert escalate_line.toolTip(0).endswith(f"Cơ quan được kiến nghị: {COMMUNE}")
    escalated = _panel_line(panel, ESCALATED)
    assert escalated.parent().text(0) == "Kiến nghị quá hạn trả lời, đã kiến nghị cấp trên — 1"
    assert escalated.foreground(0).color() == OVERDUE_COLOUR
    soon = _panel_line(panel, SOON)
    assert soon.parent().text(0) == "Kiến nghị đến hạn trả lời — 1"
    assert soon.foreground(0).color() == DUE_SOON_COLOUR
    assert ANSWERED not in [item.text(0) for item in panel.lines()]  # answered: nothing to do
    assert panel.summary.text() == (
        "Không có nhiệm vụ quá hạn hay đến hạn trong 10 ngày tới. "
        "Kiến nghị: 2 quá hạn trả lời (1 cần kiến nghị cấp trên), 1 đến hạn trả lời."
    )


def test_a_line_of_viec_can_lam_opens_the_recommendations_it_names(
    qtbot: QtBot, context: ServiceContext, due: dict[str, int], runner: TaskRunner
) -> None:
    host = QMainWindow()
    qtbot.addWidget(host)
    host.resize(1200, 700)
    host.show()
    asked = Asked()
    reminder = TodoReminder(host, context, runner, Settings.load(), asked)
    reminder.check_at_start()  # as the window does once opened
    qtbot.waitUntil(lambda: reminder.panel is not None and reminder.panel.isVisible())
    panel = reminder.panel
    assert panel is not None
    for text, key in (
        (f"Lập văn bản kiến nghị cấp trên: {LATE}", "late"),
        (ESCALATED, "escalated"),
        (SOON, "soon"),
    ):
        line = _panel_line(panel, text)
        panel.tree.scrollToItem(line)
        where = panel.tree.visualItemRect(line).center()
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
        action, args = asked.requests[-1]
        assert action is Action.SHOW_RECOMMENDATIONS
        assert _keys(context, args[0]) == [due[key]], text
    heading = _panel_line(panel, "Kiến nghị quá hạn trả lời, cần kiến nghị cấp trên — 1")
    where = panel.tree.visualItemRect(heading).center()
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert _keys(context, asked.requests[-1][1][0]) == [due["late"]]
    assert panel.isVisible()  # the box stays beside the list
