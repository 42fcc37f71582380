"""A social criticism session as the clerk writes it and as the program reads it back.

A session holds the draft criticised, how and when it was criticised, its points (each
what is criticised, the opinion and the proposal, then the drafting body's answer), the
letter that sent the criticism and the drafting body's written reply. Whether a point is
overdue is read on a day, never stored (``domain.criticism.point_overdue``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from giamsat_desktop.domain.criticism import (
    DRAFT_LEAD_DAYS,
    CriticismForm,
    CriticismPurpose,
    CriticismStep,
    PointAnswer,
    draft_late,
    point_overdue,
)


@dataclass(frozen=True, slots=True)
class CriticismDraft:
    """A session as the clerk writes it.

    Attributes:
        title: The draft criticised ("Dự thảo Nghị quyết về …").
        drafting_body: The body that drafted it and must answer.
        form: Conference, draft sent round, or dialogue.
        received_on: The day the draft reached the Front.
        submit_on: The day it goes to the body that decides on it, when known.
        held_on: The conference's or dialogue's day (a round: the day opinions closed).
        place: Where it was held.
        chair: Who chaired it for the Front.
        participants: Who took part, one per line.
        experts: The experts and scientists invited, one per line.
        opinions: How many opinions were given.
        notes: Anything else worth keeping.
        purpose: A social criticism, or a feedback on Party and government building
            (QĐ 218), which goes the same way.
    """

    title: str
    drafting_body: str
    form: CriticismForm
    received_on: dt.date | None = None
    submit_on: dt.date | None = None
    held_on: dt.date | None = None
    place: str = ""
    chair: str = ""
    participants: str = ""
    experts: str = ""
    opinions: int = 0
    notes: str = ""
    purpose: CriticismPurpose = CriticismPurpose.CRITICISM


@dataclass(frozen=True, slots=True)
class PointDraft:
    """One point as the clerk writes it: what is criticised, the opinion, the proposal."""

    content: str
    opinion: str = ""
    proposal: str = ""


@dataclass(frozen=True, slots=True)
class PointAnswerDraft:
    """The drafting body's answer to one point, as its reply says it."""

    point_id: int
    answer: PointAnswer
    explanation: str = ""


@dataclass(frozen=True, slots=True)
class PointRecord:
    """A stored point and its answer (None while unanswered)."""

    id: int
    session_id: int
    content: str
    opinion: str
    proposal: str
    answer: PointAnswer | None
    explanation: str
    sort_order: int

    @property
    def answered(self) -> bool:
        """Whether the drafting body answered it."""
        return self.answer is not None


@dataclass(frozen=True, slots=True)
class CriticismRecord:
    """A stored session as the window and the prints see it."""

    id: int
    title: str
    drafting_body: str
    form: CriticismForm
    step: CriticismStep
    received_on: dt.date | None
    submit_on: dt.date | None
    held_on: dt.date | None
    place: str
    chair: str
    participants: str
    experts: str
    opinions: int
    sent_on: dt.date | None
    letter_id: int | None
    letter_symbol: str
    answer_due: dt.date | None
    reply_id: int | None
    reply_symbol: str
    replied_on: dt.date | None
    cancel_reason: str
    notes: str
    points: tuple[PointRecord, ...]
    year: int
    version: int
    purpose: CriticismPurpose = CriticismPurpose.CRITICISM

    def draft_late(self, lead_days: int = DRAFT_LEAD_DAYS) -> bool:
        """Whether the draft arrived less than ``lead_days`` days before its submission."""
        return draft_late(self.received_on, self.submit_on, lead_days)

    @property
    def unanswered(self) -> int:
        """How many points await their answer."""
        return sum(not point.answered for point in self.points)

    @property
    def accepted(self) -> int:
        """How many points the drafting body accepted (tiếp thu)."""
        return sum(point.answer is PointAnswer.ACCEPTED for point in self.points)

    def overdue_points(self, as_of: dt.date) -> int:
        """How many points are overdue on ``as_of``: sent, unanswered, deadline passed."""
        following = self.step.is_open and self.sent_on is not None
        return sum(
            point_overdue(point.answered, self.answer_due, as_of, open_session=following)
            for point in self.points
        )


@dataclass(frozen=True, slots=True)
class CriticismFilter:
    """Which sessions a list shows; each field at its default lets all through.

    Attributes:
        year: Only those of this year.
        forms: Only those of these forms; empty for every form.
        steps: Only those at these steps; empty for every step.
        open_only: Only those neither closed nor cancelled.
        overdue_on: Only those with a point overdue on this day.
        due_from: Only those whose answers are due on this day or later.
        due_to: Only those whose answers are due on this day or earlier.
        awaited_only: Only those whose answers are awaited: sent or answered in part, still
            followed, a point unanswered (overdue or not).
        words: Folded words of the title, the drafting body, the points.
        purpose: Only the social criticisms, or only the QĐ 218 feedback; None for both.
        keys: Only these records (those behind a figure of the Báo cáo page); None: no limit.
    """

    year: int | None = None
    forms: frozenset[CriticismForm] = frozenset()
    steps: frozenset[CriticismStep] = frozenset()
    open_only: bool = False
    overdue_on: dt.date | None = None
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    awaited_only: bool = False
    words: str = ""
    purpose: CriticismPurpose | None = None
    keys: frozenset[int] | None = None


@dataclass(frozen=True, slots=True)
class CriticismCounts:
    """The counts of a list and of the periodic report.

    Sessions by form and by purpose (social criticism, QĐ 218 feedback), the opinions given,
    the points and those accepted, the sessions overdue.
    """

    by_form: dict[CriticismForm, int]
    total: int
    points: int
    accepted: int
    overdue: int
    by_purpose: dict[CriticismPurpose, int]
    opinions: int
