"""The print preview as a clerk uses it: leafing, zooming, saving, printing, closing."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ContentStream
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from tests.session_day import TODAY
from tests.ui.modals import (
    answer_modal,
    choose_file,
    choose_menu_item,
    close_dialog,
    message_texts,
    press,
    print_to_pdf,
)

Matrix = list[float]


def _register(context: ServiceContext, count: int) -> None:
    for number in range(1, count + 1):
        incoming.register_incoming(
            context.factory,
            context.actor,
            IncomingDraft(
                TODAY,
                "Đảng ủy xã Tân Hưng",
                f"V/v báo cáo kết quả giám sát đợt {number}",
                symbol=f"{number}-CV/ĐUK",
            ),
        )


def _register_preview(window: MainWindow, qtbot: QtBot) -> PdfPreviewDialog:
    """Open "In" → the register, through the button's menu."""
    page = window.show_page("incoming")
    assert isinstance(page, IncomingPage)
    qtbot.waitUntil(lambda: not window.runner.busy and page.model.rowCount() > 0)
    menu = choose_menu_item(0)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: menu.done)
    menu.check()
    qtbot.waitUntil(
        lambda: isinstance(page.last_preview, PdfPreviewDialog) and page.last_preview.isVisible(),
        timeout=30_000,
    )
    preview = page.last_preview
    assert isinstance(preview, PdfPreviewDialog)
    return preview


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def _multiply(first: Matrix, then: Matrix) -> Matrix:
    a, b, c, d, e, f = first
    g, h, i, j, k, m = then
    return [a * g + b * i, a * h + b * j, c * g + d * i, c * h + d * j, e * g + f * i + k,
            e * h + f * j + m]  # fmt: skip


def _image_placements(page: object) -> list[Matrix]:
    """Where each image of a printed page is drawn: the matrix that maps it onto the page."""
    ctm: Matrix = [1, 0, 0, 1, 0, 0]
    saved: list[Matrix] = []
    placed: list[Matrix] = []
    content = ContentStream(page.get_contents(), page.pdf)  # type: ignore[attr-defined]
    for operands, operator in content.operations:
        if operator == b"q":
            saved.append(ctm)
        elif operator == b"Q":
            ctm = saved.pop()
        elif operator == b"cm":
            ctm = _multiply([float(x) for x in operands], ctm)
        elif operator == b"Do":
            placed.append(ctm)
    return placed


def test_saving_writes_the_pdf_and_the_next_save_starts_in_its_folder(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    _register(context, 1)
    preview = _register_preview(window, qtbot)
    folder = tmp_path / "gui-huyen"
    folder.mkdir()
    saved = folder / "so-den.pdf"
    answer = answer_modal(QFileDialog, choose_file(folder / "so-den"))  # ".pdf" is added
    qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: answer.done and saved.exists())
    assert answer.check().title == "Lưu tệp PDF"
    text = _text(saved)
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN" in text
    assert "1-CV/ĐUK" in text
    assert Settings.load().last_folder == str(folder)

    again = answer_modal(QFileDialog, choose_file(folder / "ban-hai.pdf"))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert again.check().directory == str(folder)  # where the last file went
    assert (folder / "ban-hai.pdf").read_bytes() == saved.read_bytes()
    assert preview.isVisible()  # saving leaves the preview open


def test_a_save_that_cannot_be_written_says_where(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    _register(context, 1)
    preview = _register_preview(window, qtbot)
    not_a_folder = tmp_path / "afile"
    not_a_folder.write_text("a file, not a folder")
    target = not_a_folder / "so-den.pdf"
    answer = answer_modal(QFileDialog, choose_file(target))
    warning = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    answer.check()
    text = message_texts(warning)
    assert "Không ghi được tệp" in text
    assert str(target) in text
    assert not_a_folder.read_text() == "a file, not a folder"
    assert preview.isVisible()


def test_printing_pages_two_to_three_twice_prints_them_full_size(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    _register(context, 80)
    preview = _register_preview(window, qtbot)
    source = PdfReader(io.BytesIO(preview.pdf))
    assert len(source.pages) >= 3
    printed = tmp_path / "in-ra.pdf"
    answer = answer_modal(QPrintDialog, print_to_pdf(printed, first=2, last=3, copies=2))
    with qtbot.waitSignal(preview.printed, timeout=120_000):
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    answer.check()
    pages = PdfReader(printed).pages
    assert len(pages) == 4  # pages 2 and 3, twice (collated)
    for page, number in zip(pages, [1, 2, 1, 2], strict=True):
        original = source.pages[number].mediabox
        box = page.mediabox
        assert abs(float(box.width) - float(original.width)) <= 1
        assert abs(float(box.height) - float(original.height)) <= 1
        assert float(box.width) > float(box.height)  # the register stays landscape
        [placement] = _image_placements(page)  # one image per page
        width, _, _, height, left, bottom = placement
        assert abs(width - float(box.width)) <= 1 and abs(height - float(box.height)) <= 1
        assert abs(left) <= 1 and abs(bottom) <= 1  # from the paper's edge, not a margin
        [image] = page["/Resources"]["/XObject"].values()
        image = image.get_object()
        assert abs(image["/Width"] - float(box.width) / 72 * 600) <= 8  # 600 dpi
        assert image["/Filter"] == "/DCTDecode"
        picture = Image.open(io.BytesIO(image.get_data()))
        picture.draft("L", (picture.width // 8, picture.height // 8))
        darkest, lightest = picture.convert("L").getextrema()
        assert darkest < 100 and lightest > 240  # print on white paper, not a blank sheet


def test_page_keys_and_buttons_move_through_a_long_register(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    _register(context, 80)
    preview = _register_preview(window, qtbot)
    count = preview.page_count
    assert count >= 3
    assert preview.page_label.text() == f"Trang 1 / {count}"
    assert not preview.previous_button.isEnabled()
    qtbot.keyClick(preview, Qt.Key.Key_PageDown)
    assert preview.page_label.text() == f"Trang 2 / {count}"
    qtbot.keyClick(preview, Qt.Key.Key_End)
    assert preview.page_label.text() == f"Trang {count} / {count}"
    assert not preview.next_button.isEnabled()
    qtbot.keyClick(preview, Qt.Key.Key_PageUp)
    assert preview.page_label.text() == f"Trang {count - 1} / {count}"
    qtbot.keyClick(preview, Qt.Key.Key_Home)
    assert preview.page_label.text() == f"Trang 1 / {count}"
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.page_label.text() == f"Trang 2 / {count}"
    qtbot.mouseClick(preview.previous_button, Qt.MouseButton.LeftButton)
    assert preview.page_label.text() == f"Trang 1 / {count}"
    assert preview.view.verticalScrollBar().value() < preview.view.verticalScrollBar().maximum()


def test_zoom_choices_fit_the_width_the_page_or_show_real_size(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    _register(context, 1)
    preview = _register_preview(window, qtbot)
    assert preview.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
    assert preview.fit_width_button.isChecked()
    qtbot.mouseClick(preview.fit_page_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() is QPdfView.ZoomMode.FitInView
    assert preview.fit_page_button.isChecked() and not preview.fit_width_button.isChecked()
    qtbot.mouseClick(preview.actual_size_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() is QPdfView.ZoomMode.Custom
    assert preview.view.zoomFactor() == 1.0
    qtbot.keyClick(preview, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomFactor() == 1.25
    assert not any(b.isChecked() for b in preview.zoom_buttons.buttons())
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomFactor() == 1.0
    qtbot.mouseClick(preview.fit_width_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() is QPdfView.ZoomMode.FitToWidth


def test_the_preview_fits_the_screen_with_every_button_on_it(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    _register(context, 1)
    preview = _register_preview(window, qtbot)
    screen = preview.screen().availableGeometry()
    assert screen.contains(preview.frameGeometry())
    assert preview.height() <= screen.height() * 0.9 + 1
    assert preview.width() <= screen.width() * 0.9 + 1
    buttons = preview.findChildren(QPushButton)
    assert {b.text() for b in buttons} >= {
        "In… (Ctrl+P)",
        "Lưu tệp PDF… (Ctrl+S)",
        "Đóng (Esc)",
        "Trang trước",
        "Trang sau",
        "Vừa chiều rộng",
        "Vừa trang",
        "100 %",
    }
    for button in buttons:
        assert button.isVisible(), button.text()
        on_screen = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        assert screen.contains(on_screen), button.text()


def test_enter_prints_nothing_and_escape_closes(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    _register(context, 1)
    preview = _register_preview(window, qtbot)
    assert not any(b.isDefault() or b.autoDefault() for b in preview.findChildren(QPushButton))
    print_dialog = answer_modal(QPrintDialog, close_dialog, timeout_ms=2_000)
    qtbot.keyClick(preview, Qt.Key.Key_Return)
    qtbot.wait(500)
    assert not print_dialog.done and preview.isVisible()
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()
    assert QApplication.activeModalWidget() is not preview


def test_a_print_run_can_be_cancelled_from_its_progress(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    _register(context, 80)
    preview = _register_preview(window, qtbot)
    answer = answer_modal(QPrintDialog, print_to_pdf(tmp_path / "in-ra.pdf", copies=5))
    cancel = answer_modal(QProgressDialog, lambda d: d.findChild(QPushButton).click())
    with qtbot.waitSignal(preview.printed, timeout=120_000) as printed:
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
        assert not preview.print_button.isEnabled()  # no second run meanwhile
    answer.check()
    assert cancel.check().title == "Đang xử lý"
    assert printed.args == [0]
    assert preview.print_button.isEnabled()
