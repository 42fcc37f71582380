"""Recommendations (kiến nghị) after a supervision: sent, answered, resolved, escalated.

A recommendation belongs to a session (the social criticism adds others later) and is
addressed to one body. It is written with the session's report and is **sent** when the
recommendation letter carrying it is issued: that day starts its reply deadline (default 20
days, counted as the tasks' deadlines are: calendar days, moved off a day off). Each reply
(tiếp thu, giải trình, đã giải quyết, không tiếp thu) is kept with its date, the incoming
document that carries it and notes; the body may commit to fix by a date.

Its states move as ``MOVES`` allows: drafted → sent → answered → resolved; an open one may be
closed with a reason; a sent one left without a written reply may be escalated (stored when
the escalation letter to the Front one level up is issued). Overdue is computed as of a
date, never stored: sent (or escalated) with no written reply, its deadline passed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from giamsat_desktop.domain.deadlines import DaysOff, deadline_after
from giamsat_desktop.domain.text import fold

REPLY_DAYS = 20
"""The reply deadline's default: days after sending (a setting; local rules say 15 or 30)."""


class RecommendationState(StrEnum):
    """Where a recommendation is; stored by value."""

    DRAFTED = "chua_gui"
    SENT = "da_gui"
    ANSWERED = "da_tra_loi"
    RESOLVED = "da_giai_quyet"
    ESCALATED = "da_kien_nghi_cap_tren"
    CLOSED = "da_dong"

    @property
    def label(self) -> str:
        """The Vietnamese words shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)

    @property
    def is_open(self) -> bool:
        """Neither resolved nor closed: the office still follows it."""
        return self not in (RecommendationState.RESOLVED, RecommendationState.CLOSED)

    @property
    def awaits_reply(self) -> bool:
        """Sent (or escalated) and not yet answered: its deadline runs."""
        return self in (RecommendationState.SENT, RecommendationState.ESCALATED)


class ReplyKind(StrEnum):
    """What a body's written reply says of a recommendation; stored by value."""

    ACCEPTED = "tiep_thu"
    EXPLAINED = "giai_trinh"
    RESOLVED = "da_giai_quyet"
    REFUSED = "khong_tiep_thu"

    @property
    def label(self) -> str:
        """The Vietnamese words shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


R = RecommendationState
MOVES: dict[RecommendationState, frozenset[RecommendationState]] = {
    R.DRAFTED: frozenset({R.SENT, R.CLOSED}),
    R.SENT: frozenset({R.ANSWERED, R.RESOLVED, R.ESCALATED, R.CLOSED}),
    R.ESCALATED: frozenset({R.ANSWERED, R.RESOLVED, R.CLOSED}),
    R.ANSWERED: frozenset({R.RESOLVED, R.CLOSED}),
    R.RESOLVED: frozenset(),
    R.CLOSED: frozenset(),
}
"""The moves allowed. Sending and escalating are made by issuing their letters, answering by
recording a reply; resolving and closing by the clerk. A move made by mistake is undone
with a reason (a step back in the history, not a move of this table)."""

REASON_NEEDED = frozenset({R.CLOSED})
"""Moves that the clerk must give a reason for."""

REPLY_MOVES: dict[ReplyKind, RecommendationState] = {
    ReplyKind.ACCEPTED: R.ANSWERED,
    ReplyKind.EXPLAINED: R.ANSWERED,
    ReplyKind.REFUSED: R.ANSWERED,
    ReplyKind.RESOLVED: R.RESOLVED,
}
"""Where a reply takes a recommendation still waiting for it (or answered, for a resolution)."""


def can_move(old: RecommendationState, new: RecommendationState) -> bool:
    """Whether ``MOVES`` allows going from ``old`` to ``new``."""
    return new in MOVES[old]


def state_after_reply(state: RecommendationState, kind: ReplyKind) -> RecommendationState:
    """The state a reply of ``kind`` leaves a recommendation in (unchanged if none fits).

    A first reply answers a sent or escalated one; a reply that it is resolved resolves an
    answered one too; a closed or resolved one keeps its state (the reply is kept all the
    same, for the record).
    """
    target = REPLY_MOVES[kind]
    return target if can_move(state, target) else state


def reply_deadline(sent_on: dt.date, days_off: DaysOff, days: int = REPLY_DAYS) -> dt.date:
    """The last day for the written reply: ``days`` after sending, moved off a day off."""
    return deadline_after(sent_on, days, days_off)


def is_overdue(
    state: RecommendationState, reply_due: dt.date | None, replied: bool, as_of: dt.date
) -> bool:
    """Overdue on ``as_of``: waiting for its reply, none written, its deadline passed."""
    return state.awaits_reply and not replied and reply_due is not None and as_of > reply_due


def body_code(name: str) -> str:
    """A short code for an addressed body, from its name's initials: ``UBNDXTH``.

    ``Ủy ban nhân dân xã Tân Hưng`` → ``UBNDXTH``; ``Đảng ủy xã`` → ``DUX``. The letters'
    command names a session's bodies by these codes (``--body``).
    """
    words = [word for word in fold(name).replace("-", " ").split() if word[:1].isalnum()]
    return "".join(word[0] for word in words).upper()


@dataclass(frozen=True, slots=True)
class RecommendationDraft:
    """A recommendation as the clerk writes it.

    Attributes:
        content: What is recommended.
        addressed_body: The body it is addressed to (the supervised body, its superior …).
        session_id: The session it comes from.
        reply_days: Days the body has to reply once sent (the office's setting by default).
        commitment: What the body committed to do, as it wrote it.
        commitment_due: The day it committed to have done it by.
    """

    content: str
    addressed_body: str
    session_id: int | None = None
    reply_days: int | None = None
    commitment: str = ""
    commitment_due: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ReplyDraft:
    """A written reply as the clerk records it.

    Attributes:
        replied_on: The reply's date.
        kind: What it says.
        incoming_id: The incoming document that carries it, if registered.
        notes: Anything else worth keeping.
    """

    replied_on: dt.date
    kind: ReplyKind
    incoming_id: int | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ReplyRecord:
    """A stored reply; ``incoming_symbol`` is the document's số, ký hiệu when linked.

    ``moved``: the reply moved its recommendation (answered, resolved); it goes only with
    that move's undo.
    """

    id: int
    recommendation_id: int
    replied_on: dt.date
    kind: ReplyKind
    incoming_id: int | None
    incoming_symbol: str
    notes: str
    moved: bool = False


@dataclass(frozen=True, slots=True)
class RecommendationRecord:
    """A stored recommendation as the window and the prints see it."""

    id: int
    session_id: int | None
    session_subject: str
    content: str
    addressed_body: str
    state: RecommendationState
    reply_days: int
    sent_on: dt.date | None
    reply_due: dt.date | None
    sent_letter_id: int | None
    sent_symbol: str
    escalated_on: dt.date | None
    escalation_letter_id: int | None
    commitment: str
    commitment_due: dt.date | None
    close_reason: str
    replies: tuple[ReplyRecord, ...]
    year: int
    version: int

    @property
    def code(self) -> str:
        """The addressed body's code (``body_code``)."""
        return body_code(self.addressed_body)

    @property
    def replied(self) -> bool:
        """Whether a written reply was recorded."""
        return bool(self.replies)

    @property
    def is_open(self) -> bool:
        """Neither resolved nor closed."""
        return self.state.is_open

    def is_overdue(self, as_of: dt.date) -> bool:
        """Overdue on ``as_of`` (see ``is_overdue``)."""
        return is_overdue(self.state, self.reply_due, self.replied, as_of)


@dataclass(frozen=True, slots=True)
class RecommendationFilter:
    """Which recommendations a list shows; each field at its default lets all through.

    Attributes:
        open_only: Only those neither resolved nor closed.
        overdue_on: Only those overdue on this day.
        addressed_body: Only those addressed to this body (its name as written).
        year: Only those of this year (sent, else written).
        session_id: Only those of this session.
        states: Only those in these states; empty for every state.
        words: Folded words of the content, the body, the session's subject.
        due_from: Reply due on or after this day.
        due_to: Reply due on or before this day.
        commitment_from: The body's commitment due on or after this day.
        commitment_to: The body's commitment due on or before this day.
        keys: Only these records (those behind a figure of the Báo cáo page); None: no limit.
    """

    open_only: bool = False
    overdue_on: dt.date | None = None
    addressed_body: str = ""
    year: int | None = None
    session_id: int | None = None
    states: frozenset[RecommendationState] = frozenset()
    words: str = ""
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    commitment_from: dt.date | None = None
    commitment_to: dt.date | None = None
    keys: frozenset[int] | None = None


@dataclass(frozen=True, slots=True)
class RecommendationCounts:
    """The Kiến nghị page's counts: by state, and open ones overdue on the day read."""

    by_state: dict[RecommendationState, int]
    overdue: int
    total: int
