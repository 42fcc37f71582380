"""The bodies' commitments to fix in Lịch hạn and Việc cần làm, against a hand count.

The data are ``tests.services.calendar.commitments_due``'s table, read on Tuesday 23/6 2026
with a window of 3 days (due soon: 23/6 – 26/6). Every test runs on SQLite and on the
shared PostgreSQL server.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from giamsat_desktop.domain.recommendations import RecommendationFilter
from giamsat_desktop.domain.recommendations import RecommendationState as R
from giamsat_desktop.services.calendar.commitment_deadlines import (
    COMMITMENT_DEADLINES,
    CommitmentStanding,
    pending_commitments,
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
from giamsat_desktop.services.recommendations.queries import (
    count_recommendations,
    recommendation_keys,
)
from giamsat_desktop.services.safety.database import Database
from tests.services.calendar.commitments_due import commit, make_commitments
from tests.services.calendar.recommendations_due import COMMUNE, CONTENTS, PROVINCE, get
from tests.services.supervision.office_sessions import CLERK, VIEWER

D = dt.date
ON = D(2026, 6, 23)
WINDOW = 3
JUNE = (D(2026, 6, 1), D(2026, 6, 30))
COMMITMENT = DeadlineKind.RECOMMENDATION_COMMITMENT
COMMITMENTS = frozenset({COMMITMENT})
OVERDUE, SOON, LATER, DONE = (
    DeadlineState.OVERDUE,
    DeadlineState.DUE_SOON,
    DeadlineState.OPEN,
    DeadlineState.DONE,
)


@pytest.fixture
def committed(context: ServiceContext) -> dict[str, int]:
    return make_commitments(context)


def _names(ids: dict[str, int]) -> dict[int, str]:
    return {value: key for key, value in ids.items()}


def _entries(
    context: ServiceContext, start: dt.date, end: dt.date, today: dt.date = ON
) -> list[DeadlineEntry]:
    found = deadlines_between(context.factory, CLERK, start, end, today, WINDOW)
    return [entry for entry in found if entry.kind is COMMITMENT]


def _keys(context: ServiceContext, where: object) -> set[int]:
    assert isinstance(where, RecommendationFilter)
    return set(recommendation_keys(context.factory, CLERK, where))


def test_the_states_are_the_ones_hand_counted(
    context: ServiceContext, committed: dict[str, int]
) -> None:
    states = {name: get(context, key).state for name, key in committed.items()}
    assert states == {
        "a1": R.SENT,
        "a2": R.ANSWERED,
        "a3": R.ESCALATED,
        "a4": R.RESOLVED,
        "a5": R.ANSWERED,
        "a6": R.CLOSED,
        "b1": R.RESOLVED,
        "b2": R.ANSWERED,
        "b3": R.RESOLVED,  # by the reply saying so
        "d": R.DRAFTED,
    }


def test_the_months_commitments_come_by_day_with_their_state(
    context: ServiceContext, committed: dict[str, int]
) -> None:
    names = _names(committed)
    for actor in (CLERK, VIEWER):  # recommendations are not secret
        found = deadlines_between(context.factory, actor, *JUNE, ON, WINDOW)
        entries = [entry for entry in found if entry.kind is COMMITMENT]
        assert [(e.day, names[e.record_id], e.state, e.late) for e in entries] == [
            (D(2026, 6, 12), "b1", DONE, True),  # resolved 18/6; "tỉnh" before "xã"
            (D(2026, 6, 12), "a4", DONE, False),  # resolved 10/6
            (D(2026, 6, 19), "b3", DONE, True),  # resolved by a reply of 22/6
            (D(2026, 6, 19), "a2", OVERDUE, False),
            (D(2026, 6, 22), "a3", OVERDUE, False),
            (D(2026, 6, 24), "a5", SOON, False),
            (D(2026, 6, 25), "d", SOON, False),  # still unsent: followed all the same
            (D(2026, 6, 26), "a1", SOON, False),  # the window's last day
            (D(2026, 6, 30), "b2", LATER, False),
        ]  # a6, closed, is not there
    a2 = next(entry for entry in entries if names[entry.record_id] == "a2")
    assert (a2.title, a2.organization) == (CONTENTS["a2"], COMMUNE)
    b1 = next(entry for entry in entries if names[entry.record_id] == "b1")
    assert b1.organization == PROVINCE
    # A reply deadline and a commitment of the same recommendation are two lines.
    every = deadlines_between(context.factory, CLERK, *JUNE, ON, WINDOW)
    kinds = [entry.kind for entry in every if entry.record_id == committed["a1"]]
    assert kinds == [DeadlineKind.RECOMMENDATION_REPLY, COMMITMENT]  # 22/6, 26/6


def test_each_day_counts_its_commitments_by_state(
    context: ServiceContext, committed: dict[str, int]
) -> None:
    with context.factory() as session:
        counts = COMMITMENT_DEADLINES.counts(session, CLERK, *JUNE, ON, WINDOW)
    assert counts == {
        D(2026, 6, 12): DayCounts(done=2, kinds=COMMITMENTS),  # a4, b1
        D(2026, 6, 19): DayCounts(overdue=1, done=1, kinds=COMMITMENTS),  # a2; b3 (a6 closed)
        D(2026, 6, 22): DayCounts(overdue=1, kinds=COMMITMENTS),  # a3
        D(2026, 6, 24): DayCounts(due_soon=1, kinds=COMMITMENTS),  # a5
        D(2026, 6, 25): DayCounts(due_soon=1, kinds=COMMITMENTS),  # d
        D(2026, 6, 26): DayCounts(due_soon=1, kinds=COMMITMENTS),  # a1
        D(2026, 6, 30): DayCounts(open=1, kinds=COMMITMENTS),  # b2
    }
    every = deadline_counts(context.factory, CLERK, *JUNE, ON, WINDOW)
    # 22/6 holds a1's reply deadline (overdue) and a3's commitment (overdue).
    assert every[D(2026, 6, 22)].overdue == 2
    assert every[D(2026, 6, 22)].kinds == {DeadlineKind.RECOMMENDATION_REPLY, COMMITMENT}
    assert every[D(2026, 6, 24)] == DayCounts(due_soon=1, kinds=COMMITMENTS)


def test_a_commitment_turns_overdue_the_day_after_its_own(
    context: ServiceContext, committed: dict[str, int]
) -> None:
    names = _names(committed)
    on_the_day = {names[e.record_id]: e.state for e in _entries(context, *JUNE, D(2026, 6, 26))}
    after = {names[e.record_id]: e.state for e in _entries(context, *JUNE, D(2026, 6, 27))}
    assert (on_the_day["a1"], after["a1"]) == (SOON, OVERDUE)
    assert (on_the_day["b3"], after["b3"]) == (DONE, DONE)


def test_a_day_and_a_line_open_the_recommendations_committed_then(
    context: ServiceContext, committed: dict[str, int]
) -> None:
    where = opens_day(COMMITMENT, D(2026, 6, 12))
    assert where == RecommendationFilter(
        commitment_from=D(2026, 6, 12), commitment_to=D(2026, 6, 12)
    )
    assert _keys(context, where) == {committed["a4"], committed["b1"]}
    # Each line opens its own recommendation: a2's not a6's, closed, of the same day and body.
    for entry in _entries(context, *JUNE):
        assert _keys(context, entry.opens) == {entry.record_id}


def test_the_filter_reads_the_commitments_days(
    context: ServiceContext, committed: dict[str, int]
) -> None:
    names = _names(committed)

    def named(where: RecommendationFilter) -> set[str]:
        return {names[key] for key in _keys(context, where)}

    assert named(RecommendationFilter(commitment_from=D(2026, 6, 25))) == {"d", "a1", "b2"}
    assert named(RecommendationFilter(commitment_to=D(2026, 6, 12))) == {"a4", "b1"}
    between = RecommendationFilter(commitment_from=D(2026, 6, 19), commitment_to=D(2026, 6, 22))
    assert named(between) == {"a2", "a3", "a6", "b3"}
    assert count_recommendations(context.factory, CLERK, between) == 4
    commit(context, committed["a3"], None)  # the commitment's day taken off
    assert named(between) == {"a2", "a6", "b3"}


def test_the_todo_list_has_the_overdue_and_the_soon_commitments(
    context: ServiceContext, committed: dict[str, int]
) -> None:
    names = _names(committed)
    todo = todo_list(context.factory, CLERK, ON, WINDOW)
    groups = [
        (g.standing, g.count, [names[e.record_id] for e in g.entries]) for g in todo.commitments
    ]
    assert groups == [
        (CommitmentStanding.OVERDUE, 2, ["a2", "a3"]),
        (CommitmentStanding.DUE_SOON, 3, ["a5", "d", "a1"]),
    ]
    assert (todo.overdue_commitments, todo.commitments_due_soon) == (2, 3)
    a2 = todo.commitments[0].entries[0]
    assert (a2.day, a2.state, a2.title, a2.organization, a2.kind) == (
        D(2026, 6, 19),
        OVERDUE,
        CONTENTS["a2"],
        COMMUNE,
        COMMITMENT,
    )
    for group in todo.commitments:
        assert _keys(context, group.opens) == {e.record_id for e in group.entries}
        for entry in group.entries:
            assert _keys(context, entry.opens) == {entry.record_id}
    # Read the day before: a3 is due that day.
    before = todo_list(context.factory, CLERK, D(2026, 6, 22), WINDOW)
    assert [(g.standing, [names[e.record_id] for e in g.entries]) for g in before.commitments] == [
        (CommitmentStanding.OVERDUE, ["a2"]),
        (CommitmentStanding.DUE_SOON, ["a3", "a5", "d"]),  # d (25/6) is the window's last day
    ]


def test_each_group_lists_its_first_commitments_and_counts_the_rest(
    context: ServiceContext, committed: dict[str, int]
) -> None:
    with context.factory() as session:
        groups = pending_commitments(session, CLERK, ON, WINDOW, per_group=1)
        # On 10/6 the commitments of 12/6 are resolved already: nothing is due.
        assert pending_commitments(session, CLERK, D(2026, 6, 10), WINDOW) == ()
    assert [(g.standing, g.count, len(g.entries), g.more) for g in groups] == [
        (CommitmentStanding.OVERDUE, 2, 1, 1),
        (CommitmentStanding.DUE_SOON, 3, 1, 2),
    ]
    assert [g.entries[0].record_id for g in groups] == [committed["a2"], committed["a5"]]


def test_the_calendar_reads_in_one_query_and_the_todo_list_in_two(
    office_database: Database, context: ServiceContext, committed: dict[str, int]
) -> None:
    statements: list[str] = []
    engine = office_database.engine

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    def read(what: str) -> int:
        statements.clear()
        with context.factory() as session:
            if what == "entries":
                COMMITMENT_DEADLINES.entries(session, CLERK, *JUNE, ON, WINDOW)
            elif what == "counts":
                COMMITMENT_DEADLINES.counts(session, CLERK, *JUNE, ON, WINDOW)
            else:
                pending_commitments(session, CLERK, ON, WINDOW)
        return len([s for s in statements if "recommendation" in s])

    event.listen(engine, "before_cursor_execute", count)
    try:
        assert [read(what) for what in ("entries", "counts", "todo")] == [1, 1, 2]
    finally:
        event.remove(engine, "before_cursor_execute", count)
