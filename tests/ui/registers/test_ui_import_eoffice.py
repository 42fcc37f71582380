"""Importing a provincial e-office export through the window, as a clerk does it.

Văn bản đến → Excel → "Nhập sổ cũ từ tệp Excel…" → "Chọn tệp…" → the export (built here
in the layout those systems write, see ``eoffice_register``) → Nhập; then the register.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from giamsat_desktop.services.excel.fields import ImportField
from giamsat_desktop.ui.main_window import MainWindow, page_titles
from giamsat_desktop.ui.registers import incoming_model as columns
from giamsat_desktop.ui.registers.import_dialog import ImportDialog
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from tests.eoffice_register import write_eoffice_register
from tests.ui.clicks import click, menu_action, settle
from tests.ui.modals import answer_modal, choose_file, choose_menu_item

KEPT = "Các cột sẽ ghi vào Ghi chú: Lĩnh vực, Xử lý chính, Phối hợp"


def _incoming_page(window: MainWindow) -> IncomingPage:
    """Đi đến → Văn bản đến, from the menu."""
    go_menu = window.menuBar().actions()[1].text()
    menu_action(window, go_menu, page_titles()["incoming"]).trigger()
    page = window.pages["incoming"]
    assert isinstance(page, IncomingPage)
    settle(window)
    return page


def _open_with(window: MainWindow, page: IncomingPage, source: Path, qtbot: QtBot) -> ImportDialog:
    """Excel → "Nhập sổ cũ từ tệp Excel…", then "Chọn tệp…" and the file; the read dialog."""
    menu = choose_menu_item(1)
    click(qtbot, page.excel_button)
    qtbot.waitUntil(lambda: menu.done)
    menu.check()
    qtbot.waitUntil(lambda: page.findChild(ImportDialog) is not None)
    dialog = page.findChild(ImportDialog)
    assert dialog is not None
    chosen = answer_modal(QFileDialog, choose_file(source))
    click(qtbot, dialog.choose_button)
    chosen.check()
    qtbot.waitUntil(lambda: dialog.preview_model.rowCount() == 4, timeout=10_000)
    settle(window)
    return dialog


def _column(model: QAbstractItemModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _import(window: MainWindow, dialog: ImportDialog, qtbot: QtBot) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        click(qtbot, dialog.import_button)
    settle(window)


def test_an_eoffice_export_is_imported_with_its_type_column_and_its_other_columns_in_the_notes(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _incoming_page(window)
    dialog = _open_with(window, page, write_eoffice_register(tmp_path / "so-den.xlsx"), qtbot)

    assert dialog.combos[ImportField.DOC_TYPE].currentText() == "G: Loại văn bản"
    assert dialog.combos[ImportField.SECRECY].currentText() == "J: Độ mật"
    assert dialog.other_columns.isVisible()
    assert dialog.other_columns.text() == KEPT
    assert _column(dialog.preview_model, 6) == ["Kế hoạch", "Công văn", "Giấy mời", "Báo cáo"]
    assert _column(dialog.preview_model, 8)[0] == (
        "Lĩnh vực: Văn hóa - Xã hội; Xử lý chính: Trần Thị Mai; Phối hợp: Lê Văn Tâm;Phạm Thị Lan"
    )
    assert "4 dòng đọc được, 0 dòng lỗi" in dialog.summary.text()
    _import(window, dialog, qtbot)

    qtbot.waitUntil(lambda: page.count.text() == "4 văn bản", timeout=5000)
    model = page.model
    shown = dict(
        zip(
            _column(model, columns.NUMBER),
            zip(
                _column(model, columns.SUBJECT),
                _column(model, columns.URGENCY),
                _column(model, columns.RECIPIENTS),
                _column(model, columns.NOTES),
                strict=True,
            ),
            strict=True,
        )
    )
    assert shown == {
        "1": (
            "Kế hoạch Tổ chức các hoạt động mừng Đảng, mừng Xuân Bính Ngọ năm 2026",
            "Thường",
            "Trần Thị Mai; Lê Văn Tâm; Phạm Thị Lan",
            "Lĩnh vực: Văn hóa - Xã hội; Xử lý chính: Trần Thị Mai; "
            "Phối hợp: Lê Văn Tâm;Phạm Thị Lan",
        ),
        "2": (
            "V/v rà soát hộ nghèo, hộ cận nghèo năm 2026",
            "Khẩn",
            "Lê Văn Tâm",
            "Bản điện tử; Lĩnh vực: Giảm nghèo; Xử lý chính: Lê Văn Tâm",
        ),
        "3": (
            "Giấy mời Dự Hội nghị tổng kết công tác Mặt trận năm 2025",
            "Hỏa tốc",
            "Trần Thị Mai; Phạm Thị Lan",
            "Họp lúc 8 giờ ngày 10/01/2026; Lĩnh vực: Công tác Mặt trận; "
            "Xử lý chính: Trần Thị Mai; Phối hợp: Phạm Thị Lan",
        ),
        "4": (
            "Báo cáo Kết quả thực hiện Nghị quyết năm 2025",
            "Thượng khẩn",
            "Nguyễn Văn Hòa",
            "Lĩnh vực: Xây dựng Đảng; Xử lý chính: Nguyễn Văn Hòa",
        ),
    }


def test_unticking_the_other_columns_reads_again_and_imports_without_them(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _incoming_page(window)
    dialog = _open_with(window, page, write_eoffice_register(tmp_path / "so-den.xlsx"), qtbot)
    assert dialog.keep_other_columns.isChecked()
    click(qtbot, dialog.keep_other_columns)
    qtbot.waitUntil(lambda: dialog.other_columns.text() != KEPT, timeout=10_000)
    settle(window)
    assert dialog.other_columns.text() == ("Các cột sẽ không nhập: Lĩnh vực, Xử lý chính, Phối hợp")
    assert _column(dialog.preview_model, 8) == [
        "",
        "Bản điện tử",
        "Họp lúc 8 giờ ngày 10/01/2026",
        "",
    ]
    _import(window, dialog, qtbot)
    qtbot.waitUntil(lambda: page.count.text() == "4 văn bản", timeout=5000)
    assert sorted(_column(page.model, columns.NOTES)) == [
        "",
        "",
        "Bản điện tử",
        "Họp lúc 8 giờ ngày 10/01/2026",
    ]
