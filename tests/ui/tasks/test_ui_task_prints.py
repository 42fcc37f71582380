"""The prints and the Excel list of the Nhiệm vụ page, as a clerk asks for them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.domain.tasks import TaskDraft
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.tasks import assign
from giamsat_desktop.ui.letters.letters_page import LettersPage
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.tasks.tasks_page import TasksPage
from tests.ui.clicks import choose, click, menu_action, open_preview, save_preview, settle
from tests.ui.modals import answer_modal, choose_file, choose_menu_item, message_texts, press

Typist = Callable[[QWidget, str], None]
CLERK = Actor("vanthu", Role.CLERK)
SYMBOL = "77/KH-MTTQ-BTT"


def _veterans(context: ServiceContext) -> tuple[int, str]:
    found = next(o for o in list_organizations(context.factory) if "cuu chien binh" in fold(o.name))
    return found.id, found.name


def _give(context: ServiceContext) -> tuple[int, str]:
    """A directive with one overdue task and one due later for Hội Cựu chiến binh."""
    today = clock.today()
    document, _ = incoming.register_incoming(
        context.factory,
        CLERK,
        IncomingDraft(
            today - dt.timedelta(days=20),
            "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
            "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
            symbol=SYMBOL,
            type_code="KH",
        ),
    )
    veterans, name = _veterans(context)
    assign.assign_tasks(
        context.factory,
        CLERK,
        [
            TaskDraft(
                "Rà soát hội viên khó khăn về nhà ở", veterans, (), "", today - dt.timedelta(2)
            ),
            TaskDraft("Tổ chức ngày hội ở khu dân cư", veterans, (), "", today + dt.timedelta(40)),
        ],
        source_id=document.id,
    )
    return veterans, name


def _page(window: MainWindow) -> TasksPage:
    menu_action(window, "Đi đến", "Nhiệm vụ").trigger()
    page = window.pages["tasks"]
    assert isinstance(page, TasksPage)
    page.refresh()
    settle(window)
    return page


def _choose_veterans(qtbot: QtBot, window: MainWindow, page: TasksPage, name: str) -> None:
    choose(qtbot, page.filters.organization, name)
    qtbot.waitUntil(lambda: page.filters.count.text().endswith("nhiệm vụ"))
    settle(window)


def test_the_follow_up_register_and_the_tracking_table(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window = demo_window
    _veterans_id, name = _give(demo_context)
    page = _page(window)
    preview = open_preview(qtbot, page, 2)  # Sổ theo dõi giải quyết văn bản đến
    text = save_preview(qtbot, preview, tmp_path / "theo-doi.pdf")
    preview.close()
    assert "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN" in text
    assert SYMBOL in text

    _choose_veterans(qtbot, window, page, name)
    preview = open_preview(qtbot, page, 3)  # Bảng theo dõi của tổ chức
    text = save_preview(qtbot, preview, tmp_path / "bang.pdf")
    preview.close()
    assert "BẢNG THEO DÕI THỰC HIỆN NHIỆM VỤ" in text
    assert "Rà soát hội viên khó khăn về nhà ở" in text


def test_the_chase_letter_lists_the_organisations_overdue_task(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot
) -> None:
    window = demo_window
    _veterans_id, name = _give(demo_context)
    page = _page(window)
    # Without an organisation chosen or a line selected, the clerk is told what to do.
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    menu = choose_menu_item(1)
    click(qtbot, page.print_button)
    qtbot.waitUntil(lambda: menu.done)
    told.check()
    assert "Hãy chọn tổ chức" in message_texts(told)

    _choose_veterans(qtbot, window, page, name)
    menu = choose_menu_item(1)  # Công văn đôn đốc tổ chức
    click(qtbot, page.print_button)
    qtbot.waitUntil(lambda: menu.done)
    menu.check()
    qtbot.waitUntil(lambda: window.current_page_key() == "letters", timeout=10_000)
    letters = window.pages["letters"]
    assert isinstance(letters, LettersPage)
    qtbot.waitUntil(lambda: letters.last_dialog is not None and letters.last_dialog.isVisible())
    dialog = letters.last_dialog
    assert dialog is not None
    assert name in dialog.recipients.toPlainText()
    body = dialog.body.toPlainText()
    assert "Rà soát hội viên khó khăn về nhà ở" in body
    assert "Tổ chức ngày hội ở khu dân cư" not in body  # not overdue
    dialog.close()


def test_the_task_list_goes_to_excel(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window = demo_window
    _give(demo_context)
    page = _page(window)
    target = tmp_path / "nhiem-vu.xlsx"
    where = answer_modal(QFileDialog, choose_file(target))
    said = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    menu = choose_menu_item(0)
    click(qtbot, page.excel_button)
    qtbot.waitUntil(lambda: menu.done)
    where.check()
    qtbot.waitUntil(lambda: said.done, timeout=30_000)
    assert "Đã ghi" in message_texts(said)
    sheet = load_workbook(target, read_only=True).active
    cells = [str(value) for row in sheet.iter_rows(values_only=True) for value in row if value]
    assert "Rà soát hội viên khó khăn về nhà ở" in cells
