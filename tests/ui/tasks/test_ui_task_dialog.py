"""A task's own dialog, as a clerk follows one task from the Nhiệm vụ page.

Progress, completion with the organisation's report letter picked from the register, a
pause refused without a reason, an extension, an undo, a save refused because another PC
changed the task meanwhile, a standing task's reports, and a viewer who only reads.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.deadlines import ReportPeriod
from giamsat_desktop.domain.tasks import TaskDraft, TaskState
from giamsat_desktop.domain.text import fold
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.tasks import assign, moves, records
from giamsat_desktop.services.tasks.standing import report_schedule
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.tasks.task_dialog import TaskDialog
from giamsat_desktop.ui.tasks.task_steps import StepDialog
from giamsat_desktop.ui.tasks.task_texts import LATE_COLOUR
from giamsat_desktop.ui.tasks.tasks_page import TasksPage
from tests.ui.clicks import click, click_row, menu_action, settle

Typist = Callable[[QWidget, str], None]
CLERK = Actor("vanthu", Role.CLERK)
WORDS = "Bau Tram"
"""Folded words found only in the task each test gives."""
CONTENT = "Vận động hội viên thôn Bàu Trâm tham gia bảo hiểm y tế hộ gia đình"


def _farmers(context: ServiceContext) -> tuple[int, str]:
    found = next(
        o for o in list_organizations(context.factory) if "nong dan" in fold(o.name) and o.active
    )
    return found.id, found.name


def _give(
    context: ServiceContext,
    deadline: dt.date | None = None,
    period: ReportPeriod | None = None,
) -> int:
    """One task of Hội Nông dân about Bàu Trâm, with a deadline or a reporting period."""
    farmers, _name = _farmers(context)
    [task], _ = assign.assign_tasks(
        context.factory,
        CLERK,
        [TaskDraft(CONTENT, farmers, (), "Lê Văn Tâm", deadline, period)],
    )
    return task.id


def _page(window: MainWindow, qtbot: QtBot, type_text: Typist) -> TasksPage:
    """Nhiệm vụ, searched down to the one task of this test."""
    menu_action(window, "Đi đến", "Nhiệm vụ").trigger()
    page = window.pages["tasks"]
    assert isinstance(page, TasksPage)
    settle(window)
    page.refresh()
    settle(window)
    page.filters.search.clear()
    type_text(page.filters.search, WORDS)
    qtbot.waitUntil(lambda: page.filters.count.text() == "1 nhiệm vụ", timeout=10_000)
    settle(window)
    return page


def _open(window: MainWindow, qtbot: QtBot, type_text: Typist) -> TaskDialog:
    """Select the task's line and click Mở…; its dialog, read."""
    page = _page(window, qtbot, type_text)
    click_row(qtbot, page.view, 0)
    button = page.findChild(QPushButton, "openTaskButton")
    assert button is not None
    click(qtbot, button)
    dialog = page.last_task_dialog
    assert isinstance(dialog, TaskDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.view is not None, timeout=10_000)
    settle(window)
    return dialog


def _step(qtbot: QtBot, dialog: TaskDialog, button: QPushButton) -> StepDialog:
    """Click a step's button; the small dialog it opens."""
    before = dialog.last_step
    click(qtbot, button)
    qtbot.waitUntil(
        lambda: dialog.last_step is not before
        and dialog.last_step is not None
        and dialog.last_step.isVisible()
    )
    assert dialog.last_step is not None
    return dialog.last_step


def _save(qtbot: QtBot, window: MainWindow, dialog: TaskDialog, step: StepDialog) -> None:
    """Click the step's own button and wait for the task read again."""
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, step.ok_button)
    qtbot.waitUntil(lambda: not step.isVisible())
    settle(window)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def _type_date(type_text: Typist, field: QWidget, day: dt.date) -> None:
    field.clear()  # type: ignore[attr-defined]
    type_text(field, day.strftime("%d/%m/%Y"))


def test_recording_progress_starts_the_task_and_shows_it(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window, today = demo_window, clock.today()
    task = _give(demo_context, today + dt.timedelta(days=10))
    dialog = _open(window, qtbot, type_text)
    assert dialog.content.text() == CONTENT
    assert dialog.lead_label.text() == _farmers(demo_context)[1]
    assert dialog.responsible_label.text() == "Lê Văn Tâm"
    assert dialog.state_label.text() == "Chưa thực hiện"
    assert dialog.deadline_label.text().endswith("— còn 10 ngày")
    assert not dialog.resume_button.isEnabled() and not dialog.undo_button.isEnabled()

    step = _step(qtbot, dialog, dialog.progress_button)
    assert step.windowTitle() == "Ghi tiến độ"
    step.percent.selectAll()
    type_text(step.percent, "60")
    type_text(step.note, "Đã vận động 42 hộ")
    _save(qtbot, window, dialog, step)

    qtbot.waitUntil(lambda: dialog.state_label.text() == "Đang thực hiện")
    assert dialog.progress_bar.text() == "60 %"
    lines = dialog.history_lines()
    assert lines[-1] == f"{format_date(today)} | Ghi tiến độ: 60 % | Đã vận động 42 hộ | hệ thống"
    assert "Bắt đầu thực hiện" in lines[-2]
    kept = records.get_task(demo_context.factory, CLERK, task)
    assert (kept.state, kept.progress) == (TaskState.IN_PROGRESS, 60)
    # The page's line follows.
    page = window.pages["tasks"]
    assert isinstance(page, TasksPage)
    qtbot.waitUntil(lambda: getattr(page.model.record(0), "progress", None) == 60)


def test_completing_late_with_the_report_letter_picked_in_the_register(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window, today = demo_window, clock.today()
    deadline = today - dt.timedelta(days=2)
    task = _give(demo_context, deadline)
    dialog = _open(window, qtbot, type_text)
    assert dialog.deadline_label.text() == f"{format_date(deadline)} — quá hạn 2 ngày"
    assert LATE_COLOUR in dialog.deadline_label.styleSheet()

    step = _step(qtbot, dialog, dialog.done_button)
    assert step.date.text() == format_date(today)  # done today by default
    click(qtbot, step.pick_button)
    qtbot.waitUntil(lambda: step.last_picker is not None and step.last_picker.isVisible())
    picker = step.last_picker
    assert picker is not None
    type_text(picker.search, "hoi nong dan bao cao")
    click(qtbot, picker.search_button)
    qtbot.waitUntil(lambda: picker.searched_for == "hoi nong dan bao cao", timeout=10_000)
    found = [picker.model.record(r) for r in range(picker.model.rowCount())]
    assert found, picker.count_label.text()
    assert all(
        {"nong", "dan", "bao", "cao"}
        <= set(re.findall(r"\w+", fold(f"{r.issuer} {r.subject} {r.instruction} {r.notes}")))
        for r in found
    )
    row = next(r for r, record in enumerate(found) if "nong dan" in fold(record.issuer))
    click_row(qtbot, picker.view, row)
    assert picker.current() == [found[row]]
    letter = found[row]
    click(qtbot, picker.choose_button)
    qtbot.waitUntil(lambda: not picker.isVisible())
    assert letter.subject in step.report_label.text()
    type_text(step.note, "Hội báo cáo đã vận động xong")
    _save(qtbot, window, dialog, step)

    qtbot.waitUntil(lambda: dialog.state_label.text() == "Hoàn thành")
    assert dialog.done_label.text() == f"{format_date(today)} — hoàn thành quá hạn 2 ngày"
    assert LATE_COLOUR in dialog.done_label.styleSheet()
    assert letter.symbol in dialog.report_label.text()
    assert letter.subject in dialog.report_label.text()
    assert dialog.progress_bar.text() == "100 %"
    assert dialog.history_lines()[-1].startswith(f"{format_date(today)} | Hoàn thành | Hội báo")
    done = records.get_task(demo_context.factory, CLERK, task)
    assert done.report_id == letter.id and done.done_late()
    # Done, nothing but the undo is left to do.
    assert [b.text() for b in dialog.write_buttons if b.isEnabled()] == [
        "Hoàn tác bước vừa rồi…"
    ]


def test_a_pause_needs_a_reason_and_the_task_goes_on_with_tiep_tuc(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    task = _give(demo_context, clock.today() + dt.timedelta(days=5))
    dialog = _open(window, qtbot, type_text)
    step = _step(qtbot, dialog, dialog.pause_button)
    click(qtbot, step.ok_button)
    qtbot.waitUntil(lambda: step.problem.text() != "", timeout=10_000)
    assert step.problem.text() == "Chưa nhập lý do."
    assert step.isVisible()
    assert records.get_task(demo_context.factory, CLERK, task).state is TaskState.NOT_STARTED

    type_text(step.note, "Chờ sau mùa gặt")
    _save(qtbot, window, dialog, step)
    qtbot.waitUntil(lambda: dialog.state_label.text() == "Tạm dừng")
    assert dialog.history_lines()[-1].split(" | ")[1:3] == ["Tạm dừng", "Chờ sau mùa gặt"]
    assert dialog.resume_button.isEnabled() and not dialog.pause_button.isEnabled()

    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.resume_button)
    qtbot.waitUntil(lambda: dialog.state_label.text() == "Đang thực hiện")
    assert "Tiếp tục thực hiện" in dialog.history_lines()[-1]
    assert records.get_task(demo_context.factory, CLERK, task).state is TaskState.IN_PROGRESS


def test_cancelling_keeps_the_reason_and_closes_the_task(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    task = _give(demo_context, clock.today() + dt.timedelta(days=5))
    dialog = _open(window, qtbot, type_text)
    step = _step(qtbot, dialog, dialog.cancel_button)
    assert step.windowTitle() == "Hủy nhiệm vụ"
    type_text(step.note, "Trùng với nhiệm vụ giao tháng trước")
    _save(qtbot, window, dialog, step)
    qtbot.waitUntil(
        lambda: dialog.state_label.text() == "Đã hủy — lý do: Trùng với nhiệm vụ giao tháng trước"
    )
    assert dialog.history_lines()[-1].split(" | ")[1] == "Hủy nhiệm vụ"
    assert [b.text() for b in dialog.write_buttons if b.isEnabled()] == [
        "Hoàn tác bước vừa rồi…"
    ]
    assert records.get_task(demo_context.factory, CLERK, task).state is TaskState.CANCELLED


def test_extending_keeps_the_old_deadline_and_the_reason_in_the_history(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window, today = demo_window, clock.today()
    old = today + dt.timedelta(days=3)
    new = today + dt.timedelta(days=20)
    task = _give(demo_context, old)
    dialog = _open(window, qtbot, type_text)
    step = _step(qtbot, dialog, dialog.extend_button)
    _type_date(type_text, step.new_deadline, old - dt.timedelta(days=1))
    type_text(step.note, "Chờ danh sách hộ nghèo của xã")
    click(qtbot, step.ok_button)
    assert step.problem.text() == f"Thời hạn mới phải sau thời hạn hiện tại ({format_date(old)})."
    _type_date(type_text, step.new_deadline, new)
    _save(qtbot, window, dialog, step)

    qtbot.waitUntil(lambda: dialog.deadline_label.text().startswith(format_date(new)))
    assert dialog.deadline_label.text().endswith("— còn 20 ngày")
    assert dialog.history_lines()[-1] == (
        f"{format_date(today)} | Gia hạn từ {format_date(old)} đến {format_date(new)}"
        " | Chờ danh sách hộ nghèo của xã | hệ thống"
    )
    assert records.get_task(demo_context.factory, CLERK, task).deadline == new


def test_a_step_made_by_mistake_is_undone_with_a_reason(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window = demo_window
    task = _give(demo_context, clock.today() + dt.timedelta(days=5))
    dialog = _open(window, qtbot, type_text)
    step = _step(qtbot, dialog, dialog.done_button)
    _save(qtbot, window, dialog, step)
    qtbot.waitUntil(lambda: dialog.state_label.text() == "Hoàn thành")

    step = _step(qtbot, dialog, dialog.undo_button)
    assert step.windowTitle() == "Hoàn tác bước vừa rồi"
    click(qtbot, step.ok_button)
    qtbot.waitUntil(lambda: step.problem.text() != "", timeout=10_000)
    assert step.problem.text() == "Chưa nhập lý do."
    type_text(step.note, "Bấm nhầm nhiệm vụ")
    _save(qtbot, window, dialog, step)

    qtbot.waitUntil(lambda: dialog.state_label.text() == "Chưa thực hiện")
    assert dialog.history_lines()[-1].split(" | ")[1:3] == [
        "Hoàn tác bước “Hoàn thành”, trở lại “Chưa thực hiện”",
        "Bấm nhầm nhiệm vụ",
    ]
    assert not dialog.done_label.isVisible()
    assert not dialog.undo_button.isEnabled()  # the one move is undone
    undone = records.get_task(demo_context.factory, CLERK, task)
    assert (undone.state, undone.done_on) == (TaskState.NOT_STARTED, None)


def test_a_step_on_a_task_changed_on_another_pc_is_refused_and_the_task_read_again(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window, today = demo_window, clock.today()
    task = _give(demo_context, today + dt.timedelta(days=5))
    dialog = _open(window, qtbot, type_text)
    shown = records.get_task(demo_context.factory, CLERK, task)
    moves.record_progress(demo_context.factory, CLERK, task, shown.version, today, 35, "Máy khác")

    step = _step(qtbot, dialog, dialog.progress_button)
    step.percent.selectAll()
    type_text(step.percent, "50")
    click(qtbot, step.ok_button)
    qtbot.waitUntil(lambda: not step.isVisible(), timeout=10_000)
    settle(window)
    assert "vừa được sửa trên máy khác" in dialog.problem.text()
    qtbot.waitUntil(lambda: dialog.progress_bar.text() == "35 %")
    assert dialog.history_lines()[-1].split(" | ")[1:3] == ["Ghi tiến độ: 35 %", "Máy khác"]
    assert records.get_task(demo_context.factory, CLERK, task).progress == 35


def test_a_standing_task_shows_when_its_next_report_is_due_and_which_came(
    demo_window: MainWindow, demo_context: ServiceContext, qtbot: QtBot, type_text: Typist
) -> None:
    window, today = demo_window, clock.today()
    task = _give(demo_context, period=ReportPeriod.QUARTERLY)
    shown = records.get_task(demo_context.factory, CLERK, task)
    moves.record_progress(demo_context.factory, CLERK, task, shown.version, today, 20)
    schedule = report_schedule(demo_context.factory, CLERK, task, today)
    assert schedule is not None and schedule.next_due is not None
    dialog = _open(window, qtbot, type_text)
    assert dialog.deadline_label.text() == "Thường xuyên, báo cáo hằng quý"
    assert dialog.next_report_label.isVisible()
    assert dialog.next_report_label.text() == f"hạn {format_date(schedule.next_due)}"
    [report] = schedule.reports
    assert report.covers is not None
    assert dialog.reports_label.text() == (
        f"{format_date(today)}: báo cáo kỳ kết thúc {format_date(report.covers)}"
    )
    assert not dialog.extend_button.isEnabled()  # no deadline to extend


@pytest.fixture
def viewer_window(qtbot: QtBot, demo_context: ServiceContext) -> Iterator[MainWindow]:
    """The window of a viewer, over the demo office where the clerk gave a task."""
    _give(demo_context, clock.today() + dt.timedelta(days=5))
    window = MainWindow(
        dataclasses.replace(demo_context, actor=Actor("xem", Role.VIEWER)), Settings.load(), "vi"
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    yield window
    window.runner.wait_for_all()


def test_a_viewer_reads_the_task_but_takes_no_step(
    viewer_window: MainWindow, qtbot: QtBot, type_text: Typist
) -> None:
    dialog = _open(viewer_window, qtbot, type_text)
    assert dialog.content.text() == CONTENT
    assert dialog.state_label.text() == "Chưa thực hiện"
    assert dialog.history_lines()[0].split(" | ")[1] == "Giao nhiệm vụ"
    assert dialog.viewer_note.isVisible()
    assert [b.text() for b in dialog.write_buttons if b.isEnabled()] == []
    assert dialog.close_button.isEnabled()
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
