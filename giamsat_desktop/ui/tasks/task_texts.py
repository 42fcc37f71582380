"""The words of a task's dialog: where it stands against its deadline, its history, its reports.

Every sentence goes through ``QCoreApplication.translate`` in the ``TaskDialog`` context,
written out at each call so that lupdate finds it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from giamsat_desktop.domain.registers import IncomingRecord
from giamsat_desktop.domain.tasks import TaskRecord, TaskState
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.tasks.history import TaskStep
from giamsat_desktop.services.tasks.standing import StandingSchedule
from giamsat_desktop.ui.common.labels import label

translate = QCoreApplication.translate
"""Qt's translation, under the name lupdate reads: ``translate("TaskDialog", "…")``."""
LATE_COLOUR = "#b00020"
"""Overdue, done late, a report missed: the red of the window's problems."""


def document_line(document: IncomingRecord) -> str:
    """An incoming document as a clerk names it: symbol, issuer, subject, arrival number."""
    head = " — ".join(part for part in (document.symbol, document.issuer) if part)
    return translate("TaskDialog", "{head}: {subject} (số đến {number}, ngày {arrival})").format(
        head=head or translate("TaskDialog", "Văn bản"),
        subject=document.subject,
        number=document.arrival_number_text,
        arrival=format_date(document.arrival_date),
    )


def deadline_text(record: TaskRecord, today: dt.date) -> tuple[str, bool]:
    """The deadline with how far it is ("còn 5 ngày", "quá hạn 3 ngày"); and whether late.

    A standing task shows its reporting period; a closed task its date alone.
    """
    if record.deadline is None:
        period = label(record.report_period).lower() if record.report_period else ""
        return translate("TaskDialog", "Thường xuyên, báo cáo {period}").format(
            period=period
        ), False
    day = format_date(record.deadline)
    if not record.state.is_open:
        return day, False
    days = (record.deadline - today).days
    if days < 0:
        return translate("TaskDialog", "{date} — quá hạn {days} ngày").format(
            date=day, days=-days
        ), True
    if days == 0:
        return translate("TaskDialog", "{date} — hết hạn hôm nay").format(date=day), False
    return translate("TaskDialog", "{date} — còn {days} ngày").format(date=day, days=days), False


def done_text(record: TaskRecord) -> tuple[str, bool]:
    """The day it was done, on time or late ("hoàn thành quá hạn 2 ngày"); and whether late."""
    if record.state is not TaskState.DONE or record.done_on is None:
        return "", False
    day = format_date(record.done_on)
    if record.deadline is None:
        return day, False
    late = (record.done_on - record.deadline).days
    if late > 0:
        return translate("TaskDialog", "{date} — hoàn thành quá hạn {days} ngày").format(
            date=day, days=late
        ), True
    return translate("TaskDialog", "{date} — đúng hạn").format(date=day), False


def state_text(record: TaskRecord) -> str:
    """The state's label; a cancelled task's reason after it."""
    if record.state is TaskState.CANCELLED and record.cancel_reason:
        return translate("TaskDialog", "{state} — lý do: {reason}").format(
            state=label(record.state), reason=record.cancel_reason
        )
    return label(record.state)


def step_what(step: TaskStep) -> str:
    """What a step of the history did, e.g. "Gia hạn từ 10/12/2026 đến 20/12/2026"."""
    if step.kind == "assign":
        return translate("TaskDialog", "Giao nhiệm vụ")
    if step.kind == "progress":
        return translate("TaskDialog", "Ghi tiến độ: {percent} %").format(percent=step.progress)
    if step.kind == "extend":
        return translate("TaskDialog", "Gia hạn từ {old} đến {new}").format(
            old=format_date(step.old_deadline), new=format_date(step.new_deadline)
        )
    old = label(step.from_state) if step.from_state else ""
    new = label(step.to_state) if step.to_state else ""
    if step.kind == "undo":
        return translate("TaskDialog", "Hoàn tác bước “{undone}”, trở lại “{back}”").format(
            undone=old, back=new
        )
    named = {
        TaskState.DONE: translate("TaskDialog", "Hoàn thành"),
        TaskState.PAUSED: translate("TaskDialog", "Tạm dừng"),
        TaskState.CANCELLED: translate("TaskDialog", "Hủy nhiệm vụ"),
    }
    if step.to_state in named:
        return named[step.to_state]
    if step.to_state is TaskState.IN_PROGRESS:
        if step.from_state is TaskState.PAUSED:
            return translate("TaskDialog", "Tiếp tục thực hiện")
        return translate("TaskDialog", "Bắt đầu thực hiện")
    return translate("TaskDialog", "Chuyển từ “{old}” sang “{new}”").format(old=old, new=new)


def undoable(steps: Sequence[TaskStep], state: TaskState) -> TaskStep | None:
    """The last move not undone yet, when the task still stands where it led; else None.

    The same rule as the service's: each undo takes back the move before it.
    """
    undone = 0
    for step in reversed(steps):
        if step.kind == "undo":
            undone += 1
        elif step.kind == "move":
            if undone:
                undone -= 1
            else:
                return step if step.to_state is state else None
    return None


def next_report_text(schedule: StandingSchedule) -> str:
    """When the next report is due, or that none is owed now."""
    if schedule.next_due is None:
        return translate("TaskDialog", "không phải báo cáo (nhiệm vụ đã tạm dừng hoặc kết thúc)")
    return translate("TaskDialog", "hạn {date}").format(date=format_date(schedule.next_due))


def missed_text(schedule: StandingSchedule) -> str:
    """The due dates of the reports that did not come; empty when none."""
    if not schedule.missed:
        return ""
    return translate("TaskDialog", "{count} kỳ chưa báo cáo, hạn {dates}").format(
        count=len(schedule.missed), dates=", ".join(format_date(d) for d in schedule.missed)
    )


def reports_text(schedule: StandingSchedule) -> str:
    """The reports that came, one a line: the day, and the period it counts for."""
    if not schedule.reports:
        return translate("TaskDialog", "chưa có")
    lines = []
    for report in schedule.reports:
        if report.covers is None:
            lines.append(
                translate("TaskDialog", "{date}: ghi thêm trong kỳ đã báo cáo").format(
                    date=format_date(report.on)
                )
            )
        else:
            lines.append(
                translate("TaskDialog", "{date}: báo cáo kỳ kết thúc {end}").format(
                    date=format_date(report.on), end=format_date(report.covers)
                )
            )
    return "\n".join(lines)
