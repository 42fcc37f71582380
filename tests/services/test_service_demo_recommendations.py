"""The demo office's recommendations: sent by letter, answered, chased, escalated, settled."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select, text

from giamsat_desktop.db.models import (
    IncomingDocument,
    Letter,
    OutgoingDocument,
    Recommendation,
    RecommendationEvent,
    RecommendationReply,
    SessionEvent,
    SupervisionSession,
)
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.letters import LetterState
from giamsat_desktop.domain.recommendations import (
    RecommendationDraft,
    RecommendationFilter,
    RecommendationState,
    ReplyKind,
    can_move,
)
from giamsat_desktop.domain.supervision import SessionStep
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services import demo_criticism, demo_data, demo_supervision, demo_tasks
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.recommendations import editing, queries
from giamsat_desktop.services.recommendations.sending import (
    CHASE_LETTER,
    ESCALATION_LETTER,
    RECOMMENDATION_LETTER,
)
from giamsat_desktop.services.safety.database import Database, open_database

if TYPE_CHECKING:
    from tests.conftest import Databases

TODAY = dt.date(2026, 11, 23)
R = RecommendationState
FINISHED = {R.RESOLVED.value, R.CLOSED.value}


@pytest.fixture(scope="module")
def demo(engine_name: str, databases: Databases) -> Iterator[Database]:
    """One small demo office, read (never changed) by the tests below."""
    url = databases.new_url(engine_name)
    database = open_database(url)
    create_demo_data(database.session_factory, "small", today=TODAY)
    yield database
    database.close()
    databases.remove(url)


def read(database: Database, model: Any) -> list[Any]:
    with database.session_factory() as session:
        found = list(session.scalars(select(model).order_by(model.id)))
        session.expunge_all()
        return found


def grouped(rows: list[Any], key: str) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        found[getattr(row, key)].append(row)
    return found


def steps_of(database: Database) -> dict[int, dict[str, dt.date]]:
    """Each session's moves: the day it took each step."""
    found: dict[int, dict[str, dt.date]] = defaultdict(dict)
    for event in read(database, SessionEvent):
        if event.kind == "move":
            found[event.session_id][event.to_step] = event.on
    return found


# ---------------------------------------------------------------------------------------------
# what the small office holds


def test_recommendations_are_in_every_state_with_replies_of_every_kind(demo: Database) -> None:
    recommendations = read(demo, Recommendation)
    replies = read(demo, RecommendationReply)

    assert {R(row.state) for row in recommendations} == set(R)
    assert {ReplyKind(row.kind) for row in replies} == set(ReplyKind)
    assert 15 <= len(recommendations) <= 60


def test_each_session_that_recommended_sent_one_to_four_to_a_body_by_its_letter_that_day(
    demo: Database,
) -> None:
    letters = {row.id: row for row in read(demo, Letter)}
    register = {row.id: row for row in read(demo, OutgoingDocument)}
    steps = steps_of(demo)
    sent = [row for row in read(demo, Recommendation) if row.state != R.DRAFTED.value]
    bodies = defaultdict(set)

    assert sent
    for row in sent:
        letter = letters[row.sent_letter_id]
        assert (letter.source_kind, letter.state) == (RECOMMENDATION_LETTER, "da_phat_hanh")
        assert letter.issue_date == row.sent_on == steps[row.session_id]["da_gui_kien_nghi"]
        assert steps[row.session_id]["dang_theo_doi"] == row.sent_on  # the letter moved both
        assert register[letter.outgoing_id].symbol == letter.symbol
        assert row.reply_due > row.sent_on and row.year == row.sent_on.year
        bodies[row.session_id].add(row.addressed_body)
    by_body = defaultdict(list)
    for row in read(demo, Recommendation):
        by_body[(row.session_id, row.addressed_body)].append(row)
    assert all(1 <= len(rows) <= 4 for rows in by_body.values())
    assert any(len(names) > 1 for names in bodies.values())  # sometimes the superior too
    keys = {row.source_id for row in letters.values() if row.source_kind == RECOMMENDATION_LETTER}
    assert keys == {  # one letter to each body, keyed by its first recommendation
        min(row.id for row in rows) for rows in by_body.values() if rows[0].sent_letter_id
    }


def test_sessions_steps_agree_with_their_recommendations(demo: Database) -> None:
    found = grouped(read(demo, Recommendation), "session_id")
    sessions = {row.id: row for row in read(demo, SupervisionSession)}
    steps = {SessionStep(sessions[key].step) for key in found}

    assert steps >= {SessionStep.FOLLOWING_UP, SessionStep.CLOSED}
    for key, rows in found.items():
        step = SessionStep(sessions[key].step)
        open_ones = [row for row in rows if row.state not in FINISHED]
        if step is SessionStep.CLOSED:
            assert open_ones == [], sessions[key].subject
        elif step in (SessionStep.FOLLOWING_UP, SessionStep.RECOMMENDED):
            assert open_ones, sessions[key].subject
        else:
            assert step is SessionStep.REPORTED
            assert {row.state for row in rows} == {R.DRAFTED.value}
    recommending = {key for key, row in sessions.items() if row.step in ("dang_theo_doi",)}
    assert recommending <= set(found)


def test_the_closed_sessions_closed_after_their_last_recommendation_was_settled(
    demo: Database,
) -> None:
    events = grouped(read(demo, RecommendationEvent), "recommendation_id")
    steps = steps_of(demo)

    for key, rows in grouped(read(demo, Recommendation), "session_id").items():
        closed = steps[key].get("ket_thuc")
        if closed is not None:
            settled = [
                event.on
                for row in rows
                for event in events[row.id]
                if event.to_state in FINISHED and event.kind == "move"
            ]
            assert len(settled) == len(rows) and max(settled) <= closed


def test_the_escalated_one_went_by_its_letter_after_its_deadline_passed_without_reply(
    demo: Database,
) -> None:
    letters = {row.id: row for row in read(demo, Letter)}
    replied = {row.recommendation_id for row in read(demo, RecommendationReply)}
    escalated = [row for row in read(demo, Recommendation) if row.state == R.ESCALATED.value]

    assert len(escalated) == 1
    row = escalated[0]
    letter = letters[row.escalation_letter_id]
    assert (letter.source_kind, letter.source_id, letter.state) == (
        ESCALATION_LETTER,
        row.id,
        LetterState.ISSUED.value,
    )
    assert letter.issue_date == row.escalated_on > row.reply_due
    assert letter.outgoing_id is not None and row.id not in replied
    assert row.content.split(".")[0] in letter.content  # the letter quotes it


def test_one_was_chased_by_its_letter_refused_in_the_late_reply_and_closed_with_a_reason(
    demo: Database,
) -> None:
    chases = [row for row in read(demo, Letter) if row.source_kind == CHASE_LETTER]
    incoming = {row.id: row for row in read(demo, IncomingDocument)}

    assert len(chases) == 1 and chases[0].state == LetterState.ISSUED.value
    with demo.session_factory() as session:
        row = session.get(Recommendation, chases[0].source_id)
        assert row is not None
        replies = list(
            session.scalars(
                select(RecommendationReply).where(RecommendationReply.recommendation_id == row.id)
            )
        )
        assert row.reply_due < chases[0].issue_date
        assert [reply.kind for reply in replies] == [ReplyKind.REFUSED.value]
        late = replies[0]
        assert late.replied_on > chases[0].issue_date
        assert chases[0].symbol in incoming[late.incoming_id].subject
        assert (row.state, bool(row.close_reason)) == (R.CLOSED.value, True)


def test_replies_come_from_documents_registered_for_them_and_one_result_from_a_meeting(
    demo: Database,
) -> None:
    incoming = {row.id: row for row in read(demo, IncomingDocument)}
    recommendations = {row.id: row for row in read(demo, Recommendation)}
    letters = {row.id: row for row in read(demo, Letter)}
    replies = read(demo, RecommendationReply)
    documented = [reply for reply in replies if reply.incoming_id is not None]
    noted = [reply for reply in replies if reply.incoming_id is None]

    assert len(documented) >= 10 and noted
    assert all("Hội nghị giao ban" in reply.notes for reply in noted)
    for reply in documented:
        document = incoming[reply.incoming_id]
        row = recommendations[reply.recommendation_id]
        assert document.arrival_date == reply.replied_on
        assert fold(document.issuer) in fold(row.addressed_body)
        assert (document.handling_status, document.filed_without_tasks) == ("da_xu_ly", True)
        if reply.kind in (ReplyKind.ACCEPTED.value, ReplyKind.EXPLAINED.value):
            assert letters[row.sent_letter_id].symbol in document.subject
            assert document.type_code == "CV" and document.subject.startswith("V/v trả lời")
    assert any(incoming[reply.incoming_id].type_code == "BC" for reply in documented)


def test_accepted_recommendations_carry_the_bodys_commitment(demo: Database) -> None:
    recommendations = {row.id: row for row in read(demo, Recommendation)}
    accepted = [
        recommendations[reply.recommendation_id]
        for reply in read(demo, RecommendationReply)
        if reply.kind == ReplyKind.ACCEPTED.value
    ]

    assert accepted
    assert all(row.commitment and row.commitment_due for row in accepted)


def test_some_are_overdue_today_without_reply(demo: Database) -> None:
    overdue = RecommendationFilter(overdue_on=TODAY)
    keys = queries.recommendation_keys(demo.session_factory, SYSTEM, overdue)
    found = queries.recommendations_by_ids(demo.session_factory, SYSTEM, keys)
    counts = queries.counts(demo.session_factory, SYSTEM, RecommendationFilter(), TODAY)

    assert len(found) >= 2 and counts.overdue == len(found)
    assert {row.state for row in found} == {R.SENT, R.ESCALATED}
    assert all(not row.replies and row.reply_due < TODAY for row in found)
    assert counts.total == len(read(demo, Recommendation))


def test_every_recommendations_history_is_a_chain_of_allowed_moves(demo: Database) -> None:
    history = grouped(read(demo, RecommendationEvent), "recommendation_id")

    for row in read(demo, Recommendation):
        events = history[row.id]
        assert (events[0].kind, events[0].to_state) == ("create", R.DRAFTED.value)
        state, day = R.DRAFTED, events[0].on
        for event in events[1:]:
            if event.kind != "move":
                assert event.kind in ("reply", "chase")
                continue
            assert event.from_state == state.value
            assert can_move(state, R(event.to_state)), (row.content, event.to_state)
            assert day <= event.on <= TODAY
            state, day = R(event.to_state), event.on
        assert state.value == row.state


def test_the_registers_keep_their_numbers_in_date_order_with_the_letters_and_replies(
    demo: Database,
) -> None:
    with demo.engine.connect() as connection:
        for table, number, day in (
            ("incoming_documents", "arrival_number", "arrival_date"),
            ("outgoing_documents", "number", "issue_date"),
        ):
            rows = connection.execute(
                text(f"SELECT book_id, {number}, {day} FROM {table} ORDER BY book_id, {number}")
            ).all()
            for before, after in zip(rows, rows[1:], strict=False):
                if before[0] == after[0]:
                    assert after[1] == before[1] + 1, table
                    assert str(after[2]) >= str(before[2]), (table, before, after)


def test_the_words_search_finds_them_by_folded_words(demo: Database) -> None:
    words = RecommendationFilter(words="bao hiem y te")
    keys = queries.recommendation_keys(demo.session_factory, SYSTEM, words)
    expected = {
        row.id
        for row in read(demo, Recommendation)
        if "bao hiem y te" in fold(f"{row.content} {row.commitment}")
        or "bao hiem y te" in fold(row.addressed_body)
    }

    assert keys and expected <= set(keys)


# ---------------------------------------------------------------------------------------------
# the large office, scaled down


SESSIONS, RECOMMENDATIONS = 800, 2000


def test_a_scaled_down_large_office_writes_its_recommendations_through_the_bulk_path(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(demo_data.SIZES, "large", demo_data.DemoSize(10, 1000, 100))
    large = demo_tasks.PLANS["large"]
    monkeypatch.setitem(
        demo_tasks.PLANS, "large", demo_tasks.TaskPlan(1000, large.share, large.weights, 2, 20)
    )
    monkeypatch.setitem(demo_supervision.SESSIONS, "large", SESSIONS)
    monkeypatch.setitem(demo_supervision.RECOMMENDATIONS, "large", RECOMMENDATIONS)
    monkeypatch.setitem(demo_criticism.CRITICISM, "large", 20)

    counts = create_demo_data(database.session_factory, "large", today=TODAY)

    found = read(database, Recommendation)
    sessions = {row.id: row for row in read(database, SupervisionSession)}
    history = grouped(read(database, RecommendationEvent), "recommendation_id")
    replies = grouped(read(database, RecommendationReply), "recommendation_id")
    assert counts["recommendations"] == len(found) == RECOMMENDATIONS
    assert {R(row.state) for row in found} >= {R.SENT, R.ANSWERED, R.RESOLVED, R.CLOSED}
    assert {row.year for row in found} == set(range(TODAY.year - 9, TODAY.year + 1))
    for key, rows in grouped(found, "session_id").items():
        step = SessionStep(sessions[key].step)
        still = [row for row in rows if row.state not in FINISHED]
        if step is SessionStep.CLOSED:
            assert still == []
        elif step is SessionStep.FOLLOWING_UP:
            assert still
        else:
            assert step is SessionStep.REPORTED and {r.state for r in rows} == {R.DRAFTED.value}
    for row in found:
        state = R.DRAFTED
        for event in history[row.id][1:]:
            assert can_move(state, R(event.to_state)) and event.on <= TODAY
            state = R(event.to_state)
        assert state.value == row.state
        subject = sessions[row.session_id].subject
        words = " ".join([row.content, row.addressed_body, row.commitment, subject])
        assert row.search_text == fold(words)
        assert (row.state == R.ANSWERED.value) <= bool(replies[row.id])
    keys = queries.recommendation_keys(
        database.session_factory, SYSTEM, RecommendationFilter(words="kiem diem trach nhiem")
    )
    assert keys and set(keys) == {row.id for row in found if "kiem diem" in row.search_text}
    overdue = queries.counts(
        database.session_factory, SYSTEM, RecommendationFilter(), TODAY
    ).overdue
    assert overdue == len(
        [
            row
            for row in found
            if row.state in (R.SENT.value, R.ESCALATED.value)
            and not replies[row.id]
            and row.reply_due < TODAY
        ]
    )
    held = next(row for row in sessions.values() if row.step == "dang_theo_doi")
    record, _ = editing.add_recommendation(  # the ids written by hand leave room for the next
        database.session_factory,
        SYSTEM,
        RecommendationDraft("Kiến nghị bổ sung", "Ủy ban nhân dân xã", session_id=held.id),
    )
    assert record.id == max(row.id for row in found) + 1
