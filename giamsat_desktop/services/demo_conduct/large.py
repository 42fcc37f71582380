"""The large demo office's QĐ 124 records: 200 sessions and 20,000 reports, by bulk inserts.

Spread over the office's years; the reports of the last two months are still at every step,
older ones forwarded, answered or filed. Rows go in through the driver's executemany with
the search index built at the end; the search text never holds who reported.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy.orm import Session

from giamsat_desktop.db.models import CitizenReport, ConductPerson, ConductSession
from giamsat_desktop.db.search_index import indexed_at_the_end
from giamsat_desktop.domain.conduct import ConductPlace, ReportChannel, ReportState
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.demo_conduct import texts
from giamsat_desktop.services.demo_supervision.bulk import Writer, follow_sequences, moment, next_id

SESSION_COLUMNS = (
    "id", "held_on", "place_kind", "unit", "lead", "content", "conclusion", "notes", "year",
    "search_text", "created_at", "updated_at", "version",
)  # fmt: skip
PERSON_COLUMNS = ("session_id", "full_name", "position", "finding", "sort_order")
REPORT_COLUMNS = (
    "received_on", "channel", "reporter_name", "reporter_contact", "reported_name",
    "reported_position", "content", "state", "forwarded_to", "forwarded_on", "letter_id",
    "result", "result_on", "notes", "year", "search_text", "created_at", "updated_at", "version",
)  # fmt: skip
BATCH = 2000
RECENT = 60
"""Days back from today in which reports stand at every state; older ones are closed."""


def _day_of(rng: random.Random, year: int, today: dt.date) -> dt.date:
    last = min(today, dt.date(year, 12, 31))
    return dt.date(year, 1, 1) + dt.timedelta(
        days=rng.randrange((last - dt.date(year, 1, 1)).days + 1)
    )


def _sessions(
    session: Session, rng: random.Random, count: int, years: list[int], today: dt.date
) -> None:
    rows = Writer(session, ConductSession.__table__, SESSION_COLUMNS)
    people = Writer(session, ConductPerson.__table__, PERSON_COLUMNS)
    first = next_id(session, ConductSession)
    places = list(ConductPlace)
    with indexed_at_the_end(session, ConductSession.__tablename__):
        for number in range(count):
            key, year = first + number, years[number * len(years) // count]
            place = places[number % len(places)]
            held = _day_of(rng, year, today)
            unit, lead = rng.choice(texts.UNITS[place]), rng.choice(texts.LEADS[place])
            chosen = rng.sample(texts.PEOPLE, 1 + rng.randrange(3))
            findings = [rng.choice(texts.FINDINGS) for _ in chosen]
            conclusion = rng.choice(texts.CONCLUSIONS)
            said = [
                f"{name} {position} {finding}"
                for (name, position), finding in zip(chosen, findings, strict=True)
            ]
            text = fold(" ".join([unit, lead, texts.CONTENTS[place], conclusion, *said]))
            rows.add([
                key, held, place.value, unit, lead, texts.CONTENTS[place], conclusion, "", year,
                text, moment(held, 0), moment(held, 1), 1,
            ])  # fmt: skip
            for order, ((name, position), finding) in enumerate(
                zip(chosen, findings, strict=True), 1
            ):
                people.add([key, name, position, finding, order])
        rows.write()
        people.write()
    follow_sequences(session, (ConductSession, ConductPerson))


def _state(rng: random.Random, age: int) -> ReportState:
    if age > RECENT:
        return rng.choice([ReportState.RESOLVED, ReportState.RESOLVED, ReportState.FILED])
    return rng.choice(list(ReportState))


def _reports(
    session: Session,
    rng: random.Random,
    count: int,
    years: list[int],
    today: dt.date,
    report: Callable[[int], None] | None,
) -> None:
    rows = Writer(session, CitizenReport.__table__, REPORT_COLUMNS)
    channels = list(ReportChannel)
    with indexed_at_the_end(session, CitizenReport.__tablename__):
        for number in range(count):
            year = years[number * len(years) // count]
            received = _day_of(rng, year, today)
            state = _state(rng, (today - received).days)
            name, position = rng.choice(texts.PEOPLE)
            reporter, contact = rng.choice(texts.REPORTERS)
            content = rng.choice(texts.REPORT_CONTENTS)
            forwarded_to, forwarded_on, result, result_on = "", None, "", None
            if state in (ReportState.FORWARDED, ReportState.RESOLVED):
                forwarded_to = rng.choice(texts.FORWARDED_TO)
                forwarded_on = min(today, received + dt.timedelta(days=3 + rng.randrange(5)))
            if state is ReportState.RESOLVED:
                result = rng.choice(texts.RESULTS)
                result_on = min(today, (forwarded_on or received) + dt.timedelta(days=15))
            if state is ReportState.FILED:
                result = rng.choice(texts.FILED_NOTES)
            text = fold(" ".join([name, position, content, forwarded_to, result]))
            rows.add([
                received, channels[number % len(channels)].value, reporter, contact, name,
                position, content, state.value, forwarded_to, forwarded_on, None, result,
                result_on, "", year, text, moment(received, 0),
                moment(result_on or forwarded_on or received, 1), 1,
            ])  # fmt: skip
            if (number + 1) % BATCH == 0 or number + 1 == count:
                rows.write()
                if report is not None:
                    report((number % BATCH) + 1)
    follow_sequences(session, (CitizenReport,))


def add_large_conduct(
    session: Session,
    counts: tuple[int, int],
    *,
    seed: int,
    today: dt.date,
    years: list[int],
    report: Callable[[int], None] | None = None,
) -> tuple[int, int]:
    """Write ``counts`` (sessions, reports) spread over ``years`` in the caller's transaction."""
    rng = random.Random(f"demo-conduct-{seed}")
    _sessions(session, rng, counts[0], years, today)
    if report is not None:
        report(counts[0])
    _reports(session, rng, counts[1], years, today, report)
    return counts
