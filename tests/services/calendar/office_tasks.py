"""A small office's tasks around 10 March 2031, counted by hand, for the calendar's tests.

Read on ``ON`` (Monday 10/3/2031) with a window of 3 days (due soon: 10/3 – 13/3):

========  ====  ========  ============================  ==============
name      lead  deadline  state                         on 10/3
========  ====  ========  ============================  ==============
a1        A     5/3       not started                   overdue 5 days
a2        A     9/3       in progress                   overdue 1 day
a3        A     10/3      not started                   due soon
a4        A     13/3      not started                   due soon
a5        A     14/3      not started                   open
a6        A     9/3       done 9/3                      done
a7        A     5/3       done 7/3                      done late
a8        A     5/3       cancelled                     (not shown)
a9        A     —         standing                      (not shown)
b1        B     12/3      paused                        due soon
b2        B     5/3       from a secret document        overdue (clerk)
b3        B     2/4       not started                   April
b4        B     28/2      not started                   overdue (Feb.)
========  ====  ========  ============================  ==============
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.deadlines import ReportPeriod
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.domain.tasks import TaskDraft, TaskState
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.tasks import assign, moves, records

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
ON = dt.date(2031, 3, 10)
WINDOW = 3
MARCH = (dt.date(2031, 3, 1), dt.date(2031, 3, 31))


def day(number: int, month: int = 3) -> dt.date:
    """A day of 2031."""
    return dt.date(2031, month, number)


@dataclass(frozen=True)
class Office:
    """The two organisations and the tasks by name."""

    a: int
    a_name: str
    b: int
    b_name: str
    ids: dict[str, int]

    def name_of(self, task_id: int) -> str:
        """The table's name of a task."""
        return {value: key for key, value in self.ids.items()}[task_id]


def _give(context: ServiceContext, lead: int, content: str, **kw: object) -> int:
    source = kw.pop("source", None)
    tasks, _ = assign.assign_tasks(
        context.factory,
        CLERK,
        [TaskDraft(content, lead, **kw)],  # type: ignore[arg-type]
        source_id=source,  # type: ignore[arg-type]
    )
    return tasks[0].id


def _move(
    context: ServiceContext, task: int, state: TaskState, on: dt.date, note: str = ""
) -> None:
    version = records.get_task(context.factory, CLERK, task).version
    moves.move_task(context.factory, CLERK, task, version, state, on, note=note)


def make_office(context: ServiceContext) -> Office:
    """The table's tasks, in the database of ``context``."""
    members = [o for o in list_organizations(context.factory) if o.kind.value == "member"]
    a, b = members[0], members[1]
    secret, _ = incoming.register_incoming(
        context.factory,
        CLERK,
        IncomingDraft(
            day(1),
            "Tỉnh ủy",
            "Chỉ thị mật",
            symbol="01/CT-TU",
            type_code="CT",
            secrecy=Secrecy.SECRET,
        ),
    )
    ids = {
        "a1": _give(context, a.id, "Vận động quỹ vì người nghèo", deadline=day(5)),
        "a2": _give(context, a.id, "Rà soát hộ cận nghèo", deadline=day(9)),
        "a3": _give(context, a.id, "Báo cáo sơ kết quý I", deadline=day(10)),
        "a4": _give(context, a.id, "Tuyên truyền bầu cử", deadline=day(13)),
        "a5": _give(context, a.id, "Giám sát bảo hiểm y tế", deadline=day(14)),
        "a6": _give(context, a.id, "Hội nghị hiệp thương", deadline=day(9)),
        "a7": _give(context, a.id, "Tổng hợp ý kiến cử tri", deadline=day(5)),
        "a8": _give(context, a.id, "Hội nghị đã bỏ", deadline=day(5)),
        "a9": _give(context, a.id, "Báo cáo tình hình", report_period=ReportPeriod.QUARTERLY),
        "b1": _give(context, b.id, "Lấy ý kiến dự thảo\nquy chế", deadline=day(12)),
        "b2": _give(context, b.id, "Việc mật", deadline=day(5), source=secret.id),
        "b3": _give(context, b.id, "Chuẩn bị đại hội", deadline=day(2, 4)),
        "b4": _give(context, b.id, "Tổng kết năm", deadline=day(28, 2)),
    }
    _move(context, ids["a2"], TaskState.IN_PROGRESS, day(6))
    _move(context, ids["a6"], TaskState.DONE, day(9))
    _move(context, ids["a7"], TaskState.DONE, day(7))
    _move(context, ids["a8"], TaskState.CANCELLED, day(4), "Không tổ chức nữa")
    _move(context, ids["b1"], TaskState.PAUSED, day(8), "Chờ dự thảo mới")
    return Office(a.id, a.name, b.id, b.name, ids)
