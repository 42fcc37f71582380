"""The list's filters by the answers' deadline and by answers awaited, against a hand count.

The data are ``tests.services.calendar.criticisms_due``'s table (deadlines in June 2026).
Every test runs on SQLite and on the shared PostgreSQL server.
"""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.criticism_records import CriticismFilter
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.criticism import queries
from tests.services.calendar.criticisms_due import answer_rest, make_june
from tests.services.supervision.office_sessions import CLERK

D = dt.date


@pytest.fixture
def june(context: ServiceContext) -> dict[str, int]:
    return make_june(context)


def _named(context: ServiceContext, ids: dict[str, int], where: CriticismFilter) -> set[str]:
    keys = set(queries.criticism_keys(context.factory, CLERK, where))
    return {name for name, key in ids.items() if key in keys}


def test_the_deadline_filters_let_through_the_days_asked_for(
    context: ServiceContext, june: dict[str, int]
) -> None:
    assert _named(context, june, CriticismFilter(due_from=D(2026, 6, 24))) == {"e", "f", "g", "k"}
    assert _named(context, june, CriticismFilter(due_to=D(2026, 6, 12))) == {"d"}
    between = CriticismFilter(due_from=D(2026, 6, 19), due_to=D(2026, 6, 22))
    assert _named(context, june, between) == {"a", "b", "c", "h", "i"}  # every step
    # j, never sent, has no deadline: no range lets it through.
    assert "j" not in _named(context, june, CriticismFilter(due_to=D(2026, 12, 31)))
    counted = queries.counts(context.factory, CLERK, between, D(2026, 6, 23))
    assert (counted.total, counted.overdue) == (5, 2)  # a, b


def test_awaited_only_keeps_the_followed_sessions_with_a_point_unanswered(
    context: ServiceContext, june: dict[str, int]
) -> None:
    awaited = CriticismFilter(awaited_only=True)
    assert _named(context, june, awaited) == {"a", "b", "e", "f", "g"}  # not h, i, j
    answer_rest(context, june["f"], D(2026, 6, 21))
    assert _named(context, june, awaited) == {"a", "b", "e", "g"}
    soon = CriticismFilter(awaited_only=True, due_from=D(2026, 6, 23), due_to=D(2026, 6, 26))
    assert _named(context, june, soon) == {"e"}  # k, due 24/6 too, is answered
