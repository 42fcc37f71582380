"""The large demo office's dialogues: about 500 over its years, by bulk inserts.

Each is one of the small office's topics held on a day of its year, with its issues; the
commitments of the older ones done, the last months' pending or overdue. Written through
the driver's executemany with the search index built at the end.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy.orm import Session

from giamsat_desktop.db.models import Dialogue, DialogueIssue
from giamsat_desktop.db.search_index import indexed_at_the_end
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.demo_dialogues.texts import (
    FRONT_CHAIR,
    LEADERS,
    PARTICIPANTS,
    TOPICS,
)
from giamsat_desktop.services.demo_supervision.bulk import (
    Writer,
    follow_sequences,
    moment,
    next_id,
)

DIALOGUE_COLUMNS = (
    "id", "held_on", "leader", "leader_body", "topic", "place", "chair", "participants",
    "attendance", "notes", "year", "search_text", "created_at", "updated_at", "version",
)  # fmt: skip
ISSUE_COLUMNS = (
    "dialogue_id", "raised", "raised_by", "answer", "commitment", "responsible", "due_on",
    "done_on", "result", "sort_order",
)  # fmt: skip
BATCH = 200


def add_large_dialogues(
    session: Session,
    count: int,
    *,
    seed: int,
    today: dt.date,
    years: list[int],
    report: Callable[[int], None] | None = None,
) -> int:
    """Write ``count`` dialogues spread over ``years`` in the caller's transaction; how many."""
    rng = random.Random(f"demo-dialogues-{seed}")
    dialogues = Writer(session, Dialogue.__table__, DIALOGUE_COLUMNS)
    issues = Writer(session, DialogueIssue.__table__, ISSUE_COLUMNS)
    first = next_id(session, Dialogue)
    with indexed_at_the_end(session, Dialogue.__tablename__):
        for number in range(count):
            year = years[number * len(years) // count]
            start = dt.date(year, 1, 1)
            last = min(today, dt.date(year, 12, 31))
            held = start + dt.timedelta(days=rng.randrange((last - start).days + 1))
            body, topic, place, raised = TOPICS[rng.randrange(len(TOPICS))]
            key = first + number
            words = [LEADERS[body], topic, place, FRONT_CHAIR]
            for order, (what, who, answer, commitment, responsible) in enumerate(raised, 1):
                due = held + dt.timedelta(days=rng.choice((15, 30, 45, 60))) if commitment else None
                done = None
                if due is not None and (today - held).days > 90 and rng.random() < 0.9:
                    done = min(today, due + dt.timedelta(days=rng.randint(-10, 15)))
                result = "Đã thực hiện xong" if done else ""
                issues.add(
                    [key, what, who, answer, commitment, responsible, due, done, result, order]
                )
                words.append(f"{what} {who} {answer} {commitment} {responsible}")
            at = moment(held, 0)
            dialogues.add(
                [
                    key, held, LEADERS[body], body.value, topic, place, FRONT_CHAIR,
                    PARTICIPANTS, rng.randint(40, 200), "", held.year, fold(" ".join(words)),
                    at, at, 1,
                ]
            )  # fmt: skip
            if (number + 1) % BATCH == 0 or number + 1 == count:
                dialogues.write()
                issues.write()
                if report is not None:
                    report((number % BATCH) + 1)
    follow_sequences(session, (Dialogue, DialogueIssue))
    return count
