"""Nơi lưu dữ liệu: pointing this PC at a shared server database, or back at its own file."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from giamsat_desktop import app as app_module
from giamsat_desktop.config import ENV_DATABASE_URL, Settings, sqlite_url
from giamsat_desktop.domain.accounts import SYSTEM, Actor, Role
from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services import incoming
from giamsat_desktop.services import office as office_service
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.services.database import Database, open_database
from giamsat_desktop.services.instance_lock import InstanceLock
from giamsat_desktop.services.shared_database import (
    DatabaseState,
    ServerAddress,
    probe_database,
)
from giamsat_desktop.ui.dialogs.database_dialog import DatabaseDialog
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.pages.settings_page import SettingsPage
from giamsat_desktop.ui.tasks import TaskRunner


def _office(place: str) -> OfficeInfo:
    return OfficeInfo(
        name=f"Ủy ban MTTQ Việt Nam xã {place}",
        level=OfficeLevel.COMMUNE,
        place_name=place,
        date_line_place=place,
        higher_body="Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
        symbol_suffix="MTTQ-BTT",
        chair_name="Nguyễn Thị Thu Hà",
    )


SERVER = ServerAddress("192.168.1.10", "giamsat", "vanthu", "M@t:khau/2026", 5433)


def _context(database: Database, actor: Actor = SYSTEM) -> ServiceContext:
    folder = database.sqlite_file.parent  # type: ignore[union-attr]
    return ServiceContext(
        database.session_factory, database.location, folder, actor, database=database
    )


def _dialog(
    qtbot: QtBot, database: Database, settings: Settings, option: str | None = None
) -> DatabaseDialog:
    runner = TaskRunner()
    dialog = DatabaseDialog(_context(database), runner, settings, option)
    dialog._test_runner = runner  # type: ignore[attr-defined] # kept alive with the dialog
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog: DatabaseDialog, address: ServerAddress) -> None:
    dialog.server_choice.setChecked(True)
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.database_name.setText(address.database)
    dialog.user.setText(address.user)
    dialog.password.setText(address.password)


def _click_ok(qtbot: QtBot, dialog: DatabaseDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _register(database: Database, subject: str) -> None:
    incoming.register_incoming(
        database.session_factory,
        SYSTEM,
        IncomingDraft(dt.date.today(), "Đảng ủy xã Tân Hưng", subject),
    )


# ----- the form -------------------------------------------------------------------------------


def test_a_server_setting_fills_in_the_fields(office_database: Database, qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, office_database, Settings(database_url=SERVER.url()))
    assert dialog.windowTitle() == "Nơi lưu dữ liệu"
    assert dialog.server_choice.isChecked()
    assert (dialog.host.text(), dialog.port.value()) == ("192.168.1.10", 5433)
    assert (dialog.database_name.text(), dialog.user.text()) == ("giamsat", "vanthu")
    assert dialog.password.text() == "M@t:khau/2026"
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    assert not dialog.override.isVisibleTo(dialog)


def test_without_a_setting_this_pcs_file_is_chosen_and_the_port_is_the_usual_one(
    office_database: Database, qtbot: QtBot, private_home: Path
) -> None:
    dialog = _dialog(qtbot, office_database, Settings())
    assert dialog.local_choice.isChecked()
    assert dialog.local_path.text() == str(private_home / "giamsat.sqlite3")
    assert dialog.port.value() == 5432
    assert not dialog.server_fields.isEnabled()
    assert not dialog.move.isEnabled()


def test_a_missing_server_address_is_named_and_nothing_is_saved(
    office_database: Database, qtbot: QtBot
) -> None:
    dialog = _dialog(qtbot, office_database, Settings())
    _fill(dialog, ServerAddress("", "giamsat", "vanthu"))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.result.text() == "Chưa nhập địa chỉ máy chủ."
    _click_ok(qtbot, dialog)
    assert dialog.saved_url is None
    assert Settings.load().database_url == ""


def test_a_server_nobody_listens_on_is_reported_and_nothing_is_saved(
    office_database: Database, qtbot: QtBot
) -> None:
    dialog = _dialog(qtbot, office_database, Settings())
    _fill(dialog, ServerAddress("127.0.0.1", "giamsat", "vanthu", "bi-mat", _free_port()))
    _click_ok(qtbot, dialog)  # OK without a test runs the test first
    qtbot.waitUntil(lambda: "Không mở được cơ sở dữ liệu" in dialog.result.text(), timeout=20_000)
    assert "bi-mat" not in dialog.result.text()
    assert dialog.buttons.isEnabled()
    assert dialog.isVisible() and dialog.saved_url is None
    assert not dialog.move.isEnabled()
    assert Settings.load().database_url == ""


def test_choosing_this_pcs_file_saves_an_empty_setting(
    office_database: Database, qtbot: QtBot
) -> None:
    Settings(database_url=SERVER.url()).save()
    settings = Settings.load()
    dialog = _dialog(qtbot, office_database, settings)
    choice = dialog.local_choice
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=QPoint(8, choice.height() // 2))
    assert dialog.local_choice.isChecked() and not dialog.server_fields.isEnabled()
    _click_ok(qtbot, dialog)
    assert dialog.saved_url == ""
    assert settings.database_url == ""
    assert Settings.load().database_url == ""


def test_an_office_database_is_described_with_its_office_and_documents(
    office_database: Database, qtbot: QtBot
) -> None:
    _register(office_database, "Kế hoạch giám sát")
    dialog = _dialog(qtbot, office_database, Settings())
    text = dialog.describe(probe_database(office_database.url))
    assert "Ủy ban MTTQ Việt Nam xã Tân Hưng" in text
    assert "có 1 văn bản" in text


def test_a_file_not_made_yet_is_described_as_empty(
    office_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, office_database, Settings())
    probe = probe_database(sqlite_url(tmp_path / "chua-co.sqlite3"))
    assert probe.state is DatabaseState.EMPTY
    assert dialog.describe(probe).startswith("Cơ sở dữ liệu trống: ")


@pytest.mark.parametrize("by_option", [False, True])
def test_an_override_says_the_setting_will_not_take_effect(
    office_database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, by_option: bool
) -> None:
    option = office_database.url if by_option else None
    if not by_option:
        monkeypatch.setenv(ENV_DATABASE_URL, office_database.url)
    dialog = _dialog(qtbot, office_database, Settings(), option)
    assert dialog.override.isVisibleTo(dialog)
    assert ("tham số --db" if by_option else ENV_DATABASE_URL) in dialog.override.text()
    assert "chỉ có hiệu lực khi không còn" in dialog.override.text()


# ----- the settings page ----------------------------------------------------------------------


def _window(qtbot: QtBot, context: ServiceContext) -> MainWindow:
    window = MainWindow(context, Settings.load(), "vi")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    return window


def test_a_viewer_cannot_change_where_the_data_is(office_database: Database, qtbot: QtBot) -> None:
    window = _window(qtbot, _context(office_database, Actor("xem", Role.VIEWER)))
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    assert not page.change_location.isEnabled()
    assert page.choose_location() is None


def test_a_saved_change_offers_to_reopen_the_program_on_the_new_data(
    office_database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    window = _window(qtbot, _context(office_database))
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    assert page.change_location.isVisible() and page.change_location.isEnabled()
    qtbot.mouseClick(page.change_location, Qt.MouseButton.LeftButton)
    dialog = page.database_dialog
    assert dialog is not None and dialog.local_choice.isChecked()
    _click_ok(qtbot, dialog)  # this PC's usual file, not the one open now
    assert asked and "Mở lại chương trình với dữ liệu mới ngay bây giờ?" in asked[0]
    assert window.restart_requested
    assert not window.isVisible()


def test_the_program_opens_again_on_the_data_the_settings_now_name(
    private_home: Path, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = private_home / "giamsat.sqlite3", tmp_path / "moi" / "giamsat.sqlite3"
    for path, place in ((first, "Tân Hưng"), (second, "Tân Hòa")):
        database = open_database(sqlite_url(path))
        office_service.set_up_office(database.session_factory, SYSTEM, _office(place))
        database.close()
    opened: list[str] = []
    locks_held: list[bool] = []
    real_open_window = app_module.open_window

    def open_and_act(*args: object, **kwargs: object) -> object:
        window = real_open_window(*args, **kwargs)  # type: ignore[arg-type]
        assert isinstance(window, MainWindow)
        opened.append(window._context.location)
        if len(opened) == 1:
            settings = window._settings
            settings.database_url = sqlite_url(second)
            settings.save()
            _later(window.restart)
        else:
            locks_held.extend(_taken(path) for path in (first, second))
            _later(window.close)
        return window

    monkeypatch.setattr(app_module, "open_window", open_and_act)
    assert app_module.main([]) == 0
    assert opened == [str(first), str(second)]
    assert locks_held == [False, True]  # the first file was let go, the second one held
    assert not _taken(second)  # and let go at the end


def _later(action: object) -> None:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, action)  # type: ignore[call-overload]


def _taken(path: Path) -> bool:
    """Whether this process already holds the file's instance lock."""
    lock = InstanceLock(path)
    if lock.acquire():
        lock.release()
        return False
    return True


# ----- a real server --------------------------------------------------------------------------


@pytest.fixture
def server_database(databases: object) -> Iterator[str]:
    """An empty database on the test server (skipped without one)."""
    server = databases.postgres()  # type: ignore[attr-defined]
    url = server.create(migrated=False)
    yield url
    server.drop(url)


def _fill_url(dialog: DatabaseDialog, url: str) -> None:
    address = ServerAddress.from_url(url)
    assert address is not None
    _fill(dialog, address)


def test_an_empty_server_database_can_receive_this_pcs_data(
    office_database: Database, server_database: str, qtbot: QtBot
) -> None:
    _register(office_database, "Kế hoạch giám sát bảo hiểm y tế")
    _register(office_database, "Báo cáo kết quả giám sát")
    settings = Settings.load()
    dialog = _dialog(qtbot, office_database, settings)
    _fill_url(dialog, server_database)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.probe is not None, timeout=20_000)
    assert dialog.result.text().startswith("Cơ sở dữ liệu trống: ")
    assert dialog.move.isEnabled()
    dialog.move.setChecked(True)
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.saved_url is not None, timeout=60_000)
    assert dialog.moved is not None
    probe = probe_database(server_database)
    assert (probe.state, probe.office, probe.documents) == (
        DatabaseState.CURRENT,
        "Ủy ban MTTQ Việt Nam xã Tân Hưng",
        2,
    )
    assert Settings.load().database_url == dialog.saved_url
    assert ServerAddress.from_url(dialog.saved_url) == ServerAddress.from_url(server_database)
    assert probe_database(office_database.url).documents == 2  # still here too


def test_a_server_database_in_use_is_described_and_cannot_receive_data(
    office_database: Database, server_database: str, qtbot: QtBot
) -> None:
    shared = open_database(server_database)
    office_service.set_up_office(shared.session_factory, SYSTEM, _office("Tân Hòa"))
    shared.close()
    dialog = _dialog(qtbot, office_database, Settings())
    _fill_url(dialog, server_database)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.probe is not None, timeout=20_000)
    assert "Ủy ban MTTQ Việt Nam xã Tân Hòa" in dialog.result.text()
    assert not dialog.move.isEnabled()
    _click_ok(qtbot, dialog)
    assert Settings.load().database_url == dialog.saved_url


def test_a_database_of_another_program_is_refused(
    office_database: Database, server_database: str, qtbot: QtBot
) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(server_database)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE khach_hang (id integer)")
    engine.dispose()
    dialog = _dialog(qtbot, office_database, Settings())
    _fill_url(dialog, server_database)
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.probe is not None, timeout=20_000)
    assert "không phải của chương trình này" in dialog.result.text()
    _click_ok(qtbot, dialog)
    assert dialog.saved_url is None
    assert Settings.load().database_url == ""
