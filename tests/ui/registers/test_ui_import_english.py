"""An Excel import's problems read in the window's language, worded from their codes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.errors import DetailCode
from giamsat_desktop.messages import COLUMN_NAMES, template_of
from giamsat_desktop.ui.common.error_text import code_text
from giamsat_desktop.ui.main_window import MainWindow, page_titles
from giamsat_desktop.ui.registers.import_dialog import ImportDialog
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from tests.ui.clicks import choose, click, menu_action, settle
from tests.ui.modals import answer_modal, choose_file


def _switch_to_english(window: MainWindow, qtbot: QtBot) -> None:
    """Cài đặt → Ngôn ngữ giao diện → English, chosen in its list as a clerk does."""
    go_menu = window.menuBar().actions()[1].text()
    menu_action(window, go_menu, page_titles()["settings"]).trigger()
    combo = window.pages["settings"].language  # type: ignore[attr-defined]
    choose(qtbot, combo, combo.itemText(combo.findData("en")))
    qtbot.waitUntil(lambda: not window.runner.busy)


def _register_with_an_impossible_date(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Năm 2022"
    sheet.append(["Số đến", "Ngày đến", "Tác giả", "Tên loại và trích yếu nội dung"])
    sheet.append([1, dt.datetime(2022, 3, 1), "Đảng ủy xã Tân Hòa", "Công văn về việc bầu cử"])
    sheet.append([2, "31/02/2022", "Tỉnh ủy", "Chỉ thị về việc tổng kết"])
    book.save(path)
    return path


def test_an_import_problem_is_worded_in_english_in_the_english_window(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _switch_to_english(window, qtbot)
    page = window.show_page("incoming")
    assert isinstance(page, IncomingPage)
    settle(window)
    page.excel_button.menu().actions()[1].trigger()
    dialog = page.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    source = _register_with_an_impossible_date(tmp_path / "so-den.xlsx")
    answer = answer_modal(QFileDialog, choose_file(source))
    click(qtbot, dialog.choose_button)
    answer.check()
    qtbot.waitUntil(lambda: dialog.problems.count() == 1, timeout=20_000)

    shown = dialog.problems.item(0).text()
    assert shown.startswith("Row 3: ")  # the dialog's own words are English already
    problem = dialog.parsed.problems[0] if dialog.parsed else None
    assert problem is not None and problem.code is DetailCode.ROW_NO_SUCH_DATE
    assert problem.values == {"column": "ngay_den", "value": "31/02/2022"}
    sentence = code_text(problem.code, problem.values)
    assert shown == f"Row 3: {sentence}"
    # The sentence and the column's name are the English translation's, once it has them.
    source = template_of(problem.code)
    assert source is not None
    english = QCoreApplication.translate("Errors", source)
    column = QCoreApplication.translate("Columns", COLUMN_NAMES["ngay_den"])
    assert sentence == english.format(column=column, value="31/02/2022")
    if english != source and column != COLUMN_NAMES["ngay_den"]:
        assert "Ngày đến" not in shown and "không có thật" not in shown
