from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.changelog.audit_log import check_chain, known_head, remember_head
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.safety import backup
from giamsat_desktop.services.safety.database import Database, open_database
from giamsat_desktop.ui.main_window import MainWindow
from tests.session_day import TODAY
from tests.ui.clicks import menu_action
from tests.ui.modals import answer_modal, choose_file, close_dialog, message_texts, press


def _context(database: Database) -> ServiceContext:
    return ServiceContext(
        database.session_factory, database.location, database.sqlite_file.parent, database=database
    )  # type: ignore[union-attr]


def _window(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow(_context(database), Settings.load(), "vi")
    qtbot.addWidget(window)
    window.show()
    return window


def _register(database: Database, subject: str) -> None:
    incoming.register_incoming(
        database.session_factory,
        _context(database).actor,
        IncomingDraft(TODAY, "Đảng ủy xã Tân Hưng", subject),
    )


def _count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT COUNT(*) FROM incoming_documents").fetchone()[0]


def test_backup_now_from_the_menu_writes_a_verified_archive_and_clears_the_reminder(
    office_database: Database, qtbot: QtBot, tmp_path_factory: pytest.TempPathFactory
) -> None:
    _register(office_database, "Kế hoạch giám sát")
    window = _window(qtbot, office_database)
    assert "Chưa có bản sao lưu nào ngoài máy này" in window.reminder_label.text()
    assert window.reminder_label.isVisible()
    usb = tmp_path_factory.mktemp("usb")
    target = usb / "sao-luu.zip"
    chosen = answer_modal(QFileDialog, choose_file(target))
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    menu_action(window, "Tệp", "Sao lưu ngay").trigger()
    chosen.check()
    qtbot.waitUntil(lambda: told.done, timeout=20_000)
    assert str(target) in message_texts(told)
    manifest = backup.verify_backup(target)
    assert manifest.tables["incoming_documents"] == 1
    assert manifest.office == "Ủy ban MTTQ Việt Nam xã Tân Hưng"
    # The red reminder goes at once, not at the next start.
    assert window.reminder_label.text() == ""
    assert not window.reminder_label.isVisible()


def test_the_backup_shortcut_asks_where_and_a_cancelled_choice_writes_nothing(
    office_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, office_database)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    asked = answer_modal(QFileDialog, close_dialog)
    qtbot.keyClick(
        window,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked.check().title == "Sao lưu dữ liệu"
    window.runner.wait_for_all()
    assert list(tmp_path.glob("*.zip")) == []
    assert "Chưa có bản sao lưu nào ngoài máy này" in window.reminder_label.text()


def test_restore_replaces_the_data_and_asks_for_a_restart(
    office_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    _register(office_database, "Văn bản có trong bản sao lưu")
    archive = tmp_path / "truoc.zip"
    backup.make_backup(office_database, office_database.sqlite_file.parent, archive)  # type: ignore[union-attr]
    _register(office_database, "Văn bản vào sổ sau khi sao lưu")
    location = office_database.location
    remember_head(office_database.session_factory, location)  # the newer head, as kept at exit
    window = _window(qtbot, office_database)
    chosen = answer_modal(QFileDialog, choose_file(archive))
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    menu_action(window, "Tệp", "Khôi phục từ bản sao lưu").trigger()
    chosen.check()
    qtbot.waitUntil(lambda: asked.done, timeout=20_000)  # after the archive's check
    assert "Ủy ban MTTQ Việt Nam xã Tân Hưng" in message_texts(asked)
    qtbot.waitUntil(lambda: window.restart_requested, timeout=20_000)
    assert _count(office_database.sqlite_file) == 1  # type: ignore[arg-type]
    safety = list((office_database.sqlite_file.parent / "backups").glob("truoc-khoi-phuc-*.zip"))  # type: ignore[union-attr]
    assert len(safety) == 1
    assert backup.verify_backup(safety[0]).tables["incoming_documents"] == 2
    window.close()  # saves the window's settings: the restored head must stay in them
    restored = open_database(office_database.url, create=False)
    try:
        assert check_chain(restored.session_factory, known_head(location)).sound
    finally:
        restored.close()


def test_a_bad_archive_is_refused_and_nothing_changes(
    office_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    _register(office_database, "Văn bản phải còn nguyên")
    bad = tmp_path / "hong.zip"
    bad.write_bytes(b"PK\x03\x04 not really a backup")
    window = _window(qtbot, office_database)
    chosen = answer_modal(QFileDialog, choose_file(bad))
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    menu_action(window, "Tệp", "Khôi phục từ bản sao lưu").trigger()
    chosen.check()
    qtbot.waitUntil(lambda: told.done, timeout=20_000)  # after the archive's check
    assert "không dùng được" in message_texts(told)
    assert not window.restart_requested
    assert _count(office_database.sqlite_file) == 1  # type: ignore[arg-type]


def test_closing_the_window_makes_one_automatic_backup_a_day(
    office_database: Database, qtbot: QtBot
) -> None:
    folder = office_database.sqlite_file.parent / "backups"  # type: ignore[union-attr]
    for _ in range(2):
        window = _window(qtbot, office_database)
        window.close()
    made = sorted(folder.glob("giamsat-*.zip"))
    assert len(made) == 1
    assert backup.verify_backup(made[0]).kind == "automatic"


def test_the_clerk_is_reminded_when_no_backup_left_the_pc(
    office_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, office_database)
    assert "Chưa có bản sao lưu nào ngoài máy này" in window.reminder_label.text()
    window.backups.set_chosen_folder(tmp_path / "usb-khong-cam")
    assert "USB chưa cắm" in window.reminder_label.text()


def test_a_damaged_file_at_start_is_replaced_by_the_newest_good_backup(
    office_database: Database, tmp_path: Path
) -> None:
    from giamsat_desktop.app import restore_damaged

    _register(office_database, "Văn bản phải được cứu")
    path = office_database.sqlite_file
    assert path is not None
    backup.make_backup(
        office_database, path.parent, path.parent / "backups" / "giamsat-20261122-100000.zip"
    )
    office_database.close()
    path.write_bytes(b"\x00garbage after a power cut" * 50)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    # The window's thread keeps turning while the backup is looked for and restored (no
    # frozen start): a timer of that thread ticks meanwhile.
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(0)
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))

    assert restore_damaged(f"sqlite:///{path}", path, Settings.load())
    timer.stop()
    assert asked.check().title == "Dữ liệu bị hỏng"
    assert "giamsat-20261122-100000.zip" in asked.text
    assert ticks, "the window's thread stood still during the restore"
    assert _count(path) == 1
    kept = list((path.parent / "backups").glob(f"hong-{path.name}-*{path.suffix}"))
    assert [k.read_bytes() for k in kept] == [b"\x00garbage after a power cut" * 50]


def test_a_damaged_attached_file_is_named_when_the_window_opens(
    office_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    from giamsat_desktop.services.files import attachments

    context = _context(office_database)
    record, _ = incoming.register_incoming(
        office_database.session_factory,
        context.actor,
        IncomingDraft(TODAY, "Đảng ủy xã Tân Hưng", "Kế hoạch giám sát"),
    )
    scan = tmp_path / "ke-hoach-giam-sat.pdf"
    scan.write_bytes(b"%PDF-1.4 the plan as scanned " * 200)
    [attached], _ = attachments.attach_files(
        office_database.session_factory,
        context.actor,
        context.data_folder,
        "incoming",
        record.id,
        [scan],
    )
    stored = attachments.stored_path(context.data_folder, attached.sha256)
    damaged = bytearray(stored.read_bytes())
    damaged[100] ^= 0xFF  # the same size: only reading the bytes finds it
    stored.write_bytes(bytes(damaged))

    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    _window(qtbot, office_database)
    qtbot.waitUntil(lambda: told.done, timeout=20_000)
    assert told.check().title == "Tệp đính kèm bị hỏng"
    assert "ke-hoach-giam-sat.pdf" in told.text
    assert f"văn bản đến số {record.arrival_number_text}" in told.text


def test_no_word_about_attached_files_when_they_are_whole(
    office_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    from giamsat_desktop.services.files import attachments

    context = _context(office_database)
    record, _ = incoming.register_incoming(
        office_database.session_factory,
        context.actor,
        IncomingDraft(TODAY, "Đảng ủy xã Tân Hưng", "Kế hoạch giám sát"),
    )
    scan = tmp_path / "ke-hoach.pdf"
    scan.write_bytes(b"%PDF-1.4 whole " * 100)
    attachments.attach_files(
        office_database.session_factory,
        context.actor,
        context.data_folder,
        "incoming",
        record.id,
        [scan],
    )
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok), timeout_ms=3000)
    window = _window(qtbot, office_database)
    qtbot.wait(1500)
    window.runner.wait_for_all()
    assert not told.done
