"""The demo office's tasks: a realistic two years of work, each task's history told as it went."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select, text

from giamsat_desktop.db.models import (
    IncomingDocument,
    Organization,
    Person,
    Task,
    TaskCooperator,
    TaskEvent,
)
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.deadlines import ReportPeriod, Timeliness, timeliness
from giamsat_desktop.domain.documents import HandlingStatus
from giamsat_desktop.domain.tasks import TaskDraft, TaskState, can_move
from giamsat_desktop.services import demo_criticism, demo_data, demo_supervision, demo_tasks
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.registers.text_search import text_condition
from giamsat_desktop.services.safety.database import Database, open_database
from giamsat_desktop.services.tasks import assign, document_status, moves

if TYPE_CHECKING:
    from tests.conftest import Databases

TODAY = dt.date(2026, 11, 23)
DIRECTIVES = {"CV", "KH", "HD", "CT", "NQ", "KL", "TB", "QĐ"}
"""What gives tasks: chỉ thị, kế hoạch, công văn, hướng dẫn … (a report is read and filed)."""
CLERK = Actor("vanthu", Role.CLERK)


@pytest.fixture(scope="module")
def demo(engine_name: str, databases: Databases) -> Iterator[Database]:
    """One small demo office, read (never changed) by the tests below."""
    url = databases.new_url(engine_name)
    database = open_database(url)
    create_demo_data(database.session_factory, "small", today=TODAY)
    yield database
    database.close()
    databases.remove(url)


def tasks(database: Database) -> list[Task]:
    with database.session_factory() as session:
        found = list(session.scalars(select(Task).order_by(Task.id)))
        session.expunge_all()
        return found


def history(database: Database) -> dict[int, list[TaskEvent]]:
    steps: dict[int, list[TaskEvent]] = defaultdict(list)
    with database.session_factory() as session:
        for event in session.scalars(select(TaskEvent).order_by(TaskEvent.id)):
            steps[event.task_id].append(event)
        session.expunge_all()
    return steps


def when(task: Task, today: dt.date = TODAY) -> Timeliness:
    done = task.done_on if task.state == TaskState.DONE.value else None
    return timeliness(task.deadline, today, done)


def faults(task: Task, steps: list[TaskEvent], today: dt.date) -> list[str]:
    """What in the task's history does not tell how it came to be as it is."""
    found = []
    if not steps or steps[0].kind != "assign" or steps[0].on != task.assigned_on:
        return ["no assignment on the day given"]
    state, progress, deadlines = TaskState.NOT_STARTED, 0, []
    last_day = task.assigned_on
    for step in steps[1:]:
        if step.on < last_day or step.on > today:
            found.append(f"{step.kind} on {step.on} out of order")
        last_day = step.on
        if step.kind == "move":
            new = TaskState(step.to_state)
            if step.from_state != state.value or not can_move(state, new):
                found.append(f"move {step.from_state} → {step.to_state} from {state}")
            state = new
        elif step.kind == "progress":
            if not state.is_open or step.progress is None:
                found.append(f"progress noted while {state}")
            progress = step.progress or 0
        elif step.kind == "extend":
            if not state.is_open or step.new_deadline <= step.old_deadline or not step.note:
                found.append("an extension that could not be made")
            if deadlines and deadlines[-1] != step.old_deadline:
                found.append("an extension from a deadline it did not have")
            deadlines.append(step.new_deadline)
        else:
            found.append(f"an unknown step {step.kind}")
    last = steps[-1]
    if state.value != task.state:
        found.append(f"history ends {state}, the task is {task.state}")
    if deadlines and deadlines[-1] != task.deadline:
        found.append("the deadline is not the last one given")
    if task.state == TaskState.DONE.value:
        if (last.kind, last.to_state, last.on) != ("move", task.state, task.done_on):
            found.append("done without the move to done on its day")
        if task.progress != 100:
            found.append("done below 100%")
    elif task.done_on is not None or task.report_id is not None:
        found.append("a day done or a report letter while not done")
    stopped = task.state in (TaskState.CANCELLED.value, TaskState.PAUSED.value)
    if stopped and (last.kind != "move" or not last.note):
        found.append("stopped without a reason")
    if task.state == TaskState.CANCELLED.value and task.cancel_reason != last.note:
        found.append("the cancel reason is not the history's")
    working = task.state in (TaskState.IN_PROGRESS.value, TaskState.NOT_STARTED.value)
    if working and task.progress != progress:
        found.append(f"progress {task.progress}, last noted {progress}")
    return found


def inconsistent(database: Database, today: dt.date) -> dict[int, list[str]]:
    steps = history(database)
    found = {}
    for task in tasks(database):
        if task_faults := faults(task, steps[task.id], today):
            found[task.id] = task_faults
    return found


# ---------------------------------------------------------------------------------------------
# what the small demo office's tasks hold


def test_every_state_is_present(demo: Database) -> None:
    states = Counter(task.state for task in tasks(demo))

    assert set(states) == {state.value for state in TaskState}
    assert states[TaskState.DONE.value] > states[TaskState.IN_PROGRESS.value] > 0


def test_there_are_tasks_for_this_year_and_last_from_the_directives(demo: Database) -> None:
    found = tasks(demo)
    years = Counter(task.assigned_on.year for task in found)
    from_documents = [task for task in found if task.source_id is not None]

    assert set(years) == {2025, 2026}
    assert min(years.values()) >= 150
    assert len(from_documents) > 0.8 * len(found)
    assert len({task.source_id for task in from_documents}) > 100


def due_soon(database: Database, today: dt.date) -> list[Task]:
    """Open tasks due from today to three days on (the reminder window's default)."""
    return [
        task
        for task in tasks(database)
        if TaskState(task.state).is_open
        and task.deadline is not None
        and today <= task.deadline <= today + dt.timedelta(days=3)
    ]


def test_some_are_overdue_on_today_some_due_soon_some_done_late_or_on_time(
    demo: Database,
) -> None:
    seen = Counter(when(task) for task in tasks(demo))

    assert len(due_soon(demo, TODAY)) >= 4

    assert seen[Timeliness.OVERDUE] >= 5
    assert seen[Timeliness.LATE] >= 10
    assert seen[Timeliness.ON_TIME] > seen[Timeliness.LATE]
    assert seen[Timeliness.OPEN] > 0


def test_standing_tasks_have_a_period_no_deadline_and_report_each_period(demo: Database) -> None:
    standing = [task for task in tasks(demo) if task.report_period]
    steps = history(demo)
    reports = {
        task.id: [s for s in steps[task.id] if s.kind == "progress" and "Báo cáo" in s.note]
        for task in standing
    }

    assert len(standing) >= 20
    assert all(task.deadline is None for task in standing)
    assert {ReportPeriod(task.report_period) for task in standing} == set(ReportPeriod)
    assert sum(len(found) >= 2 for found in reports.values()) >= 10
    assert any(task.state == TaskState.IN_PROGRESS.value for task in standing)


def test_some_deadlines_were_extended_with_a_reason(demo: Database) -> None:
    extended = {
        task_id: [s for s in found if s.kind == "extend"]
        for task_id, found in history(demo).items()
        if any(s.kind == "extend" for s in found)
    }
    by_id = {task.id: task for task in tasks(demo)}

    assert len(extended) >= 10
    assert all(steps[-1].new_deadline == by_id[key].deadline for key, steps in extended.items())
    assert all(s.note and s.old_deadline < s.new_deadline for f in extended.values() for s in f)


def test_every_tasks_history_tells_how_it_came_to_its_state(demo: Database) -> None:
    assert inconsistent(demo, TODAY) == {}


def test_some_tasks_are_paused_or_were_resumed_after_a_pause(demo: Database) -> None:
    steps = history(demo)
    resumed = [
        key
        for key, found in steps.items()
        if any(s.kind == "move" and s.from_state == TaskState.PAUSED.value for s in found)
    ]
    paused = [task for task in tasks(demo) if task.state == TaskState.PAUSED.value]

    assert paused
    assert resumed


def test_tasks_are_given_on_or_after_their_document_came_and_before_their_deadline(
    demo: Database,
) -> None:
    with demo.session_factory() as session:
        arrivals = dict(
            session.execute(select(IncomingDocument.id, IncomingDocument.arrival_date)).all()
        )
    wrong = [
        task.id
        for task in tasks(demo)
        if task.assigned_on > TODAY
        or (task.source_id is not None and task.assigned_on < arrivals[task.source_id])
        or (task.deadline is not None and task.deadline <= task.assigned_on)
    ]

    assert wrong == []


def test_the_lead_is_a_member_organisation_and_the_person_one_of_its_people(
    demo: Database,
) -> None:
    with demo.session_factory() as session:
        kinds = dict(session.execute(select(Organization.id, Organization.kind)).all())
        people = set(session.execute(select(Person.full_name, Person.organization_id)).all())
        cooperating = list(
            session.execute(select(TaskCooperator.task_id, TaskCooperator.organization_id))
        )
    found = tasks(demo)
    leads = {task.id: task.lead_id for task in found}

    assert {kinds[task.lead_id] for task in found} == {"member", "board"}
    assert all((t.responsible, t.lead_id) in people for t in found if t.responsible)
    assert sum(bool(t.responsible) for t in found) > len(found) / 2
    assert cooperating and all(leads[task] != org for task, org in cooperating)


def test_done_tasks_with_a_report_letter_name_one_from_their_organisation(demo: Database) -> None:
    with demo.session_factory() as session:
        names = dict(session.execute(select(Organization.id, Organization.name)).all())
        letters = {row.id: row for row in session.scalars(select(IncomingDocument))}
        session.expunge_all()
    reported = [task for task in tasks(demo) if task.report_id is not None]

    assert len(reported) >= 10
    for task in reported:
        letter = letters[task.report_id]
        assert letter.issuer.startswith(names[task.lead_id])
        assert letter.arrival_date <= task.done_on
        assert (letter.handling_status, letter.filed_without_tasks) == ("da_xu_ly", True)


def test_each_document_is_handled_as_its_tasks_say(demo: Database) -> None:
    with demo.session_factory() as session:
        documents = list(session.scalars(select(IncomingDocument)))
        wrong = [
            (d.id, d.handling_status)
            for d in documents
            if document_status.status_from_tasks(session, d).value != d.handling_status
        ]
        states = defaultdict(set)
        for source, state in session.execute(select(Task.source_id, Task.state)):
            states[source].add(TaskState(state))
        statuses = Counter(d.handling_status for d in documents)
        filed = [d for d in documents if d.filed_without_tasks]

    assert wrong == []
    for document in documents:
        given = states.get(document.id, set())
        if any(state.is_open for state in given):
            assert document.handling_status == HandlingStatus.IN_PROGRESS.value
        elif given:
            assert document.handling_status == HandlingStatus.DONE.value
            assert not document.filed_without_tasks
    assert all(d.filed_note and d.id not in states for d in filed)
    assert all(statuses[status.value] for status in HandlingStatus)


def test_documents_of_last_year_without_tasks_were_filed_without_tasks(demo: Database) -> None:
    with demo.session_factory() as session:
        given = set(session.scalars(select(Task.source_id)))
        last_year = [
            d
            for d in session.scalars(select(IncomingDocument))
            if d.arrival_date.year == TODAY.year - 1 and d.id not in given
        ]

    assert last_year
    assert all(d.filed_without_tasks and d.handling_status == "da_xu_ly" for d in last_year)


@pytest.mark.parametrize(
    ("words", "whose"),
    [
        ("hoi nong dan", lambda task, names: names[task.lead_id] == "Hội Nông dân"),
        ("vo van duc", lambda task, names: task.responsible == "Võ Văn Đức"),
    ],
    ids=["organisation", "person"],
)
def test_folded_words_find_the_tasks(
    demo: Database, words: str, whose: Callable[[Task, dict[int, str]], bool]
) -> None:
    with demo.session_factory() as session:
        dialect = session.get_bind().dialect.name
        names = {
            key: name for key, name in session.execute(select(Organization.id, Organization.name))
        }
        condition = text_condition(dialect, Task, "tasks_search", words)
        found = set(session.scalars(select(Task.id).where(condition)))
    everyone = tasks(demo)
    expected = {task.id for task in everyone if whose(task, names)}
    terms = words.split()

    assert expected
    assert expected <= found < {task.id for task in everyone}
    assert all(
        all(
            any(word.startswith(term) for word in re.split(r"\W+", task.search_text))
            for term in terms
        )
        for task in everyone
        if task.id in found
    )


def test_the_leaders_instruction_agrees_with_the_tasks(demo: Database) -> None:
    with demo.session_factory() as session:
        given = set(session.scalars(select(Task.source_id)))
        documents = list(session.scalars(select(IncomingDocument)))
        members = tuple(session.scalars(select(Organization.name)))
    directives = [
        d for d in documents if d.type_code in DIRECTIVES and not d.issuer.startswith(members)
    ]
    giving = [
        d
        for d in directives
        if d.instruction.startswith(("Giao", "Chuyển")) and d.handling_status != "chua_xu_ly"
    ]

    assert not [d for d in documents if d.instruction == "Lưu, theo dõi" and d.id in given]
    assert giving
    assert [d for d in giving if d.id not in given] == []


@pytest.mark.sqlite_only  # FTS5's own check; PostgreSQL indexes the column itself
def test_the_search_indexes_hold_exactly_their_rows(demo: Database) -> None:
    with demo.engine.begin() as connection:
        for index in ("tasks_search", "incoming_search"):
            check = f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)"
            connection.execute(text(check))
        indexed = connection.execute(text("SELECT count(*) FROM tasks_search")).scalar()

    assert indexed == len(tasks(demo))


# ---------------------------------------------------------------------------------------------
# generation


def generate(url: str, seed: int) -> list[tuple[object, ...]]:
    database = open_database(url)
    try:
        create_demo_data(database.session_factory, "small", seed=seed, today=TODAY)
        with database.session_factory() as session:
            return [
                (
                    t.id,
                    t.source_id,
                    t.content,
                    t.lead_id,
                    t.responsible,
                    t.deadline,
                    t.state,
                    t.progress,
                    t.done_on,
                    t.report_id,
                    t.search_text,
                    t.assigned_on,
                )
                for t in session.scalars(select(Task).order_by(Task.id))
            ] + [
                (e.task_id, e.kind, e.on, e.from_state, e.to_state, e.progress, e.note)
                for e in session.scalars(select(TaskEvent).order_by(TaskEvent.id))
            ]
    finally:
        database.close()


def test_the_same_seed_gives_the_same_tasks(new_database_url: Callable[[], str]) -> None:
    first = generate(new_database_url(), seed=11)
    second = generate(new_database_url(), seed=11)

    assert first == second
    assert first != generate(new_database_url(), seed=12)


def test_a_demo_made_on_new_years_day_tells_every_task_up_to_that_day(
    database: Database,
) -> None:
    new_year = dt.date(2027, 1, 1)

    create_demo_data(database.session_factory, "small", today=new_year)

    assert inconsistent(database, new_year) == {}
    assert len(due_soon(database, new_year)) >= 4
    assert len(tasks(database)) == demo_tasks.PLANS["small"].total


SCALED_INCOMING, SCALED_TASKS, SCALED_SESSIONS = 3000, 9000, 200
"""A large-style office made small enough for the suite."""


def test_a_scaled_down_large_office_keeps_states_and_dates_coherent(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(demo_data.SIZES, "large", demo_data.DemoSize(10, SCALED_INCOMING, 100))
    large = demo_tasks.PLANS["large"]
    monkeypatch.setitem(
        demo_tasks.PLANS,
        "large",
        demo_tasks.TaskPlan(
            SCALED_TASKS, large.share, large.weights, large.history_years, large.history_sample
        ),
    )
    monkeypatch.setitem(demo_supervision.SESSIONS, "large", SCALED_SESSIONS)
    monkeypatch.setitem(demo_criticism.CRITICISM, "large", 20)

    made = create_demo_data(database.session_factory, "large", today=TODAY)

    assert made["supervision_sessions"] == SCALED_SESSIONS

    found = tasks(database)
    steps = history(database)
    kept = [task for task in found if steps[task.id]]
    recent = [task for task in found if task.assigned_on.year >= TODAY.year - 1]
    assert len(found) == SCALED_TASKS
    assert {task.assigned_on.year for task in found} == set(range(TODAY.year - 9, TODAY.year + 1))
    assert {task.id for task in recent} <= {task.id for task in kept}
    assert len(kept) < len(found) / 2  # the history of older tasks only for a sample
    assert {t.id: f for t in kept if (f := faults(t, steps[t.id], TODAY))} == {}
    for task in found:
        done = task.state == TaskState.DONE.value
        assert (task.done_on is not None) is done
        assert not done or task.assigned_on < task.done_on <= TODAY
        assert not done or task.progress == 100
    with database.session_factory() as session:
        assert all(
            document_status.status_from_tasks(session, d).value == d.handling_status
            for d in session.scalars(select(IncomingDocument))
        )


def test_tasks_are_given_and_moved_as_usual_after_the_demo(database: Database) -> None:
    create_demo_data(database.session_factory, "small", today=TODAY)
    before = max(task.id for task in tasks(database))
    with database.session_factory() as session:
        lead = session.scalar(select(Organization.id).where(Organization.code == "HND"))
    assert isinstance(lead, int)

    given, _ = assign.assign_tasks(
        database.session_factory,
        CLERK,
        [TaskDraft("Vận động hội viên tham gia bảo hiểm y tế", lead, (), "", TODAY)],
    )
    moved, _ = moves.record_progress(
        database.session_factory, CLERK, given[0].id, given[0].version, TODAY, 40, "Đã triển khai"
    )

    assert given[0].id > before
    assert moved.state is TaskState.IN_PROGRESS
    assert history(database)[given[0].id][-1].progress == 40
