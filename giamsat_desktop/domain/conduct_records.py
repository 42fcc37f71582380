"""QĐ 124 records as the clerk writes them and as the program reads them back.

A conduct session holds where and when the Front supervised the conduct of cán bộ, đảng
viên, who supervised, what was found, and the people supervised (name, position, finding).
A citizen's report holds what a citizen reported about a cán bộ, đảng viên and how it was
handled. Who reported is protected (``domain.conduct.sees_reporters``): a record read for
an account that may not see it carries empty reporter fields and ``reporter_shown`` False.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from giamsat_desktop.domain.conduct import ConductPlace, ReportChannel, ReportState


@dataclass(frozen=True, slots=True)
class PersonDraft:
    """A cán bộ, đảng viên supervised, as the clerk writes the line."""

    full_name: str
    position: str = ""
    finding: str = ""


@dataclass(frozen=True, slots=True)
class ConductDraft:
    """A conduct session as the clerk writes it.

    Attributes:
        held_on: The day of the session.
        place: At the workplace or where they live.
        unit: The workplace (cơ quan, đơn vị) or the residential area (khu dân cư).
        lead: Who supervised: the Standing Board, a Ban công tác Mặt trận, an organisation.
        content: What was supervised.
        conclusion: What the session concluded.
        notes: Anything else worth keeping.
    """

    held_on: dt.date | None
    place: ConductPlace
    unit: str
    content: str
    lead: str = ""
    conclusion: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A stored line of the people supervised."""

    id: int
    full_name: str
    position: str
    finding: str


@dataclass(frozen=True, slots=True)
class ConductRecord:
    """A stored conduct session with the people supervised."""

    id: int
    held_on: dt.date | None
    place: ConductPlace
    unit: str
    lead: str
    content: str
    conclusion: str
    notes: str
    people: tuple[PersonRecord, ...]
    year: int
    version: int


@dataclass(frozen=True, slots=True)
class ConductFilter:
    """Which sessions a list shows; each field at its default lets all through."""

    year: int | None = None
    place: ConductPlace | None = None
    words: str = ""
    keys: frozenset[int] | None = None
    """Only these records (those behind a figure of the Báo cáo page); None: no limit."""


@dataclass(frozen=True, slots=True)
class ReportDraft:
    """A citizen's report as the clerk writes it.

    Attributes:
        received_on: The day the Front received it.
        channel: How it reached the Front.
        reported_name: The cán bộ, đảng viên it is about.
        content: What was reported.
        reporter_name: Who reported (protected; ignored for an account that may not see it).
        reporter_contact: The reporter's address or telephone (protected, as the name).
        reported_position: The position of the person reported on.
        state: Where the report is.
        forwarded_to: The body it was forwarded to (forwarded and resolved reports).
        forwarded_on: The day it was forwarded.
        letter_id: The issued letter that forwarded it, if any.
        result: What the body that handled it answered (resolved reports).
        result_on: The day the result came back.
        notes: Anything else worth keeping.
    """

    received_on: dt.date | None
    channel: ReportChannel
    reported_name: str
    content: str
    reporter_name: str = ""
    reporter_contact: str = ""
    reported_position: str = ""
    state: ReportState = ReportState.RECEIVED
    forwarded_to: str = ""
    forwarded_on: dt.date | None = None
    letter_id: int | None = None
    result: str = ""
    result_on: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ReportRecord:
    """A stored report, read for one account.

    ``reporter_shown`` says whether the account may see who reported: when False,
    ``reporter_name`` and ``reporter_contact`` are empty whatever is stored.
    """

    id: int
    received_on: dt.date
    channel: ReportChannel
    reporter_name: str
    reporter_contact: str
    reporter_shown: bool
    reported_name: str
    reported_position: str
    content: str
    state: ReportState
    forwarded_to: str
    forwarded_on: dt.date | None
    letter_id: int | None
    letter_symbol: str
    result: str
    result_on: dt.date | None
    notes: str
    year: int
    version: int


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """Which reports a list shows; each field at its default lets all through."""

    year: int | None = None
    state: ReportState | None = None
    channel: ReportChannel | None = None
    words: str = ""
    """Folded words of the person reported on, the content, the handling (never the reporter)."""
    keys: frozenset[int] | None = None
    """Only these records (those behind a figure of the Báo cáo page); None: no limit."""


@dataclass(frozen=True, slots=True)
class IssuedLetter:
    """An issued letter a report may name as the one that forwarded it."""

    id: int
    symbol: str
    issue_date: dt.date | None
    subject: str


@dataclass(frozen=True, slots=True)
class ConductCounts:
    """A year's QĐ 124 figures for the periodic report.

    Attributes:
        sessions: Sessions held, by where they were held.
        people: People supervised at those sessions.
        received: Reports received.
        forwarded: Reports forwarded (forwarded or resolved).
        handled: Reports handled (resolved or filed, ``ReportState.is_handled``).
        by_channel: Reports received, by channel.
    """

    sessions: dict[ConductPlace, int]
    people: int
    received: int
    forwarded: int
    handled: int
    by_channel: dict[ReportChannel, int]

    @property
    def session_total(self) -> int:
        """Sessions held, wherever they were held."""
        return sum(self.sessions.values())


def state_needs(state: ReportState) -> tuple[str, ...]:
    """The fields a report in ``state`` must have: forwarded to whom and when, the result."""
    if state is ReportState.FORWARDED:
        return ("forwarded_to", "forwarded_on")
    if state is ReportState.RESOLVED:
        return ("forwarded_to", "forwarded_on", "result", "result_on")
    return ()
