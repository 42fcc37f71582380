"""Attachments, printing and exporting from the incoming register page."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.ui.common.attachments_dialog import AttachmentsDialog
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from tests.session_day import TODAY
from tests.ui.clicks import (
    click,
    click_for_dialog,
    click_row,
    drop_files,
    open_preview,
    print_preview,
    save_preview,
)
from tests.ui.modals import (
    answer_modal,
    choose_file,
    choose_menu_item,
    message_texts,
    press,
)

SUBJECT = "V/v tổ chức giám sát việc thực hiện chính sách bảo hiểm y tế"


def _page_with_one_document(window: MainWindow, context: ServiceContext) -> IncomingPage:
    incoming.register_incoming(
        context.factory,
        context.actor,
        IncomingDraft(TODAY, "Đảng ủy xã Tân Hưng", SUBJECT, symbol="558-CV/ĐUK"),
    )
    page = window.show_page("incoming")
    assert isinstance(page, IncomingPage)
    while window.runner.busy or page.model.rowCount() == 0:
        window.runner.wait_for_all()
        QApplication.processEvents()
    return page


class _SystemViewer(QObject):
    """Stands where the system's viewer would receive a file to open (a URL handler)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


def test_files_added_or_dropped_are_attached_counted_and_opened(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _page_with_one_document(window, context)
    click_row(qtbot, page.view, 0)
    scan = tmp_path / "cong-van-558.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned letter " * 100)
    photo = tmp_path / "anh-chup.png"
    photo.write_bytes(b"\x89PNG photo of the letter " * 50)
    dialog = click_for_dialog(qtbot, page.files_button, AttachmentsDialog)
    chosen = answer_modal(QFileDialog, choose_file(scan))
    click(qtbot, next(b for b in dialog.findChildren(QPushButton) if b.text() == "Thêm tệp…"))
    chosen.check()
    qtbot.waitUntil(lambda: dialog.files.count() == 1)
    drop_files(dialog, [photo])
    qtbot.waitUntil(lambda: dialog.files.count() == 2)
    names = sorted(dialog.files.item(i).text() for i in range(2))
    assert names[0].startswith("anh-chup.png") and names[1].startswith("cong-van-558.pdf")
    scan.unlink()  # the original may disappear: the program keeps its own copy
    viewer = _SystemViewer()
    QDesktopServices.setUrlHandler("file", viewer, "open")
    try:
        row = next(i for i in range(2) if dialog.files.item(i).text().startswith("cong-van"))
        item_rect = dialog.files.visualItemRect(dialog.files.item(row))
        qtbot.mouseClick(dialog.files.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())
        click(qtbot, dialog.open_button)
        qtbot.waitUntil(lambda: bool(viewer.opened))
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert viewer.opened[0].read_bytes().startswith(b"%PDF-1.4 scanned")
    click(qtbot, next(b for b in dialog.findChildren(QPushButton) if b.text() == "Đóng"))
    qtbot.waitUntil(lambda: page.model.record(0).attachment_count == 2)
    stored = attachments.list_attachments(context.factory, "incoming", page.model.record(0).id)
    assert sorted(a.file_name for a in stored) == ["anh-chup.png", "cong-van-558.pdf"]


def test_the_printed_register_is_previewed_saved_and_printed(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _page_with_one_document(window, context)
    preview = open_preview(qtbot, page, 0)
    text = save_preview(qtbot, preview, tmp_path / "so-den.pdf")
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN" in text
    assert "558-CV/ĐUK" in text
    printed = print_preview(qtbot, preview, tmp_path / "in-ra.pdf")
    assert len(printed.pages) == preview.page_count
    assert all(p.mediabox.width > p.mediabox.height for p in printed.pages)  # landscape
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()


def test_the_handling_slip_of_the_selected_document(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _page_with_one_document(window, context)
    click_row(qtbot, page.view, 0)
    preview = open_preview(qtbot, page, 1)
    text = save_preview(qtbot, preview, tmp_path / "phieu.pdf")
    assert "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN" in text
    assert "Đảng ủy xã Tân Hưng" in text
    [printed] = print_preview(qtbot, preview, tmp_path / "phieu-in.pdf").pages
    box, source = printed.mediabox, PdfReader(tmp_path / "phieu.pdf").pages[0].mediabox
    assert box.width < box.height  # the slip stays portrait
    assert abs(float(box.width) - float(source.width)) <= 1
    assert abs(float(box.height) - float(source.height)) <= 1


def test_exporting_the_register_writes_a_workbook(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _page_with_one_document(window, context)
    target = tmp_path / "so-den"  # ".xlsx" is added
    menu = choose_menu_item(0)
    answer = answer_modal(QFileDialog, choose_file(target))
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    qtbot.mouseClick(page.excel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: menu.done and answer.done)
    menu.check()
    answer.check()
    qtbot.waitUntil(lambda: told.done, timeout=30_000)
    written = tmp_path / "so-den.xlsx"
    assert str(written) in message_texts(told)
    sheet = openpyxl.load_workbook(written).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert "558-CV/ĐUK" in values
    assert any(isinstance(v, str) and SUBJECT in v for v in values)
    assert Settings.load().last_folder == str(tmp_path)
