from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import SYSTEM, Actor, Role
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services import accounts, incoming
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.ui.dialogs.login_dialog import LoginDialog
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.pages.incoming_page import IncomingPage
from giamsat_desktop.ui.widgets import accounts_box

PASSWORD = "Tan-Hung-2026"


def _two_accounts(context: ServiceContext) -> None:
    accounts.create_first_admin(context.factory, "quantri", "Nguyễn Thị Thu Hà", PASSWORD)
    admin = accounts.sign_in(context.factory, "quantri", PASSWORD)
    accounts.add_user(context.factory, admin, "xem", "Trần Văn Phúc", Role.VIEWER, PASSWORD)


def test_with_two_accounts_the_login_dialog_signs_in(context: ServiceContext, qtbot: QtBot) -> None:
    _two_accounts(context)
    assert accounts.automatic_actor(context.factory) is None
    dialog = LoginDialog(context.factory, "Ủy ban MTTQ Việt Nam xã Tân Hưng")
    qtbot.addWidget(dialog)
    dialog.username.setText("xem")
    dialog.password.setText("sai-mat-khau")
    dialog.sign_in()
    assert dialog.actor is None
    assert "không đúng" in dialog.problem.text()
    dialog.password.setText(PASSWORD)
    dialog.sign_in()
    assert dialog.actor == Actor("xem", Role.VIEWER)


def test_a_viewer_sees_no_secret_document_and_cannot_register(
    context: ServiceContext, qtbot: QtBot
) -> None:
    for secrecy in (Secrecy.NORMAL, Secrecy.CONFIDENTIAL):
        incoming.register_incoming(
            context.factory,
            SYSTEM,
            IncomingDraft(
                dt.date.today(), "Tỉnh ủy Tây Ninh", f"Văn bản {secrecy.label}", secrecy=secrecy
            ),
        )
    viewer = ServiceContext(
        context.factory, context.location, context.data_folder, Actor("xem", Role.VIEWER)
    )
    window = MainWindow(viewer, Settings.load(), "vi")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("incoming")
    assert isinstance(page, IncomingPage)
    while window.runner.busy:
        window.runner.wait_for_all()
        QApplication.processEvents()
    assert [page.model.record(r).subject for r in range(page.model.rowCount())] == [
        "Văn bản Thường"
    ]
    assert not page.new_button.isEnabled()
    catalog = window.show_page("catalog")
    assert not catalog.organizations.add_button.isVisible()  # type: ignore[attr-defined]


def test_the_first_administrator_gets_a_recovery_code_once(
    context: ServiceContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["quantri", "Nguyễn Thị Thu Hà", PASSWORD, PASSWORD])
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: (next(answers), True))
    )
    shown: list[str] = []
    monkeypatch.setattr(accounts_box, "show_recovery_code", lambda _p, code: shown.append(code))
    box = accounts_box.AccountsBox(context)
    qtbot.addWidget(box)
    assert box.first_admin.isVisibleTo(box)
    box.create_first_admin()
    assert len(shown) == 1 and len(shown[0]) == 23  # four groups of five, with dashes
    assert [u.username for u in accounts.list_users(context.factory)] == ["quantri"]
    record, _new_code = accounts.recover_admin(
        context.factory, "quantri", shown[0], "Mat-khau-moi-9"
    )
    assert record.role is Role.ADMIN
