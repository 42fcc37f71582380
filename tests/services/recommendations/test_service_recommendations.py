"""Recommendations after a supervision: written, sent by their letter, answered, escalated.

Every test runs on SQLite and on the shared PostgreSQL server.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.domain.letters import LetterRecord
from giamsat_desktop.domain.recommendations import (
    RecommendationDraft,
    RecommendationFilter,
    RecommendationRecord,
    ReplyDraft,
    ReplyKind,
)
from giamsat_desktop.domain.recommendations import RecommendationState as R
from giamsat_desktop.domain.supervision import SessionStep
from giamsat_desktop.domain.supervision_records import SessionRecord
from giamsat_desktop.services import issuing
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.letters import issue
from giamsat_desktop.services.recommendations import (
    editing,
    history,
    letters,
    moves,
    queries,
    records,
    replies,
    settings,
)
from giamsat_desktop.services.supervision import moves as session_moves
from giamsat_desktop.services.supervision.records import get_session
from tests.services.supervision.office_sessions import CLERK, VIEWER, make, walk

BODY = "Ủy ban nhân dân xã Tân Hưng"
SUPERIOR = "Ủy ban nhân dân tỉnh Tây Ninh"
SENT_ON = dt.date(2026, 6, 1)  # a Monday: 20 days later is Sunday 21/6, due Monday 22/6
DUE = dt.date(2026, 6, 22)


def _reported(context: ServiceContext) -> SessionRecord:
    """A form (2) session led by the Front, reported and ready to recommend."""
    steps = [
        SessionStep.PLAN_ISSUED,
        SessionStep.DECISION_ISSUED,
        SessionStep.NOTIFIED,
        SessionStep.WORKING,
        SessionStep.REPORTED,
    ]
    return walk(context, make(context), steps, dt.date(2026, 5, 20))


def _add(
    context: ServiceContext, session_id: int, content: str, body: str = BODY
) -> RecommendationRecord:
    record, _ = editing.add_recommendation(
        context.factory, CLERK, RecommendationDraft(content, body, session_id=session_id)
    )
    return record


def _issue(context: ServiceContext, letter: LetterRecord, day: dt.date) -> LetterRecord:
    issued, changes = issuing.issue_letter(
        context.factory, CLERK, context.data_folder, letter.id, letter.version, issue_date=day
    )
    assert changes.touches(Area.RECOMMENDATIONS) and changes.touches(Area.SUPERVISION)
    return issued


def _send(context: ServiceContext, session_id: int, code: str | None = None) -> LetterRecord:
    key = letters.letter_key(context.factory, session_id, code)
    letter, _ = letters.letter_of(context.factory, CLERK, letters.RECOMMENDATION_LETTER, key)
    return _issue(context, letter, SENT_ON)


def _get(context: ServiceContext, key: int) -> RecommendationRecord:
    return records.get_recommendation(context.factory, CLERK, key)


def _pdf(context: ServiceContext, letter: LetterRecord) -> str:
    data = issue.print_letter(context.factory, CLERK, context.data_folder, letter.id, "pdf").data
    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def test_a_recommendation_is_written_changed_and_removed_while_unsent(
    context: ServiceContext,
) -> None:
    held = _reported(context)
    first = _add(context, held.id, "Rà soát, cấp thẻ bảo hiểm y tế còn thiếu")
    assert (first.state, first.reply_days, first.session_subject) == (R.DRAFTED, 20, held.subject)
    changed, _ = editing.update_recommendation(
        context.factory,
        CLERK,
        first.id,
        first.version,
        RecommendationDraft("Rà soát, cấp đủ thẻ", SUPERIOR, session_id=held.id, reply_days=30),
    )
    assert (changed.content, changed.addressed_body, changed.reply_days) == (
        "Rà soát, cấp đủ thẻ",
        SUPERIOR,
        30,
    )
    with pytest.raises(ConflictError) as stale:
        editing.remove_recommendation(context.factory, CLERK, first.id, first.version)
    assert stale.value.code is ErrorCode.STALE_EDIT
    editing.remove_recommendation(context.factory, CLERK, changed.id, changed.version)
    with pytest.raises(NotFoundError):
        _get(context, first.id)
    entries = audit_log.list_entries(context.factory, entity="recommendation")
    actions = [entry.action for entry in entries][:3]
    assert actions == ["delete", "update", "create"]


def test_bad_input_is_refused_by_field_and_a_viewer_writes_nothing(
    context: ServiceContext,
) -> None:
    held = _reported(context)
    cases = [
        (RecommendationDraft("  ", BODY, session_id=held.id), "content"),
        (RecommendationDraft("Nội dung", " ", session_id=held.id), "addressed_body"),
        (RecommendationDraft("Nội dung", BODY, session_id=held.id, reply_days=4), "reply_days"),
    ]
    for draft, field in cases:
        with pytest.raises(ValidationError) as refused:
            editing.add_recommendation(context.factory, CLERK, draft)
        assert refused.value.values["field"] == field
    with pytest.raises(NotFoundError):
        editing.add_recommendation(
            context.factory, CLERK, RecommendationDraft("Nội dung", BODY, session_id=9999)
        )
    with pytest.raises(PermissionDeniedError):
        editing.add_recommendation(
            context.factory, VIEWER, RecommendationDraft("Nội dung", BODY, session_id=held.id)
        )
    assert queries.count_recommendations(context.factory, CLERK, RecommendationFilter()) == 0


def test_the_letter_sends_its_bodys_recommendations_and_the_session_follows_them(
    context: ServiceContext,
) -> None:
    held = _reported(context)
    one = _add(context, held.id, "Rà soát, cấp thẻ bảo hiểm y tế còn thiếu")
    two = _add(context, held.id, "Công khai danh sách người được cấp thẻ")
    other = _add(context, held.id, "Chỉ đạo Ủy ban nhân dân xã khắc phục", SUPERIOR)
    with pytest.raises(ConflictError) as several:
        letters.letter_key(context.factory, held.id, None)
    assert several.value.code is ErrorCode.RECOMMENDATION_BODIES
    assert several.value.values["codes"] == ["UBNDXTH", "UBNDTTN"]
    with pytest.raises(NotFoundError):
        letters.letter_key(context.factory, held.id, "XYZ")

    sent = _send(context, held.id, "ubndxth")
    text = _pdf(context, sent)
    assert "V/v kiến nghị sau giám sát việc thực hiện chính sách bảo hiểm y tế" in text
    assert f"Kính gửi: {BODY}" in text
    first, second = text.index("- Rà soát, cấp thẻ bảo hiểm y tế"), text.index("- Công khai")
    assert first < second and "Chỉ đạo Ủy ban nhân dân xã" not in text
    assert "trong thời hạn 20 ngày kể từ ngày ký văn bản này" in text  # as the deadline counts
    # The commune's People's Committee is the addressee: it is not informed a second time.
    assert "Thường trực Đảng ủy (b/c)" in text and "Thường trực HĐND (b/c)" in text
    assert "UBND (b/c)" not in text
    for key in (one.id, two.id):
        record = _get(context, key)
        assert (record.state, record.sent_on, record.reply_due) == (R.SENT, SENT_ON, DUE)
        assert (record.sent_letter_id, record.sent_symbol) == (sent.id, sent.symbol)
    assert _get(context, other.id).state is R.DRAFTED
    session = get_session(context.factory, CLERK, held.id)
    assert session.step is SessionStep.FOLLOWING_UP
    steps = history.history(context.factory, CLERK, one.id)
    assert [(s.kind, s.to_state) for s in steps] == [("create", R.DRAFTED), ("move", R.SENT)]
    assert steps[-1].note == f"Văn bản số {sent.symbol}"


def test_replies_answer_then_resolve_and_an_undo_takes_a_reply_back(
    context: ServiceContext,
) -> None:
    held = _reported(context)
    made = _add(context, held.id, "Rà soát, cấp thẻ bảo hiểm y tế còn thiếu")
    with pytest.raises(ConflictError):  # an unsent one has nothing to answer
        replies.add_reply(
            context.factory, CLERK, made.id, made.version, ReplyDraft(SENT_ON, ReplyKind.ACCEPTED)
        )
    _send(context, held.id)
    record = _get(context, made.id)
    answered, _ = replies.add_reply(
        context.factory,
        CLERK,
        record.id,
        record.version,
        ReplyDraft(dt.date(2026, 6, 10), ReplyKind.ACCEPTED, notes="Sẽ rà soát trong quý III"),
    )
    assert answered.state is R.ANSWERED and [r.kind for r in answered.replies] == [
        ReplyKind.ACCEPTED
    ]
    assert not answered.is_overdue(DUE + dt.timedelta(days=5))
    again, _ = replies.add_reply(
        context.factory,
        CLERK,
        answered.id,
        answered.version,
        ReplyDraft(dt.date(2026, 6, 12), ReplyKind.EXPLAINED),
    )
    assert again.state is R.ANSWERED and len(again.replies) == 2  # kept, no move
    assert [reply.moved for reply in again.replies] == [True, False]
    done, _ = replies.add_reply(
        context.factory,
        CLERK,
        again.id,
        again.version,
        ReplyDraft(dt.date(2026, 7, 1), ReplyKind.RESOLVED),
    )
    assert done.state is R.RESOLVED and len(done.replies) == 3
    undone, _ = moves.undo_move(
        context.factory, CLERK, done.id, done.version, "Ghi nhầm văn bản", dt.date(2026, 7, 2)
    )
    assert undone.state is R.ANSWERED and len(undone.replies) == 2
    with pytest.raises(ConflictError):  # this reply made the answered move: undo it instead
        replies.remove_reply(
            context.factory, CLERK, undone.id, undone.version, undone.replies[0].id
        )
    kept, _ = replies.remove_reply(
        context.factory, CLERK, undone.id, undone.version, undone.replies[1].id
    )
    assert [r.kind for r in kept.replies] == [ReplyKind.ACCEPTED]


def test_overdue_is_read_on_a_day_and_counted_by_state(context: ServiceContext) -> None:
    held = _reported(context)
    waiting = _add(context, held.id, "Công khai danh sách")
    answered = _add(context, held.id, "Rà soát thẻ")
    unsent = _add(context, held.id, "Chỉ đạo khắc phục", SUPERIOR)
    _send(context, held.id, "UBNDXTH")
    record = _get(context, answered.id)
    replies.add_reply(
        context.factory, CLERK, record.id, record.version, ReplyDraft(DUE, ReplyKind.EXPLAINED)
    )
    late = DUE + dt.timedelta(days=1)
    assert not _get(context, waiting.id).is_overdue(DUE)
    assert _get(context, waiting.id).is_overdue(late)
    assert queries.recommendation_keys(
        context.factory, CLERK, RecommendationFilter(overdue_on=late)
    ) == [waiting.id]
    assert (
        queries.recommendation_keys(context.factory, CLERK, RecommendationFilter(overdue_on=DUE))
        == []
    )
    counted = queries.counts(context.factory, CLERK, RecommendationFilter(), late)
    assert counted.by_state == {R.SENT: 1, R.ANSWERED: 1, R.DRAFTED: 1}
    assert (counted.overdue, counted.total) == (1, 3)
    by_body = RecommendationFilter(addressed_body=SUPERIOR)
    assert queries.recommendation_keys(context.factory, CLERK, by_body) == [unsent.id]
    found = queries.recommendation_keys(
        context.factory, CLERK, RecommendationFilter(words="cong khai")
    )
    assert found == [waiting.id]
    assert queries.addressed_bodies(context.factory) == sorted([BODY, SUPERIOR])


def test_an_overdue_reply_is_chased_then_escalated_to_the_front_above(
    context: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = _reported(context)
    made = _add(context, held.id, "Công khai danh sách người được cấp thẻ")
    _send(context, held.id)
    with pytest.raises(ConflictError) as early:
        letters.escalation_content(context.factory, CLERK, made.id, DUE)
    assert early.value.code is ErrorCode.RECOMMENDATION_NOT_OVERDUE
    late = DUE + dt.timedelta(days=3)
    monkeypatch.setattr("giamsat_desktop.services.common.clock.today", lambda: late)
    chase, _ = letters.letter_of(context.factory, CLERK, letters.CHASE_LETTER, made.id)
    chased = _issue(context, chase, late)
    text = _pdf(context, chased)
    assert "V/v đôn đốc trả lời kiến nghị sau giám sát" in text
    assert "quá thời hạn trả lời (ngày 22/06/2026)" in text and "trước ngày 30/06/2026" in text
    assert _get(context, made.id).state is R.SENT
    escalation, _ = letters.letter_of(context.factory, CLERK, letters.ESCALATION_LETTER, made.id)
    escalated = _issue(context, escalation, late)
    text = _pdf(context, escalated)
    assert "Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh" in text
    assert f"chưa có văn bản trả lời, dù đã được đôn đốc bằng Văn bản số {chased.symbol}" in text
    assert "Căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN" in text
    assert "kiến nghị Ủy ban nhân dân tỉnh Tây Ninh chỉ đạo Ủy ban nhân dân xã Tân Hưng" in text
    record = _get(context, made.id)
    assert (record.state, record.escalated_on, record.escalation_letter_id) == (
        R.ESCALATED,
        late,
        escalated.id,
    )
    assert record.is_overdue(late)  # still no written reply
    kinds = [s.kind for s in history.history(context.factory, CLERK, made.id)]
    assert kinds == ["create", "move", "chase", "move"]


def test_a_session_closes_only_once_none_of_its_recommendations_is_open(
    context: ServiceContext,
) -> None:
    held = _reported(context)
    made = _add(context, held.id, "Rà soát thẻ")
    _send(context, held.id)
    session = get_session(context.factory, CLERK, held.id)
    with pytest.raises(ConflictError) as refused:
        session_moves.move_session(
            context.factory,
            CLERK,
            session.id,
            session.version,
            SessionStep.CLOSED,
            dt.date(2026, 7, 1),
        )
    assert refused.value.code is ErrorCode.SESSION_RECOMMENDATIONS_OPEN
    record = _get(context, made.id)
    with pytest.raises(ValidationError):
        moves.move_recommendation(
            context.factory, CLERK, record.id, record.version, R.CLOSED, SENT_ON
        )
    with pytest.raises(ConflictError):  # answering is a reply's move, not the clerk's
        moves.move_recommendation(
            context.factory, CLERK, record.id, record.version, R.ANSWERED, SENT_ON
        )
    closed, _ = moves.move_recommendation(
        context.factory,
        CLERK,
        record.id,
        record.version,
        R.CLOSED,
        dt.date(2026, 7, 1),
        "Cơ quan đã sáp nhập",
    )
    assert (closed.state, closed.close_reason) == (R.CLOSED, "Cơ quan đã sáp nhập")
    session = get_session(context.factory, CLERK, held.id)
    finished, _ = session_moves.move_session(
        context.factory, CLERK, session.id, session.version, SessionStep.CLOSED, dt.date(2026, 7, 1)
    )
    assert finished.step is SessionStep.CLOSED


def test_the_reply_period_is_a_setting_taken_when_written(context: ServiceContext) -> None:
    settings.set_reply_days(context.factory, CLERK, 30)
    assert settings.reply_days(context.factory) == 30
    held = _reported(context)
    made = _add(context, held.id, "Rà soát thẻ")
    assert made.reply_days == 30
    _send(context, held.id)
    assert _get(context, made.id).reply_due == dt.date(2026, 7, 1)
    with pytest.raises(ValidationError):
        settings.set_reply_days(context.factory, CLERK, 100)
    draft = dataclasses.replace(RecommendationDraft("Nội dung", BODY), session_id=held.id)
    assert editing.add_recommendation(context.factory, CLERK, draft)[0].reply_days == 30
