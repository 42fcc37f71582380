"""The dialogues' counts and filters against a set counted by hand.

====  ==========  ====  ======  ==========================================================
name  body        year  issues  commitments (due → done)
====  ==========  ====  ======  ==========================================================
a     cấp ủy      2026  3       30/04 pending; 31/03 → 28/03
b     chính quyền 2026  2       15/05 pending; none
c     chính quyền 2026  1       none
d     cấp ủy      2025  2       20/12/2025 pending; 10/12/2025 → 20/12/2025 (late)
====  ==========  ====  ======  ==========================================================

On 02/05/2026: overdue a's first, d's first; b's is due soon. Every test runs on SQLite and
on the shared PostgreSQL server.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from giamsat_desktop.domain.dialogue_records import DialogueFilter, IssueDraft
from giamsat_desktop.domain.dialogues import LeaderBody
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.dialogues import editing, queries
from tests.services.dialogues.samples import DRAFT, ISSUES
from tests.services.supervision.office_sessions import CLERK

D = dt.date
DAY = D(2026, 5, 2)
GOV = LeaderBody.GOVERNMENT


@pytest.fixture
def counted(context: ServiceContext) -> dict[str, int]:
    def make(name: str, body: LeaderBody, held: dt.date, issues: list[IssueDraft]) -> int:
        draft = dataclasses.replace(DRAFT, leader_body=body, held_on=held, topic=f"Chủ đề {name}")
        return editing.create_dialogue(context.factory, CLERK, draft, issues)[0].id

    road = IssueDraft("Đường thôn 2 xuống cấp", commitment="Sửa đường", due_on=D(2026, 5, 15))
    old = [
        IssueDraft("Trợ cấp chậm", commitment="Chi trả trợ cấp", due_on=D(2025, 12, 20)),
        IssueDraft(
            "Đèn đường hỏng",
            commitment="Thay bóng đèn",
            due_on=D(2025, 12, 10),
            done_on=D(2025, 12, 20),
        ),
    ]
    return {
        "a": make("a", LeaderBody.PARTY, D(2026, 3, 12), ISSUES),
        "b": make("b", GOV, D(2026, 4, 2), [road, IssueDraft("Hỏi về bảo hiểm y tế")]),
        "c": make("c", GOV, D(2026, 4, 20), [IssueDraft("Hỏi về đất ở")]),
        "d": make("d", LeaderBody.PARTY, D(2025, 11, 5), old),
    }


def _names(context: ServiceContext, ids: dict[str, int], where: DialogueFilter) -> set[str]:
    keys = queries.dialogue_keys(context.factory, CLERK, where)
    return {name for name, key in ids.items() if key in keys}


def test_the_counts_are_the_counts_made_by_hand(
    context: ServiceContext, counted: dict[str, int]
) -> None:
    year = queries.counts(context.factory, CLERK, year=2026, day=DAY)
    assert year == queries.counts(
        context.factory, CLERK, day=DAY, where=DialogueFilter(year=2026)
    )
    assert (year.dialogues, year.by_body) == (3, {LeaderBody.PARTY: 1, GOV: 2})
    assert (year.issues, year.commitments, year.done, year.overdue) == (6, 3, 1, 1)
    every = queries.counts(context.factory, CLERK, day=DAY)
    assert (every.dialogues, every.issues, every.commitments, every.done, every.overdue) == (
        4,
        8,
        5,
        2,
        2,
    )
    later = queries.counts(context.factory, CLERK, year=2026, day=D(2026, 5, 16))
    assert later.overdue == 2  # b's road is overdue too
    last = queries.counts(context.factory, CLERK, year=2025, day=DAY)
    assert (last.dialogues, last.by_body, last.overdue) == (1, {LeaderBody.PARTY: 1}, 1)


def test_each_filter_lets_through_the_dialogues_counted_by_hand(
    context: ServiceContext, counted: dict[str, int]
) -> None:
    assert _names(context, counted, DialogueFilter()) == {"a", "b", "c", "d"}
    assert _names(context, counted, DialogueFilter(year=2025)) == {"d"}
    assert _names(context, counted, DialogueFilter(bodies=frozenset({GOV}))) == {"b", "c"}
    assert _names(context, counted, DialogueFilter(overdue_on=DAY)) == {"a", "d"}
    assert _names(context, counted, DialogueFilter(pending_only=True)) == {"a", "b", "d"}
    may = DialogueFilter(due_from=D(2026, 5, 1), due_to=D(2026, 5, 31))
    assert _names(context, counted, may) == {"b"}
    assert _names(context, counted, DialogueFilter(due_from=D(2026, 3, 31), due_to=D(2026, 3, 31)))
    assert _names(
        context, counted, DialogueFilter(overdue_on=DAY, due_from=D(2026, 3, 31))
    ) == {"a"}  # the same issue: a's first, due 30/04
    assert _names(
        context, counted, DialogueFilter(overdue_on=DAY, due_to=D(2026, 3, 31))
    ) == {"d"}  # a's issue due 31/03 is done
    assert queries.dialogue_years(context.factory) == [2026, 2025]
    assert queries.dialogue_keys(
        context.factory, CLERK, DialogueFilter(), (queries.DialogueColumn.HELD, False)
    ) == [counted[name] for name in "dabc"]
