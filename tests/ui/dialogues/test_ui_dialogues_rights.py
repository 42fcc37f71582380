"""Who may change a dialogue: Xóa after asking; a viewer reads every dialogue, changes none."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.dialogues import editing
from giamsat_desktop.ui.main_window import MainWindow
from tests.services.dialogues.samples import DRAFT, ISSUES
from tests.services.supervision.office_sessions import CLERK
from tests.ui.clicks import click, click_row, settle
from tests.ui.dialogues.dialogue_clicks import open_line, page_by_entry, topics
from tests.ui.modals import answer_modal, press
from tests.ui.supervision.session_clicks import Typist

TOPIC = "Đường giao thông nội đồng ấp Bàu Sen"
WORDS = "bau sen"


def _written(context: ServiceContext) -> None:
    draft = dataclasses.replace(DRAFT, topic=TOPIC)
    editing.create_dialogue(context.factory, CLERK, draft, ISSUES)


@pytest.fixture
def viewer_window(qtbot: QtBot, demo_context: ServiceContext) -> Iterator[MainWindow]:
    """A viewer's window over the demo office, where a clerk wrote a dialogue."""
    _written(demo_context)
    window = MainWindow(
        dataclasses.replace(demo_context, actor=Actor("xem", Role.VIEWER)), Settings.load(), "vi"
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    yield window
    window.runner.wait_for_all()


def test_a_viewer_reads_the_dialogue_but_changes_nothing(
    viewer_window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    window = viewer_window
    page = page_by_entry(qtbot, window)
    type_text(page.filters.search, WORDS)
    qtbot.waitUntil(lambda: topics(page) == [TOPIC], timeout=10_000)
    settle(window)
    assert not page.new_button.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert page.last_dialog is None  # Ctrl+N writes nothing for a viewer
    dialog = open_line(qtbot, window, page, TOPIC)
    assert not page.remove_button.isEnabled()
    assert dialog.viewer_note.isVisible()
    enabled = [b.text() for b in dialog.findChildren(QPushButton) if b.isEnabled()]
    assert enabled == ["Đóng"]
    assert dialog.fields.leader.isReadOnly() and dialog.fields.topic.isReadOnly()
    assert not dialog.issues.add_button.isVisible()
    assert len(dialog.issues.shown()) == 3  # the issues read


def test_a_dialogue_is_removed_only_after_asking(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    _written(demo_context)
    page = page_by_entry(qtbot, window)
    type_text(page.filters.search, WORDS)
    qtbot.waitUntil(lambda: topics(page) == [TOPIC], timeout=10_000)
    settle(window)
    assert not page.remove_button.isEnabled()  # no line chosen
    click_row(qtbot, page.view, 0)
    qtbot.waitUntil(page.remove_button.isEnabled)
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.No))
    click(qtbot, page.remove_button)
    assert f"Xóa cuộc đối thoại “{TOPIC}” cùng 3 vấn đề đã ghi?" in asked.check().text
    settle(window)
    assert topics(page) == [TOPIC]  # kept: the clerk said no
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    click(qtbot, page.remove_button)
    asked.check()
    qtbot.waitUntil(lambda: topics(page) == [], timeout=10_000)
