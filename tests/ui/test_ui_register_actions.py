"""Attachments, printing and exporting from the incoming register page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services import attachments, incoming
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.pages.incoming_page import IncomingPage

SUBJECT = "V/v tổ chức giám sát việc thực hiện chính sách bảo hiểm y tế"


def _page_with_one_document(window: MainWindow, context: ServiceContext) -> IncomingPage:
    incoming.register_incoming(
        context.factory,
        context.actor,
        IncomingDraft(dt.date.today(), "Đảng ủy xã Tân Hưng", SUBJECT, symbol="558-CV/ĐUK"),
    )
    page = window.show_page("incoming")
    assert isinstance(page, IncomingPage)
    while window.runner.busy or page.model.rowCount() == 0:
        window.runner.wait_for_all()
        QApplication.processEvents()
    page.view.selectRow(0)
    return page


def test_files_dropped_on_the_dialog_are_attached_and_counted(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _page_with_one_document(window, context)
    scan = tmp_path / "cong-van-558.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned letter " * 100)
    dialog = page.show_attachments()
    assert dialog is not None
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(drop)
    qtbot.waitUntil(lambda: dialog.files.count() == 1)
    assert dialog.files.item(0).text().startswith("cong-van-558.pdf")
    scan.unlink()  # the original may disappear: the program keeps its own copy
    dialog.files.setCurrentRow(0)
    copy = dialog.open_selected()
    assert copy is not None and copy.read_bytes().startswith(b"%PDF-1.4 scanned")
    dialog.accept()
    qtbot.waitUntil(lambda: page.model.record(0).attachment_count == 1)
    stored = attachments.list_attachments(context.factory, "incoming", page.model.record(0).id)
    assert [a.file_name for a in stored] == ["cong-van-558.pdf"]


def test_the_printed_register_is_previewed_and_printed(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _page_with_one_document(window, context)
    page.print_register()
    qtbot.waitUntil(lambda: isinstance(page.last_preview, PdfPreviewDialog), timeout=20_000)
    preview = page.last_preview
    assert isinstance(preview, PdfPreviewDialog)
    text = "".join(
        p.extract_text() for p in PdfReader(preview.save_as(str(tmp_path / "s.pdf"))).pages
    )
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN" in text
    assert "558-CV/ĐUK" in text
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_document(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == preview.document.pageCount()
    preview.close()


def test_the_handling_slip_of_the_selected_document(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _page_with_one_document(window, context)
    page.print_handling_slip()
    qtbot.waitUntil(lambda: isinstance(page.last_preview, PdfPreviewDialog), timeout=20_000)
    saved = page.last_preview.save_as(str(tmp_path / "phieu.pdf"))  # type: ignore[union-attr]
    text = PdfReader(saved).pages[0].extract_text()
    assert "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN" in text
    assert "Đảng ủy xã Tân Hưng" in text


def test_exporting_the_register_writes_a_workbook(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path, monkeypatch: object
) -> None:
    page = _page_with_one_document(window, context)
    target = tmp_path / "so-den.xlsx"
    monkeypatch.setattr(  # type: ignore[attr-defined]
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    told: list[str] = []
    monkeypatch.setattr(  # type: ignore[attr-defined]
        QMessageBox, "information", staticmethod(lambda _p, _t, text: told.append(text))
    )
    page.export_to_excel()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    sheet = openpyxl.load_workbook(target).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert "558-CV/ĐUK" in values
    assert any(isinstance(v, str) and SUBJECT in v for v in values)
