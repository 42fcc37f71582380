"""The Kiến nghị page's counts against a data set counted by hand.

The June set of ``tests.services.calendar.recommendations_due`` (its table says what each
recommendation went through), then two more replies: b1 refused (không tiếp thu) on 24/6
and b2 resolved on 28/6. Counted by hand from the table, not by the code under test:

====  ======  ==============  ======  =====================================
name  body    state           due     overdue on 23/6 · on 1/7
====  ======  ==============  ======  =====================================
a1    xã      đã gửi          22/6    yes · yes
a2    xã      đã trả lời      11/6    no (replied) · no
a3    xã      kiến nghị trên  16/6    yes · yes (escalated, still no reply)
a4    xã      đã gửi          30/6    no · yes
a5    xã      đã trả lời      11/6    no · no
a6    xã      đã đóng         15/6    no · no (closed)
b1    tỉnh    đã trả lời      25/6    no · no (refused, but a reply)
b2    tỉnh    đã giải quyết   25/6    no · no
b3    tỉnh    đã gửi          26/6    no · yes
d     tỉnh    chưa gửi        —       no · no (another session)
====  ======  ==============  ======  =====================================

Every test runs on SQLite and on the shared PostgreSQL server.
"""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.recommendations import (
    RecommendationCounts,
    RecommendationFilter,
    ReplyDraft,
    ReplyKind,
)
from giamsat_desktop.domain.recommendations import RecommendationState as R
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.recommendations import queries, replies
from tests.services.calendar.recommendations_due import PROVINCE, get, make_june
from tests.services.supervision.office_sessions import CLERK

D = dt.date
F = RecommendationFilter


@pytest.fixture
def june(context: ServiceContext) -> dict[str, int]:
    """The counted set; the recommendations' ids by name."""
    ids = make_june(context)
    for name, kind, day in (("b1", ReplyKind.REFUSED, D(2026, 6, 24)),
                            ("b2", ReplyKind.RESOLVED, D(2026, 6, 28))):  # fmt: skip
        record = get(context, ids[name])
        replies.add_reply(context.factory, CLERK, record.id, record.version, ReplyDraft(day, kind))
    return ids


def _counts(context: ServiceContext, today: dt.date, where: F) -> RecommendationCounts:
    return queries.counts(context.factory, CLERK, where, today)


def _names(context: ServiceContext, ids: dict[str, int], where: F) -> set[str]:
    """The names of those ``where`` lets through; the list's count is the same number."""
    keys = queries.recommendation_keys(context.factory, CLERK, where)
    assert len(keys) == queries.count_recommendations(context.factory, CLERK, where)
    return {name for name, key in ids.items() if key in keys}


def test_every_state_is_counted_as_counted_by_hand(
    context: ServiceContext, june: dict[str, int]
) -> None:
    counted = _counts(context, D(2026, 6, 23), F())
    assert counted.by_state == {
        R.DRAFTED: 1,
        R.SENT: 3,
        R.ANSWERED: 3,
        R.RESOLVED: 1,
        R.ESCALATED: 1,
        R.CLOSED: 1,
    }
    assert (counted.total, counted.overdue) == (10, 2)
    assert _counts(context, D(2026, 7, 1), F()).overdue == 4


def test_each_filter_lets_through_the_recommendations_counted_by_hand(
    context: ServiceContext, june: dict[str, int]
) -> None:
    assert _names(context, june, F(overdue_on=D(2026, 6, 23))) == {"a1", "a3"}
    assert _names(context, june, F(overdue_on=D(2026, 7, 1))) == {"a1", "a3", "a4", "b3"}
    assert _names(context, june, F(open_only=True)) == set(june) - {"a6", "b2"}
    assert _names(context, june, F(addressed_body=PROVINCE)) == {"b1", "b2", "b3", "d"}
    assert _names(context, june, F(states=frozenset({R.SENT, R.ESCALATED}))) == {
        "a1",
        "a3",
        "a4",
        "b3",
    }
    assert _names(context, june, F(due_from=D(2026, 6, 20), due_to=D(2026, 6, 30))) == {
        "a1",
        "a4",
        "b1",
        "b2",
        "b3",
    }
    assert _names(context, june, F(words="cong khai")) == {"a2", "d"}
    assert _names(context, june, F(year=2026)) == set(june)
    assert _names(context, june, F(year=2025)) == set()
    first = get(context, june["a1"]).session_id
    assert _names(context, june, F(session_id=first)) == set(june) - {"d"}


def test_filters_combine_and_the_counts_follow_them(
    context: ServiceContext, june: dict[str, int]
) -> None:
    late = D(2026, 7, 1)
    province = _counts(context, late, F(addressed_body=PROVINCE))
    assert province.by_state == {R.DRAFTED: 1, R.SENT: 1, R.ANSWERED: 1, R.RESOLVED: 1}
    assert (province.total, province.overdue) == (4, 1)
    assert _names(context, june, F(addressed_body=PROVINCE, overdue_on=late)) == {"b3"}
    waiting = _counts(context, late, F(open_only=True, states=frozenset({R.ANSWERED})))
    assert (waiting.by_state, waiting.total, waiting.overdue) == ({R.ANSWERED: 3}, 3, 0)
