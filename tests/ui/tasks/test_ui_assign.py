"""Giao nhiệm vụ as a clerk does it: from an incoming document, to every member organisation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.deadlines import deadline_after
from giamsat_desktop.domain.documents import HandlingStatus
from giamsat_desktop.domain.holidays import shipped_days_off
from giamsat_desktop.domain.tasks import TaskState
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.tasks.records import tasks_of_document
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from giamsat_desktop.ui.tasks.tasks_page import TasksPage
from tests.ui.clicks import click, click_row, menu_action, settle
from tests.ui.modals import choose_menu_item

Typist = Callable[[QWidget, str], None]


def test_tasks_are_given_from_a_directive_to_every_member_organisation(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window, context = demo_window, demo_context
    menu_action(window, "Đi đến", "Văn bản đến").trigger()
    register = window.pages["incoming"]
    assert isinstance(register, IncomingPage)
    qtbot.waitUntil(lambda: register.model.rowCount() > 0)
    settle(window)
    row = next(
        r
        for r in range(register.model.rowCount())
        if not register.model.record(r).cancelled
        and not tasks_of_document(context.factory, context.actor, register.model.record(r).id)
    )
    click_row(qtbot, register.view, row)
    directive = register.model.record(row)
    menu = choose_menu_item(0)  # Xử lý → Giao nhiệm vụ (theo ý kiến chỉ đạo)…
    click(qtbot, register.answer_button)
    qtbot.waitUntil(lambda: menu.done)
    menu.check()
    assert window.current_page_key() == "tasks"
    page = window.pages["tasks"]
    assert isinstance(page, TasksPage)
    qtbot.waitUntil(lambda: page.last_dialog is not None and page.last_dialog.isVisible())
    dialog = page.last_dialog
    qtbot.waitUntil(lambda: dialog.leads.count() > 0)

    dialog.instruction.clear()
    type_text(dialog.instruction, "Giao các tổ chức thành viên tuyên truyền, báo cáo kết quả")
    type_text(dialog.content, "Tuyên truyền chính sách bảo hiểm y tế đến hội viên")
    box = dialog.all_members  # a click on its box and words, as a clerk clicks
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    assert dialog.by_days.isChecked() or dialog.by_date.isChecked()
    click(qtbot, dialog.by_days)  # 15 ngày from today, moved off days off
    click(qtbot, dialog.add_button)
    members = dialog.list.count()
    assert members >= 5, dialog.problem.text()
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    settle(window)

    given = tasks_of_document(context.factory, context.actor, directive.id)
    expected = deadline_after(clock.today(), 15, shipped_days_off())
    assert len(given) == members
    assert all(t.deadline == expected and t.state is TaskState.NOT_STARTED for t in given)
    assert len({t.lead_id for t in given}) == members
    qtbot.waitUntil(lambda: page.model.rowCount() >= members)
    shown = {page.model.record(r).content for r in range(page.model.rowCount())}
    assert "Tuyên truyền chính sách bảo hiểm y tế đến hội viên" in shown
    kept = incoming.get_incoming(context.factory, context.actor, directive.id)
    assert kept.instruction == "Giao các tổ chức thành viên tuyên truyền, báo cáo kết quả"
    assert kept.handling_status is HandlingStatus.IN_PROGRESS
