"""The entry dialogs as a clerk uses them: keyboard, unsaved input, pasted symbols, long subjects.

Each dialog is opened by clicking its page's button, typed into with key events, saved with
Enter and read back from the register.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from giamsat_desktop.domain.registers import (
    SUBJECT_MAX_LENGTH,
    IncomingDraft,
    IncomingFilter,
    IncomingRecord,
    OutgoingFilter,
)
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.registers import queries as register_queries
from giamsat_desktop.ui.catalog.catalog_page import CatalogPage
from giamsat_desktop.ui.catalog.organization_dialog import OrganizationDialog
from giamsat_desktop.ui.catalog.person_dialog import PersonDialog
from giamsat_desktop.ui.common.record_dialog import RecordDialog
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers.incoming_dialog import IncomingDialog
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from giamsat_desktop.ui.registers.outgoing_dialog import OutgoingDialog
from giamsat_desktop.ui.registers.outgoing_page import OutgoingPage
from tests.session_day import TODAY
from tests.ui.clicks import settle
from tests.ui.modals import answer_modal, message_texts, press

Typist = Callable[[QWidget, str], None]

CTRL = Qt.KeyboardModifier.ControlModifier
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
D = TypeVar("D", bound=RecordDialog)


def _incoming_page(window: MainWindow) -> IncomingPage:
    page = window.show_page("incoming")
    assert isinstance(page, IncomingPage)
    settle(window)
    return page


def _outgoing_page(window: MainWindow) -> OutgoingPage:
    page = window.show_page("outgoing")
    assert isinstance(page, OutgoingPage)
    settle(window)
    return page


def _catalog_page(window: MainWindow) -> CatalogPage:
    page = window.show_page("catalog")
    assert isinstance(page, CatalogPage)
    settle(window)
    return page


def _opened(window: MainWindow, qtbot: QtBot, kind: type[D]) -> D:
    """The dialog the last click opened, once its first reads are done."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    qtbot.waitUntil(dialog.isActiveWindow)  # the clerk types once the dialog is up
    settle(window)
    return dialog


def _click_new_incoming(window: MainWindow, qtbot: QtBot) -> IncomingDialog:
    page = _incoming_page(window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    return _opened(window, qtbot, IncomingDialog)


def _stored_incoming(context: ServiceContext) -> list[IncomingRecord]:
    keys = register_queries.incoming_keys(context.factory, context.actor, IncomingFilter())
    return register_queries.incoming_rows(context.factory, keys)


def _typed_into_focus(type_text: Typist, text: str) -> QWidget:
    """Type where the cursor is, as a clerk who starts typing at once."""
    focused = QApplication.focusWidget()
    assert focused is not None
    type_text(focused, text)
    return focused


# ----- A5: focus, Enter, Esc -------------------------------------------------------------


def test_the_incoming_dialog_starts_in_the_issuer_and_enter_saves(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    dialog = _click_new_incoming(window, qtbot)
    focused = _typed_into_focus(type_text, "Đảng ủy xã")
    assert dialog.isVisible()  # a space no longer presses Hủy
    assert dialog.issuer.currentText() == "Đảng ủy xã"
    assert focused in (dialog.issuer, dialog.issuer.lineEdit())
    type_text(dialog.subject, "Chỉ thị về công tác bầu cử")
    qtbot.keyClick(dialog.issuer.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(window)
    stored = _stored_incoming(context)
    assert [(r.issuer, r.subject) for r in stored] == [("Đảng ủy xã", "Chỉ thị về công tác bầu cử")]


def test_the_outgoing_dialog_starts_in_the_subject_and_ctrl_enter_saves_from_it(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    page = _outgoing_page(window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = _opened(window, qtbot, OutgoingDialog)
    focused = _typed_into_focus(type_text, "V/v góp ý dự thảo")
    assert focused is dialog.subject
    qtbot.keyClick(focused, Qt.Key.Key_Return)  # Enter in a multi-line field: a new line
    type_text(focused, "quy chế")
    assert dialog.isVisible()
    assert dialog.subject.toPlainText() == "V/v góp ý dự thảo\nquy chế"
    qtbot.keyClick(focused, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(window)
    keys = register_queries.outgoing_keys(context.factory, context.actor, OutgoingFilter())
    stored = register_queries.outgoing_rows(context.factory, keys)
    assert [r.subject for r in stored] == ["V/v góp ý dự thảo\nquy chế"]


def test_the_organisation_dialog_starts_in_the_code_and_enter_saves(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    page = _catalog_page(window)
    qtbot.mouseClick(page.organizations.add_button, Qt.MouseButton.LeftButton)
    dialog = _opened(window, qtbot, OrganizationDialog)
    focused = _typed_into_focus(type_text, "HCTD")
    assert focused is dialog.code
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "Hội Chữ thập đỏ xã")
    assert dialog.name.text() == "Hội Chữ thập đỏ xã"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(window)
    names = {o.code: o.name for o in catalog.list_organizations(context.factory)}
    assert names["HCTD"] == "Hội Chữ thập đỏ xã"


def test_the_person_dialog_starts_in_the_name_and_enter_saves(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    page = _catalog_page(window)
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.people.add_button, Qt.MouseButton.LeftButton)
    dialog = _opened(window, qtbot, PersonDialog)
    focused = _typed_into_focus(type_text, "Trương Thị Ngọc Diễm")
    assert focused is dialog.full_name
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(window)
    assert [p.full_name for p in catalog.list_people(context.factory)] == ["Trương Thị Ngọc Diễm"]


def test_escape_after_typing_asks_and_no_keeps_the_text(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    dialog = _click_new_incoming(window, qtbot)
    _typed_into_focus(type_text, "Đảng ủy xã Tân Hưng")
    answer = answer_modal(QMessageBox, press(NO))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    answer.check()
    assert "Bỏ những gì đã nhập?" in message_texts(answer)
    box = answer.met[0]
    assert isinstance(box, QMessageBox)
    assert box.button(YES).text() == "Bỏ"
    assert box.button(NO).text() == "Tiếp tục nhập"
    assert dialog.isVisible()
    assert dialog.issuer.currentText() == "Đảng ủy xã Tân Hưng"
    # The cursor is back where it was (offscreen, no window manager activates the dialog again).
    assert dialog.focusWidget() is dialog.issuer

    answer = answer_modal(QMessageBox, press(YES))
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    answer.check()
    assert not dialog.isVisible()
    settle(window)
    assert _stored_incoming(context) == []


def test_cancel_button_after_typing_asks_too(
    window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    page = _catalog_page(window)
    qtbot.mouseClick(page.organizations.add_button, Qt.MouseButton.LeftButton)
    dialog = _opened(window, qtbot, OrganizationDialog)
    _typed_into_focus(type_text, "X1")
    answer = answer_modal(QMessageBox, press(NO))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    answer.check()
    assert dialog.isVisible()
    assert dialog.code.text() == "X1"
    answer = answer_modal(QMessageBox, press(YES))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    answer.check()
    assert not dialog.isVisible()


@pytest.mark.parametrize("page_name", ["incoming", "outgoing", "organizations", "people"])
def test_escape_with_nothing_typed_closes_without_a_question(
    window: MainWindow, qtbot: QtBot, page_name: str
) -> None:
    if page_name in ("incoming", "outgoing"):
        page = _incoming_page(window) if page_name == "incoming" else _outgoing_page(window)
        button = page.new_button
    else:
        catalog_page = _catalog_page(window)
        if page_name == "people":
            catalog_page.tabs.setCurrentIndex(1)
        button = getattr(catalog_page, page_name).add_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = _opened(window, qtbot, RecordDialog)
    question = answer_modal(QMessageBox, press(NO), timeout_ms=2_000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not question.done
    settle(window)


# ----- A6: a symbol pasted or typed with breaks and spaces --------------------------------


def test_a_pasted_symbol_is_cleaned_in_the_field_and_in_the_register(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    dialog = _click_new_incoming(window, qtbot)
    _typed_into_focus(type_text, "Đảng ủy xã Tân Hưng")
    dialog.symbol.setFocus()
    QApplication.clipboard().setText(unicodedata.normalize("NFD", "123-CV/\nĐUK\n"))
    qtbot.keyClick(dialog.symbol, Qt.Key.Key_V, CTRL)
    assert dialog.symbol.text() == "123-CV/ĐUK"
    assert dialog.symbol.cursorPosition() == len("123-CV/ĐUK")
    assert dialog.type_code.currentData() == "CV"
    type_text(dialog.subject, "V/v lãnh đạo công tác bầu cử")
    qtbot.keyClick(dialog.symbol, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(window)
    (record,) = _stored_incoming(context)
    assert record.symbol == "123-CV/ĐUK"
    assert unicodedata.is_normalized("NFC", record.symbol)


def test_spaces_typed_around_the_separators_go_as_they_are_typed(
    window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    dialog = _click_new_incoming(window, qtbot)
    type_text(dialog.symbol, "15 / BC - MTTQ - BTT")
    assert dialog.symbol.text() == "15/BC-MTTQ-BTT"
    assert dialog.type_code.currentData() == "BC"
    dialog.symbol.setCursorPosition(2)  # between "15" and "/": paste a tab-broken part there
    QApplication.clipboard().setText("a\t")
    qtbot.keyClick(dialog.symbol, Qt.Key.Key_V, CTRL)
    assert dialog.symbol.text() == "15a/BC-MTTQ-BTT"
    assert dialog.symbol.cursorPosition() == 3
    type_text(dialog.symbol, "")
    dialog.symbol.end(False)
    type_text(dialog.symbol, " khác")  # a space between words stays
    assert dialog.symbol.text() == "15a/BC-MTTQ-BTT khác"
    answer = answer_modal(QMessageBox, press(YES))
    qtbot.keyClick(dialog.symbol, Qt.Key.Key_Escape)
    answer.check()


# ----- A7: an impossible date is named as such ---------------------------------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("31/02/2022", "Ngày đến: tháng 2 năm 2022 chỉ có 28 ngày, không có ngày 31."),
        ("29/02/2023", "Ngày đến: năm 2023 không phải năm nhuận, tháng 2 chỉ có 28 ngày."),
        ("31/04/2024", "Ngày đến: tháng 4 năm 2024 chỉ có 30 ngày, không có ngày 31."),
        ("5/13/2022", "Ngày đến: không có tháng 13 (tháng từ 1 đến 12)."),
        ("0/5/2022", "Ngày đến: không có ngày 0."),
        ("5/9", "Ngày đến: “5/9” chưa đúng dạng ngày (dd/mm/yyyy)."),
    ],
)
def test_an_impossible_date_says_what_is_wrong(
    window: MainWindow, qtbot: QtBot, type_text: Typist, typed: str, said: str
) -> None:
    dialog = _click_new_incoming(window, qtbot)
    qtbot.keyClick(dialog.arrival_date, Qt.Key.Key_A, CTRL)
    type_text(dialog.arrival_date, typed)
    assert said in dialog.problem.text().splitlines()
    assert dialog.arrival_date.toolTip() == said
    assert not dialog.save_button.isEnabled()
    type_text(dialog.doc_date, "30/02/2020")
    assert "Ngày tháng văn bản: tháng 2 năm 2020 chỉ có 29 ngày, không có ngày 30." in (
        dialog.problem.text().splitlines()
    )
    answer = answer_modal(QMessageBox, press(YES))
    qtbot.keyClick(dialog.arrival_date, Qt.Key.Key_Escape)
    answer.check()


def test_an_empty_required_date_is_asked_for(
    window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    page = _outgoing_page(window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = _opened(window, qtbot, OutgoingDialog)
    qtbot.keyClick(dialog.issue_date, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(dialog.issue_date, Qt.Key.Key_Delete)
    type_text(dialog.transfer_date, "32/1/2025")
    lines = dialog.problem.text().splitlines()
    assert "Ngày tháng: chưa nhập ngày (dd/mm/yyyy)." in lines
    assert "Ngày chuyển: tháng 1 năm 2025 chỉ có 31 ngày, không có ngày 32." in lines
    answer = answer_modal(QMessageBox, press(YES))
    qtbot.keyClick(dialog.issue_date, Qt.Key.Key_Escape)
    answer.check()


# ----- A4: the subject's limit ---------------------------------------------------------------


def test_the_subject_counts_its_characters_and_stops_at_the_limit(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    dialog = _click_new_incoming(window, qtbot)
    _typed_into_focus(type_text, "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh")
    counter = dialog.subject.counter
    assert counter.isVisible()
    assert counter.text() == f"0 / {SUBJECT_MAX_LENGTH} ký tự"
    assert "Nghị định 30/2020" in counter.toolTip()
    assert "500 ký tự" in dialog.subject.toolTip()
    type_text(dialog.subject, "Kế hoạch")
    assert counter.text() == "8 / 500 ký tự"
    assert "#b00020" not in counter.styleSheet()

    QApplication.clipboard().setText(unicodedata.normalize("NFD", " giám sát" * 60))  # 540
    qtbot.keyClick(dialog.subject, Qt.Key.Key_V, CTRL)
    assert len(dialog.subject.toPlainText()) == SUBJECT_MAX_LENGTH
    assert counter.text().startswith("500 / 500 ký tự")
    assert "phần dán đã bị cắt" in counter.text()
    assert "#b00020" in counter.styleSheet()  # red at the limit
    type_text(dialog.subject, "xyz")
    assert len(dialog.subject.toPlainText()) == SUBJECT_MAX_LENGTH
    assert "đã đủ 500 ký tự" in counter.text()

    qtbot.keyClick(dialog.subject, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Backspace)
    assert counter.text() == "498 / 500 ký tự"
    assert "#b00020" in counter.styleSheet()  # still near the limit
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(window)
    (record,) = _stored_incoming(context)
    assert record.subject == unicodedata.normalize("NFC", ("Kế hoạch" + " giám sát" * 60)[:498])


def test_an_older_longer_subject_is_shown_whole_and_said_to_be_too_long(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    draft = IncomingDraft(TODAY, "Đảng ủy xã Tân Hưng", "Tạm", symbol="12-CV/ĐU")
    record, _ = incoming.register_incoming(context.factory, context.actor, draft)
    long_subject = "Về việc " + "tăng cường công tác giám sát " * 22  # 624 characters, entered
    with context.factory() as session, session.begin():  # before the limit was kept
        session.execute(
            text("UPDATE incoming_documents SET subject = :subject WHERE id = :id"),
            {"subject": long_subject.strip(), "id": record.id},
        )
    page = _incoming_page(window)
    page.refresh()
    settle(window)
    page.view.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = _opened(window, qtbot, IncomingDialog)
    assert dialog.subject.toPlainText() == long_subject.strip()
    counter = dialog.subject.counter.text()
    assert counter.startswith(f"{len(long_subject.strip())} / 500 ký tự")
    assert "dài hơn mức tối đa 500 ký tự" in counter
    assert dialog.problem.text() == ""
    assert dialog.save_button.isEnabled()  # saved as it is, it stays as it is
    type_text(dialog.subject, "thêm")  # it may be shortened, not lengthened
    assert dialog.subject.toPlainText() == long_subject.strip()
    assert "dài hơn mức tối đa" in dialog.subject.counter.text()
    question = answer_modal(QMessageBox, press(NO), timeout_ms=2_000)
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Escape)  # nothing changed: no question
    assert not question.done
    assert not dialog.isVisible()


def test_an_older_longer_subject_cut_but_still_too_long_cannot_be_saved(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    draft = IncomingDraft(TODAY, "Đảng ủy xã Tân Hưng", "Tạm")
    record, _ = incoming.register_incoming(context.factory, context.actor, draft)
    long_subject = "x" * 520
    with context.factory() as session, session.begin():
        session.execute(
            text("UPDATE incoming_documents SET subject = :subject WHERE id = :id"),
            {"subject": long_subject, "id": record.id},
        )
    page = _incoming_page(window)
    page.refresh()
    settle(window)
    page.view.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = _opened(window, qtbot, IncomingDialog)
    dialog.subject.setFocus()
    qtbot.keyClick(dialog.subject, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Backspace)
    assert "dài 519 ký tự, quá mức tối đa 500" in dialog.problem.text()
    assert not dialog.save_button.isEnabled()
    counter = dialog.subject.counter.text()
    assert counter == "519 / 500 ký tự — dài hơn mức tối đa 500 ký tự: hãy rút gọn"
    for _ in range(19):
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Backspace)
    assert dialog.problem.text() == ""
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(window)
    assert [r.subject for r in _stored_incoming(context)] == ["x" * 500]
