"""Soạn công văn as a clerk does it: write, preview, save, issue, find it in Văn bản đi."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from giamsat_desktop.domain.letters import LetterState
from giamsat_desktop.domain.registers import OutgoingDraft
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.registers import outgoing as outgoing_service
from giamsat_desktop.ui.letters.letter_dialog import LetterDialog
from giamsat_desktop.ui.letters.letters_page import LettersPage
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers.outgoing_page import OutgoingPage
from tests.ui.clicks import click, click_row, menu_action, settle
from tests.ui.modals import answer_modal, choose_file, message_texts, press

Typist = Callable[[QWidget, str], None]
SUBJECT = "tổ chức Hội nghị đại biểu Nhân dân năm 2027"


def _letters(window: MainWindow) -> LettersPage:
    menu_action(window, "Đi đến", "Văn bản soạn thảo").trigger()
    page = window.pages["letters"]
    assert isinstance(page, LettersPage) and page.isVisible()
    settle(window)
    return page


def _compose(qtbot: QtBot, window: MainWindow, page: LettersPage) -> LetterDialog:
    click(qtbot, page.compose_button)
    qtbot.waitUntil(lambda: page.last_dialog is not None and page.last_dialog.isVisible())
    settle(window)
    dialog = page.last_dialog
    assert dialog is not None
    return dialog


def _pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_a_cong_van_is_written_previewed_saved_issued_and_found_in_the_outgoing_register(
    demo_window: MainWindow,
    demo_context: ServiceContext,
    qtbot: QtBot,
    type_text: Typist,
    tmp_path: Path,
) -> None:
    window, context = demo_window, demo_context
    expected = outgoing_service.propose_outgoing_number(
        context.factory, OutgoingDraft(clock.today(), "x")
    )[1]
    with context.factory() as session:
        letters_before = session.scalar(text("SELECT count(*) FROM letters"))
    assert letters_before  # the demo office's issued plans and decisions
    page = _letters(window)
    dialog = _compose(qtbot, window, page)
    assert dialog.windowTitle() == "Soạn công văn"
    assert "đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./." in (
        dialog.body.toPlainText()
    )  # the office's standard wording
    assert dialog.copies_to.toPlainText().startswith("Như trên;")
    type_text(dialog.subject, SUBJECT)
    type_text(dialog.recipients, "Ủy ban nhân dân xã Tân Hưng")

    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: dialog.last_preview is not None and dialog.last_preview.isVisible())
    preview = dialog.last_preview
    assert preview is not None
    shown = _pdf_text(preview.pdf)
    assert "DỰ THẢO" in shown and f"V/v {SUBJECT}" in " ".join(shown.split())
    assert "Kính gửi: Ủy ban nhân dân xã Tân Hưng" in shown
    click(qtbot, preview.close_button)

    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.letter is not None)
    settle(window)
    letter = dialog.letter
    assert letter is not None and letter.is_draft
    assert f"Dự thảo (mã số {letter.id})" in dialog.state_label.text()
    # The new draft heads the list, above the office's earlier letters.
    qtbot.waitUntil(
        lambda: page.model.rowCount() > 0 and page.model.record(0).id == letter.id
    )
    assert page.model.rowCount() == letters_before + 1
    assert page.model.record(0).content.subject == SUBJECT
    assert page.model.record(0).is_draft

    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    click(qtbot, dialog.issue_button)
    assert asked.check().text.startswith("Phát hành văn bản này?")
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: told.done, timeout=30_000)
    assert f"Đã phát hành: số {expected}" in message_texts(told)
    issued = dialog.letter
    assert issued is not None and issued.state is LetterState.ISSUED
    assert f"số {expected} ngày" in dialog.state_label.text()
    assert not dialog.save_button.isVisible() and dialog.body.isReadOnly()

    # The signed copy, scanned, is kept beside the issued PDF and Word files.
    scan = tmp_path / "cong-van-da-ky.pdf"
    scan.write_bytes(b"%PDF-1.4 signed and scanned " * 50)
    click(qtbot, dialog.files_button)
    files = dialog.last_files
    assert files is not None
    qtbot.waitUntil(lambda: files.files.count() == 2)
    chosen = answer_modal(QFileDialog, choose_file(scan))
    click(qtbot, [b for b in files.findChildren(QPushButton) if b.text() == "Thêm tệp…"][0])
    chosen.check()
    qtbot.waitUntil(lambda: files.files.count() == 3)
    click(qtbot, [b for b in files.findChildren(QPushButton) if b.text() == "Đóng"][0])
    click(qtbot, dialog.close_button)

    menu_action(window, "Đi đến", "Văn bản đi").trigger()
    outgoing = window.pages["outgoing"]
    assert isinstance(outgoing, OutgoingPage)
    qtbot.waitUntil(lambda: outgoing.model.rowCount() > 0)
    settle(window)
    line = outgoing.model.record(0)  # the newest line first
    assert (line.symbol, line.subject, line.attachment_count) == (expected, SUBJECT, 3)
    stem = expected.replace("/", "-")
    stored = attachments.list_attachments(context.factory, "outgoing", line.id)
    assert sorted(f.file_name for f in stored) == [
        f"{stem}.docx",
        f"{stem}.pdf",
        "cong-van-da-ky.pdf",
    ]


def test_the_word_copy_is_saved_where_the_clerk_chooses(
    window: MainWindow, qtbot: QtBot, type_text: Typist, tmp_path: Path
) -> None:
    import docx

    page = _letters(window)
    dialog = _compose(qtbot, window, page)
    type_text(dialog.subject, SUBJECT)
    target = tmp_path / "cong-van.docx"
    chosen = answer_modal(QFileDialog, choose_file(target))
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    click(qtbot, dialog.word_button)
    chosen.check()
    qtbot.waitUntil(lambda: told.done, timeout=30_000)
    assert str(target) in message_texts(told)
    document = docx.Document(str(target))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert any(f"V/v {SUBJECT}" in " ".join(text.split()) for text in cells)


def test_a_draft_can_be_dropped_and_an_issued_letter_cancelled_keeping_its_number(
    window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    page = _letters(window)
    dialog = _compose(qtbot, window, page)
    type_text(dialog.subject, SUBJECT)
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    click(qtbot, dialog.issue_button)  # saves what was typed, then issues
    asked.check()
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: told.done, timeout=30_000)
    click(qtbot, dialog.close_button)
    # The list shows the issued letter once it has read it again (not the draft before).
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1
        and page.model.record(0).state is LetterState.ISSUED
    )

    from PySide6.QtWidgets import QInputDialog

    from tests.ui.modals import type_and_accept

    click_row(qtbot, page.view, 0)
    reason = answer_modal(QInputDialog, type_and_accept("Gửi nhầm nơi nhận"))
    click(qtbot, page.cancel_button)
    assert "01/MTTQ-BTT" in reason.check().text
    qtbot.waitUntil(lambda: page.model.record(0).state is LetterState.CANCELLED)
    assert page.model.record(0).symbol == "01/MTTQ-BTT"
    QApplication.processEvents()


def test_soan_cong_van_in_the_outgoing_register_opens_the_letter_dialog(
    window: MainWindow, qtbot: QtBot
) -> None:
    menu_action(window, "Đi đến", "Văn bản đi").trigger()
    outgoing = window.pages["outgoing"]
    assert isinstance(outgoing, OutgoingPage)
    settle(window)
    click(qtbot, outgoing.compose_button)
    assert window.current_page_key() == "letters"
    page = window.pages["letters"]
    assert isinstance(page, LettersPage)
    qtbot.waitUntil(lambda: page.last_dialog is not None and page.last_dialog.isVisible())
    assert page.last_dialog.windowTitle() == "Soạn công văn"


def test_a_reply_to_an_incoming_document_starts_from_it(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    from giamsat_desktop.ui.registers.incoming_page import IncomingPage
    from tests.ui.modals import choose_menu_item

    window = demo_window
    menu_action(window, "Đi đến", "Văn bản đến").trigger()
    incoming = window.pages["incoming"]
    assert isinstance(incoming, IncomingPage)
    qtbot.waitUntil(lambda: incoming.model.rowCount() > 0)
    settle(window)
    click_row(qtbot, incoming.view, 0)
    asked = incoming.model.record(0)
    menu = choose_menu_item(2)  # Xử lý → Soạn công văn trả lời (gửi cơ quan ban hành)…
    click(qtbot, incoming.answer_button)
    qtbot.waitUntil(lambda: menu.done)
    menu.check()
    assert window.current_page_key() == "letters"
    page = window.pages["letters"]
    assert isinstance(page, LettersPage)
    qtbot.waitUntil(lambda: page.last_dialog is not None and page.last_dialog.isVisible())
    dialog = page.last_dialog
    assert dialog.subject.text().startswith("trả lời ")
    assert f"của {asked.issuer}" in dialog.subject.text()
    assert dialog.recipients.toPlainText() == asked.issuer
