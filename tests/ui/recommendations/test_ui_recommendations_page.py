"""Kiến nghị, clicked through on the demo office: a reply recorded from Văn bản đến, an
overdue reply shown in red and found by its filter, chased and escalated by their letters.

The recommendations were sent today by their letter (made through the services, as another
clerk would). The clerk finds them by words without accents, records the body's reply from
the incoming register, then, with the calendar moved past the deadline, finds the one left
unanswered under "Quá hạn trả lời", chases it and escalates it to the Front one level up.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.common.incoming_picker import IncomingPicker
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.recommendations.recommendation_dialog import RecommendationDialog
from giamsat_desktop.ui.recommendations.recommendation_parts import ReplyDialog
from giamsat_desktop.ui.recommendations.recommendation_texts import OVERDUE_COLOUR
from giamsat_desktop.ui.recommendations.recommendations_model import (
    BODY,
    CONTENT,
    DUE,
    REPLY,
    SENT,
    SESSION,
    STATE,
)
from giamsat_desktop.ui.recommendations.recommendations_page import RecommendationsPage
from tests.session_day import TODAY
from tests.ui.clicks import choose, click, click_row, menu_action, settle
from tests.ui.recommendations.sent_recommendations import (
    BODY as BODY_NAME,
)
from tests.ui.recommendations.sent_recommendations import (
    reply_document,
    sent_today,
)
from tests.ui.supervision.session_clicks import Typist, issue, letter_from

SUBJECT_TEXT = "Giám sát việc chi trả trợ cấp xã hội ở ấp Bàu Sen"
ANSWERED = "Rà soát, chi trả đủ trợ cấp còn chậm ở ấp Bàu Sen"
UNANSWERED = "Công khai danh sách người hưởng trợ cấp ở ấp Bàu Sen"
WORDS = "bau sen"


def page_of(window: MainWindow) -> RecommendationsPage:
    """Đi đến → Kiến nghị."""
    menu_action(window, "Đi đến", "Kiến nghị").trigger()
    settle(window)
    page = window.pages["recommendations"]
    assert isinstance(page, RecommendationsPage)
    return page


def row_of(page: RecommendationsPage, content: str) -> int:
    """The row showing ``content``."""
    rows = [
        r for r in range(page.model.rowCount()) if page.model.index(r, CONTENT).data() == content
    ]
    assert rows, [page.model.index(r, CONTENT).data() for r in range(page.model.rowCount())]
    return rows[0]


def cell(page: RecommendationsPage, content: str, column: int, role: int = 0) -> object:
    """What the list shows of ``content``'s recommendation in ``column``."""
    return page.model.index(row_of(page, content), column).data(role)


def open_line(
    qtbot: QtBot, window: MainWindow, page: RecommendationsPage, content: str
) -> RecommendationDialog:
    """Double-click the line of ``content``: its dialog, read."""
    before = page.last_dialog
    index = page.model.index(row_of(page, content), CONTENT)
    page.view.scrollTo(index)
    where = page.view.visualRect(index).center()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: page.last_dialog is not before and page.last_dialog is not None)
    dialog = page.last_dialog
    assert dialog is not None
    wait_dialog(qtbot, window, dialog)
    return dialog


def wait_dialog(qtbot: QtBot, window: MainWindow, dialog: RecommendationDialog) -> None:
    """Let the dialog finish its write and read the recommendation again."""
    settle(window)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.record is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    settle(window)


def test_a_reply_is_recorded_then_the_unanswered_one_is_overdue_chased_and_escalated(
    demo_window: MainWindow,
    demo_context: ServiceContext,
    qtbot: QtBot,
    type_text: Typist,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = demo_window
    sent = sent_today(demo_context, SUBJECT_TEXT, [ANSWERED, UNANSWERED])
    document = reply_document(
        demo_context, "52/UBND-VP", "Về việc trả lời kiến nghị sau giám sát ở ấp Bàu Sen"
    )
    due = format_date(sent.due)
    page = page_of(window)
    type_text(page.filters.search, WORDS)
    qtbot.waitUntil(
        lambda: page.filters.count.text() == "2 kiến nghị · 2 đang theo dõi · 0 quá hạn trả lời",
        timeout=10_000,
    )
    settle(window)
    for content in (ANSWERED, UNANSWERED):
        assert cell(page, content, BODY) == BODY_NAME
        assert cell(page, content, SESSION) == SUBJECT_TEXT
        assert cell(page, content, SENT) == format_date(TODAY)
        assert cell(page, content, DUE) == due
        assert cell(page, content, STATE) == "Đã gửi, chờ trả lời"
        assert cell(page, content, REPLY) == ""

    # The body's reply, picked from Văn bản đến.
    dialog = open_line(qtbot, window, page, ANSWERED)
    assert dialog.windowTitle() == f"Kiến nghị — Mã số {sent.recommendations[0].id}"
    assert dialog.state_label.text() == (
        f"Trạng thái: Đã gửi, chờ trả lời — gửi bằng văn bản số {sent.letter.symbol} ngày "
        f"{format_date(TODAY)} — hạn trả lời {due}"
    )
    assert dialog.chase_button.isVisible() and not dialog.chase_button.isEnabled()
    assert not dialog.escalate_button.isEnabled()  # not overdue
    assert dialog.fields.content.isReadOnly()  # sent: its letter fixed it
    click(qtbot, dialog.reply_button)
    qtbot.waitUntil(lambda: isinstance(dialog.last_step, ReplyDialog))
    reply = dialog.last_step
    assert isinstance(reply, ReplyDialog)
    qtbot.waitUntil(reply.isVisible)
    click(qtbot, reply.pick_button)
    qtbot.waitUntil(lambda: isinstance(reply.last_picker, IncomingPicker))
    picker = reply.last_picker
    assert isinstance(picker, IncomingPicker)
    qtbot.waitUntil(lambda: picker.isVisible() and picker.searched_for == "", timeout=10_000)
    assert picker.windowTitle() == "Chọn văn bản trả lời trong sổ văn bản đến"
    assert picker.hint.text() == (
        "Chọn dòng của văn bản trả lời; gõ số, ký hiệu hay vài chữ để tìm."
    )
    assert picker.current() == [] and not picker.choose_button.isEnabled()  # none taken unseen
    click_row(qtbot, picker.view, 0)
    second = picker.view.visualRect(picker.proxy.index(1, 0)).center()
    qtbot.mouseClick(
        picker.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        second,
    )
    assert len(picker.current()) == 1  # one reply, one document: Ctrl adds no second line
    type_text(picker.search, "tra loi kien nghi bau sen")
    qtbot.waitUntil(lambda: picker.searched_for == "tra loi kien nghi bau sen", timeout=10_000)
    assert picker.count_label.text() == "Tìm thấy 1 văn bản"
    click_row(qtbot, picker.view, 0)
    click(qtbot, picker.choose_button)
    qtbot.waitUntil(lambda: not picker.isVisible())
    assert reply.document_label.text().startswith(f"Số 52/UBND-VP ngày {format_date(TODAY)}")
    choose(qtbot, reply.kind, "Tiếp thu")
    type_text(reply.notes, "Hoàn thành chi trả trong tháng")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, reply.ok_button)
    wait_dialog(qtbot, window, dialog)
    assert dialog.state_label.text().startswith("Trạng thái: Đã trả lời — ")
    assert dialog.lines("replies") == [
        [format_date(TODAY), "Tiếp thu", document.symbol, "Hoàn thành chi trả trong tháng"]
    ]
    assert dialog.lines("history")[-1][1] == "Chuyển sang “Đã trả lời”"
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: cell(page, ANSWERED, STATE) == "Đã trả lời", timeout=10_000)
    assert cell(page, ANSWERED, REPLY) == f"Tiếp thu, {format_date(TODAY)}"

    # Three days past the deadline: the unanswered one is overdue, in red.
    late = sent.due + dt.timedelta(days=3)
    monkeypatch.setattr(clock, "today", lambda: late)
    choose(qtbot, page.filters.state, "Quá hạn trả lời")
    qtbot.waitUntil(
        lambda: page.filters.count.text() == "1 kiến nghị · 1 đang theo dõi · 1 quá hạn trả lời",
        timeout=10_000,
    )
    settle(window)
    assert page.model.rowCount() == 1
    assert cell(page, UNANSWERED, STATE) == "Quá hạn trả lời"
    assert cell(page, UNANSWERED, STATE, Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert cell(page, UNANSWERED, DUE, Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert cell(page, UNANSWERED, STATE, Qt.ItemDataRole.ToolTipRole) == (
        f"Hạn trả lời {due}, đã quá 3 ngày mà chưa có văn bản trả lời."
    )

    dialog = open_line(qtbot, window, page, UNANSWERED)
    assert dialog.overdue_label.isVisible()
    assert dialog.overdue_label.text() == (
        f"Hạn trả lời {due}, đã quá 3 ngày mà chưa có văn bản trả lời."
    )
    assert dialog.state_label.text().startswith("Trạng thái: Quá hạn trả lời — ")

    # Lập văn bản đôn đốc…: issued, the history notes it; the state stays.
    chase = letter_from(qtbot, window, dialog.chase_button)
    assert "đôn đốc trả lời kiến nghị sau" in chase.subject.text()
    assert chase.recipients.toPlainText().strip() == BODY_NAME
    assert UNANSWERED in chase.body.toPlainText()
    issue(qtbot, window, chase)
    click(qtbot, chase.close_button)
    qtbot.waitUntil(lambda: dialog.lines("history")[-1][1] == "Đôn đốc trả lời", timeout=10_000)
    wait_dialog(qtbot, window, dialog)
    assert dialog.record is not None and dialog.record.state.value == "da_gui"

    # Lập văn bản kiến nghị cấp trên…: issued, it is escalated, still overdue.
    escalation = letter_from(qtbot, window, dialog.escalate_button)
    assert "kiến nghị chưa được trả lời sau" in escalation.subject.text()
    assert escalation.recipients.toPlainText().startswith("Ban Thường trực")
    assert UNANSWERED in escalation.body.toPlainText()
    issue(qtbot, window, escalation)
    assert escalation.letter is not None
    symbol = escalation.letter.symbol
    click(qtbot, escalation.close_button)
    qtbot.waitUntil(
        lambda: dialog.state_label.text().startswith("Trạng thái: Đã kiến nghị cấp trên"),
        timeout=10_000,
    )
    wait_dialog(qtbot, window, dialog)
    assert f"kiến nghị cấp trên ngày {format_date(late)}" in dialog.state_label.text()
    assert dialog.lines("history")[-1][1:3] == [
        "Chuyển sang “Đã kiến nghị cấp trên”",
        f"Văn bản số {symbol}",
    ]
    assert not dialog.escalate_button.isEnabled()  # once is enough
    assert dialog.chase_button.isEnabled()  # still no reply
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(
        lambda: cell(page, UNANSWERED, STATE) == "Đã kiến nghị cấp trên", timeout=10_000
    )
    assert cell(page, UNANSWERED, STATE, Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert page.filters.count.text() == "1 kiến nghị · 1 đang theo dõi · 1 quá hạn trả lời"
