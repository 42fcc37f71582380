"""Lists of the registers for the window and for prints and exports.

A register screen asks once for the keys of the rows in order (filter and sort done by
the database), then for blocks of rows by key as the clerk scrolls: a register of
100,000 documents is never loaded whole. Large reads use SQLAlchemy Core, not the ORM.
The words searched for become a condition in ``text_search``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Row, ScalarSelect, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import (
    IncomingAttachment,
    IncomingDocument,
    OutgoingAnswer,
    OutgoingAttachment,
    OutgoingDocument,
    RegisterBook,
)
from giamsat_desktop.db.search_index import SEARCH_INDEXES
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.document_types import CONG_VAN
from giamsat_desktop.domain.documents import BookKind, HandlingStatus, Secrecy, Urgency
from giamsat_desktop.domain.registers import (
    IncomingColumn,
    IncomingFilter,
    IncomingRecord,
    IncomingState,
    OutgoingColumn,
    OutgoingFilter,
    OutgoingRecord,
)
from giamsat_desktop.domain.text import fold_words
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.listing import fetch_keys, sort_terms
from giamsat_desktop.services.registers.text_search import text_condition

BLOCK = 200
"""Rows fetched at a time as the view reaches them."""

I = IncomingDocument  # noqa: E741 - short alias keeps the long queries readable
O = OutgoingDocument  # noqa: E741
T = TypeVar("T")
W = TypeVar("W", IncomingFilter, OutgoingFilter)
C = TypeVar("C", IncomingColumn, OutgoingColumn)
R = TypeVar("R", IncomingRecord, OutgoingRecord)

_INCOMING_ORDER: dict[IncomingColumn, tuple[Any, ...]] = {
    IncomingColumn.ARRIVAL: (I.arrival_date, I.arrival_number, I.id),
    IncomingColumn.NUMBER: (I.book_id, I.arrival_number, I.arrival_number_text, I.id),
    IncomingColumn.ISSUER: (I.issuer, I.arrival_date, I.id),
    IncomingColumn.SYMBOL: (I.symbol, I.id),
    IncomingColumn.DOC_DATE: (I.doc_date, I.id),
    IncomingColumn.TYPE: (I.type_code, I.arrival_date, I.id),
    IncomingColumn.SUBJECT: (I.subject, I.id),
    IncomingColumn.RECIPIENTS: (I.recipients, I.id),
    IncomingColumn.URGENCY: (I.urgency, I.arrival_date, I.id),
    IncomingColumn.DEADLINE: (I.deadline, I.id),
    IncomingColumn.STATUS: (I.handling_status, I.arrival_date, I.id),
}

_OUTGOING_ORDER: dict[OutgoingColumn, tuple[Any, ...]] = {
    OutgoingColumn.ISSUE: (O.issue_date, O.number, O.id),
    OutgoingColumn.NUMBER: (O.book_id, O.number, O.number_text, O.id),
    OutgoingColumn.TYPE: (O.type_code, O.issue_date, O.id),
    OutgoingColumn.SUBJECT: (O.subject, O.id),
    OutgoingColumn.SIGNER: (O.signer_name, O.id),
    OutgoingColumn.RECIPIENTS: (O.recipients, O.id),
}


def _ids(session: Session, query: Select[Any]) -> list[int]:
    """The ids a query returns, read straight off the driver's cursor.

    A register's key list is up to 100,000 integers; building a SQLAlchemy row for each
    costs several times the query itself, and ids need no conversion.
    """
    return fetch_keys(session, query)


def _year_range(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _shared_conditions(
    table: Any, day: Any, where: IncomingFilter | OutgoingFilter, actor: Actor, dialect: str
) -> list[ColumnElement[bool]]:
    """What both registers filter alike: the dates, cancelled and secret lines, the words."""
    found: list[ColumnElement[bool]] = []
    if where.year is not None:
        found.append(day.between(*_year_range(where.year)))
    if where.date_from is not None:
        found.append(day >= where.date_from)
    if where.date_to is not None:
        found.append(day <= where.date_to)
    if not where.include_cancelled:
        found.append(table.cancelled_at.is_(None))
    if not where.include_secret or actor.role is Role.VIEWER:
        found.append(table.secrecy == Secrecy.NORMAL.value)
    if where.text.strip() and fold_words(where.text):
        index = SEARCH_INDEXES[table.__tablename__]
        found.append(text_condition(dialect, table, index, where.text))
    return found


def _incoming_conditions(where: IncomingFilter) -> list[ColumnElement[bool]]:
    """What only the incoming register filters: type, issuer, urgency, status, state, book."""
    found: list[ColumnElement[bool]] = []
    if where.type_code:
        found.append(I.type_code == where.type_code)
    if where.issuer:
        found.append(I.issuer == where.issuer)
    if where.urgency is not None:
        found.append(I.urgency == where.urgency.value)
    if where.urgent_only:
        found.append(I.urgency != Urgency.NORMAL.value)
    if where.status is not None:
        found.append(I.handling_status == where.status.value)
    if where.overdue_on is not None:
        found += _overdue(where.overdue_on)
    if where.state is not None:
        found += _in_state(where.state, where.today or clock.today())
    if where.state_group is not None:
        today = where.today or clock.today()
        states = sorted(where.state_group.states)
        found.append(or_(*(and_(*_in_state(state, today)) for state in states)))
    if where.book_id is not None:
        found.append(I.book_id == where.book_id)
    return found


def _overdue(today: dt.date) -> list[ColumnElement[bool]]:
    """Open on ``today`` and past the deadline, as :func:`domain.registers.is_overdue` says."""
    return [
        I.deadline < today,
        I.handling_status != HandlingStatus.DONE.value,
        I.cancelled_at.is_(None),
    ]


def _in_state(state: IncomingState, today: dt.date) -> list[ColumnElement[bool]]:
    """The lines whose Tình trạng is ``state``, as :func:`domain.registers.incoming_state` says."""
    if state is IncomingState.CANCELLED:
        return [I.cancelled_at.is_not(None)]
    if state is IncomingState.OVERDUE:
        return _overdue(today)
    found = [I.cancelled_at.is_(None), I.handling_status == state.value]
    if state is not IncomingState.DONE:
        found.append(or_(I.deadline.is_(None), I.deadline >= today))
    return found


def _attachment_count(link: Any, table: Any) -> ScalarSelect[int]:
    """How many files each document of ``table`` has (``link``: its attachment links)."""
    return (
        select(func.count()).where(link.document_id == table.id).correlate(table).scalar_subquery()
    )


def _read_rows(
    factory: SessionFactory,
    keys: Sequence[int],
    query: Select[Any],
    build: Callable[[Session, Sequence[Row[Any]]], list[R]],
) -> list[R]:
    """The records of ``keys`` in their order, leaving out any no longer there.

    ``query`` reads the columns of the documents of ``keys``; ``build`` makes the records of
    the rows it returned, inside the same session.
    """
    if not keys:
        return []
    with factory() as session:
        rows = session.execute(query).all()
        by_id = {record.id: record for record in build(session, rows)}
    return [by_id[key] for key in keys if key in by_id]


class Rows(Generic[T]):
    """The records of ``keys`` in their order: counted at once, read a thousand at a time."""

    def __init__(self, keys: list[int], rows_of: Callable[[Sequence[int]], list[T]]) -> None:
        self.keys, self._rows_of = keys, rows_of

    def __len__(self) -> int:
        return len(self.keys)

    def __iter__(self) -> Iterator[T]:
        for start in range(0, len(self.keys), 1000):
            yield from self._rows_of(self.keys[start : start + 1000])


_INCOMING_FIELDS = (
    I.id,
    I.book_id,
    I.arrival_number,
    I.arrival_number_text,
    I.arrival_date,
    I.issuer,
    I.symbol,
    I.doc_date,
    I.type_code,
    I.subject,
    I.signer,
    I.urgency,
    I.secrecy,
    I.page_count,
    I.recipients,
    I.transfer_date,
    I.deadline,
    I.instruction,
    I.notes,
    I.handling_status,
    I.cancelled_at,
    I.cancel_reason,
    I.version,
)
"""What an :class:`IncomingRecord` is made of: plain columns, read as tuples, not as objects
(building an ORM object per row took most of the time of reading a register)."""

_OUTGOING_FIELDS = (
    O.id,
    O.book_id,
    O.number,
    O.number_text,
    O.symbol,
    O.type_code,
    O.issue_date,
    O.subject,
    O.signer_name,
    O.signer_position,
    O.recipients,
    O.file_copy_holder,
    O.copies,
    O.transfer_date,
    O.urgency,
    O.secrecy,
    O.notes,
    O.cancelled_at,
    O.cancel_reason,
    O.version,
)
"""What an :class:`OutgoingRecord` is made of, read as tuples."""


def _incoming_select() -> Select[Any]:
    attachments = _attachment_count(IncomingAttachment, I)
    return select(
        *_INCOMING_FIELDS, RegisterBook.name.label("book_name"), attachments.label("attachments")
    ).join(RegisterBook, RegisterBook.id == I.book_id)


def incoming_record(
    doc: IncomingDocument | Row[Any], book_name: str, attachments: int
) -> IncomingRecord:
    """The frozen record of a stored incoming row (an object, or a row of its columns)."""
    return IncomingRecord(
        id=doc.id,
        book_id=doc.book_id,
        book_name=book_name,
        arrival_number=doc.arrival_number,
        arrival_number_text=doc.arrival_number_text,
        arrival_date=doc.arrival_date,
        issuer=doc.issuer,
        symbol=doc.symbol,
        doc_date=doc.doc_date,
        type_code=doc.type_code,
        subject=doc.subject,
        signer=doc.signer,
        urgency=Urgency(doc.urgency),
        secrecy=Secrecy(doc.secrecy),
        page_count=doc.page_count,
        recipients=doc.recipients,
        transfer_date=doc.transfer_date,
        deadline=doc.deadline,
        instruction=doc.instruction,
        notes=doc.notes,
        handling_status=HandlingStatus(doc.handling_status),
        cancelled=doc.cancelled_at is not None,
        cancel_reason=doc.cancel_reason,
        version=doc.version,
        attachment_count=attachments,
    )


def outgoing_record(
    doc: OutgoingDocument | Row[Any], answers: tuple[int, ...], attachments: int
) -> OutgoingRecord:
    """The frozen record of a stored outgoing row (an object, or a row of its columns)."""
    return OutgoingRecord(
        id=doc.id,
        book_id=doc.book_id,
        number=doc.number,
        number_text=doc.number_text,
        symbol=doc.symbol,
        type_code=doc.type_code,
        issue_date=doc.issue_date,
        subject=doc.subject,
        signer_name=doc.signer_name,
        signer_position=doc.signer_position,
        recipients=doc.recipients,
        file_copy_holder=doc.file_copy_holder,
        copies=doc.copies,
        transfer_date=doc.transfer_date,
        urgency=Urgency(doc.urgency),
        secrecy=Secrecy(doc.secrecy),
        notes=doc.notes,
        cancelled=doc.cancelled_at is not None,
        cancel_reason=doc.cancel_reason,
        version=doc.version,
        answers=answers,
        attachment_count=attachments,
    )


def incoming_rows(factory: SessionFactory, keys: Sequence[int]) -> list[IncomingRecord]:
    """The records of ``keys`` (a block of a list), in the same order."""

    def build(_session: Session, rows: Sequence[Row[Any]]) -> list[IncomingRecord]:
        return [incoming_record(row, row.book_name, int(row.attachments or 0)) for row in rows]

    return _read_rows(factory, keys, _incoming_select().where(I.id.in_(list(keys))), build)


def _outgoing_conditions(where: OutgoingFilter) -> list[ColumnElement[bool]]:
    """What only the outgoing register filters: the type, and the cancelled lines apart."""
    found: list[ColumnElement[bool]] = []
    if where.type_code == CONG_VAN.code:
        found.append(O.type_code.in_(("", CONG_VAN.code)))  # state style: a công văn has no code
    elif where.type_code is not None:
        found.append(O.type_code == where.type_code)
    if where.cancelled is not None:
        found.append(O.cancelled_at.is_not(None) if where.cancelled else O.cancelled_at.is_(None))
    return found


def outgoing_rows(factory: SessionFactory, keys: Sequence[int]) -> list[OutgoingRecord]:
    """The outgoing records of ``keys``, in the same order, with what each answers."""
    attachments = _attachment_count(OutgoingAttachment, O)
    query = select(*_OUTGOING_FIELDS, attachments.label("attachments")).where(O.id.in_(list(keys)))

    def build(session: Session, rows: Sequence[Row[Any]]) -> list[OutgoingRecord]:
        answers: dict[int, list[int]] = {}
        for outgoing_id, incoming_id in session.execute(
            select(OutgoingAnswer.outgoing_id, OutgoingAnswer.incoming_id).where(
                OutgoingAnswer.outgoing_id.in_(list(keys))
            )
        ):
            answers.setdefault(outgoing_id, []).append(incoming_id)
        return [
            outgoing_record(row, tuple(sorted(answers.get(row.id, []))), int(row.attachments or 0))
            for row in rows
        ]

    return _read_rows(factory, keys, query, build)


@dataclass(frozen=True, slots=True)
class Register(Generic[W, C, R]):
    """One register's lists: what sets it apart, and the reading both registers share.

    The dates, the cancelled and secret lines and the words filter both alike
    (:func:`_shared_conditions`); ``conditions`` adds the filters of this register alone.
    """

    kind: BookKind
    table: Any
    day: Any
    """The date the year and date filters read: ngày đến, or the outgoing ngày tháng."""
    order: Mapping[C, tuple[Any, ...]]
    """The database's order for each column a clerk can sort by."""
    own_order: C
    """The register's own order (by date, then number), used when none is asked."""
    conditions: Callable[[W], list[ColumnElement[bool]]]
    rows: Callable[[SessionFactory, Sequence[int]], list[R]]
    """The records of a block of keys, in its order."""

    def keys(
        self,
        factory: SessionFactory,
        actor: Actor,
        where: W,
        column: C | None = None,
        descending: bool = True,
    ) -> list[int]:
        """Ids of the documents that pass the filter, in the order asked (newest first by default).

        Args:
            factory: The database.
            actor: Who reads: a viewer never gets secret lines.
            where: The filter set above the register.
            column: The column sorted by; None for the register's own order.
            descending: Newest (or last) first.

        Returns:
            The ids, in order.
        """
        columns = self.order[self.own_order if column is None else column]
        with factory() as session:
            dialect = session.get_bind().dialect.name
            conditions = _shared_conditions(self.table, self.day, where, actor, dialect)
            query = (
                select(self.table.id)
                .where(*conditions, *self.conditions(where))
                .order_by(*sort_terms(columns, descending, dialect))
            )
            return _ids(session, query)

    def iterate(
        self,
        factory: SessionFactory,
        actor: Actor,
        where: W,
        column: C | None = None,
        descending: bool = False,
    ) -> Rows[R]:
        """Every matching record, in blocks (for prints and exports of a whole register)."""
        keys = self.keys(factory, actor, where, column, descending)
        return Rows(keys, lambda block: self.rows(factory, block))

    def years(self, factory: SessionFactory) -> list[int]:
        """Years that have a book of this register, newest first (for the year filter)."""
        query = select(RegisterBook.year).where(RegisterBook.kind == self.kind.value)
        with factory() as session:
            return sorted(set(session.scalars(query)), reverse=True)


INCOMING: Register[IncomingFilter, IncomingColumn, IncomingRecord] = Register(
    BookKind.INCOMING,
    I,
    I.arrival_date,
    _INCOMING_ORDER,
    IncomingColumn.ARRIVAL,
    _incoming_conditions,
    incoming_rows,
)
"""The Sổ đăng ký văn bản đến."""

OUTGOING: Register[OutgoingFilter, OutgoingColumn, OutgoingRecord] = Register(
    BookKind.OUTGOING,
    O,
    O.issue_date,
    _OUTGOING_ORDER,
    OutgoingColumn.ISSUE,
    _outgoing_conditions,
    outgoing_rows,
)
"""The Sổ đăng ký văn bản đi."""

incoming_keys = INCOMING.keys
"""Ids of the incoming documents that pass the filter, in order (newest first by default)."""
iter_incoming = INCOMING.iterate
"""Every matching incoming record, in blocks (for prints and exports)."""
incoming_years = INCOMING.years
"""Years that have incoming documents, newest first (for the year filter)."""
outgoing_keys = OUTGOING.keys
"""Ids of the outgoing documents that pass the filter, in order."""
iter_outgoing = OUTGOING.iterate
"""Every matching outgoing record, in blocks."""
outgoing_years = OUTGOING.years
"""Years that have outgoing documents, newest first."""
