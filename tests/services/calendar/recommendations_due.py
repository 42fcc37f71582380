"""Recommendations the calendar tests send, answer, escalate and close through the services.

June 2026; a session reported on 20/5, its recommendations to two bodies sent by their
letters (Monday 1/6 to the commune, Friday 5/6 to the province), each with its own reply
period, so that each has its own deadline:

====  ======  ====  ====================  ===================================
name  body    days  due                   then
====  ======  ====  ====================  ===================================
a1    xã      20    Sun 21/6 → Mon 22/6   no reply (escalation due from 23/6)
a2    xã      10    Thu 11/6              replied 15/6 (late)
a3    xã      15    Tue 16/6              escalated 19/6, still no reply
a4    xã      29    Tue 30/6              no reply
a5    xã      10    Thu 11/6              replied 10/6
a6    xã      12    Sat 13/6 → Mon 15/6   closed 16/6 without a reply
b1    tỉnh    20    Thu 25/6              no reply
b2    tỉnh    20    Thu 25/6              replied 20/6
b3    tỉnh    21    Fri 26/6              no reply
d     tỉnh    20    —                     written for another session, never sent
====  ======  ====  ====================  ===================================
"""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.letters import LetterRecord
from giamsat_desktop.domain.recommendations import (
    RecommendationDraft,
    RecommendationRecord,
    RecommendationState,
    ReplyDraft,
    ReplyKind,
)
from giamsat_desktop.domain.supervision import SessionStep
from giamsat_desktop.domain.supervision_records import SessionRecord
from giamsat_desktop.services import issuing
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.recommendations import editing, letters, moves, records, replies
from tests.services.supervision.office_sessions import CLERK, make, walk

D = dt.date
COMMUNE = "Ủy ban nhân dân xã Tân Hưng"
PROVINCE = "Ủy ban nhân dân tỉnh Tây Ninh"
STEPS = [
    SessionStep.PLAN_ISSUED,
    SessionStep.DECISION_ISSUED,
    SessionStep.NOTIFIED,
    SessionStep.WORKING,
    SessionStep.REPORTED,
]
CONTENTS = {
    "a1": "Rà soát, cấp thẻ bảo hiểm y tế còn thiếu cho người cao tuổi",
    "a2": "Công khai danh sách người được cấp thẻ",
    "a3": "Chấn chỉnh việc chậm chi trả chế độ",
    "a4": "Bố trí cán bộ theo dõi chính sách",
    "a5": "Niêm yết thủ tục tại bộ phận một cửa",
    "a6": "Sửa chữa trạm y tế xã",
    "b1": "Chỉ đạo Ủy ban nhân dân xã khắc phục tồn tại",
    "b2": "Bổ sung kinh phí mua thẻ",
    "b3": "Kiểm tra việc cấp thẻ  năm 2025\ncủa xã",
}
DAYS = {"a1": 20, "a2": 10, "a3": 15, "a4": 29, "a5": 10, "a6": 12, "b1": 20, "b2": 20, "b3": 21}


def reported(context: ServiceContext, on: dt.date, **changes: object) -> SessionRecord:
    """A form (2) session led by the Front, walked to its report on ``on``."""
    return walk(context, make(context, **changes), STEPS, on)


def add(
    context: ServiceContext, session_id: int, content: str, body: str, days: int | None = None
) -> RecommendationRecord:
    """A recommendation of the session, written with ``days`` to reply."""
    draft = RecommendationDraft(content, body, session_id=session_id, reply_days=days)
    return editing.add_recommendation(context.factory, CLERK, draft)[0]


def issue(context: ServiceContext, letter: LetterRecord, day: dt.date) -> LetterRecord:
    """Issue ``letter`` on ``day``, as Ban hành does."""
    issued, _ = issuing.issue_letter(
        context.factory, CLERK, context.data_folder, letter.id, letter.version, issue_date=day
    )
    return issued


def send(context: ServiceContext, session_id: int, body: str, day: dt.date) -> LetterRecord:
    """Issue the session's recommendation letter to ``body`` on ``day``: they are sent."""
    code = next(code for code, name in letters.bodies(context.factory, session_id) if name == body)
    key = letters.letter_key(context.factory, session_id, code)
    letter, _ = letters.letter_of(context.factory, CLERK, letters.RECOMMENDATION_LETTER, key)
    return issue(context, letter, day)


def get(context: ServiceContext, key: int) -> RecommendationRecord:
    """The recommendation as stored now."""
    return records.get_recommendation(context.factory, CLERK, key)


def reply(context: ServiceContext, key: int, day: dt.date) -> None:
    """Record a written reply (tiếp thu) dated ``day``."""
    record = get(context, key)
    draft = ReplyDraft(day, ReplyKind.ACCEPTED)
    replies.add_reply(context.factory, CLERK, record.id, record.version, draft)


def escalate(context: ServiceContext, key: int, day: dt.date) -> None:
    """Issue the escalation letter of an overdue recommendation on ``day`` (read that day)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clock, "today", lambda: day)
        letter, _ = letters.letter_of(context.factory, CLERK, letters.ESCALATION_LETTER, key)
        issue(context, letter, day)


def make_june(context: ServiceContext) -> dict[str, int]:
    """The table above; the recommendations' ids by name."""
    held = reported(context, D(2026, 5, 20))
    ids: dict[str, int] = {}
    for name, content in CONTENTS.items():
        body = COMMUNE if name.startswith("a") else PROVINCE
        ids[name] = add(context, held.id, content, body, DAYS[name]).id
    send(context, held.id, COMMUNE, D(2026, 6, 1))
    send(context, held.id, PROVINCE, D(2026, 6, 5))
    reply(context, ids["a5"], D(2026, 6, 10))
    reply(context, ids["a2"], D(2026, 6, 15))
    record = get(context, ids["a6"])
    moves.move_recommendation(
        context.factory,
        CLERK,
        record.id,
        record.version,
        RecommendationState.CLOSED,
        D(2026, 6, 16),
        "Trạm y tế đã được tỉnh đầu tư",
    )
    escalate(context, ids["a3"], D(2026, 6, 19))
    reply(context, ids["b2"], D(2026, 6, 20))
    other = reported(context, D(2026, 5, 25), subject="Giám sát việc thu quỹ vì người nghèo")
    ids["d"] = add(context, other.id, "Công khai các khoản thu", PROVINCE).id
    return ids
