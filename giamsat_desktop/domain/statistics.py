"""The figures of a reporting period, as the statistics service computes them.

Each area's counting rule is written once, in the docstring of the service function that
counts it (``services/statistics``), and shown as its column's tooltip. A line is the office
itself (``organization_id`` None) or one organisation; a figure counted once per session
(distinct, so no total double-counts) stands apart from the lines.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.domain.tasks import on_time_rate


@dataclass(frozen=True, slots=True)
class SupervisionLine:
    """One row's supervision: sessions led, participations, by form (lượt), not held.

    ``documents`` … ``with_state`` count the row's sessions led or joined, by form.
    """

    organization_id: int | None
    name: str
    led: int = 0
    joined: int = 0
    documents: int = 0
    delegation: int = 0
    boards: int = 0
    with_state: int = 0
    not_held: int = 0

    @property
    def total(self) -> int:
        """Sessions led and participations (lượt)."""
        return self.led + self.joined


@dataclass(frozen=True, slots=True)
class HeldSession:
    """A session held in the period, as the report lists it."""

    day: dt.date
    subject: str
    supervised_body: str
    led: bool
    """Chủ trì (the Front or an organisation on its request); else phối hợp."""


@dataclass(frozen=True, slots=True)
class OverdueRecommendation:
    """A recommendation sent in the period, still unanswered past its deadline."""

    sent_on: dt.date
    content: str
    addressed_body: str
    reply_due: dt.date


@dataclass(frozen=True, slots=True)
class SupervisionFigures:
    """The supervision rows and the distinct sessions (each counted once).

    Attributes:
        lines: The office, then its organisations.
        held: Sessions held in the period.
        led: Of them, led by the Front or an organisation on its request (chủ trì).
        joined: Of them, a state body's that the Front joined (phối hợp).
        not_held: Planned in the period, not held by its end (chưa thực hiện).
        documents: Held, form (1).
        delegation: Held, form (2).
        boards: Held, form (3).
        with_state: Held, form (4).
        sessions: The sessions held, by their day (for the report's list).
    """

    lines: tuple[SupervisionLine, ...]
    held: int = 0
    led: int = 0
    joined: int = 0
    not_held: int = 0
    documents: int = 0
    delegation: int = 0
    boards: int = 0
    with_state: int = 0
    sessions: tuple[HeldSession, ...] = ()


@dataclass(frozen=True, slots=True)
class RecommendationLine:
    """One row's recommendations sent in the period and their replies as of the day judged."""

    organization_id: int | None
    name: str
    sent: int = 0
    accepted: int = 0
    explained: int = 0
    refused: int = 0
    awaiting: int = 0
    overdue: int = 0
    escalated: int = 0


@dataclass(frozen=True, slots=True)
class CriticismFigures:
    """Social criticism (phản biện xã hội) held in the period; the office's one row."""

    total: int = 0
    conferences: int = 0
    drafts: int = 0
    dialogues: int = 0
    opinions: int = 0
    points: int = 0
    points_accepted: int = 0


@dataclass(frozen=True, slots=True)
class ContributionFigures:
    """Góp ý xây dựng Đảng, chính quyền (QĐ 218) and the direct dialogues; one row."""

    conferences: int = 0
    drafts: int = 0
    opinions: int = 0
    summaries_sent: int = 0
    dialogues: int = 0
    issues: int = 0
    commitments: int = 0
    commitments_done: int = 0


@dataclass(frozen=True, slots=True)
class ConductFigures:
    """Supervision of conduct (QĐ 124) and the citizens' reports; one row."""

    sessions: int = 0
    at_work: int = 0
    at_home: int = 0
    people: int = 0
    reports: int = 0
    forwarded: int = 0
    handled: int = 0


@dataclass(frozen=True, slots=True)
class TaskLine:
    """One organisation's tasks given in the period, their states as of the day judged."""

    organization_id: int
    name: str
    assigned: int = 0
    done_on_time: int = 0
    done_late: int = 0
    overdue: int = 0
    in_progress: int = 0

    @property
    def rate(self) -> float | None:
        """% đúng hạn as a fraction (``domain.tasks.on_time_rate``); None: nothing to judge."""
        return on_time_rate(self.done_on_time, self.done_on_time + self.done_late, self.overdue)


@dataclass(frozen=True, slots=True)
class Statistics:
    """Every figure of one reporting period.

    Attributes:
        period: The period counted.
        as_of: The day replies and overdue states are judged on.
        office_name: The office's name (its own row's label).
    """

    period: Period
    as_of: dt.date
    office_name: str
    supervision: SupervisionFigures
    recommendations: tuple[RecommendationLine, ...]
    criticism: CriticismFigures
    contributions: ContributionFigures
    conduct: ConductFigures
    tasks: tuple[TaskLine, ...]
    overdue_recommendations: tuple[OverdueRecommendation, ...] = ()
    """The recommendations counted overdue, by the day sent (for the report's list)."""
