"""Sổ theo dõi giải quyết văn bản đến: how each incoming document of a period was handled.

Nghị định 30/2020 (Phụ lục IV) keeps this register beside the Sổ đăng ký văn bản đến, one
line per document: Số đến · Tên loại, số, ký hiệu, ngày, cơ quan ban hành · Đơn vị/người
nhận · Thời hạn giải quyết · Tiến độ giải quyết · Số, ký hiệu văn bản trả lời · Ghi chú. It is
printed as the register books are (a cover per book, the ruled table with its titles on
every page, A4 landscape), one book after another, each closed by the signatures.

The receiving units are the lead organisation of each task and its person responsible; the
progress of each task stands level with its unit, so that the two columns read across. The
deadline is the leader's, on the document; a task's own deadline is named beside its
progress when it differs (given apart, or extended). Overdue is counted to ``today``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable

from giamsat_desktop.domain.document_types import by_code
from giamsat_desktop.domain.documents import Secrecy, Urgency
from giamsat_desktop.domain.office import OfficeInfo
from giamsat_desktop.domain.registers import RegisterPeriod
from giamsat_desktop.domain.tasks import TaskRecord
from giamsat_desktop.domain.text import normalize_line
from giamsat_desktop.reports.layout.page_layout import LANDSCAPE, form_styles
from giamsat_desktop.reports.registers.book import (
    Cell,
    Column,
    RegisterCells,
    cover,
    remarks,
)
from giamsat_desktop.reports.tasks.sheets import build_books, ruled_table, signatures
from giamsat_desktop.reports.tasks.texts import STANDING, date_text, progress_text

__all__ = [
    "FILED_WITHOUT_TASKS",
    "FOLLOW_UP_COLUMNS",
    "FOLLOW_UP_TITLE",
    "FollowUpBook",
    "FollowUpEntry",
    "Reply",
    "render_follow_up",
]

FOLLOW_UP_TITLE = "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN"

FOLLOW_UP_COLUMNS = (
    Column("Số đến", 13, centred=True),
    Column("Tên loại, số, ký hiệu, ngày, cơ quan ban hành", 59),
    Column("Đơn vị/người nhận", 42),
    Column("Thời hạn giải quyết", 21, centred=True),
    Column("Tiến độ giải quyết", 56),
    Column("Số, ký hiệu văn bản trả lời", 38),
    Column("Ghi chú", 28),
)
"""The decree's seven columns; the weights are millimetres of the 257 mm landscape block."""

FILED_WITHOUT_TASKS = "Lưu, không giao việc"
MAKER = "NGƯỜI LẬP SỔ"

_UNIT, _PROGRESS = 2, 4
"""The two columns whose lines of one task stand level."""


@dataclass(frozen=True, slots=True)
class Reply:
    """A document that answers an incoming one.

    Attributes:
        symbol: Its number and symbol.
        day: Its date.
        reported_by: For the letter in which an organisation reported a task done, the
            organisation; empty for the office's own answer (an outgoing document).
    """

    symbol: str
    day: dt.date | None
    reported_by: str = ""


@dataclass(frozen=True, slots=True)
class FollowUpEntry:
    """One incoming document with the tasks given from it and what answered it."""

    arrival_number: str
    issuer: str
    symbol: str
    doc_date: dt.date | None
    type_code: str
    subject: str
    deadline: dt.date | None
    recipients: str = ""
    """The register's "Đơn vị hoặc người nhận", printed when no task was given."""
    tasks: tuple[TaskRecord, ...] = ()
    replies: tuple[Reply, ...] = ()
    filed_without_tasks: bool = False
    filed_note: str = ""
    urgency: Urgency = Urgency.NORMAL
    secrecy: Secrecy = Secrecy.NORMAL
    notes: str = ""
    cancelled: bool = False
    cancel_reason: str = ""


@dataclass(frozen=True, slots=True)
class FollowUpBook:
    """One register book's part: the cover's period and numbers, and its documents in order."""

    period: RegisterPeriod
    entries: Sequence[FollowUpEntry]


def _document(entry: FollowUpEntry) -> str:
    """"Kế hoạch số 45/KH-MTTQ-BTT ngày 02/03/2026 của …", then the subject on its own line."""
    known = by_code(entry.type_code) if entry.type_code else None
    kind = known.name if known else (entry.type_code or "Văn bản")
    words = [kind]
    if entry.symbol.strip():
        words.append(f"số {normalize_line(entry.symbol)}")
    if entry.doc_date is not None:
        words.append(f"ngày {date_text(entry.doc_date)}")
    if entry.issuer.strip():
        words.append(f"của {normalize_line(entry.issuer)}")
    subject = normalize_line(entry.subject)
    return " ".join(words) + (f"\n{subject}" if subject else "")


def _unit(task: TaskRecord) -> str:
    responsible = normalize_line(task.responsible)
    return f"{task.lead_name} – {responsible}" if responsible else task.lead_name


def _deadline(entry: FollowUpEntry) -> str:
    if entry.deadline is not None:
        return date_text(entry.deadline)
    standing = entry.tasks and all(task.report_period is not None for task in entry.tasks)
    return STANDING if standing else ""


def _reply(reply: Reply) -> str:
    text = normalize_line(reply.symbol) or "(không số)"
    if reply.day is not None:
        text += f" ngày {date_text(reply.day)}"
    if reply.reported_by:
        text += f" (báo cáo của {reply.reported_by})"
    return text


def _remarks(entry: FollowUpEntry) -> list[tuple[str, bool]]:
    """The "Ghi chú" lines: filed without tasks and why, then the register's own remarks."""
    lines: list[tuple[str, bool]] = []
    if entry.filed_without_tasks and not entry.cancelled:
        lines.append((FILED_WITHOUT_TASKS, True))
        note = entry.filed_note.strip()
        if note:
            lines.append((note, False))
    return lines + remarks(
        urgency=entry.urgency,
        secrecy=entry.secrecy,
        notes=entry.notes,
        cancelled=entry.cancelled,
        cancel_reason=entry.cancel_reason,
    )


def _level(cells: RegisterCells, units: list[str], progress: list[str]) -> tuple[str, str]:
    """Units and progress, one task after another, each task's lines starting level."""
    left: list[str] = []
    right: list[str] = []
    for unit, step in zip(units, progress, strict=True):
        unit_lines = str(cells.text(_UNIT, unit)).split("\n")
        step_lines = str(cells.text(_PROGRESS, step)).split("\n")
        height = max(len(unit_lines), len(step_lines))
        left += unit_lines + [""] * (height - len(unit_lines))
        right += step_lines + [""] * (height - len(step_lines))
    return "\n".join(left), "\n".join(right)


def _row(cells: RegisterCells, entry: FollowUpEntry, today: dt.date) -> list[Cell]:
    numbered = len(entry.tasks) > 1
    units = [
        (f"{n}. " if numbered else "") + _unit(task) for n, task in enumerate(entry.tasks, 1)
    ]
    progress = [
        (f"{n}. " if numbered else "")
        + progress_text(task, today, deadline=task.deadline != entry.deadline)
        for n, task in enumerate(entry.tasks, 1)
    ]
    values = [
        entry.arrival_number,
        _document(entry),
        "\n".join(units) if units else entry.recipients,
        _deadline(entry),
        "\n".join(progress),
        "\n".join(("- " if len(entry.replies) > 1 else "") + _reply(r) for r in entry.replies),
    ]
    struck = entry.cancelled
    row = [cells.text(index, value, struck=struck) for index, value in enumerate(values)]
    if units and not struck:
        row[_UNIT], row[_PROGRESS] = _level(cells, units, progress)
    row.append(cells.lines(len(FOLLOW_UP_COLUMNS) - 1, _remarks(entry)))
    return row


def _rows(
    cells: RegisterCells, entries: Iterable[FollowUpEntry], today: dt.date
) -> list[list[Cell]]:
    return [_row(cells, entry, today) for entry in entries]


def render_follow_up(
    office: OfficeInfo, books: Sequence[FollowUpBook], *, today: dt.date
) -> bytes:
    """Print the Sổ theo dõi giải quyết văn bản đến, one register book after another.

    Each book has its cover (the office, the year, the dates and numbers it covers, the
    book's name), the seven-column table in register order, and the signatures with the
    place and ``today``; each is numbered on its own, from its cover.

    Args:
        office: The office keeping the registers.
        books: The books, each with its period and its documents in register order.
        today: The day the register is printed: overdue is counted to it, and it is dated.

    Returns:
        The PDF's bytes, A4 landscape.

    Raises:
        ValueError: ``books`` is empty.
    """
    if not books:
        raise ValueError("a follow-up register prints at least one book")
    cells = RegisterCells(FOLLOW_UP_COLUMNS, LANDSCAPE.frame_width, form_styles())
    stories: list[list[Flowable]] = [
        [
            *cover(office, book.period, FOLLOW_UP_TITLE),
            *ruled_table(
                cells,
                _rows(cells, book.entries, today),
                signatures(office, today, MAKER, LANDSCAPE.frame_width),
            ),
        ]
        for book in books
    ]
    first, last = min(b.period.year for b in books), max(b.period.year for b in books)
    years = str(first) if first == last else f"{first}–{last}"
    return build_books(
        stories, LANDSCAPE, title=f"{FOLLOW_UP_TITLE} {years}", author=office.name
    )
