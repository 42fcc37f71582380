"""Tasks, QĐ 124, dialogues, criticism and the scheme setting against hand-counted data.

The first half of 2026 (1/1–30/6), read on 1/12/2026 so judged on 30/6:

Tasks (given → deadline → what happened): t1 LHPN 1/1 → 15/2, done 10/2 (on time);
t2 HND 30/6 → 10/7, done 5/7 (after the day judged: in progress); t3 HND 2/2 → 1/3, done
15/3 (late); t4 CCB 3/3 → 1/4, open (overdue); t5 CCB 4/4, cancelled (never); t6 LHPN given
31/12/2025 (the year before); t7 LHPN 5/5 → 1/6, done 20/7 (overdue on 30/6).

QĐ 124: sessions 1/1 (nơi cư trú, 2 people), 30/6 (nơi công tác, 1), 1/7 (no); reports
received 2/1 (forwarded 10/1, result 20/6), 15/6 (forwarded 20/6, result 5/7: not handled
by 30/6), 30/6 (filed), 1/7 (no).

Dialogues: 1/1 with three issues (no commitment; a commitment done 30/6; one done 2/7);
1/7 (no). Criticism: phản biện conference 1/1 (14 opinions, 3 points), dialogue 30/6
(5 opinions), conference 1/7 (no); góp ý conference 10/3 (6 opinions), draft round held
20/4 (3 opinions).
"""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.conduct import ConductPlace, ReportState
from giamsat_desktop.domain.conduct_records import PersonDraft
from giamsat_desktop.domain.criticism import CriticismForm, CriticismPurpose
from giamsat_desktop.domain.dialogue_records import DialogueDraft, IssueDraft
from giamsat_desktop.domain.errors import PermissionDeniedError
from giamsat_desktop.domain.reporting_period import PeriodScheme, reporting_period
from giamsat_desktop.domain.statistics import (
    ConductFigures,
    ContributionFigures,
    CriticismFigures,
    TaskLine,
)
from giamsat_desktop.domain.tasks import TaskDraft, TaskState
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.conduct.reports import create_report
from giamsat_desktop.services.conduct.sessions import create_conduct
from giamsat_desktop.services.criticism.sessions import create_criticism
from giamsat_desktop.services.dialogues.editing import create_dialogue
from giamsat_desktop.services.statistics import settings
from giamsat_desktop.services.statistics.figures import statistics_for
from giamsat_desktop.services.statistics.tables import tables
from tests.services.conduct.samples import REPORT, SESSION
from tests.services.criticism.samples import DRAFT, POINTS
from tests.services.supervision.office_sessions import organizations
from tests.services.tasks.task_year import give, move

D = dt.date
CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
LATER = D(2026, 12, 1)
HALF = reporting_period(2026, 1)


def _task(content: str, lead: int, deadline: dt.date) -> TaskDraft:
    return TaskDraft(content, lead, (), "", deadline)


@pytest.fixture
def tasks(context: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """The tasks above; the organisations' ids by code."""
    o = organizations(context)
    given = {}
    for name, lead, on, due in (
        ("t1", "LHPN", D(2026, 1, 1), D(2026, 2, 15)),
        ("t2", "HND", D(2026, 6, 30), D(2026, 7, 10)),
        ("t3", "HND", D(2026, 2, 2), D(2026, 3, 1)),
        ("t4", "CCB", D(2026, 3, 3), D(2026, 4, 1)),
        ("t5", "CCB", D(2026, 4, 4), D(2026, 5, 1)),
        ("t6", "LHPN", D(2025, 12, 31), D(2026, 1, 31)),
        ("t7", "LHPN", D(2026, 5, 5), D(2026, 6, 1)),
    ):
        [given[name]] = give(context, monkeypatch, on, [_task(f"Nhiệm vụ {name}", o[lead], due)],
                             None)  # fmt: skip
    for name, day in (("t1", D(2026, 2, 10)), ("t2", D(2026, 7, 5)), ("t3", D(2026, 3, 15)),
                      ("t7", D(2026, 7, 20))):  # fmt: skip
        move(context, given[name], TaskState.DONE, day)
    move(context, given["t5"], TaskState.CANCELLED, D(2026, 4, 10), note="Không còn cần")
    return o


def test_tasks_count_by_the_day_given_their_states_as_of_the_day_judged(
    context: ServiceContext, tasks: dict[str, int]
) -> None:
    lines = {line.organization_id: line for line in
             statistics_for(context.factory, CLERK, HALF, today=LATER).tasks}  # fmt: skip
    o = tasks
    lhpn, hnd, ccb = lines[o["LHPN"]], lines[o["HND"]], lines[o["CCB"]]
    assert lhpn == TaskLine(o["LHPN"], lhpn.name, assigned=2, done_on_time=1, overdue=1)
    assert hnd == TaskLine(o["HND"], hnd.name, assigned=2, done_late=1, in_progress=1)
    assert ccb == TaskLine(o["CCB"], ccb.name, assigned=1, overdue=1)
    assert (lhpn.rate, hnd.rate, ccb.rate, lines[o["DTN"]].rate) == (0.5, 0.0, 0.0, None)
    table = tables(statistics_for(context.factory, CLERK, HALF, today=LATER))[5]
    assert (table.sheet, table.row_heading) == ("Nhiệm vụ", "Tổ chức")
    assert [table.total(key) for key in ("assigned", "done_on_time", "done_late", "overdue",
                                         "in_progress")] == [5, 1, 1, 2, 1]  # fmt: skip
    assert table.total("rate") == 0.25  # 1 on time ÷ (1 + 1 done + 2 overdue)
    later = statistics_for(context.factory, CLERK, HALF, as_of=LATER).tasks
    assert {line.organization_id: line.done_late for line in later}[o["LHPN"]] == 1  # t7


@pytest.fixture
def records(context: ServiceContext) -> None:
    """The QĐ 124 sessions and reports, the dialogues and the criticism above."""
    people = (PersonDraft("Lê Văn Khánh"), PersonDraft("Phạm Thị Duyên"))
    for day, place, met in ((D(2026, 1, 1), ConductPlace.RESIDENCE, people),
                            (D(2026, 6, 30), ConductPlace.WORKPLACE, people[:1]),
                            (D(2026, 7, 1), ConductPlace.WORKPLACE, people)):  # fmt: skip
        session = SESSION.__class__(day, place, SESSION.unit, SESSION.content)
        create_conduct(context.factory, CLERK, session, met)
    body = "Ủy ban kiểm tra Đảng ủy xã"
    for received, state, forwarded, result in (
        (D(2026, 1, 2), ReportState.RESOLVED, D(2026, 1, 10), D(2026, 6, 20)),
        (D(2026, 6, 15), ReportState.RESOLVED, D(2026, 6, 20), D(2026, 7, 5)),
        (D(2026, 6, 30), ReportState.FILED, None, None),
        (D(2026, 7, 1), ReportState.RECEIVED, None, None),
    ):
        draft = REPORT.__class__(
            received, REPORT.channel, REPORT.reported_name, REPORT.content, state=state,
            forwarded_to=body if forwarded else "", forwarded_on=forwarded,
            result="Đã kiểm điểm" if state is not ReportState.RECEIVED else "", result_on=result,
        )  # fmt: skip
        create_report(context.factory, CLERK, draft)
    issues = (
        IssueDraft("Đường liên thôn xuống cấp"),
        IssueDraft("Chợ tạm lấn chiếm lòng đường", commitment="Dời chợ", due_on=D(2026, 6, 30),
                   done_on=D(2026, 6, 30)),  # fmt: skip
        IssueDraft("Thiếu đèn chiếu sáng", commitment="Lắp đèn", due_on=D(2026, 7, 30),
                   done_on=D(2026, 7, 2)),  # fmt: skip
    )
    leader = "Đồng chí Nguyễn Văn An, Bí thư Đảng ủy xã"
    create_dialogue(context.factory, CLERK, DialogueDraft(D(2026, 1, 1), leader, "Giao thông"),
                    issues)  # fmt: skip
    create_dialogue(context.factory, CLERK, DialogueDraft(D(2026, 7, 1), leader, "Môi trường"))
    gop_y = CriticismPurpose.CONTRIBUTION
    conference, dialogue, draft_round = (CriticismForm.CONFERENCE, CriticismForm.DIALOGUE,
                                         CriticismForm.DRAFT_ROUND)  # fmt: skip
    for form, held, opinions, purpose, points in (
        (conference, D(2026, 1, 1), 14, CriticismPurpose.CRITICISM, POINTS),
        (dialogue, D(2026, 6, 30), 5, CriticismPurpose.CRITICISM, ()),
        (conference, D(2026, 7, 1), 8, CriticismPurpose.CRITICISM, POINTS),
        (conference, D(2026, 3, 10), 6, gop_y, ()),
        (draft_round, D(2026, 4, 20), 3, gop_y, ()),
    ):
        draft = DRAFT.__class__(
            DRAFT.title, DRAFT.drafting_body, form, received_on=held - dt.timedelta(days=20),
            held_on=held, opinions=opinions, purpose=purpose,
        )  # fmt: skip
        create_criticism(context.factory, CLERK, draft, points)


def test_conduct_dialogues_and_criticism_count_as_counted_by_hand(
    context: ServiceContext, records: None
) -> None:
    found = statistics_for(context.factory, CLERK, HALF, today=LATER)
    assert found.conduct == ConductFigures(
        sessions=2, at_work=1, at_home=1, people=3, reports=3, forwarded=2, handled=2
    )
    assert found.criticism == CriticismFigures(
        total=2, conferences=1, dialogues=1, opinions=19, points=3, points_accepted=0
    )
    assert found.contributions == ContributionFigures(
        conferences=1, drafts=1, opinions=9, dialogues=1, issues=3, commitments=2,
        commitments_done=1,
    )  # fmt: skip
    sheets = [(table.sheet, table.rows[0].label, len(table.rows)) for table in tables(found)]
    office = found.office_name
    assert sheets[2:5] == [("Phản biện", office, 1), ("QĐ 218", office, 1), ("QĐ 124", office, 1)]
    assert tables(found)[4].total("handled") == 2
    assert [table.sheet for table in tables(found)] == [
        "Giám sát", "Kiến nghị", "Phản biện", "QĐ 218", "QĐ 124", "Nhiệm vụ",
    ]  # fmt: skip


def test_the_reporting_scheme_is_an_office_setting_a_viewer_may_not_change(
    context: ServiceContext,
) -> None:
    assert settings.period_scheme(context.factory) is PeriodScheme.CALENDAR
    changes = settings.set_period_scheme(context.factory, CLERK, PeriodScheme.DECREE_09)
    assert changes.areas
    assert settings.period_scheme(context.factory) is PeriodScheme.DECREE_09
    assert not settings.set_period_scheme(context.factory, CLERK, PeriodScheme.DECREE_09).areas
    with pytest.raises(PermissionDeniedError):
        settings.set_period_scheme(context.factory, VIEWER, PeriodScheme.CALENDAR)
    assert settings.period_scheme(context.factory) is PeriodScheme.DECREE_09
