"""Giám sát, clicked through on the demo office: from the programme to a working session.

A line added to the year's programme opens as a session in one click; its delegation gets a
head from the Standing Board; the step buttons issue the plan and set up the delegation; a
working session is recorded; the list shows the session at its step. A viewer reads only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import SessionDraft
from giamsat_desktop.services.catalog.board import list_board
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision.sessions import create_session
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.supervision.item_dialog import ItemDialog
from giamsat_desktop.ui.supervision.session_dialog import SessionDialog
from giamsat_desktop.ui.supervision.session_steps import MoveDialog, WorkingDialog
from giamsat_desktop.ui.supervision.sessions_model import STEP, SUBJECT
from giamsat_desktop.ui.supervision.supervision_page import SupervisionPage
from tests.ui.clicks import choose, click, click_row, menu_action, settle

Typist = Callable[[QWidget, str], None]
SUBJECT_TEXT = "Việc chi trả trợ cấp cho người có công ở thôn Bàu Sen"
WORDS = "Bau Sen"


def _page(window: MainWindow) -> SupervisionPage:
    menu_action(window, "Đi đến", "Giám sát").trigger()
    settle(window)
    page = window.pages["supervision"]
    assert isinstance(page, SupervisionPage)
    return page


def _click_tab(qtbot: QtBot, tabs: QTabWidget, text: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == text)
    assert tabs.isTabEnabled(index), f"the tab {text!r} is greyed out"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def _wait_idle(qtbot: QtBot, window: MainWindow, dialog: SessionDialog) -> None:
    settle(window)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.view is not None, timeout=10_000)
    settle(window)


def _move(qtbot: QtBot, window: MainWindow, dialog: SessionDialog, step: SessionStep) -> None:
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
    _wait_idle(qtbot, window, dialog)
    assert dialog.view is not None and dialog.view.record is not None
    assert dialog.view.record.step is step


def test_a_programme_line_becomes_a_session_with_its_delegation_steps_and_working_session(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    page = _page(window)
    _click_tab(qtbot, page.tabs, "Chương trình năm")
    settle(window)
    programme = page.programme
    rows_before = programme.table.rowCount()

    click(qtbot, programme.add_button)
    qtbot.waitUntil(lambda: isinstance(programme.last_dialog, ItemDialog), timeout=10_000)
    item_dialog = programme.last_dialog
    assert isinstance(item_dialog, ItemDialog)
    qtbot.waitUntil(item_dialog.isVisible)
    type_text(item_dialog.subject, SUBJECT_TEXT)
    type_text(item_dialog.body, "UBND xã")
    choose(qtbot, item_dialog.month, "Tháng 9")
    assert item_dialog.form.currentText() == "(2) Tổ chức đoàn giám sát"
    click(qtbot, item_dialog.ok_button)
    qtbot.waitUntil(lambda: programme.table.rowCount() == rows_before + 1, timeout=10_000)
    settle(window)
    lines = programme.item_texts()
    row = next(i for i, line in enumerate(lines) if line[1] == SUBJECT_TEXT)
    assert lines[row][3] == "Tháng 9" and lines[row][7] == "Dự kiến"

    click_row(qtbot, programme.table, row)
    click(qtbot, programme.open_button)
    qtbot.waitUntil(lambda: page.last_session_dialog is not None, timeout=10_000)
    dialog = page.last_session_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.view is not None, timeout=10_000)
    _wait_idle(qtbot, window, dialog)
    assert dialog.heading.text() == SUBJECT_TEXT
    assert dialog.step_label.text() == "Bước: Dự kiến"
    settle(window)
    assert "Mã số" in programme.item_texts()[row][7]  # the line now names its session

    _click_tab(qtbot, dialog.tabs, "Đoàn giám sát")
    head = list_board(demo_context.factory, include_inactive=False)[0]
    click(qtbot, dialog.delegation.add_board_button)
    assert dialog.delegation.member_lines()[0][0] == head.full_name
    assert dialog.delegation.member_lines()[0][3] == "Trưởng đoàn"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.delegation.save_button)
    _wait_idle(qtbot, window, dialog)
    assert dialog.view is not None and dialog.view.record is not None
    recorded = dialog.view.record.head
    assert recorded is not None and recorded.full_name == head.full_name

    _move(qtbot, window, dialog, SessionStep.PLAN_ISSUED)
    _move(qtbot, window, dialog, SessionStep.DECISION_ISSUED)
    assert dialog.step_label.text() == "Bước: Đã thành lập đoàn"
    assert dialog.move_button(SessionStep.NOTIFIED) is not None

    _click_tab(qtbot, dialog.tabs, "Buổi làm việc")
    click(qtbot, dialog.working.add_button)
    qtbot.waitUntil(lambda: isinstance(dialog.last_step, WorkingDialog))
    working = dialog.last_step
    assert isinstance(working, WorkingDialog)
    qtbot.waitUntil(working.isVisible)
    type_text(working.place, "Hội trường UBND xã")
    type_text(working.minutes, "Nghe UBND xã báo cáo việc chi trả")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, working.ok_button)
    _wait_idle(qtbot, window, dialog)
    assert dialog.working.lines()[0][1] == "Hội trường UBND xã"

    _click_tab(qtbot, dialog.tabs, "Quá trình")
    whats = [line[1] for line in dialog.history.lines()]
    assert whats == [
        "Lập cuộc giám sát",
        "Chuyển sang “Đã ban hành kế hoạch”",
        "Chuyển sang “Đã thành lập đoàn”",
    ]
    click(qtbot, dialog.close_button)

    _click_tab(qtbot, page.tabs, "Các cuộc giám sát")
    type_text(page.filters.search, WORDS)
    qtbot.waitUntil(lambda: page.filters.count.text() == "1 cuộc giám sát", timeout=10_000)
    settle(window)
    model = page.model
    assert model.index(0, SUBJECT).data() == SUBJECT_TEXT
    assert model.index(0, STEP).data() == "Đã thành lập đoàn"


@pytest.fixture
def viewer_window(qtbot: QtBot, demo_context: ServiceContext) -> Iterator[MainWindow]:
    """A viewer's window over the demo office, where the clerk made one session."""
    create_session(
        demo_context.factory,
        Actor("vanthu", Role.CLERK),
        SessionDraft(SupervisionForm.DELEGATION, SupervisionRole.LEAD, SUBJECT_TEXT, "UBND xã"),
    )
    window = MainWindow(
        dataclasses.replace(demo_context, actor=Actor("xem", Role.VIEWER)), Settings.load(), "vi"
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    yield window
    window.runner.wait_for_all()


def test_a_viewer_reads_a_session_and_the_programme_but_changes_nothing(
    viewer_window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    window = viewer_window
    page = _page(window)
    assert not page.new_button.isEnabled()
    type_text(page.filters.search, WORDS)
    qtbot.waitUntil(lambda: page.filters.count.text() == "1 cuộc giám sát", timeout=10_000)
    settle(window)
    click_row(qtbot, page.view, 0)
    click(qtbot, page.open_button)
    dialog = page.last_session_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.view is not None, timeout=10_000)
    _wait_idle(qtbot, window, dialog)
    assert dialog.heading.text() == SUBJECT_TEXT
    assert dialog.viewer_note.isVisible()
    enabled = [b.text() for b in dialog.findChildren(QPushButton) if b.isEnabled()]
    assert enabled == ["Đóng"]
    assert dialog.fields.subject.isReadOnly()
    click(qtbot, dialog.close_button)

    _click_tab(qtbot, page.tabs, "Chương trình năm")
    settle(window)
    programme = page.programme
    for button in (
        programme.save_button,
        programme.add_button,
        programme.edit_button,
        programme.postpone_button,
        programme.cancel_button,
        programme.reinstate_button,
    ):
        assert not button.isEnabled(), button.text()
