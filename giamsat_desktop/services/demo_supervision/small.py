"""The small demo office's supervision: last year's and this year's, as the Board lived them.

Each year has its programme, agreed with the member organisations in January, whose lines
open as sessions when their time comes (a line due more than five weeks ahead waits); the
Front also joins the supervision of the People's Council, the People's Committee and the
Front one level up. Each session goes through its form's steps up to today (``lives``),
with its delegation, working sessions and their minutes; a session that recommends sends
its recommendations and follows them up (``recommendations``). It is made as the services
make it — ``create_in`` and ``apply_move`` check every move: the programme and the sessions
in one transaction, then day by day (``letters.Schedule``) the letters issued, the steps
that follow them, the recommendations sent, answered and settled, and last the Board's
decisions on the lines set aside.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import (
    DelegationMember,
    ProgrammeItem,
    SupervisionProgramme,
    SupervisionSession,
    WorkingSession,
)
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.domain.supervision import SessionStep, SupervisionRole
from giamsat_desktop.domain.supervision_programme import ProgrammeItemState, quarter_of
from giamsat_desktop.domain.supervision_records import DelegationMemberDraft, SessionDraft
from giamsat_desktop.services.catalog.days_off import days_off_in
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.demo_supervision.cast import Cast, read_cast
from giamsat_desktop.services.demo_supervision.letters import BY_HAND, Schedule
from giamsat_desktop.services.demo_supervision.lives import Days, Life, Move, tell
from giamsat_desktop.services.demo_supervision.recommendations import (
    Sending,
    plan_recommendations,
)
from giamsat_desktop.services.demo_supervision.texts import TOPICS
from giamsat_desktop.services.demo_supervision.years import LAST_YEAR, SCOPE, THIS_YEAR, Line
from giamsat_desktop.services.supervision.moves import apply_move
from giamsat_desktop.services.supervision.programme_records import (
    ENTITY as PROGRAMME_ENTITY,
)
from giamsat_desktop.services.supervision.programme_records import (
    ITEM_ENTITY,
    item_fields,
    programme_fields,
)
from giamsat_desktop.services.supervision.records import ENTITY, WORKING_ENTITY
from giamsat_desktop.services.supervision.sessions import create_in

OPEN_AHEAD = dt.timedelta(days=35)
"""A line is opened as a session at most this long before its first working day."""
LETTER_STEPS = frozenset({SessionStep.PLAN_ISSUED, SessionStep.DECISION_ISSUED})
"""The steps a session whose letters the program issues takes by issuing them."""
LINES = len(THIS_YEAR) + len(LAST_YEAR)
"""The most sessions the small office can have."""


@dataclass(slots=True)
class Made:
    """What the small office's supervision holds."""

    programme_items: int = 0
    sessions: int = 0
    working_sessions: int = 0
    letters: int = 0
    incoming: int = 0
    recommendations: int = 0
    replies: int = 0


@dataclass(slots=True)
class _Plan:
    """A session to make: its line, year, programme line and story."""

    line: Line
    year: int
    item_id: int | None
    life: Life
    turn: int
    session_id: int = 0


def add_small(
    factory: SessionFactory,
    *,
    seed: int,
    today: dt.date,
    data_folder: Path,
    more: Callable[[Schedule], object] | None = None,
) -> Made:
    """Give the small demo office its two years of supervision; what was made.

    ``more`` puts the office's other work of those days (its social criticism) on the same
    schedule, so that the registers are numbered once, in the order of every day's work.
    """
    rng = random.Random(f"demo-supervision-{seed}")
    made = Made()
    schedule = Schedule(factory, data_folder)
    set_aside: list[tuple[int, Line]] = []
    with unit_of_work(factory) as session:
        cast = read_cast(session)
        days = Days(days_off_in(session))
        plans: list[_Plan] = []
        for year, lines in ((today.year - 1, LAST_YEAR), (today.year, THIS_YEAR)):
            plans += _year(session, cast, days, rng, year, lines, today, set_aside, made)
        plans.sort(key=lambda plan: (plan.life.opened, plan.year, plan.turn))
        for plan in plans:
            _make(session, cast, plan, today, made)
            if plan.line.letters:
                _schedule_letters(factory, schedule, cast, plan, today, made)
            else:
                _move(session, cast, plan, plan.life.moves_by_hand(today))
    sending = [
        Sending(
            plan.session_id,
            plan.line.topic,
            plan.life,
            cast.text(TOPICS[plan.line.topic].body),
            cast.text(TOPICS[plan.line.topic].superior),
            cast.text(TOPICS[plan.line.topic].subject, year=plan.year),
        )
        for plan in plans
        if plan.life.recommends
    ]
    desk = plan_recommendations(schedule, cast, days, sending, seed=seed, today=today)
    if more is not None:
        more(schedule)
    schedule.run()
    made.letters, made.incoming = schedule.letters, schedule.incoming
    made.recommendations, made.replies = len(desk.written), desk.replies
    with unit_of_work(factory) as session:
        for item_id, line in set_aside:
            _decide(session, cast, item_id, line)
    return made


def _schedule_letters(
    factory: SessionFactory, schedule: Schedule, cast: Cast, plan: _Plan, today: dt.date, made: Made
) -> None:
    """The session's plan and decision issued on their days; its steps by hand after them.

    The plan and decision were written before the delegation worked: its working sessions
    and the steps that follow are recorded once they are issued.
    """
    issued = plan.life.opened
    for move in plan.life.moves_by_hand(today):
        if move.step in LETTER_STEPS:
            form = LetterForm.PLAN
            if move.step is SessionStep.DECISION_ISSUED:
                form = LetterForm.DECISION
            schedule.session_letter(move.on, form, plan.session_id)
            issued = max(issued, move.on)
    later = [m for m in plan.life.moves_by_hand(today) if m.step not in LETTER_STEPS]

    def work() -> None:
        with unit_of_work(factory) as session:
            _hold(session, cast, plan, today, made)
            _move(session, cast, plan, later)

    schedule.add(issued, BY_HAND, work)


def _year(
    session: Session,
    cast: Cast,
    days: Days,
    rng: random.Random,
    year: int,
    lines: tuple[Line, ...],
    today: dt.date,
    set_aside: list[tuple[int, Line]],
    made: Made,
) -> list[_Plan]:
    """A year's programme and its lines; the sessions to open from it and those joined."""
    agreed = days.on_or_after(dt.date(year, 1, rng.randint(8, 15)))
    if agreed > today:
        return []  # the year has not started its supervision yet
    programme = SupervisionProgramme(
        year=year,
        title=f"Chương trình giám sát năm {year}",
        agreed_on=agreed,
        notes=f"Đã thống nhất với các tổ chức thành viên tại Hội nghị ngày {agreed:%d/%m/%Y}.",
    )
    session.add(programme)
    session.flush()
    audit.record(
        session, SYSTEM, "create", PROGRAMME_ENTITY, programme.id, None, programme_fields(programme)
    )
    plans = []
    order = 0
    for turn, line in enumerate(lines):
        item_id = None
        if line.programme:
            order += 1
            made.programme_items += 1
            item_id = _item(session, cast, programme, line, order)
        if line.fate in ("postponed", "cancelled"):
            if item_id is not None:
                set_aside.append((item_id, line))
            continue
        life = tell(
            line.form,
            line.role,
            _start(year, line, rng),
            rng,
            days,
            earliest=agreed if line.programme else None,
            late=line.late,
            called_off=line.fate == "called_off",
        )
        if life.opened <= today and life.start <= today + OPEN_AHEAD:
            plans.append(_Plan(line, year, item_id, life, turn))
    return plans


def _start(year: int, line: Line, rng: random.Random) -> dt.date:
    """A day in the line's month (or in the first two months of its quarter)."""
    month = line.month or 3 * ((line.quarter or 1) - 1) + 1 + rng.randint(0, 1)
    return dt.date(year, month, rng.randint(6, 22))


def _item(
    session: Session, cast: Cast, programme: SupervisionProgramme, line: Line, order: int
) -> int:
    """Add the line to the programme as agreed (planned), with its audit entry."""
    topic = TOPICS[line.topic]
    taking_part = [cast.short_names[code] for code in line.taking_part if code in cast.short_names]
    row = ProgrammeItem(
        programme_id=programme.id,
        subject=cast.text(topic.subject, year=programme.year),
        supervised_body=cast.text(topic.body),
        planned_month=line.month,
        planned_quarter=quarter_of(line.month) if line.month else line.quarter,
        form=line.form.value,
        role=line.role.value,
        lead_id=cast.org_ids.get(line.lead) if line.lead else None,
        participants=", ".join(taking_part),
        state=ProgrammeItemState.PLANNED.value,
        sort_order=order,
    )
    session.add(row)
    session.flush()
    audit.record(session, SYSTEM, "create", ITEM_ENTITY, row.id, None, item_fields(row))
    return row.id


def _draft(cast: Cast, plan: _Plan) -> SessionDraft:
    """The session as the clerk fills it in: the line's words, the story's days."""
    line, topic = plan.line, TOPICS[plan.line.topic]
    lead_body = cast.text(line.lead_body)
    if line.role is SupervisionRole.JOIN:
        basis = f"Căn cứ Kế hoạch giám sát của {lead_body};"
    else:
        basis = cast.text(topic.law)
    return SessionDraft(
        form=line.form,
        role=line.role,
        subject=cast.text(topic.subject, year=plan.year),
        supervised_body=cast.text(topic.body),
        superior_body=cast.text(topic.superior),
        scope=cast.text(SCOPE, year=plan.year),
        content_items="\n".join(cast.text(item) for item in topic.contents),
        legal_basis=basis,
        lead_id=cast.org_ids.get(line.lead) if line.lead else None,
        lead_body=lead_body,
        participant_ids=tuple(cast.org_ids[c] for c in line.taking_part if c in cast.org_ids),
        planned_start=plan.life.start,
        planned_end=plan.life.end,
    )


def _make(session: Session, cast: Cast, plan: _Plan, today: dt.date, made: Made) -> None:
    """Open the session on its day with its delegation.

    A session whose letters are to be issued holds its working sessions after them.
    """
    line = plan.line
    record = create_in(
        session, SYSTEM, _draft(cast, plan), item_id=plan.item_id, today=plan.life.opened
    )
    plan.session_id = record.id
    made.sessions += 1
    members = cast.delegation(
        line.form, line.role, line.lead, line.taking_part, line.lead_body, plan.turn
    )
    if members:
        _delegation(session, record.id, members)
    if not line.letters:
        _hold(session, cast, plan, today, made)


def _hold(session: Session, cast: Cast, plan: _Plan, today: dt.date, made: Made) -> None:
    """The session's working sessions held up to today, each with its place and minutes."""
    topic = TOPICS[plan.line.topic]
    for number, held in enumerate(plan.life.working_until(today)):
        minutes = topic.minutes[number % len(topic.minutes)] if topic.minutes else ""
        row = WorkingSession(
            session_id=plan.session_id,
            held_on=held,
            place=cast.text(topic.place),
            attendees="\n".join(cast.text(who) for who in topic.attendees),
            minutes=cast.text(minutes),
        )
        session.add(row)
        session.flush()
        audit.record(session, SYSTEM, "create", WORKING_ENTITY, row.id, None, _working(row))
        made.working_sessions += 1


def _working(row: WorkingSession) -> dict[str, Any]:
    return {
        "session_id": row.session_id,
        "held_on": row.held_on,
        "place": row.place,
        "attendees": row.attendees,
        "minutes": row.minutes,
    }


def _delegation(session: Session, key: int, members: list[DelegationMemberDraft]) -> None:
    """The delegation as the decision names it, with the audit entry ``set_delegation`` keeps."""
    lines = []
    for order, member in enumerate(members, start=1):
        session.add(
            DelegationMember(
                session_id=key,
                person_id=member.person_id,
                full_name=member.full_name,
                position=member.position,
                organization=member.organization,
                role=member.role.value,
                sort_order=order,
            )
        )
        parts = (member.full_name, member.position, member.organization, member.role.value)
        lines.append(" – ".join(part for part in parts if part))
    session.flush()
    audit.record(
        session, SYSTEM, "delegation", ENTITY, key, {"delegation": []}, {"delegation": lines}
    )


def _move(session: Session, cast: Cast, plan: _Plan, moves: list[Move] | tuple[Move, ...]) -> None:
    """Take the session through ``moves`` as the clerk records them, each on its day."""
    row = session.get(SupervisionSession, plan.session_id)
    assert row is not None
    for move in moves:
        apply_move(session, SYSTEM, row, move.step, move.on, cast.note(plan.line, move))


def _decide(session: Session, cast: Cast, item_id: int, line: Line) -> None:
    """The Board's decision on a line set aside: postponed or cancelled, with the reason."""
    row = session.get(ProgrammeItem, item_id)
    assert row is not None
    old = item_fields(row)
    state = ProgrammeItemState.CANCELLED
    if line.fate == "postponed":
        state = ProgrammeItemState.POSTPONED
    row.state = state.value
    row.note = cast.text(line.reason)
    session.flush()
    action = "postpone" if state is ProgrammeItemState.POSTPONED else "cancel"
    audit.record(session, SYSTEM, action, ITEM_ENTITY, row.id, old, item_fields(row))
