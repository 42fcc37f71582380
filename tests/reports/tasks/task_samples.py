"""Hand-made tasks and incoming documents for the task prints' tests (no database)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from giamsat_desktop.domain.deadlines import ReportPeriod
from giamsat_desktop.domain.tasks import TaskRecord, TaskState

TODAY = dt.date(2026, 5, 20)
"""The day the prints are made in these tests: overdue counts to it."""
DEADLINE = dt.date(2026, 4, 15)
CONTENT = "Tuyên truyền, vận động hội viên tham gia bảo hiểm y tế hộ gia đình"


def make_task(number: int, lead: str, state: TaskState, **changes: Any) -> TaskRecord:
    """A task given on 02/03/2026 from document 1 (45/KH-MTTQ-BTT), due 15/04/2026."""
    task = TaskRecord(
        id=number,
        content=CONTENT,
        lead_id=number,
        lead_name=lead,
        cooperating=(),
        responsible="",
        deadline=DEADLINE,
        report_period=None,
        state=state,
        progress=100 if state is TaskState.DONE else 0,
        done_on=None,
        version=1,
        source_id=1,
        source_symbol="45/KH-MTTQ-BTT",
        assigned_on=dt.date(2026, 3, 2),
    )
    return replace(task, **changes)


DIRECTIVE_TASKS = (
    make_task(
        1,
        "Hội Liên hiệp Phụ nữ",
        TaskState.DONE,
        done_on=dt.date(2026, 4, 15),  # on its deadline day: on time
        responsible="Chị Lê Thị Mỹ Hạnh",
    ),
    make_task(
        2,
        "Hội Nông dân",
        TaskState.DONE,
        done_on=dt.date(2026, 4, 18),
        responsible="Ông Trần Văn Bình",
        cooperating=("Hội Cựu chiến binh",),
    ),
    make_task(3, "Hội Cựu chiến binh", TaskState.IN_PROGRESS, progress=60),
    make_task(
        4, "Đoàn Thanh niên Cộng sản Hồ Chí Minh", TaskState.NOT_STARTED,
        deadline=dt.date(2026, 6, 30),
    ),
    make_task(5, "Công đoàn", TaskState.CANCELLED, cancel_reason="Không còn đối tượng"),
)
"""Done on time, done 3 days late, 35 days overdue on TODAY, in time, cancelled."""

TASKS = (
    *DIRECTIVE_TASKS,
    make_task(
        7,
        "Hội Nông dân",
        TaskState.PAUSED,
        deadline=dt.date(2026, 5, 1),
        progress=20,
        source_id=None,
        source_symbol="",
        content="Vận động đóng góp Quỹ Vì người nghèo",
    ),
    make_task(
        8,
        "Hội Nông dân",
        TaskState.IN_PROGRESS,
        deadline=None,
        report_period=ReportPeriod.HALF_YEARLY,
        content="Báo cáo tình hình nông dân trên địa bàn",
    ),
)
"""On time 1, late 1, overdue 2 (60% and paused), in time 1, cancelled 1, standing 1."""
