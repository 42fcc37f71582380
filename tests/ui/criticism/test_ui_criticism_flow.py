"""Phản biện xã hội, clicked through on the demo office: a conference written with its three
points and warned of a late draft, walked step by step until its criticism is sent, the
drafting body's reply recorded from Văn bản đến for two points, the third overdue on a later
day and found by its filter, and the reply's move taken back with a reason.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.criticism import CriticismStep
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.ui.common.incoming_picker import IncomingPicker
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.step_dialog import StepDialog
from giamsat_desktop.ui.criticism.criticism_model import ANSWERS, DUE, FORM, STEP
from giamsat_desktop.ui.criticism.criticism_points import PointDialog
from giamsat_desktop.ui.criticism.criticism_steps import ReplyDialog
from giamsat_desktop.ui.criticism.criticism_texts import OVERDUE_COLOUR
from giamsat_desktop.ui.main_window import MainWindow
from tests.services.supervision.office_sessions import CLERK
from tests.session_day import TODAY
from tests.ui.clicks import choose, click, click_row, settle
from tests.ui.criticism.criticism_clicks import (
    BODY,
    open_line,
    page_by_entry,
    step_dialog,
    titles,
    wait_dialog,
)
from tests.ui.criticism.criticism_clicks import cell as list_cell
from tests.ui.supervision.session_clicks import Typist, click_tab

TITLE = "Dự thảo Nghị quyết về hỗ trợ người có công ở ấp Bàu Tràm"
POINTS = [
    ("Điều 3: đối tượng hỗ trợ", "Chưa gồm thân nhân liệt sĩ", "Bổ sung thân nhân liệt sĩ"),
    ("Điều 5: mức hỗ trợ", "Mức 500.000 đồng thấp", "Nâng lên 800.000 đồng"),
    ("Điều 7: thủ tục", "Hồ sơ nhiều giấy tờ", "Bỏ bản sao chứng thực"),
]
CONFERENCE = [
    CriticismStep.PLAN_ISSUED,
    CriticismStep.OPENED,
    CriticismStep.PRESENTED,
    CriticismStep.FOCUSED,
    CriticismStep.DISCUSSED,
    CriticismStep.EXPLAINED,
    CriticismStep.CONCLUDED,
    CriticismStep.SENT,
]
RECEIVED = TODAY - dt.timedelta(days=5)
SUBMIT = TODAY + dt.timedelta(days=5)
HELD = TODAY - dt.timedelta(days=1)
WORDS = "bau tram"


def _add_point(qtbot: QtBot, dialog: object, typist: Typist, texts: tuple[str, ...]) -> None:
    points = dialog.points  # type: ignore[attr-defined]
    before = points.last_dialog
    click(qtbot, points.add_button)
    qtbot.waitUntil(lambda: points.last_dialog is not before and points.last_dialog.isVisible())
    point = points.last_dialog
    assert isinstance(point, PointDialog)
    for box, text in zip((point.content, point.opinion, point.proposal), texts, strict=True):
        typist(box, text)
    click(qtbot, point.ok_button)
    qtbot.waitUntil(lambda: not point.isVisible())


def test_a_conference_is_written_sent_answered_overdue_and_a_step_undone(
    demo_window: MainWindow,
    demo_context: ServiceContext,
    qtbot: QtBot,
    type_text: Typist,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = demo_window
    reply_doc, _ = incoming.register_incoming(  # the drafting body's reply, in the register
        demo_context.factory,
        CLERK,
        IncomingDraft(
            TODAY,
            BODY,
            "Về việc tiếp thu, giải trình ý kiến phản biện dự thảo ở ấp Bàu Tràm",
            symbol="88/UBND-VP",
            doc_date=TODAY,
        ),
    )
    page = page_by_entry(qtbot, window)
    type_text(page.filters.search, WORDS)  # the demo office's own sessions left aside
    qtbot.waitUntil(lambda: page.filters.count.text() == "0 cuộc phản biện", timeout=10_000)

    # Thêm cuộc phản biện… (Ctrl+N): the draft, its days (warned: 10 days only), its three points.
    window.activateWindow()
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.last_dialog is not None and page.last_dialog.isVisible())
    dialog = page.last_dialog
    assert dialog is not None
    wait_dialog(qtbot, window, dialog)
    assert dialog.windowTitle() == "Cuộc phản biện xã hội mới"
    assert not dialog.move_buttons and not dialog.undo_button.isEnabled()
    fields = dialog.fields
    type_text(fields.title, TITLE)
    type_text(fields.body, BODY)
    type_text(fields.received, format_date(RECEIVED))
    assert not fields.late.isVisible()  # no submission day yet
    type_text(fields.submit, format_date(SUBMIT))
    assert fields.late.isVisible()
    assert fields.late.text() == (
        f"Dự thảo đến ngày {format_date(RECEIVED)}, chỉ 10 ngày trước ngày trình "
        f"{format_date(SUBMIT)}: Luật MTTQ Điều 36 đòi gửi dự thảo ít nhất 15 ngày trước "
        "khi trình."
    )
    type_text(fields.held, format_date(HELD))
    type_text(fields.chair, "Nguyễn Thị Thu Hà")
    click_tab(qtbot, dialog.tabs, "Nội dung phản biện")
    for texts in (POINTS[0], POINTS[2], POINTS[1]):
        _add_point(qtbot, dialog, type_text, texts)
    click_row(qtbot, dialog.points.table, 2)
    click(qtbot, dialog.points.up_button)  # Điều 5 before Điều 7
    assert [line[0] for line in dialog.points.shown()] == [p[0] for p in POINTS]
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.save_button)
    wait_dialog(qtbot, window, dialog)
    record = dialog.record
    assert record is not None and [p.content for p in record.points] == [p[0] for p in POINTS]
    assert dialog.windowTitle() == f"Phản biện xã hội — Mã số {record.id}"
    assert dialog.step_label.text() == "Bước: Dự kiến"
    click_tab(qtbot, dialog.tabs, "Thông tin")
    assert dialog.fields.late.isVisible()  # still said once saved
    assert dialog.fields.late.text().startswith(f"Dự thảo đến ngày {format_date(RECEIVED)}")

    # Step by step, as the conference goes, until the criticism is sent.
    for step in CONFERENCE:
        button = dialog.move_button(step)
        assert button is not None, [b.text() for b in dialog.move_buttons]
        assert len(dialog.move_buttons) == 1  # the next step of a conference, no other
        assert button.text() == f"Chuyển sang: {label(step)}"
        move = step_dialog(qtbot, dialog, button)
        assert isinstance(move, StepDialog)
        with qtbot.waitSignal(dialog.saved, timeout=10_000):
            click(qtbot, move.ok_button)
        wait_dialog(qtbot, window, dialog)
    assert dialog.step_label.text() == (
        f"Bước: Đã gửi văn bản phản biện — gửi ngày {format_date(TODAY)} — hạn trả lời "
        f"{format_date(SUBMIT)}"
    )
    assert not dialog.overdue_label.isVisible()
    assert not dialog.move_buttons  # the reply moves it on, or Kết thúc
    assert dialog.finish_button.isEnabled() and dialog.cancel_button.isEnabled()
    click_tab(qtbot, dialog.tabs, "Nội dung phản biện")
    assert not dialog.points.add_button.isVisible()
    assert dialog.points.note.text().startswith("Văn bản phản biện đã gửi")

    # The drafting body's reply, picked from Văn bản đến: two points answered.
    reply = step_dialog(qtbot, dialog, dialog.reply_button)
    assert isinstance(reply, ReplyDialog)
    click(qtbot, reply.pick_button)
    qtbot.waitUntil(lambda: isinstance(reply.last_picker, IncomingPicker))
    picker = reply.last_picker
    assert isinstance(picker, IncomingPicker)
    qtbot.waitUntil(lambda: picker.isVisible() and picker.searched_for == "", timeout=10_000)
    type_text(picker.search, "giai trinh y kien phan bien bau tram")
    qtbot.waitUntil(
        lambda: picker.searched_for == "giai trinh y kien phan bien bau tram", timeout=10_000
    )
    assert picker.count_label.text() == "Tìm thấy 1 văn bản"
    click_row(qtbot, picker.view, 0)
    click(qtbot, picker.choose_button)
    qtbot.waitUntil(lambda: not picker.isVisible())
    assert reply.document_label.text().startswith(f"Số 88/UBND-VP ngày {format_date(TODAY)}")
    choose(qtbot, reply.answers[0], "Tiếp thu")
    choose(qtbot, reply.answers[1], "Giải trình")
    type_text(reply.explanations[1], "Ngân sách xã chưa cân đối được")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, reply.ok_button)
    wait_dialog(qtbot, window, dialog)
    assert dialog.step_label.text().startswith("Bước: Đã nhận văn bản trả lời — ")
    assert f"trả lời bằng văn bản số {reply_doc.symbol} ngày" in dialog.step_label.text()
    assert [line[3:] for line in dialog.points.shown()] == [
        ["Tiếp thu", ""],
        ["Giải trình", "Ngân sách xã chưa cân đối được"],
        ["", ""],
    ]
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: list_cell(page, TITLE, ANSWERS) == "2/3 nội dung", timeout=10_000)
    settle(window)
    assert list_cell(page, TITLE, FORM) == "Hội nghị phản biện"
    assert list_cell(page, TITLE, STEP) == "Đã nhận văn bản trả lời"
    assert list_cell(page, TITLE, DUE) == format_date(SUBMIT)
    assert page.filters.count.text() == ("1 cuộc · 3 nội dung, 1 được tiếp thu · 0 quá hạn trả lời")
    assert page.filters.count.toolTip() == (
        "Theo hình thức: 1 hội nghị, 0 gửi dự thảo, 0 đối thoại"
    )

    # Three days past the deadline: the point left unanswered is overdue, in red.
    late = SUBMIT + dt.timedelta(days=3)
    monkeypatch.setattr(clock, "today", lambda: late)
    choose(qtbot, page.filters.step, "Quá hạn trả lời")
    qtbot.waitUntil(lambda: page.filters.count.text().endswith("· 1 quá hạn trả lời"))
    settle(window)
    assert titles(page) == [TITLE]
    assert list_cell(page, TITLE, ANSWERS, Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert list_cell(page, TITLE, DUE, Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    note = f"Hạn trả lời {format_date(SUBMIT)}, đã quá 3 ngày mà còn 1 nội dung chưa được trả lời."
    assert list_cell(page, TITLE, ANSWERS, Qt.ItemDataRole.ToolTipRole) == note
    choose(qtbot, page.filters.step, "Đã hủy")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    choose(qtbot, page.filters.step, "Quá hạn trả lời")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    settle(window)

    # The reply recorded by mistake on this session: taken back, with a reason.
    dialog = open_line(qtbot, window, page, TITLE)
    assert dialog.overdue_label.isVisible() and dialog.overdue_label.text() == note
    undo = step_dialog(qtbot, dialog, dialog.undo_button)
    assert isinstance(undo, StepDialog)
    assert undo.note.text() == (
        "Bước hoàn lại: từ “Đã nhận văn bản trả lời” trở về “Đã gửi văn bản phản biện”. Văn "
        "bản trả lời và các câu trả lời từng nội dung được bỏ cùng."
    )
    click(qtbot, undo.ok_button)
    assert undo.problem.text() == "Hãy ghi lý do."
    type_text(undo.text, "Ghi nhầm văn bản của cuộc khác")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, undo.ok_button)
    wait_dialog(qtbot, window, dialog)
    assert dialog.step_label.text().startswith("Bước: Đã gửi văn bản phản biện — ")
    assert dialog.history_lines()[-1][:3] == [
        format_date(late),
        "Hoàn lại về “Đã gửi văn bản phản biện”",
        "Ghi nhầm văn bản của cuộc khác",
    ]
    assert [line[3] for line in dialog.points.shown()] == ["", "", ""]
    assert dialog.overdue_label.text() == note.replace("còn 1 nội dung", "còn 3 nội dung")
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: list_cell(page, TITLE, ANSWERS) == "0/3 nội dung", timeout=10_000)
