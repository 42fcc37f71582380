"""QĐ 218 feedback (góp ý xây dựng Đảng, chính quyền) is a criticism session of its own purpose.

It goes the same way (plan, conference or draft round, the summary letter, the answers
point by point) and is counted apart: the counts give sessions by purpose and the opinions
gathered; the list filters by purpose; a feedback is never held as a dialogue (those are
the Đối thoại trực tiếp records), and its purpose is fixed once its letter went out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from giamsat_desktop.domain.criticism import CriticismForm, CriticismPurpose, CriticismStep
from giamsat_desktop.domain.criticism_records import CriticismFilter
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.criticism import moves, queries, records, sessions
from tests.services.criticism.samples import DRAFT, POINTS
from tests.services.supervision.office_sessions import CLERK

S, F, P, D = CriticismStep, CriticismForm, CriticismPurpose, dt.date
CONFERENCE = [S.PLAN_ISSUED, S.OPENED, S.PRESENTED, S.FOCUSED, S.DISCUSSED, S.EXPLAINED]
CONFERENCE += [S.CONCLUDED, S.SENT]
POLITICAL_REPORT = "Dự thảo Báo cáo chính trị Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030"


def _write(
    context: ServiceContext, title: str, form: CriticismForm, purpose: CriticismPurpose, n: int
) -> int:
    draft = dataclasses.replace(DRAFT, title=title, form=form, purpose=purpose, opinions=n)
    return sessions.create_criticism(context.factory, CLERK, draft, POINTS)[0].id


@pytest.fixture
def counted(context: ServiceContext) -> dict[str, int]:
    """Two feedbacks (a conference of 25 opinions, a round of 40), two criticisms (14, 9)."""
    return {
        "report": _write(context, POLITICAL_REPORT, F.CONFERENCE, P.CONTRIBUTION, 25),
        "budget": _write(
            context, "Dự thảo dự toán ngân sách xã", F.DRAFT_ROUND, P.CONTRIBUTION, 40
        ),
        "market": _write(context, "Dự thảo đề án chợ", F.CONFERENCE, P.CRITICISM, 14),
        "rules": _write(context, "Dự thảo quy chế dân chủ", F.DIALOGUE, P.CRITICISM, 9),
    }


def _names(context: ServiceContext, ids: dict[str, int], where: CriticismFilter) -> set[str]:
    keys = queries.criticism_keys(context.factory, CLERK, where)
    return {name for name, key in ids.items() if key in keys}


def test_the_list_filters_by_purpose_and_the_counts_are_those_made_by_hand(
    context: ServiceContext, counted: dict[str, int]
) -> None:
    assert _names(context, counted, CriticismFilter(purpose=P.CONTRIBUTION)) == {
        "report",
        "budget",
    }
    assert _names(context, counted, CriticismFilter(purpose=P.CRITICISM)) == {"market", "rules"}
    every = queries.counts(context.factory, CLERK, CriticismFilter(), D(2026, 6, 26))
    assert every.by_purpose == {P.CONTRIBUTION: 2, P.CRITICISM: 2}
    assert (every.total, every.opinions, every.points) == (4, 88, 12)
    feedback = queries.counts(
        context.factory, CLERK, CriticismFilter(purpose=P.CONTRIBUTION), D(2026, 6, 26)
    )
    assert feedback.by_form == {F.CONFERENCE: 1, F.DRAFT_ROUND: 1}
    assert (feedback.total, feedback.opinions) == (2, 65)


def test_a_feedback_is_read_back_with_its_purpose_and_the_change_log_keeps_it(
    context: ServiceContext, counted: dict[str, int]
) -> None:
    record = records.get_criticism(context.factory, CLERK, counted["report"])
    assert record.purpose is P.CONTRIBUTION
    changed, _ = sessions.update_criticism(
        context.factory,
        CLERK,
        record.id,
        record.version,
        dataclasses.replace(DRAFT, title=POLITICAL_REPORT, purpose=P.CRITICISM),
    )
    assert changed.purpose is P.CRITICISM


def test_a_feedback_held_as_a_dialogue_is_refused_naming_the_form(
    context: ServiceContext,
) -> None:
    with pytest.raises(ValidationError) as caught:
        _write(context, POLITICAL_REPORT, F.DIALOGUE, P.CONTRIBUTION, 3)
    assert caught.value.values["field"] == "form"
    keys = queries.criticism_keys(context.factory, CLERK, CriticismFilter())
    assert keys == []


def test_the_purpose_is_fixed_once_the_letter_went_out(
    context: ServiceContext, counted: dict[str, int]
) -> None:
    key = counted["report"]
    for step in CONFERENCE:
        record = records.get_criticism(context.factory, CLERK, key)
        moves.move_criticism(context.factory, CLERK, key, record.version, step, D(2026, 6, 12))
    record = records.get_criticism(context.factory, CLERK, key)
    assert record.sent_on is not None
    with pytest.raises(ConflictError) as caught:
        sessions.update_criticism(
            context.factory,
            CLERK,
            key,
            record.version,
            dataclasses.replace(DRAFT, title=POLITICAL_REPORT, purpose=P.CRITICISM),
        )
    assert caught.value.code is ErrorCode.CRITICISM_PURPOSE_FIXED
    assert records.get_criticism(context.factory, CLERK, key).purpose is P.CONTRIBUTION
