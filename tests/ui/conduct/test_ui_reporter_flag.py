"""Cài đặt → Tài khoản: an administrator gives an account "Xem người phản ánh" with a click."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import Role
from giamsat_desktop.services.accounts import users
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.settings.settings_page import SettingsPage
from tests.ui.clicks import menu_action, settle

PASSWORD = "Tân Hưng 2024"


def test_an_administrator_gives_an_account_the_flag(context: ServiceContext, qtbot: QtBot) -> None:
    users.create_first_admin(context.factory, "quantri", "Nguyễn Thị Thu Hà", PASSWORD)
    admin = users.sign_in(context.factory, "quantri", PASSWORD)
    users.add_user(context.factory, admin, "vanthu", "Lê Thị Mỹ Duyên", Role.CLERK, PASSWORD)
    users.add_user(context.factory, admin, "xem", "Trần Văn Phúc", Role.VIEWER, PASSWORD)
    window = MainWindow(dataclasses.replace(context, actor=admin), Settings.load(), "vi")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    menu_action(window, "Đi đến", "Cài đặt").trigger()
    page = window.stack.currentWidget()
    assert isinstance(page, SettingsPage)
    settle(window)
    box = page.accounts
    assert box.reporters.isVisible()

    def click_account(name: str) -> None:
        items = [box.users.item(r) for r in range(box.users.count())]
        [item] = [i for i in items if i.text().startswith(f"{name} ")]
        where = box.users.visualItemRect(item).center()
        qtbot.mouseClick(box.users.viewport(), Qt.MouseButton.LeftButton, pos=where)

    def click_box() -> None:
        side = box.reporters.height() // 2
        qtbot.mouseClick(box.reporters, Qt.MouseButton.LeftButton, pos=QPoint(side, side))

    click_account("xem")
    assert not box.reporters.isEnabled()  # a viewer never sees who reported
    click_account("vanthu")
    assert box.reporters.isEnabled() and not box.reporters.isChecked()
    click_box()
    qtbot.waitUntil(lambda: not box.saving_now, timeout=20_000)
    settle(window)

    assert box.problem.text() == ""
    listed = [box.users.item(r).text() for r in range(box.users.count())]
    assert "vanthu — Lê Thị Mỹ Duyên (Văn thư) — xem người phản ánh" in listed
    assert box.reporters.isChecked()
    assert users.sign_in(context.factory, "vanthu", PASSWORD).sees_reporters

    click_box()
    qtbot.waitUntil(lambda: not box.saving_now, timeout=20_000)
    settle(window)
    assert not users.sign_in(context.factory, "vanthu", PASSWORD).sees_reporters
    window.runner.wait_for_all()
