"""The recommendations' reply deadlines in Lịch hạn and Việc cần làm, against a hand count.

The data are ``tests.services.calendar.recommendations_due``'s table, read on Tuesday 23/6
2026 with a window of 3 days (due soon: 23/6 – 26/6). Every test runs on SQLite and on the
shared PostgreSQL server.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from giamsat_desktop.domain.recommendations import RecommendationFilter
from giamsat_desktop.domain.recommendations import RecommendationState as R
from giamsat_desktop.services.calendar.deadlines import (
    DayCounts,
    DeadlineEntry,
    DeadlineKind,
    DeadlineState,
)
from giamsat_desktop.services.calendar.recommendation_deadlines import (
    REPLY_DEADLINES,
    ReplyStanding,
    pending_replies,
)
from giamsat_desktop.services.calendar.sources import deadline_counts, deadlines_between, opens_day
from giamsat_desktop.services.calendar.todo import todo_list
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.recommendations.queries import recommendation_keys
from giamsat_desktop.services.safety.database import Database
from tests.services.calendar.recommendations_due import (
    COMMUNE,
    CONTENTS,
    PROVINCE,
    add,
    get,
    make_june,
    reported,
    send,
)
from tests.services.supervision.office_sessions import CLERK, VIEWER

D = dt.date
ON = D(2026, 6, 23)
WINDOW = 3
JUNE = (D(2026, 6, 1), D(2026, 6, 30))
REPLY = DeadlineKind.RECOMMENDATION_REPLY
REPLIES = frozenset({REPLY})
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


def _entries(
    context: ServiceContext, start: dt.date, end: dt.date, today: dt.date = ON
) -> list[DeadlineEntry]:
    found = deadlines_between(context.factory, CLERK, start, end, today, WINDOW)
    return [entry for entry in found if entry.kind is REPLY]


def _keys(context: ServiceContext, where: object) -> set[int]:
    assert isinstance(where, RecommendationFilter)
    return set(recommendation_keys(context.factory, CLERK, where))


def test_the_stored_deadlines_are_the_ones_hand_counted(
    context: ServiceContext, june: dict[str, int]
) -> None:
    """Over a weekend the deadline was moved to Monday when sent, and the calendar keeps it."""
    due = {name: get(context, key).reply_due for name, key in june.items()}
    assert due == {
        "a1": D(2026, 6, 22),  # 21/6 is a Sunday
        "a2": D(2026, 6, 11),
        "a3": D(2026, 6, 16),
        "a4": D(2026, 6, 30),
        "a5": D(2026, 6, 11),
        "a6": D(2026, 6, 15),  # 13/6 is a Saturday
        "b1": D(2026, 6, 25),
        "b2": D(2026, 6, 25),
        "b3": D(2026, 6, 26),
        "d": None,
    }
    assert (get(context, june["a3"]).state, get(context, june["a1"]).state) == (R.ESCALATED, R.SENT)


def test_the_months_reply_deadlines_come_by_day_with_their_state(
    context: ServiceContext, june: dict[str, int]
) -> None:
    names = _names(june)
    for actor in (CLERK, VIEWER):  # recommendations are not secret
        found = deadlines_between(context.factory, actor, *JUNE, ON, WINDOW)
        entries = [entry for entry in found if entry.kind is REPLY]
        assert [(e.day, names[e.record_id], e.state, e.late) for e in entries] == [
            (D(2026, 6, 11), "a2", DONE, True),  # replied 15/6
            (D(2026, 6, 11), "a5", DONE, False),  # replied 10/6
            (D(2026, 6, 16), "a3", OVERDUE, False),  # escalated, no reply yet
            (D(2026, 6, 22), "a1", OVERDUE, False),
            (D(2026, 6, 25), "b1", SOON, False),
            (D(2026, 6, 25), "b2", DONE, False),
            (D(2026, 6, 26), "b3", SOON, False),  # the window's last day
            (D(2026, 6, 30), "a4", LATER, False),
        ]  # a6 closed without a reply and d never sent are not there
    b3 = next(entry for entry in entries if names[entry.record_id] == "b3")
    assert (b3.title, b3.organization) == ("Kiểm tra việc cấp thẻ năm 2025 của xã", PROVINCE)
    a1 = next(entry for entry in entries if names[entry.record_id] == "a1")
    assert (a1.title, a1.organization) == (CONTENTS["a1"], COMMUNE)


def test_each_day_counts_its_reply_deadlines_by_state(
    context: ServiceContext, june: dict[str, int]
) -> None:
    with context.factory() as session:
        counts = REPLY_DEADLINES.counts(session, CLERK, *JUNE, ON, WINDOW)
    assert counts == {
        D(2026, 6, 11): DayCounts(done=2, kinds=REPLIES),  # a2, a5
        D(2026, 6, 16): DayCounts(overdue=1, kinds=REPLIES),  # a3
        D(2026, 6, 22): DayCounts(overdue=1, kinds=REPLIES),  # a1
        D(2026, 6, 25): DayCounts(due_soon=1, done=1, kinds=REPLIES),  # b1; b2
        D(2026, 6, 26): DayCounts(due_soon=1, kinds=REPLIES),  # b3
        D(2026, 6, 30): DayCounts(open=1, kinds=REPLIES),  # a4
    }
    every = deadline_counts(context.factory, CLERK, *JUNE, ON, WINDOW)
    for day, figures in counts.items():  # the calendar adds them to the other sources'
        assert REPLY in every[day].kinds
        assert every[day].total >= figures.total
    assert D(2026, 6, 15) not in counts and D(2026, 6, 13) not in counts


@pytest.mark.parametrize(
    ("today", "a1", "b3"),
    [
        # a1 is due on Monday 22/6: due soon through its day, overdue from the next one.
        (D(2026, 6, 22), SOON, LATER),
        (ON, OVERDUE, SOON),
        # b3 is due on Friday 26/6: out of the window on 22/6, in it on 23/6.
        (D(2026, 6, 27), OVERDUE, OVERDUE),
    ],
)
def test_overdue_and_due_soon_turn_at_midnight_of_the_day_passed(
    context: ServiceContext,
    june: dict[str, int],
    today: dt.date,
    a1: DeadlineState,
    b3: DeadlineState,
) -> None:
    names = _names(june)
    seen = {names[e.record_id]: e.state for e in _entries(context, *JUNE, today)}
    assert (seen["a1"], seen["b3"]) == (a1, b3)
    with context.factory() as session:
        counts = REPLY_DEADLINES.counts(session, CLERK, *JUNE, today, WINDOW)
    assert counts[D(2026, 6, 22)].overdue == (a1 is OVERDUE)
    assert counts[D(2026, 6, 26)].due_soon == (b3 is SOON)


def test_a_day_and_a_line_open_the_recommendations_due_then(
    context: ServiceContext, june: dict[str, int]
) -> None:
    where = opens_day(REPLY, D(2026, 6, 25))
    assert where == RecommendationFilter(due_from=D(2026, 6, 25), due_to=D(2026, 6, 25))
    assert _keys(context, where) == {june["b1"], june["b2"]}
    assert _keys(context, opens_day(REPLY, D(2026, 6, 21))) == set()  # a Sunday is never due
    names = _names(june)
    for entry in _entries(context, *JUNE):
        assert entry.record_id in _keys(context, entry.opens), names[entry.record_id]
    eleventh = next(e for e in _entries(context, *JUNE) if names[e.record_id] == "a5")
    assert _keys(context, eleventh.opens) == {june["a2"], june["a5"]}  # the letter's of that day


def test_the_todo_list_has_escalations_due_overdue_replies_and_replies_due_soon(
    context: ServiceContext, june: dict[str, int]
) -> None:
    names = _names(june)
    todo = todo_list(context.factory, CLERK, ON, WINDOW)
    groups = [(g.standing, g.count, [names[e.record_id] for e in g.entries]) for g in todo.replies]
    assert groups == [
        (ReplyStanding.ESCALATION_DUE, 1, ["a1"]),  # overdue, only sent
        (ReplyStanding.OVERDUE, 1, ["a3"]),  # overdue though escalated
        (ReplyStanding.DUE_SOON, 2, ["b1", "b3"]),
    ]
    assert (todo.overdue_replies, todo.escalations_due, todo.replies_due_soon) == (2, 1, 2)
    assert not todo.is_empty
    a1 = todo.replies[0].entries[0]
    assert (a1.day, a1.state, a1.title, a1.organization) == (
        D(2026, 6, 22),
        OVERDUE,
        CONTENTS["a1"],
        COMMUNE,
    )
    # Each group opens the list of its recommendations; each line a list that holds it.
    for group in todo.replies:
        assert _keys(context, group.opens) == {e.record_id for e in group.entries}
        for entry in group.entries:
            assert _keys(context, entry.opens) == {entry.record_id}
    # Read the day before, a1 is due that day and no escalation is due.
    before = todo_list(context.factory, CLERK, D(2026, 6, 22), WINDOW)
    assert [(g.standing, [names[e.record_id] for e in g.entries]) for g in before.replies] == [
        (ReplyStanding.OVERDUE, ["a3"]),
        (ReplyStanding.DUE_SOON, ["a1", "b1"]),  # b1 (25/6) is the window's last day
    ]


def test_each_group_lists_its_first_replies_and_counts_the_rest(
    context: ServiceContext, june: dict[str, int]
) -> None:
    with context.factory() as session:
        groups = pending_replies(session, CLERK, ON, WINDOW, per_group=1)
    assert [(g.standing, g.count, len(g.entries), g.more) for g in groups] == [
        (ReplyStanding.ESCALATION_DUE, 1, 1, 0),
        (ReplyStanding.OVERDUE, 1, 1, 0),
        (ReplyStanding.DUE_SOON, 2, 1, 1),
    ]
    assert groups[2].entries[0].record_id == june["b1"]  # the earliest deadline first
    with context.factory() as session:
        assert pending_replies(session, CLERK, D(2026, 6, 1), WINDOW) == ()  # nothing due yet


def test_a_reply_due_in_tet_is_on_the_calendar_the_first_working_day_after(
    context: ServiceContext,
) -> None:
    held = reported(
        context, D(2026, 1, 20), planned_start=D(2026, 1, 12), planned_end=D(2026, 1, 14)
    )
    made = add(context, held.id, "Rà soát hộ nghèo", COMMUNE)
    send(context, held.id, COMMUNE, D(2026, 1, 27))  # 20 days on: Monday 16/2, in Tết
    assert get(context, made.id).reply_due == D(2026, 2, 23)
    february = (D(2026, 2, 1), D(2026, 2, 28))
    read_on = D(2026, 2, 17)
    entries = _entries(context, *february, read_on)
    assert [(e.day, e.record_id, e.state) for e in entries] == [(D(2026, 2, 23), made.id, LATER)]
    with context.factory() as session:
        counts = REPLY_DEADLINES.counts(session, CLERK, *february, read_on, WINDOW)
    assert counts == {D(2026, 2, 23): DayCounts(open=1, kinds=REPLIES)}
    # In the window from Friday 20/2, overdue and an escalation due from Tuesday 24/2.
    friday = todo_list(context.factory, CLERK, D(2026, 2, 20), WINDOW)
    assert [(g.standing, g.count) for g in friday.replies] == [(ReplyStanding.DUE_SOON, 1)]
    assert not todo_list(context.factory, CLERK, D(2026, 2, 19), WINDOW).replies
    tuesday = todo_list(context.factory, CLERK, D(2026, 2, 24), WINDOW)
    assert [(g.standing, g.count) for g in tuesday.replies] == [(ReplyStanding.ESCALATION_DUE, 1)]


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
                REPLY_DEADLINES.entries(session, CLERK, *JUNE, ON, WINDOW)
            elif what == "counts":
                REPLY_DEADLINES.counts(session, CLERK, *JUNE, ON, WINDOW)
            else:
                pending_replies(session, CLERK, ON, WINDOW)
        return len([s for s in statements if "recommendation" in s])

    event.listen(engine, "before_cursor_execute", count)
    try:
        # Việc cần làm: the groups counted, then their first lines.
        assert [read(what) for what in ("entries", "counts", "todo")] == [1, 1, 2]
    finally:
        event.remove(engine, "before_cursor_execute", count)
