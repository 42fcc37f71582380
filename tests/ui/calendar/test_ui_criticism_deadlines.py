"""The demo office's criticisms overdue for their answers remind the clerk, and open the page.

The demo office has two sessions whose answers are overdue today: one answered in part (a
point left), one sent and unanswered past its deadline. Việc cần làm lists both under
"Phản biện quá hạn trả lời"; a line opens Phản biện xã hội on that session alone, said
over the list, and "Bỏ lọc" gives the whole list back. Lịch hạn shows the one answered in
part on its deadline, overdue, with its drafting body and the point left; its line opens
the sessions due that day.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.criticism import CriticismStep
from giamsat_desktop.domain.criticism_records import CriticismFilter, CriticismRecord
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.criticism import queries
from giamsat_desktop.ui.calendar.calendar_page import CalendarPage
from giamsat_desktop.ui.calendar.deadline_words import OVERDUE_COLOUR
from giamsat_desktop.ui.calendar.todo_panel import TodoPanel
from giamsat_desktop.ui.criticism.criticism_page import CriticismPage
from giamsat_desktop.ui.main_window import MainWindow
from tests.services.supervision.office_sessions import CLERK
from tests.session_day import TODAY
from tests.ui.clicks import click, menu_action, settle


def _overdue(context: ServiceContext) -> list[CriticismRecord]:
    """The demo's sessions overdue today, as the services read them."""
    keys = queries.criticism_keys(context.factory, CLERK, CriticismFilter(overdue_on=TODAY))
    return queries.criticisms_by_ids(context.factory, CLERK, keys)


def _todo(qtbot: QtBot, window: MainWindow) -> TodoPanel:
    """Xem → Việc cần làm…, read afresh."""
    menu_action(window, "Xem", "Việc cần làm…").trigger()
    settle(window)
    panel = window.todo.panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.isVisible() and not window.runner.busy, timeout=10_000)
    settle(window)
    return panel


def _click_line(qtbot: QtBot, tree: QTreeWidget, line: QTreeWidgetItem) -> None:
    tree.scrollToItem(line)
    where = tree.visualItemRect(line).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)


def _criticism_page(qtbot: QtBot, window: MainWindow, keys: set[int]) -> CriticismPage:
    """Phản biện xã hội on screen, listing exactly ``keys``."""
    qtbot.waitUntil(lambda: window.current_page_key() == "criticism", timeout=10_000)
    page = window.pages["criticism"]
    assert isinstance(page, CriticismPage)
    settle(window)
    qtbot.waitUntil(lambda: set(page.model.keys()) == keys, timeout=10_000)
    return page


def test_the_overdue_criticisms_are_in_viec_can_lam_and_lich_han_and_open_their_page(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot
) -> None:
    window = demo_window
    overdue = _overdue(demo_context)
    in_part = next(r for r in overdue if r.step is CriticismStep.ANSWERED)
    waiting = next(r for r in overdue if r.step is CriticismStep.SENT)
    assert len(overdue) == 2 and in_part.unanswered == 1
    assert waiting.unanswered == len(waiting.points)
    if window.todo.panel is not None and window.todo.panel.isVisible():
        click(qtbot, window.todo.panel.close_button)

    # Việc cần làm: both under their heading, the earliest deadline first, in red.
    panel = _todo(qtbot, window)
    texts = [item.text(0) for item in panel.lines()]
    heading = next(item for item in panel.lines() if item.text(0).startswith("Phản biện quá"))
    assert heading.text(0) == "Phản biện quá hạn trả lời — 2", texts
    lines = [heading.child(i) for i in range(heading.childCount())]
    assert [line.text(0) for line in lines if line] == [in_part.title, waiting.title]
    line = lines[1]
    assert line is not None and line.foreground(0).color() == OVERDUE_COLOUR
    assert waiting.answer_due is not None
    days = (TODAY - waiting.answer_due).days
    assert (line.text(1), line.text(2)) == (format_date(waiting.answer_due), f"Quá hạn {days} ngày")
    assert line.toolTip(0) == (
        f"{waiting.title}\nCơ quan soạn thảo: {waiting.drafting_body}\n"
        f"{len(waiting.points)} nội dung chưa được trả lời"
    )
    assert "Phản biện xã hội: 2 quá hạn trả lời" in panel.summary.text()

    # Its line opens Phản biện xã hội on that session alone, said over the list.
    _click_line(qtbot, panel.tree, line)
    page = _criticism_page(qtbot, window, {waiting.id})
    pinned = page.filters.pinned_label.toolTip()
    assert pinned.startswith(f"Đang xem: quá hạn trả lời ngày {format_date(TODAY)}"), pinned
    assert f"hạn trả lời ngày {format_date(waiting.answer_due)}" in pinned
    assert page.filters.unpin_button.isVisible()
    assert panel.isVisible()  # the box stays beside the list
    # The heading opens both.
    _click_line(qtbot, panel.tree, heading)
    _criticism_page(qtbot, window, {in_part.id, waiting.id})
    click(qtbot, panel.close_button)
    # Bỏ lọc: every session again.
    click(qtbot, page.filters.unpin_button)
    qtbot.waitUntil(lambda: len(page.model.keys()) > 2, timeout=10_000)
    assert not page.filters.unpin_button.isVisible()

    # Lịch hạn, turned to the month of the one answered in part: its line on its day.
    day = in_part.answer_due
    assert day is not None
    menu_action(window, "Đi đến", "Lịch hạn").trigger()
    calendar = window.pages["calendar"]
    assert isinstance(calendar, CalendarPage)
    settle(window)
    while (calendar.grid.year, calendar.grid.month) != (day.year, day.month):
        click(qtbot, calendar.previous_button)
        settle(window)
    qtbot.waitUntil(lambda: calendar.day_heading(day) is not None, timeout=10_000)
    day_heading = calendar.day_heading(day)
    assert day_heading is not None
    found = [day_heading.child(i) for i in range(day_heading.childCount())]
    wanted = f"Phản biện: {in_part.title}"
    line = next((item for item in found if item and item.text(0) == wanted), None)
    assert line is not None, [item.text(0) for item in found if item]
    days = (TODAY - day).days
    assert (line.text(1), line.text(2)) == (in_part.drafting_body, f"Quá hạn {days} ngày")
    assert line.toolTip(2) == "1 nội dung chưa được trả lời"
    assert line.toolTip(0).startswith(f"Hạn trả lời ý kiến phản biện xã hội: {in_part.title}")
    assert calendar.grid.counts[day].overdue >= 1
    _click_line(qtbot, calendar.agenda, line)
    qtbot.keyClick(calendar.agenda, Qt.Key.Key_Return)
    page = _criticism_page(qtbot, window, {in_part.id})
    assert f"hạn trả lời ngày {format_date(day)}" in page.filters.pinned_label.toolTip()
