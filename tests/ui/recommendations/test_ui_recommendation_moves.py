"""A recommendation's own moves, clicked on the demo office: resolved, closed with a reason,
a step taken back, a reply recorded twice and only the second one (which moved nothing)
removed; a session's lines shown alone; a stale save refused; a viewer reads and changes
nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.recommendations import RecommendationDraft, ReplyDraft, ReplyKind
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.recommendations import editing, replies
from giamsat_desktop.ui.common.step_dialog import StepDialog
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.recommendations.recommendation_dialog import RecommendationDialog
from giamsat_desktop.ui.recommendations.recommendation_parts import ReplyDialog
from giamsat_desktop.ui.recommendations.recommendations_model import CONTENT, STATE
from tests.services.supervision.office_sessions import CLERK
from tests.session_day import TODAY
from tests.ui.clicks import choose, click, click_row, settle
from tests.ui.modals import answer_modal, press
from tests.ui.recommendations.sent_recommendations import sent_today
from tests.ui.recommendations.test_ui_recommendations_page import (
    cell,
    open_line,
    page_of,
    wait_dialog,
)
from tests.ui.supervision.session_clicks import Typist

SUBJECT_TEXT = "Giám sát việc sửa chữa đường giao thông nông thôn ở ấp Bàu Mây"
RESOLVED = "Sửa chữa đoạn đường hư hỏng trước mùa mưa ở ấp Bàu Mây"
CLOSED = "Lắp đèn chiếu sáng đường liên ấp ở ấp Bàu Mây"
OTHER_SUBJECT = "Giám sát việc thu phí chợ ở ấp Bàu Mây"
OTHER = "Niêm yết công khai mức thu phí chợ ở ấp Bàu Mây"
WORDS = "bau may"


def _step(qtbot: QtBot, dialog: RecommendationDialog, button: QPushButton) -> StepDialog:
    before = dialog.last_step
    click(qtbot, button)
    qtbot.waitUntil(lambda: dialog.last_step is not before and dialog.last_step.isVisible())
    step = dialog.last_step
    assert isinstance(step, StepDialog)
    return step


def test_resolved_closed_undone_and_a_second_reply_removed(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    sent_today(demo_context, SUBJECT_TEXT, [RESOLVED, CLOSED])
    sent_today(demo_context, OTHER_SUBJECT, [OTHER])
    page = page_of(window)
    type_text(page.filters.search, WORDS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    settle(window)

    # Cùng cuộc giám sát: the chosen line's session's only, until Bỏ lọc.
    click_row(
        qtbot, page.view, [page.model.index(r, CONTENT).data() for r in range(3)].index(OTHER)
    )
    click(qtbot, page.same_session_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.filters.pinned_label.toolTip() == f"Đang xem: cuộc giám sát: {OTHER_SUBJECT}"
    assert page.filters.count.text() == "1 kiến nghị · 1 đang theo dõi · 0 quá hạn trả lời"
    click(qtbot, page.filters.unpin_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    assert not page.filters.unpin_button.isVisible()
    settle(window)

    # A reply that made the move cannot be removed; a second one, which moved nothing, can.
    dialog = open_line(qtbot, window, page, RESOLVED)
    for kind in ("Giải trình", "Tiếp thu"):
        click(qtbot, dialog.reply_button)
        qtbot.waitUntil(
            lambda: isinstance(dialog.last_step, ReplyDialog) and dialog.last_step.isVisible()
        )
        reply = dialog.last_step
        assert isinstance(reply, ReplyDialog)
        choose(qtbot, reply.kind, kind)
        with qtbot.waitSignal(dialog.saved, timeout=10_000):
            click(qtbot, reply.ok_button)
        wait_dialog(qtbot, window, dialog)
    assert [line[1] for line in dialog.lines("replies")] == ["Giải trình", "Tiếp thu"]
    assert not dialog.remove_reply_button.isEnabled()  # no reply chosen yet
    click_row(qtbot, dialog.replies, 0)
    assert not dialog.remove_reply_button.isEnabled()  # it answered the recommendation
    assert dialog.remove_reply_button.toolTip() == (
        "Trả lời này đã chuyển kiến nghị sang “Đã trả lời” hoặc “Đã giải quyết”: muốn bỏ nó "
        "thì bấm Hoàn lại bước…"
    )
    click_row(qtbot, dialog.replies, 1)
    assert dialog.remove_reply_button.isEnabled()
    assert dialog.remove_reply_button.toolTip() == (
        "Bỏ một trả lời ghi nhầm mà không làm đổi trạng thái kiến nghị"
    )
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.remove_reply_button)
    assert asked.check().text.strip() == f"Bỏ trả lời “Tiếp thu” ngày {format_date(TODAY)}?"
    wait_dialog(qtbot, window, dialog)
    assert [line[1] for line in dialog.lines("replies")] == ["Giải trình"]
    assert dialog.state_label.text().startswith("Trạng thái: Đã trả lời — ")  # unchanged
    click_row(qtbot, dialog.replies, 0)
    assert not dialog.remove_reply_button.isEnabled()

    # Đã giải quyết, asked first; then taken back with a reason.
    asked = answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.resolve_button)
    assert f"ngày {format_date(TODAY)}" in asked.check().text
    wait_dialog(qtbot, window, dialog)
    assert dialog.state_label.text().startswith("Trạng thái: Đã giải quyết — ")
    assert not dialog.resolve_button.isEnabled() and not dialog.close_rec_button.isEnabled()
    undo = _step(qtbot, dialog, dialog.undo_button)
    assert undo.note.text() == "Bước hoàn lại: từ “Đã giải quyết” trở về “Đã trả lời”."
    click(qtbot, undo.ok_button)
    assert undo.problem.text() == "Hãy ghi lý do."
    type_text(undo.text, "Bấm nhầm, cơ quan chưa sửa xong")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, undo.ok_button)
    wait_dialog(qtbot, window, dialog)
    assert dialog.state_label.text().startswith("Trạng thái: Đã trả lời")
    assert dialog.lines("history")[-1][1:3] == [
        "Hoàn lại về “Đã trả lời”",
        "Bấm nhầm, cơ quan chưa sửa xong",
    ]
    # The move before it was the reply's: the undo says so, and the clerk thinks again.
    undo = _step(qtbot, dialog, dialog.undo_button)
    assert undo.note.text() == (
        "Bước hoàn lại: từ “Đã trả lời” trở về “Đã gửi, chờ trả lời”. Trả lời “Giải trình” "
        f"ngày {format_date(TODAY)} đã làm nên bước này, bỏ cùng."
    )
    click(qtbot, undo.close_button)
    qtbot.waitUntil(lambda: not undo.isVisible())

    # The commitment is noted once sent; the content is not.
    type_text(dialog.fields.commitment, "Sửa xong trước 30/9")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.save_button)
    wait_dialog(qtbot, window, dialog)
    assert dialog.record is not None and dialog.record.commitment == "Sửa xong trước 30/9"
    click(qtbot, dialog.close_button)

    # Đóng kiến nghị…: with its reason, shown in the list's tooltip.
    dialog = open_line(qtbot, window, page, CLOSED)
    closing = _step(qtbot, dialog, dialog.close_rec_button)
    type_text(closing.text, "Đã đưa vào kế hoạch năm sau của xã")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, closing.ok_button)
    wait_dialog(qtbot, window, dialog)
    assert "lý do đóng: Đã đưa vào kế hoạch năm sau của xã" in dialog.state_label.text()
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: cell(page, CLOSED, STATE) == "Đã đóng", timeout=10_000)


def test_a_save_over_a_change_made_meanwhile_is_refused(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    sent = sent_today(demo_context, SUBJECT_TEXT, [RESOLVED])
    page = page_of(window)
    type_text(page.filters.search, WORDS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    settle(window)
    dialog = open_line(qtbot, window, page, RESOLVED)
    record = sent.recommendations[0]
    replies.add_reply(  # another clerk, on another computer
        demo_context.factory,
        CLERK,
        record.id,
        record.version,
        ReplyDraft(TODAY, ReplyKind.ACCEPTED),
    )
    type_text(dialog.fields.commitment, "Sửa xong trước 30/9")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.problem.text() != "", timeout=10_000)
    assert dialog.problem.text() == (
        "Kiến nghị vừa được người khác sửa trong lúc bạn đang sửa. "
        "Hãy mở lại để xem bản mới nhất rồi sửa lại."
    )
    assert dialog.fields.commitment.toPlainText() == "Sửa xong trước 30/9"  # kept
    click(qtbot, dialog.close_button)


@pytest.fixture
def viewer_window(qtbot: QtBot, demo_context: ServiceContext) -> Iterator[MainWindow]:
    """A viewer's window over the demo office, where the clerk sent one recommendation and
    wrote another."""
    sent = sent_today(demo_context, SUBJECT_TEXT, [RESOLVED])
    editing.add_recommendation(
        demo_context.factory,
        CLERK,
        RecommendationDraft(CLOSED, "UBND xã", session_id=sent.session.id),
    )
    window = MainWindow(
        dataclasses.replace(demo_context, actor=Actor("xem", Role.VIEWER)), Settings.load(), "vi"
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    yield window
    window.runner.wait_for_all()


def test_a_viewer_reads_a_recommendation_but_changes_nothing(
    viewer_window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    window = viewer_window
    page = page_of(window)
    type_text(page.filters.search, WORDS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    settle(window)
    for content in (RESOLVED, CLOSED):
        dialog = open_line(qtbot, window, page, content)
        assert dialog.viewer_note.isVisible()
        enabled = [b.text() for b in dialog.findChildren(QPushButton) if b.isEnabled()]
        assert enabled == ["Đóng"]
        assert dialog.fields.content.isReadOnly() and dialog.fields.commitment.isReadOnly()
        click(qtbot, dialog.close_button)


def test_an_unsent_recommendation_changes_its_content_and_reply_period(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    sent = sent_today(demo_context, SUBJECT_TEXT, [RESOLVED])
    editing.add_recommendation(
        demo_context.factory,
        CLERK,
        RecommendationDraft(CLOSED, "UBND tỉnh Tây Ninh", session_id=sent.session.id),
    )
    page = page_of(window)
    type_text(page.filters.search, WORDS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    settle(window)
    dialog = open_line(qtbot, window, page, CLOSED)
    assert dialog.state_label.text() == "Trạng thái: Chưa gửi"
    assert not dialog.reply_button.isEnabled()  # nothing sent, nothing to answer
    assert dialog.fields.reply_days.isEnabled() and not dialog.fields.content.isReadOnly()
    assert dialog.fields.reply_days.text() == "20 ngày"
    dialog.fields.content.setFocus()
    qtbot.keyClick(dialog.fields.content, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(dialog.fields.content, " trên tuyến liên ấp")
    dialog.fields.reply_days.setFocus()
    qtbot.keyClick(dialog.fields.reply_days, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(dialog.fields.reply_days, "30")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.save_button)
    wait_dialog(qtbot, window, dialog)
    record = dialog.record
    assert record is not None and record.reply_days == 30
    assert dialog.fields.reply_days.text() == "30 ngày"
    assert dialog.fields.content.toPlainText() == CLOSED + " trên tuyến liên ấp"
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(
        lambda: (
            page.model.rowCount() == 2
            and CLOSED + " trên tuyến liên ấp"
            in [page.model.index(r, CONTENT).data() for r in range(page.model.rowCount())]
        ),
        timeout=10_000,
    )
