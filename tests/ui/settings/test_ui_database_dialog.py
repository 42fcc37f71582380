"""Nơi lưu dữ liệu: pointing this PC at a shared server database, or back at its own file."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from giamsat_desktop import app as app_module
from giamsat_desktop.config import ENV_DATABASE_URL, Settings, sqlite_url
from giamsat_desktop.domain.accounts import SYSTEM, Actor, Role
from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.catalog import office as office_service
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.safety.database import Database, open_database
from giamsat_desktop.services.safety.instance_lock import InstanceLock
from giamsat_desktop.services.safety.shared_database import (
    DatabaseState,
    ServerAddress,
    probe_database,
)
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.settings.database_dialog import DatabaseDialog
from giamsat_desktop.ui.settings.settings_page import SettingsPage
from tests.session_day import TODAY
from tests.ui.clicks import click, click_for_dialog, menu_action, settle
from tests.ui.modals import answer_modal, message_texts, press


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


def _tick(qtbot: QtBot, choice: QAbstractButton) -> None:
    """Click a radio button or check box on its round or square mark."""
    assert choice.isVisible() and choice.isEnabled(), f"{choice.text()!r} cannot be used"
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=QPoint(8, choice.height() // 2))


def _type(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Type into a field in place of what it holds."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)
    assert field.text() == text


def _fill(qtbot: QtBot, dialog: DatabaseDialog, address: ServerAddress) -> None:
    """Choose the server and type its address, as the office's IT person dictates it."""
    _tick(qtbot, dialog.server_choice)
    assert dialog.server_choice.isChecked() and dialog.server_fields.isEnabled()
    _type(qtbot, dialog.host, address.host)
    dialog.port.setFocus()
    qtbot.keyClick(dialog.port, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.port, str(address.port))
    assert dialog.port.value() == address.port
    _type(qtbot, dialog.database_name, address.database)
    _type(qtbot, dialog.user, address.user)
    _type(qtbot, dialog.password, address.password)


def _click_ok(qtbot: QtBot, dialog: DatabaseDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Lưu"
    click(qtbot, ok)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _register(database: Database, subject: str) -> None:
    incoming.register_incoming(
        database.session_factory,
        SYSTEM,
        IncomingDraft(TODAY, "Đảng ủy xã Tân Hưng", subject),
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
    _fill(qtbot, dialog, ServerAddress("", "giamsat", "vanthu"))
    click(qtbot, dialog.test_button)
    assert dialog.result.text() == "Chưa nhập địa chỉ máy chủ."
    _click_ok(qtbot, dialog)
    assert dialog.saved_url is None
    assert Settings.load().database_url == ""


def test_a_server_nobody_listens_on_is_reported_and_nothing_is_saved(
    office_database: Database, qtbot: QtBot
) -> None:
    dialog = _dialog(qtbot, office_database, Settings())
    _fill(qtbot, dialog, ServerAddress("127.0.0.1", "giamsat", "vanthu", "bi-mat", _free_port()))
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
    assert dialog.server_choice.isChecked()
    _tick(qtbot, dialog.local_choice)
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


def _settings_page(window: MainWindow) -> SettingsPage:
    """Đi đến → Cài đặt."""
    menu_action(window, "Đi đến", "Cài đặt").trigger()
    page = window.stack.currentWidget()
    assert isinstance(page, SettingsPage)
    settle(window)
    return page


def test_a_viewer_cannot_change_where_the_data_is(office_database: Database, qtbot: QtBot) -> None:
    window = _window(qtbot, _context(office_database, Actor("xem", Role.VIEWER)))
    page = _settings_page(window)
    assert page.change_location.isVisible()
    assert not page.change_location.isEnabled()
    qtbot.mouseClick(page.change_location, Qt.MouseButton.LeftButton)  # greyed: nothing opens
    assert page.database_dialog is None
    assert page.findChild(DatabaseDialog) is None


def test_a_saved_change_offers_to_reopen_the_program_on_the_new_data(
    office_database: Database, qtbot: QtBot
) -> None:
    window = _window(qtbot, _context(office_database))
    page = _settings_page(window)
    dialog = click_for_dialog(qtbot, page.change_location, DatabaseDialog)
    assert dialog is page.database_dialog
    assert dialog.local_choice.isChecked()
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    _click_ok(qtbot, dialog)  # this PC's usual file, not the one open now
    qtbot.waitUntil(lambda: asked.done)
    assert "Mở lại chương trình với dữ liệu mới ngay bây giờ?" in message_texts(asked)
    assert asked.title == "Nơi lưu dữ liệu"
    assert window.restart_requested
    assert not window.isVisible()


def test_saying_no_keeps_the_program_on_the_data_open_now(
    office_database: Database, qtbot: QtBot
) -> None:
    Settings(database_url=SERVER.url()).save()
    window = _window(qtbot, _context(office_database))
    page = _settings_page(window)
    dialog = click_for_dialog(qtbot, page.change_location, DatabaseDialog)
    assert dialog.server_choice.isChecked()
    _tick(qtbot, dialog.local_choice)
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.No))
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: asked.done)
    asked.check()
    assert not dialog.isVisible()
    assert Settings.load().database_url == ""  # saved for the next start
    assert not window.restart_requested
    assert window.isVisible()


def test_cancel_saves_nothing_and_asks_nothing(office_database: Database, qtbot: QtBot) -> None:
    Settings(database_url=SERVER.url()).save()
    window = _window(qtbot, _context(office_database))
    page = _settings_page(window)
    dialog = click_for_dialog(qtbot, page.change_location, DatabaseDialog)
    _tick(qtbot, dialog.local_choice)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Hủy"
    click(qtbot, cancel)
    assert not dialog.isVisible()
    assert dialog.saved_url is None
    assert Settings.load().database_url == SERVER.url()
    assert not window.restart_requested and window.isVisible()


def test_the_program_opens_again_on_the_data_the_clerk_chose(
    private_home: Path, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    usual, other = private_home / "giamsat.sqlite3", tmp_path / "khac" / "giamsat.sqlite3"
    for path, place in ((usual, "Tân Hưng"), (other, "Tân Hòa")):
        database = open_database(sqlite_url(path))
        office_service.set_up_office(database.session_factory, SYSTEM, _office(place))
        database.close()
    Settings(database_url=sqlite_url(other)).save()  # the program starts on the other file
    opened: list[str] = []
    locks_held: list[bool] = []
    asked: list[object] = []
    real_open_window = app_module.open_window

    def choose_this_pcs_file(window: MainWindow) -> None:
        try:
            page = _settings_page(window)
            click(qtbot, page.change_location)
            dialog = page.database_dialog
            assert dialog is not None and dialog.local_choice.isChecked()
            asked.append(answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes)))
            _click_ok(qtbot, dialog)
        finally:
            if not window.restart_requested:
                window.close()  # a failure above must not leave the program running

    def open_and_act(*args: object, **kwargs: object) -> object:
        window = real_open_window(*args, **kwargs)  # type: ignore[arg-type]
        assert isinstance(window, MainWindow)
        opened.append(window._context.location)
        if len(opened) == 1:
            _later(lambda: choose_this_pcs_file(window))
        else:
            locks_held.extend(_taken(path) for path in (other, usual))
            _later(lambda: menu_action(window, "Tệp", "Thoát").trigger())
        return window

    monkeypatch.setattr(app_module, "open_window", open_and_act)
    assert app_module.main([]) == 0
    assert opened == [str(other), str(usual)]
    assert len(asked) == 1 and "Mở lại chương trình" in message_texts(asked[0])  # type: ignore[arg-type]
    assert locks_held == [False, True]  # the other file was let go, this PC's file held
    assert not _taken(usual)  # and let go at the end
    assert Settings.load().database_url == ""


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


def _fill_url(qtbot: QtBot, dialog: DatabaseDialog, url: str) -> None:
    address = ServerAddress.from_url(url)
    assert address is not None
    _fill(qtbot, dialog, address)


def test_an_empty_server_database_can_receive_this_pcs_data(
    office_database: Database, server_database: str, qtbot: QtBot
) -> None:
    _register(office_database, "Kế hoạch giám sát bảo hiểm y tế")
    _register(office_database, "Báo cáo kết quả giám sát")
    settings = Settings.load()
    dialog = _dialog(qtbot, office_database, settings)
    _fill_url(qtbot, dialog, server_database)
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: dialog.probe is not None, timeout=20_000)
    assert dialog.result.text().startswith("Cơ sở dữ liệu trống: ")
    assert dialog.move.isEnabled()
    _tick(qtbot, dialog.move)
    assert dialog.move.isChecked()
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
    _fill_url(qtbot, dialog, server_database)
    click(qtbot, dialog.test_button)
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
    _fill_url(qtbot, dialog, server_database)
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.probe is not None, timeout=20_000)
    assert "không phải của chương trình này" in dialog.result.text()
    _click_ok(qtbot, dialog)
    assert dialog.saved_url is None
    assert Settings.load().database_url == ""
