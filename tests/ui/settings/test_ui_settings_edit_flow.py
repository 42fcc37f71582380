"""Ngày nghỉ lễ, Tết and Mẫu văn bản: a new choice asks before losing what was typed; Ctrl+S saves.

Both dialogs edit one chosen item (a year, a form) at a time and share that flow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.services.catalog import days_off, office_settings
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.main_window import MainWindow
from tests.ui.clicks import settle
from tests.ui.modals import answer_modal, press
from tests.ui.settings.test_ui_days_off import _add_line, _open_days_off
from tests.ui.settings.test_ui_standard_texts import CLOSING, NEW_CLOSING, _open_texts, _retype

Typist = Callable[[QWidget, str], None]


def _pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Open the drop-down list with a click and pick ``text`` (the dialog may put it back)."""
    index = combo.findText(text)
    assert index >= 0 and combo.isVisible() and combo.isEnabled()
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())


def test_another_year_asks_before_dropping_a_line_and_ctrl_s_saves(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    dialog = _open_days_off(qtbot, window)
    years = [dialog.year_choice.itemText(i) for i in range(dialog.year_choice.count())]
    year, other = max(years, key=int), min(years, key=int)
    _pick(qtbot, dialog.year_choice, year)  # nothing typed yet: no question
    settle(window)
    assert dialog.table.rowCount() == 0
    _add_line(qtbot, type_text, dialog, dt.date(int(year), 1, 1), "Tết Dương lịch")

    kept = answer_modal(QMessageBox, press(QMessageBox.StandardButton.No))
    _pick(qtbot, dialog.year_choice, other)
    assert "chưa được lưu" in kept.check().text
    settle(window)
    assert dialog.year_choice.currentText() == year and dialog.year == int(year)
    assert dialog.table.rowCount() == 1  # Tiếp tục sửa: the line is still there

    dropped = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    _pick(qtbot, dialog.year_choice, other)
    dropped.check()
    settle(window)
    assert dialog.year_choice.currentText() == other and dialog.year == int(other)
    assert days_off.year_days_off(context.factory, int(year)).entries == ()

    _pick(qtbot, dialog.year_choice, year)
    settle(window)
    _add_line(qtbot, type_text, dialog, dt.date(int(year), 1, 1), "Tết Dương lịch")
    assert dialog.problem.text() == "" and not dialog.problem.isVisible()
    dialog.activateWindow()  # the clerk is back in the dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert dialog.status.text().startswith("Đã lưu.") and dialog.status.isVisible()
    saved = days_off.year_days_off(context.factory, int(year))
    assert [entry.name for entry in saved.entries] == ["Tết Dương lịch"]


def test_another_form_asks_before_dropping_the_typing_and_ctrl_enter_saves(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    dialog = _open_texts(qtbot, window)
    other = dialog.form_choice.itemText(1)
    _retype(qtbot, type_text, dialog, CLOSING, NEW_CLOSING)

    kept = answer_modal(QMessageBox, press(QMessageBox.StandardButton.No))
    _pick(qtbot, dialog.form_choice, other)
    assert kept.check().text.startswith("Bỏ những gì đã sửa?")
    settle(window)
    assert dialog.form_choice.currentText() == "Công văn" and dialog.form is LetterForm.CONG_VAN
    assert dialog.parts[CLOSING].edit.toPlainText() == NEW_CLOSING

    edit = dialog.parts[CLOSING].edit
    dialog.activateWindow()  # the clerk is back in the dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert dialog.status.text().startswith("Đã lưu.") and dialog.status.isVisible()
    values = office_settings.standard_texts(context.factory, LetterForm.CONG_VAN)
    assert next(value for value in values if value.key == CLOSING).text == NEW_CLOSING

    _pick(qtbot, dialog.form_choice, other)  # saved: no question
    settle(window)
    assert dialog.form_choice.currentText() == other and dialog.form is not LetterForm.CONG_VAN
