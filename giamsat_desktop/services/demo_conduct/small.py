"""The small demo office's QĐ 124 year: sessions at workplaces and residences, reports.

Written through the services (audited, as a clerk would have written them), the last
twelve months up to the demo's day: sessions at both kinds of place with the people
supervised, reports of every channel in every state; a forwarded one names the body and the
day it went to (the demo issues no forwarding letter, so none is named).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from sqlalchemy.orm import Session

from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.conduct import ConductPlace, ReportChannel, ReportState
from giamsat_desktop.domain.conduct_records import ConductDraft, PersonDraft, ReportDraft
from giamsat_desktop.services.conduct import reports, sessions
from giamsat_desktop.services.demo_conduct import texts

SMALL_SESSIONS = 8
SMALL_REPORTS = 16
STATES = (
    ReportState.RECEIVED,
    ReportState.FORWARDED,
    ReportState.RESOLVED,
    ReportState.RESOLVED,
    ReportState.FILED,
)


def add_small_conduct(session: Session, *, seed: int, today: dt.date) -> tuple[int, int]:
    """Write the small office's year of QĐ 124 records in the caller's transaction."""
    rng = random.Random(f"demo-conduct-{seed}")
    start = today - dt.timedelta(days=360)
    for number in range(SMALL_SESSIONS):
        place = ConductPlace.WORKPLACE if number % 2 else ConductPlace.RESIDENCE
        held = start + dt.timedelta(days=20 + number * 40 + rng.randrange(10))
        held = min(held, today)
        people = rng.sample(texts.PEOPLE, 2 + rng.randrange(2))
        if place is ConductPlace.RESIDENCE:  # where they live, the thôn's head is there
            head = rng.choice([p for p in texts.PEOPLE if p[1].startswith("Trưởng thôn")])
            people = [head, *(p for p in people if p != head)]
        sessions.create_in(
            session,
            SYSTEM,
            ConductDraft(
                held_on=held,
                place=place,
                unit=rng.choice(texts.UNITS[place]),
                content=texts.CONTENTS[place],
                lead=rng.choice(texts.LEADS[place]),
                conclusion=rng.choice(texts.CONCLUSIONS),
            ),
            [PersonDraft(name, position, rng.choice(texts.FINDINGS)) for name, position in people],
        )
    channels = list(ReportChannel)
    for number in range(SMALL_REPORTS):
        received = start + dt.timedelta(days=10 + number * 21 + rng.randrange(7))
        received = min(received, today)
        age = (today - received).days
        state = STATES[number % len(STATES)]
        if age < 20 and state is not ReportState.RECEIVED:  # too recent for an answer
            state = ReportState.FORWARDED if age >= 5 else ReportState.RECEIVED
        person, position = rng.choice(texts.PEOPLE)
        reporter, contact = texts.REPORTERS[number % len(texts.REPORTERS)]
        draft = ReportDraft(
            received_on=received,
            channel=channels[number % len(channels)],
            reported_name=person,
            reported_position=position,
            content=rng.choice(texts.REPORT_CONTENTS),
            reporter_name=reporter,
            reporter_contact=contact,
            state=state,
        )
        if state in (ReportState.FORWARDED, ReportState.RESOLVED):
            forwarded = min(today, received + dt.timedelta(days=3 + rng.randrange(5)))
            draft = _forwarded(draft, rng, forwarded)
            if state is ReportState.RESOLVED:
                result_on = min(today, forwarded + dt.timedelta(days=10 + rng.randrange(10)))
                draft = _resolved(draft, rng, result_on)
        elif state is ReportState.FILED:
            draft = _resolved(draft, rng, None, filed=True)
        reports.write_new(session, SYSTEM, draft)
    return SMALL_SESSIONS, SMALL_REPORTS


def _forwarded(draft: ReportDraft, rng: random.Random, on: dt.date) -> ReportDraft:
    # Forwarded by the body and the day; the demo issues no letter for it, so names none.
    return replace(draft, forwarded_to=rng.choice(texts.FORWARDED_TO), forwarded_on=on)


def _resolved(
    draft: ReportDraft, rng: random.Random, on: dt.date | None, *, filed: bool = False
) -> ReportDraft:
    if filed:
        return replace(draft, result=rng.choice(texts.FILED_NOTES))
    return replace(draft, result=rng.choice(texts.RESULTS), result_on=on)
