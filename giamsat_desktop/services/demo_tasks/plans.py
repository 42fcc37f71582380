"""Which tasks the demo office's documents give, to whom, by when, in what words."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import IncomingDocument, Organization, Person
from giamsat_desktop.domain.deadlines import DaysOff, ReportPeriod, deadline_after
from giamsat_desktop.domain.document_types import by_code
from giamsat_desktop.domain.documents import HandlingStatus
from giamsat_desktop.domain.organizations import OrganizationKind
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.demo_tasks.lives import Org, Spec, days
from giamsat_desktop.services.demo_tasks.texts import (
    FILING_INSTRUCTION,
    GIVING_WORDS,
    content_for,
    programme_content,
    standing_content,
    wording_of,
)


@dataclass(frozen=True, slots=True)
class TaskPlan:
    """How many tasks a demo office gets, and how they are spread.

    Attributes:
        total: Tasks made; those the directives do not give come from the office's programme.
        share: The share of the directives that give tasks.
        weights: How often a directive gives one, two … tasks.
        history_years: The tasks given in this many years up to today keep their history.
        history_sample: One older task in this many keeps its history (1: every one).
        due_soon: Recent tasks still open and due within the next three days, so the
            reminders and Tổng quan have lines on any day.
    """

    total: int
    share: float
    weights: tuple[int, ...]
    history_years: int = 99
    history_sample: int = 1
    due_soon: int = 4


DIRECTIVES = frozenset({"CV", "KH", "HD", "CT", "NQ", "KL", "TB", "QĐ"})
"""The document types that give tasks (a report, BC, is read and filed)."""
_LETTERS = frozenset({"BC", "CV"})
"""What a member organisation sends that reports a task done."""
_STANDING_TYPES = frozenset({"CT", "NQ", "KL"})
_PERIODS = (
    ReportPeriod.QUARTERLY,
    ReportPeriod.HALF_YEARLY,
    ReportPeriod.MONTHLY,
    ReportPeriod.YEARLY,
)
_PERIOD_WEIGHTS = (40, 35, 10, 15)
_DAYS = (7, 10, 15, 15, 20, 30, 30, 45, 60, 90)


@dataclass(frozen=True, slots=True)
class Doc:
    """An incoming document as the tasks need it."""

    id: int
    given: dt.date
    deadline: dt.date | None
    type_code: str
    symbol: str
    issuer: str
    subject: str
    instruction: str
    notes: str
    status: str
    from_member: bool


_TOPIC_STARTS = re.compile(
    r"\b(việc |công tác |chất lượng |an toàn |thực hiện Quy chế|cuộc vận động|phong trào"
    r"|hoạt động |bầu cử )"
)
_YEAR_END = re.compile(r"( 6 tháng đầu)? năm \d{4}$")


def topic_of(subject: str, type_code: str) -> str:
    """What a document is about, to be worded into its tasks: "việc cấp giấy chứng nhận …"."""
    topic = _YEAR_END.sub("", subject.removeprefix("V/v "))
    topic = topic.partition(" về ")[2] or topic  # "Nghị quyết về …", "Tổ công tác về …"
    found = _TOPIC_STARTS.search(topic)
    if found:
        return topic[found.start() :]
    kind = by_code(type_code)
    if kind is not None and topic.startswith(kind.name + " "):
        topic = topic[len(kind.name) + 1 :]
    return topic[:1].lower() + topic[1:]


def organisations(session: Session) -> list[Org]:
    """The office's member organisations and boards in use, with their people."""
    kinds = (OrganizationKind.MEMBER.value, OrganizationKind.BOARD.value)
    people: dict[int, list[str]] = {}
    for name, org_id in session.execute(
        select(Person.full_name, Person.organization_id)
        .where(Person.active.is_(True), Person.organization_id.is_not(None))
        .order_by(Person.id)
    ):
        people.setdefault(org_id, []).append(name)
    found = []
    for org_id, code, name, kind in session.execute(
        select(Organization.id, Organization.code, Organization.name, Organization.kind)
        .where(Organization.active.is_(True), Organization.kind.in_(kinds))
        .order_by(Organization.sort_order, Organization.id)
    ):
        members, unit = wording_of(code)
        board = kind == OrganizationKind.BOARD.value
        found.append(Org(org_id, name, tuple(people.get(org_id, ())), members, unit, board))
    return found


def documents(session: Session, orgs: list[Org]) -> list[Doc]:
    """Every live incoming document, oldest first; the organisations' own letters noted."""
    docs = []
    senders = [(fold(org.name) + " ", org) for org in orgs]
    sender_of: dict[str, Org | None] = {}
    query = (
        select(
            IncomingDocument.id,
            IncomingDocument.arrival_date,
            IncomingDocument.transfer_date,
            IncomingDocument.deadline,
            IncomingDocument.type_code,
            IncomingDocument.symbol,
            IncomingDocument.issuer,
            IncomingDocument.subject,
            IncomingDocument.instruction,
            IncomingDocument.notes,
            IncomingDocument.handling_status,
        )
        .where(IncomingDocument.cancelled_at.is_(None))
        .order_by(IncomingDocument.arrival_date, IncomingDocument.id)
    )
    rows = session.execute(query).tuples()
    for row in rows:
        key, arrival, transfer, deadline, type_code, symbol, issuer, subject = row[:8]
        instruction, note, status = row[8:]
        if issuer not in sender_of:
            folded = fold(issuer) + " "
            sender_of[issuer] = next((o for start, o in senders if folded.startswith(start)), None)
        sender = sender_of[issuer]
        if sender is not None and type_code in _LETTERS:
            sender.letters.append((arrival, key))
        given = max(arrival, transfer or arrival)
        docs.append(
            Doc(
                key,
                given,
                deadline,
                type_code,
                symbol,
                issuer,
                subject,
                instruction,
                note,
                status,
                sender is not None,
            )
        )
    return docs


class Planner:
    """Which tasks the documents give, and the office's own programme to make up the total."""

    def __init__(
        self,
        rng: random.Random,
        plan: TaskPlan,
        orgs: list[Org],
        today: dt.date,
        days_off: DaysOff,
    ) -> None:
        self.rng, self.plan, self.orgs, self.today = rng, plan, orgs, today
        self.days_off = days_off

    def counts(self, docs: list[Doc]) -> dict[int, int]:
        """How many tasks each document gives, trimmed to the plan's total.

        Only directives give tasks, never a member organisation's own letter nor a document
        still waiting for the leader (chưa xử lý). The leader's instruction decides first:
        "giao …" or "chuyển …" gives tasks, "lưu, theo dõi" none; a directive already in
        hand (đang xử lý) gives some; of the others, the plan's share.
        """
        rng, plan = self.rng, self.plan
        sizes = range(1, len(plan.weights) + 1)
        giving = {doc.id for doc in docs if doc.instruction.startswith(GIVING_WORDS)}
        counts = {
            doc.id: rng.choices(sizes, weights=plan.weights)[0]
            for doc in docs
            if self._gives(doc, doc.id in giving)
        }
        given = sum(counts.values())
        trimmed = sorted(key for key in counts if key not in giving) or sorted(counts)
        while given > plan.total and trimmed:
            key = trimmed[rng.randrange(len(trimmed))]
            counts[key] -= 1
            given -= 1
            if not counts[key]:
                del counts[key]
                trimmed.remove(key)
        return counts

    def due_soon(self, specs: list[Spec]) -> list[Spec]:
        """``specs`` with a few of the last month's tasks due from today to three days on."""
        today = self.today
        recent = [
            at
            for at, spec in enumerate(specs)
            if spec.deadline is not None and today - days(30) <= spec.assigned <= today
        ]
        for at in self.rng.sample(recent, min(len(recent), self.plan.due_soon)):
            window = [today + days(n) for n in range(4) if today + days(n) > specs[at].assigned]
            working = [day for day in window if not self.days_off.is_day_off(day)]
            deadline = self.rng.choice(working or window)
            specs[at] = replace(specs[at], deadline=deadline, due_soon=True)
        return specs

    def _gives(self, doc: Doc, giving: bool) -> bool:
        """Whether ``doc`` gives tasks (the share drawn only for a directive left open)."""
        if doc.from_member or doc.type_code not in DIRECTIVES:
            return False
        if doc.status == HandlingStatus.PENDING.value or doc.instruction == FILING_INSTRUCTION:
            return False
        if giving or doc.status == HandlingStatus.IN_PROGRESS.value:
            return True
        return self.rng.random() < self.plan.share

    def _deadline(self, assigned: dt.date, deadline: dt.date | None) -> dt.date:
        if deadline is not None and deadline > assigned + days(2) and self.rng.random() < 0.8:
            return deadline
        return deadline_after(assigned, self.rng.choice(_DAYS), self.days_off)

    def _responsible(self, org: Org) -> str:
        return self.rng.choice(org.people) if org.people and self.rng.random() < 0.8 else ""

    def _cooperating(self, lead: Org) -> tuple[Org, ...]:
        if self.rng.random() >= 0.35:
            return ()
        others = [org for org in self.orgs if org is not lead]
        return tuple(self.rng.sample(others, min(len(others), self.rng.randint(1, 2))))

    def _period(self) -> ReportPeriod:
        return self.rng.choices(_PERIODS, weights=_PERIOD_WEIGHTS)[0]

    def from_document(self, doc: Doc, count: int) -> Iterator[Spec]:
        """The tasks one document gives: one content to several, or a content each."""
        rng = self.rng
        given = self.days_off.next_working_day(doc.given + days(rng.choice((0, 0, 1, 1, 2, 3))))
        assigned = min(self.today, given)
        topic = topic_of(doc.subject, doc.type_code)
        kind = by_code(doc.type_code)
        ref = f"{kind.name if kind else 'văn bản'} số {doc.symbol}" if doc.symbol else doc.subject
        if count <= len(self.orgs):
            leads = rng.sample(self.orgs, count)
        else:
            leads = [rng.choice(self.orgs) for _ in range(count)]
        shared = count > 1 and rng.random() < 0.45
        standing_share = 0.4 if doc.type_code in _STANDING_TYPES else 0.06
        standing = rng.random() < standing_share
        deadline = self._deadline(assigned, doc.deadline)
        roll = rng.random()
        for lead in leads:
            if not shared:
                standing = rng.random() < standing_share
                deadline = self._deadline(assigned, doc.deadline)
                roll = rng.random()
            if standing:
                content = standing_content(roll, lead.board, lead.members, topic, ref)
            else:
                content = content_for(roll, lead.board, lead.members, lead.unit, topic, ref)
            yield Spec(
                doc.id,
                doc.symbol,
                assigned,
                lead,
                self._cooperating(lead),
                content,
                self._responsible(lead),
                None if standing else deadline,
                self._period() if standing else None,
            )

    def programme(self, count: int, year: int) -> Iterator[Spec]:
        """Tasks the office gave in ``year`` from its programme, with no document behind them."""
        rng = self.rng
        for _ in range(count):
            first = dt.date(year, 1, 2)
            last = max(first, min(dt.date(year, 12, 31), self.today))
            day = first + days(rng.randint(0, (last - first).days))
            assigned = min(self.days_off.next_working_day(day), self.today)
            lead = rng.choice(self.orgs)
            standing = rng.random() < 0.15
            yield Spec(
                None,
                "",
                assigned,
                lead,
                self._cooperating(lead),
                programme_content(rng.random(), lead.members, year),
                self._responsible(lead),
                None if standing else self._deadline(assigned, None),
                self._period() if standing else None,
            )
