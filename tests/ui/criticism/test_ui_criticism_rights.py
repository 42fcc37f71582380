"""Who may change a criticism session: Xóa only while its criticism is unsent, after asking;
a viewer reads every session and changes none."""

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
from giamsat_desktop.ui.main_window import MainWindow
from tests.ui.clicks import click, settle
from tests.ui.criticism.criticism_clicks import (
    open_line,
    page_by_entry,
    select_line,
    sent,
    titles,
    written,
)
from tests.ui.modals import answer_modal, press
from tests.ui.supervision.session_clicks import Typist

UNSENT = "Dự thảo Kế hoạch chỉnh trang chợ Bàu Tràm"
SENT = "Dự thảo Nghị quyết về phí chợ Bàu Tràm"
WORDS = "bau tram"
"""Words of these two only, the demo office's own sessions left aside."""


def test_only_a_session_not_sent_is_removed_and_after_asking(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    written(demo_context, UNSENT)
    sent(demo_context, written(demo_context, SENT))
    page = page_by_entry(qtbot, window)
    type_text(page.filters.search, WORDS)
    qtbot.waitUntil(lambda: sorted(titles(page)) == sorted([UNSENT, SENT]), timeout=10_000)
    settle(window)
    assert not page.remove_button.isEnabled()  # no line chosen
    select_line(qtbot, page, SENT)
    qtbot.waitUntil(lambda: page.open_button.isEnabled())
    assert not page.remove_button.isEnabled()  # its criticism went out
    select_line(qtbot, page, UNSENT)
    qtbot.waitUntil(page.remove_button.isEnabled)
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.No))
    click(qtbot, page.remove_button)
    assert f"Xóa cuộc phản biện “{UNSENT}”?" in asked.check().text
    settle(window)
    assert sorted(titles(page)) == sorted([UNSENT, SENT])  # kept: the clerk said no
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    click(qtbot, page.remove_button)
    asked.check()
    qtbot.waitUntil(lambda: titles(page) == [SENT], timeout=10_000)


@pytest.fixture
def viewer_window(qtbot: QtBot, demo_context: ServiceContext) -> Iterator[MainWindow]:
    """A viewer's window over the demo office, where a clerk wrote one session, sent another."""
    written(demo_context, UNSENT)
    sent(demo_context, written(demo_context, SENT))
    window = MainWindow(
        dataclasses.replace(demo_context, actor=Actor("xem", Role.VIEWER)), Settings.load(), "vi"
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    yield window
    window.runner.wait_for_all()


def test_a_viewer_reads_the_sessions_but_changes_nothing(
    viewer_window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    window = viewer_window
    page = page_by_entry(qtbot, window)
    type_text(page.filters.search, WORDS)
    qtbot.waitUntil(lambda: sorted(titles(page)) == sorted([UNSENT, SENT]), timeout=10_000)
    settle(window)
    assert not page.new_button.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert page.last_dialog is None  # Ctrl+N writes nothing for a viewer
    for title in (UNSENT, SENT):
        dialog = open_line(qtbot, window, page, title)
        assert not page.remove_button.isEnabled()
        assert dialog.viewer_note.isVisible()
        enabled = [b.text() for b in dialog.findChildren(QPushButton) if b.isEnabled()]
        assert enabled == ["Đóng"]
        assert dialog.fields.title.isReadOnly() and dialog.fields.body.isReadOnly()
        assert len(dialog.points.shown()) == 2  # the points read
        click(qtbot, dialog.close_button)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())  # type: ignore[misc]
