"""Soạn văn bản khác as a clerk does it: a Kế hoạch written, issued and found in Văn bản đi;
a Biên bản made final without a number."""

from __future__ import annotations

import io
from collections.abc import Callable

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.letters import COMPOSED_FORMS, LetterForm, LetterState
from giamsat_desktop.ui.letters.letter_dialog import LetterDialog
from giamsat_desktop.ui.letters.letters_page import LettersPage
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers.outgoing_page import OutgoingPage
from tests.ui.clicks import click, menu_action, settle
from tests.ui.modals import answer_modal, choose_menu_item, message_texts, press

Typist = Callable[[QWidget, str], None]
SUBJECT = "giám sát việc thực hiện chính sách bảo hiểm y tế cho hộ nghèo năm 2026"


def _letters(window: MainWindow) -> LettersPage:
    menu_action(window, "Đi đến", "Văn bản soạn thảo").trigger()
    page = window.pages["letters"]
    assert isinstance(page, LettersPage) and page.isVisible()
    settle(window)
    return page


def _compose(qtbot: QtBot, window: MainWindow, page: LettersPage, form: LetterForm) -> LetterDialog:
    """Soạn văn bản khác, then the form's line of its menu: the new letter's dialog."""
    chosen = choose_menu_item(COMPOSED_FORMS.index(form))
    click(qtbot, page.compose_other_button)
    qtbot.waitUntil(lambda: chosen.done)
    chosen.check()
    qtbot.waitUntil(lambda: page.last_dialog is not None and page.last_dialog.isVisible())
    settle(window)
    dialog = page.last_dialog
    assert dialog is not None
    return dialog


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def test_a_ke_hoach_is_composed_from_the_menu_issued_as_kh_and_found_in_van_ban_di(
    window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    page = _letters(window)
    dialog = _compose(qtbot, window, page, LetterForm.PLAN)
    assert dialog.windowTitle() == "Soạn kế hoạch"
    fields = dialog.fields
    assert fields.grounds.isVisible() and not fields.recipients.isVisible()
    assert fields.grounds.toPlainText().startswith("Căn cứ Luật Mặt trận Tổ quốc Việt Nam")
    assert "IV. HÌNH THỨC, THÀNH PHẦN" in dialog.body.toPlainText()
    assert dialog.issue_button.text() == "Phát hành…"
    type_text(dialog.subject, SUBJECT)

    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: dialog.last_preview is not None and dialog.last_preview.isVisible())
    preview = dialog.last_preview
    assert preview is not None
    shown = _pdf_text(preview.pdf)
    assert "DỰ THẢO" in shown and "/KH-MTTQ-BTT" in shown
    assert "KẾ HOẠCH Giám sát việc thực hiện chính sách bảo hiểm y tế" in shown
    assert "Căn cứ Luật Mặt trận Tổ quốc Việt Nam" in shown
    click(qtbot, preview.close_button)

    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    click(qtbot, dialog.issue_button)  # saves what was typed, then issues
    assert asked.check().text.startswith("Phát hành văn bản này?")
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: told.done, timeout=30_000)
    assert "Đã phát hành: số 01/KH-MTTQ-BTT" in message_texts(told)
    issued = dialog.letter
    assert issued is not None and issued.state is LetterState.ISSUED
    assert dialog.body.isReadOnly() and not dialog.subject.isEnabled()
    click(qtbot, dialog.close_button)
    settle(window)
    assert page.model.rowCount() == 1
    assert (page.model.record(0).symbol, page.model.record(0).form) == (
        "01/KH-MTTQ-BTT",
        LetterForm.PLAN,
    )

    menu_action(window, "Đi đến", "Văn bản đi").trigger()
    outgoing = window.pages["outgoing"]
    assert isinstance(outgoing, OutgoingPage)
    qtbot.waitUntil(lambda: outgoing.model.rowCount() > 0)
    settle(window)
    line = outgoing.model.record(0)
    assert (line.symbol, line.type_code, line.subject) == ("01/KH-MTTQ-BTT", "KH", SUBJECT)
    assert line.attachment_count == 2


def test_a_bien_ban_is_made_final_with_hoan_tat_and_takes_no_number(
    window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    page = _letters(window)
    dialog = _compose(qtbot, window, page, LetterForm.MINUTES)
    fields = dialog.fields
    assert not fields.copies_to.isVisible() and not fields.grounds.isVisible()
    assert fields.signature.toPlainText() == "ĐẠI DIỆN ĐOÀN GIÁM SÁT\nTRƯỞNG ĐOÀN"
    assert dialog.issue_button.text() == "Hoàn tất…"
    type_text(dialog.subject, "Làm việc của Đoàn giám sát với Ủy ban nhân dân xã")
    fields.countersignature.clear()
    type_text(fields.countersignature, "ĐẠI DIỆN ỦY BAN NHÂN DÂN XÃ")
    type_text(fields.countersigner, "Võ Thanh Sơn")

    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    click(qtbot, dialog.issue_button)
    assert asked.check().text.startswith("Hoàn tất văn bản này?")
    told = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: told.done, timeout=30_000)
    assert "không đánh số, không vào sổ văn bản đi" in message_texts(told)
    final = dialog.letter
    assert final is not None and final.state is LetterState.ISSUED and final.symbol == ""
    assert "Đã hoàn tất ngày" in dialog.state_label.text()

    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: dialog.last_preview is not None and dialog.last_preview.isVisible())
    preview = dialog.last_preview
    assert preview is not None
    shown = _pdf_text(preview.pdf)
    assert "DỰ THẢO" not in shown and "Số:" not in shown
    assert "ĐẠI DIỆN ỦY BAN NHÂN DÂN XÃ" in shown and "Võ Thanh Sơn" in shown
    click(qtbot, preview.close_button)
    click(qtbot, dialog.close_button)

    menu_action(window, "Đi đến", "Văn bản đi").trigger()
    outgoing = window.pages["outgoing"]
    assert isinstance(outgoing, OutgoingPage)
    settle(window)
    assert outgoing.model.rowCount() == 0
