"""A recommendation's reply deadline, when it is overdue, and the moves its states allow."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from giamsat_desktop.domain.deadlines import DaysOff
from giamsat_desktop.domain.holidays import shipped_days_off
from giamsat_desktop.domain.recommendations import (
    MOVES,
    REPLY_DAYS,
    RecommendationState,
    ReplyKind,
    body_code,
    can_move,
    is_overdue,
    reply_deadline,
    state_after_reply,
)

R = RecommendationState
WEEKENDS = DaysOff()


def test_the_reply_is_due_twenty_days_after_sending_moved_off_a_weekend() -> None:
    assert REPLY_DAYS == 20
    assert reply_deadline(dt.date(2026, 6, 1), WEEKENDS) == dt.date(2026, 6, 22)  # 21/6: Sunday
    assert reply_deadline(dt.date(2026, 6, 2), WEEKENDS) == dt.date(2026, 6, 22)  # a Monday
    assert reply_deadline(dt.date(2026, 6, 1), WEEKENDS, 15) == dt.date(2026, 6, 16)
    assert reply_deadline(dt.date(2026, 6, 1), WEEKENDS, 30) == dt.date(2026, 7, 1)


def test_a_reply_due_in_tet_is_due_on_the_first_working_day_after() -> None:
    days_off = shipped_days_off()
    sent = dt.date(2026, 1, 27)  # 20 days later is 16/2/2026, in the Tết days off
    assert days_off.is_day_off(dt.date(2026, 2, 16))
    due = reply_deadline(sent, days_off)
    assert due == dt.date(2026, 2, 23)
    assert not days_off.is_day_off(due)


def test_overdue_is_read_on_a_day_for_one_still_waiting_without_reply() -> None:
    due = dt.date(2026, 6, 22)
    assert not is_overdue(R.SENT, due, False, due)  # the deadline day itself is in time
    assert is_overdue(R.SENT, due, False, due + dt.timedelta(days=1))
    assert is_overdue(R.ESCALATED, due, False, due + dt.timedelta(days=1))
    assert not is_overdue(R.SENT, due, True, due + dt.timedelta(days=30))  # replied
    for state in (R.DRAFTED, R.ANSWERED, R.RESOLVED, R.CLOSED):
        assert not is_overdue(state, due, False, due + dt.timedelta(days=30))
    assert not is_overdue(R.SENT, None, False, due)


@pytest.mark.parametrize("old,new", list(itertools.product(R, R)))
def test_every_move_is_allowed_exactly_as_the_table_says(
    old: RecommendationState, new: RecommendationState
) -> None:
    allowed = {
        (R.DRAFTED, R.SENT), (R.DRAFTED, R.CLOSED),
        (R.SENT, R.ANSWERED), (R.SENT, R.RESOLVED), (R.SENT, R.ESCALATED), (R.SENT, R.CLOSED),
        (R.ESCALATED, R.ANSWERED), (R.ESCALATED, R.RESOLVED), (R.ESCALATED, R.CLOSED),
        (R.ANSWERED, R.RESOLVED), (R.ANSWERED, R.CLOSED),
    }  # fmt: skip
    assert can_move(old, new) is ((old, new) in allowed)
    assert set(MOVES) == set(R)


def test_a_reply_answers_or_resolves_and_leaves_a_finished_one_as_it_was() -> None:
    assert state_after_reply(R.SENT, ReplyKind.ACCEPTED) is R.ANSWERED
    assert state_after_reply(R.ESCALATED, ReplyKind.EXPLAINED) is R.ANSWERED
    assert state_after_reply(R.SENT, ReplyKind.REFUSED) is R.ANSWERED
    assert state_after_reply(R.SENT, ReplyKind.RESOLVED) is R.RESOLVED
    assert state_after_reply(R.ANSWERED, ReplyKind.RESOLVED) is R.RESOLVED
    assert state_after_reply(R.ANSWERED, ReplyKind.ACCEPTED) is R.ANSWERED
    assert state_after_reply(R.CLOSED, ReplyKind.RESOLVED) is R.CLOSED
    assert state_after_reply(R.RESOLVED, ReplyKind.ACCEPTED) is R.RESOLVED


def test_a_bodys_code_is_its_names_initials() -> None:
    assert body_code("Ủy ban nhân dân xã Tân Hưng") == "UBNDXTH"
    assert body_code("Đảng ủy xã") == "DUX"
    assert body_code("Trạm Y tế xã - Tân Hưng") == "TYTXTH"
    assert body_code("  ") == ""
