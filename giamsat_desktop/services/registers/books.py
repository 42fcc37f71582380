"""Register books (sổ) and their numbering: per year, per kind, secret apart, never reused.

On SQLite a write transaction holds the whole file (``BEGIN IMMEDIATE``), so two clerks
saving at once take turns. On a shared PostgreSQL database they would both read the same
highest number; a transaction-level advisory lock, taken before a book is looked up,
makes them take turns there too (and keeps two PCs from creating the same new book).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import IncomingDocument, OutgoingDocument, RegisterBook
from giamsat_desktop.domain.documents import BookKind
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from giamsat_desktop.domain.registers import split_number_text


def own_book_name(kind: BookKind, year: int, secret: bool) -> str:
    """``Sổ văn bản đến năm 2026``; ``Sổ văn bản đến mật năm 2026`` for the secret series."""
    what = "đến" if kind is BookKind.INCOMING else "đi"
    return f"Sổ văn bản {what}{' mật' if secret else ''} năm {year}"


NUMBERING_LOCK = 0x6769_0001
"""Advisory lock key for numbering. Lock order: this one before the audit log's."""


def lock_numbering(session: Session) -> None:
    """Wait for any other transaction that is numbering; held until this one ends.

    Every book shares the one lock: offices save a few documents a minute, and a single
    lock cannot deadlock with itself when an import fills several books.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(NUMBERING_LOCK)))


def own_book(session: Session, kind: BookKind, year: int, secret: bool) -> RegisterBook:
    """The office's own book of the year, created on first use; numbering is locked."""
    lock_numbering(session)
    book = session.scalar(
        select(RegisterBook)
        .where(
            RegisterBook.kind == kind.value,
            RegisterBook.year == year,
            RegisterBook.secret.is_(secret),
            RegisterBook.imported.is_(False),
        )
        # Read again under the lock, even if this session had loaded the book before.
        .execution_options(populate_existing=True)
    )
    if book is None:
        book = RegisterBook(
            year=year,
            kind=kind.value,
            secret=secret,
            imported=False,
            last_number=0,
            name=own_book_name(kind, year, secret),
        )
        session.add(book)
        session.flush()
    return book


def peek_next_number(session: Session, kind: BookKind, year: int, secret: bool) -> int:
    """The number the next document of that book would get (a proposal, not a promise)."""
    book = session.scalar(
        select(RegisterBook).where(
            RegisterBook.kind == kind.value,
            RegisterBook.year == year,
            RegisterBook.secret.is_(secret),
            RegisterBook.imported.is_(False),
        )
    )
    return (_highest(session, book) if book is not None else 0) + 1


def _highest(session: Session, book: RegisterBook) -> int:
    if book.kind == BookKind.INCOMING.value:
        column, where = IncomingDocument.arrival_number, IncomingDocument.book_id == book.id
    else:
        column, where = OutgoingDocument.number, OutgoingDocument.book_id == book.id
    in_use = session.scalar(select(func.max(column)).where(where)) or 0
    return max(book.last_number, in_use)


def take_next_number(session: Session, book: RegisterBook) -> int:
    """Give the next number for good, inside the caller's (write) transaction."""
    number = _highest(session, book) + 1
    book.last_number = number
    return number


def take_chosen_number(session: Session, book: RegisterBook, text: str) -> tuple[int, str]:
    """Give a number the clerk typed (a late registration), if it is free in the book."""
    parsed = split_number_text(text)
    if parsed is None:
        raise ValidationError(ErrorCode.NUMBER_INVALID, field="arrival_number", number=text)
    number, number_text = parsed
    if book.kind == BookKind.INCOMING.value:
        taken = session.scalar(
            select(IncomingDocument.id).where(
                IncomingDocument.book_id == book.id,
                IncomingDocument.arrival_number_text == number_text,
            )
        )
    else:
        taken = session.scalar(
            select(OutgoingDocument.id).where(
                OutgoingDocument.book_id == book.id, OutgoingDocument.number_text == number_text
            )
        )
    if taken is not None:
        raise ConflictError(ErrorCode.NUMBER_TAKEN, number=number_text, book=book.name)
    book.last_number = max(book.last_number, number)
    return number, number_text
