"""The demo office's social criticism: every form and step, letters, replies, overdue points.

The small office's sessions are read from one demo built per engine; the large office's
are checked on a scaled-down set (the benchmark builds the 10,000).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select

from giamsat_desktop.db.models import (
    CriticismEvent,
    CriticismPoint,
    CriticismSession,
    Letter,
    OutgoingDocument,
)
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.criticism import (
    CriticismForm,
    CriticismPurpose,
    CriticismStep,
    can_move,
)
from giamsat_desktop.domain.criticism_records import CriticismFilter
from giamsat_desktop.services import demo_criticism, demo_data, demo_supervision, demo_tasks
from giamsat_desktop.services.criticism import queries, records
from giamsat_desktop.services.criticism.letters import CRITICISM_LETTER
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.safety.database import Database, open_database

if TYPE_CHECKING:
    from tests.conftest import Databases

TODAY = dt.date(2026, 11, 23)
S = CriticismStep


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


def test_the_small_office_criticised_drafts_of_every_form_at_every_step(demo: Database) -> None:
    found = records_of(demo)
    assert {record.form for record in found} == set(CriticismForm)
    assert {record.step for record in found} == {
        S.CLOSED, S.ANSWERED, S.SENT, S.PLAN_ISSUED, S.CANCELLED, S.OPINIONS_GATHERED,
    }  # fmt: skip
    assert {record.year for record in found} == {TODAY.year - 1, TODAY.year}
    feedback = [record for record in found if record.purpose is CriticismPurpose.CONTRIBUTION]
    assert sorted((r.year, r.form, r.step) for r in feedback) == [  # QĐ 218: both forms
        (TODAY.year - 1, CriticismForm.CONFERENCE, S.CLOSED),
        (TODAY.year, CriticismForm.DRAFT_ROUND, S.SENT),
    ]
    late = [record for record in found if record.draft_late()]
    assert [record.step for record in late] == [S.PLAN_ISSUED]  # came 10 days before
    overdue = [record for record in found if record.overdue_points(TODAY)]
    assert sorted((r.step, r.overdue_points(TODAY), r.unanswered) for r in overdue) == [
        (S.SENT, 2, 2),  # waiting past the 30 days after its letter
        (S.ANSWERED, 1, 1),  # answered in part, the last point still due
    ]
    counted = queries.counts(demo.session_factory, SYSTEM, CriticismFilter(), TODAY)
    assert (counted.total, counted.overdue) == (len(found), 2)


def test_the_letters_sent_the_criticism_and_the_replies_are_in_van_ban_den(
    demo: Database,
) -> None:
    found = records_of(demo)
    letters = {row.id: row for row in read(demo, Letter) if row.source_kind == CRITICISM_LETTER}
    sent = [record for record in found if record.sent_on is not None]
    assert len(sent) == 8
    for record in sent:
        letter = letters[record.letter_id]  # type: ignore[index]
        assert (letter.issue_date, letter.form, letter.state) == (
            record.sent_on,
            "cong_van",
            "da_phat_hanh",
        )
        assert record.answer_due is not None and record.answer_due > record.sent_on
    plans = [row for row in letters.values() if row.form == "ke_hoach"]
    assert len(plans) == 5 and all("/KH-" in row.symbol for row in plans)
    replied = [record for record in found if record.replied_on is not None]
    assert len(replied) == 6 and all(record.reply_symbol for record in replied)
    assert all(record.replied_on > record.sent_on for record in replied)  # type: ignore[operator]


def test_every_move_of_the_history_is_one_its_form_allows(demo: Database) -> None:
    sessions = {row.id: row for row in read(demo, CriticismSession)}
    history: dict[int, list[Any]] = defaultdict(list)
    for event in read(demo, CriticismEvent):
        history[event.session_id].append(event)
    for key, row in sessions.items():
        step = S.PLANNED
        for event in history[key][1:]:
            assert can_move(CriticismForm(row.form), step, S(event.to_step)), (key, event.to_step)
            assert event.on <= TODAY
            step = S(event.to_step)
        assert step.value == row.step


def test_a_scaled_down_large_office_keeps_its_steps_points_and_deadlines_coherent(
    new_database_url: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(new_database_url())
    try:
        monkeypatch.setitem(demo_data.SIZES, "large", demo_data.DemoSize(10, 100, 10))
        large = demo_tasks.PLANS["large"]
        monkeypatch.setitem(
            demo_tasks.PLANS, "large", demo_tasks.TaskPlan(100, large.share, large.weights, 2, 20)
        )
        monkeypatch.setitem(demo_supervision.SESSIONS, "large", 30)
        monkeypatch.setitem(demo_supervision.RECOMMENDATIONS, "large", 30)
        monkeypatch.setitem(demo_criticism.CRITICISM, "large", 400)
        counts = create_demo_data(database.session_factory, "large", today=TODAY)
        found = read(database, CriticismSession)
        points: dict[int, list[Any]] = defaultdict(list)
        for point in read(database, CriticismPoint):
            points[point.session_id].append(point)
    finally:
        database.close()
    assert counts["criticism_sessions"] == len(found) == 400
    assert {row.year for row in found} == set(range(TODAY.year - 9, TODAY.year + 1))
    steps = {S(row.step) for row in found}
    assert {S.CLOSED, S.CANCELLED} <= steps and any(step.is_open for step in steps)
    for row in found:
        answered = [point for point in points[row.id] if point.answer]
        assert points[row.id] and row.received_on <= TODAY
        if S(row.step) in (S.SENT,) or row.sent_on is None:
            assert answered == []
        if row.sent_on is not None:
            assert row.answer_due is not None and row.answer_due > row.sent_on
        if row.submit_on is not None and row.sent_on is not None:
            assert row.answer_due == row.submit_on


def records_of(database: Database) -> list[Any]:
    keys = queries.criticism_keys(database.session_factory, SYSTEM, CriticismFilter())
    return [records.get_criticism(database.session_factory, SYSTEM, key) for key in keys]


def test_every_issued_letter_keeps_the_number_of_its_register_line(demo: Database) -> None:
    """The criticism's letters are numbered with the supervision's, once, in date order."""
    register = {row.id: row for row in read(demo, OutgoingDocument)}
    issued = [row for row in read(demo, Letter) if row.outgoing_id is not None]
    assert any(row.source_kind == CRITICISM_LETTER for row in issued)
    for row in issued:
        line = register[row.outgoing_id]
        assert (line.symbol, line.issue_date) == (row.symbol, row.issue_date), row.id
