"""The incoming documents a session cites ("Căn cứ"), picked from the register by words.

The clerk opens the search of Văn bản đến from the session's Thông tin tab, finds a
document without typing accents, picks it; the plan written from the session cites it. Bỏ
takes it out. A viewer sees no secret document among those cited and changes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.domain.registers import IncomingDraft, IncomingRecord
from giamsat_desktop.domain.supervision import SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import SessionDraft
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.supervision.sessions import create_session
from giamsat_desktop.ui.common.incoming_picker import IncomingPicker
from giamsat_desktop.ui.main_window import MainWindow
from tests.session_day import TODAY
from tests.ui.clicks import click, click_row, settle
from tests.ui.supervision.session_clicks import (
    Typist,
    click_tab,
    letter_from,
    open_line_as_session,
    supervision_page,
    wait_idle,
)

CLERK = Actor("vanthu", Role.CLERK)
SUBJECT_TEXT = "Việc thu, chi quỹ phòng, chống thiên tai ở ấp Bàu Trâm năm 2026"
SCOPE = "Từ ngày 01/01/2026 đến ngày 30/6/2026"
ISSUER = "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh"
ASKED = "V/v giám sát việc thu, chi quỹ phòng, chống thiên tai năm 2026"
SECRET = "Về việc xác minh đơn tố cáo liên quan quỹ phòng, chống thiên tai"


def _register(
    context: ServiceContext, subject: str, symbol: str, secrecy: Secrecy
) -> IncomingRecord:
    document, _ = incoming.register_incoming(
        context.factory,
        CLERK,
        IncomingDraft(
            TODAY - dt.timedelta(days=10),
            ISSUER,
            subject,
            symbol=symbol,
            doc_date=TODAY - dt.timedelta(days=12),
            secrecy=secrecy,
        ),
    )
    return document


def test_a_document_found_by_words_is_cited_by_the_session_and_its_plan_then_taken_out(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    asked = _register(demo_context, ASKED, "213/MTTQ-BTT", Secrecy.NORMAL)
    page = supervision_page(window)
    dialog = open_line_as_session(qtbot, window, page, type_text, SUBJECT_TEXT)
    click_tab(qtbot, dialog.tabs, "Thông tin")
    cited = dialog.fields.cited
    assert cited.lines() == [] and not cited.remove_button.isEnabled()

    click(qtbot, cited.add_button)
    qtbot.waitUntil(lambda: isinstance(cited.last_picker, IncomingPicker))
    picker = cited.last_picker
    assert isinstance(picker, IncomingPicker)
    qtbot.waitUntil(lambda: picker.isVisible() and picker.searched_for == "", timeout=10_000)
    assert picker.model.rowCount() > 1  # the newest documents of the register
    assert picker.windowTitle() == "Chọn văn bản đến làm căn cứ"
    assert picker.hint.text() == (
        "Chọn một hay nhiều dòng (giữ Ctrl khi bấm). Dòng mờ là văn bản đã có trong căn cứ."
    )
    click_row(qtbot, picker.view, 0)
    second = picker.view.visualRect(picker.proxy.index(1, 0)).center()
    qtbot.mouseClick(
        picker.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        second,
    )
    assert len(picker.current()) == 2  # several documents may be cited at once
    type_text(picker.search, "quy phong chong thien tai 213")
    qtbot.waitUntil(lambda: picker.searched_for == "quy phong chong thien tai 213", timeout=10_000)
    assert picker.count_label.text() == "Tìm thấy 1 văn bản"
    click_row(qtbot, picker.view, 0)
    click(qtbot, picker.choose_button)
    qtbot.waitUntil(lambda: not picker.isVisible())
    assert cited.lines() == [
        [asked.arrival_number_text, "213/MTTQ-BTT", format_date(asked.doc_date), ASKED]
    ]

    # Not saved yet: "Lập kế hoạch…" saves what was typed first, then writes the plan.
    type_text(dialog.fields.scope, SCOPE)
    click_tab(qtbot, dialog.tabs, "Văn bản")
    plan = letter_from(qtbot, window, dialog.letters.form_buttons[LetterForm.PLAN])
    grounds = plan.fields.grounds.toPlainText()
    assert f"Căn cứ Văn bản số 213/MTTQ-BTT ngày {format_date(asked.doc_date)}" in grounds
    assert "về việc giám sát việc thu, chi quỹ phòng, chống thiên tai năm 2026" in grounds
    assert SCOPE in plan.body.toPlainText()
    click(qtbot, plan.close_button)
    wait_idle(qtbot, window, dialog)
    record = dialog.view.record if dialog.view else None
    assert record is not None and [c.id for c in record.cited] == [asked.id]
    assert record.scope == SCOPE

    click_tab(qtbot, dialog.tabs, "Thông tin")
    click_row(qtbot, cited.table, 0)
    click(qtbot, cited.remove_button)
    assert cited.lines() == []
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.save_button)
    wait_idle(qtbot, window, dialog)
    record = dialog.view.record if dialog.view else None
    assert record is not None and record.cited == ()
    assert cited.lines() == [] and dialog.fields.scope.toPlainText() == SCOPE
    click(qtbot, dialog.close_button)


@pytest.fixture
def viewer_window(qtbot: QtBot, demo_context: ServiceContext) -> Iterator[MainWindow]:
    """A viewer's window; the clerk made a session citing a plain and a secret document."""
    plain = _register(demo_context, ASKED, "213/MTTQ-BTT", Secrecy.NORMAL)
    secret = _register(demo_context, SECRET, "05/MTTQ-BTT", Secrecy.CONFIDENTIAL)
    made, _ = create_session(
        demo_context.factory,
        CLERK,
        SessionDraft(
            SupervisionForm.DELEGATION,
            SupervisionRole.LEAD,
            SUBJECT_TEXT,
            "UBND xã",
            cited_ids=(plain.id, secret.id),
        ),
    )
    assert len(made.cited) == 2  # the clerk sees both
    window = MainWindow(
        dataclasses.replace(demo_context, actor=Actor("xem", Role.VIEWER)), Settings.load(), "vi"
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    yield window
    window.runner.wait_for_all()


def test_a_viewer_sees_the_plain_documents_cited_not_the_secret_one(
    viewer_window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    window = viewer_window
    page = supervision_page(window)
    type_text(page.filters.search, "thien tai bau tram")
    qtbot.waitUntil(lambda: page.filters.count.text() == "1 cuộc giám sát", timeout=10_000)
    settle(window)
    click_row(qtbot, page.view, 0)
    click(qtbot, page.open_button)
    dialog = page.last_session_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.view is not None, timeout=10_000)
    wait_idle(qtbot, window, dialog)
    cited = dialog.fields.cited
    assert [line[1] for line in cited.lines()] == ["213/MTTQ-BTT"]
    assert not cited.add_button.isEnabled() and not cited.remove_button.isEnabled()
    click_tab(qtbot, dialog.tabs, "Văn bản")
    assert not any(b.isEnabled() for b in dialog.letters.form_buttons.values())
    click(qtbot, dialog.close_button)
