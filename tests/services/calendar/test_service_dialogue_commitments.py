"""The commitments made at direct dialogues in Lịch hạn and Việc cần làm.

The sample dialogue (held 12/03/2026) committed to pay by 30/04 (not done) and to clear a
ditch by 31/03 (done 28/03); a second one to mend a road by 05/05, done late on 10/05.
Every test runs on SQLite and on the shared PostgreSQL server.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from giamsat_desktop.domain.dialogue_records import DialogueFilter, IssueDraft
from giamsat_desktop.services.calendar import dialogue_commitments, sources, todo
from giamsat_desktop.services.calendar.deadlines import DeadlineKind, DeadlineState
from giamsat_desktop.services.calendar.dialogue_commitments import DialogueStanding
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.dialogues import editing, queries
from tests.services.dialogues.samples import DRAFT, ISSUES
from tests.services.supervision.office_sessions import CLERK, VIEWER

D = dt.date
KIND = DeadlineKind.DIALOGUE_COMMITMENT


def _dialogues(context: ServiceContext) -> tuple[int, int]:
    first = editing.create_dialogue(context.factory, CLERK, DRAFT, ISSUES)[0].id
    road = IssueDraft(
        "Đường thôn 2 hỏng",
        commitment="Vá đường thôn 2",
        responsible="Ban quản lý dự án xã",
        due_on=D(2026, 5, 5),
        done_on=D(2026, 5, 10),
    )
    other = dataclasses.replace(DRAFT, topic="Giao thông nông thôn", held_on=D(2026, 4, 2))
    second = editing.create_dialogue(context.factory, CLERK, other, [road])[0].id
    return first, second


def test_each_commitment_is_a_line_of_its_day_overdue_done_or_done_late(
    context: ServiceContext,
) -> None:
    first, second = _dialogues(context)
    today = D(2026, 5, 2)
    found = [
        entry
        for entry in sources.deadlines_between(
            context.factory, VIEWER, D(2026, 3, 1), D(2026, 5, 31), today, 7
        )
        if entry.kind is KIND
    ]
    assert [(e.day, e.title, e.state, e.late, e.record_id) for e in found] == [
        (D(2026, 3, 31), "Khơi thông mương thoát nước", DeadlineState.DONE, False, first),
        (D(2026, 4, 30), ISSUES[0].commitment, DeadlineState.OVERDUE, False, first),
        (D(2026, 5, 5), "Vá đường thôn 2", DeadlineState.DONE, True, second),
    ]
    assert found[1].organization == "Ủy ban nhân dân xã"
    counts = sources.deadline_counts(
        context.factory, CLERK, D(2026, 3, 1), D(2026, 5, 31), today, 7
    )
    assert (counts[D(2026, 4, 30)].overdue, counts[D(2026, 3, 31)].done) == (1, 1)
    assert KIND in counts[D(2026, 5, 5)].kinds
    day = sources.opens_day(KIND, D(2026, 4, 30))
    assert isinstance(day, DialogueFilter)
    assert queries.dialogue_keys(context.factory, CLERK, day) == [first]


def test_todo_lists_the_overdue_and_due_soon_commitments_and_each_opens_its_dialogue(
    context: ServiceContext,
) -> None:
    first, _ = _dialogues(context)
    listed = todo.todo_list(context.factory, CLERK, D(2026, 4, 25), 7)
    assert [(g.standing, g.count) for g in listed.dialogues] == [(DialogueStanding.DUE_SOON, 1)]
    assert listed.dialogue_commitments_due_soon == 1 and not listed.is_empty
    later = todo.todo_list(context.factory, CLERK, D(2026, 5, 2), 7)
    assert [(g.standing, g.count) for g in later.dialogues] == [(DialogueStanding.OVERDUE, 1)]
    line = later.dialogues[0].entries[0]
    assert (line.day, line.state, line.record_id) == (D(2026, 4, 30), DeadlineState.OVERDUE, first)
    assert isinstance(line.opens, DialogueFilter)
    assert queries.dialogue_keys(context.factory, CLERK, line.opens) == [first]
    assert queries.dialogue_keys(context.factory, CLERK, later.dialogues[0].opens) == [first]
    groups = dialogue_commitments.pending_dialogue_commitments
    with context.factory() as session:
        assert groups(session, CLERK, D(2026, 6, 1), 7, per_group=1)[0].count == 1
