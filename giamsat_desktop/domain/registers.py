"""Plain records of the two registers (sổ văn bản đến, sổ văn bản đi) and their rules.

Services return these frozen records; renderers print them; the window shows them.
Overdue (quá hạn) is computed from the deadline and today, never stored.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from giamsat_desktop.domain.documents import HandlingStatus, Secrecy, Urgency

SUBJECT_MAX_LENGTH = 500
"""The longest subject (trích yếu) a register keeps, in characters.

Nghị định 30/2020/NĐ-CP, Phụ lục VI, gives the subject of a document's metadata as a
string of at most 500 characters; a subject longer than that is a body pasted by mistake.
"""

_NUMBER_TEXT = re.compile(r"^\s*0*(\d{1,9})\s*([A-Za-zĐđ]{0,3})\s*$")


def split_number_text(text: str) -> tuple[int, str] | None:
    """``"125a"`` → ``(125, "125a")``; ``"007"`` → ``(7, "7")``; None when not a register number.

    A register number is digits with at most a short letter suffix, which late
    registrations and imported books use; leading zeros are not part of the number.
    """
    found = _NUMBER_TEXT.match(text or "")
    if not found or int(found.group(1)) == 0:
        return None
    number = int(found.group(1))
    return number, f"{number}{found.group(2).lower()}"


def is_overdue(
    deadline: dt.date | None, status: HandlingStatus, today: dt.date, cancelled: bool = False
) -> bool:
    """A document is overdue when its deadline has passed and it is not handled yet."""
    return (
        deadline is not None
        and not cancelled
        and status is not HandlingStatus.DONE
        and deadline < today
    )


@dataclass(frozen=True, slots=True)
class IncomingDraft:
    """An incoming document as the clerk typed it (before it has a number)."""

    arrival_date: dt.date
    issuer: str
    subject: str
    symbol: str = ""
    doc_date: dt.date | None = None
    type_code: str = ""
    signer: str = ""
    urgency: Urgency = Urgency.NORMAL
    secrecy: Secrecy = Secrecy.NORMAL
    page_count: int | None = None
    recipients: str = ""
    transfer_date: dt.date | None = None
    deadline: dt.date | None = None
    instruction: str = ""
    notes: str = ""
    handling_status: HandlingStatus = HandlingStatus.PENDING
    arrival_number_text: str | None = None
    """A specific unused number for a late registration; None takes the next one."""


@dataclass(frozen=True, slots=True)
class IncomingRecord:
    """One line of the Sổ đăng ký văn bản đến, as stored."""

    id: int
    book_id: int
    book_name: str
    arrival_number: int
    arrival_number_text: str
    arrival_date: dt.date
    issuer: str
    symbol: str
    doc_date: dt.date | None
    type_code: str
    subject: str
    signer: str
    urgency: Urgency
    secrecy: Secrecy
    page_count: int | None
    recipients: str
    transfer_date: dt.date | None
    deadline: dt.date | None
    instruction: str
    notes: str
    handling_status: HandlingStatus
    cancelled: bool
    cancel_reason: str
    version: int
    attachment_count: int = 0

    def overdue(self, today: dt.date) -> bool:
        """Whether the deadline passed while the document is still open."""
        return is_overdue(self.deadline, self.handling_status, today, self.cancelled)


@dataclass(frozen=True, slots=True)
class OutgoingDraft:
    """An outgoing document as typed; its number and symbol are given on saving."""

    issue_date: dt.date
    subject: str
    type_code: str = ""
    """Empty for a công văn (no type code in the state style symbol)."""
    signer_name: str = ""
    signer_position: str = ""
    recipients: str = ""
    file_copy_holder: str = "Văn phòng"
    copies: int | None = None
    transfer_date: dt.date | None = None
    urgency: Urgency = Urgency.NORMAL
    secrecy: Secrecy = Secrecy.NORMAL
    notes: str = ""
    answers: tuple[int, ...] = field(default_factory=tuple)
    """Ids of the incoming documents this one answers."""


@dataclass(frozen=True, slots=True)
class OutgoingRecord:
    """One line of the Sổ đăng ký văn bản đi, as stored."""

    id: int
    book_id: int
    number: int
    number_text: str
    symbol: str
    type_code: str
    issue_date: dt.date
    subject: str
    signer_name: str
    signer_position: str
    recipients: str
    file_copy_holder: str
    copies: int | None
    transfer_date: dt.date | None
    urgency: Urgency
    secrecy: Secrecy
    notes: str
    cancelled: bool
    cancel_reason: str
    version: int
    answers: tuple[int, ...] = ()
    attachment_count: int = 0


@dataclass(frozen=True, slots=True)
class RegisterPeriod:
    """What the cover of a printed register states: the period and the numbers in it."""

    year: int
    date_from: dt.date
    date_to: dt.date
    number_from: str
    number_to: str
    book_name: str = ""


class IncomingColumn(StrEnum):
    """Columns of the incoming register a clerk can sort by."""

    ARRIVAL = "arrival"
    """Ngày đến, then số đến: the register's own order."""
    NUMBER = "number"
    ISSUER = "issuer"
    SYMBOL = "symbol"
    DOC_DATE = "doc_date"
    TYPE = "type"
    SUBJECT = "subject"
    RECIPIENTS = "recipients"
    URGENCY = "urgency"
    DEADLINE = "deadline"
    STATUS = "status"


@dataclass(frozen=True, slots=True)
class IncomingFilter:
    """What the clerk narrowed the incoming register to; every field optional."""

    year: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    type_code: str | None = None
    issuer: str | None = None
    urgency: Urgency | None = None
    status: HandlingStatus | None = None
    overdue_on: dt.date | None = None
    """Only documents overdue on this day (quá hạn is computed, never stored)."""
    text: str = ""
    """Words of the search box: every word must start a word of the document."""
    book_id: int | None = None
    include_cancelled: bool = True
    include_secret: bool = True


class OutgoingColumn(StrEnum):
    """Columns of the outgoing register a clerk can sort by."""

    ISSUE = "issue"
    NUMBER = "number"
    TYPE = "type"
    SUBJECT = "subject"
    SIGNER = "signer"
    RECIPIENTS = "recipients"


@dataclass(frozen=True, slots=True)
class OutgoingFilter:
    """What the clerk narrowed the outgoing register to."""

    year: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    type_code: str | None = None
    text: str = ""
    include_cancelled: bool = True
    include_secret: bool = True
