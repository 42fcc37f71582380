"""A session's Kiến nghị tab, clicked through on the demo office: recommendations written
after its report, sent by their letter to each body, the session then followed up.

The session is brought to "Đã báo cáo" by its step buttons; its recommendations go to the
supervised body, to its superior picked from the list and to a body typed. "Lập văn bản
kiến nghị…" asks which body's letter to write, opens it in Văn bản soạn thảo, and once it
is issued the tab shows those recommendations sent with their reply deadline and the session
at "Đang theo dõi"; the other body's stays unsent.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.letters import LetterState
from giamsat_desktop.domain.recommendations import reply_deadline
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.catalog.days_off import days_off
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.supervision.recommendation_edit import (
    BodyChooser,
    RecommendationEditDialog,
)
from tests.session_day import TODAY
from tests.ui.clicks import click, click_row, settle
from tests.ui.modals import answer_modal, press
from tests.ui.supervision.recommendation_clicks import (
    reported_session,
    wait_tab,
    write_recommendation,
)
from tests.ui.supervision.session_clicks import Typist, click_tab, issue, letter_from

SUBJECT_TEXT = "Việc thực hiện chính sách bảo hiểm y tế cho hộ cận nghèo ở ấp Bàu Cỏ"
BODY = "UBND xã"
SUPERIOR = "UBND tỉnh Tây Ninh"
OTHER = "Bảo hiểm xã hội tỉnh Tây Ninh"
FIRST = "Rà soát, cấp đủ thẻ bảo hiểm y tế cho hộ cận nghèo còn thiếu"
SECOND = "Công khai danh sách hộ được hỗ trợ tại nhà văn hóa ấp"
THIRD = "Chỉ đạo UBND xã khắc phục việc chậm cấp thẻ"
MISTAKE = "Kiến nghị ghi nhầm"


def test_recommendations_written_after_the_report_are_sent_by_the_letter_to_one_body(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    dialog = reported_session(qtbot, window, type_text, SUBJECT_TEXT, SUPERIOR)
    click_tab(qtbot, dialog.tabs, "Kiến nghị")
    tab = dialog.recommendations
    wait_tab(qtbot, window, dialog)
    assert tab.lines() == []
    assert tab.add_button.isEnabled() and not tab.letter_button.isEnabled()

    # The list offers the supervised body and its superior.
    click(qtbot, tab.add_button)
    qtbot.waitUntil(lambda: isinstance(tab.last_dialog, RecommendationEditDialog))
    edit = tab.last_dialog
    assert isinstance(edit, RecommendationEditDialog)
    qtbot.waitUntil(edit.isVisible)
    assert [edit.body.itemText(i) for i in range(edit.body.count())] == [BODY, SUPERIOR]
    click(qtbot, edit.ok_button)  # nothing written: said, nothing saved
    assert edit.problem.text() == "Hãy ghi nội dung kiến nghị."
    click(qtbot, edit.close_button)
    qtbot.waitUntil(lambda: not edit.isVisible())

    write_recommendation(qtbot, window, dialog, type_text, FIRST, BODY)
    write_recommendation(qtbot, window, dialog, type_text, SECOND, BODY)
    write_recommendation(qtbot, window, dialog, type_text, THIRD, SUPERIOR)
    write_recommendation(qtbot, window, dialog, type_text, MISTAKE, OTHER, typed=True)
    assert [line[1:4] for line in tab.lines()] == [
        [FIRST, BODY, "Chưa gửi"],
        [SECOND, BODY, "Chưa gửi"],
        [THIRD, SUPERIOR, "Chưa gửi"],
        [MISTAKE, OTHER, "Chưa gửi"],
    ]

    # Xóa: the one written by mistake, after the question.
    click_row(qtbot, tab.table, 3)
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, tab.remove_button)
    asked.check()
    wait_tab(qtbot, window, dialog)
    qtbot.waitUntil(lambda: len(tab.lines()) == 3, timeout=10_000)
    assert MISTAKE in asked.text

    # Two bodies: the clerk picks the supervised body's letter.
    before = tab.last_dialog
    click(qtbot, tab.letter_button)
    qtbot.waitUntil(lambda: tab.last_dialog is not before, timeout=10_000)
    chooser = tab.last_dialog
    assert isinstance(chooser, BodyChooser)
    qtbot.waitUntil(chooser.isVisible)
    assert chooser.lines() == [
        "UBND xã: 2 kiến nghị chưa gửi",
        "UBND tỉnh Tây Ninh: 1 kiến nghị chưa gửi",
    ]
    letter = letter_from(qtbot, window, chooser.ok_button)
    assert letter.windowTitle() == "Soạn công văn"
    assert "kiến nghị sau giám sát" in letter.subject.text()
    assert "Bàu Cỏ" in letter.subject.text()
    body = letter.body.toPlainText()
    assert FIRST in body and SECOND in body and THIRD not in body
    assert "trong thời hạn 20 ngày" in body
    assert letter.recipients.toPlainText().strip() == BODY
    told = issue(qtbot, window, letter)
    assert letter.letter is not None and letter.letter.state is LetterState.ISSUED
    symbol = letter.letter.symbol
    assert re.fullmatch(r"\d+/MTTQ-BTT", symbol), symbol
    assert f"Đã phát hành: số {symbol}" in told
    click(qtbot, letter.close_button)

    qtbot.waitUntil(lambda: dialog.step_label.text() == "Bước: Đang theo dõi", timeout=10_000)
    wait_tab(qtbot, window, dialog)
    due = format_date(reply_deadline(TODAY, days_off(demo_context.factory), 20))
    sent = format_date(TODAY)
    qtbot.waitUntil(lambda: tab.lines()[0][3] != "Chưa gửi", timeout=10_000)
    assert tab.lines() == [
        ["1", FIRST, BODY, "Đã gửi, chờ trả lời", sent, due],
        ["2", SECOND, BODY, "Đã gửi, chờ trả lời", sent, due],
        ["3", THIRD, SUPERIOR, "Chưa gửi", "", ""],
    ]
    # A sent one is neither changed nor removed any more; the superior's letter is still to write.
    click_row(qtbot, tab.table, 0)
    assert not tab.edit_button.isEnabled() and not tab.remove_button.isEnabled()
    assert tab.letter_button.isEnabled()

    click_tab(qtbot, dialog.tabs, "Quá trình")
    moves = [line[1] for line in dialog.history.lines()]
    assert moves[-2:] == ["Chuyển sang “Đã gửi kiến nghị”", "Chuyển sang “Đang theo dõi”"]
    settle(window)
    click(qtbot, dialog.close_button)
