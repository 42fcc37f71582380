"""A clerk's day, through the real main window over the demo office, as a clerk clicks it.

Each test is one flow of the issues: register → search → print → save the PDF; import an
old Excel register; back up from the menu; print and export the outgoing register; switch
the window to English and back. The demo office (about 450 documents over three years) is
built once per session and copied for each test.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.registers import IncomingFilter
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import queries as register_queries
from giamsat_desktop.services.safety import backup
from giamsat_desktop.ui.main_window import MainWindow, page_titles
from giamsat_desktop.ui.registers.import_dialog import ImportDialog
from giamsat_desktop.ui.registers.incoming_dialog import IncomingDialog
from giamsat_desktop.ui.registers.incoming_model import state_text, urgency_text
from giamsat_desktop.ui.registers.register_page import RegisterPage
from tests.session_day import TODAY
from tests.ui.clicks import (
    choose,
    click,
    click_for_dialog,
    menu_action,
    open_preview,
    print_preview,
    save_preview,
    settle,
)
from tests.ui.modals import answer_modal, choose_file, choose_menu_item, message_texts, press

Typist = Callable[[QWidget, str], None]

SUBJECT = "V/v giám sát việc chi trả trợ cấp cho người có công tại xã Tân Hưng"


def _go(window: MainWindow, key: str) -> RegisterPage:
    """Đi đến → the page, as the clerk reaches it from the menu."""
    go_menu = window.menuBar().actions()[1].text()
    menu_action(window, go_menu, page_titles()[key]).trigger()
    page = window.pages[key]
    assert isinstance(page, RegisterPage)
    settle(window)
    return page


def _database(context: ServiceContext) -> Path:
    assert context.database is not None and context.database.sqlite_file is not None
    return context.database.sqlite_file


def test_register_search_print_and_save_the_register_as_a_pdf(
    demo_window: MainWindow,
    demo_context: ServiceContext,
    qtbot: QtBot,
    type_text: Typist,
    tmp_path: Path,
) -> None:
    page = _go(demo_window, "incoming")
    before = page.model.rowCount()
    dialog = click_for_dialog(qtbot, page.new_button, IncomingDialog)
    settle(demo_window)
    type_text(QApplication.focusWidget() or dialog.issuer.lineEdit(), "Sở Lao động - Thương binh")
    type_text(dialog.symbol, "215/SLĐTBXH-NCC")
    type_text(dialog.subject, SUBJECT)
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=10_000)
    settle(demo_window)

    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(page.filters.search, "tro cap nguoi co cong")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    settle(demo_window)
    found = page.model.record(0)
    assert found.subject == SUBJECT and found.symbol == "215/SLĐTBXH-NCC"
    assert page.count.text() == "1 văn bản"

    preview = open_preview(qtbot, page, 0)  # In → Sổ đăng ký văn bản đến
    text = save_preview(qtbot, preview, tmp_path / "so-den.pdf").replace("\n", " ")
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN" in text
    assert f"Năm: {TODAY.year}" in text
    assert "215/SLĐTBXH-NCC" in "".join(text.split())  # the cell wraps the symbol
    assert SUBJECT in text
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()


def _old_register(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sổ đến 2019"
    sheet.append(["SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2019"])
    sheet.append([])
    sheet.append(["Số đến", "Ngày đến", "Tác giả", "Số, ký hiệu", "Ngày tháng", "Trích yếu"])
    for number in range(1, 6):
        sheet.append(
            [
                number,
                dt.datetime(2019, 3, number),
                "Huyện ủy Tân Biên",
                f"{100 + number}-CV/HU",
                f"0{number}/03/2019",
                f"V/v công tác dân vận đợt {number}",
            ]
        )
    book.save(path)
    return path


def test_import_an_old_excel_register_through_the_dialog(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _go(demo_window, "incoming")
    source = _old_register(tmp_path / "so-den-2019.xlsx")
    menu = choose_menu_item(1)  # Excel → Nhập sổ cũ từ tệp Excel…
    click(qtbot, page.excel_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: menu.done)
    menu.check()
    qtbot.waitUntil(lambda: page.findChild(ImportDialog) is not None)
    dialog = page.findChild(ImportDialog)
    assert dialog is not None
    chosen = answer_modal(QFileDialog, choose_file(source))
    click(qtbot, dialog.choose_button)
    chosen.check()
    qtbot.waitUntil(lambda: dialog.preview_model.rowCount() == 5, timeout=10_000)
    settle(demo_window)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        click(qtbot, dialog.import_button)
    settle(demo_window)
    choose(qtbot, page.filters.year, "2019")
    qtbot.waitUntil(lambda: page.count.text() == "5 văn bản", timeout=5000)
    with sqlite3.connect(_database(demo_context)) as connection:
        stored = connection.execute(
            "SELECT COUNT(*) FROM incoming_documents WHERE symbol LIKE '%-CV/HU'"
        ).fetchone()[0]
    assert stored == 5


def test_backup_from_the_file_menu_holds_the_whole_office(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "usb" / "sao-luu.zip"
    target.parent.mkdir()
    chosen = answer_modal(QFileDialog, choose_file(target))
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    menu_action(demo_window, "Tệp", "Sao lưu ngay").trigger()
    chosen.check()
    qtbot.waitUntil(lambda: told.done, timeout=30_000)
    assert "Đã sao lưu" in message_texts(told)
    manifest = backup.verify_backup(target)
    with sqlite3.connect(_database(demo_context)) as connection:
        documents = connection.execute("SELECT COUNT(*) FROM incoming_documents").fetchone()[0]
    assert manifest.tables["incoming_documents"] == documents > 0
    assert not demo_window.reminder_label.isVisible()


def test_print_and_export_the_outgoing_register_of_the_year(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _go(demo_window, "outgoing")
    choose(qtbot, page.filters.year, str(TODAY.year))
    settle(demo_window)
    with sqlite3.connect(_database(demo_context)) as connection:
        symbols = [
            row[0]
            for row in connection.execute(
                "SELECT symbol FROM outgoing_documents WHERE issue_date LIKE ?"
                " AND secrecy = 'thuong' ORDER BY number",
                (f"{TODAY.year}-%",),
            )
        ]
    assert symbols
    preview = open_preview(qtbot, page, 0)
    text = save_preview(qtbot, preview, tmp_path / "so-di.pdf").replace("\n", "")
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in text
    assert symbols[0] in text and symbols[-1] in text
    printed = print_preview(qtbot, preview, tmp_path / "so-di-in.pdf")
    assert len(printed.pages) == preview.page_count
    qtbot.keyClick(preview, Qt.Key.Key_Escape)

    target = tmp_path / "so-di.xlsx"
    menu = choose_menu_item(0)
    saved = answer_modal(QFileDialog, choose_file(target))
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    click(qtbot, page.excel_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: menu.done and saved.done)
    qtbot.waitUntil(lambda: told.done, timeout=30_000)
    assert str(target) in message_texts(told)
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if "Số, ký hiệu" in row)
    column = rows[header].index("Số, ký hiệu")
    exported = [row[column] for row in rows[header + 1 :] if row[column]]
    assert page.count.text() == f"{len(exported)} văn bản"
    assert set(symbols) <= set(exported)


def test_the_window_switches_to_english_and_back(demo_window: MainWindow, qtbot: QtBot) -> None:
    go_menu = demo_window.menuBar().actions()[1].text()
    menu_action(demo_window, go_menu, page_titles()["settings"]).trigger()
    settings = demo_window.pages["settings"]
    choose(qtbot, settings.language, "English")  # type: ignore[attr-defined]
    settle(demo_window)
    assert demo_window.navigation.item(1).text() == "Incoming documents"
    page = _go(demo_window, "incoming")
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert "Arrival no." in headers
    assert page.new_button.text().startswith("Register")
    go_menu = demo_window.menuBar().actions()[1].text()
    menu_action(demo_window, go_menu, page_titles()["settings"]).trigger()
    choose(qtbot, demo_window.pages["settings"].language, "Tiếng Việt")  # type: ignore[attr-defined]
    settle(demo_window)
    assert demo_window.navigation.item(1).text() == "Văn bản đến"


def test_every_urgency_and_status_of_the_demo_register_lists_its_documents(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot
) -> None:
    page = _go(demo_window, "incoming")
    everything = register_queries.incoming_rows(
        demo_context.factory,
        register_queries.incoming_keys(demo_context.factory, demo_context.actor, IncomingFilter()),
    )
    by_urgency = Counter(urgency_text(r.urgency) for r in everything)
    by_state = Counter(state_text(r.state(TODAY)) for r in everything)
    assert len(by_urgency) > 1 and len(by_state) > 3, "the demo office has lines of each kind"
    bar = page.filters
    for combo, counted in ((bar.urgency, by_urgency), (bar.status, by_state)):
        for index in range(1, combo.count()):
            text = combo.itemText(index)
            choose(qtbot, combo, text)
            settle(demo_window)
            shown = {page.model.record(row).id for row in range(page.model.rowCount())}
            if text in counted:
                assert len(shown) == counted[text], text
            assert page.count.text() == f"{len(shown)} văn bản"
        choose(qtbot, combo, combo.itemText(0))
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
