"""A damaged or hostile workbook chosen in the import dialog: a sentence, nothing to import.

The workbooks are built by the test (a zip written piece by piece, as an attacker would).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.registers import IncomingFilter
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import queries as register_queries
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers.import_dialog import ImportDialog
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from tests.hostile import corpus
from tests.ui.clicks import click, settle
from tests.ui.modals import answer_modal, choose_file

SHEET = "Sổ đến 2026"
ROWS = [
    [1, "02/03/2026", "Đảng ủy xã Tân Hưng", "558-CV/ĐU", "V/v giám sát bảo hiểm y tế"],
    [2, "03/03/2026", "Hội Nông dân xã Tân Hưng", "07/CV-HND", "Về việc thi đua"],
]


def _open_import(window: MainWindow, qtbot: QtBot) -> ImportDialog:
    page = window.show_page("incoming")
    assert isinstance(page, IncomingPage)
    settle(window)
    action = page.excel_button.menu().actions()[1]
    assert action.text() == "Nhập sổ cũ từ tệp Excel…"
    action.trigger()
    dialog = page.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _choose(dialog: ImportDialog, path: Path, qtbot: QtBot) -> None:
    answer = answer_modal(QFileDialog, choose_file(path))
    click(qtbot, dialog.choose_button)
    answer.check()


def _stored(context: ServiceContext) -> int:
    return len(register_queries.incoming_keys(context.factory, context.actor, IncomingFilter()))


def test_a_workbook_with_a_mismatched_tag_is_named_as_damaged_and_offers_nothing(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """Before: the rows read before the broken tag were shown and could be imported."""
    rows = corpus.sheet_rows([corpus.HEADER, *ROWS]).decode()
    damaged = corpus.write_workbook(
        tmp_path / "so-den.xlsx", (rows.removesuffix("</row>") + "</x>").encode(), sheet_name=SHEET
    )
    dialog = _open_import(window, qtbot)
    _choose(dialog, damaged, qtbot)
    qtbot.waitUntil(dialog.path_message.isVisible)
    assert dialog.path_message.text().startswith(
        "Tệp không hợp lệ: tệp “so-den.xlsx” bị hỏng, không đọc được: "
        f"trang “{SHEET}” có thẻ đóng không khớp thẻ mở (dòng 1, cột "
    )
    settle(window)
    assert dialog.preview_model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    assert _stored(context) == 0


def test_a_sheet_with_a_cell_a_million_rows_down_is_refused_saying_what_to_remove(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """Before: ten seconds and 1.2 GB to build a million empty rows (at XFD, a crash)."""
    body = corpus.sheet_rows([corpus.HEADER, *ROWS]) + (
        b'<row r="1048576"><c r="Z1048576"><v>1</v></c></row>'
    )
    far = corpus.write_workbook(tmp_path / "so-den.xlsx", body, sheet_name=SHEET)
    dialog = _open_import(window, qtbot)
    _choose(dialog, far, qtbot)
    qtbot.waitUntil(lambda: bool(dialog.summary.text()))
    assert dialog.summary.text() == (
        f"Trang tính không hợp lệ: trang “{SHEET}” của tệp “so-den.xlsx” có ô Z1048576, ở "
        "dòng thứ 1.048.576, quá giới hạn 100.000 dòng của một sổ văn bản. Hãy xóa các ô "
        "thừa ở cuối trang rồi nhập lại"
    )
    settle(window)
    assert dialog.preview_model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    assert _stored(context) == 0
