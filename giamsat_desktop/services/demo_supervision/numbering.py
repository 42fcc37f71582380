"""The registers' numbers kept in date order while the demo enters documents on past days.

The registers' other demo lines were entered before, numbered by their dates; a document
entered now on an earlier day (a letter issued, a reply registered) would take a number
after theirs. So each goes into its place: the year's lines are set aside (their numbers
negated) and, before each document is numbered, those that come before it take their
numbers back and the book's count stops just below its place; it takes the next number,
and the lines after it take theirs one further on. A later number never has an earlier
date, as when a clerk enters them day by day. A document comes after the lines of its day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, literal, select, update
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import IncomingDocument, OutgoingDocument, RegisterBook
from giamsat_desktop.domain.documents import BookKind
from giamsat_desktop.domain.symbols import format_state_symbol
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.catalog.office import office_in


@dataclass(slots=True)
class _Book:
    """A year's own book while its new documents are put into their places."""

    id: int
    finals: list[tuple[int, int, str, str]]
    """The lines set aside: id, the number each gets back, its type and subject."""
    slots: list[int]
    """The number of each of the year's new documents, in the order of their days."""
    days: list[dt.date] = field(default_factory=list)
    restored: int = 0


class InPlace:
    """One register (incoming or outgoing) whose new documents on past days take their places.

    ``days`` are the days of every document to enter, one for each; they are entered in the
    order of their days, each after :meth:`make_room` for its day.
    """

    def __init__(self, kind: BookKind, days: Iterable[dt.date]) -> None:
        self.kind = kind
        self.days = sorted(days)
        self.books: dict[int, _Book] = {}
        self.suffix = ""
        outgoing = kind is BookKind.OUTGOING
        self.model: Any = OutgoingDocument if outgoing else IncomingDocument
        self.table = self.model.__table__
        self.date = self.table.c.issue_date if outgoing else self.table.c.arrival_date
        self.number = self.table.c.number if outgoing else self.table.c.arrival_number
        self.text = self.table.c.number_text if outgoing else self.table.c.arrival_number_text

    def open(self, factory: SessionFactory) -> None:
        """Set every year's lines aside and work out each new document's number."""
        if not self.days:
            return
        with unit_of_work(factory) as session:
            office = office_in(session)
            self.suffix = office.symbol_suffix if office is not None else ""
            for year in sorted({day.year for day in self.days}):
                book = self._set_aside(session, year, [d for d in self.days if d.year == year])
                if book is not None:
                    self.books[year] = book

    def make_room(self, factory: SessionFactory, day: dt.date) -> None:
        """Before the document of ``day`` is numbered: the lines before it back, the count set."""
        book = self.books.get(day.year)
        if book is None:
            return
        expected = book.days.pop(0)
        assert expected == day, (expected, day)  # entered in the order of their days
        with unit_of_work(factory) as session:
            slot = book.slots.pop(0)
            self._restore(session, book, below=slot)
            session.execute(
                update(RegisterBook).where(RegisterBook.id == book.id).values(last_number=slot - 1)
            )

    def close(self, factory: SessionFactory) -> None:
        """Give every line left aside its number back; each book counts its highest."""
        if not self.books:
            return
        with unit_of_work(factory) as session:
            for book in self.books.values():
                self._restore(session, book, below=None)
                highest = session.scalar(
                    select(self.number)
                    .where(self.table.c.book_id == book.id)
                    .order_by(self.number.desc())
                    .limit(1)
                )
                session.execute(
                    update(RegisterBook)
                    .where(RegisterBook.id == book.id)
                    .values(last_number=highest or 0)
                )
        self.books.clear()

    def _set_aside(self, session: Session, year: int, days: list[dt.date]) -> _Book | None:
        """Work out every number of the year's book and set its lines aside; None without one.

        A new document comes after the lines of its own day; the lines keep their order.
        """
        book = session.scalar(
            select(RegisterBook.id).where(
                RegisterBook.year == year,
                RegisterBook.kind == self.kind.value,
                RegisterBook.secret.is_(False),
                RegisterBook.imported.is_(False),
            )
        )
        if book is None:
            return None
        columns = [self.table.c.id, self.date]
        if self.kind is BookKind.OUTGOING:
            columns += [self.table.c.type_code, self.table.c.subject]
        lines = session.execute(
            select(*columns).where(self.table.c.book_id == book).order_by(self.number)
        ).all()
        if not lines:
            return None
        finals: list[tuple[int, int, str, str]] = []
        slots = []
        entered = 0
        for key, on, *more in lines:
            while entered < len(days) and days[entered] < on:
                entered += 1
                slots.append(len(finals) + entered)
            type_code, subject = more if more else ("", "")
            finals.append((key, len(finals) + entered + 1, type_code, subject))
        while entered < len(days):
            entered += 1
            slots.append(len(finals) + entered)
        session.execute(
            update(self.table)
            .where(self.table.c.book_id == book)
            .values({self.number: -self.number, self.text: literal("-") + self.text})
        )
        return _Book(book, finals, slots, list(days))

    def _restore(self, session: Session, book: _Book, below: int | None) -> None:
        """Give the lines set aside their numbers back, those below ``below`` (None: all)."""
        start = end = book.restored
        while end < len(book.finals) and (below is None or book.finals[end][1] < below):
            end += 1
        if end == start:
            return
        rows = []
        values: dict[Any, Any] = {
            self.number: bindparam("new_number"),
            self.text: bindparam("new_text"),
        }
        outgoing = self.kind is BookKind.OUTGOING
        if outgoing:
            values[self.table.c.symbol] = bindparam("new_symbol")
            values[self.table.c.search_text] = bindparam("new_search")
        for key, number, type_code, subject in book.finals[start:end]:
            row: dict[str, Any] = {"key": key, "new_number": number}
            if outgoing:
                symbol = format_state_symbol(
                    number, None if type_code == "CV" else type_code, self.suffix
                )
                row |= {
                    "new_text": f"{number:02d}",
                    "new_symbol": symbol,
                    "new_search": fold(f"{symbol} {subject}"),
                }
            else:
                row["new_text"] = str(number)
            rows.append(row)
        session.execute(
            update(self.table).where(self.table.c.id == bindparam("key")).values(values), rows
        )
        book.restored = end
