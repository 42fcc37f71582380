"""A direct dialogue as the clerk writes it and as the program reads it back.

A dialogue holds who answered the people (the leader, of the Party committee or of the
government), on what, where and who came, and the issues the people raised: each with the
leader's answer and, often, a commitment to act by a day, followed until it is done.
Whether a commitment is overdue is read on a day, never stored
(``domain.dialogues.commitment_overdue``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from giamsat_desktop.domain.dialogues import LeaderBody, commitment_overdue


@dataclass(frozen=True, slots=True)
class DialogueDraft:
    """A dialogue as the clerk writes it.

    Attributes:
        held_on: The day it was held.
        leader: Who answered, name and position ("Đồng chí Nguyễn Văn An, Bí thư Đảng ủy xã").
        leader_body: The Party committee or the government.
        topic: What it was about.
        place: Where it was held.
        chair: Who chaired it for the Front.
        participants: Who took part, one per line.
        attendance: How many people came.
        notes: Anything else worth keeping.
    """

    held_on: dt.date | None
    leader: str
    topic: str
    leader_body: LeaderBody = LeaderBody.PARTY
    place: str = ""
    chair: str = ""
    participants: str = ""
    attendance: int = 0
    notes: str = ""


@dataclass(frozen=True, slots=True)
class IssueDraft:
    """One issue as the clerk writes it: raised, answered, perhaps committed to and done.

    Attributes:
        raised: What the people raised.
        raised_by: Who raised it ("Cử tri thôn 3").
        answer: The leader's answer at the dialogue.
        commitment: What the leader committed to do; empty when nothing was promised.
        responsible: The body or person to do it.
        due_on: The day it is to be done by.
        done_on: The day it was done ("Đã thực hiện").
        result: What was done.
    """

    raised: str
    raised_by: str = ""
    answer: str = ""
    commitment: str = ""
    responsible: str = ""
    due_on: dt.date | None = None
    done_on: dt.date | None = None
    result: str = ""

    @property
    def has_commitment(self) -> bool:
        """Whether the leader committed to something on it."""
        return bool(self.commitment.strip())

    def overdue(self, day: dt.date) -> bool:
        """Whether its commitment is overdue on ``day``: a day past, not done."""
        return self.has_commitment and commitment_overdue(self.due_on, self.done_on, day)


@dataclass(frozen=True, slots=True)
class IssueRecord:
    """A stored issue: its id, its dialogue, its place, and what was written."""

    id: int
    dialogue_id: int
    issue: IssueDraft
    sort_order: int


@dataclass(frozen=True, slots=True)
class DialogueRecord:
    """A stored dialogue as the window and the prints see it."""

    id: int
    held_on: dt.date | None
    leader: str
    leader_body: LeaderBody
    topic: str
    place: str
    chair: str
    participants: str
    attendance: int
    notes: str
    issues: tuple[IssueRecord, ...]
    year: int
    version: int

    @property
    def draft(self) -> DialogueDraft:
        """The dialogue as its fields hold it."""
        return DialogueDraft(
            held_on=self.held_on,
            leader=self.leader,
            topic=self.topic,
            leader_body=self.leader_body,
            place=self.place,
            chair=self.chair,
            participants=self.participants,
            attendance=self.attendance,
            notes=self.notes,
        )

    @property
    def commitments(self) -> int:
        """How many issues the leader committed to act on."""
        return sum(line.issue.has_commitment for line in self.issues)

    @property
    def commitments_done(self) -> int:
        """How many of those commitments were done."""
        return sum(
            line.issue.has_commitment and line.issue.done_on is not None for line in self.issues
        )

    def overdue_commitments(self, day: dt.date) -> int:
        """How many commitments are overdue on ``day``."""
        return sum(line.issue.overdue(day) for line in self.issues)


@dataclass(frozen=True, slots=True)
class DialogueFilter:
    """Which dialogues a list shows; each field at its default lets all through.

    The commitment conditions hold for one and the same issue of the dialogue.

    Attributes:
        year: Only those of this year.
        bodies: Only those whose leader is of these bodies; empty for both.
        overdue_on: Only those with a commitment overdue on this day.
        pending_only: Only those with a commitment not yet done.
        due_from: Only those with a commitment due on this day or later.
        due_to: Only those with a commitment due on this day or earlier.
        words: Folded words of the leader, the topic, the place, the issues.
        keys: Only these records (those behind a figure of the Báo cáo page); None: no limit.
    """

    year: int | None = None
    bodies: frozenset[LeaderBody] = frozenset()
    overdue_on: dt.date | None = None
    pending_only: bool = False
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    words: str = ""
    keys: frozenset[int] | None = None


@dataclass(frozen=True, slots=True)
class DialogueCounts:
    """The statistics' and the page's counts of dialogues.

    Attributes:
        dialogues: How many dialogues.
        by_body: How many by the leader's body (the Party committee, the government).
        issues: The issues raised at them.
        commitments: The issues the leaders committed to act on.
        done: The commitments done.
        overdue: The commitments overdue on the day counted.
    """

    dialogues: int
    by_body: dict[LeaderBody, int]
    issues: int
    commitments: int
    done: int
    overdue: int
