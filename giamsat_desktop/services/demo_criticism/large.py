"""The large demo office's social criticism: 10,000 sessions over its years, by bulk inserts.

Each session criticises a draft of the small office's list (its form, its points and their
answers), received on a day of its year; the older ones went their form's whole way to a
close, the last three months' stand at every step — planned, sent and waiting (overdue
once the deadline passed), answered, answered in part, cancelled. Each is written whole,
its points and its history (every move one its form allows), through the driver's
executemany with the search index built at the end.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from giamsat_desktop.db.models import CriticismEvent, CriticismPoint, CriticismSession
from giamsat_desktop.db.search_index import indexed_at_the_end
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.criticism import CriticismForm, CriticismStep, answer_due, steps_of
from giamsat_desktop.domain.deadlines import DaysOff
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.demo_criticism.texts import DRAFTS
from giamsat_desktop.services.demo_supervision.bulk import Writer, follow_sequences, moment, next_id

S = CriticismStep
SESSION_COLUMNS = (
    "id", "title", "drafting_body", "form", "step", "received_on", "submit_on", "held_on",
    "place", "chair", "participants", "experts", "opinions", "sent_on", "letter_id",
    "answer_due", "reply_id", "replied_on", "cancel_reason", "notes", "year", "search_text",
    "created_at", "updated_at", "version", "purpose",
)  # fmt: skip
POINT_COLUMNS = (
    "session_id", "content", "opinion", "proposal", "answer", "explanation", "sort_order",
)  # fmt: skip
EVENT_COLUMNS = (
    "session_id", "kind", "on", "from_step", "to_step", "note", "user_name", "at",
)  # fmt: skip
RECENT = 90
"""Days back from today in which sessions stand at every step; older ones are closed."""
BATCH = 1000


def _final(rng: random.Random, form: CriticismForm, age: int) -> CriticismStep:
    """Where a session received ``age`` days ago stands today."""
    if age > RECENT:
        return S.CANCELLED if rng.random() < 0.03 else S.CLOSED
    order = [step for step in steps_of(form) if step is not S.CLOSED]
    if age > 45:
        return rng.choice([S.SENT, S.ANSWERED, S.ANSWERED, S.CLOSED])
    return rng.choice([*order[: max(1, len(order) - 3)], S.CANCELLED])


@dataclass(frozen=True, slots=True)
class _Rows:
    """One session's rows: the session, its points, its history."""

    session: list[Any]
    points: list[list[Any]]
    events: list[list[Any]]


def _session_rows(
    rng: random.Random,
    key: int,
    year: int,
    today: dt.date,
    days_off: DaysOff,
    words: dict[str, str],
) -> _Rows:
    """A session of ``year`` received on one of its days, lived up to today."""
    last_day = min(today, dt.date(year, 12, 31))
    received = dt.date(year, 1, 1) + dt.timedelta(
        days=rng.randrange((last_day - dt.date(year, 1, 1)).days + 1)
    )
    draft = DRAFTS[rng.randrange(len(DRAFTS))]
    form, order = draft.form, steps_of(draft.form)
    final = _final(rng, form, (today - received).days)
    path = order[: order.index(final) + 1] if final in order else order[:2]
    held = min(today, received + dt.timedelta(days=rng.randrange(5, 12)))
    sent = min(today, held + dt.timedelta(days=3)) if S.SENT in path else None
    submit = None  # when given, a week at least after the letter, as the law wants it
    if rng.random() < 0.7:
        submit = max(received + dt.timedelta(days=rng.choice([12, 20, 30, 45])), held)
        submit += dt.timedelta(days=10)
    replied = None
    if S.ANSWERED in path:
        replied = min(today, (sent or held) + dt.timedelta(days=rng.randrange(5, 25)))
    kept = draft.points[: 1 + rng.randrange(len(draft.points))]
    partly = final is S.ANSWERED and len(kept) > 1 and rng.random() < 0.3
    title, body = draft.title.format(year=year, **words), draft.body.format(**words)
    said = [f"{p.content} {p.opinion} {p.proposal}" for p in kept]
    reason = "Cơ quan soạn thảo rút dự thảo" if final is S.CANCELLED else ""
    met = S.OPENED in path or S.OPINIONS_GATHERED in path
    session = [
        key, title, body, form.value, final.value, received, submit, held if met else None,
        "", "", draft.participants, draft.experts, 3 * len(kept) + rng.randrange(8), sent, None,
        answer_due(sent, submit, days_off) if sent else None, None, replied, reason, "", year,
        fold(" ".join([title, body, *said])), moment(received, 0),
        moment(replied or sent or received, 9), 1, draft.purpose.value,
    ]  # fmt: skip
    points = []
    for place, point in enumerate(kept, start=1):
        answer = replied is not None and not (partly and place == len(kept))
        points.append([
            key, point.content, point.opinion, point.proposal,
            point.answer.value if answer else "", point.explanation if answer else "", place,
        ])  # fmt: skip
    user = SYSTEM.user_name
    events = [[key, "create", received, "", S.PLANNED.value, "", user, moment(received, 0)]]
    days = {S.SENT: sent, S.ANSWERED: replied}
    for number, (old, new) in enumerate(itertools.pairwise(path), start=1):
        on = days.get(new) or (held if order.index(new) > 1 else received)
        events.append([key, "move", on, old.value, new.value, "", user, moment(on, number)])
    if final is S.CANCELLED:
        on = min(today, received + dt.timedelta(days=7))
        cancel = [key, "move", on, path[-1].value, final.value, reason, user, moment(on, 30)]
        events.append(cancel)
    return _Rows(session, points, events)


def add_large_criticism(
    session: Session,
    count: int,
    *,
    seed: int,
    today: dt.date,
    years: list[int],
    words: dict[str, str],
    days_off: DaysOff,
    report: Callable[[int], None] | None = None,
) -> int:
    """Write ``count`` sessions spread over ``years`` in the caller's transaction; how many."""
    rng = random.Random(f"demo-criticism-{seed}")
    sessions = Writer(session, CriticismSession.__table__, SESSION_COLUMNS)
    points = Writer(session, CriticismPoint.__table__, POINT_COLUMNS)
    events = Writer(session, CriticismEvent.__table__, EVENT_COLUMNS)
    first = next_id(session, CriticismSession)
    with indexed_at_the_end(session, CriticismSession.__tablename__):
        for number in range(count):
            year = years[number * len(years) // count]
            rows = _session_rows(rng, first + number, year, today, days_off, words)
            sessions.add(rows.session)
            for row in rows.points:
                points.add(row)
            for row in rows.events:
                events.add(row)
            if (number + 1) % BATCH == 0 or number + 1 == count:
                for writer in (sessions, points, events):
                    writer.write()
                if report is not None:
                    report((number % BATCH) + 1)
    follow_sequences(session, (CriticismSession, CriticismPoint, CriticismEvent))
    return count
