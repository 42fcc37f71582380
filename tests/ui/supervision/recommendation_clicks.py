"""A clerk's steps with a session's recommendations: the session brought to "Đã báo cáo" by
its step buttons, a recommendation written in its Kiến nghị tab."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.supervision import SessionStep
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.supervision.recommendation_edit import RecommendationEditDialog
from giamsat_desktop.ui.supervision.session_dialog import SessionDialog
from giamsat_desktop.ui.supervision.session_steps import MoveDialog
from tests.ui.clicks import click, settle
from tests.ui.supervision.session_clicks import (
    Typist,
    click_tab,
    open_line_as_session,
    supervision_page,
    wait_idle,
)

TO_REPORTED = (
    SessionStep.PLAN_ISSUED,
    SessionStep.DECISION_ISSUED,
    SessionStep.NOTIFIED,
    SessionStep.WORKING,
    SessionStep.REPORTED,
)
"""The steps of a form (2) session the Front leads, up to its report."""


def wait_tab(qtbot: QtBot, window: MainWindow, dialog: SessionDialog) -> None:
    """Let the session's dialog and its Kiến nghị tab finish reading."""
    wait_idle(qtbot, window, dialog)
    qtbot.waitUntil(lambda: not dialog.recommendations.busy, timeout=10_000)
    settle(window)


def move(qtbot: QtBot, window: MainWindow, dialog: SessionDialog, step: SessionStep) -> None:
    """Click "Chuyển sang: <step>" and the small dialog's Chuyển."""
    button = dialog.move_button(step)
    assert button is not None, [b.text() for b in dialog.move_buttons]
    before = dialog.last_step
    click(qtbot, button)
    qtbot.waitUntil(lambda: dialog.last_step is not before and dialog.last_step.isVisible())
    small = dialog.last_step
    assert isinstance(small, MoveDialog)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, small.ok_button)
    wait_idle(qtbot, window, dialog)


def reported_session(
    qtbot: QtBot, window: MainWindow, type_text: Typist, subject: str, superior: str
) -> SessionDialog:
    """A new programme line opened as a session, its superior typed, walked to its report."""
    page = supervision_page(window)
    dialog = open_line_as_session(qtbot, window, page, type_text, subject)
    type_text(dialog.fields.superior, superior)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.save_button)
    wait_idle(qtbot, window, dialog)
    for step in TO_REPORTED:
        move(qtbot, window, dialog, step)
    assert dialog.step_label.text() == "Bước: Đã báo cáo"
    return dialog


def write_recommendation(
    qtbot: QtBot,
    window: MainWindow,
    dialog: SessionDialog,
    type_text: Typist,
    content: str,
    body: str,
    *,
    typed: bool = False,
) -> None:
    """Kiến nghị → Thêm kiến nghị…: the content, the body picked from the list (or typed)."""
    click_tab(qtbot, dialog.tabs, "Kiến nghị")
    tab = dialog.recommendations
    before = len(tab.records)
    click(qtbot, tab.add_button)
    qtbot.waitUntil(lambda: isinstance(tab.last_dialog, RecommendationEditDialog))
    edit = tab.last_dialog
    assert isinstance(edit, RecommendationEditDialog)
    qtbot.waitUntil(edit.isVisible)
    type_text(edit.content, content)
    if typed:
        assert edit.body.lineEdit() is not None
        edit.body.lineEdit().selectAll()
        type_text(edit.body.lineEdit(), body)
    else:
        pick(qtbot, edit.body, body)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, edit.ok_button)
    wait_tab(qtbot, window, dialog)
    qtbot.waitUntil(lambda: len(tab.records) == before + 1, timeout=10_000)


def pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """In a list one may also type in: click its arrow, go to ``text``, Enter."""
    index = combo.findText(text)
    assert index >= 0, f"no {text!r} among {[combo.itemText(i) for i in range(combo.count())]}"
    arrow = QPoint(combo.width() - 6, combo.height() // 2)
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton, pos=arrow)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert combo.currentText() == text

