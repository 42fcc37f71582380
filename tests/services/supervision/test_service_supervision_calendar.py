"""The lead times of supervision in Lịch hạn and in Việc cần làm, against a hand count.

February 2026, read on Tuesday 17/2 (Tết: 14/2 – 22/2 off) with a window of 3 days:

====  ==============  =====================  ===============  ====================
name  session         its days               due (Feb.)       on 17/2
====  ==============  =====================  ===============  ====================
n1    (2) led         starts 3/3             notice 16/2      overdue
n2    (1) led         starts 5/3, sent 12/2  notice 18/2      done
n3    (3) led         starts 26/2, plan 13/2 notice 11/2      done late
r1    joined          worked 30/1            report 23/2      further off
r2    joined          worked 29/1, rep. 14/2 report 13/2      done late
r3    joined          worked 6/2             report 23/2      further off
c     (2) led         starts 4/3, cancelled  —                (not shown)
====  ==============  =====================  ===============  ====================

The led sessions' reports fall in March (15 days after their planned end).
"""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import SessionFilter, WorkingSessionDraft
from giamsat_desktop.services.calendar.deadlines import DayCounts, DeadlineKind, DeadlineState
from giamsat_desktop.services.calendar.sources import deadline_counts, deadlines_between, opens_day
from giamsat_desktop.services.calendar.todo import todo_list
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision import queries, working
from tests.services.supervision.office_sessions import CLERK, VIEWER, make, walk

D = dt.date
ON = D(2026, 2, 17)
FEBRUARY = (D(2026, 2, 1), D(2026, 2, 28))
NOTICE, REPORT = DeadlineKind.SUPERVISION_NOTICE, DeadlineKind.SUPERVISION_REPORT
S = SessionStep


def _joined(context: ServiceContext, held_on: dt.date, reported_on: dt.date | None) -> int:
    record = make(
        context,
        role=SupervisionRole.JOIN,
        lead_body="Hội đồng nhân dân xã Tân Hưng",
        supervised_body=f"Trường tiểu học số {held_on.day}",
        planned_start=held_on,
        planned_end=None,
    )
    working.add_working_session(context.factory, CLERK, record.id, WorkingSessionDraft(held_on))
    record = walk(context, record, [S.WORKING], held_on)
    if reported_on is not None:
        record = walk(context, record, [S.REPORTED], reported_on)
    return record.id


@pytest.fixture
def office(context: ServiceContext) -> dict[str, int]:
    n1 = make(context, subject="Giám sát  thu, chi\nquỹ vì người nghèo")
    n2 = make(context, form=SupervisionForm.DOCUMENTS, planned_start=D(2026, 3, 5))
    walk(context, n2, [S.PLAN_ISSUED, S.NOTIFIED], D(2026, 2, 12))
    n3 = make(context, form=SupervisionForm.BOARDS, planned_start=D(2026, 2, 26))
    walk(context, n3, [S.PLAN_ISSUED], D(2026, 2, 13))
    cancelled = make(context, planned_start=D(2026, 3, 4))
    walk(context, cancelled, [S.CANCELLED], D(2026, 2, 2), "Trùng đoàn của tỉnh")
    return {
        "n1": n1.id,
        "n2": n2.id,
        "n3": n3.id,
        "r1": _joined(context, D(2026, 1, 30), None),
        "r2": _joined(context, D(2026, 1, 29), D(2026, 2, 14)),
        "r3": _joined(context, D(2026, 2, 6), None),
    }


def test_the_months_lead_times_as_counted_by_hand(
    context: ServiceContext, office: dict[str, int]
) -> None:
    for actor in (CLERK, VIEWER):  # sessions are not secret
        entries = deadlines_between(context.factory, actor, *FEBRUARY, ON, 3)
        names = {value: key for key, value in office.items()}
        assert [(e.day, e.kind, names[e.record_id], e.state, e.late) for e in entries] == [
            (D(2026, 2, 11), NOTICE, "n3", DeadlineState.DONE, True),
            (D(2026, 2, 13), REPORT, "r2", DeadlineState.DONE, True),
            (D(2026, 2, 16), NOTICE, "n1", DeadlineState.OVERDUE, False),
            (D(2026, 2, 18), NOTICE, "n2", DeadlineState.DONE, False),
            (D(2026, 2, 23), REPORT, "r1", DeadlineState.OPEN, False),
            (D(2026, 2, 23), REPORT, "r3", DeadlineState.OPEN, False),
        ]
    n1 = entries[2]
    assert (n1.title, n1.organization) == (
        "Giám sát thu, chi quỹ vì người nghèo",
        "Ủy ban nhân dân xã Tân Hưng",
    )
    counts = deadline_counts(context.factory, CLERK, *FEBRUARY, ON, 3)
    assert counts == {
        D(2026, 2, 11): DayCounts(done=1, kinds=frozenset({NOTICE})),
        D(2026, 2, 13): DayCounts(done=1, kinds=frozenset({REPORT})),
        D(2026, 2, 16): DayCounts(overdue=1, kinds=frozenset({NOTICE})),
        D(2026, 2, 18): DayCounts(done=1, kinds=frozenset({NOTICE})),
        D(2026, 2, 23): DayCounts(open=2, kinds=frozenset({REPORT})),
    }
    march = deadlines_between(context.factory, CLERK, D(2026, 3, 1), D(2026, 3, 31), ON, 3)
    assert {e.record_id for e in march} == {office["n1"], office["n2"], office["n3"]}
    assert {e.kind for e in march} == {REPORT}


def test_a_day_and_a_line_open_the_sessions_due_then(
    context: ServiceContext, office: dict[str, int]
) -> None:
    def keys(where: object) -> set[int]:
        assert isinstance(where, SessionFilter)
        return set(queries.session_keys(context.factory, CLERK, where, ON))

    # 23/2 is the report day of every last working day from 30/1 to 6/2 (over Tết).
    assert keys(opens_day(REPORT, D(2026, 2, 23))) == {office["r1"], office["r3"]}
    assert keys(opens_day(REPORT, D(2026, 2, 22))) == set()  # a day off is never due
    assert keys(opens_day(REPORT, D(2026, 2, 13))) == {office["r2"]}
    assert keys(opens_day(NOTICE, D(2026, 2, 16))) == {office["n1"]}
    entries = deadlines_between(context.factory, CLERK, *FEBRUARY, ON, 3)
    for entry in entries:
        assert entry.record_id in keys(entry.opens)


def test_a_notice_or_report_overdue_or_due_soon_is_among_the_things_to_do(
    context: ServiceContext, office: dict[str, int]
) -> None:
    soon = todo_list(context.factory, CLERK, ON, 3)
    assert [(e.record_id, e.kind, e.state) for e in soon.lead_times] == [
        (office["n1"], NOTICE, DeadlineState.OVERDUE)
    ]
    assert not soon.is_empty  # the panel lists the lead times too
    wider = todo_list(context.factory, VIEWER, ON, 6)
    assert [(e.record_id, e.kind, e.state) for e in wider.lead_times] == [
        (office["n1"], NOTICE, DeadlineState.OVERDUE),
        (office["r1"], REPORT, DeadlineState.DUE_SOON),
        (office["r3"], REPORT, DeadlineState.DUE_SOON),
    ]
