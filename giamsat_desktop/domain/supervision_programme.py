"""The annual supervision programme (chương trình giám sát năm) and its planned sessions.

The Standing Board agrees the year's programme with the member organisations (NQLT 403
Điều 3). Each line plans one session: its subject, the supervised body, a month or a quarter,
the form and role, and who leads it — the Front itself, or a member organisation on the
Front's request (NQLT 403 Điều 22). A line is planned, postponed or cancelled (stored); once
opened as a session, how far it has gone is read from that session's step, never stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole


class ProgrammeItemState(StrEnum):
    """What the Board decided about a line of the programme; stored by value."""

    PLANNED = "du_kien"
    POSTPONED = "hoan"
    CANCELLED = "huy"

    @property
    def label(self) -> str:
        """The Vietnamese word shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


ITEM_MOVES: dict[ProgrammeItemState, frozenset[ProgrammeItemState]] = {
    ProgrammeItemState.PLANNED: frozenset(
        {ProgrammeItemState.POSTPONED, ProgrammeItemState.CANCELLED}
    ),
    ProgrammeItemState.POSTPONED: frozenset(
        {ProgrammeItemState.POSTPONED, ProgrammeItemState.CANCELLED, ProgrammeItemState.PLANNED}
    ),
    ProgrammeItemState.CANCELLED: frozenset({ProgrammeItemState.PLANNED}),
}
"""The decisions a line not yet opened may take: postponed again with a new reason, and
reinstated (back to planned) from postponed or cancelled. An opened line takes none: its
session has its own steps."""

DONE_STEPS = frozenset(
    {SessionStep.REPORTED, SessionStep.RECOMMENDED, SessionStep.FOLLOWING_UP, SessionStep.CLOSED}
)
"""A session at one of these steps has carried out its line: its report is made."""

MONTHS = range(1, 13)
QUARTERS = range(1, 5)


def quarter_of(month: int) -> int:
    """The quarter (1–4) a month (1–12) falls in."""
    return (month - 1) // 3 + 1


def planned_start(year: int, month: int | None, quarter: int | None) -> dt.date | None:
    """The first day of the planned month, else of the planned quarter; None when neither."""
    if month is not None:
        return dt.date(year, month, 1)
    if quarter is not None:
        return dt.date(year, 3 * (quarter - 1) + 1, 1)
    return None


@dataclass(frozen=True, slots=True)
class ItemDraft:
    """A line of the programme as the clerk types it.

    Attributes:
        subject: What is supervised (nội dung giám sát).
        supervised_body: The body supervised (đối tượng giám sát).
        planned_month: 1–12, or None when only the quarter is planned.
        planned_quarter: 1–4; with a month, the month's own quarter (or None).
        form: One of the four forms of Luật MTTQ Điều 27.
        role: Whether the Front leads (chủ trì) or joins (phối hợp).
        lead_id: The member organisation leading it on the Front's request; None: the Front.
        participants: Who takes part, as typed.
        note: Anything else the Board noted.
    """

    subject: str
    supervised_body: str = ""
    planned_month: int | None = None
    planned_quarter: int | None = None
    form: SupervisionForm = SupervisionForm.DELEGATION
    role: SupervisionRole = SupervisionRole.LEAD
    lead_id: int | None = None
    participants: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class ProgrammeItemRecord:
    """A line of the programme as stored, with the session it was opened as, if any."""

    id: int
    programme_id: int
    year: int
    subject: str
    supervised_body: str
    planned_month: int | None
    planned_quarter: int | None
    form: SupervisionForm
    role: SupervisionRole
    lead_id: int | None
    lead_name: str
    """The leading organisation's name; empty when the Front leads."""
    participants: str
    state: ProgrammeItemState
    note: str
    sort_order: int
    version: int
    session_id: int | None = None
    """The session the line was opened as (the latest, should there be several)."""
    session_step: SessionStep | None = None

    @property
    def opened(self) -> bool:
        """Whether the line was opened as a session."""
        return self.session_id is not None

    @property
    def done(self) -> bool:
        """Whether its session has reported (or gone further)."""
        return self.session_step in DONE_STEPS

    @property
    def planned_start(self) -> dt.date | None:
        """The first day of its month, else of its quarter."""
        return planned_start(self.year, self.planned_month, self.planned_quarter)


@dataclass(frozen=True, slots=True)
class ProgrammeRecord:
    """A year's programme and its lines, in their order."""

    id: int
    year: int
    title: str
    agreed_on: dt.date | None
    notes: str
    version: int
    items: tuple[ProgrammeItemRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class ProgrammeProgress:
    """The year's programme at a glance; each line counts once.

    Attributes:
        planned: Lines planned and not yet opened.
        done: Lines whose session has reported (or gone further).
        in_progress: Lines opened, their session not yet reported.
        postponed: Lines postponed and not opened.
        cancelled: Lines cancelled, or whose session was cancelled.
        total: Every line.
    """

    planned: int = 0
    done: int = 0
    in_progress: int = 0
    postponed: int = 0
    cancelled: int = 0
    total: int = 0
