"""Báo cáo → Tổng hợp từ đơn vị cấp dưới, as the clerk of the office above does it.

Three books are chosen one by one; one of them has a total typed over. The dialog names the
cell; the clerk fixes the file and reads that book again; the consolidated tables appear
and the book is written. A blank book for an office without the program is made too.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.summary_books import BookKind
from giamsat_desktop.services.statistics.book_meta import read_book_meta
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.reports.consolidation_dialog import ConsolidationDialog
from giamsat_desktop.ui.reports.reports_page import ReportsPage
from tests.services.consolidation.books import BLANK_OFFICE, Books, make_books
from tests.session_day import TODAY
from tests.ui.clicks import choose, click, click_for_dialog, click_row, drop_files, settle
from tests.ui.modals import answer_modal, choose_file, press, type_and_accept


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> Books:
    return make_books(tmp_path_factory.mktemp("sent"))


def _open(window: MainWindow, qtbot: QtBot) -> ConsolidationDialog:
    settle(window)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["reports"]
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.shown is not None, timeout=10_000)
    choose(qtbot, page.period_bar.year, str(TODAY.year))
    choose(qtbot, page.period_bar.kind, "6 tháng đầu năm")
    settle(window)
    return click_for_dialog(qtbot, page.consolidate_button, ConsolidationDialog)


def _add(qtbot: QtBot, window: MainWindow, dialog: ConsolidationDialog, path: Path) -> None:
    rows = dialog.table.rowCount()
    chosen = answer_modal(QFileDialog, choose_file(path))
    click(qtbot, dialog.add_button)
    chosen.check()
    settle(window)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == rows + 1, timeout=30_000)


def _state(dialog: ConsolidationDialog, row: int) -> str:
    item = dialog.table.item(row, 4)
    assert item is not None
    return item.text()


def test_three_books_read_one_fixed_and_read_again_then_added_up(
    window: MainWindow, qtbot: QtBot, sent: Books, tmp_path: Path
) -> None:
    spoiled = tmp_path / "my-an.xlsx"
    spoiled.write_bytes(sent.filled.read_bytes())
    book = openpyxl.load_workbook(spoiled)
    formula = book["Nhiệm vụ"]["B16"].value
    book["Nhiệm vụ"]["B16"] = 40
    book.save(spoiled)
    dialog = _open(window, qtbot)

    for path in (sent.commune_a, sent.commune_b, spoiled):
        _add(qtbot, window, dialog, path)

    assert [_state(dialog, row) for row in range(3)] == ["Đạt", "Đạt", "1 lỗi"]
    assert not dialog.write_button.isEnabled() and not dialog.tabs.isTabEnabled(1)
    click_row(qtbot, dialog.table, 2)
    assert [dialog.problems.item(n).text() for n in range(dialog.problems.count())] == [
        "“my-an.xlsx”, trang “Nhiệm vụ”, ô B16: công thức tổng đã bị gõ đè bằng “40”"
    ]

    book = openpyxl.load_workbook(spoiled)  # the clerk puts the formula back in Excel
    book["Nhiệm vụ"]["B16"] = formula
    book.save(spoiled)
    click(qtbot, dialog.reread_button)
    settle(window)
    qtbot.waitUntil(lambda: _state(dialog, 2) == "Đạt", timeout=30_000)
    assert dialog.problems.count() == 0 and dialog.write_button.isEnabled()

    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert dialog.tabs.currentIndex() == 1
    supervision = dialog.table_tabs["giam_sat"].model
    assert supervision is not None and supervision.rowCount() == 4  # three offices, the total
    names = [supervision.index(row, 0).data() for row in range(3)]
    assert names[2] == BLANK_OFFICE

    target = tmp_path / "tong-hop.xlsx"
    where = answer_modal(QFileDialog, choose_file(target))
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    click(qtbot, dialog.write_button)
    where.check()
    qtbot.waitUntil(lambda: told.done, timeout=20_000)
    assert told.check().text.strip() == f"Đã ghi {target}."
    made = read_book_meta(target)
    assert made.kind is BookKind.CONSOLIDATED
    assert [office.name for office in made.holds] == names
    click(qtbot, dialog.close_button)


def test_a_blank_book_is_made_for_an_office_without_the_program(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _open(window, qtbot)
    target = tmp_path / "so-trang.xlsx"
    named = answer_modal(QInputDialog, type_and_accept("Ủy ban MTTQ Việt Nam xã Phú Lợi"))
    where = answer_modal(QFileDialog, choose_file(target))
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))

    click(qtbot, dialog.blank_button)

    named.check()
    where.check()
    qtbot.waitUntil(lambda: told.done, timeout=20_000)
    meta = read_book_meta(target)
    assert (meta.kind, meta.office_name) == (BookKind.BLANK, "Ủy ban MTTQ Việt Nam xã Phú Lợi")
    assert (meta.period_start, meta.period_end) == (dialog.period.start, dialog.period.end)
    click(qtbot, dialog.close_button)


def test_books_dropped_on_the_dialog_are_read(
    window: MainWindow, qtbot: QtBot, sent: Books, tmp_path: Path
) -> None:
    dialog = _open(window, qtbot)
    note = tmp_path / "ghi-chu.txt"
    note.write_text("không phải sổ", encoding="utf-8")
    drop_files(dialog, [sent.commune_a, sent.filled, note])
    settle(window)

    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=30_000)  # no .txt
    assert [_state(dialog, row) for row in range(2)] == ["Đạt", "Đạt"]
    click(qtbot, dialog.close_button)
