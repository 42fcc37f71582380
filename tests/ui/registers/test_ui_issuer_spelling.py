"""The entry dialog points at the register's spelling of an issuer typed another way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers.incoming_dialog import IncomingDialog
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from tests.session_day import TODAY
from tests.ui.clicks import click, click_for_dialog, settle

Typist = Callable[[QWidget, str], None]

KNOWN = "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh"
TYPED = "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh"
HINT = f"Đã có cách viết: «{KNOWN}». Dùng cách viết này?"


def _register(context: ServiceContext, issuer: str, subject: str) -> None:
    draft = IncomingDraft(arrival_date=TODAY, issuer=issuer, subject=subject)
    incoming.register_incoming(context.factory, context.actor, draft)


def _open_new(window: MainWindow, qtbot: QtBot) -> tuple[IncomingPage, IncomingDialog]:
    page = window.show_page("incoming")
    assert isinstance(page, IncomingPage)
    settle(window)
    dialog = click_for_dialog(qtbot, page.new_button, IncomingDialog)
    settle(window)
    return page, dialog


def _hint_shown(dialog: IncomingDialog) -> bool:
    return dialog.issuer_hint.isVisible() and dialog.use_spelling.isVisible()


def _issuers_saved(page: IncomingPage) -> list[str]:
    return sorted(page.model.record(row).issuer for row in range(page.model.rowCount()))


def test_the_register_spelling_is_offered_and_used_on_a_click(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    _register(context, KNOWN, "Kế hoạch kiểm tra đảng viên")
    _register(context, "Ủy ban nhân dân xã Tân Hưng", "Báo cáo an toàn thực phẩm")
    page, dialog = _open_new(window, qtbot)
    assert not _hint_shown(dialog)

    type_text(dialog.issuer.lineEdit(), TYPED)
    qtbot.waitUntil(lambda: _hint_shown(dialog))  # after a short pause
    assert dialog.issuer_hint.text() == HINT
    assert dialog.issuer.currentText() == TYPED  # nothing changed before the clerk chooses

    click(qtbot, dialog.use_spelling)
    assert dialog.issuer.currentText() == KNOWN
    assert not _hint_shown(dialog)

    type_text(dialog.subject, "Thông báo kết luận kiểm tra")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert _issuers_saved(page) == [KNOWN, KNOWN, "Ủy ban nhân dân xã Tân Hưng"]


def test_a_clerk_who_ignores_the_hint_saves_what_was_typed(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    _register(context, KNOWN, "Kế hoạch kiểm tra đảng viên")
    page, dialog = _open_new(window, qtbot)

    type_text(dialog.issuer.lineEdit(), TYPED)
    type_text(dialog.subject, "Thông báo kết luận kiểm tra")  # leaving the field shows it at once
    assert _hint_shown(dialog)
    assert dialog.issuer_hint.text() == HINT

    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert _issuers_saved(page) == [TYPED, KNOWN]


def test_an_abbreviation_or_the_register_spelling_itself_brings_no_hint(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    _register(context, "Ủy ban nhân dân xã Tân Hưng", "Báo cáo an toàn thực phẩm")
    _register(context, KNOWN, "Kế hoạch kiểm tra đảng viên")
    _, dialog = _open_new(window, qtbot)

    for typed in ("UBND xã Tân Hưng", KNOWN):
        field = dialog.issuer.lineEdit()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        type_text(dialog.issuer.lineEdit(), typed)
        type_text(dialog.subject, ".")  # leave the field: the check runs at once
        assert not _hint_shown(dialog), typed
        assert dialog.issuer.currentText() == typed


def test_alt_d_uses_the_offered_spelling_from_the_keyboard(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    _register(context, KNOWN, "Kế hoạch kiểm tra đảng viên")
    _, dialog = _open_new(window, qtbot)

    type_text(dialog.issuer.lineEdit(), TYPED)
    qtbot.keyClick(dialog.issuer.lineEdit(), Qt.Key.Key_Tab)  # leaving the field shows it
    assert _hint_shown(dialog)
    assert dialog.symbol.hasFocus()
    qtbot.keyClick(dialog.symbol, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.issuer.currentText() == KNOWN)  # the button's brief press
    assert not _hint_shown(dialog)
