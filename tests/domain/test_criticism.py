"""Social criticism: each form's steps, the 15-day warning, the answers' deadline."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from giamsat_desktop.domain.criticism import (
    ANSWER_DAYS,
    DRAFT_LEAD_DAYS,
    CriticismForm,
    CriticismStep,
    PointAnswer,
    answer_due,
    can_move,
    draft_late,
    next_steps,
    point_overdue,
    steps_of,
)
from giamsat_desktop.domain.deadlines import DaysOff
from giamsat_desktop.domain.holidays import shipped_days_off
from giamsat_desktop.domain.recommendations import ReplyKind

C = CriticismStep
WEEKENDS = DaysOff()


def test_a_conference_goes_in_the_order_of_nqlt_403() -> None:
    assert steps_of(CriticismForm.CONFERENCE) == (
        C.PLANNED,
        C.PLAN_ISSUED,
        C.OPENED,  # the Front chairs
        C.PRESENTED,  # the drafting body presents
        C.FOCUSED,  # the focus is set
        C.DISCUSSED,
        C.EXPLAINED,  # the drafting body explains
        C.CONCLUDED,
        C.SENT,  # văn bản phản biện xã hội
        C.ANSWERED,
        C.CLOSED,
    )


def test_a_draft_round_gathers_opinions_instead_of_meeting() -> None:
    order = steps_of(CriticismForm.DRAFT_ROUND)
    assert C.DRAFT_SENT_ROUND in order and C.OPINIONS_GATHERED in order
    assert not {C.OPENED, C.PRESENTED, C.FOCUSED, C.DISCUSSED} & set(order)
    assert C.FOCUSED not in steps_of(CriticismForm.DIALOGUE)


@pytest.mark.parametrize("form", list(CriticismForm))
def test_each_step_leads_to_the_next_or_to_a_cancel_and_the_last_ones_are_final(
    form: CriticismForm,
) -> None:
    order = steps_of(form)
    for step, following in itertools.pairwise(order):
        allowed = {following, C.CANCELLED} | ({C.CLOSED} if step is C.SENT else set())
        assert next_steps(form, step) == allowed
    for step in (C.CLOSED, C.CANCELLED):
        assert next_steps(form, step) == frozenset()


@pytest.mark.parametrize(
    "form,old,new", list(itertools.product(CriticismForm, CriticismStep, CriticismStep))
)
def test_no_step_is_skipped_or_taken_back(
    form: CriticismForm, old: CriticismStep, new: CriticismStep
) -> None:
    order = steps_of(form)
    if can_move(form, old, new):
        assert old in order and old.is_open
        assert new in (C.CANCELLED, C.CLOSED) or order.index(new) == order.index(old) + 1
    if old in order and new in order and order.index(new) <= order.index(old):
        assert not can_move(form, old, new)


def test_a_draft_that_arrives_less_than_fifteen_days_before_its_submission_is_late() -> None:
    assert DRAFT_LEAD_DAYS == 15
    submit = dt.date(2026, 7, 20)
    assert not draft_late(dt.date(2026, 7, 5), submit)  # 15 days before: in time
    assert draft_late(dt.date(2026, 7, 6), submit)  # 14 days
    assert draft_late(dt.date(2026, 7, 19), submit, 10)
    assert not draft_late(None, submit) and not draft_late(dt.date(2026, 7, 19), None)


def test_the_answer_is_due_by_the_submission_or_thirty_days_after_the_letter() -> None:
    assert ANSWER_DAYS == 30
    sent, submit = dt.date(2026, 6, 5), dt.date(2026, 6, 25)
    assert answer_due(sent, submit, WEEKENDS) == submit
    assert answer_due(sent, None, WEEKENDS) == dt.date(2026, 7, 6)  # 5/7 is a Sunday
    assert answer_due(sent, submit, WEEKENDS, by_submission=False) == dt.date(2026, 7, 6)
    assert answer_due(sent, None, WEEKENDS, days=20) == dt.date(2026, 6, 25)
    assert answer_due(None, submit, WEEKENDS) is None  # nothing asked before the letter


def test_thirty_days_that_end_in_tet_end_on_the_first_working_day_after() -> None:
    days_off = shipped_days_off()
    due = answer_due(dt.date(2026, 1, 17), None, days_off)  # 30 days: 16/2/2026, Tết
    assert due == dt.date(2026, 2, 23)


def test_a_point_is_overdue_after_its_deadline_until_answered() -> None:
    due = dt.date(2026, 6, 25)
    assert not point_overdue(False, due, due)
    assert point_overdue(False, due, due + dt.timedelta(days=1))
    assert not point_overdue(True, due, due + dt.timedelta(days=30))
    assert not point_overdue(False, None, due)
    assert not point_overdue(False, due, due + dt.timedelta(days=1), open_session=False)


def test_an_answer_has_the_value_of_a_recommendations_reply_of_the_same_meaning() -> None:
    assert PointAnswer.ACCEPTED.value == ReplyKind.ACCEPTED.value
    assert PointAnswer.EXPLAINED.value == ReplyKind.EXPLAINED.value
    assert PointAnswer.REFUSED.value == ReplyKind.REFUSED.value
    assert [answer.label for answer in PointAnswer] == [
        "Tiếp thu",
        "Giải trình",
        "Không tiếp thu",
    ]
