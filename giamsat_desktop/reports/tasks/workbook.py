"""The task list as an Excel workbook, laid out and streamed as the register exports are.

One sheet: the title and the subtitle, a frozen header row with its filter, the columns'
widths, dates as real dates shown dd/mm/yyyy, A4 landscape print setup; the rows are
written as the registers' are (``reports.registers.workbook``), never all held in memory,
and the file is put in place only when complete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.domain.tasks import TaskRecord, TaskState
from giamsat_desktop.reports.layout.workbook_cells import CellValue, SafeCells
from giamsat_desktop.reports.registers.columns import Column, Register

# The register export's writer: the task list is one more register-like sheet.
from giamsat_desktop.reports.registers.workbook import write_register
from giamsat_desktop.reports.tasks.texts import (
    STANDING,
    standing_text,
    state_text,
    timeliness_text,
)

__all__ = ["TASK_HEADERS", "TASK_SHEET", "write_task_list"]

Numbered = tuple[int, TaskRecord]
"""A task with its number in the list (STT)."""

_COLUMNS: tuple[Column, ...] = (
    Column("STT", 6),
    Column("Ngày giao", 12),
    Column("Văn bản nguồn", 20),
    Column("Nội dung", 60),
    Column("Chủ trì", 24),
    Column("Phối hợp", 28),
    Column("Người phụ trách", 22),
    Column("Thời hạn", 13),
    Column("Trạng thái", 20),
    Column("Tiến độ %", 9),
    Column("Ngày hoàn thành", 13),
    Column("Đúng hạn/Quá hạn", 28),
)

TASK_HEADERS: tuple[str, ...] = tuple(column.header for column in _COLUMNS)
"""Column headers of the exported task list, in order."""

_CONTENT = TASK_HEADERS.index("Nội dung")


def _row(item: Numbered, cells: SafeCells, today: dt.date | None) -> list[CellValue]:
    number, task = item
    state = state_text(task)
    if task.state is TaskState.CANCELLED and task.cancel_reason.strip():
        state = f"{state}: {' '.join(task.cancel_reason.split())}"
    deadline: CellValue = task.deadline
    judged = timeliness_text(task, today) if today is not None else ""
    if task.deadline is None and task.report_period is not None:
        deadline = STANDING
        judged = standing_text(task)  # the reporting period, where there is room for it
    return [
        number,
        cells.date(task.assigned_on),
        cells.text(task.source_symbol),
        cells.text(task.content),
        cells.text(task.lead_name),
        cells.text(", ".join(task.cooperating)),
        cells.text(task.responsible),
        deadline,
        cells.text(state),
        task.progress,
        cells.date(task.done_on if task.state is TaskState.DONE else None),
        cells.text(judged),
    ]


TASK_SHEET: Register[Numbered] = Register(
    sheet_title="Nhiệm vụ",
    columns=_COLUMNS,
    row=_row,
    notes=lambda item: item[1].content,
    notes_index=_CONTENT,
)
"""The task list's sheet: a text cut to Excel's limit is said in the content's cell."""


def write_task_list(
    path: Path,
    tasks: Iterable[TaskRecord],
    *,
    title: str,
    subtitle: str = "",
    total: int | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: dt.date | None = None,
) -> int:
    """Write the task list as an Excel workbook, one sheet, streamed.

    Args:
        path: Where the workbook goes; replaced only once the new one is complete.
        tasks: The tasks, in the order to list them (numbered from 1).
        title: First line, e.g. "DANH SÁCH NHIỆM VỤ NĂM 2026".
        subtitle: Second line; none when empty.
        total: How many tasks ``tasks`` yields, if known, for the progress fraction.
        progress: Told the share of rows written as they are written, and 1.0 at the end.
        cancelled: Asked between blocks of rows and before the file is moved into place.
        today: The day "Đúng hạn/Quá hạn" is judged on; that column stays empty when None.

    Returns:
        The number of tasks written.

    Raises:
        InterruptedError: ``cancelled()`` returned True; nothing was written at ``path``.
        OSError: The folder cannot be written or ``path`` is open in another program.
    """
    return write_register(
        TASK_SHEET,
        path,
        enumerate(tasks, start=1),
        title=title,
        subtitle=subtitle,
        total=total,
        progress=progress,
        cancelled=cancelled,
        today=today,
    )
