"""The Phản biện xã hội list: filters, search and counts against a set counted by hand.

====  ===========  =========  ===========================  ==================================
name  form         year       step                         points (answered)
====  ===========  =========  ===========================  ==================================
a     hội nghị     2026       sent 12/6, due 25/6          3 (none)             overdue 26/6
b     hội nghị     2026       answered 22/6                3 (2: 1 tiếp thu)    overdue 26/6
c     gửi dự thảo  2026       answered 20/6                3 (3: 1 tiếp thu)    not overdue
d     đối thoại    2026       planned                      3 (none)             not sent
e     hội nghị     2025       cancelled                    3 (none)             not followed
====  ===========  =========  ===========================  ==================================

Every test runs on SQLite and on the shared PostgreSQL server.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from giamsat_desktop.domain.criticism import CriticismForm, CriticismStep, PointAnswer
from giamsat_desktop.domain.criticism_records import CriticismFilter, PointAnswerDraft
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.criticism import answers, moves, queries, sessions
from tests.services.criticism.samples import DRAFT, POINTS
from tests.services.supervision.office_sessions import CLERK

S, F, D = CriticismStep, CriticismForm, dt.date
ROUND = [S.PLAN_ISSUED, S.DRAFT_SENT_ROUND, S.OPINIONS_GATHERED, S.SENT]
CONFERENCE = [S.PLAN_ISSUED, S.OPENED, S.PRESENTED, S.FOCUSED, S.DISCUSSED, S.EXPLAINED]
CONFERENCE += [S.CONCLUDED, S.SENT]


def _session(context: ServiceContext, title: str, form: CriticismForm, held: dt.date) -> int:
    draft = dataclasses.replace(DRAFT, title=title, form=form, held_on=held, received_on=held)
    return sessions.create_criticism(context.factory, CLERK, draft, POINTS)[0].id


def _walk(context: ServiceContext, key: int, steps: list[CriticismStep], note: str = "") -> None:
    for step in steps:
        record = queries.criticisms_by_ids(context.factory, CLERK, [key])[0]
        moves.move_criticism(
            context.factory, CLERK, key, record.version, step, D(2026, 6, 12), note
        )


def _answer(context: ServiceContext, key: int, day: dt.date, kinds: list[PointAnswer]) -> None:
    record = queries.criticisms_by_ids(context.factory, CLERK, [key])[0]
    drafts = [PointAnswerDraft(p.id, kind) for p, kind in zip(record.points, kinds, strict=False)]
    answers.record_reply(context.factory, CLERK, key, record.version, day, drafts)


@pytest.fixture
def counted(context: ServiceContext) -> dict[str, int]:
    ids = {
        "a": _session(context, "Dự thảo quy hoạch khu dân cư", F.CONFERENCE, D(2026, 6, 10)),
        "b": _session(context, "Dự thảo đề án chợ nông thôn", F.CONFERENCE, D(2026, 6, 10)),
        "c": _session(context, "Dự thảo kế hoạch thu gom rác", F.DRAFT_ROUND, D(2026, 6, 5)),
        "d": _session(context, "Dự thảo quy chế dân chủ ở cơ sở", F.DIALOGUE, D(2026, 7, 1)),
        "e": _session(context, "Dự thảo nghị quyết phí chợ", F.CONFERENCE, D(2025, 11, 3)),
    }
    _walk(context, ids["a"], CONFERENCE)
    _walk(context, ids["b"], CONFERENCE)
    _answer(context, ids["b"], D(2026, 6, 22), [PointAnswer.ACCEPTED, PointAnswer.EXPLAINED])
    _walk(context, ids["c"], ROUND)
    accepted, explained = PointAnswer.ACCEPTED, PointAnswer.EXPLAINED
    _answer(context, ids["c"], D(2026, 6, 20), [accepted, explained, PointAnswer.REFUSED])
    _walk(context, ids["e"], [S.CANCELLED], "Dự thảo rút lại")
    return ids


def _names(context: ServiceContext, ids: dict[str, int], where: CriticismFilter) -> set[str]:
    keys = queries.criticism_keys(context.factory, CLERK, where)
    return {name for name, key in ids.items() if key in keys}


def test_each_filter_lets_through_the_sessions_counted_by_hand(
    context: ServiceContext, counted: dict[str, int]
) -> None:
    late = D(2026, 6, 26)
    assert _names(context, counted, CriticismFilter(overdue_on=late)) == {"a", "b"}
    assert _names(context, counted, CriticismFilter(overdue_on=D(2026, 6, 25))) == set()
    assert _names(context, counted, CriticismFilter(year=2025)) == {"e"}
    assert _names(context, counted, CriticismFilter(open_only=True)) == {"a", "b", "c", "d"}
    assert _names(context, counted, CriticismFilter(forms=frozenset({F.CONFERENCE}))) == {
        "a",
        "b",
        "e",
    }
    assert _names(context, counted, CriticismFilter(steps=frozenset({S.ANSWERED}))) == {"b", "c"}
    assert _names(context, counted, CriticismFilter(words="cho nong thon")) == {"b"}
    assert _names(context, counted, CriticismFilter(words="than nhan liet si")) == set(counted)


def test_the_counts_are_the_counts_made_by_hand(
    context: ServiceContext, counted: dict[str, int]
) -> None:
    every = queries.counts(context.factory, CLERK, CriticismFilter(), D(2026, 6, 26))
    assert every.by_form == {F.CONFERENCE: 3, F.DRAFT_ROUND: 1, F.DIALOGUE: 1}
    assert (every.total, every.points, every.accepted, every.overdue) == (5, 15, 2, 2)
    this_year = queries.counts(context.factory, CLERK, CriticismFilter(year=2026), D(2026, 6, 1))
    assert (this_year.total, this_year.points, this_year.accepted, this_year.overdue) == (
        4,
        12,
        2,
        0,
    )
    assert queries.criticism_years(context.factory) == [2026, 2025]
