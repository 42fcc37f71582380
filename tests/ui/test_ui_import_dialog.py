from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.registers import IncomingFilter
from giamsat_desktop.services import register_queries
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.services.excel_fields import ImportField
from giamsat_desktop.ui.dialogs.import_dialog import ImportDialog
from giamsat_desktop.ui.tasks import TaskRunner


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


def _settle(runner: TaskRunner) -> None:
    while runner.busy:
        runner.wait_for_all()
        QApplication.processEvents()


def test_the_dialog_maps_previews_and_imports(
    context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    runner = TaskRunner()
    dialog = ImportDialog(context, runner)
    qtbot.addWidget(dialog)
    dialog.choose_file(str(_workbook(tmp_path / "so-den.xlsx", bad_row=False)))
    _settle(runner)
    assert dialog.combos[ImportField.ISSUER].currentText().startswith("C: Tác giả")
    assert dialog.preview_model.rowCount() == 2
    assert "2 dòng đọc được, 0 dòng lỗi" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    dialog.own_book.setChecked(True)
    dialog.book_name.setText("Sổ văn bản đến xã Tân Hòa (cũ)")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert dialog.result.books == ("Sổ văn bản đến xã Tân Hòa (cũ)",)
    keys = register_queries.incoming_keys(context.factory, context.actor, IncomingFilter(year=2022))
    assert len(keys) == 2


def test_bad_rows_are_listed_and_nothing_is_written_until_the_clerk_chooses(
    context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    runner = TaskRunner()
    dialog = ImportDialog(context, runner)
    qtbot.addWidget(dialog)
    dialog.choose_file(str(_workbook(tmp_path / "so-den.xlsx", bad_row=True)))
    _settle(runner)
    assert dialog.problems.count() == 1
    assert dialog.problems.item(0).text().startswith("Dòng 7:")
    assert "31/02/2022" in dialog.problems.item(0).text()
    assert not dialog.import_button.isEnabled()
    assert register_queries.incoming_keys(context.factory, context.actor, IncomingFilter()) == []
    dialog.import_good_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert (dialog.result.imported, dialog.result.skipped) == (2, 1)


def test_changing_the_mapping_reads_the_rows_again(
    context: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    runner = TaskRunner()
    dialog = ImportDialog(context, runner)
    qtbot.addWidget(dialog)
    dialog.choose_file(str(_workbook(tmp_path / "so-den.xlsx", bad_row=False)))
    _settle(runner)
    recipients = dialog.combos[ImportField.RECIPIENTS]
    recipients.setCurrentIndex(recipients.findData(None))
    dialog.parse()
    _settle(runner)
    assert all(not row.draft.recipients for row in dialog.parsed.rows)  # type: ignore[union-attr]


def test_a_snapshot_of_the_database_is_taken_before_the_import(
    office_database: object, qtbot: QtBot, tmp_path_factory: object
) -> None:
    from giamsat_desktop.services.database import Database

    assert isinstance(office_database, Database)
    folder = office_database.sqlite_file.parent  # type: ignore[union-attr]
    context = ServiceContext(
        office_database.session_factory, office_database.location, folder, database=office_database
    )
    runner = TaskRunner()
    dialog = ImportDialog(context, runner)
    qtbot.addWidget(dialog)
    source = tmp_path_factory.mktemp("excel") / "so-den.xlsx"  # type: ignore[attr-defined]
    dialog.choose_file(str(_workbook(source, bad_row=False)))
    _settle(runner)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None)
    snapshots = list((folder / "backups").glob("truoc-nhap-*.sqlite3"))
    assert len(snapshots) == 1
    import sqlite3

    with sqlite3.connect(snapshots[0]) as before:  # the state just before the import
        assert before.execute("SELECT COUNT(*) FROM incoming_documents").fetchone()[0] == 0
