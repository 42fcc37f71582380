"""The task prints and export, gathered from the database.

- ``follow_up_pdf``: the Sổ theo dõi giải quyết văn bản đến of a period, by register book;
- ``tracking_pdf``: one organisation's Bảng theo dõi thực hiện nhiệm vụ for a year;
- ``export_tasks_xlsx``: the year's task list as an Excel workbook (written to a path, with
  progress and cancel, as the register exports are).

The renderers in ``reports.tasks`` take plain records; this module reads them in blocks
(a few queries for a thousand documents or tasks, never one per row) and asks for the
office's letterhead. "Today" is ``clock.today()``, passed to every query and print, so
overdue means the PC's local day. A task from a secret document is left out for a viewer,
as the document is; a secret register book is printed only when asked for by its id, and
never for a viewer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Row, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import (
    IncomingDocument,
    Organization,
    OutgoingAnswer,
    OutgoingDocument,
    RegisterBook,
    Task,
)
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.documents import BookKind, Secrecy, Urgency
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    ValidationError,
)
from giamsat_desktop.domain.office import OfficeInfo
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.domain.registers import RegisterPeriod
from giamsat_desktop.domain.tasks import TaskFilter, TaskRecord
from giamsat_desktop.services.catalog import office
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.files.output_files import output_file
from giamsat_desktop.services.tasks.queries import TaskColumn, task_keys, tasks_by_ids
from giamsat_desktop.services.tasks.records import records_of

if TYPE_CHECKING:
    from giamsat_desktop.reports.tasks.follow_up import FollowUpEntry, Reply

I = IncomingDocument  # noqa: E741 - short alias keeps the queries readable
O = OutgoingDocument  # noqa: E741

BLOCK = 1000
"""Documents or tasks read at a time."""

TASK_LIST_TITLE = "DANH SÁCH NHIỆM VỤ"

_ENTRY_FIELDS = (
    I.id,
    I.arrival_number_text,
    I.issuer,
    I.symbol,
    I.doc_date,
    I.type_code,
    I.subject,
    I.recipients,
    I.deadline,
    I.urgency,
    I.secrecy,
    I.notes,
    I.filed_without_tasks,
    I.filed_note,
    I.cancelled_at,
    I.cancel_reason,
)
"""What a line of the follow-up register shows of its document."""


def _office(factory: SessionFactory) -> OfficeInfo:
    found = office.get_office(factory)
    if found is None:
        raise ConflictError(ErrorCode.OFFICE_MISSING)
    return found


def _blocks(keys: Sequence[int], size: int = BLOCK) -> Iterator[Sequence[int]]:
    for start in range(0, len(keys), size):
        yield keys[start : start + size]


# --- Sổ theo dõi giải quyết văn bản đến -------------------------------------------------


def _secrecy_kept(actor: Actor, chosen: bool) -> list[ColumnElement[bool]]:
    """A general print keeps normal documents only; a book asked for keeps what ``actor`` sees."""
    if chosen and actor.role.can_see_secret:
        return []
    return [I.secrecy == Secrecy.NORMAL.value]


def _books(
    session: Session, actor: Actor, start: dt.date, end: dt.date, book_id: int | None
) -> list[Row[Any]]:
    """The incoming books to print: the one asked for, else every general book of the period."""
    fields = (RegisterBook.id, RegisterBook.year, RegisterBook.name)
    if book_id is not None:
        found = session.execute(
            select(*fields, RegisterBook.kind, RegisterBook.secret).where(
                RegisterBook.id == book_id
            )
        ).first()
        if (
            found is None
            or found.kind != BookKind.INCOMING.value
            or (found.secret and not actor.role.can_see_secret)
        ):
            raise NotFoundError(ErrorCode.NOT_FOUND, what="book", id=book_id)
        return [found]
    in_period = select(I.book_id).where(I.arrival_date.between(start, end)).distinct()
    query = (
        select(*fields)
        .where(
            RegisterBook.kind == BookKind.INCOMING.value,
            RegisterBook.secret.is_(False),
            RegisterBook.id.in_(in_period),
        )
        .order_by(RegisterBook.year, RegisterBook.imported, RegisterBook.name, RegisterBook.id)
    )
    return list(session.execute(query).all())


def _replies(
    session: Session, actor: Actor, ids: Sequence[int], tasks: dict[int, list[TaskRecord]]
) -> dict[int, list[Reply]]:
    """The documents answering each of ``ids``: the office's answers, then report letters."""
    from giamsat_desktop.reports.tasks.follow_up import Reply

    replies: dict[int, list[Reply]] = {key: [] for key in ids}
    hidden = [] if actor.role.can_see_secret else [O.secrecy == Secrecy.NORMAL.value]
    answers = (
        select(OutgoingAnswer.incoming_id, O.symbol, O.issue_date)
        .join(O, O.id == OutgoingAnswer.outgoing_id)
        .where(OutgoingAnswer.incoming_id.in_(list(ids)), O.cancelled_at.is_(None), *hidden)
        .order_by(O.issue_date, O.number, O.id)
    )
    for incoming_id, symbol, issued in session.execute(answers).tuples():
        replies[incoming_id].append(Reply(symbol, issued))
    wanted = {t.report_id for group in tasks.values() for t in group if t.report_id is not None}
    if not wanted:
        return replies
    shown = [] if actor.role.can_see_secret else [I.secrecy == Secrecy.NORMAL.value]
    letters = {
        key: Reply(symbol or f"số đến {number}", day or arrived)
        for key, symbol, number, day, arrived in session.execute(
            select(I.id, I.symbol, I.arrival_number_text, I.doc_date, I.arrival_date).where(
                I.id.in_(sorted(wanted)), *shown
            )
        ).tuples()
    }
    for source_id, group in tasks.items():
        reporters: dict[int, list[str]] = {}
        for task in group:
            if task.report_id in letters and task.lead_name not in reporters.get(
                task.report_id, []
            ):
                reporters.setdefault(task.report_id, []).append(task.lead_name)
        for report_id, names in reporters.items():
            letter = letters[report_id]
            replies[source_id].append(Reply(letter.symbol, letter.day, ", ".join(names)))
    return replies


def _entries(session: Session, actor: Actor, rows: Sequence[Row[Any]]) -> list[FollowUpEntry]:
    """The follow-up lines of a block of documents: four queries for the whole block."""
    from giamsat_desktop.reports.tasks.follow_up import FollowUpEntry

    ids = [row.id for row in rows]
    tasks: dict[int, list[TaskRecord]] = {key: [] for key in ids}
    task_rows = list(
        session.scalars(select(Task).where(Task.source_id.in_(ids)).order_by(Task.id))
    )
    for record in records_of(session, task_rows):
        if record.source_id is not None:
            tasks[record.source_id].append(record)
    replies = _replies(session, actor, ids, tasks)
    return [
        FollowUpEntry(
            arrival_number=row.arrival_number_text,
            issuer=row.issuer,
            symbol=row.symbol,
            doc_date=row.doc_date,
            type_code=row.type_code,
            subject=row.subject,
            deadline=row.deadline,
            recipients=row.recipients,
            tasks=tuple(tasks[row.id]),
            replies=tuple(replies[row.id]),
            filed_without_tasks=bool(row.filed_without_tasks),
            filed_note=row.filed_note or "",
            urgency=Urgency(row.urgency),
            secrecy=Secrecy(row.secrecy),
            notes=row.notes,
            cancelled=row.cancelled_at is not None,
            cancel_reason=row.cancel_reason,
        )
        for row in rows
    ]


def follow_up_pdf(
    factory: SessionFactory,
    actor: Actor,
    start: dt.date,
    end: dt.date,
    book_id: int | None = None,
) -> bytes:
    """Sổ theo dõi giải quyết văn bản đến for the documents that arrived from ``start`` to ``end``.

    Args:
        factory: The database.
        actor: Who prints: a viewer never sees a secret document or its tasks.
        start: First arrival date (ngày đến) of the period.
        end: Last arrival date of the period.
        book_id: One register book (a secret book only for a clerk or an administrator);
            None prints each general (not secret) book with documents in the period in turn.

    Returns:
        The PDF's bytes.

    Raises:
        ValidationError: ``start`` is after ``end``.
        NotFoundError: No such incoming book, or a secret one asked for by a viewer.
        ConflictError: The office is not set up (``OFFICE_MISSING``).
    """
    from giamsat_desktop.reports.tasks.follow_up import FollowUpBook, render_follow_up

    if start > end:
        raise ValidationError(ErrorCode.DATE_AFTER, field="date_from", other="date_to")
    today = clock.today()
    info = _office(factory)
    books: list[FollowUpBook] = []
    with factory() as session:
        for book in _books(session, actor, start, end, book_id):
            documents = session.execute(
                select(*_ENTRY_FIELDS)
                .where(
                    I.book_id == book.id,
                    I.arrival_date.between(start, end),
                    *_secrecy_kept(actor, book_id is not None),
                )
                .order_by(I.arrival_date, I.arrival_number, I.id)
            ).all()
            entries: list[FollowUpEntry] = []
            for first in range(0, len(documents), BLOCK):
                entries += _entries(session, actor, documents[first : first + BLOCK])
            numbers = [entry.arrival_number for entry in entries]
            period = RegisterPeriod(
                year=book.year,
                date_from=start,
                date_to=end,
                number_from=numbers[0] if numbers else "",
                number_to=numbers[-1] if numbers else "",
                book_name=book.name,
            )
            books.append(FollowUpBook(period, entries))
    if not books:  # nothing arrived: the period's empty book, still signable
        books.append(FollowUpBook(RegisterPeriod(start.year, start, end, "", ""), []))
    return render_follow_up(info, books, today=today)


# --- Bảng theo dõi thực hiện nhiệm vụ, the task list ------------------------------------


def _year_tasks(
    factory: SessionFactory, actor: Actor, where: TaskFilter, today: dt.date
) -> tuple[list[int], Callable[[Sequence[int]], list[TaskRecord]]]:
    """The keys of the tasks ``where`` lets through, by the day given, and a block reader."""
    keys = task_keys(factory, actor, where, today, order=(TaskColumn.ASSIGNED, False))
    return keys, lambda block: tasks_by_ids(factory, block)


def tracking_pdf(
    factory: SessionFactory, actor: Actor, organization_id: int, year: int
) -> bytes:
    """One organisation's Bảng theo dõi thực hiện nhiệm vụ: the tasks it leads given in ``year``.

    Raises:
        NotFoundError: No such organisation.
        ConflictError: The office is not set up (``OFFICE_MISSING``).
    """
    from giamsat_desktop.reports.tasks.tracking import SourceDocument, render_tracking

    today = clock.today()
    info = _office(factory)
    with factory() as session:
        name = session.scalar(select(Organization.name).where(Organization.id == organization_id))
    if name is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what="organization", id=organization_id)
    keys, read = _year_tasks(
        factory, actor, TaskFilter(organization_id=organization_id, year=year), today
    )
    tasks: list[TaskRecord] = []
    sources: dict[int, SourceDocument] = {}
    for block in _blocks(keys):
        found = read(block)
        tasks += found
        wanted = sorted({t.source_id for t in found if t.source_id is not None} - set(sources))
        if wanted:
            with factory() as session:
                for key, symbol, number, day, issuer in session.execute(
                    select(I.id, I.symbol, I.arrival_number_text, I.doc_date, I.issuer).where(
                        I.id.in_(wanted)
                    )
                ).tuples():
                    sources[key] = SourceDocument(symbol or f"số đến {number}", day, issuer)
    return render_tracking(info, name, year, tasks, sources, today=today)


def export_tasks_xlsx(
    factory: SessionFactory,
    actor: Actor,
    path: Path,
    year: int,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the tasks given in ``year`` to an Excel file, oldest first; returns the rows.

    Raises:
        StorageError: ``path`` is a folder, a device or in a missing folder (said before
            the tasks are read), or the disk refused the file (see ``output_files``).
        InterruptedError: ``cancelled()`` returned True; ``path`` is as it was.
    """
    from giamsat_desktop.reports.tasks.workbook import write_task_list

    today = clock.today()
    info = office.get_office(factory)
    subtitle = f"Năm {year} · Số liệu tính đến ngày {today.strftime('%d/%m/%Y')}"
    if info is not None:
        subtitle = f"{info.name} · {subtitle}"
    with output_file(path) as temporary:
        keys, read = _year_tasks(factory, actor, TaskFilter(year=year), today)
        rows = (task for block in _blocks(keys) for task in read(block))
        return write_task_list(
            temporary,
            rows,
            title=f"{TASK_LIST_TITLE} NĂM {year}",
            subtitle=subtitle,
            total=len(keys),
            progress=progress,
            cancelled=cancelled,
            today=today,
        )
