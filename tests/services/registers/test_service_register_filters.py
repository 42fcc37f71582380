"""Every option of the registers' filters gives exactly the lines in that state, alone and paired.

The test registers documents in every urgency and every Tình trạng (pending, in progress,
done past its deadline, overdue, cancelled), over two years, three issuers and three types,
and knows from its own table which lines each option must give.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.documents import HandlingStatus, Urgency
from giamsat_desktop.domain.registers import (
    IncomingDraft,
    IncomingFilter,
    IncomingState,
    OutgoingDraft,
    OutgoingFilter,
    StateGroup,
)
from giamsat_desktop.services.registers import incoming, outgoing
from giamsat_desktop.services.registers.queries import (
    incoming_keys,
    incoming_rows,
    outgoing_keys,
    outgoing_rows,
)
from giamsat_desktop.services.safety.database import Database

CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
TODAY = dt.date(2026, 4, 15)
"""The day Tình trạng is judged on."""

ISSUERS = ("Đảng ủy xã Tân Hưng", "Ủy ban nhân dân xã Tân Hưng", "Hội Nông dân xã Tân Hưng")
TYPES = ("KH", "BC", "CV")
TOPICS = (
    "giám sát chính sách bảo hiểm y tế",
    "phản biện dự thảo quy hoạch khu dân cư",
    "an toàn thực phẩm tại chợ",
)


@dataclass(frozen=True)
class Line:
    """What the test registered, and so what each filter must find."""

    id: int
    arrival: dt.date
    issuer: str
    type_code: str
    urgency: Urgency
    state: IncomingState
    """Tình trạng on TODAY, as the test made it."""
    topic: str
    deadline: dt.date | None
    open: bool
    """Neither handled nor cancelled."""


def _arrival(index: int) -> dt.date:
    """Two years, several months: 2025-02-03, 2026-01-04, 2025-03-05 …"""
    year = 2025 if index % 2 == 0 else 2026
    return dt.date(year, 1 + index % 3, 3 + index % 5)


def _how(state: IncomingState, arrival: dt.date) -> tuple[HandlingStatus, dt.date | None, bool]:
    """Handling status, deadline and cancellation that make a line show ``state`` on TODAY."""
    past = max(arrival, TODAY - dt.timedelta(days=5))
    if state is IncomingState.PENDING:
        return HandlingStatus.PENDING, None, False
    if state is IncomingState.IN_PROGRESS:
        return HandlingStatus.IN_PROGRESS, TODAY + dt.timedelta(days=10), False
    if state is IncomingState.DONE:
        return HandlingStatus.DONE, past, False  # handled, though after its deadline
    if state is IncomingState.OVERDUE:
        return HandlingStatus.PENDING, past, False
    return HandlingStatus.PENDING, past, True  # cancelled while overdue: shows cancelled


def _register(database: Database, index: int, urgency: Urgency, state: IncomingState) -> Line:
    arrival = _arrival(index)
    status, deadline, cancelled = _how(state, arrival)
    kind, topic = TYPES[index % 3], TOPICS[(index // 3) % 3]
    record, _ = incoming.register_incoming(
        database.session_factory,
        CLERK,
        IncomingDraft(
            arrival_date=arrival,
            issuer=ISSUERS[(index // 2) % 3],
            subject=f"V/v {topic}" if kind == "CV" else topic,
            symbol=f"{index + 1}/{kind}-XA" if kind != "CV" else f"{index + 1}/UBND-VP",
            type_code=kind,
            urgency=urgency,
            deadline=deadline,
            handling_status=status,
        ),
    )
    if cancelled:
        incoming.cancel_incoming(
            database.session_factory, CLERK, record.id, "Vào sổ nhầm", record.version
        )
    return Line(
        record.id,
        arrival,
        record.issuer,
        record.type_code,
        urgency,
        state,
        topic,
        deadline,
        status is not HandlingStatus.DONE and not cancelled,
    )


@pytest.fixture
def lines(office_database: Database) -> list[Line]:
    """Every urgency in every state, plus the edge cases of overdue."""
    made = [
        _register(office_database, index, urgency, state)
        for index, (urgency, state) in enumerate(itertools.product(Urgency, IncomingState))
    ]
    factory = office_database.session_factory
    # Due today is not late yet; in progress past the deadline is.
    due_today, _ = incoming.register_incoming(
        factory,
        CLERK,
        IncomingDraft(
            arrival_date=dt.date(2026, 4, 1),
            issuer=ISSUERS[0],
            subject=TOPICS[0],
            type_code="KH",
            deadline=TODAY,
        ),
    )
    late_working, _ = incoming.register_incoming(
        factory,
        CLERK,
        IncomingDraft(
            arrival_date=dt.date(2026, 4, 1),
            issuer=ISSUERS[1],
            subject=TOPICS[1],
            type_code="BC",
            deadline=TODAY - dt.timedelta(days=1),
            handling_status=HandlingStatus.IN_PROGRESS,
        ),
    )
    made += [
        Line(
            due_today.id,
            due_today.arrival_date,
            ISSUERS[0],
            "KH",
            Urgency.NORMAL,
            IncomingState.PENDING,
            TOPICS[0],
            TODAY,
            True,
        ),
        Line(
            late_working.id,
            late_working.arrival_date,
            ISSUERS[1],
            "BC",
            Urgency.NORMAL,
            IncomingState.OVERDUE,
            TOPICS[1],
            TODAY - dt.timedelta(days=1),
            True,
        ),
    ]
    return made


@dataclass(frozen=True)
class Option:
    """One choice of one filter: the field(s) it sets and which lines it must keep."""

    field: str
    where: dict[str, Any]
    keeps: Callable[[Any], bool]

    def __str__(self) -> str:
        return f"{self.where}"


def _incoming_options() -> list[Option]:
    options = [
        Option("year", {"year": y}, lambda x, y=y: x.arrival.year == y) for y in (2025, 2026)
    ]
    start, end = dt.date(2025, 3, 1), dt.date(2026, 1, 31)
    options += [
        Option("dates", {"date_from": start}, lambda x: x.arrival >= start),
        Option("dates", {"date_to": end}, lambda x: x.arrival <= end),
        Option("dates", {"date_from": start, "date_to": end}, lambda x: start <= x.arrival <= end),
    ]
    options += [
        Option("type", {"type_code": code}, lambda x, c=code: x.type_code == c) for code in TYPES
    ]
    options += [
        Option("issuer", {"issuer": issuer}, lambda x, i=issuer: x.issuer == i)
        for issuer in ISSUERS
    ]
    options += [
        Option("urgency", {"urgency": urgency}, lambda x, u=urgency: x.urgency is u)
        for urgency in Urgency
    ]
    options += [
        Option("state", {"state": state, "today": TODAY}, lambda x, s=state: x.state is s)
        for state in IncomingState
    ]
    options += [
        Option(
            "state",
            {"state_group": group, "today": TODAY},
            lambda x, g=group: x.state in g.states,
        )
        for group in StateGroup
    ]
    options += [
        Option("text", {"text": "bao hiem"}, lambda x: x.topic == TOPICS[0]),
        Option("text", {"text": "an toàn chợ"}, lambda x: x.topic == TOPICS[2]),
    ]
    return options


INCOMING_OPTIONS = _incoming_options()


def _incoming_found(database: Database, where: dict[str, Any]) -> set[int]:
    return set(incoming_keys(database.session_factory, CLERK, IncomingFilter(**where)))


def test_the_test_covers_every_urgency_in_every_state(lines: list[Line]) -> None:
    assert {(x.urgency, x.state) for x in lines} == set(itertools.product(Urgency, IncomingState))


@pytest.mark.parametrize("option", INCOMING_OPTIONS, ids=str)
def test_each_incoming_option_alone_gives_exactly_its_lines(
    office_database: Database, lines: list[Line], option: Option
) -> None:
    expected = {x.id for x in lines if option.keeps(x)}
    assert expected, "an option that keeps nothing proves nothing"
    assert expected != {x.id for x in lines}, "nor one that keeps everything"

    assert _incoming_found(office_database, option.where) == expected


def test_each_pair_of_incoming_options_gives_exactly_the_lines_of_both(
    office_database: Database, lines: list[Line]
) -> None:
    wrong = []
    for first, second in itertools.combinations(INCOMING_OPTIONS, 2):
        if first.field == second.field:
            continue
        expected = {x.id for x in lines if first.keeps(x) and second.keeps(x)}
        found = _incoming_found(office_database, {**first.where, **second.where})
        if found != expected:
            wrong.append(f"{first} + {second}: {sorted(found)} instead of {sorted(expected)}")
    assert wrong == []


def test_the_states_share_out_the_register_as_its_lines_show_them(
    office_database: Database, lines: list[Line]
) -> None:
    factory = office_database.session_factory
    every = incoming_keys(factory, CLERK, IncomingFilter())
    assert len(every) == len(lines)
    seen: list[int] = []
    for state in IncomingState:
        keys = incoming_keys(factory, CLERK, IncomingFilter(state=state, today=TODAY))
        assert {r.state(TODAY) for r in incoming_rows(factory, keys)} == {state}
        seen += keys
    assert sorted(seen) == sorted(every)


def test_the_state_is_judged_on_the_day_given(office_database: Database, lines: list[Line]) -> None:
    later = TODAY + dt.timedelta(days=30)  # every deadline set has passed by then
    late = {x.id for x in lines if x.open and x.deadline is not None and x.deadline < later}
    assert {x.id for x in lines if x.state is IncomingState.IN_PROGRESS} <= late

    assert _incoming_found(office_database, {"state": IncomingState.OVERDUE, "today": later}) == (
        late
    )
    pending = {x.id for x in lines if x.open and x.id not in late}
    assert _incoming_found(
        office_database, {"state": IncomingState.PENDING, "today": later}
    ) | _incoming_found(office_database, {"state": IncomingState.IN_PROGRESS, "today": later}) == (
        pending
    )


# --- the outgoing register ------------------------------------------------------------------


@dataclass(frozen=True)
class Sent:
    id: int
    issued: dt.date
    type_code: str
    topic: str
    cancelled: bool = False


@pytest.fixture
def sent(office_database: Database) -> list[Sent]:
    """Công văn (stored without a code), plans and reports over two years; one cancelled."""
    made = []
    for index in range(12):
        issued = _arrival(index)
        kind, topic = ("", "KH", "BC")[index % 3], TOPICS[(index // 3) % 3]
        record, _ = outgoing.register_outgoing(
            office_database.session_factory,
            CLERK,
            OutgoingDraft(
                issue_date=issued,
                subject=f"V/v {topic}" if not kind else topic,
                type_code=kind,
                signer_name="Nguyễn Thị Thu Hà",
                recipients="Đảng ủy xã Tân Hưng",
            ),
        )
        if index == 4:
            outgoing.cancel_outgoing(
                office_database.session_factory, CLERK, record.id, "Ký nhầm", record.version
            )
        made.append(Sent(record.id, issued, record.type_code, topic, cancelled=index == 4))
    return made


def _outgoing_options() -> list[Option]:
    options = [Option("year", {"year": y}, lambda x, y=y: x.issued.year == y) for y in (2025, 2026)]
    start, end = dt.date(2025, 3, 1), dt.date(2026, 1, 31)
    options += [
        Option("dates", {"date_from": start}, lambda x: x.issued >= start),
        Option("dates", {"date_to": end}, lambda x: x.issued <= end),
        Option("dates", {"date_from": start, "date_to": end}, lambda x: start <= x.issued <= end),
    ]
    options += [
        Option("type", {"type_code": "CV"}, lambda x: x.type_code == ""),
        Option("type", {"type_code": "KH"}, lambda x: x.type_code == "KH"),
        Option("type", {"type_code": "BC"}, lambda x: x.type_code == "BC"),
    ]
    options += [
        Option("text", {"text": "bao hiem"}, lambda x: x.topic == TOPICS[0]),
        Option("text", {"text": "thuc pham"}, lambda x: x.topic == TOPICS[2]),
    ]
    options += [
        Option("state", {"cancelled": True}, lambda x: x.cancelled),
        Option("state", {"cancelled": False}, lambda x: not x.cancelled),
    ]
    return options


OUTGOING_OPTIONS = _outgoing_options()


def _outgoing_found(database: Database, where: dict[str, Any]) -> set[int]:
    return set(outgoing_keys(database.session_factory, CLERK, OutgoingFilter(**where)))


@pytest.mark.parametrize("option", OUTGOING_OPTIONS, ids=str)
def test_each_outgoing_option_alone_gives_exactly_its_lines(
    office_database: Database, sent: list[Sent], option: Option
) -> None:
    expected = {x.id for x in sent if option.keeps(x)}
    assert expected
    assert expected != {x.id for x in sent}

    assert _outgoing_found(office_database, option.where) == expected


def test_each_pair_of_outgoing_options_gives_exactly_the_lines_of_both(
    office_database: Database, sent: list[Sent]
) -> None:
    wrong = []
    for first, second in itertools.combinations(OUTGOING_OPTIONS, 2):
        if first.field == second.field:
            continue
        expected = {x.id for x in sent if first.keeps(x) and second.keeps(x)}
        found = _outgoing_found(office_database, {**first.where, **second.where})
        if found != expected:
            wrong.append(f"{first} + {second}: {sorted(found)} instead of {sorted(expected)}")
    assert wrong == []


def test_the_cong_van_option_finds_the_lines_shown_without_a_type_name(
    office_database: Database, sent: list[Sent]
) -> None:
    factory = office_database.session_factory
    keys = outgoing_keys(factory, CLERK, OutgoingFilter(type_code="CV"))
    subjects = [record.subject for record in outgoing_rows(factory, keys)]
    assert len(subjects) == 4
    assert all(subject.startswith("V/v ") for subject in subjects)
