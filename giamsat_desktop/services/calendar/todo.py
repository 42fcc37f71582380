"""Việc cần làm: the overdue tasks and those due within the reminder window, by organisation.

Two queries: the counts per lead organisation, grouped by the database; the first tasks of
each organisation (the earliest deadlines), ranked by the database. A list of thousands of
overdue tasks is never read whole: each organisation shows its first lines and its count.
Beside them: the supervision lead times due, the recommendations' replies overdue or due
soon with the escalations due (``recommendation_deadlines.pending_replies``), and the days
the bodies committed to fix by, overdue or due soon (``commitment_deadlines``), and the
criticism sessions whose answers are overdue or due soon (``criticism_deadlines``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import Organization, Task
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.tasks import OPEN_STATES, TaskFilter
from giamsat_desktop.services.calendar.commitment_deadlines import (
    CommitmentGroup,
    CommitmentStanding,
    pending_commitments,
)
from giamsat_desktop.services.calendar.criticism_deadlines import (
    CriticismGroup,
    CriticismStanding,
    pending_criticisms,
)
from giamsat_desktop.services.calendar.deadlines import (
    DeadlineEntry,
    DeadlineState,
    deadline_state,
)
from giamsat_desktop.services.calendar.dialogue_commitments import (
    DialogueGroup,
    DialogueStanding,
    pending_dialogue_commitments,
)
from giamsat_desktop.services.calendar.recommendation_deadlines import (
    ReplyGroup,
    ReplyStanding,
    pending_replies,
)
from giamsat_desktop.services.calendar.supervision_deadlines import pending_lead_times
from giamsat_desktop.services.calendar.task_deadlines import count_where
from giamsat_desktop.services.tasks.queries import conditions

PER_ORGANIZATION = 10
"""How many tasks each organisation lists; the rest are counted and opened as a list."""


@dataclass(frozen=True, slots=True)
class TodoTask:
    """One overdue or due-soon task of the list.

    Attributes:
        id: The task.
        content: What is to be done, on one line.
        deadline: Its deadline.
        state: ``OVERDUE`` or ``DUE_SOON``.
        days_overdue: Days past the deadline (0 unless overdue).
        days_left: Days to the deadline (0 when due today or overdue).
        opens: The list that shows it: its organisation's open tasks due that day.
    """

    id: int
    content: str
    deadline: dt.date
    state: DeadlineState
    days_overdue: int
    days_left: int
    opens: TaskFilter


@dataclass(frozen=True, slots=True)
class TodoGroup:
    """One lead organisation's overdue and due-soon tasks.

    Attributes:
        organization_id: The lead organisation.
        name: Its name.
        overdue: How many of its tasks are overdue.
        due_soon: How many are due within the window.
        tasks: Its first tasks, the earliest deadline first (at most ``PER_ORGANIZATION``).
        opens: The list of all its overdue and due-soon tasks.
    """

    organization_id: int
    name: str
    overdue: int
    due_soon: int
    tasks: tuple[TodoTask, ...]
    opens: TaskFilter

    @property
    def more(self) -> int:
        """The tasks counted but not listed."""
        return self.overdue + self.due_soon - len(self.tasks)


@dataclass(frozen=True, slots=True)
class TodoList:
    """What the Việc cần làm panel shows on ``today``.

    Attributes:
        today: The day it was read on.
        window: The reminder window in days.
        groups: One per lead organisation with something due, in the catalogue's order.
        tet_year: The coming year when its Tết is still to be entered (December), else None.
        lead_times: The supervision sessions' notices and reports not done, overdue or due
            within the window, by day (NQLT 403); the task counts leave them out.
        replies: The recommendations waiting for their written reply, overdue or due within
            the window: escalations due, overdue ones already escalated, due soon (the
            groups with none left out); the task counts leave them out.
        commitments: The recommendations still followed whose body's commitment to fix is
            overdue or due within the window, in those two groups (none left out).
        criticisms: The criticism sessions whose answers are awaited, overdue or due within
            the window, in those two groups (the groups with none left out).
    """

    today: dt.date
    window: int
    groups: tuple[TodoGroup, ...]
    tet_year: int | None = None
    lead_times: tuple[DeadlineEntry, ...] = ()
    replies: tuple[ReplyGroup, ...] = ()
    commitments: tuple[CommitmentGroup, ...] = ()
    criticisms: tuple[CriticismGroup, ...] = ()
    dialogues: tuple[DialogueGroup, ...] = ()
    """The commitments made at direct dialogues not done, overdue or due within the window."""

    @property
    def overdue(self) -> int:
        """Overdue tasks in all."""
        return sum(group.overdue for group in self.groups)

    @property
    def due_soon(self) -> int:
        """Tasks due within the window in all."""
        return sum(group.due_soon for group in self.groups)

    def replies_in(self, *standings: ReplyStanding) -> int:
        """How many recommendations the groups of ``standings`` hold."""
        return sum(group.count for group in self.replies if group.standing in standings)

    @property
    def overdue_replies(self) -> int:
        """Recommendations whose reply is overdue, escalated or not."""
        return self.replies_in(ReplyStanding.ESCALATION_DUE, ReplyStanding.OVERDUE)

    @property
    def escalations_due(self) -> int:
        """Overdue recommendations only sent: the Front one level up is to be asked."""
        return self.replies_in(ReplyStanding.ESCALATION_DUE)

    @property
    def replies_due_soon(self) -> int:
        """Recommendations whose reply is due within the window."""
        return self.replies_in(ReplyStanding.DUE_SOON)

    def commitments_in(self, standing: CommitmentStanding) -> int:
        """How many recommendations the commitments' group of ``standing`` holds."""
        return sum(group.count for group in self.commitments if group.standing is standing)

    @property
    def overdue_commitments(self) -> int:
        """Recommendations whose body's commitment to fix is overdue."""
        return self.commitments_in(CommitmentStanding.OVERDUE)

    @property
    def commitments_due_soon(self) -> int:
        """Recommendations whose body's commitment to fix is due within the window."""
        return self.commitments_in(CommitmentStanding.DUE_SOON)

    def criticisms_in(self, standing: CriticismStanding) -> int:
        """How many criticism sessions the group of ``standing`` holds."""
        return sum(group.count for group in self.criticisms if group.standing is standing)

    @property
    def overdue_criticisms(self) -> int:
        """Criticism sessions whose answers are overdue."""
        return self.criticisms_in(CriticismStanding.OVERDUE)

    @property
    def criticisms_due_soon(self) -> int:
        """Criticism sessions whose answers are due within the window."""
        return self.criticisms_in(CriticismStanding.DUE_SOON)

    def dialogue_commitments_in(self, standing: DialogueStanding) -> int:
        """How many dialogue commitments the group of ``standing`` holds."""
        return sum(group.count for group in self.dialogues if group.standing is standing)

    @property
    def overdue_dialogue_commitments(self) -> int:
        """Commitments made at direct dialogues, overdue."""
        return self.dialogue_commitments_in(DialogueStanding.OVERDUE)

    @property
    def dialogue_commitments_due_soon(self) -> int:
        """Commitments made at direct dialogues, due within the window."""
        return self.dialogue_commitments_in(DialogueStanding.DUE_SOON)

    @property
    def is_empty(self) -> bool:
        """Nothing to remind of: no task, lead time, reply, commitment or answer due, no Tết."""
        return (
            not self.groups
            and not self.lead_times
            and not self.replies
            and not self.commitments
            and not self.criticisms
            and not self.dialogues
            and self.tet_year is None
        )


def todo_list(
    factory: SessionFactory,
    actor: Actor,
    today: dt.date,
    window: int,
    *,
    tet_year: int | None = None,
    per_organization: int = PER_ORGANIZATION,
) -> TodoList:
    """The open tasks overdue on ``today`` or due by ``today + window``, by organisation.

    Args:
        factory: The database.
        actor: Who reads (a viewer does not see the tasks of a secret document).
        today: The PC's local date.
        window: The reminder window in days.
        tet_year: The year whose Tết is to be entered, passed on to the panel.
        per_organization: How many tasks each organisation lists.
    """
    if window < 0:
        raise ValueError(f"a reminder window is not negative: {window}")
    horizon = today + dt.timedelta(days=window)
    due = TaskFilter(states=OPEN_STATES, deadline_to=horizon)
    with factory() as session:
        where = [
            *conditions(due, actor, today, session.get_bind().dialect.name),
            # Always true (a task's lead is an organisation); it lets SQLite read the few open
            # tasks through (lead, state) instead of every past deadline (160 → 35 ms on
            # 300,000 tasks).
            Task.lead_id.in_(select(Organization.id)),
        ]
        counted = session.execute(
            select(
                Task.lead_id,
                Organization.name,
                count_where(Task.deadline < today),
                count_where(Task.deadline >= today),
            )
            .join(Organization, Organization.id == Task.lead_id)
            .where(*where)
            .group_by(Task.lead_id, Organization.name, Organization.sort_order)
            .order_by(Organization.sort_order, Organization.name)
        ).all()
        place = (
            func.row_number()
            .over(partition_by=Task.lead_id, order_by=(Task.deadline, Task.id))
            .label("place")
        )
        ranked = (
            select(Task.id, Task.lead_id, Task.content, Task.deadline, place)
            .where(*where)
            .subquery()
        )
        first = session.execute(
            select(ranked.c.id, ranked.c.lead_id, ranked.c.content, ranked.c.deadline)
            .where(ranked.c.place <= per_organization)
            .order_by(ranked.c.lead_id, ranked.c.place)
        ).all()
        lead_times = tuple(pending_lead_times(session, actor, today, window))
        replies = pending_replies(session, actor, today, window)
        commitments = pending_commitments(session, actor, today, window)
        criticisms = pending_criticisms(session, actor, today, window)
        dialogues = pending_dialogue_commitments(session, actor, today, window)
    tasks: dict[int, list[TodoTask]] = {}
    for task_id, lead_id, content, deadline in first:
        tasks.setdefault(lead_id, []).append(
            TodoTask(
                id=task_id,
                content=" ".join(content.split()),
                deadline=deadline,
                state=deadline_state(deadline, False, today, window),
                days_overdue=max(0, (today - deadline).days),
                days_left=max(0, (deadline - today).days),
                opens=TaskFilter(
                    organization_id=lead_id,
                    states=OPEN_STATES,
                    deadline_from=deadline,
                    deadline_to=deadline,
                ),
            )
        )
    groups = tuple(
        TodoGroup(
            organization_id=lead_id,
            name=name,
            overdue=int(overdue),
            due_soon=int(soon),
            tasks=tuple(tasks.get(lead_id, ())),
            opens=TaskFilter(organization_id=lead_id, states=OPEN_STATES, deadline_to=horizon),
        )
        for lead_id, name, overdue, soon in counted
    )
    return TodoList(
        today,
        window,
        groups,
        tet_year,
        lead_times,
        replies,
        commitments,
        criticisms,
        dialogues=dialogues,
    )
