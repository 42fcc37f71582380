"""The demo office's supervision letters, issued as a clerk issues them, each on its day.

The plan (KH) and the decision (QĐ) of each session of form (2) the Front leads are drafted
from the session and issued through ``services.issuing``: the outgoing register numbers
them and keeps their PDF and Word files, and each moves its session on by itself.

The register's other demo lines were entered before, numbered by their dates; a letter
issued now on an earlier day would take a number after theirs. So each letter is issued
into its place: the lines after it are set aside (their numbers negated) while it takes the
next number, then take their numbers back, one further on. A later number never has an
earlier date, as when a clerk enters them day by day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import bindparam, literal, select, update
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import OutgoingDocument, RegisterBook
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.documents import BookKind
from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.domain.symbols import format_state_symbol
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.catalog.office import office_in
from giamsat_desktop.services.issuing import issue_letter
from giamsat_desktop.services.supervision.session_letters import session_letter

_TABLE = OutgoingDocument.__table__


@dataclass(frozen=True, slots=True, order=True)
class Issue:
    """A session's letter to issue: on its day, in its turn, of its form."""

    on: dt.date
    turn: int
    form: LetterForm
    key: int


@dataclass(slots=True)
class _Book:
    """A year's own outgoing book while its letters are put into their places."""

    id: int
    finals: list[tuple[int, int, str, str]]
    """The lines set aside: id, the number each gets back, its type and subject."""
    slots: list[int]
    """The number of each of the year's letters, in the order issued."""
    restored: int = 0


def issue_all(factory: SessionFactory, data_folder: Path, issues: Iterable[Issue]) -> int:
    """Issue ``issues`` in the order of their days, each numbered in its place; how many."""
    ordered = sorted(issues)
    if not ordered:
        return 0
    with unit_of_work(factory) as session:
        office = office_in(session)
        suffix = office.symbol_suffix if office is not None else ""
        books = {
            year: book
            for year in sorted({issue.on.year for issue in ordered})
            if (book := _set_aside(session, year, [i.on for i in ordered if i.on.year == year]))
        }
    for issue in ordered:
        book = books.get(issue.on.year)
        if book is not None:
            with unit_of_work(factory) as session:
                slot = book.slots.pop(0)
                _restore(session, book, suffix, below=slot)
                session.execute(
                    update(RegisterBook)
                    .where(RegisterBook.id == book.id)
                    .values(last_number=slot - 1)
                )
        letter, _ = session_letter(factory, SYSTEM, issue.key, issue.form)
        issue_letter(factory, SYSTEM, data_folder, letter.id, letter.version, issue_date=issue.on)
    with unit_of_work(factory) as session:
        for book in books.values():
            _restore(session, book, suffix, below=None)
            highest = session.scalar(
                select(OutgoingDocument.number)
                .where(OutgoingDocument.book_id == book.id)
                .order_by(OutgoingDocument.number.desc())
                .limit(1)
            )
            session.execute(
                update(RegisterBook)
                .where(RegisterBook.id == book.id)
                .values(last_number=highest or 0)
            )
    return len(ordered)


def _set_aside(session: Session, year: int, days: list[dt.date]) -> _Book | None:
    """Work out every number of the year's book and set its lines aside; None without one.

    A letter comes after the lines of its own day; its lines keep their order.
    """
    book = session.scalar(
        select(RegisterBook.id).where(
            RegisterBook.year == year,
            RegisterBook.kind == BookKind.OUTGOING.value,
            RegisterBook.secret.is_(False),
            RegisterBook.imported.is_(False),
        )
    )
    if book is None:
        return None
    lines = session.execute(
        select(
            OutgoingDocument.id,
            OutgoingDocument.issue_date,
            OutgoingDocument.type_code,
            OutgoingDocument.subject,
        )
        .where(OutgoingDocument.book_id == book)
        .order_by(OutgoingDocument.number)
    ).all()
    if not lines:
        return None
    days = sorted(days)
    finals, slots = [], []
    letters = 0
    for key, issued, type_code, subject in lines:
        while letters < len(days) and days[letters] < issued:
            letters += 1
            slots.append(len(finals) + letters)
        finals.append((key, len(finals) + letters + 1, type_code, subject))
    while letters < len(days):
        letters += 1
        slots.append(len(finals) + letters)
    session.execute(
        update(_TABLE)
        .where(_TABLE.c.book_id == book)
        .values(number=-_TABLE.c.number, number_text=literal("-") + _TABLE.c.number_text)
    )
    return _Book(book, finals, slots)


def _restore(session: Session, book: _Book, suffix: str, below: int | None) -> None:
    """Give the lines set aside their numbers back, those below ``below`` (None: all)."""
    start = book.restored
    end = start
    while end < len(book.finals) and (below is None or book.finals[end][1] < below):
        end += 1
    if end == start:
        return
    rows = []
    for key, number, type_code, subject in book.finals[start:end]:
        symbol = format_state_symbol(number, None if type_code == "CV" else type_code, suffix)
        rows.append(
            {
                "key": key,
                "new_number": number,
                "new_text": f"{number:02d}",
                "new_symbol": symbol,
                "new_search": fold(f"{symbol} {subject}"),
            }
        )
    session.execute(
        update(_TABLE)
        .where(_TABLE.c.id == bindparam("key"))
        .values(
            number=bindparam("new_number"),
            number_text=bindparam("new_text"),
            symbol=bindparam("new_symbol"),
            search_text=bindparam("new_search"),
        ),
        rows,
    )
    book.restored = end
