"""A hand-made year of tasks on a set-up office, for the task prints' tests.

The year before the session's: five documents, tasks done on time, late, overdue, standing
and cancelled, an answer and a report letter, one document filed without tasks and one
secret. Overdue is counted to the session's day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.deadlines import ReportPeriod
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.registers import IncomingDraft, OutgoingDraft
from giamsat_desktop.domain.tasks import TaskDraft, TaskState
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming, outgoing
from giamsat_desktop.services.tasks import assign, document_status, moves, queries
from tests.session_day import TODAY

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
YEAR = TODAY.year - 1
SECRET_CONTENT = "Nắm tình hình dư luận về vụ việc khiếu nại đông người ở ấp Tân Lập"


def day(month: int, day_of_month: int) -> dt.date:
    return dt.date(YEAR, month, day_of_month)


@dataclass(frozen=True)
class Office:
    """The hand-made year: the documents' ids and the organisations' ids by code."""

    directive: int
    filed: int
    secret: int
    secret_book: int
    standing: int
    outgoing_symbol: str
    orgs: dict[str, int]


def add_incoming(context: ServiceContext, arrival: dt.date, symbol: str, **extra: object) -> int:
    record, _ = incoming.register_incoming(
        context.factory,
        CLERK,
        IncomingDraft(
            arrival,
            str(extra.pop("issuer", "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh")),
            str(extra.pop("subject", "Kế hoạch giám sát việc thực hiện chính sách BHYT")),
            symbol=symbol,
            doc_date=arrival - dt.timedelta(days=1),
            type_code=str(extra.pop("type_code", "KH")),
            **extra,
        ),
    )
    return record.id


def give(
    context: ServiceContext,
    monkeypatch: pytest.MonkeyPatch,
    on: dt.date,
    drafts: list[TaskDraft],
    source: int | None,
) -> list[int]:
    monkeypatch.setattr(clock, "today", lambda: on)
    tasks, _ = assign.assign_tasks(
        context.factory, CLERK, drafts, source_id=source, instruction="Giao các tổ chức"
    )
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return [task.id for task in tasks]


def move(context: ServiceContext, task: int, state: TaskState, on: dt.date, **extra: object):
    version = queries.tasks_by_ids(context.factory, [task])[0].version
    return moves.move_task(context.factory, CLERK, task, version, state, on, **extra)


def make_year(context: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> Office:
    orgs = {org.code: org.id for org in list_organizations(context.factory)}
    directive = add_incoming(context, day(3, 2), "45/KH-MTTQ-BTT", deadline=day(4, 15))
    filed = add_incoming(
        context,
        day(3, 5),
        "558-CV/ĐUK",
        issuer="Đảng ủy xã Tân Hưng",
        subject="V/v tăng cường lãnh đạo công tác giám sát",
        type_code="CV",
    )
    secret = add_incoming(context, day(3, 6), "12/TB-CAX", secrecy=Secrecy.SECRET, type_code="TB")
    standing = add_incoming(context, day(3, 9), "30/HD-MTTQ-BTT", type_code="HD")
    report = add_incoming(
        context,
        day(4, 11),
        "07/BC-HLHPN",
        issuer="Hội Liên hiệp Phụ nữ xã Tân Hưng",
        subject="Báo cáo kết quả tuyên truyền BHYT",
        type_code="BC",
    )
    content = "Tuyên truyền chính sách bảo hiểm y tế hộ gia đình"
    lhpn, hnd, ccb, dtn = give(
        context,
        monkeypatch,
        day(3, 3),
        [
            TaskDraft(content, orgs["LHPN"], (), "Chị Lê Thị Mỹ Hạnh", day(4, 15)),
            TaskDraft(content, orgs["HND"], (orgs["CCB"],), "Ông Trần Văn Bình", day(4, 15)),
            TaskDraft(content, orgs["CCB"], (), "", day(4, 15)),
            TaskDraft(content, orgs["DTN"], (), "", day(4, 15)),
        ],
        directive,
    )
    move(context, lhpn, TaskState.DONE, day(4, 10), report_id=report)
    move(context, hnd, TaskState.DONE, day(4, 20))
    move(context, ccb, TaskState.IN_PROGRESS, day(3, 20))
    version = queries.tasks_by_ids(context.factory, [ccb])[0].version
    moves.record_progress(context.factory, CLERK, ccb, version, day(3, 25), 60)
    move(context, dtn, TaskState.CANCELLED, day(3, 10), note="Đoàn đã có kế hoạch riêng")
    [on_time] = give(
        context,
        monkeypatch,
        day(5, 4),
        [TaskDraft("Vận động đóng góp Quỹ Vì người nghèo", orgs["HND"], (), "", day(6, 1))],
        None,
    )
    move(context, on_time, TaskState.DONE, day(6, 1))
    give(
        context,
        monkeypatch,
        day(3, 7),
        [TaskDraft(SECRET_CONTENT, orgs["HND"], (), "", day(6, 30))],
        secret,
    )
    give(
        context,
        monkeypatch,
        day(3, 10),
        [
            TaskDraft(
                "Báo cáo tình hình hoạt động của Ban",
                orgs["HND"],
                report_period=ReportPeriod.QUARTERLY,
            )
        ],
        standing,
    )
    document_status.file_without_tasks(
        context.factory, CLERK, filed, "Để biết, lưu hồ sơ giám sát"
    )
    answer, _ = outgoing.register_outgoing(
        context.factory,
        CLERK,
        OutgoingDraft(day(4, 25), "Báo cáo kết quả tuyên truyền BHYT", "BC", answers=(directive,)),
    )
    secret_book = incoming.get_incoming(context.factory, CLERK, secret).book_id
    return Office(directive, filed, secret, secret_book, standing, answer.symbol, orgs)


