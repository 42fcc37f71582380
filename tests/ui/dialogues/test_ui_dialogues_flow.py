"""A clerk records a direct dialogue on the demo office and follows its commitment.

From the navigation the clerk opens Đối thoại trực tiếp, clicks "Thêm cuộc đối thoại…",
types the day, the leader and the topic, adds two issues (one with a commitment due five
days ago, one answered on the spot), saves, and sees the dialogue in the list with its
commitment marked "quá hạn" in red. Reopened, the commitment is marked "Đã thực hiện…" with
its result; saved, the mark goes. "Lập biên bản…" writes the minutes' draft in Văn bản soạn
thảo, and a viewer reads the dialogue without a button to change it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.dialogue_records import DialogueFilter
from giamsat_desktop.domain.letters import LetterForm, LetterState
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.dialogues import letters as dialogue_letters
from giamsat_desktop.services.dialogues import queries, records
from giamsat_desktop.services.letters import drafts
from giamsat_desktop.ui.dialogues.dialogue_issues import DoneDialog, IssueDialog
from giamsat_desktop.ui.dialogues.dialogues_model import COMMITMENTS, ISSUES
from giamsat_desktop.ui.main_window import MainWindow
from tests.services.supervision.office_sessions import CLERK
from tests.session_day import TODAY
from tests.ui.clicks import click, click_for_dialog, click_row, settle
from tests.ui.dialogues.dialogue_clicks import cell, open_line, page_by_entry, topics, wait_dialog
from tests.ui.supervision.session_clicks import click_tab, letter_from

Typist = Callable[[QWidget, str], None]
TOPIC = "Sạt lở bờ kênh Xẻo Mít và nước sạch cho ấp Phú Hòa"
HELD = TODAY - dt.timedelta(days=20)
DUE = TODAY - dt.timedelta(days=5)


def test_a_dialogue_is_added_with_two_issues_and_its_overdue_commitment_marked_done(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    page = page_by_entry(qtbot, window)
    click(qtbot, page.new_button)
    qtbot.waitUntil(lambda: page.last_dialog is not None and page.last_dialog.isVisible())
    dialog = page.last_dialog
    assert dialog is not None
    type_text(dialog.fields.held, format_date(HELD))
    type_text(dialog.fields.leader, "Đồng chí Võ Văn Lâm, Chủ tịch UBND xã")
    type_text(dialog.fields.topic, TOPIC)
    type_text(dialog.fields.chair, "Nguyễn Thị Thu Hà")
    click_tab(qtbot, dialog.tabs, "Vấn đề nêu, trả lời, cam kết")

    first = click_for_dialog(qtbot, dialog.issues.add_button, IssueDialog)
    type_text(first.raised, "Bờ kênh Xẻo Mít sạt lở 50 m, nguy hiểm cho nhà dân")
    type_text(first.raised_by, "Ông Lý Văn Út, ấp Phú Hòa")
    type_text(first.answer, "Xã sẽ kè tạm bằng cừ tràm")
    type_text(first.commitment, "Kè tạm đoạn bờ kênh sạt lở")
    type_text(first.responsible, "Ủy ban nhân dân xã")
    type_text(first.due, format_date(DUE))
    click(qtbot, first.buttons.ok_button)
    qtbot.waitUntil(lambda: not first.isVisible())
    second = click_for_dialog(qtbot, dialog.issues.add_button, IssueDialog)
    click(qtbot, second.buttons.ok_button)  # nothing raised: refused, said in the dialog
    assert second.isVisible() and second.buttons.problem.text() == "Hãy ghi vấn đề Nhân dân nêu."
    type_text(second.raised, "Ấp Phú Hòa chưa có nước sạch")
    type_text(second.answer, "Đã đưa vào kế hoạch năm sau")
    click(qtbot, second.buttons.ok_button)
    qtbot.waitUntil(lambda: not second.isVisible())
    shown = dialog.issues.shown()
    assert [line[0] for line in shown] == [
        "Bờ kênh Xẻo Mít sạt lở 50 m, nguy hiểm cho nhà dân",
        "Ấp Phú Hòa chưa có nước sạch",
    ]
    assert (shown[0][5], shown[0][6], shown[1][6]) == (format_date(DUE), "Quá hạn", "")

    click(qtbot, dialog.save_button)
    wait_dialog(qtbot, window, dialog)
    assert dialog.key is not None and dialog.problem.text() == ""
    assert "1 cam kết quá hạn chưa thực hiện" in dialog.overdue_label.text()
    click(qtbot, dialog.close_button)
    settle(window)
    qtbot.waitUntil(lambda: TOPIC in topics(page), timeout=10_000)
    assert cell(page, TOPIC, ISSUES) == "2"
    assert cell(page, TOPIC, COMMITMENTS) == "0/1 · quá hạn 1"
    red = cell(page, TOPIC, COMMITMENTS, Qt.ItemDataRole.ForegroundRole)
    assert getattr(red, "name", lambda: "")() == "#b00020"

    # Reopened: the commitment marked done today, with its result, and saved.
    again = open_line(qtbot, window, page, TOPIC)
    click_tab(qtbot, again.tabs, "Vấn đề nêu, trả lời, cam kết")
    click_row(qtbot, again.issues.table, 1)
    assert not again.issues.done_button.isEnabled()  # no commitment on that line
    click_row(qtbot, again.issues.table, 0)
    done = click_for_dialog(qtbot, again.issues.done_button, DoneDialog)
    assert done.day.text() == format_date(TODAY)
    type_text(done.result, "Đã kè 50 m bằng cừ tràm")
    click(qtbot, done.buttons.ok_button)
    qtbot.waitUntil(lambda: not done.isVisible())
    assert again.issues.shown()[0][6] == f"Đã thực hiện {format_date(TODAY)}"
    click(qtbot, again.save_button)
    wait_dialog(qtbot, window, again)
    assert not again.overdue_label.isVisible()
    qtbot.waitUntil(lambda: cell(page, TOPIC, COMMITMENTS) == "1/1", timeout=10_000)
    assert cell(page, TOPIC, COMMITMENTS, Qt.ItemDataRole.ForegroundRole) is None
    stored = records.get_dialogue(demo_context.factory, CLERK, again.key or 0)
    assert stored.issues[0].issue.result == "Đã kè 50 m bằng cừ tràm"
    assert stored.issues[0].issue.done_on == TODAY

    # Lập biên bản…: the minutes' draft in Văn bản soạn thảo, kept with Lưu dự thảo.
    letter = letter_from(qtbot, window, again.minutes_button)
    assert letter.subject.text().startswith("Đối thoại trực tiếp giữa Đồng chí Võ Văn Lâm")
    assert "Ý kiến thứ 1 (Ông Lý Văn Út, ấp Phú Hòa)" in letter.body.toPlainText()
    click(qtbot, letter.save_button)
    settle(window)
    key = stored.id
    qtbot.waitUntil(
        lambda: drafts.open_draft(
            demo_context.factory, CLERK, LetterForm.MINUTES, dialogue_letters.DIALOGUE_LETTER, key
        )
        is not None,
        timeout=10_000,
    )
    kept = drafts.open_draft(
        demo_context.factory, CLERK, LetterForm.MINUTES, dialogue_letters.DIALOGUE_LETTER, key
    )
    assert kept is not None and kept.state is LetterState.DRAFT
    assert "Kè tạm đoạn bờ kênh sạt lở" in kept.content.body
    assert queries.dialogue_keys(
        demo_context.factory, CLERK, DialogueFilter(words="xeo mit phu hoa")
    ) == [key]
