"""Đăng nhập and Tài khoản: signing in, the first administrator, accounts added by the admin.

A button of the accounts box asks several questions in a row (name, full name, password
twice); :func:`in_turn` answers them one after the other, each only once the one before it
was answered, so no answer can take another's dialog.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import SYSTEM, Actor, Role
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.errors import ErrorCode, PermissionDeniedError
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.accounts import users as accounts
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.ui.catalog.catalog_page import CatalogPage
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from giamsat_desktop.ui.settings.login_dialog import LoginDialog
from giamsat_desktop.ui.settings.settings_page import SettingsPage
from tests.session_day import TODAY
from tests.ui.clicks import click, menu_action, settle
from tests.ui.modals import Answer, answer_modal, press, type_and_accept

PASSWORD = "Tan-Hung-2026"
CODE = re.compile(r"\b[A-Z0-9]{5}(?:-[A-Z0-9]{5}){3}\b")
"""A recovery code as shown: four groups of five, with dashes."""

Respond = Callable[[QWidget], object]
Typist = Callable[[QWidget, str], None]


def in_turn(*steps: tuple[type[QWidget], Respond]) -> list[Answer]:
    """Answer a row of modal dialogs in order; the list fills as each one is met.

    A helper of this file: ``answer_modal`` answers one dialog, and several arranged at
    once could each take the first.
    """
    answers: list[Answer] = []

    def arrange(index: int) -> None:
        kind, respond = steps[index]

        def answer_then_next(widget: QWidget) -> None:
            respond(widget)
            if index + 1 < len(steps):
                arrange(index + 1)

        answers.append(answer_modal(kind, answer_then_next))

    arrange(0)
    return answers


def checked(answers: list[Answer], count: int) -> list[Answer]:
    """The answers, once all ``count`` dialogs were met and answered without a failure."""
    assert len(answers) == count, f"only {len(answers)} of {count} dialogs were opened"
    return [answer.check() for answer in answers]


def pick(text: str) -> Callable[[QInputDialog], None]:
    """In an input dialog with a list: choose ``text`` and press OK."""

    def respond(dialog: QInputDialog) -> None:
        combo = dialog.findChild(QComboBox)
        assert combo is not None, "the dialog has no list"
        index = combo.findText(text)
        assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
        combo.setCurrentIndex(index)
        dialog.accept()

    return respond


def _two_accounts(context: ServiceContext) -> Actor:
    accounts.create_first_admin(context.factory, "quantri", "Nguyễn Thị Thu Hà", PASSWORD)
    admin = accounts.sign_in(context.factory, "quantri", PASSWORD)
    accounts.add_user(context.factory, admin, "xem", "Trần Văn Phúc", Role.VIEWER, PASSWORD)
    return admin


def _login(qtbot: QtBot, context: ServiceContext) -> LoginDialog:
    dialog = LoginDialog(context.factory, "Ủy ban MTTQ Việt Nam xã Tân Hưng")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _window_of(qtbot: QtBot, context: ServiceContext, actor: Actor) -> MainWindow:
    window = MainWindow(replace(context, actor=actor), Settings.load(), "vi")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    return window


def _settings_page(window: MainWindow) -> SettingsPage:
    menu_action(window, "Đi đến", "Cài đặt").trigger()
    page = window.stack.currentWidget()
    assert isinstance(page, SettingsPage)
    settle(window)
    return page


def _listed(page: SettingsPage) -> list[str]:
    users = page.accounts.users
    return [users.item(row).text() for row in range(users.count())]


def _checked_in(qtbot: QtBot, dialog: LoginDialog) -> None:
    """Wait, as the clerk does, for the password check to end (the dialog paints meanwhile)."""
    qtbot.waitUntil(lambda: not dialog.checking, timeout=20_000)


def _saved(qtbot: QtBot, page: SettingsPage) -> None:
    """Wait for the accounts box's change to be written (its buttons come back)."""
    qtbot.waitUntil(lambda: not page.accounts.saving_now, timeout=20_000)


class Ticks:
    """A timer of the window's thread: it counts its turns while ``busy()`` holds.

    Turns counted while a check or a write is pending prove that the event loop went on
    (the window painted) meanwhile; a freeze counts none.
    """

    def __init__(self, busy: Callable[[], bool]) -> None:
        self.while_busy = 0
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._busy = busy
        self._timer.start()

    def _tick(self) -> None:
        if self._busy():
            self.while_busy += 1

    def stop(self) -> None:
        """No more turns."""
        self._timer.stop()


def _click_account(qtbot: QtBot, page: SettingsPage, username: str) -> None:
    users = page.accounts.users
    [row] = [r for r in range(users.count()) if users.item(r).text().startswith(f"{username} ")]
    where = users.visualItemRect(users.item(row)).center()
    qtbot.mouseClick(users.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert users.currentRow() == row


@pytest.fixture
def admin_window(qtbot: QtBot, context: ServiceContext) -> Iterator[MainWindow]:
    """The window of the office's administrator (a viewer's account exists too)."""
    window = _window_of(qtbot, context, _two_accounts(context))
    yield window
    window.runner.wait_for_all()


# ----- signing in ------------------------------------------------------------------------


def test_with_two_accounts_the_login_dialog_signs_in(
    context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    _two_accounts(context)
    assert accounts.automatic_actor(context.factory) is None
    dialog = _login(qtbot, context)
    assert dialog.windowTitle() == "Đăng nhập"
    type_text(dialog.username, "xem")
    type_text(dialog.password, "sai-mat-khau")
    click(qtbot, dialog.ok_button)
    _checked_in(qtbot, dialog)
    assert dialog.actor is None
    assert "không đúng" in dialog.problem.text()
    assert dialog.isVisible()
    assert dialog.password.selectedText() == "sai-mat-khau"  # typing replaces it
    type_text(dialog.password, PASSWORD)
    click(qtbot, dialog.ok_button)
    _checked_in(qtbot, dialog)
    assert dialog.actor == Actor("xem", Role.VIEWER)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()


def test_enter_in_the_password_field_signs_in(
    context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    _two_accounts(context)
    dialog = _login(qtbot, context)
    type_text(dialog.username, "quantri")
    type_text(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    _checked_in(qtbot, dialog)
    assert dialog.actor == Actor("quantri", Role.ADMIN)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_forgotten_admin_password_is_set_again_with_the_recovery_code(
    context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    _record, code = accounts.create_first_admin(
        context.factory, "quantri", "Nguyễn Thị Thu Hà", PASSWORD
    )
    accounts.add_user(
        context.factory,
        accounts.sign_in(context.factory, "quantri", PASSWORD),
        "xem",
        "Trần Văn Phúc",
        Role.VIEWER,
        PASSWORD,
    )
    dialog = _login(qtbot, context)
    type_text(dialog.username, "quantri")
    answers = in_turn(
        (QInputDialog, type_and_accept(code)),
        (QInputDialog, type_and_accept("Mat-khau-moi-9")),
        (QMessageBox, press(QMessageBox.StandardButton.Ok)),
    )
    click(qtbot, dialog.forgot_button)
    qtbot.waitUntil(lambda: len(answers) == 3 and answers[2].done, timeout=20_000)
    _checked_in(qtbot, dialog)
    asked_code, asked_password, shown = checked(answers, 3)
    assert "Mã khôi phục" in asked_code.text
    assert asked_password.text == "Mật khẩu mới:"
    new_codes = CODE.findall(shown.text)
    assert len(new_codes) == 1 and new_codes[0] != code  # the old code is used up
    assert dialog.actor == Actor("quantri", Role.ADMIN)
    assert not dialog.isVisible()
    assert accounts.sign_in(context.factory, "quantri", "Mat-khau-moi-9").role is Role.ADMIN


# ----- what a viewer sees ----------------------------------------------------------------


def test_a_viewer_sees_no_secret_document_and_cannot_register(
    context: ServiceContext, qtbot: QtBot
) -> None:
    for secrecy in (Secrecy.NORMAL, Secrecy.CONFIDENTIAL):
        incoming.register_incoming(
            context.factory,
            SYSTEM,
            IncomingDraft(TODAY, "Tỉnh ủy Tây Ninh", f"Văn bản {secrecy.label}", secrecy=secrecy),
        )
    window = _window_of(qtbot, context, Actor("xem", Role.VIEWER))
    menu_action(window, "Đi đến", "Văn bản đến").trigger()
    page = window.stack.currentWidget()
    assert isinstance(page, IncomingPage)
    settle(window)
    assert [page.model.record(r).subject for r in range(page.model.rowCount())] == [
        "Văn bản Thường"
    ]
    assert not page.new_button.isEnabled()
    menu_action(window, "Đi đến", "Danh mục").trigger()
    catalog = window.stack.currentWidget()
    assert isinstance(catalog, CatalogPage)
    assert not catalog.organizations.add_button.isVisible()
    assert not catalog.organizations.toggle_button.isVisible()


# ----- the accounts box in Cài đặt ---------------------------------------------------------


def test_the_first_administrator_gets_a_recovery_code_once(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    page = _settings_page(window)
    box = page.accounts
    assert "Chưa có tài khoản" in box.note.text()
    answers = in_turn(
        (QInputDialog, type_and_accept("quantri")),
        (QInputDialog, type_and_accept("Nguyễn Thị Thu Hà")),
        (QInputDialog, type_and_accept(PASSWORD)),
        (QInputDialog, type_and_accept(PASSWORD)),
        (QMessageBox, press(QMessageBox.StandardButton.Ok)),
    )
    click(qtbot, box.first_admin)
    qtbot.waitUntil(lambda: len(answers) == 5 and answers[4].done, timeout=20_000)
    _saved(qtbot, page)
    *asked, shown = checked(answers, 5)
    assert [a.text for a in asked] == [
        "Tên đăng nhập của quản trị:",
        "Họ và tên:",
        "Mật khẩu mới (ít nhất 8 ký tự):",
        "Nhập lại mật khẩu mới:",
    ]
    assert shown.title == "Mã khôi phục"
    assert "chỉ hiện một lần" in shown.text
    codes = CODE.findall(shown.text)
    assert len(codes) == 1
    assert [u.username for u in accounts.list_users(context.factory)] == ["quantri"]
    assert _listed(page) == ["quantri — Nguyễn Thị Thu Hà (Quản trị)"]
    assert not box.first_admin.isVisible()
    assert box.problem.text() == ""
    record, _new_code = accounts.recover_admin(
        context.factory, "quantri", codes[0], "Mat-khau-moi-9"
    )
    assert record.role is Role.ADMIN


def test_two_different_passwords_create_no_account(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    page = _settings_page(window)
    answers = in_turn(
        (QInputDialog, type_and_accept("quantri")),
        (QInputDialog, type_and_accept("Nguyễn Thị Thu Hà")),
        (QInputDialog, type_and_accept(PASSWORD)),
        (QInputDialog, type_and_accept("Tan-Hung-2025")),
    )
    click(qtbot, page.accounts.first_admin)
    checked(answers, 4)
    assert page.accounts.problem.text() == "Hai lần nhập mật khẩu không giống nhau."
    assert accounts.list_users(context.factory) == []
    assert page.accounts.first_admin.isVisible()


def test_the_administrator_adds_an_account_with_its_role(
    admin_window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    page = _settings_page(admin_window)
    answers = in_turn(
        (QInputDialog, type_and_accept("vanthu")),
        (QInputDialog, type_and_accept("Lê Thị Mỹ Duyên")),
        (QInputDialog, pick("Văn thư")),
        (QInputDialog, type_and_accept(PASSWORD)),
        (QInputDialog, type_and_accept(PASSWORD)),
    )
    click(qtbot, page.accounts.add)
    checked(answers, 5)
    _saved(qtbot, page)
    assert "vanthu — Lê Thị Mỹ Duyên (Văn thư)" in _listed(page)
    assert accounts.sign_in(context.factory, "vanthu", PASSWORD) == Actor("vanthu", Role.CLERK)


def test_the_administrator_deactivates_an_account_and_it_can_no_longer_sign_in(
    admin_window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    page = _settings_page(admin_window)
    _click_account(qtbot, page, "xem")
    click(qtbot, page.accounts.toggle)
    _saved(qtbot, page)
    assert "xem — Trần Văn Phúc (Chỉ xem) — ngừng dùng" in _listed(page)
    with pytest.raises(PermissionDeniedError) as refused:
        accounts.sign_in(context.factory, "xem", PASSWORD)
    assert refused.value.code is ErrorCode.ACCOUNT_INACTIVE


def test_the_administrator_changes_a_role(
    admin_window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    page = _settings_page(admin_window)
    _click_account(qtbot, page, "xem")
    asked = answer_modal(QInputDialog, pick("Văn thư"))
    click(qtbot, page.accounts.role)
    assert asked.check().text == "Vai trò của xem:"
    _saved(qtbot, page)
    assert "xem — Trần Văn Phúc (Văn thư)" in _listed(page)
    assert accounts.sign_in(context.factory, "xem", PASSWORD).role is Role.CLERK


# ----- nothing freezes -------------------------------------------------------------------


def test_a_wrong_password_is_told_while_the_dialog_goes_on_painting(
    context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    _two_accounts(context)
    runner = TaskRunner()
    release = threading.Event()
    runner.command(lambda _c: release.wait(20))  # the check comes after a slow write
    dialog = LoginDialog(context.factory, "Ủy ban MTTQ Việt Nam xã Tân Hưng", runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    type_text(dialog.username, "xem")
    type_text(dialog.password, "sai-mat-khau")
    ticks = Ticks(lambda: dialog.checking)
    click(qtbot, dialog.ok_button)
    assert dialog.problem.text() == "Đang kiểm tra mật khẩu…"
    assert not dialog.isEnabled()
    assert dialog.cursor().shape() is Qt.CursorShape.BusyCursor
    qtbot.waitUntil(lambda: ticks.while_busy >= 5)  # the event loop turns while it checks
    release.set()
    _checked_in(qtbot, dialog)
    ticks.stop()
    assert "không đúng" in dialog.problem.text()
    assert dialog.actor is None
    assert dialog.isVisible() and dialog.isEnabled()
    assert dialog.cursor().shape() is Qt.CursorShape.ArrowCursor
    assert dialog.password.selectedText() == "sai-mat-khau"
    runner.wait_for_all()


def test_an_account_added_during_a_long_write_waits_its_turn_without_freezing(
    admin_window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    page = _settings_page(admin_window)
    holding, release = threading.Event(), threading.Event()

    def long_write(_control: TaskControl) -> None:  # as an import holds the database
        with context.factory() as session:
            session.execute(text("UPDATE users SET full_name = full_name"))
            holding.set()
            release.wait(20)
            session.commit()

    admin_window.runner.command(long_write)
    assert holding.wait(10)
    answers = in_turn(
        (QInputDialog, type_and_accept("vanthu")),
        (QInputDialog, type_and_accept("Lê Thị Mỹ Duyên")),
        (QInputDialog, pick("Văn thư")),
        (QInputDialog, type_and_accept(PASSWORD)),
        (QInputDialog, type_and_accept(PASSWORD)),
    )
    ticks = Ticks(lambda: page.accounts.saving_now)
    click(qtbot, page.accounts.add)
    checked(answers, 5)
    assert page.accounts.saving_now
    assert page.accounts.saving.isVisible()
    assert not page.accounts.add.isEnabled()
    qtbot.waitUntil(lambda: ticks.while_busy >= 10)  # the window turns while the write waits
    assert "vanthu — Lê Thị Mỹ Duyên (Văn thư)" not in _listed(page)
    release.set()
    _saved(qtbot, page)
    ticks.stop()
    assert page.accounts.problem.text() == ""  # no "locked": it waited its turn
    assert "vanthu — Lê Thị Mỹ Duyên (Văn thư)" in _listed(page)
    assert page.accounts.add.isEnabled()
    assert accounts.sign_in(context.factory, "vanthu", PASSWORD) == Actor("vanthu", Role.CLERK)
