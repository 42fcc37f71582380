"""The tasks as a lazy table: overdue in red with a mark, due soon (the reminder window) amber."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from giamsat_desktop.domain.tasks import TaskRecord, TaskState
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.tasks.queries import TaskColumn
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.lazy_table_model import LazyTableModel
from giamsat_desktop.ui.common.record_table_model import Column

CONTENT, LEAD, COOPERATING, DEADLINE, STATE, PROGRESS, SOURCE, ASSIGNED = range(8)

SORT_COLUMNS: dict[int, TaskColumn] = {
    ASSIGNED: TaskColumn.ASSIGNED,
    CONTENT: TaskColumn.CONTENT,
    LEAD: TaskColumn.LEAD,
    DEADLINE: TaskColumn.DEADLINE,
    STATE: TaskColumn.STATE,
    PROGRESS: TaskColumn.PROGRESS,
    SOURCE: TaskColumn.SOURCE,
}
"""The columns the database can sort by; the others keep the order asked before."""

OVERDUE_COLOUR = QColor("#b00020")
DUE_SOON_COLOUR = QColor("#9a5b00")
DUE_SOON_BACKGROUND = QColor("#fff3cd")
CLOSED_COLOUR = QColor("#777777")


def deadline_text(record: TaskRecord) -> str:
    """The date, or the reporting period of a standing task."""
    if record.deadline is not None:
        return format_date(record.deadline)
    return label(record.report_period) if record.report_period else ""


def state_text(record: TaskRecord, today: dt.date) -> str:
    """The state, with "quá hạn N ngày" or "hoàn thành quá hạn" where it applies."""
    if record.is_overdue(today) and record.deadline is not None:
        days = (today - record.deadline).days
        return QCoreApplication.translate("TasksPage", "Quá hạn {days} ngày").format(days=days)
    if record.done_late():
        return QCoreApplication.translate("TasksPage", "Hoàn thành quá hạn")
    return label(record.state)


class TasksTableModel(LazyTableModel[TaskRecord]):
    """One row per task, read in blocks as the view needs them."""

    def __init__(self, fetch: Callable[[Sequence[int]], list[TaskRecord]]) -> None:
        self.today = clock.today()
        """The day overdue and due soon are judged on (the page sets it on each read)."""
        self.window = 3
        """The reminder window in days: due within it is shown in amber."""
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("TasksPage", "Nội dung"),
                    lambda r: r.content.replace("\n", " "),
                ),
                Column(QCoreApplication.translate("TasksPage", "Chủ trì"), lambda r: r.lead_name),
                Column(
                    QCoreApplication.translate("TasksPage", "Phối hợp"),
                    lambda r: ", ".join(r.cooperating),
                ),
                Column(QCoreApplication.translate("TasksPage", "Thời hạn"), deadline_text),
                Column(
                    QCoreApplication.translate("TasksPage", "Trạng thái"),
                    lambda r: state_text(r, self.today),
                ),
                Column(
                    QCoreApplication.translate("TasksPage", "Tiến độ"), lambda r: f"{r.progress} %"
                ),
                Column(
                    QCoreApplication.translate("TasksPage", "Văn bản giao"),
                    lambda r: r.source_symbol,
                ),
                Column(
                    QCoreApplication.translate("TasksPage", "Ngày giao"),
                    lambda r: format_date(r.assigned_on),
                ),
            ],
            fetch,
            key_of=lambda r: r.id,
        )

    def due_soon(self, record: TaskRecord) -> bool:
        """Open, not overdue, and due within the reminder window."""
        if not record.state.is_open or record.deadline is None:
            return False
        return 0 <= (record.deadline - self.today).days <= self.window

    def style(self, record: TaskRecord, column: int, role: int) -> Any:
        """Overdue red with a warning mark, due soon amber, closed tasks grey."""
        overdue = record.is_overdue(self.today)
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue and column in (DEADLINE, STATE):
                return OVERDUE_COLOUR
            if self.due_soon(record) and column in (DEADLINE, STATE):
                return DUE_SOON_COLOUR
            if not record.state.is_open:
                return CLOSED_COLOUR
            return None
        if role == Qt.ItemDataRole.BackgroundRole and column == DEADLINE:
            return DUE_SOON_BACKGROUND if self.due_soon(record) else None
        if role == Qt.ItemDataRole.DecorationRole and column == DEADLINE and overdue:
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.FontRole and overdue and column == STATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.FontRole and record.state is TaskState.CANCELLED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CONTENT:
                return record.content
            if column == STATE and record.cancel_reason:
                return QCoreApplication.translate("TasksPage", "Lý do: {reason}").format(
                    reason=record.cancel_reason
                )
            if column == STATE and overdue:
                return QCoreApplication.translate("TasksPage", "{state}, đã quá thời hạn").format(
                    state=label(record.state)
                )
            if column == DEADLINE and self.due_soon(record) and record.deadline is not None:
                days = (record.deadline - self.today).days
                return QCoreApplication.translate("TasksPage", "Còn {days} ngày đến hạn").format(
                    days=days
                )
        return None
