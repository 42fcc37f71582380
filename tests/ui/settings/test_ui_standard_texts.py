"""Cài đặt → Mẫu văn bản as a clerk uses it: change the wording, save, preview, go back."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.letters import LetterForm, standard_text
from giamsat_desktop.services.catalog import office_settings
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.letters.letter_dialog import LetterDialog
from giamsat_desktop.ui.letters.letters_page import LettersPage
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.settings.settings_page import SettingsPage
from giamsat_desktop.ui.settings.standard_texts_dialog import StandardTextsDialog
from tests.offices import TAN_HUNG
from tests.ui.clicks import click, menu_action, settle
from tests.ui.modals import answer_modal, press

Typist = Callable[[QWidget, str], None]
CLOSING, COPIES = "cong_van.closing", "cong_van.copies_to"
NEW_CLOSING = "Kính đề nghị các cơ quan, đơn vị ở {place} phối hợp thực hiện./."
FILLED = f"Kính đề nghị các cơ quan, đơn vị ở {TAN_HUNG.place_name} phối hợp thực hiện./."
ORIGINAL = standard_text(CLOSING).text


def _settings_page(window: MainWindow) -> SettingsPage:
    """Đi đến → Cài đặt."""
    menu_action(window, "Đi đến", "Cài đặt").trigger()
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage) and page.isVisible()
    settle(window)
    return page


def _open_texts(qtbot: QtBot, window: MainWindow) -> StandardTextsDialog:
    """Cài đặt, then Mẫu văn bản…: the dialog, its texts read."""
    page = _settings_page(window)
    click(qtbot, page.standard_texts_button)
    qtbot.waitUntil(
        lambda: page.standard_texts_dialog is not None and page.standard_texts_dialog.isVisible()
    )
    dialog = page.standard_texts_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.parts))
    settle(window)
    return dialog


def _retype(
    qtbot: QtBot, type_text: Typist, dialog: StandardTextsDialog, key: str, text: str
) -> None:
    """Select the part's whole text (Ctrl+A) and type over it."""
    edit = dialog.parts[key].edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(edit, text)


def _office_text(context: ServiceContext, key: str) -> office_settings.StandardTextValue:
    values = office_settings.standard_texts(context.factory, LetterForm.CONG_VAN)
    return next(value for value in values if value.key == key)


def _new_cong_van(qtbot: QtBot, window: MainWindow) -> LetterDialog:
    """Đi đến → Văn bản soạn thảo, Soạn công văn…: the new letter's dialog."""
    menu_action(window, "Đi đến", "Văn bản soạn thảo").trigger()
    page = window.pages["letters"]
    assert isinstance(page, LettersPage)
    settle(window)
    click(qtbot, page.compose_button)
    qtbot.waitUntil(lambda: page.last_dialog is not None and page.last_dialog.isVisible())
    settle(window)
    assert page.last_dialog is not None
    return page.last_dialog


def test_the_closing_typed_and_saved_is_where_a_new_cong_van_starts(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    dialog = _open_texts(qtbot, window)
    assert dialog.windowTitle() == "Mẫu văn bản"
    assert dialog.form_choice.currentText() == "Công văn"
    closing = dialog.parts[CLOSING]
    assert closing.name.text() == "Câu kết"
    assert closing.edit.toPlainText() == ORIGINAL
    assert not closing.reset_button.isEnabled()  # the program's own wording already
    assert not dialog.save_button.isEnabled()  # nothing to save yet
    assert "{place}" in dialog.hint.text() and "địa danh" in dialog.hint.text()

    _retype(qtbot, type_text, dialog, CLOSING, NEW_CLOSING)
    assert closing.reset_button.isEnabled()
    click(qtbot, dialog.save_button)
    settle(window)
    assert dialog.status.text().startswith("Đã lưu.")
    assert dialog.problem.text() == ""
    saved = dialog.parts[CLOSING]
    assert (saved.edit.toPlainText(), saved.value.version) == (NEW_CLOSING, 1)
    assert _office_text(context, CLOSING).text == NEW_CLOSING
    click(qtbot, dialog.close_button)  # saved: closes without asking
    assert not dialog.isVisible()

    letter = _new_cong_van(qtbot, window)
    assert letter.body.toPlainText() == FILLED
    assert letter.copies_to.toPlainText().startswith("Như trên;")  # the part left as it was


def test_tro_ve_mau_goc_brings_back_the_programs_wording_and_lu_keeps_it(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    clerk = Actor("vanthu", Role.CLERK)
    office_settings.set_standard_text(context.factory, clerk, CLOSING, NEW_CLOSING, 0)
    dialog = _open_texts(qtbot, window)
    closing = dialog.parts[CLOSING]
    assert closing.edit.toPlainText() == NEW_CLOSING
    assert closing.reset_button.isEnabled()
    assert not dialog.parts[COPIES].reset_button.isEnabled()

    click(qtbot, closing.reset_button)
    assert closing.edit.toPlainText() == ORIGINAL
    assert not closing.reset_button.isEnabled()
    assert _office_text(context, CLOSING).text == NEW_CLOSING  # not kept before Lưu
    click(qtbot, dialog.save_button)
    settle(window)
    kept = _office_text(context, CLOSING)
    assert (kept.text, kept.changed, kept.version) == (ORIGINAL, False, 2)
    assert dialog.parts[CLOSING].edit.toPlainText() == ORIGINAL
    assert not dialog.parts[CLOSING].reset_button.isEnabled()

    click(qtbot, dialog.close_button)
    letter = _new_cong_van(qtbot, window)
    assert letter.body.toPlainText().startswith(f"Ban Thường trực {TAN_HUNG.name} đề nghị")


def test_xem_truoc_shows_a_sample_letter_with_the_wording_as_typed_and_saves_nothing(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    dialog = _open_texts(qtbot, window)
    _retype(qtbot, type_text, dialog, CLOSING, NEW_CLOSING)
    _retype(qtbot, type_text, dialog, COPIES, "Như trên;\nBan Thường trực {higher} (b/c);")
    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(
        lambda: dialog.last_preview is not None and dialog.last_preview.isVisible(),
        timeout=30_000,
    )
    preview = dialog.last_preview
    assert preview is not None
    assert preview.windowTitle() == "Xem trước mẫu: Công văn"
    reader = PdfReader(io.BytesIO(preview.pdf))
    shown = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "V/v … (mẫu)" in shown
    assert FILLED in shown
    assert f"Ban Thường trực {TAN_HUNG.higher_body} (b/c);" in shown
    assert "Thường trực Đảng ủy" not in shown  # the line taken out of Nơi nhận
    click(qtbot, preview.close_button)
    assert _office_text(context, CLOSING).version == 0  # a preview keeps nothing

    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.No))
    click(qtbot, dialog.close_button)
    assert asked.check().text.startswith("Bỏ những gì đã sửa?")
    assert dialog.isVisible()  # "Tiếp tục sửa": still there, the typing kept
    assert dialog.parts[CLOSING].edit.toPlainText() == NEW_CLOSING
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    click(qtbot, dialog.close_button)
    asked.check()
    assert not dialog.isVisible()
    assert _office_text(context, CLOSING).text == ORIGINAL


def test_a_viewer_reads_the_wording_but_cannot_change_or_save_it(
    context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = MainWindow(
        dataclasses.replace(context, actor=Actor("xem", Role.VIEWER)), Settings.load(), "vi"
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    dialog = _open_texts(qtbot, window)
    assert dialog.viewer_note.isVisible()
    assert not dialog.save_button.isVisible()
    closing = dialog.parts[CLOSING]
    assert closing.edit.isReadOnly() and not closing.reset_button.isVisible()
    type_text(closing.edit, "Kính đề nghị./.")
    assert closing.edit.toPlainText() == ORIGINAL
    qtbot.keyClick(closing.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Lưu's key
    settle(window)
    assert _office_text(context, CLOSING).version == 0
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    window.runner.wait_for_all()


def test_a_save_after_another_pc_saved_tells_so_and_shows_the_other_wording(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    dialog = _open_texts(qtbot, window)
    other_pc = "Ban Thường trực đề nghị các đơn vị phối hợp./."
    office_settings.set_standard_text(
        context.factory, Actor("vanthu2", Role.CLERK), CLOSING, other_pc, 0
    )
    _retype(qtbot, type_text, dialog, CLOSING, NEW_CLOSING)
    click(qtbot, dialog.save_button)
    settle(window)
    assert "vừa được người khác sửa" in dialog.problem.text()
    assert dialog.problem.isVisible() and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.parts[CLOSING].edit.toPlainText() == other_pc)
    assert dialog.parts[CLOSING].value.version == 1
    assert _office_text(context, CLOSING).text == other_pc  # nothing overwritten
    assert not dialog.save_button.isEnabled()  # nothing typed over the fresh wording yet
