"""Criticism sessions whose answers fall due in June 2026, made through the services.

Each is a conference of three points on a draft whose submission day is its answers'
deadline (the office counts by it); its letter is sent by the clerk's moves, its reply
recorded as the dialog records it:

====  =======================  ========  ===============================  ================
name  sent, then               due       reply                            read on Tue 23/6
====  =======================  ========  ===============================  ================
a     sent 5/6                 Fri 19/6  none                             overdue 4 days
b     sent 5/6                 Mon 22/6  18/6, two points of three        overdue 1 day
c     sent 5/6                 Fri 19/6  15/6, every point                done on time
d     sent 1/6                 Fri 12/6  16/6, every point                done late
e     sent 5/6                 Wed 24/6  none                             due soon
f     sent 5/6                 Fri 26/6  20/6, one point of three         due soon (last)
g     sent 5/6                 Tue 30/6  none                             further off
h     sent 5/6, closed 10/6    Mon 22/6  none                             not shown
i     sent 5/6, cancelled 8/6  Fri 19/6  none                             not shown
j     planned                  (24/6)    —                                not sent
k     sent 5/6                 Wed 24/6  20/6, every point                done on time
====  =======================  ========  ===============================  ================
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from giamsat_desktop.domain.criticism import CriticismStep, PointAnswer
from giamsat_desktop.domain.criticism_records import CriticismRecord, PointAnswerDraft
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.criticism import answers, moves, queries, sessions
from tests.services.criticism.samples import DRAFT, POINTS
from tests.services.supervision.office_sessions import CLERK

S, D = CriticismStep, dt.date
TO_SENT = [S.PLAN_ISSUED, S.OPENED, S.PRESENTED, S.FOCUSED, S.DISCUSSED, S.EXPLAINED]
TO_SENT += [S.CONCLUDED, S.SENT]
PROVINCE = "Sở Xây dựng tỉnh"
COMMUNE = "Ủy ban nhân dân xã Tân Hưng"

SENT_ON = {name: D(2026, 6, 5) for name in "abcefghik"} | {"d": D(2026, 6, 1)}
DUE = {
    "a": D(2026, 6, 19),
    "b": D(2026, 6, 22),
    "c": D(2026, 6, 19),
    "d": D(2026, 6, 12),
    "e": D(2026, 6, 24),
    "f": D(2026, 6, 26),
    "g": D(2026, 6, 30),
    "h": D(2026, 6, 22),
    "i": D(2026, 6, 19),
    "j": D(2026, 6, 24),
    "k": D(2026, 6, 24),
}
REPLIES = {
    "b": (D(2026, 6, 18), 2),
    "c": (D(2026, 6, 15), 3),
    "d": (D(2026, 6, 16), 3),
    "f": (D(2026, 6, 20), 1),
    "k": (D(2026, 6, 20), 3),
}
"""The day each reply came and how many points (from the first) it answered."""


def title_of(name: str) -> str:
    """The draft of the session ``name``."""
    return f"Dự thảo đề án {name.upper()} về chợ nông thôn"


def body_of(name: str) -> str:
    """The drafting body: the province's department for c and d, else the commune's."""
    return PROVINCE if name in "cd" else COMMUNE


def get(context: ServiceContext, key: int) -> CriticismRecord:
    """The session ``key`` as read now."""
    return queries.criticisms_by_ids(context.factory, CLERK, [key])[0]


def move(context: ServiceContext, key: int, step: CriticismStep, on: dt.date) -> None:
    """The clerk's move of ``key`` to ``step`` on ``on`` (a cancel gives its reason)."""
    note = "Dự thảo rút lại" if step is S.CANCELLED else ""
    moves.move_criticism(context.factory, CLERK, key, get(context, key).version, step, on, note)


def reply(context: ServiceContext, key: int, on: dt.date, count: int) -> None:
    """The drafting body's reply of ``on`` answering the first ``count`` points."""
    record = get(context, key)
    drafts = [PointAnswerDraft(point.id, PointAnswer.ACCEPTED) for point in record.points]
    answers.record_reply(context.factory, CLERK, key, record.version, on, drafts[:count])


def answer_rest(context: ServiceContext, key: int, on: dt.date) -> None:
    """A second reply of ``on`` answering the points left."""
    record = get(context, key)
    drafts = [
        PointAnswerDraft(point.id, PointAnswer.EXPLAINED)
        for point in record.points
        if not point.answered
    ]
    answers.record_reply(context.factory, CLERK, key, record.version, on, drafts)


def make_june(context: ServiceContext) -> dict[str, int]:
    """The table above; the sessions' ids by name."""
    ids = {}
    for name, due in DUE.items():
        draft = dataclasses.replace(
            DRAFT,
            title=title_of(name),
            drafting_body=body_of(name),
            received_on=D(2026, 5, 20),
            held_on=D(2026, 5, 29),
            submit_on=due,
        )
        ids[name] = sessions.create_criticism(context.factory, CLERK, draft, POINTS)[0].id
    for name, key in ids.items():
        if name == "j":
            continue
        for step in TO_SENT:
            move(context, key, step, SENT_ON[name])
    move(context, ids["h"], S.CLOSED, D(2026, 6, 10))
    move(context, ids["i"], S.CANCELLED, D(2026, 6, 8))
    for name, (on, count) in REPLIES.items():
        reply(context, ids[name], on, count)
    return ids
