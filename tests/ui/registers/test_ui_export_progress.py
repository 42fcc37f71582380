"""Exporting a large register to Excel: in the background, with rows counted, and a Hủy that
leaves the disk as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.excel.fields import ParsedRow
from giamsat_desktop.services.registers.excel_import import import_incoming
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from tests.session_day import TODAY
from tests.ui.clicks import click
from tests.ui.modals import answer_modal, choose_file, choose_menu_item, message_texts, press

ROWS = 40_000
"""Enough rows for an export that lasts well beyond the moment its progress dialog shows."""
ISSUERS = ("Đảng ủy xã Tân Hưng", "Ủy ban nhân dân xã Tân Hưng", "Hội Nông dân xã Tân Hưng")


def _register_of(context: ServiceContext, count: int) -> None:
    """``count`` documents of this year, registered at once through the import service."""
    first = dt.date(TODAY.year, 1, 1)
    days = max((TODAY - first).days, 0) + 1
    rows = [
        ParsedRow(
            row_number=number,
            arrival_number_text=str(number),
            draft=IncomingDraft(
                first + dt.timedelta(days=number * days // (count + 1)),
                ISSUERS[number % len(ISSUERS)],
                f"V/v giám sát việc thực hiện chính sách bảo hiểm y tế, đợt {number}",
                symbol=f"{number}-CV/ĐU",
            ),
            warnings=(),
        )
        for number in range(1, count + 1)
    ]
    result, problems, _changes = import_incoming(context.factory, context.actor, rows)
    assert not problems
    assert result.imported == count


def _incoming_page(window: MainWindow) -> IncomingPage:
    page = window.show_page("incoming")
    assert isinstance(page, IncomingPage)
    while window.runner.busy or page.model.rowCount() == 0:
        window.runner.wait_for_all()
        QApplication.processEvents()
    return page


def _start_export(qtbot: QtBot, page: IncomingPage, target: Path) -> None:
    """Excel → "Xuất sổ đang lọc ra Excel…", then the file name typed in the save dialog
    (and, for a file already there, Yes to the dialog's question whether to replace it)."""
    menu = choose_menu_item(0)
    replace = (
        answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
        if target.exists()
        else None
    )
    saved = answer_modal(QFileDialog, choose_file(target))
    click(qtbot, page.excel_button)
    qtbot.waitUntil(lambda: menu.done and saved.done)
    menu.check()
    saved.check()
    if replace is not None:
        replace.check()


def _progress(page: IncomingPage) -> QProgressDialog | None:
    shown = [dialog for dialog in page.findChildren(QProgressDialog) if dialog.isVisible()]
    return shown[0] if shown else None


def _rows_written(dialog: QProgressDialog) -> bool:
    return "Đã ghi" in dialog.labelText() and "dòng" in dialog.labelText()


def _boxes_shown() -> list[str]:
    return [
        box.text()
        for box in QApplication.topLevelWidgets()
        if isinstance(box, QMessageBox) and box.isVisible()
    ]


def _cancel_export(qtbot: QtBot, window: MainWindow, page: IncomingPage, target: Path) -> None:
    """Start an export to ``target``, wait for rows to be counted, press Hủy, wait for the end."""
    _start_export(qtbot, page, target)
    qtbot.waitUntil(lambda: _progress(page) is not None, timeout=20_000)
    dialog = _progress(page)
    assert dialog is not None
    qtbot.waitUntil(lambda: _rows_written(dialog), timeout=20_000)
    label = dialog.labelText()
    assert "/40.000 dòng" in label or "/40,000 dòng" in label, label
    [cancel] = [button for button in dialog.findChildren(QPushButton) if button.isVisible()]
    assert cancel.text() == "Hủy"
    click(qtbot, cancel)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    for _ in range(5):  # an error box would open on the next turn of the event loop
        QApplication.processEvents()
    assert _progress(page) is None


def test_cancelling_an_export_leaves_no_file_and_keeps_the_old_one(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    _register_of(context, ROWS)
    page = _incoming_page(window)
    assert page.count.text() == f"{ROWS:,} văn bản".replace(",", ".")

    folder = tmp_path / "xuat"  # the clerk's folder (the database lives in tmp_path)
    folder.mkdir()
    kept = folder / "so-den-cu.xlsx"
    kept.write_bytes(b"workbook exported last week")
    _cancel_export(qtbot, window, page, kept)
    assert kept.read_bytes() == b"workbook exported last week"
    assert sorted(folder.iterdir()) == [kept]
    assert _boxes_shown() == []  # cancelling is not an error

    fresh = folder / "so-den-moi.xlsx"
    _cancel_export(qtbot, window, page, fresh)
    assert sorted(folder.iterdir()) == [kept]
    assert _boxes_shown() == []


def test_an_export_runs_to_the_end_with_its_rows_counted(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    _register_of(context, ROWS)
    page = _incoming_page(window)
    folder = tmp_path / "xuat"
    folder.mkdir()
    target = folder / "so-den.xlsx"
    seen: list[str] = []
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok), timeout_ms=60_000)

    _start_export(qtbot, page, target)
    assert not target.exists()  # the window is back while the rows are still being written

    def counted() -> bool:
        dialog = _progress(page)
        if dialog is not None and _rows_written(dialog):
            seen.append(dialog.labelText())
        return told.done

    qtbot.waitUntil(counted, timeout=60_000)
    assert seen, "no progress dialog counted the rows"
    assert str(target) in message_texts(told)
    assert "40.000" in message_texts(told) or "40,000" in message_texts(told)

    book = openpyxl.load_workbook(target, read_only=True)
    try:
        sheet = book.active
        assert sheet.title == "Sổ văn bản đến"
        rows = list(sheet.iter_rows(values_only=True))
    finally:
        book.close()
    assert rows[0][0] == "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"
    [header] = [index for index, row in enumerate(rows) if row and row[0] == "Số đến"]
    assert rows[header][:3] == ("Số đến", "Ngày đến", "Tác giả")
    data = rows[header + 1 :]
    assert len(data) == ROWS
    numbers = {row[0]: row for row in data}
    assert numbers[1][2] == ISSUERS[1]
    assert numbers[ROWS][3] == f"{ROWS}-CV/ĐU"
    assert numbers[ROWS][6] == (f"V/v giám sát việc thực hiện chính sách bảo hiểm y tế, đợt {ROWS}")
    assert sorted(folder.iterdir()) == [target]
