"""Cài đặt → Thời hạn giám sát và kiến nghị as a clerk uses it, and what the saved days change."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.recommendations import RecommendationDraft
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.criticism import settings as criticism_settings
from giamsat_desktop.services.recommendations import editing
from giamsat_desktop.services.recommendations import settings as recommendation_settings
from giamsat_desktop.services.supervision import settings as supervision_settings
from giamsat_desktop.services.supervision.records import get_session
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.settings.lead_days_box import LeadDaysBox
from tests.services.supervision.office_sessions import CLERK, DRAFT, make
from tests.ui.clicks import click, settle
from tests.ui.settings.settings_window import open_settings

Typist = Callable[[QWidget, str], None]
ROWS = [
    "Gửi kế hoạch, quyết định trước buổi làm việc đầu tiên:",
    "Báo cáo kết quả sau buổi làm việc cuối cùng:",
    "Hạn trả lời kiến nghị sau khi gửi:",
    "Hạn trả lời phản biện sau khi gửi:",
]


def _box(window: MainWindow) -> LeadDaysBox:
    """Cài đặt's box of lead times, right after the days off."""
    page = open_settings(window)
    box = page.lead_days_box
    assert box.title() == "Thời hạn giám sát và kiến nghị" and box.isVisible()
    layout = box.parentWidget().layout()
    assert layout.indexOf(box) == layout.indexOf(page.days_off_box) + 1
    assert [s.label.text() for s in box.settings()] == ROWS
    return box


def _type_days(qtbot: QtBot, type_text: Typist, spin: QSpinBox, days: int, enter: bool) -> None:
    """Select the number in the spin box and type another (then Enter, or just stop)."""
    spin.lineEdit().selectAll()
    type_text(spin.lineEdit(), str(days))
    if enter:
        qtbot.keyClick(spin, "\r")


def test_the_four_numbers_are_kept_for_the_office_and_count_from_then(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    held = make(context)  # a delegation led by the Front: plan and decision due 15 days before
    assert get_session(context.factory, CLERK, held.id).lead_times.notice_due == (
        DRAFT.planned_start - dt.timedelta(days=15)
    )
    box = _box(window)
    spins = [s.spin for s in box.settings()]
    assert [s.value() for s in spins] == [15, 15, 20, 30]
    assert all(s.isEnabled() and s.suffix() == " ngày" for s in spins)
    assert [s.minimum() for s in spins] == [1, 1, 5, 5]
    assert [s.maximum() for s in spins] == [90, 90, 90, 90]
    page = window.pages["settings"]

    with qtbot.waitSignal(page.changed) as notice_saved:
        _type_days(qtbot, type_text, box.notice_setting.spin, 10, enter=True)
    settle(window)
    assert box.notice_setting.status.text() == "Đã lưu."
    assert supervision_settings.notice_days(context.factory) == 10
    changes = notice_saved.args[0]
    assert isinstance(changes, Changes) and changes.touches(Area.SUPERVISION)
    assert get_session(context.factory, CLERK, held.id).lead_times.notice_due == (
        DRAFT.planned_start - dt.timedelta(days=10)
    )

    _type_days(qtbot, type_text, box.report_setting.spin, 20, enter=False)  # kept after a pause
    assert box.report_setting.status.text() == ""
    qtbot.waitUntil(lambda: box.report_setting.status.text() == "Đã lưu.", timeout=5000)
    settle(window)
    assert supervision_settings.report_days(context.factory) == 20

    with qtbot.waitSignal(page.changed) as reply_saved:
        _type_days(qtbot, type_text, box.reply_setting.spin, 30, enter=True)
    settle(window)
    assert box.reply_setting.status.text() == "Đã lưu."
    assert recommendation_settings.reply_days(context.factory) == 30
    assert reply_saved.args[0].touches(Area.RECOMMENDATIONS)
    written, _ = editing.add_recommendation(
        context.factory,
        CLERK,
        RecommendationDraft("Rà soát, cấp đủ thẻ", held.supervised_body, session_id=held.id),
    )
    assert written.reply_days == 30

    with qtbot.waitSignal(page.changed) as answer_saved:
        _type_days(qtbot, type_text, box.answer_setting.spin, 45, enter=True)
    settle(window)
    assert box.answer_setting.status.text() == "Đã lưu."
    assert criticism_settings.answer_days(context.factory) == 45
    assert answer_saved.args[0].touches(Area.CRITICISM)
    assert [s.value() for s in spins] == [10, 20, 30, 45]  # read again after each save


def test_the_criticism_deadline_is_counted_in_days_once_the_box_is_cleared(
    window: MainWindow, context: ServiceContext, qtbot: QtBot
) -> None:
    box = _box(window)
    check = box.by_submission
    qtbot.waitUntil(check.isEnabled)
    assert check.isChecked()  # the submission day, as Luật MTTQ Điều 36 wants it
    page = window.pages["settings"]
    with qtbot.waitSignal(page.changed) as saved:
        click(qtbot, check)
    settle(window)
    assert box.by_submission_status.text() == "Đã lưu."
    assert not criticism_settings.by_submission(context.factory)
    assert saved.args[0].touches(Area.CRITICISM)
    assert not check.isChecked()
    with qtbot.waitSignal(page.changed):
        click(qtbot, check)
    settle(window)
    assert criticism_settings.by_submission(context.factory) and check.isChecked()


def test_a_number_saved_on_another_pc_shows_once_the_page_refreshes(
    window: MainWindow, context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    box = _box(window)
    supervision_settings.set_report_days(context.factory, Actor("vanthu2", Role.CLERK), 12)
    assert box.report_setting.spin.value() == 15  # not read yet
    _type_days(qtbot, type_text, box.reply_setting.spin, 25, enter=True)
    settle(window)
    assert box.reply_setting.status.text() == "Đã lưu."
    assert [s.spin.value() for s in box.settings()] == [15, 12, 25, 30]
    assert box.report_setting.status.text() == ""


def test_a_viewer_reads_the_numbers_and_cannot_change_them(
    context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    supervision_settings.set_notice_days(context.factory, CLERK, 7)
    recommendation_settings.set_reply_days(context.factory, CLERK, 15)
    window = MainWindow(
        dataclasses.replace(context, actor=Actor("xem", Role.VIEWER)), Settings.load(), "vi"
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    box = _box(window)
    assert [s.spin.value() for s in box.settings()] == [7, 15, 15, 30]
    assert not any(s.spin.isEnabled() for s in box.settings())
    assert box.by_submission.isChecked() and not box.by_submission.isEnabled()
    type_text(box.notice_setting.spin.lineEdit(), "9")
    settle(window)
    assert supervision_settings.notice_days(context.factory) == 7
    window.runner.wait_for_all()
