"""The tasks as a table: content, lead, cooperating, deadline, state, progress, source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from giamsat_desktop.domain.tasks import TaskRecord, TaskState
from giamsat_desktop.formatting import format_date
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.record_table_model import Column, RecordTableModel

CONTENT, LEAD, COOPERATING, DEADLINE, STATE, PROGRESS, SOURCE = range(7)


def deadline_text(record: TaskRecord) -> str:
    """The date, or the reporting period of a standing task."""
    if record.deadline is not None:
        return format_date(record.deadline)
    return label(record.report_period) if record.report_period else ""


class TasksTableModel(RecordTableModel[TaskRecord]):
    """One row per task; a closed one in grey."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("TasksPage", "Nội dung"),
                    lambda r: r.content,
                    lambda r: r.content,
                ),
                Column(
                    QCoreApplication.translate("TasksPage", "Chủ trì"),
                    lambda r: r.lead_name,
                    lambda r: r.lead_name,
                ),
                Column(
                    QCoreApplication.translate("TasksPage", "Phối hợp"),
                    lambda r: ", ".join(r.cooperating),
                    lambda r: len(r.cooperating),
                ),
                Column(
                    QCoreApplication.translate("TasksPage", "Thời hạn"),
                    deadline_text,
                    lambda r: r.deadline.toordinal() if r.deadline else 0,
                ),
                Column(
                    QCoreApplication.translate("TasksPage", "Trạng thái"),
                    lambda r: label(r.state),
                    lambda r: r.state.value,
                ),
                Column(
                    QCoreApplication.translate("TasksPage", "Tiến độ"),
                    lambda r: f"{r.progress} %",
                    lambda r: r.progress,
                ),
                Column(
                    QCoreApplication.translate("TasksPage", "Văn bản giao"),
                    lambda r: r.source_symbol,
                    lambda r: r.source_symbol,
                ),
            ],
            is_active=lambda r: r.state.is_open or r.state is TaskState.DONE,
        )
