"""The entry dialog's Tình trạng xử lý: shown with its reason, moved by tasks or by filing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.documents import HandlingStatus
from giamsat_desktop.domain.registers import IncomingDraft, IncomingRecord
from giamsat_desktop.domain.tasks import TaskDraft
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.tasks.assign import assign_tasks
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers import incoming_model as columns
from giamsat_desktop.ui.registers.incoming_dialog import IncomingDialog
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from giamsat_desktop.ui.tasks.assign_dialog import AssignDialog
from giamsat_desktop.ui.tasks.tasks_page import TasksPage
from tests.session_day import TODAY
from tests.ui.clicks import click, click_for_dialog, click_row, menu_action, settle
from tests.ui.modals import answer_modal, press, type_and_accept

Typist = Callable[[QWidget, str], None]
NOTE = "Van ban de biet, da luu ho so"


def _registered(context: ServiceContext) -> IncomingRecord:
    draft = IncomingDraft(
        TODAY,
        "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
        "V/v tuyên truyền Ngày hội Đại đoàn kết toàn dân tộc",
        symbol="125/CV-MTTQ-BTT",
        deadline=TODAY + dt.timedelta(days=20),
    )
    record, _ = incoming.register_incoming(context.factory, context.actor, draft)
    return record


def _open_entry(qtbot: QtBot, window: MainWindow) -> tuple[IncomingPage, IncomingDialog]:
    """Đi đến → Văn bản đến, the first line, Sửa: the entry dialog, its status read."""
    menu_action(window, "Đi đến", "Văn bản đến").trigger()
    page = window.pages["incoming"]
    assert isinstance(page, IncomingPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    settle(window)
    click_row(qtbot, page.view, 0)
    settle(window)
    dialog = click_for_dialog(qtbot, page.edit_button, IncomingDialog)
    settle(window)
    return page, dialog


def _line_status(page: IncomingPage) -> str:
    return str(page.model.index(0, columns.STATUS).data(Qt.ItemDataRole.DisplayRole))


def test_the_status_is_shown_not_typed_and_filing_without_tasks_marks_it_handled(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    record = _registered(context)
    page, dialog = _open_entry(qtbot, window)
    shown = dialog.handling.status
    assert isinstance(shown, QLabel)
    assert shown.text() == "Chưa xử lý — chưa giao nhiệm vụ"
    assert all(box.findText("Đã xử lý") < 0 for box in dialog.findChildren(QComboBox))
    assert _line_status(page) == "Chưa xử lý"

    asked = answer_modal(QInputDialog, type_and_accept(NOTE))
    click(qtbot, dialog.handling.file_button)
    assert "số đến 1" in asked.check().text
    settle(window)
    assert shown.text() == f"Đã xử lý — lưu, không giao việc: {NOTE}"
    assert dialog.isVisible()  # the dialog stays open
    qtbot.waitUntil(lambda: _line_status(page) == "Đã xử lý")

    # An edit saved afterwards goes over the filing and keeps the status.
    type_text(dialog.notes, "Đã báo cáo Thường trực")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(window)
    kept = incoming.get_incoming(context.factory, context.actor, record.id)
    assert (kept.notes, kept.handling_status) == ("Đã báo cáo Thường trực", HandlingStatus.DONE)
    assert _line_status(page) == "Đã xử lý"


def test_a_document_with_tasks_is_not_filed_and_says_why(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    record = _registered(context)
    lead = list_organizations(context.factory)[0].id
    task = TaskDraft("Tuyên truyền đến hội viên", lead, deadline=TODAY + dt.timedelta(days=15))
    assign_tasks(context.factory, context.actor, [task, task], source_id=record.id)
    _page, dialog = _open_entry(qtbot, window)
    assert dialog.handling.status.text() == "Đang xử lý — 2 nhiệm vụ chưa xong"

    refused = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    click(qtbot, dialog.handling.file_button)
    assert "đã giao 2 nhiệm vụ" in refused.check().text
    kept = incoming.get_incoming(context.factory, context.actor, record.id)
    assert kept.handling_status is HandlingStatus.IN_PROGRESS
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()


def test_giao_nhiem_vu_from_the_entry_dialog_opens_the_tasks_of_this_document(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    record = _registered(context)
    _page, dialog = _open_entry(qtbot, window)
    click(qtbot, dialog.handling.assign_button)
    tasks = window.pages["tasks"]
    assert isinstance(tasks, TasksPage)
    qtbot.waitUntil(lambda: tasks.last_dialog is not None and tasks.last_dialog.isVisible())
    assign = tasks.last_dialog
    assert isinstance(assign, AssignDialog)
    assert assign.document is not None and assign.document.id == record.id
    assert dialog.isVisible()  # the entry dialog stays open behind it
    qtbot.waitUntil(lambda: assign.leads.count() > 0)
    settle(window)
    type_text(assign.content, "Tuyên truyền đến hội viên")
    box = assign.all_members  # a click on its box, as a clerk ticks it
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    click(qtbot, assign.add_button)
    given = assign.list.count()
    assert given >= 1, assign.problem.text()
    click(qtbot, assign.save_button)
    qtbot.waitUntil(lambda: not assign.isVisible())
    settle(window)

    dialog.activateWindow()  # the clerk comes back to the entry dialog
    wanted = f"Đang xử lý — {given} nhiệm vụ chưa xong"
    qtbot.waitUntil(lambda: dialog.handling.status.text() == wanted)
    type_text(dialog.notes, "Đã giao Hội LHPN")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(window)
    kept = incoming.get_incoming(context.factory, context.actor, record.id)
    assert (kept.notes, kept.handling_status) == ("Đã giao Hội LHPN", HandlingStatus.IN_PROGRESS)
