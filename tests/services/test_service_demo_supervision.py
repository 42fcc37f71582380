"""The demo office's supervision: a year's programme and its sessions, lived up to today."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import inspect, select, text

from giamsat_desktop.db.models import (
    BoardMember,
    DelegationMember,
    Letter,
    OutgoingDocument,
    ProgrammeItem,
    SessionEvent,
    SupervisionProgramme,
    SupervisionSession,
    WorkingSession,
)
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.letters import LetterForm, LetterState
from giamsat_desktop.domain.supervision import (
    SessionStep,
    SupervisionForm,
    SupervisionRole,
    can_move,
    steps_of,
)
from giamsat_desktop.domain.supervision_programme import ProgrammeItemState
from giamsat_desktop.domain.supervision_records import DelegationRole, SessionFilter
from giamsat_desktop.domain.symbols import parse_symbol
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services import demo_criticism, demo_data, demo_supervision, demo_tasks
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.safety.database import Database, open_database
from giamsat_desktop.services.supervision import queries
from giamsat_desktop.services.supervision.session_letters import SESSION_LETTER

if TYPE_CHECKING:
    from tests.conftest import Databases

TODAY = dt.date(2026, 11, 23)
LEAD, JOIN = SupervisionRole.LEAD, SupervisionRole.JOIN


@pytest.fixture(scope="module")
def made(engine_name: str, databases: Databases) -> Iterator[tuple[Database, dict[str, int]]]:
    """One small demo office, read (never changed) by the tests below, and its counts."""
    url = databases.new_url(engine_name)
    database = open_database(url)
    counts = create_demo_data(database.session_factory, "small", today=TODAY)
    yield database, counts
    database.close()
    databases.remove(url)


@pytest.fixture
def demo(made: tuple[Database, dict[str, int]]) -> Database:
    """The small demo office."""
    return made[0]


def read(database: Database, model: Any, *order: Any) -> list[Any]:
    with database.session_factory() as session:
        found = list(session.scalars(select(model).order_by(*(order or (model.id,)))))
        session.expunge_all()
        return found


def sessions(database: Database) -> list[SupervisionSession]:
    return read(database, SupervisionSession)


def kind(row: SupervisionSession) -> tuple[SupervisionForm, SupervisionRole]:
    return SupervisionForm(row.form), SupervisionRole(row.role)


def by_session(rows: list[Any]) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        found[row.session_id].append(row)
    return found


def issued_letters(database: Database) -> dict[int, dict[LetterForm, Letter]]:
    found: dict[int, dict[LetterForm, Letter]] = defaultdict(dict)
    for letter in read(database, Letter):
        if letter.source_kind == SESSION_LETTER and letter.state == LetterState.ISSUED.value:
            found[letter.source_id][LetterForm(letter.form)] = letter
    return found


# ---------------------------------------------------------------------------------------------
# the year's programme


def test_this_years_programme_was_agreed_in_january_with_lines_of_several_forms(
    demo: Database,
) -> None:
    programmes = {p.year: p for p in read(demo, SupervisionProgramme)}
    mine = programmes[TODAY.year]
    lines = [
        i for i in read(demo, ProgrammeItem, ProgrammeItem.sort_order) if i.programme_id == mine.id
    ]

    assert set(programmes) == {TODAY.year - 1, TODAY.year}
    assert mine.agreed_on is not None and mine.agreed_on.month == 1
    assert 8 <= len(lines) <= 14
    assert [line.sort_order for line in lines] == list(range(1, len(lines) + 1))
    assert {line.form for line in lines} == {form.value for form in SupervisionForm}
    assert any(line.lead_id is None for line in lines)  # the Front leads
    assert len({line.lead_id for line in lines if line.lead_id is not None}) >= 3
    assert any(line.role == JOIN.value for line in lines)


def test_a_line_is_postponed_one_cancelled_with_their_reasons_the_others_opened(
    demo: Database,
) -> None:
    mine = {p.year: p.id for p in read(demo, SupervisionProgramme)}[TODAY.year]
    lines = [i for i in read(demo, ProgrammeItem) if i.programme_id == mine]
    opened = {row.item_id for row in sessions(demo) if row.item_id is not None}
    states = defaultdict(list)
    for line in lines:
        states[ProgrammeItemState(line.state)].append(line)

    postponed, cancelled = (
        states[ProgrammeItemState.POSTPONED],
        states[ProgrammeItemState.CANCELLED],
    )
    assert len(postponed) == 1 and postponed[0].note.startswith("Hoãn")
    assert len(cancelled) == 1 and cancelled[0].note
    assert not {line.id for line in postponed + cancelled} & opened
    assert len([line for line in states[ProgrammeItemState.PLANNED] if line.id in opened]) >= 8


# ---------------------------------------------------------------------------------------------
# the sessions


def test_sessions_of_all_four_forms_led_and_joined(demo: Database) -> None:
    kinds = {kind(row) for row in sessions(demo) if row.step != SessionStep.CANCELLED.value}

    assert {form for form, _role in kinds} == set(SupervisionForm)
    assert {(form, role) for form in SupervisionForm for role in SupervisionRole} - kinds == {
        (SupervisionForm.WITH_STATE, LEAD)  # a state body leads form (4); the Front takes part
    }


def test_member_organisations_lead_some_sessions_and_the_front_joins_other_bodies(
    demo: Database,
) -> None:
    found = sessions(demo)
    joined = [row for row in found if row.role == JOIN.value]

    assert {row.lead_id for row in found if row.role == LEAD.value} - {None}
    assert all(row.lead_body for row in joined)
    assert {row.lead_body.split(" ")[0] for row in joined} >= {"Thường", "Ủy", "Ban"}


def test_a_front_led_delegation_issued_its_plan_and_decision_into_the_outgoing_register(
    demo: Database,
) -> None:
    letters = issued_letters(demo)
    register = {row.id: row for row in read(demo, OutgoingDocument)}
    steps = {row.id: SessionStep(row.step) for row in sessions(demo)}
    full = steps_of(SupervisionForm.DELEGATION, LEAD)
    both = {key: forms for key, forms in letters.items() if len(forms) == 2}

    assert len(both) >= 3
    for key, forms in both.items():
        plan, decision = forms[LetterForm.PLAN], forms[LetterForm.DECISION]
        assert parse_symbol(plan.symbol).type_code == "KH", plan.symbol
        assert parse_symbol(decision.symbol).type_code == "QĐ", decision.symbol
        assert plan.issue_date < decision.issue_date <= TODAY
        assert register[plan.outgoing_id].symbol == plan.symbol
        assert register[decision.outgoing_id].symbol == decision.symbol
        assert full.index(steps[key]) >= full.index(SessionStep.DECISION_ISSUED)


def test_issuing_the_letters_moved_their_sessions_on_the_day_issued(demo: Database) -> None:
    letters = issued_letters(demo)
    history = by_session(read(demo, SessionEvent))

    for key, forms in letters.items():
        moves = {event.to_step: event for event in history[key] if event.kind == "move"}
        for form, step in (
            (LetterForm.PLAN, "da_ban_hanh_ke_hoach"),
            (LetterForm.DECISION, "da_thanh_lap_doan"),
        ):
            if form in forms:
                assert moves[step].on == forms[form].issue_date
                assert forms[form].symbol in moves[step].note


def test_every_led_delegation_has_one_head_from_the_standing_board(demo: Database) -> None:
    board = {fold(m.full_name) for m in read(demo, BoardMember) if m.active}
    members = by_session(
        read(demo, DelegationMember, DelegationMember.session_id, DelegationMember.sort_order)
    )
    led = [row for row in sessions(demo) if kind(row) == (SupervisionForm.DELEGATION, LEAD)]

    assert led
    for row in led:
        heads = [m for m in members[row.id] if m.role == DelegationRole.HEAD.value]
        assert len(heads) == 1, row.subject
        assert fold(heads[0].full_name) in board
        assert {DelegationRole(m.role) for m in members[row.id]} >= {
            DelegationRole.HEAD,
            DelegationRole.SECRETARY,
        }


def test_working_sessions_were_held_with_a_place_attendees_and_minutes(demo: Database) -> None:
    held = read(demo, WorkingSession)
    found = {row.id: row for row in sessions(demo)}

    assert len(held) >= 15
    for working in held:
        session = found[working.session_id]
        assert working.held_on <= TODAY
        assert session.planned_start <= working.held_on <= session.planned_end
        assert working.place and working.attendees and working.minutes
        assert (
            SupervisionForm(session.form) is not SupervisionForm.DOCUMENTS
            or session.role == JOIN.value
        )


def test_every_sessions_history_is_a_chain_of_moves_its_form_allows(demo: Database) -> None:
    history = by_session(read(demo, SessionEvent))

    for row in sessions(demo):
        events = history[row.id]
        form, role = kind(row)
        assert (events[0].kind, events[0].to_step) == ("create", SessionStep.PLANNED.value)
        step, day = SessionStep.PLANNED, events[0].on
        for event in events[1:]:
            assert event.kind == "move"
            assert event.from_step == step.value
            assert can_move(form, role, step, SessionStep(event.to_step)), (row.subject, event)
            assert day <= event.on <= TODAY
            step, day = SessionStep(event.to_step), event.on
        assert step.value == row.step


def test_sessions_are_where_today_puts_them(demo: Database) -> None:
    found = sessions(demo)
    steps = {SessionStep(row.step) for row in found}
    long_ago = [row for row in found if row.planned_end < TODAY - dt.timedelta(days=120)]

    assert all(row.step in ("ket_thuc", "da_huy") for row in long_ago)
    assert SessionStep.CANCELLED in steps and SessionStep.CLOSED in steps
    assert any(step.is_open for step in steps)
    assert all(row.planned_start <= TODAY + dt.timedelta(days=35) for row in found)
    later = [row for row in found if row.planned_start > TODAY]
    assert all(row.step not in ("dang_lam_viec", "da_bao_cao", "ket_thuc") for row in later)


def test_only_the_late_report_of_last_year_shows_a_warning(demo: Database) -> None:
    keys = [row.id for row in sessions(demo)]
    records = queries.sessions_by_ids(demo.session_factory, SYSTEM, keys, TODAY)

    assert [r.year for r in records if r.notice_late] == []
    assert [r.year for r in records if r.report_late] == [TODAY.year - 1]


def test_the_list_finds_the_sessions_by_folded_words_and_counts_them_by_form(
    demo: Database,
) -> None:
    found = queries.session_keys(
        demo.session_factory, SYSTEM, SessionFilter(words="ho ngheo"), TODAY
    )
    counts = queries.counts_by_form(demo.session_factory, SYSTEM, TODAY.year)
    this_year = [row for row in sessions(demo) if row.year == TODAY.year and row.step != "da_huy"]

    assert {row.id for row in sessions(demo) if "hộ nghèo" in row.subject} == set(found)
    assert len(found) >= 2
    assert counts.total == len(this_year)
    assert counts.of(SupervisionForm.DELEGATION, LEAD) == len(
        [row for row in this_year if kind(row) == (SupervisionForm.DELEGATION, LEAD)]
    )


def test_the_counts_reported_are_those_written(made: tuple[Database, dict[str, int]]) -> None:
    demo, counts = made
    with demo.engine.connect() as connection:

        def count(table: str, where: str = "") -> int:
            query = f"SELECT count(*) FROM {table} {where}"
            return int(connection.execute(text(query)).scalar_one())

        written = {
            "supervision_sessions": count("supervision_sessions"),
            "working_sessions": count("working_sessions"),
            "programme_items": count("programme_items"),
            "recommendations": count("recommendations"),
            "outgoing": count("outgoing_documents"),
            "incoming": count("incoming_documents"),
        }
        replied = count("incoming_documents", "WHERE id IN (SELECT incoming_id FROM "
                        "recommendation_replies) OR id IN (SELECT reply_id FROM "
                        "criticism_sessions)")  # fmt: skip
        letters = count("letters", "WHERE state = 'da_phat_hanh'")
    assert {name: counts[name] for name in written} == written
    assert written["outgoing"] == demo_data.SIZES["small"].outgoing + letters
    assert written["incoming"] == demo_data.SIZES["small"].incoming + replied
    assert letters > sum(len(forms) for forms in issued_letters(demo).values())  # and theirs


# ---------------------------------------------------------------------------------------------
# generation


def supervision(database: Database) -> list[tuple[Any, ...]]:
    """Every generated column of the supervision tables, without the moments of generation."""
    skipped = {"created_at", "updated_at", "at"}
    found = []
    tables = (
        "supervision_programmes",
        "programme_items",
        "supervision_sessions",
        "session_participants",
        "delegation_members",
        "working_sessions",
        "session_events",
        "recommendations",
        "recommendation_replies",
        "recommendation_events",
    )
    with database.engine.connect() as connection:
        for table in tables:
            names = [c["name"] for c in inspect(database.engine).get_columns(table)]
            kept = ", ".join(f'"{n}"' for n in names if n not in skipped)
            found += [
                tuple(r)
                for r in connection.execute(text(f"SELECT {kept} FROM {table} ORDER BY 1, 2"))
            ]
    return found


def generate(url: str, seed: int) -> list[tuple[Any, ...]]:
    database = open_database(url)
    try:
        create_demo_data(database.session_factory, "small", seed=seed, today=TODAY)
        return supervision(database)
    finally:
        database.close()


def test_the_same_seed_and_day_give_the_same_sessions_and_recommendations(
    new_database_url: Callable[[], str],
) -> None:
    first = generate(new_database_url(), seed=7)

    assert first == generate(new_database_url(), seed=7)
    assert first != generate(new_database_url(), seed=8)


SCALED = 800
"""A large office's sessions, made few enough for the suite through the same bulk path."""


def test_a_scaled_down_large_office_tells_every_session_through_its_forms_steps(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(demo_data.SIZES, "large", demo_data.DemoSize(10, 1000, 100))
    large = demo_tasks.PLANS["large"]
    monkeypatch.setitem(
        demo_tasks.PLANS, "large", demo_tasks.TaskPlan(1000, large.share, large.weights, 2, 20)
    )
    monkeypatch.setitem(demo_supervision.SESSIONS, "large", SCALED)
    monkeypatch.setitem(demo_criticism.CRITICISM, "large", 20)

    counts = create_demo_data(database.session_factory, "large", today=TODAY)

    found = sessions(database)
    history = by_session(read(database, SessionEvent))
    assert counts["supervision_sessions"] == len(found) == SCALED
    assert {row.year for row in found} == set(range(TODAY.year - 9, TODAY.year + 1))
    assert {kind(row) for row in found} >= {
        (form, role) for form in SupervisionForm for role in SupervisionRole
    } - {(SupervisionForm.WITH_STATE, LEAD)}
    for row in found:
        form, role = kind(row)
        step = SessionStep.PLANNED
        for event in history[row.id][1:]:
            assert can_move(form, role, step, SessionStep(event.to_step))
            step = SessionStep(event.to_step)
        assert step.value == row.step and history[row.id][-1].on <= TODAY
    keys = queries.session_keys(
        database.session_factory, SYSTEM, SessionFilter(words="ho ngheo"), TODAY
    )
    assert keys and set(keys) == {row.id for row in found if "hộ nghèo" in row.subject}
    members = by_session(read(database, DelegationMember))
    board = {fold(m.full_name) for m in read(database, BoardMember) if m.active}
    for row in found:
        if kind(row) == (SupervisionForm.DELEGATION, LEAD):
            heads = [m for m in members[row.id] if m.role == DelegationRole.HEAD.value]
            assert len(heads) == 1 and fold(heads[0].full_name) in board
