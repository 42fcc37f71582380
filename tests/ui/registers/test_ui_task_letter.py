"""Văn bản đến → Xử lý → Soạn công văn giao nhiệm vụ…, as a clerk does it on the demo office."""

from __future__ import annotations

import io
from collections.abc import Callable

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.letters import LetterState
from giamsat_desktop.domain.registers import OutgoingDraft
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import outgoing as outgoing_service
from giamsat_desktop.services.tasks.records import tasks_of_document
from giamsat_desktop.ui.letters.letter_dialog import LetterDialog
from giamsat_desktop.ui.letters.letters_page import LettersPage
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from giamsat_desktop.ui.registers.outgoing_page import OutgoingPage
from giamsat_desktop.ui.tasks.tasks_page import TasksPage
from tests.ui.clicks import click, click_row, menu_action, settle
from tests.ui.modals import answer_modal, choose_menu_item, message_texts, press

Typist = Callable[[QWidget, str], None]
ASSIGN, TASK_LETTER = 0, 3
"""The items of Văn bản đến's Xử lý menu this test picks."""
CONTENT = "Tuyên truyền chính sách bảo hiểm y tế đến hội viên"


def _register(qtbot: QtBot, window: MainWindow, document: int | None = None) -> IncomingPage:
    """Văn bản đến, shown; the line of ``document`` clicked when given."""
    menu_action(window, "Đi đến", "Văn bản đến").trigger()
    register = window.pages["incoming"]
    assert isinstance(register, IncomingPage)
    qtbot.waitUntil(lambda: register.model.rowCount() > 0)
    settle(window)
    if document is not None:
        row = next(
            r for r in range(register.model.rowCount()) if register.model.record(r).id == document
        )
        click_row(qtbot, register.view, row)
    return register


def _process(qtbot: QtBot, register: IncomingPage, item: int) -> None:
    """Xử lý → the menu's item ``item``."""
    menu = choose_menu_item(item)
    click(qtbot, register.answer_button)
    qtbot.waitUntil(lambda: menu.done)
    menu.check()


def _give_tasks(qtbot: QtBot, window: MainWindow, register: IncomingPage, typist: Typist) -> None:
    """Xử lý → Giao nhiệm vụ…: one content to every member organisation, in 15 days."""
    _process(qtbot, register, ASSIGN)
    page = window.pages["tasks"]
    assert isinstance(page, TasksPage)
    qtbot.waitUntil(lambda: page.last_dialog is not None and page.last_dialog.isVisible())
    dialog = page.last_dialog
    qtbot.waitUntil(lambda: dialog.leads.count() > 0)
    dialog.instruction.clear()
    typist(dialog.instruction, "Giao các tổ chức thành viên tuyên truyền, báo cáo kết quả")
    typist(dialog.content, CONTENT)
    box = dialog.all_members
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    click(qtbot, dialog.by_days)
    click(qtbot, dialog.add_button)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    settle(window)


def _letter_dialog(qtbot: QtBot, window: MainWindow, before: object) -> LetterDialog:
    """The letter dialog the request opened on Văn bản soạn thảo (not ``before``).

    The page asks once it has read the document's tasks, in the background.
    """
    qtbot.waitUntil(lambda: window.current_page_key() == "letters")
    page = window.pages["letters"]
    assert isinstance(page, LettersPage)
    qtbot.waitUntil(
        lambda: page.last_dialog is not None
        and page.last_dialog is not before
        and page.last_dialog.isVisible()
    )
    settle(window)
    dialog = page.last_dialog
    assert dialog is not None
    return dialog


def _pdf_text(data: bytes) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def test_the_task_letter_is_drafted_from_the_tasks_given_reopened_and_issued(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window, context = demo_window, demo_context
    register = _register(qtbot, window)
    row = next(
        r
        for r in range(register.model.rowCount())
        if not register.model.record(r).cancelled
        and not tasks_of_document(context.factory, context.actor, register.model.record(r).id)
    )
    click_row(qtbot, register.view, row)
    directive = register.model.record(row)

    # No task given yet: the clerk is told to give them first, and stays on the register.
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    _process(qtbot, register, TASK_LETTER)
    qtbot.waitUntil(lambda: told.done)
    assert "chưa giao nhiệm vụ nào. Hãy giao nhiệm vụ trước" in message_texts(told)
    assert window.current_page_key() == "incoming"

    _give_tasks(qtbot, window, register, type_text)
    given = tasks_of_document(context.factory, context.actor, directive.id)
    assert len(given) >= 5

    register = _register(qtbot, window, directive.id)
    _process(qtbot, register, TASK_LETTER)
    dialog = _letter_dialog(qtbot, window, None)
    assert dialog.subject.text().startswith("triển khai thực hiện ")
    assert f"của {directive.issuer}" in dialog.subject.text()
    recipients = dialog.recipients.toPlainText().splitlines()
    assert sorted(recipients) == sorted({task.lead_name for task in given})
    body = dialog.body.toPlainText()
    assert "| STT | Nội dung nhiệm vụ | Chủ trì | Phối hợp | Thời hạn |" in body
    assert f"| 1 | {CONTENT} | " in body
    assert "“Giao các tổ chức thành viên tuyên truyền, báo cáo kết quả”" in body

    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: dialog.last_preview is not None and dialog.last_preview.isVisible())
    preview = dialog.last_preview
    assert preview is not None
    shown = _pdf_text(preview.pdf)
    assert "DỰ THẢO" in shown and "V/v triển khai thực hiện" in shown
    assert "STT Nội dung nhiệm vụ Chủ trì Phối hợp Thời hạn" in shown
    assert shown.count(CONTENT) == len(given)
    click(qtbot, preview.close_button)

    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.letter is not None)
    settle(window)
    saved = dialog.letter
    assert saved is not None and saved.is_draft
    click(qtbot, dialog.close_button)

    # Asked again, the document's task letter is the draft kept, not a second one.
    register = _register(qtbot, window, directive.id)
    _process(qtbot, register, TASK_LETTER)
    reopened = _letter_dialog(qtbot, window, dialog)
    assert reopened.letter is not None and reopened.letter.id == saved.id

    expected = outgoing_service.propose_outgoing_number(
        context.factory, OutgoingDraft(clock.today(), "x")
    )[1]
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    click(qtbot, reopened.issue_button)
    assert asked.check().text.startswith("Phát hành văn bản này?")
    issued = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: issued.done, timeout=30_000)
    assert f"Đã phát hành: số {expected}" in message_texts(issued)
    assert reopened.letter.state is LetterState.ISSUED
    click(qtbot, reopened.close_button)

    menu_action(window, "Đi đến", "Văn bản đi").trigger()
    outgoing = window.pages["outgoing"]
    assert isinstance(outgoing, OutgoingPage)
    qtbot.waitUntil(lambda: outgoing.model.rowCount() > 0)
    settle(window)
    line = outgoing.model.record(0)  # the newest line first
    assert line.symbol == expected
    assert line.subject == saved.content.subject
    assert line.subject.startswith("triển khai thực hiện ")
    assert sorted(line.recipients.split("; ")) == sorted(recipients)
