"""Importing an old register from Excel, as a clerk does it from the incoming register page.

The dialog is opened from the page's "Excel" menu; the workbook is named with "Chọn tệp…",
by pasting its path in the field, or by dropping it on the dialog or on the page.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFocusEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.registers import IncomingFilter, IncomingRecord
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.excel.fields import ImportField
from giamsat_desktop.services.registers import queries as register_queries
from giamsat_desktop.services.safety.database import Database
from giamsat_desktop.ui.common.dropped_files import typed_path
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers.import_dialog import ImportDialog
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from tests.ui.clicks import choose, click, settle
from tests.ui.modals import answer_modal, choose_file

Typist = Callable[[QWidget, str], None]
LEFT = Qt.MouseButton.LeftButton
OLD_BOOK = "Sổ văn bản đến xã Tân Hòa (cũ)"


def _workbook(path: Path, bad_row: bool) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Năm 2022"
    sheet.append(["ỦY BAN MTTQ VIỆT NAM XÃ TÂN HÒA"])
    sheet.append(["SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"])
    sheet.append([])
    sheet.append(
        [
            "Số đến",
            "Ngày đến",
            "Tác giả",
            "Số, ký hiệu",
            "Ngày tháng",
            "Tên loại và trích yếu nội dung",
            "Đơn vị hoặc người nhận",
            "Ghi chú",
        ]
    )
    sheet.append(
        [
            1,
            dt.datetime(2022, 3, 1),
            "Đảng ủy xã Tân Hòa",
            "12-CV/ĐU",
            "28/02/2022",
            "Công văn về việc kiểm tra công tác bầu cử",
            "Chủ tịch",
            "",
        ]
    )
    sheet.append(
        [
            "2",
            "02/03/2022",
            "UBND xã Tân Hòa",
            "5/KH-UBND",
            "1-3-2022",
            "Kế hoạch giám sát năm 2022",
            "Văn phòng",
            "",
        ]
    )
    if bad_row:
        sheet.append(["3", "31/02/2022", "Tỉnh ủy", "9-CT/TU", "", "Chỉ thị", "", ""])
    book.save(path)
    return path


def _page(window: MainWindow) -> IncomingPage:
    page = window.show_page("incoming")
    assert isinstance(page, IncomingPage)
    settle(window)
    return page


def _open_import(page: IncomingPage, qtbot: QtBot) -> ImportDialog:
    """The Excel button's "Nhập sổ cũ từ tệp Excel…", triggered through its menu."""
    action = page.excel_button.menu().actions()[1]
    assert action.text() == "Nhập sổ cũ từ tệp Excel…"
    action.trigger()
    dialog = page.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _choose(dialog: ImportDialog, path: Path, qtbot: QtBot) -> None:
    """Click "Chọn tệp…" and pick ``path`` in the file dialog."""
    answer = answer_modal(QFileDialog, choose_file(path))
    click(qtbot, dialog.choose_button)
    answer.check()


def _shown(dialog: ImportDialog, window: MainWindow, qtbot: QtBot, rows: int) -> None:
    """Wait for the preview to show ``rows`` lines (read on a worker)."""
    qtbot.waitUntil(lambda: dialog.preview_model.rowCount() == rows and bool(dialog.summary.text()))
    settle(window)


def _preview(dialog: ImportDialog, column: int) -> list[str]:
    model = dialog.preview_model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _records(context: ServiceContext, **where: object) -> list[IncomingRecord]:
    keys = register_queries.incoming_keys(
        context.factory,
        context.actor,
        IncomingFilter(**where),  # type: ignore[arg-type]
    )
    return register_queries.incoming_rows(context.factory, keys)


def _on_page(page: IncomingPage) -> list[str]:
    return sorted(page.model.record(row).subject for row in range(page.model.rowCount()))


def _import(
    dialog: ImportDialog, button: QAbstractButton, window: MainWindow, qtbot: QtBot
) -> None:
    """Click an import button and wait for the dialog to close and the page to re-read."""
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        click(qtbot, button)
    settle(window)


def _leave(field: QWidget) -> None:
    """The focus leaves ``field`` for a click elsewhere in the dialog.

    The offscreen platform activates no dialog, so a click moves no focus; the focus-out
    event a click would cause is sent here.
    """
    left = QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.MouseFocusReason)
    QApplication.sendEvent(field, left)


def _drag(target: QWidget, files: list[Path]) -> tuple[bool, bool]:
    """Drag ``files`` from the file manager over ``target`` and let go.

    Returns whether the drag was welcome (the drop cursor) and whether the drop was taken.
    """
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    where = target.rect().center()
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(where, actions, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(
        QPointF(where), actions, mime, LEFT, Qt.KeyboardModifier.NoModifier, QEvent.Type.Drop
    )
    QApplication.sendEvent(target, drop)
    return True, drop.isAccepted()


def test_choosing_a_file_previews_it_and_imports_it_into_the_register(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path, type_text: Typist
) -> None:
    page = _page(window)
    assert page.model.rowCount() == 0
    dialog = _open_import(page, qtbot)
    assert not dialog.import_button.isEnabled()
    source = _workbook(tmp_path / "so-den.xlsx", bad_row=False)
    _choose(dialog, source, qtbot)
    _shown(dialog, window, qtbot, rows=2)
    assert dialog.path.text() == str(source)
    assert dialog.sheet.currentText() == "Năm 2022 (6 dòng)"
    assert dialog.combos[ImportField.ISSUER].currentText().startswith("C: Tác giả")
    assert _preview(dialog, 3) == ["Đảng ủy xã Tân Hòa", "UBND xã Tân Hòa"]
    assert _preview(dialog, 2) == ["01/03/2022", "02/03/2022"]
    assert "2 dòng đọc được, 0 dòng lỗi" in dialog.summary.text()
    assert dialog.problems.count() == 0
    assert dialog.import_button.isEnabled()
    assert not dialog.import_good_button.isEnabled()
    assert _records(context) == []  # nothing is written before the clerk presses Nhập

    click(qtbot, dialog.own_book)
    assert dialog.own_book.isChecked() and dialog.book_name.isEnabled()
    type_text(dialog.book_name, OLD_BOOK)
    _import(dialog, dialog.import_button, window, qtbot)

    records = _records(context, year=2022)
    assert sorted(r.issuer for r in records) == ["UBND xã Tân Hòa", "Đảng ủy xã Tân Hòa"]
    assert {r.book_name for r in records} == {OLD_BOOK}
    assert {r.recipients for r in records} == {"Chủ tịch", "Văn phòng"}
    assert _on_page(page) == [
        "Công văn về việc kiểm tra công tác bầu cử",
        "Kế hoạch giám sát năm 2022",
    ]
    assert page.count.text() == "2 văn bản"
    qtbot.waitUntil(lambda: page.findChild(ImportDialog) is None)  # closed and let go


def test_the_file_dialog_opens_where_the_last_workbook_was_chosen(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "so cu"
    folder.mkdir()
    page = _page(window)
    dialog = _open_import(page, qtbot)
    _choose(dialog, _workbook(folder / "so-den.xlsx", bad_row=False), qtbot)
    _shown(dialog, window, qtbot, rows=2)
    seen: list[Path] = []

    def look_and_cancel(box: QFileDialog) -> None:
        seen.append(Path(box.directory().absolutePath()))
        box.reject()

    answer = answer_modal(QFileDialog, look_and_cancel)
    click(qtbot, dialog.choose_button)
    answer.check()
    assert seen == [folder]
    assert dialog.preview_model.rowCount() == 2  # cancelling keeps the file read


def test_changing_the_mapping_and_reading_again_imports_with_that_mapping(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _page(window)
    dialog = _open_import(page, qtbot)
    _choose(dialog, _workbook(tmp_path / "so-den.xlsx", bad_row=False), qtbot)
    _shown(dialog, window, qtbot, rows=2)
    recipients = dialog.combos[ImportField.RECIPIENTS]
    assert recipients.currentText().startswith("G: Đơn vị hoặc người nhận")
    choose(qtbot, recipients, "(không có)")
    click(qtbot, dialog.reread_button)
    settle(window)
    assert dialog.preview_model.rowCount() == 2
    _import(dialog, dialog.import_button, window, qtbot)
    records = _records(context)
    assert len(records) == 2
    assert {r.recipients for r in records} == {""}


def test_a_pasted_path_in_quotes_is_read_when_the_clerk_presses_enter(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path, type_text: Typist
) -> None:
    page = _page(window)
    dialog = _open_import(page, qtbot)
    source = _workbook(tmp_path / "so-den.xlsx", bad_row=False)
    QApplication.clipboard().setText(f'"{source}"')  # Explorer's "Copy as path"
    dialog.path.setFocus()
    qtbot.keyClick(dialog.path, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.path.text() == f'"{source}"'
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    _shown(dialog, window, qtbot, rows=2)
    assert dialog.path.text() == str(source)  # the quotes are gone
    assert not dialog.path_message.isVisible()
    assert dialog.isVisible()  # Enter read the path; it pressed no button
    assert _records(context) == []

    def retype(text: str) -> None:
        dialog.path.selectAll()
        QApplication.clipboard().setText(text)
        qtbot.keyClick(dialog.path, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)

    retype(f'"{tmp_path / "khong-co.xlsx"}"')
    qtbot.waitUntil(dialog.path_message.isVisible)
    assert dialog.path_message.text() == (
        f"Không tìm thấy tệp “{tmp_path / 'khong-co.xlsx'}”. Hãy xem lại đường dẫn."
    )
    assert dialog.preview_model.rowCount() == 0  # the earlier file is no longer offered
    assert not dialog.import_button.isEnabled()

    letter = tmp_path / "cong-van.docx"
    letter.write_bytes(b"PK\x03\x04")
    retype(str(letter))
    assert dialog.path_message.text() == (
        "Tệp “cong-van.docx” không phải tệp Excel: chỉ nhập được tệp .xlsx hoặc .xls."
    )

    dialog.path.selectAll()
    type_text(dialog.path, str(source))
    _leave(dialog.path)  # leaving the field reads it too
    _shown(dialog, window, qtbot, rows=2)
    assert not dialog.path_message.isVisible()
    _import(dialog, dialog.import_button, window, qtbot)
    assert len(_records(context)) == 2
    assert page.count.text() == "2 văn bản"


def test_cancelling_while_a_typed_path_is_read_closes_the_dialog_cleanly(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path, type_text: Typist
) -> None:
    page = _page(window)
    dialog = _open_import(page, qtbot)
    source = _workbook(tmp_path / "so-den.xlsx", bad_row=False)
    type_text(dialog.path, str(source))
    _leave(dialog.path)  # pressing the mouse on Hủy takes the focus: the path is read
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, dialog.cancel_button)
    # The window's event loop lets go of the closed dialog before the disk answers.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle(window)
    qtbot.waitUntil(lambda: page.findChild(ImportDialog) is None)
    assert _records(context) == []
    assert page.count.text() == "0 văn bản"


@pytest.mark.parametrize(
    ("pasted", "path"),
    [
        ('"C:\\Users\\Van thu\\So cu\\so.xlsx"', "C:\\Users\\Van thu\\So cu\\so.xlsx"),
        ("  'D:\\so den 2022.xls'  ", "D:\\so den 2022.xls"),
        ("“C:\\so.xlsx”", "C:\\so.xlsx"),
        ("/home/van-thu/so.xlsx", "/home/van-thu/so.xlsx"),
        ("file:///home/van-thu/s%E1%BB%95.xlsx", "/home/van-thu/sổ.xlsx"),
    ],
)
def test_quotes_around_a_pasted_path_are_taken_off(pasted: str, path: str) -> None:
    assert typed_path(pasted) == path


def test_a_workbook_dropped_on_the_dialog_is_read_and_its_bad_rows_listed(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _page(window)
    dialog = _open_import(page, qtbot)
    letter = tmp_path / "cong-van.docx"
    letter.write_bytes(b"PK\x03\x04")
    assert _drag(dialog, [letter]) == (True, True)
    assert dialog.path_message.isVisible()
    assert "không phải tệp Excel" in dialog.path_message.text()

    source = _workbook(tmp_path / "so-den.xlsx", bad_row=True)
    assert _drag(dialog.preview.viewport(), [source]) == (True, True)
    _shown(dialog, window, qtbot, rows=2)
    assert not dialog.path_message.isVisible()
    assert dialog.path.text() == str(source)
    assert dialog.problems.count() == 1
    assert dialog.problems.item(0).text().startswith("Dòng 7:")
    assert "31/02/2022" in dialog.problems.item(0).text()
    assert "2 dòng đọc được, 1 dòng lỗi" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert _records(context) == []
    _import(dialog, dialog.import_good_button, window, qtbot)
    records = _records(context)
    assert sorted(r.issuer for r in records) == ["UBND xã Tân Hòa", "Đảng ủy xã Tân Hòa"]
    assert page.count.text() == "2 văn bản"


def test_a_workbook_dropped_on_the_register_opens_the_import_with_it(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _page(window)
    letter = tmp_path / "cong-van.docx"
    letter.write_bytes(b"PK\x03\x04")
    assert _drag(page.view.viewport(), [letter]) == (False, False)  # refused at the door
    assert page.findChild(ImportDialog) is None

    source = _workbook(tmp_path / "so-den.xlsx", bad_row=False)
    assert _drag(page.view.viewport(), [letter, source]) == (True, True)
    dialog = page.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    _shown(dialog, window, qtbot, rows=2)
    assert dialog.path.text() == str(source)
    assert _preview(dialog, 3) == ["Đảng ủy xã Tân Hòa", "UBND xã Tân Hòa"]
    _import(dialog, dialog.import_button, window, qtbot)
    assert len(_records(context)) == 2
    assert _on_page(page) == [
        "Công văn về việc kiểm tra công tác bầu cử",
        "Kế hoạch giám sát năm 2022",
    ]


def test_a_snapshot_of_the_database_is_taken_before_the_import(
    office_database: Database, qtbot: QtBot, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = office_database.sqlite_file.parent  # type: ignore[union-attr]
    context = ServiceContext(
        office_database.session_factory, office_database.location, folder, database=office_database
    )
    window = MainWindow(context, Settings.load(), "vi")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    page = _page(window)
    dialog = _open_import(page, qtbot)
    source = tmp_path_factory.mktemp("excel") / "so-den.xlsx"
    _choose(dialog, _workbook(source, bad_row=False), qtbot)
    _shown(dialog, window, qtbot, rows=2)
    _import(dialog, dialog.import_button, window, qtbot)
    window.runner.wait_for_all()
    snapshots = list((folder / "backups").glob("truoc-nhap-*.sqlite3"))
    assert len(snapshots) == 1
    with sqlite3.connect(snapshots[0]) as before:  # the state just before the import
        assert before.execute("SELECT COUNT(*) FROM incoming_documents").fetchone()[0] == 0
    assert page.count.text() == "2 văn bản"
