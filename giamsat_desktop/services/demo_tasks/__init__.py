"""The demo office's tasks: what its directives asked of the member organisations, and how it went.

A share of the directives (chỉ thị, kế hoạch, công văn, hướng dẫn …) each gave one to six
tasks to the member organisations, and the office's own programme a few more. Each task
lived its life up to today — started, noted, extended, paused, cancelled, done on time or
late with the organisation's report letter, a standing one reporting every period — and its
history tells it step by step, every move one that ``domain.tasks.MOVES`` allows. The
documents follow their tasks as the task service keeps them: open tasks → đang xử lý, all
closed → đã xử lý; a document given none was filed "lưu, không giao việc" once handled, and
one still waiting for the leader stays chưa xử lý. Rows go in by bulk inserts with the
search index built at the end, so the large office's 300,000 tasks take seconds. The same
seed and day give the same tasks.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, func, select, text, update
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import IncomingDocument, Task, TaskCooperator, TaskEvent
from giamsat_desktop.db.search_index import indexed_at_the_end
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.documents import HandlingStatus
from giamsat_desktop.domain.holidays import shipped_days_off
from giamsat_desktop.domain.tasks import TaskState
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.demo_tasks.lives import Spec, Story, Teller
from giamsat_desktop.services.demo_tasks.plans import (
    Doc,
    Planner,
    TaskPlan,
    documents,
    organisations,
)
from giamsat_desktop.services.demo_tasks.texts import FILED_NOTES, REPORT_FILED_NOTE

__all__ = ["PLANS", "TaskPlan", "add_demo_tasks"]

PLANS = {
    "small": TaskPlan(480, 0.75, (20, 25, 20, 15, 10, 10)),
    "large": TaskPlan(
        300_000, 0.95, (4, 6, 10, 15, 20, 20, 25), history_years=2, history_sample=20, due_soon=60
    ),
}
"""The tasks of each demo size; the large office keeps the history of its last two years'
tasks and of one older task in twenty (their states and dates are all told)."""

_BATCH = 5000
_FOLDS_KEPT = 50_000
"""How many folded parts are remembered before starting afresh."""
_ID_LIMIT = 5000
"""Ids per ``IN (…)`` of a document update."""


@dataclass(slots=True)
class _Outcome:
    """What the tasks made of the documents."""

    made: int = 0
    given: set[int] = field(default_factory=set)
    open: set[int] = field(default_factory=set)
    letters: set[int] = field(default_factory=set)


def add_demo_tasks(
    session: Session,
    size: str,
    *,
    seed: int,
    today: dt.date,
    report: Callable[[int], None] | None = None,
) -> int:
    """Give the demo office's documents their tasks, in the caller's transaction.

    ``report`` is told how many tasks went in after each batch, ``PLANS[size].total`` in all
    (the rest at the end when the office has no organisation to give tasks to). Returns
    how many tasks were made.
    """
    plan = PLANS[size]
    rng = random.Random(f"demo-tasks-{seed}")
    days_off = shipped_days_off()
    orgs = organisations(session)
    docs = documents(session, orgs)
    outcome = _Outcome()
    if orgs:
        planner = Planner(rng, plan, orgs, today, days_off)
        years = _by_year(planner, docs, today)
        _insert(session, years, Teller(rng, today, days_off), plan, today, outcome, report)
    _follow(session, docs, outcome, rng)
    if report and plan.total > outcome.made:
        report(plan.total - outcome.made)
    return outcome.made


def _by_year(planner: Planner, docs: list[Doc], today: dt.date) -> Iterator[list[Spec]]:
    """The tasks to tell, a year at a time (ten years of them never all in memory at once).

    Each year's are in the order they were given: its documents' and the office's own
    programme's, which makes up the plan's total over the years.
    """
    counts = planner.counts(docs)
    given: dict[int, list[Doc]] = {}
    for doc in docs:
        if doc.id in counts:
            given.setdefault(min(doc.given, today).year, []).append(doc)
    first = min((min(doc.given, today).year for doc in docs), default=today.year)
    years = list(range(first, today.year + 1))
    rest = planner.plan.total - sum(counts.values())
    programme = Counter(planner.rng.choice(years) for _ in range(rest))
    for year in years:
        specs = [
            spec
            for doc in given.get(year, ())
            for spec in planner.from_document(doc, counts[doc.id])
        ]
        specs.extend(planner.programme(programme[year], year))
        specs.sort(key=lambda spec: (spec.assigned, spec.source_id or 0))
        yield planner.due_soon(specs) if year == today.year else specs


def _moment(on: dt.date, step: int) -> dt.datetime:
    """A moment of the office's morning on ``on``, in UTC, a second apart for each step."""
    return dt.datetime(on.year, on.month, on.day, 1, 30, min(step, 59), tzinfo=dt.UTC)


def _remembered(processor: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``processor``, each value worked out once: the days of ten years repeat a lot."""
    seen: dict[Any, Any] = {}

    def process(value: Any) -> Any:
        found = seen.get(value, seen)
        if found is seen:
            found = seen[value] = processor(value)
        return found

    return process


class _Writer:
    """Rows of one table, given as tuples, written by the driver's executemany.

    Each value is bound as SQLAlchemy binds it (the column type's processor for the
    engine), so the rows read back as any other; only SQLAlchemy's per-row bookkeeping,
    two thirds of the time of 300,000 rows, is left out.
    """

    def __init__(self, session: Session, table: Table, columns: tuple[str, ...]) -> None:
        self.connection = session.connection()
        dialect = self.connection.dialect
        quote = dialect.identifier_preparer.quote
        self.processors = [
            (position, _remembered(processor))
            for position, name in enumerate(columns)
            if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
        ]
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        self.sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in columns)}) "
            f"VALUES ({', '.join([mark] * len(columns))})"
        )

    def write(self, rows: list[list[Any]]) -> None:
        """Insert ``rows`` (each in the order of the columns) and forget them."""
        if not rows:
            return
        for row in rows:
            for position, processor in self.processors:
                row[position] = processor(row[position])
        self.connection.exec_driver_sql(self.sql, [tuple(row) for row in rows])
        rows.clear()


_TASK_COLUMNS = (
    "id", "source_id", "content", "lead_id", "responsible", "deadline", "report_period",
    "state", "progress", "done_on", "report_id", "cancel_reason", "search_text",
    "assigned_on", "created_at", "updated_at", "version",
)  # fmt: skip
_EVENT_COLUMNS = (
    "id", "task_id", "kind", "on", "from_state", "to_state", "progress", "old_deadline",
    "new_deadline", "note", "user_name", "at",
)  # fmt: skip


def _task_row(key: int, spec: Spec, story: Story, folds: dict[str, str]) -> list[Any]:
    """The task's row; ``folds`` keeps the folded words of the parts seen already."""
    names = [spec.lead.name, *(org.name for org in spec.cooperating)]
    parts = [spec.content, spec.responsible, spec.source_symbol, *names]
    for part in parts:
        if part not in folds:
            folds[part] = fold(part)
    return [
        key,
        spec.source_id,
        spec.content,
        spec.lead.id,
        spec.responsible,
        story.deadline,
        spec.period.value if spec.period else "",
        story.state.value,
        story.progress,
        story.done_on,
        story.report_id,
        story.reason if story.state is TaskState.CANCELLED else "",
        " ".join(folds[part] for part in parts if folds[part]),
        spec.assigned,
        _moment(spec.assigned, 0),
        _moment(story.steps[-1][1], len(story.steps)),
        1,
    ]


def _insert(
    session: Session,
    years: Iterable[list[Spec]],
    teller: Teller,
    plan: TaskPlan,
    today: dt.date,
    outcome: _Outcome,
    report: Callable[[int], None] | None,
) -> None:
    """Tell every task's life and write it, its cooperators and (when kept) its history."""
    task_id = (session.scalar(select(func.max(Task.id))) or 0) + 1
    event_id = (session.scalar(select(func.max(TaskEvent.id))) or 0) + 1
    history_from = dt.date(today.year - plan.history_years + 1, 1, 1)
    writers = (
        _Writer(session, Task.__table__, _TASK_COLUMNS),
        _Writer(session, TaskCooperator.__table__, ("task_id", "organization_id")),
        _Writer(session, TaskEvent.__table__, _EVENT_COLUMNS),
    )
    tasks: list[list[Any]] = []
    cooperators: list[list[Any]] = []
    events: list[list[Any]] = []
    user = SYSTEM.user_name
    folds: dict[str, str] = {}

    def flush() -> None:
        if report and tasks:
            report(max(0, min(len(tasks), plan.total - outcome.made)))
        outcome.made += len(tasks)
        for writer, rows in zip(writers, (tasks, cooperators, events), strict=True):
            writer.write(rows)

    specs = (spec for year in years for spec in year)
    with indexed_at_the_end(session, Task.__tablename__):
        for index, spec in enumerate(specs):
            story = teller.tell(spec)
            tasks.append(_task_row(task_id, spec, story, folds))
            cooperators.extend([task_id, org.id] for org in spec.cooperating)
            if spec.assigned >= history_from or index % plan.history_sample == 0:
                for second, step in enumerate(story.steps):
                    events.append([event_id, task_id, *step, user, _moment(step[1], second)])
                    event_id += 1
            if spec.source_id is not None:
                outcome.given.add(spec.source_id)
                if story.state.is_open:
                    outcome.open.add(spec.source_id)
            if story.report_id is not None:
                outcome.letters.add(story.report_id)
            task_id += 1
            if len(tasks) == _BATCH:
                flush()
                if len(folds) > _FOLDS_KEPT:
                    folds.clear()
        flush()
    if session.get_bind().dialect.name == "postgresql":
        for table in (Task.__tablename__, TaskEvent.__tablename__):
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                )
            )


def _follow(session: Session, docs: list[Doc], outcome: _Outcome, rng: random.Random) -> None:
    """Each document's handling status as its tasks make it, written where it changes.

    Open tasks: đang xử lý; all closed: đã xử lý. A document given none that was handled
    (or that reported a task done) was filed without tasks, with a note; one in hand with
    no task to show for it is back to waiting for the leader.
    """
    pending, in_progress, done = (status.value for status in HandlingStatus)
    changes: dict[tuple[str, bool, str], list[int]] = {}
    for doc in docs:
        if doc.id in outcome.given:
            wanted = (in_progress if doc.id in outcome.open else done, False, "")
        elif doc.id in outcome.letters:
            wanted = (done, True, REPORT_FILED_NOTE)
        elif doc.status == done:
            wanted = (done, True, rng.choice(FILED_NOTES))
        else:
            wanted = (pending, False, "")
        if wanted != (doc.status, False, ""):
            changes.setdefault(wanted, []).append(doc.id)
    table = IncomingDocument.__table__
    for (status, filed, note), keys in changes.items():
        for start in range(0, len(keys), _ID_LIMIT):
            session.execute(
                update(table)
                .where(table.c.id.in_(keys[start : start + _ID_LIMIT]))
                .values(handling_status=status, filed_without_tasks=filed, filed_note=note)
            )
