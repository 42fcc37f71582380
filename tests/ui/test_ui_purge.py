"""Xóa hẳn: an administrator removes a cancelled document's content; its line and number stay."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.registers import IncomingDraft, OutgoingDraft
from giamsat_desktop.services import incoming, outgoing
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.pages.register_page import RegisterPage

ADMIN = Actor("Trần Văn Phúc", Role.ADMIN)
CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
TODAY = dt.date.today()


def settle(window: MainWindow) -> None:
    while window.runner.busy:
        window.runner.wait_for_all()
        QApplication.processEvents()


def open_page(window: MainWindow, name: str) -> RegisterPage:
    page = window.show_page(name)
    assert isinstance(page, RegisterPage)
    settle(window)
    return page


def cancelled_letter(context: ServiceContext) -> None:
    record, _ = incoming.register_incoming(
        context.factory,
        CLERK,
        IncomingDraft(TODAY, "Đảng ủy xã Tân Hưng", "V/v kiểm tra tài chính công đoàn"),
    )
    incoming.cancel_incoming(context.factory, CLERK, record.id, "Vào sổ nhầm", record.version)


def cancelled_report(context: ServiceContext) -> None:
    record, _ = outgoing.register_outgoing(
        context.factory, CLERK, OutgoingDraft(TODAY, "Kết quả giám sát bảo hiểm y tế", "BC")
    )
    outgoing.cancel_outgoing(context.factory, CLERK, record.id, "Ký nhầm mẫu", record.version)


def window_of(qtbot: QtBot, context: ServiceContext, actor: Actor) -> Iterator[MainWindow]:
    win = MainWindow(replace(context, actor=actor), Settings.load(), "vi")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.runner.busy)
    yield win
    win.runner.wait_for_all()


@pytest.fixture
def admin_window(qtbot: QtBot, context: ServiceContext) -> Iterator[MainWindow]:
    yield from window_of(qtbot, context, ADMIN)


@pytest.fixture
def clerk_window(qtbot: QtBot, context: ServiceContext) -> Iterator[MainWindow]:
    yield from window_of(qtbot, context, CLERK)


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


@pytest.mark.parametrize("name", ["incoming", "outgoing"])
def test_a_clerk_never_sees_the_purge_button(
    clerk_window: MainWindow, context: ServiceContext, name: str
) -> None:
    cancelled_letter(context)
    cancelled_report(context)
    page = open_page(clerk_window, name)
    page.view.selectRow(0)
    assert page.purge_button.isHidden()  # type: ignore[attr-defined]


def test_the_administrator_purges_a_cancelled_incoming_line(
    admin_window: MainWindow,
    context: ServiceContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cancelled_letter(context)
    page = open_page(admin_window, "incoming")
    page.view.selectRow(0)
    assert page.purge_button.isVisible() and page.purge_button.isEnabled()  # type: ignore[attr-defined]
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)

    page.purge_button.click()  # type: ignore[attr-defined]

    qtbot.waitUntil(lambda: page.model.record(0).subject == "(đã xóa hẳn)", timeout=3000)
    assert "số đến 1" in asked[0] and "không được cấp lại" in asked[0]
    assert (page.model.rowCount(), page.model.record(0).arrival_number) == (1, 1)


def test_saying_no_leaves_the_cancelled_line_as_it_was(
    admin_window: MainWindow, context: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    cancelled_letter(context)
    page = open_page(admin_window, "incoming")
    page.view.selectRow(0)
    answer(monkeypatch, QMessageBox.StandardButton.No)

    page.purge_button.click()  # type: ignore[attr-defined]
    settle(admin_window)

    assert page.model.record(0).subject == "V/v kiểm tra tài chính công đoàn"


def test_a_line_not_cancelled_cannot_be_purged(
    admin_window: MainWindow, context: ServiceContext
) -> None:
    incoming.register_incoming(
        context.factory, CLERK, IncomingDraft(TODAY, "Đảng ủy xã Tân Hưng", "V/v hội nghị")
    )
    page = open_page(admin_window, "incoming")
    page.view.selectRow(0)
    assert not page.purge_button.isEnabled()  # type: ignore[attr-defined]


def test_the_administrator_purges_a_cancelled_outgoing_line_keeping_its_symbol(
    admin_window: MainWindow,
    context: ServiceContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cancelled_report(context)
    page = open_page(admin_window, "outgoing")
    page.view.selectRow(0)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)

    page.purge_button.click()  # type: ignore[attr-defined]

    qtbot.waitUntil(lambda: page.model.record(0).subject == "(đã xóa hẳn)", timeout=3000)
    assert page.model.record(0).symbol == "01/BC-MTTQ-BTT"
    assert "01/BC-MTTQ-BTT" in asked[0]
