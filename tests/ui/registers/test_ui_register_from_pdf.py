"""Vào sổ a document from its PDF, as a clerk does: drop it on the register, or choose it.

The entry dialog opens filled from the document, every field read marked until the clerk
looks at it; Lưu registers it with the PDF attached, and the search finds it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen.canvas import Canvas

from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.files import attachments
from giamsat_desktop.ui.main_window import MainWindow, page_titles
from giamsat_desktop.ui.registers.incoming_dialog import IncomingDialog
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from giamsat_desktop.ui.registers.pdf_fill import MARK, marked
from tests.services.pdf_intake.letterheads import party_letter, state_letter, write_letter
from tests.services.pdf_intake.signing import make_certificate, sign
from tests.ui.clicks import click, click_for_dialog, drop_files, menu_action, settle
from tests.ui.modals import answer_modal, choose_file, message_texts, press

Typist = Callable[[QWidget, str], None]


def _incoming(window: MainWindow) -> IncomingPage:
    go_menu = window.menuBar().actions()[1].text()
    menu_action(window, go_menu, page_titles()["incoming"]).trigger()
    page = window.pages["incoming"]
    assert isinstance(page, IncomingPage)
    settle(window)
    return page


def test_a_pdf_dropped_on_the_register_fills_its_entry_and_is_saved_with_it(
    window: MainWindow,
    context: ServiceContext,
    qtbot: QtBot,
    type_text: Typist,
    tmp_path: Path,
) -> None:
    letter = party_letter(pages=2)
    written = write_letter(tmp_path / "chua-ky.pdf", letter)
    key, certificate = make_certificate(tmp_path, "Trần Thị Thu Hà", "Đảng ủy Khối")
    path = sign(written, tmp_path / "cong-van-558.pdf", key, certificate, "NguoiKy")
    page = _incoming(window)

    drop_files(page, [path])
    settle(window)
    qtbot.waitUntil(lambda: getattr(page, "last_pdf_entry", None) is not None, timeout=30_000)
    dialog = page.last_pdf_entry
    qtbot.waitUntil(dialog.isVisible)

    assert dialog.issuer.currentText() == "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh"
    assert dialog.symbol.text() == "558-CV/ĐUK"
    assert dialog.type_code.currentData() == "CV"
    assert dialog.doc_date.date() == letter.doc_date
    assert dialog.subject.toPlainText() == letter.subject
    assert dialog.signer.text() == "Trần Thị Thu Hà"
    assert dialog.page_count.value() == 2
    assert len(marked(dialog)) == 7
    assert "cong-van-558.pdf" in dialog.pdf_note.text() and dialog.pdf_note.isVisible()
    assert "Ký số: Trần Thị Thu Hà, lúc " in dialog.pdf_note.text()
    assert "không kiểm tra chứng thư" in dialog.pdf_note.text()

    # The clerk looks at the subject: its mark goes; the others stay until looked at.
    qtbot.mouseClick(dialog.subject.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not dialog.subject.property(MARK)
    assert len(marked(dialog)) == 6

    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    settle(window)
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(page.filters.search, "558-CV")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    settle(window)
    found = page.model.record(0)
    assert (found.symbol, found.issuer, found.attachment_count) == (
        "558-CV/ĐUK", "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh", 1,
    )  # fmt: skip
    stored = attachments.list_attachments(context.factory, "incoming", found.id)
    assert [file.file_name for file in stored] == ["cong-van-558.pdf"]


def test_a_scan_dropped_on_the_register_is_attached_and_reads_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    scan = tmp_path / "ban-chup.pdf"
    canvas = Canvas(str(scan), pagesize=A4)
    canvas.rect(80, 80, 400, 600)
    canvas.save()
    page = _incoming(window)

    drop_files(page, [scan])
    settle(window)
    qtbot.waitUntil(lambda: getattr(page, "last_pdf_entry", None) is not None, timeout=30_000)
    dialog = page.last_pdf_entry

    assert "bản chụp" in dialog.pdf_note.text()
    assert marked(dialog) == [] and dialog.symbol.text() == "" and dialog.pdf_path == scan
    dialog.reject()


def test_a_locked_pdf_is_refused_in_a_message_and_opens_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    locked = tmp_path / "khoa.pdf"
    canvas = Canvas(str(locked), pagesize=A4, encrypt=StandardEncryption("bimat", "chu"))
    canvas.drawString(100, 700, "x")
    canvas.save()
    page = _incoming(window)

    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    drop_files(page, [locked])
    qtbot.waitUntil(lambda: told.done, timeout=10_000)

    assert "có mật khẩu" in message_texts(told)
    assert getattr(page, "last_pdf_entry", None) is None


def test_doc_tu_pdf_in_an_open_entry_fills_it(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_letter(tmp_path / "bao-cao.pdf", state_letter())
    page = _incoming(window)
    dialog = click_for_dialog(qtbot, page.new_button, IncomingDialog)
    assert dialog.read_pdf_button.isVisible()

    chosen = answer_modal(QFileDialog, choose_file(path))
    click(qtbot, dialog.read_pdf_button)
    chosen.check()
    settle(window)
    qtbot.waitUntil(lambda: dialog.symbol.text() == "15/BC-MTTQ-BTT", timeout=30_000)

    assert dialog.issuer.currentText() == "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre"
    assert dialog.type_code.currentData() == "BC" and len(marked(dialog)) == 7
    assert dialog.pdf_path == path
    dropped = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))  # Bỏ
    click(qtbot, dialog.cancel_button)
    dropped.check()
    assert "Bỏ những gì đã nhập?" in message_texts(dropped) and not dialog.isVisible()
