"""The criticism sessions' answer deadlines in Lịch hạn and Việc cần làm, against a hand count.

The data are ``tests.services.calendar.criticisms_due``'s table, read on Tuesday 23/6 2026
with a window of 3 days (due soon: 23/6 – 26/6). Every test runs on SQLite and on the
shared PostgreSQL server.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from giamsat_desktop.domain.criticism import CriticismStep
from giamsat_desktop.domain.criticism_records import CriticismFilter
from giamsat_desktop.services.calendar.criticism_deadlines import (
    CRITICISM_DEADLINES,
    FOLLOWED,
    CriticismStanding,
    pending_criticisms,
)
from giamsat_desktop.services.calendar.deadlines import (
    DayCounts,
    DeadlineEntry,
    DeadlineKind,
    DeadlineState,
)
from giamsat_desktop.services.calendar.sources import deadline_counts, deadlines_between, opens_day
from giamsat_desktop.services.calendar.todo import todo_list
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.criticism import queries
from giamsat_desktop.services.safety.database import Database
from tests.services.calendar.criticisms_due import (
    COMMUNE,
    PROVINCE,
    answer_rest,
    get,
    make_june,
    title_of,
)
from tests.services.supervision.office_sessions import CLERK, VIEWER

D = dt.date
ON = D(2026, 6, 23)
WINDOW = 3
JUNE = (D(2026, 6, 1), D(2026, 6, 30))
ANSWER = DeadlineKind.CRITICISM_ANSWER
ANSWERS = frozenset({ANSWER})
OVERDUE, SOON, LATER, DONE = (
    DeadlineState.OVERDUE,
    DeadlineState.DUE_SOON,
    DeadlineState.OPEN,
    DeadlineState.DONE,
)


@pytest.fixture
def june(context: ServiceContext) -> dict[str, int]:
    return make_june(context)


def _names(ids: dict[str, int]) -> dict[int, str]:
    return {value: key for key, value in ids.items()}


def _entries(context: ServiceContext, today: dt.date = ON) -> list[DeadlineEntry]:
    found = deadlines_between(context.factory, CLERK, *JUNE, today, WINDOW)
    return [entry for entry in found if entry.kind is ANSWER]


def _named(context: ServiceContext, ids: dict[str, int], where: object) -> set[str]:
    assert isinstance(where, CriticismFilter)
    names = _names(ids)
    return {names[key] for key in queries.criticism_keys(context.factory, CLERK, where)}


def test_the_steps_are_the_ones_hand_counted(
    context: ServiceContext, june: dict[str, int]
) -> None:
    read = {name: get(context, key) for name, key in june.items()}
    assert {name: record.step for name, record in read.items()} == {
        "a": CriticismStep.SENT,
        "b": CriticismStep.ANSWERED,
        "c": CriticismStep.ANSWERED,
        "d": CriticismStep.ANSWERED,
        "e": CriticismStep.SENT,
        "f": CriticismStep.ANSWERED,
        "g": CriticismStep.SENT,
        "h": CriticismStep.CLOSED,
        "i": CriticismStep.CANCELLED,
        "j": CriticismStep.PLANNED,
        "k": CriticismStep.ANSWERED,
    }
    assert read["a"].answer_due == D(2026, 6, 19)
    assert read["j"].answer_due is None
    assert [read[name].unanswered for name in "abcdf"] == [3, 1, 0, 0, 2]


def test_the_months_sessions_come_by_day_with_their_state(
    context: ServiceContext, june: dict[str, int]
) -> None:
    names = _names(june)
    for actor in (CLERK, VIEWER):  # sessions are not secret
        found = deadlines_between(context.factory, actor, *JUNE, ON, WINDOW)
        entries = [entry for entry in found if entry.kind is ANSWER]
        assert [(e.day, names[e.record_id], e.state, e.late, e.pending) for e in entries] == [
            (D(2026, 6, 12), "d", DONE, True, 0),  # answered 16/6
            (D(2026, 6, 19), "c", DONE, False, 0),  # "Sở" before "Ủy ban"; answered 15/6
            (D(2026, 6, 19), "a", OVERDUE, False, 3),
            (D(2026, 6, 22), "b", OVERDUE, False, 1),  # answered in part
            (D(2026, 6, 24), "e", SOON, False, 3),
            (D(2026, 6, 24), "k", DONE, False, 0),
            (D(2026, 6, 26), "f", SOON, False, 2),  # the window's last day
            (D(2026, 6, 30), "g", LATER, False, 3),
        ]  # h closed, i cancelled, j unsent: not there
    a = next(entry for entry in entries if names[entry.record_id] == "a")
    assert (a.title, a.organization) == (title_of("a"), COMMUNE)
    c = next(entry for entry in entries if names[entry.record_id] == "c")
    assert c.organization == PROVINCE


def test_each_day_counts_its_sessions_by_state(
    context: ServiceContext, june: dict[str, int]
) -> None:
    with context.factory() as session:
        counts = CRITICISM_DEADLINES.counts(session, CLERK, *JUNE, ON, WINDOW)
    assert counts == {
        D(2026, 6, 12): DayCounts(done=1, kinds=ANSWERS),  # d
        D(2026, 6, 19): DayCounts(overdue=1, done=1, kinds=ANSWERS),  # a; c (i cancelled)
        D(2026, 6, 22): DayCounts(overdue=1, kinds=ANSWERS),  # b (h closed)
        D(2026, 6, 24): DayCounts(due_soon=1, done=1, kinds=ANSWERS),  # e; k
        D(2026, 6, 26): DayCounts(due_soon=1, kinds=ANSWERS),  # f
        D(2026, 6, 30): DayCounts(open=1, kinds=ANSWERS),  # g
    }
    every = deadline_counts(context.factory, CLERK, *JUNE, ON, WINDOW)
    assert every[D(2026, 6, 24)] == DayCounts(due_soon=1, done=1, kinds=ANSWERS)


def test_a_session_turns_overdue_the_day_after_its_own_and_done_when_all_is_answered(
    context: ServiceContext, june: dict[str, int]
) -> None:
    names = _names(june)
    on_the_day = {names[e.record_id]: e.state for e in _entries(context, D(2026, 6, 24))}
    after = {names[e.record_id]: e.state for e in _entries(context, D(2026, 6, 25))}
    assert (on_the_day["e"], after["e"]) == (SOON, OVERDUE)
    assert (on_the_day["k"], after["k"]) == (DONE, DONE)
    answer_rest(context, june["b"], D(2026, 6, 25))  # the last point, after the deadline
    b = next(e for e in _entries(context, D(2026, 6, 26)) if names[e.record_id] == "b")
    assert (b.state, b.late, b.pending) == (DONE, True, 0)


def test_a_day_and_a_line_open_the_sessions_due_then(
    context: ServiceContext, june: dict[str, int]
) -> None:
    where = opens_day(ANSWER, D(2026, 6, 19))
    assert where == CriticismFilter(steps=FOLLOWED, due_from=D(2026, 6, 19), due_to=D(2026, 6, 19))
    assert _named(context, june, where) == {"a", "c"}  # not i, cancelled
    assert _named(context, june, opens_day(ANSWER, D(2026, 6, 22))) == {"b"}  # not h, closed
    names = _names(june)
    for entry in _entries(context):
        assert names[entry.record_id] in _named(context, june, entry.opens)
        assert entry.opens == opens_day(ANSWER, entry.day)


def test_the_todo_list_has_the_overdue_and_the_soon_sessions(
    context: ServiceContext, june: dict[str, int]
) -> None:
    names = _names(june)
    todo = todo_list(context.factory, CLERK, ON, WINDOW)
    groups = [
        (g.standing, g.count, [(names[e.record_id], e.pending) for e in g.entries])
        for g in todo.criticisms
    ]
    assert groups == [
        (CriticismStanding.OVERDUE, 2, [("a", 3), ("b", 1)]),
        (CriticismStanding.DUE_SOON, 2, [("e", 3), ("f", 2)]),  # not k, answered
    ]
    assert (todo.overdue_criticisms, todo.criticisms_due_soon) == (2, 2)
    assert not todo.is_empty
    a = todo.criticisms[0].entries[0]
    assert (a.day, a.state, a.title, a.organization, a.kind) == (
        D(2026, 6, 19),
        OVERDUE,
        title_of("a"),
        COMMUNE,
        ANSWER,
    )
    # A group opens exactly its sessions, a line exactly its own (c, answered, is due on
    # a's day; k on e's).
    for group in todo.criticisms:
        assert _named(context, june, group.opens) == {names[e.record_id] for e in group.entries}
        for entry in group.entries:
            assert _named(context, june, entry.opens) == {names[entry.record_id]}
    # Read on 20/6: a is overdue, b (22/6) due soon.
    before = todo_list(context.factory, CLERK, D(2026, 6, 20), WINDOW)
    assert [(g.standing, [names[e.record_id] for e in g.entries]) for g in before.criticisms] == [
        (CriticismStanding.OVERDUE, ["a"]),
        (CriticismStanding.DUE_SOON, ["b"]),
    ]


def test_each_group_lists_its_first_sessions_and_counts_the_rest(
    context: ServiceContext, june: dict[str, int]
) -> None:
    with context.factory() as session:
        groups = pending_criticisms(session, CLERK, ON, WINDOW, per_group=1)
        assert pending_criticisms(session, CLERK, D(2026, 5, 1), WINDOW) == ()
    assert [(g.standing, g.count, len(g.entries), g.more) for g in groups] == [
        (CriticismStanding.OVERDUE, 2, 1, 1),
        (CriticismStanding.DUE_SOON, 2, 1, 1),
    ]
    assert [g.entries[0].record_id for g in groups] == [june["a"], june["e"]]


def test_the_calendar_reads_in_one_query_and_the_todo_list_in_two(
    office_database: Database, context: ServiceContext, june: dict[str, int]
) -> None:
    statements: list[str] = []
    engine = office_database.engine

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    def read(what: str) -> int:
        statements.clear()
        with context.factory() as session:
            if what == "entries":
                CRITICISM_DEADLINES.entries(session, CLERK, *JUNE, ON, WINDOW)
            elif what == "counts":
                CRITICISM_DEADLINES.counts(session, CLERK, *JUNE, ON, WINDOW)
            else:
                pending_criticisms(session, CLERK, ON, WINDOW)
        return len([s for s in statements if "criticism" in s])

    event.listen(engine, "before_cursor_execute", count)
    try:
        assert [read(what) for what in ("entries", "counts", "todo")] == [1, 1, 2]
    finally:
        event.remove(engine, "before_cursor_execute", count)
