"""The small demo office's dialogues: a realistic year, last year's and this year's.

Six dialogues of the Party secretary and the chairman of the commune's People's Committee
with the people, on land, roads, the environment, social policies and clean water, each
held on a day counted back from today; their commitments done (on time or late), pending
and overdue — written through the services, with their audit entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.dialogue_records import DialogueDraft, IssueDraft
from giamsat_desktop.services.demo_dialogues.texts import (
    FRONT_CHAIR,
    LEADERS,
    PARTICIPANTS,
    TOPICS,
)
from giamsat_desktop.services.dialogues.editing import create_in

HELD_BACK = (400, 300, 210, 120, 60, 20)
"""Days before today each dialogue was held, oldest first."""
DUE_AFTER = (30, 45)
"""Days after the dialogue each of its commitments was due."""


def _issues(
    number: int, issues: tuple[tuple[str, str, str, str, str], ...], held: dt.date, today: dt.date
) -> list[IssueDraft]:
    """The issues of the dialogue ``number``; its commitments done, late, pending, overdue."""
    made = []
    for place, (raised, raised_by, answer, commitment, responsible) in enumerate(issues):
        if not commitment:
            made.append(IssueDraft(raised, raised_by, answer))
            continue
        due = held + dt.timedelta(days=DUE_AFTER[place % 2])
        done: dt.date | None = None
        result = ""
        # The oldest are done (the second late), the two before the last: one overdue,
        # the last one's still pending.
        if number < 3 or (number == 3 and place == 0):
            done = due + dt.timedelta(days=10 if place == 1 else -5)
            result = "Đã thực hiện xong, báo cáo Ban Thường trực Ủy ban MTTQ xã"
        if done is not None and done > today:
            done, result = None, ""
        made.append(
            IssueDraft(raised, raised_by, answer, commitment, responsible, due, done, result)
        )
    return made


def add_small_dialogues(
    factory: SessionFactory, *, today: dt.date, report: Callable[[int], None] | None = None
) -> int:
    """Write the small office's dialogues in one transaction; how many."""
    with unit_of_work(factory) as session:
        for number, (body, topic, place, issues) in enumerate(TOPICS):
            held = today - dt.timedelta(days=HELD_BACK[number])
            draft = DialogueDraft(
                held_on=held,
                leader=LEADERS[body],
                topic=topic,
                leader_body=body,
                place=place,
                chair=FRONT_CHAIR,
                participants=PARTICIPANTS,
                attendance=60 + 17 * number,
            )
            create_in(session, SYSTEM, draft, _issues(number, issues, held, today))
    if report is not None:
        report(len(TOPICS))
    return len(TOPICS)
