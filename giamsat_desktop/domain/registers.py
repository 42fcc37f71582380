"""Plain records of the two registers (sổ văn bản đến, sổ văn bản đi) and their rules.

Services return these frozen records; renderers print them; the window shows them.
Overdue (quá hạn) is computed from the deadline and today, never stored.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from giamsat_desktop.domain.document_types import CONG_VAN, DocumentType, by_code
from giamsat_desktop.domain.documents import HandlingStatus, Secrecy, Urgency
from giamsat_desktop.domain.text import fold, normalize_line

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


class IncomingState(StrEnum):
    """Tình trạng of an incoming line as the register shows it: exactly one per line.

    The stored handling status, except that a cancelled line is "Đã hủy" and an open line
    past its deadline is "Quá hạn" (computed from today, never stored).
    """

    PENDING = "chua_xu_ly"
    IN_PROGRESS = "dang_xu_ly"
    DONE = "da_xu_ly"
    CANCELLED = "da_huy"
    OVERDUE = "qua_han"

    @property
    def label(self) -> str:
        """Vietnamese words shown in the register (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


class StateGroup(StrEnum):
    """A Tình trạng choice that gathers several states, as the overview counts lines."""

    NOT_CANCELLED = "chua_huy"
    """Every line but the cancelled ones."""
    UNFINISHED = "chua_xong"
    """Lines still to handle: not handled yet, in hand, or overdue (not cancelled)."""

    @property
    def states(self) -> frozenset[IncomingState]:
        """The states of the lines this choice keeps."""
        if self is StateGroup.NOT_CANCELLED:
            return frozenset(set(IncomingState) - {IncomingState.CANCELLED})
        return frozenset({IncomingState.PENDING, IncomingState.IN_PROGRESS, IncomingState.OVERDUE})

    @property
    def label(self) -> str:
        """Vietnamese words of the choice (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


def incoming_state(
    status: HandlingStatus, deadline: dt.date | None, cancelled: bool, today: dt.date
) -> IncomingState:
    """The one Tình trạng a line shows on ``today``: cancelled, else overdue, else its status."""
    if cancelled:
        return IncomingState.CANCELLED
    if is_overdue(deadline, status, today):
        return IncomingState.OVERDUE
    return IncomingState(status.value)


def type_and_subject(type_code: str, subject: str) -> str:
    """The "Tên loại và trích yếu nội dung" of a register line, on screen, on paper, in Excel.

    The subject on one line, with the type's name in front ("Kế hoạch giám sát năm 2026"),
    unless the subject already opens with that name or its code ("Kế hoạch …", "KH …"). A
    công văn has no type name in state style: its subject ("V/v …") stands alone, as does the
    subject of a document of no known type (an outgoing công văn is stored without a code).

    Args:
        type_code: The document type's code ("KH", "CV"), or "" when there is none.
        subject: The subject (trích yếu) as registered.

    Returns:
        The text of the cell.
    """
    text = normalize_line(subject)
    kind = by_code(type_code) if type_code else None
    if kind is None or kind == CONG_VAN or _opens_with_type(text, kind):
        return text
    return f"{kind.name} {text}" if text else kind.name


def _opens_with_type(text: str, kind: DocumentType) -> bool:
    """Whether a subject already starts with its type: its name (with or without marks) or code.

    Only the head of the subject is folded: this runs for every line of a printed register.
    """
    name = fold(kind.name)
    head = fold(text[: len(kind.name) + 1])
    if head.startswith(name) and not head[len(name) : len(name) + 1].isalnum():
        return True
    first = text.split(" ", 1)[0]
    return first != text and first in (kind.code, kind.code.upper())


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

    def state(self, today: dt.date) -> IncomingState:
        """The Tình trạng the register shows for this line on ``today``."""
        return incoming_state(self.handling_status, self.deadline, self.cancelled, today)


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
    urgent_only: bool = False
    """Only khẩn, thượng khẩn and hỏa tốc documents ("khẩn trở lên")."""
    status: HandlingStatus | None = None
    """Only documents stored with this handling status (cancelled or overdue ones too)."""
    overdue_on: dt.date | None = None
    """Only documents overdue on this day (quá hạn is computed, never stored)."""
    state: IncomingState | None = None
    """Only the lines whose Tình trạng is this on ``today`` (see :func:`incoming_state`)."""
    state_group: StateGroup | None = None
    """Only the lines whose Tình trạng on ``today`` is one of the group's."""
    today: dt.date | None = None
    """The day ``state`` is judged on; the day of the query when None."""
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
    """Only this type; "CV" finds the công văn, stored without a code in state style."""
    text: str = ""
    cancelled: bool | None = None
    """Only the cancelled lines (True), only the others (False), or both (None)."""
    include_cancelled: bool = True
    include_secret: bool = True
