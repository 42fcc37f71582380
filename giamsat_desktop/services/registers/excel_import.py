"""Writing a register read from Excel into the database: all of it or nothing.

Reading and checking the workbook is ``excel_reading``; here the rows go into a register
book in one transaction. A crash half-way leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import IncomingDocument, RegisterBook
from giamsat_desktop.db.search_index import indexed_at_the_end
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.documents import BookKind
from giamsat_desktop.domain.errors import (
    ConflictError,
    DetailCode,
    ErrorCode,
    ValidationError,
    detail,
)
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.domain.registers import IncomingDraft, split_number_text
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import require_write, single_line
from giamsat_desktop.services.excel.fields import ParsedRow, RowProblem
from giamsat_desktop.services.registers.books import lock_numbering, own_book, own_book_name
from giamsat_desktop.services.registers.incoming import clean_draft, document_values


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import wrote."""

    imported: int
    skipped: int
    books: tuple[str, ...]


def _target_book(session: Session, book_name: str | None, year: int, secret: bool) -> RegisterBook:
    if not book_name or book_name == own_book_name(BookKind.INCOMING, year, secret):
        return own_book(session, BookKind.INCOMING, year, secret)
    lock_numbering(session)  # two PCs importing the same former register take turns
    book = session.scalar(
        select(RegisterBook).where(
            RegisterBook.kind == BookKind.INCOMING.value,
            RegisterBook.year == year,
            RegisterBook.secret.is_(secret),
            RegisterBook.name == book_name,
        )
    )
    if book is None:
        book = RegisterBook(
            year=year,
            kind=BookKind.INCOMING.value,
            secret=secret,
            name=book_name,
            imported=True,
            last_number=0,
        )
        session.add(book)
        session.flush()
    return book


def import_incoming(
    factory: SessionFactory,
    actor: Actor,
    rows: Sequence[ParsedRow],
    problems: Sequence[RowProblem] = (),
    *,
    book_name: str | None = None,
    skip_bad_rows: bool = False,
    source: str = "",
    progress: Progress | None = None,
) -> tuple[ImportResult, list[RowProblem], Changes]:
    """Write the rows into the register, each in the book of its year.

    Without ``book_name`` rows go into the office's own book of their year and a number
    already taken there is a row problem; with it, into an imported book of that name
    (communes merged in 2025 bring several former offices' registers whose numbers
    overlap). With any problem nothing is written, unless ``skip_bad_rows``.

    Returns:
        What was written, every problem (the reading's and the numbering's), the changes.
    """
    require_write(actor)
    name = single_line(book_name or "", "book", 200, required=False) or None
    found = list(problems)
    with unit_of_work(factory) as session:
        books: dict[tuple[int, bool], RegisterBook] = {}
        taken: dict[int, set[str]] = {}
        good: list[tuple[ParsedRow, RegisterBook, IncomingDraft]] = []
        bad_rows = {problem.row_number for problem in found}
        for row in rows:
            if row.row_number in bad_rows:
                continue
            key = (row.draft.arrival_date.year, row.draft.secrecy.is_secret)
            if key not in books:
                books[key] = _target_book(session, name, *key)
                book = books[key]
                taken[book.id] = set(
                    session.scalars(
                        select(IncomingDocument.arrival_number_text).where(
                            IncomingDocument.book_id == book.id
                        )
                    )
                )
            book = books[key]
            if row.arrival_number_text in taken[book.id]:
                found.append(
                    RowProblem(
                        row.row_number,
                        None,
                        DetailCode.ROW_NUMBER_IN_BOOK,
                        {"number": row.arrival_number_text, "book": book.name},
                    )
                )
                continue
            try:
                clean = clean_draft(row.draft)
            except ValidationError as exc:
                found.append(RowProblem(row.row_number, None, exc.code, exc.values))
                continue
            taken[book.id].add(row.arrival_number_text)
            good.append((row, book, clean))
        if found and not skip_bad_rows:
            first = min(found, key=lambda p: p.row_number)
            raise ConflictError(
                ErrorCode.IMPORT_HAS_PROBLEMS,
                count=len({p.row_number for p in found}),
                first=detail(
                    DetailCode.ROW_AT,
                    row=first.row_number,
                    problem=detail(first.code, **first.values),
                ),
                problems=found,
            )
        if not good:
            raise ValidationError(ErrorCode.IMPORT_EMPTY, field="file")
        now = utc_now()
        with indexed_at_the_end(session, IncomingDocument.__tablename__):
            batch: list[dict[str, object]] = []
            for done, (row, book, draft) in enumerate(good, start=1):
                parsed = split_number_text(row.arrival_number_text)
                number = parsed[0] if parsed else 0
                book.last_number = max(book.last_number, number)
                batch.append(
                    {
                        "book_id": book.id,
                        "arrival_number": number,
                        "arrival_number_text": row.arrival_number_text,
                        **document_values(draft),
                        "cancel_reason": "",
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                    }
                )
                if len(batch) == 2000:
                    session.execute(insert(IncomingDocument), batch)
                    batch = []
                    if progress is not None:
                        step = detail(DetailCode.STEP_ROWS_SAVED, done=done, total=len(good))
                        progress(done / len(good), step)
            if batch:
                session.execute(insert(IncomingDocument), batch)
        session.flush()
        names = tuple(sorted({book.name for _row, book, _draft in good}))
        audit.record(
            session,
            actor,
            "import",
            "incoming",
            None,
            None,
            {"source": source, "rows": len(good), "skipped": len(found), "books": list(names)},
        )
    result = ImportResult(
        imported=len(good), skipped=len({p.row_number for p in found}), books=names
    )
    return result, found, Changes.of(Area.INCOMING)
