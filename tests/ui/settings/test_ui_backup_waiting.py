"""Backups checked in the background with progress; the exit's audit check reads new entries.

A backup is checked completely (every table, every attached file) before a restore, and at
start the newest good one is looked for: both on a worker, with a progress dialog. At exit
the window checks the audit entries written since the last check, not the whole log.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.changelog.audit_log import check_chain, known_head
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.safety import backup
from giamsat_desktop.services.safety.database import Database
from giamsat_desktop.ui.main_window import MainWindow
from tests.session_day import TODAY
from tests.ui.clicks import menu_action
from tests.ui.modals import answer_modal, choose_file, press


def _context(database: Database) -> ServiceContext:
    assert database.sqlite_file is not None
    return ServiceContext(
        database.session_factory, database.location, database.sqlite_file.parent, database=database
    )


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


def _progress(window: MainWindow, label: str) -> list[QProgressDialog]:
    return [
        dialog
        for dialog in window.findChildren(QProgressDialog)
        if dialog.labelText().startswith(label)
    ]


def test_khoi_phuc_checks_the_archive_with_a_progress_dialog_and_no_keeps_the_data(
    office_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    _register(office_database, "Văn bản có trong bản sao lưu")
    archive = tmp_path / "truoc.zip"
    assert office_database.sqlite_file is not None
    backup.make_backup(office_database, office_database.sqlite_file.parent, archive)
    _register(office_database, "Văn bản vào sổ sau khi sao lưu")
    window = _window(qtbot, office_database)
    qtbot.waitUntil(lambda: not window.runner.busy)
    chosen = answer_modal(QFileDialog, choose_file(archive))
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.No))
    menu_action(window, "Tệp", "Khôi phục từ bản sao lưu").trigger()
    chosen.check()
    assert len(_progress(window, "Đang kiểm tra bản sao lưu…")) == 1  # the check is running
    assert window.runner.busy
    qtbot.waitUntil(lambda: asked.done, timeout=20_000)
    assert "Ủy ban MTTQ Việt Nam xã Tân Hưng" in asked.check().text
    qtbot.waitUntil(lambda: not _progress(window, "Đang kiểm tra bản sao lưu…"))
    assert not window.restart_requested
    assert _count(office_database.sqlite_file) == 2


def test_closing_the_window_checks_only_the_audit_entries_written_since_the_last_close(
    office_database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    hashed: list[int] = []
    real = audit_log.entry_hash

    def counting(*args: object) -> str:
        hashed.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(audit_log, "entry_hash", counting)
    for number in range(20):
        _register(office_database, f"Văn bản cũ số {number}")
    _window(qtbot, office_database).close()  # no head kept yet: the whole log once
    whole = check_chain(office_database.session_factory)
    assert known_head(office_database.location) == whole.head

    window = _window(qtbot, office_database)
    _register(office_database, "Văn bản hôm nay")
    hashed.clear()
    window.close()
    read_at_exit = len(hashed)

    now = check_chain(office_database.session_factory)
    assert 1 <= now.count - whole.count < 5
    assert read_at_exit == now.count - whole.count + 1  # the new entries and the kept head's
    assert known_head(office_database.location) == now.head
