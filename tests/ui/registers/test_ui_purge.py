"""Xóa hẳn: an administrator removes a cancelled document's content; its line and number stay."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.registers import IncomingDraft, OutgoingDraft
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming, outgoing
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers.register_page import RegisterPage
from tests.session_day import TODAY
from tests.ui.clicks import click, click_row, menu_action, settle
from tests.ui.modals import answer_modal, message_texts, press

ADMIN = Actor("Trần Văn Phúc", Role.ADMIN)
CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)

PAGES = {"incoming": "Văn bản đến", "outgoing": "Văn bản đi"}
PURGED = "(đã xóa hẳn)"


def open_page(window: MainWindow, name: str) -> RegisterPage:
    """Đi đến → Văn bản đến (or đi), with the register read."""
    menu_action(window, "Đi đến", PAGES[name]).trigger()
    page = window.stack.currentWidget()
    assert isinstance(page, RegisterPage)
    settle(window)
    return page


def purge_button(page: RegisterPage) -> QPushButton:
    button = page.purge_button  # type: ignore[attr-defined]
    assert button.text() == "Xóa hẳn…"
    return button


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


@pytest.mark.parametrize("name", ["incoming", "outgoing"])
def test_a_clerk_never_sees_the_purge_button(
    clerk_window: MainWindow, context: ServiceContext, qtbot: QtBot, name: str
) -> None:
    cancelled_letter(context)
    cancelled_report(context)
    page = open_page(clerk_window, name)
    click_row(qtbot, page.view, 0)
    assert page.selected() is not None and page.selected().cancelled
    assert purge_button(page).isHidden()


def test_the_administrator_purges_a_cancelled_incoming_line(
    admin_window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    cancelled_letter(context)
    page = open_page(admin_window, "incoming")
    click_row(qtbot, page.view, 0)
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))

    click(qtbot, purge_button(page))

    question = message_texts(asked)
    assert asked.title == "Xóa hẳn văn bản đã hủy"
    assert "số đến 1" in question and "không được cấp lại" in question
    qtbot.waitUntil(lambda: page.model.record(0).subject == PURGED, timeout=3000)
    assert (page.model.rowCount(), page.model.record(0).arrival_number) == (1, 1)
    assert page.model.record(0).cancelled  # the line stays, struck through


def test_saying_no_leaves_the_cancelled_line_as_it_was(
    admin_window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    cancelled_letter(context)
    page = open_page(admin_window, "incoming")
    click_row(qtbot, page.view, 0)
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.No))

    click(qtbot, purge_button(page))
    asked.check()
    settle(admin_window)

    assert page.model.record(0).subject == "V/v kiểm tra tài chính công đoàn"
    assert page.model.record(0).cancelled


def test_a_line_not_cancelled_cannot_be_purged(
    admin_window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    incoming.register_incoming(
        context.factory, CLERK, IncomingDraft(TODAY, "Đảng ủy xã Tân Hưng", "V/v hội nghị")
    )
    page = open_page(admin_window, "incoming")
    click_row(qtbot, page.view, 0)
    assert page.selected() is not None and not page.selected().cancelled
    assert purge_button(page).isVisible()
    assert not purge_button(page).isEnabled()


def test_the_administrator_purges_a_cancelled_outgoing_line_keeping_its_symbol(
    admin_window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    cancelled_report(context)
    page = open_page(admin_window, "outgoing")
    click_row(qtbot, page.view, 0)
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))

    click(qtbot, purge_button(page))

    assert "01/BC-MTTQ-BTT" in message_texts(asked)
    qtbot.waitUntil(lambda: page.model.record(0).subject == PURGED, timeout=3000)
    assert page.model.record(0).symbol == "01/BC-MTTQ-BTT"
