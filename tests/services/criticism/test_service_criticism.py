"""Social criticism sessions: written, moved through their steps, sent, answered point by point.

Every test runs on SQLite and on the shared PostgreSQL server.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from giamsat_desktop.domain.criticism import CriticismStep, PointAnswer
from giamsat_desktop.domain.criticism_records import (
    CriticismRecord,
    PointAnswerDraft,
    PointDraft,
)
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.criticism import answers, history, moves, records, sessions, settings
from tests.services.criticism.samples import DRAFT, POINTS
from tests.services.supervision.office_sessions import CLERK, VIEWER

S = CriticismStep
D = dt.date
CONFERENCE = [S.PLAN_ISSUED, S.OPENED, S.PRESENTED, S.FOCUSED, S.DISCUSSED, S.EXPLAINED]


def _make(context: ServiceContext, **changes: object) -> CriticismRecord:
    draft = dataclasses.replace(DRAFT, **changes)  # type: ignore[arg-type]
    return sessions.create_criticism(context.factory, CLERK, draft, POINTS)[0]


def _walk(
    context: ServiceContext, record: CriticismRecord, steps: list[CriticismStep], on: dt.date
) -> CriticismRecord:
    for step in steps:
        record, _ = moves.move_criticism(
            context.factory, CLERK, record.id, record.version, step, on
        )
    return record


SENT_ON = D(2026, 6, 12)


def _sent(context: ServiceContext, **changes: object) -> CriticismRecord:
    return _walk(context, _make(context, **changes), [*CONFERENCE, S.CONCLUDED, S.SENT], SENT_ON)


def test_a_session_is_written_with_its_points_and_warned_of_a_late_draft(
    context: ServiceContext,
) -> None:
    made = _make(context)
    assert (made.step, made.year, made.opinions) == (S.PLANNED, 2026, 14)
    assert [p.content for p in made.points] == [p.content for p in POINTS]
    assert made.unanswered == 3 and not made.draft_late()  # 24 days before submission
    late = _make(context, received_on=D(2026, 6, 15))  # 10 days before
    assert late.draft_late() and not late.draft_late(10)
    changed, _ = sessions.update_criticism(
        context.factory,
        CLERK,
        made.id,
        made.version,
        dataclasses.replace(DRAFT, opinions=20),
        [*POINTS[:2], PointDraft("Điều 9: hiệu lực", "Nên từ 01/01/2027")],
    )
    assert changed.opinions == 20 and changed.points[-1].content == "Điều 9: hiệu lực"
    entries = audit_log.list_entries(context.factory, entity=records.ENTITY)
    assert [(e.action, e.entity_id) for e in entries][:2] == [
        ("update", made.id),
        ("create", late.id),
    ]
    assert [step.kind for step in history.history(context.factory, CLERK, made.id)] == ["create"]


def test_bad_input_is_refused_by_field_and_a_viewer_writes_nothing(
    context: ServiceContext,
) -> None:
    for changes, field in (
        ({"title": "  "}, "title"),
        ({"drafting_body": ""}, "drafting_body"),
        ({"opinions": -1}, "opinions"),
    ):
        with pytest.raises(ValidationError) as refused:
            sessions.create_criticism(
                context.factory,
                CLERK,
                dataclasses.replace(DRAFT, **changes),  # type: ignore[arg-type]
            )
        assert refused.value.values["field"] == field
    with pytest.raises(ValidationError) as empty_point:
        sessions.create_criticism(context.factory, CLERK, DRAFT, [PointDraft(" ")])
    assert empty_point.value.values["field"] == "content"
    with pytest.raises(PermissionDeniedError):
        sessions.create_criticism(context.factory, VIEWER, DRAFT, POINTS)
    made = _make(context)
    with pytest.raises(PermissionDeniedError):
        moves.move_criticism(
            context.factory, VIEWER, made.id, made.version, S.PLAN_ISSUED, D(2026, 6, 2)
        )
    with pytest.raises(ConflictError) as stale:
        sessions.update_criticism(context.factory, CLERK, made.id, made.version + 1, DRAFT)
    assert stale.value.code is ErrorCode.STALE_EDIT
    assert records.get_criticism(context.factory, VIEWER, made.id).version == made.version


def test_a_conference_goes_step_by_step_and_a_wrong_move_is_undone(
    context: ServiceContext,
) -> None:
    made = _make(context)
    with pytest.raises(ConflictError) as skipped:
        moves.move_criticism(
            context.factory, CLERK, made.id, made.version, S.DISCUSSED, D(2026, 6, 10)
        )
    assert skipped.value.code is ErrorCode.CRITICISM_MOVE_FORBIDDEN
    held = _walk(context, made, CONFERENCE, D(2026, 6, 10))
    assert held.step is S.EXPLAINED
    undone, _ = moves.undo_move(
        context.factory, CLERK, held.id, held.version, "Bấm nhầm", D(2026, 6, 10)
    )
    assert undone.step is S.DISCUSSED
    with pytest.raises(ValidationError):
        moves.move_criticism(
            context.factory, CLERK, undone.id, undone.version, S.CANCELLED, D(2026, 6, 11)
        )
    cancelled, _ = moves.move_criticism(
        context.factory,
        CLERK,
        undone.id,
        undone.version,
        S.CANCELLED,
        D(2026, 6, 11),
        "Dự thảo rút lại",
    )
    assert (cancelled.step, cancelled.cancel_reason) == (S.CANCELLED, "Dự thảo rút lại")
    kinds = [(h.kind, h.to_step) for h in history.history(context.factory, CLERK, made.id)]
    assert kinds[-2:] == [("undo", S.DISCUSSED), ("move", S.CANCELLED)]


def test_sending_fixes_the_deadline_by_the_submission_or_thirty_days_after(
    context: ServiceContext,
) -> None:
    known = _sent(context)
    assert (known.step, known.sent_on, known.answer_due) == (S.SENT, D(2026, 6, 12), D(2026, 6, 25))
    unknown = _sent(context, submit_on=None)
    assert unknown.answer_due == D(2026, 7, 13)  # 12/7 is a Sunday
    settings.set_answer_days(context.factory, CLERK, 15)
    shorter = _sent(context, submit_on=None)
    assert shorter.answer_due == D(2026, 6, 29)  # 27/6 is a Saturday
    with pytest.raises(ConflictError) as frozen:
        sessions.update_criticism(
            context.factory, CLERK, known.id, known.version, DRAFT, POINTS[:1]
        )
    assert frozen.value.code is ErrorCode.CRITICISM_SENT
    with pytest.raises(ConflictError):
        sessions.remove_criticism(context.factory, CLERK, known.id, known.version)
    with pytest.raises(ConflictError):  # the reply's move, not the clerk's
        moves.move_criticism(
            context.factory, CLERK, known.id, known.version, S.ANSWERED, D(2026, 6, 20)
        )


def test_an_office_that_counts_in_days_only_gives_days_even_with_a_submission_day(
    context: ServiceContext,
) -> None:
    assert settings.by_submission(context.factory)  # on by default: the law's rule
    settings.set_by_submission(context.factory, CLERK, False)
    assert not settings.by_submission(context.factory)
    counted = _sent(context)  # its draft goes to the council on 25/6
    assert counted.answer_due == D(2026, 7, 13)  # 30 days after 12/6, off the Sunday
    settings.set_by_submission(context.factory, CLERK, True)
    assert _sent(context).answer_due == D(2026, 6, 25)
    assert counted.answer_due == D(2026, 7, 13)  # fixed when it was sent


def test_the_reply_answers_each_point_and_an_unanswered_one_stays_overdue(
    context: ServiceContext,
) -> None:
    sent = _sent(context)
    first, second, third = (point.id for point in sent.points)
    late = D(2026, 6, 26)
    assert sent.overdue_points(D(2026, 6, 25)) == 0 and sent.overdue_points(late) == 3
    made = _make(context)
    with pytest.raises(ConflictError) as unsent:
        answers.record_reply(context.factory, CLERK, made.id, made.version, late, [])
    assert unsent.value.code is ErrorCode.CRITICISM_NOT_SENT
    with pytest.raises(NotFoundError):  # a point of another session
        answers.record_reply(
            context.factory,
            CLERK,
            sent.id,
            sent.version,
            late,
            [PointAnswerDraft(made.points[0].id, PointAnswer.ACCEPTED)],
        )
    replied, _ = answers.record_reply(
        context.factory,
        CLERK,
        sent.id,
        sent.version,
        D(2026, 6, 22),
        [
            PointAnswerDraft(first, PointAnswer.ACCEPTED, "Đã bổ sung thân nhân liệt sĩ"),
            PointAnswerDraft(second, PointAnswer.EXPLAINED, "Ngân sách xã chưa đủ"),
        ],
    )
    assert (replied.step, replied.replied_on) == (S.ANSWERED, D(2026, 6, 22))
    assert [p.answer for p in replied.points] == [PointAnswer.ACCEPTED, PointAnswer.EXPLAINED, None]
    assert replied.accepted == 1 and replied.overdue_points(late) == 1
    completed, _ = answers.record_reply(
        context.factory,
        CLERK,
        replied.id,
        replied.version,
        D(2026, 6, 30),
        [PointAnswerDraft(third, PointAnswer.REFUSED, "Theo quy định của tỉnh")],
    )
    assert completed.step is S.ANSWERED and completed.overdue_points(D(2026, 7, 30)) == 0
    assert completed.points[0].explanation == "Đã bổ sung thân nhân liệt sĩ"  # kept
    kinds = [h.kind for h in history.history(context.factory, CLERK, sent.id)]
    assert kinds[-2:] == ["move", "reply"]
    undone, _ = moves.undo_move(
        context.factory, CLERK, completed.id, completed.version, "Nhầm văn bản", D(2026, 7, 1)
    )
    assert undone.step is S.SENT and undone.replied_on is None
    assert [p.answer for p in undone.points] == [None, None, None]
    closed, _ = moves.move_criticism(
        context.factory, CLERK, undone.id, undone.version, S.CLOSED, D(2026, 7, 2)
    )
    assert closed.overdue_points(D(2026, 12, 1)) == 0  # no longer followed
