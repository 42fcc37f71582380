"""The large demo office's supervision: 20,000 sessions over its years, by bulk inserts.

Each year of the office's registers has its programme and its sessions, spread over the
year (this year's up to five weeks ahead), each of a line the small office has (its form,
role, lead and organisations taking part), often in one of the commune's hamlets. Each
session's story is told as the small office's are (``lives``) and written whole: the
session at its step with its days, its organisations, its delegation, its working sessions
and its history, every move one its form allows. The rows go in through the driver's
executemany with the sessions' search index built at the end, so the 20,000 sessions and
their 300,000 rows take seconds; the recommendations of those that recommend follow them the
same way (``large_recommendations``).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import (
    DelegationMember,
    ProgrammeItem,
    RegisterBook,
    SessionEvent,
    SessionParticipant,
    SupervisionProgramme,
    SupervisionSession,
    WorkingSession,
)
from giamsat_desktop.db.search_index import indexed_at_the_end
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.supervision import SessionStep, SupervisionRole
from giamsat_desktop.domain.supervision_programme import ProgrammeItemState, quarter_of
from giamsat_desktop.domain.supervision_records import notice_step
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.catalog.days_off import days_off_in
from giamsat_desktop.services.demo_supervision.bulk import Writer as _Writer
from giamsat_desktop.services.demo_supervision.bulk import follow_sequences
from giamsat_desktop.services.demo_supervision.bulk import moment as _moment
from giamsat_desktop.services.demo_supervision.bulk import next_id as _next_id
from giamsat_desktop.services.demo_supervision.cast import Cast, read_cast
from giamsat_desktop.services.demo_supervision.large_recommendations import (
    add_large_recommendations,
)
from giamsat_desktop.services.demo_supervision.lives import Days, Move, tell
from giamsat_desktop.services.demo_supervision.recommendations import Sending
from giamsat_desktop.services.demo_supervision.texts import TOPICS
from giamsat_desktop.services.demo_supervision.years import (
    HAMLETS,
    LAST_YEAR,
    SCOPE,
    THIS_YEAR,
    Line,
)

AHEAD = 30
"""This year's sessions start at most this many days after today."""
LINES_PER_YEAR = 60
"""The led sessions of each year that carry out a line of its programme."""
LATE, CALLED_OFF = 0.03, 0.03
"""The share of sessions reported late, and of joined ones called off."""
_BATCH = 5000
_POOL = tuple(line for line in THIS_YEAR + LAST_YEAR if line.fate in ("", "called_off"))

_SESSION_COLUMNS = (
    "id", "item_id", "form", "role", "lead_id", "lead_body", "subject", "supervised_body",
    "superior_body", "scope", "content_items", "legal_basis", "planned_start", "planned_end",
    "notice_sent_on", "reported_on", "step", "cancel_reason", "year", "search_text",
    "created_at", "updated_at", "version",
)  # fmt: skip
_MEMBER_COLUMNS = (
    "id", "session_id", "person_id", "full_name", "position", "organization", "role",
    "sort_order",
)  # fmt: skip
_WORKING_COLUMNS = (
    "id", "session_id", "held_on", "place", "attendees", "minutes", "created_at", "updated_at",
    "version",
)  # fmt: skip
_EVENT_COLUMNS = (
    "id", "session_id", "kind", "on", "from_step", "to_step", "note", "user_name", "at",
)  # fmt: skip
_PROGRAMME_COLUMNS = (
    "id", "year", "title", "agreed_on", "notes", "created_at", "updated_at", "version",
)  # fmt: skip
_ITEM_COLUMNS = (
    "id", "programme_id", "subject", "supervised_body", "planned_month", "planned_quarter",
    "form", "role", "lead_id", "participants", "state", "note", "sort_order", "version",
)  # fmt: skip


@dataclass(slots=True)
class LargeMade:
    """What the large office's supervision holds."""

    programme_items: int = 0
    sessions: int = 0
    working_sessions: int = 0
    recommendations: int = 0


class _Texts:
    """The words of each line in each year, worked out once (the years repeat them)."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        self.folds: dict[str, str] = {}
        self.lines: dict[tuple[Line, int], tuple[str, ...]] = {}
        self.minutes = {
            key: tuple(cast.text(m) for m in topic.minutes) or ("",)
            for key, topic in TOPICS.items()
        }

    def folded(self, words: str) -> str:
        found = self.folds.get(words)
        if found is None:
            found = self.folds[words] = fold(words)
        return found

    def line(self, line: Line, year: int) -> tuple[str, ...]:
        """Subject, body, superior, scope, contents, basis, lead body, place, attendees."""
        found = self.lines.get((line, year))
        if found is None:
            found = self.lines[(line, year)] = self._line(line, year)
        return found

    def _line(self, line: Line, year: int) -> tuple[str, ...]:
        cast, topic = self.cast, TOPICS[line.topic]
        lead_body = cast.text(line.lead_body)
        return (
            cast.text(topic.subject, year=year),
            cast.text(topic.body),
            cast.text(topic.superior),
            cast.text(SCOPE, year=year),
            "\n".join(cast.text(item) for item in topic.contents),
            f"Căn cứ Kế hoạch giám sát của {lead_body};" if lead_body else cast.text(topic.law),
            lead_body,
            cast.text(topic.place),
            "\n".join(cast.text(who) for who in topic.attendees),
        )


def _years(session: Session, today: dt.date) -> list[int]:
    """The years of the office's registers, up to this one."""
    first = session.scalar(select(func.min(RegisterBook.year))) or today.year
    return list(range(min(first, today.year), today.year + 1))


def _starts(rng: random.Random, year: int, count: int, today: dt.date) -> list[dt.date]:
    first = dt.date(year, 1, 1)
    last = min(dt.date(year, 12, 31), today + dt.timedelta(days=AHEAD))
    span = max(0, (last - first).days)
    return sorted(first + dt.timedelta(days=rng.randint(0, span)) for _ in range(count))


def add_large(
    factory: SessionFactory,
    total: int,
    *,
    seed: int,
    today: dt.date,
    recommendations: int = 0,
    report: Callable[[int], None] | None = None,
) -> LargeMade:
    """Write ``total`` sessions spread over the office's years; what was made.

    ``recommendations`` are spread over the sessions that recommend (``large_recommendations``).
    """
    rng = random.Random(f"demo-supervision-large-{seed}")
    made = LargeMade()
    with unit_of_work(factory) as session:
        cast = read_cast(session)
        writer = _Large(session, cast, Days(days_off_in(session)), rng, today, made)
        years = _years(session, today)
        share, rest = divmod(total, len(years))
        with indexed_at_the_end(session, SupervisionSession.__tablename__):
            for number, year in enumerate(years):
                count = share + (1 if number < rest else 0)
                for done in writer.year(year, count):
                    if report is not None:
                        report(done)
            writer.flush()
        made.recommendations = add_large_recommendations(
            session,
            cast,
            writer.days,
            writer.sending,
            seed=seed,
            today=today,
            total=recommendations,
            report=report,
        )
        follow_sequences(
            session,
            (
                SupervisionProgramme,
                ProgrammeItem,
                SupervisionSession,
                DelegationMember,
                WorkingSession,
                SessionEvent,
            ),
        )
    return made


class _Large:
    """Tells and writes the large office's sessions, a year at a time."""

    def __init__(
        self,
        session: Session,
        cast: Cast,
        days: Days,
        rng: random.Random,
        today: dt.date,
        made: LargeMade,
    ) -> None:
        self.cast, self.days, self.rng, self.today, self.made = cast, days, rng, today, made
        self.texts = _Texts(cast)
        self.ids = {
            name: _next_id(session, model)
            for name, model in (
                ("session", SupervisionSession),
                ("member", DelegationMember),
                ("working", WorkingSession),
                ("event", SessionEvent),
                ("programme", SupervisionProgramme),
                ("item", ProgrammeItem),
            )
        }
        self.writers = {
            "programme": _Writer(session, SupervisionProgramme.__table__, _PROGRAMME_COLUMNS),
            "item": _Writer(session, ProgrammeItem.__table__, _ITEM_COLUMNS),
            "session": _Writer(session, SupervisionSession.__table__, _SESSION_COLUMNS),
            "participant": _Writer(
                session, SessionParticipant.__table__, ("session_id", "organization_id")
            ),
            "member": _Writer(session, DelegationMember.__table__, _MEMBER_COLUMNS),
            "working": _Writer(session, WorkingSession.__table__, _WORKING_COLUMNS),
            "event": _Writer(session, SessionEvent.__table__, _EVENT_COLUMNS),
        }
        self.delegations: dict[tuple[int, int], list[list[Any]]] = {}
        self.sending: list[Sending] = []
        self.pending = 0

    def take(self, name: str) -> int:
        key = self.ids[name]
        self.ids[name] = key + 1
        return key

    def flush(self) -> None:
        """Write every row kept, in the order the keys need."""
        for writer in self.writers.values():
            writer.write()
        self.pending = 0

    def year(self, year: int, count: int) -> Iterator[int]:
        """Write the year's programme and ``count`` sessions; yields how many after a batch."""
        programme = self.take("programme")
        agreed = self.days.on_or_after(dt.date(year, 1, 12))
        self.writers["programme"].add(
            [
                programme,
                year,
                f"Chương trình giám sát năm {year}",
                agreed if agreed <= self.today else None,
                "",
                _moment(min(agreed, self.today), 0),
                _moment(min(agreed, self.today), 1),
                1,
            ]
        )
        lines = 0
        for start in _starts(self.rng, year, count, self.today):
            line = self.rng.choice(_POOL)
            item = None
            if line.role is SupervisionRole.LEAD and lines < LINES_PER_YEAR:
                lines += 1
                item = self._item(programme, line, year, start, lines)
            self._session(line, year, start, item)
            if self.pending == _BATCH:
                self.flush()
                yield _BATCH
        done = self.pending
        self.flush()
        yield done

    def _item(self, programme: int, line: Line, year: int, start: dt.date, order: int) -> int:
        key = self.take("item")
        words = self.texts.line(line, year)
        lead = self.cast.org_ids.get(line.lead) if line.lead else None
        names = self.cast.short_names
        taking_part = ", ".join(names[code] for code in line.taking_part if code in names)
        self.writers["item"].add(
            [
                key,
                programme,
                words[0],
                words[1],
                start.month,
                quarter_of(start.month),
                line.form.value,
                line.role.value,
                lead,
                taking_part,
                ProgrammeItemState.PLANNED.value,
                "",
                order,
                1,
            ]  # fmt: skip
        )
        self.made.programme_items += 1
        return key

    def _session(self, line: Line, year: int, start: dt.date, item: int | None) -> None:
        rng, today, cast = self.rng, self.today, self.cast
        life = tell(
            line.form,
            line.role,
            start,
            rng,
            self.days,
            late=rng.random() < LATE,
            called_off=line.role is SupervisionRole.JOIN and rng.random() < CALLED_OFF,
        )
        key = self.take("session")
        subject, body, superior, scope, contents, basis, lead_body, place, attendees = (
            self.texts.line(line, year)
        )
        if rng.random() < 0.5:
            subject = f"{subject} ở ấp {rng.choice(HAMLETS)}"
        lead = cast.org_ids.get(line.lead) if line.lead else None
        taking_part = [cast.org_ids[c] for c in line.taking_part if c in cast.org_ids]
        names = [cast.org_names[org] for org in ([lead] if lead else []) + taking_part]
        parts = (subject, body, superior, lead_body, scope, *names)
        search = " ".join(folded for part in parts if (folded := self.texts.folded(part)))
        moves = life.moves_until(today)
        step = moves[-1].step if moves else SessionStep.PLANNED
        sent = notice_step(line.form, line.role)
        opened = min(life.opened, today)
        last = moves[-1].on if moves else opened
        self.writers["session"].add(
            [
                key,
                item,
                line.form.value,
                line.role.value,
                lead,
                lead_body,
                subject,
                body,
                superior,
                scope,
                contents,
                basis,
                life.start,
                life.end,
                next((m.on for m in moves if m.step is sent), None),
                next((m.on for m in moves if m.step is SessionStep.REPORTED), None),
                step.value,
                cast.text(line.reason) if step is SessionStep.CANCELLED else "",
                start.year,
                search,
                _moment(opened, 0),
                _moment(last, len(moves)),
                1,
            ]  # fmt: skip
        )
        reported = life.day_of(SessionStep.REPORTED)
        if life.recommends and reported is not None and reported <= today:
            self.sending.append(Sending(key, line.topic, life, body, superior, subject))
        for org in taking_part:
            self.writers["participant"].add([key, org])
        self._delegation(key, line, rng.randrange(3))
        self._history(key, line, opened, moves)
        for number, held in enumerate(life.working_until(today)):
            minutes = self.texts.minutes[line.topic]
            self.writers["working"].add(
                [
                    self.take("working"),
                    key,
                    held,
                    place,
                    attendees,
                    minutes[number % len(minutes)],
                    _moment(held, 0),
                    _moment(held, 0),
                    1,
                ]  # fmt: skip
            )
            self.made.working_sessions += 1
        self.made.sessions += 1
        self.pending += 1

    def _delegation(self, key: int, line: Line, turn: int) -> None:
        found = self.delegations.get((id(line), turn))
        if found is None:
            members = self.cast.delegation(
                line.form, line.role, line.lead, line.taking_part, line.lead_body, turn
            )
            found = self.delegations[(id(line), turn)] = [
                [m.person_id, m.full_name, m.position, m.organization, m.role.value]
                for m in members
            ]
        for order, member in enumerate(found, start=1):
            self.writers["member"].add([self.take("member"), key, *member, order])

    def _history(self, key: int, line: Line, opened: dt.date, moves: tuple[Move, ...]) -> None:
        events = self.writers["event"]
        user = SYSTEM.user_name
        events.add(
            [
                self.take("event"),
                key,
                "create",
                opened,
                "",
                SessionStep.PLANNED.value,
                "",
                user,
                _moment(opened, 0),
            ]  # fmt: skip
        )
        before = SessionStep.PLANNED
        for second, move in enumerate(moves, start=1):
            note = self.cast.note(line, move)
            events.add(
                [
                    self.take("event"),
                    key,
                    "move",
                    move.on,
                    before.value,
                    move.step.value,
                    note,
                    user,
                    _moment(move.on, second),
                ]  # fmt: skip
            )
            before = move.step
