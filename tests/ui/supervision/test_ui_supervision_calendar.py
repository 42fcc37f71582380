"""A supervision's lead time in Lịch hạn opens the session on the Giám sát page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.supervision import SupervisionForm, SupervisionRole, notice_due
from giamsat_desktop.domain.supervision_records import SessionDraft
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision.sessions import create_session
from giamsat_desktop.ui.calendar.calendar_page import CalendarPage
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.supervision.supervision_page import SupervisionPage
from tests.session_day import TODAY
from tests.ui.calendar.given_tasks import open_window
from tests.ui.clicks import click, menu_action, settle

CLERK = Actor("vanthu", Role.CLERK)
SUBJECT = "Giám sát việc thu gom rác thải ở khu dân cư Bàu Sen"


def test_a_notice_due_day_in_the_calendar_opens_its_session(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot
) -> None:
    start = TODAY + dt.timedelta(days=40)
    due = notice_due(start)  # the plan and decision must reach the body by then
    session, _ = create_session(
        demo_context.factory,
        CLERK,
        SessionDraft(
            SupervisionForm.DELEGATION,
            SupervisionRole.LEAD,
            SUBJECT,
            supervised_body="Ủy ban nhân dân xã Tân Hưng",
            planned_start=start,
        ),
    )
    window = demo_window
    menu_action(window, "Đi đến", "Lịch hạn").trigger()
    page = window.pages["calendar"]
    assert isinstance(page, CalendarPage)
    settle(window)
    while (page.grid.year, page.grid.month) != (due.year, due.month):
        click(qtbot, page.next_button)
        settle(window)
    heading = page.day_heading(due)
    assert heading is not None
    line = next(
        heading.child(i) for i in range(heading.childCount()) if SUBJECT in heading.child(i).text(0)
    )
    page.agenda.scrollToItem(line)
    where = page.agenda.visualItemRect(line).center()
    qtbot.mouseClick(page.agenda.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.keyClick(page.agenda, Qt.Key.Key_Return)
    assert window.current_page_key() == "supervision"
    sessions = window.pages["supervision"]
    assert isinstance(sessions, SupervisionPage)
    qtbot.waitUntil(lambda: sessions.model.keys() == [session.id], timeout=10_000)


def test_a_late_notice_is_in_viec_can_lam_and_opens_its_session(
    qtbot: QtBot, demo_context: ServiceContext
) -> None:
    start = TODAY + dt.timedelta(days=10)  # the plan should have gone 5 days ago
    session, _ = create_session(
        demo_context.factory,
        CLERK,
        SessionDraft(
            SupervisionForm.DELEGATION,
            SupervisionRole.LEAD,
            SUBJECT,
            supervised_body="Ủy ban nhân dân xã Tân Hưng",
            planned_start=start,
        ),
    )
    window = open_window(qtbot, demo_context)
    panel = window.todo.panel
    assert panel is not None and panel.isVisible()
    wanted = f"Gửi kế hoạch, quyết định: {SUBJECT}"
    line = next(item for item in panel.lines() if item.text(0) == wanted)
    days = (TODAY - notice_due(start)).days
    assert line.text(2) == f"Quá hạn {days} ngày"
    panel.tree.scrollToItem(line)
    where = panel.tree.visualItemRect(line).center()
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.current_page_key() == "supervision"
    sessions = window.pages["supervision"]
    assert isinstance(sessions, SupervisionPage)
    qtbot.waitUntil(lambda: session.id in list(sessions.model.keys()), timeout=10_000)
