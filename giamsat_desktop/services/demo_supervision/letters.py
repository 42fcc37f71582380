"""The demo office's supervision as it happened, day by day: letters issued, replies registered.

The plan (KH) and the decision (QĐ) of each session of form (2) the Front leads, the
recommendation letters, the chase and the escalation are drafted from their records and
issued through ``services.issuing``: the outgoing register numbers them and keeps their PDF
and Word files, and each moves its record on by itself. The bodies' replies are entered in
the incoming register. What the clerk records by hand between them (a session's steps, a
reply, a recommendation resolved) goes in on its day too, so each record is where its
letters need it when they are issued.

Everything is run in the order of its days (``Schedule``), and the registers keep their
numbers in that order (``numbering.InPlace``): a later number never has an earlier date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.documents import BookKind
from giamsat_desktop.domain.letters import LetterForm, LetterRecord
from giamsat_desktop.services.demo_supervision.numbering import InPlace
from giamsat_desktop.services.issuing import issue_letter
from giamsat_desktop.services.supervision.session_letters import session_letter

SESSION_LETTER, BY_HAND, WRITE, SEND, REPLY, CHASE, ESCALATE, SETTLE, CLOSE = range(9)
"""The order of a day's work: a session's letters, its steps by hand, recommendations written,
sent, answered, chased, escalated, resolved or closed, their session closed."""


@dataclass(frozen=True, slots=True, order=True)
class _Entry:
    """One piece of work on its day; ``register``: the book it enters a document in."""

    on: dt.date
    rank: int
    turn: int
    register: BookKind | None = field(compare=False)
    action: Callable[[], object] = field(compare=False)


class Schedule:
    """The demo office's work, kept to be run in the order of its days."""

    def __init__(self, factory: SessionFactory, data_folder: Path) -> None:
        self.factory, self.data_folder = factory, data_folder
        self.entries: list[_Entry] = []
        self.letters = 0
        self.incoming = 0

    def add(
        self,
        on: dt.date,
        rank: int,
        action: Callable[[], object],
        register: BookKind | None = None,
    ) -> None:
        """Do ``action`` on ``on`` (which enters one document in ``register``, if given)."""
        self.entries.append(_Entry(on, rank, len(self.entries), register, action))

    def issue(
        self,
        on: dt.date,
        rank: int,
        draft: Callable[[], LetterRecord],
        then: Callable[[LetterRecord], object] | None = None,
    ) -> None:
        """Issue on ``on`` the letter ``draft`` makes (its record's draft); ``then`` is told."""

        def action() -> None:
            letter = draft()
            issued, _ = issue_letter(
                self.factory, SYSTEM, self.data_folder, letter.id, letter.version, issue_date=on
            )
            self.letters += 1
            if then is not None:
                then(issued)

        self.add(on, rank, action, BookKind.OUTGOING)

    def session_letter(self, on: dt.date, form: LetterForm, key: int) -> None:
        """Issue on ``on`` the session's letter of ``form``, drafted from the session."""
        self.issue(on, SESSION_LETTER, lambda: session_letter(self.factory, SYSTEM, key, form)[0])

    def run(self) -> None:
        """Do everything in the order of its days, the registers numbered in that order."""
        ordered = sorted(self.entries)
        books = {
            kind: InPlace(kind, [entry.on for entry in ordered if entry.register is kind])
            for kind in (BookKind.OUTGOING, BookKind.INCOMING)
        }
        for book in books.values():
            book.open(self.factory)
        for entry in ordered:
            if entry.register is not None:
                books[entry.register].make_room(self.factory, entry.on)
                if entry.register is BookKind.INCOMING:
                    self.incoming += 1
            entry.action()
        for book in books.values():
            book.close(self.factory)
        self.entries.clear()
