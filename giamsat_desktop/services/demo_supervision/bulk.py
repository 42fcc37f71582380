"""Bulk inserts of the large demo office: rows bound as SQLAlchemy binds them, written at once.

The large office's sessions and recommendations go in through the driver's executemany,
with ids taken ahead (so that rows can name each other before they are written) and each
moment of the office's morning a second apart, so that a history reads in order.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session


class Writer:
    """Rows of one table, given as lists, written by the driver's executemany.

    Each value is bound as SQLAlchemy binds it (the column type's processor for the
    engine), so the rows read back as any other; SQLAlchemy's per-row bookkeeping is left
    out, as the demo tasks do.
    """

    def __init__(self, session: Session, table: Table, columns: tuple[str, ...]) -> None:
        self.connection = session.connection()
        dialect = self.connection.dialect
        quote = dialect.identifier_preparer.quote
        self.processors = [
            (position, cache(processor))
            for position, name in enumerate(columns)
            if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
        ]
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        self.sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in columns)}) "
            f"VALUES ({', '.join([mark] * len(columns))})"
        )
        self.rows: list[list[Any]] = []

    def add(self, row: list[Any]) -> None:
        """Keep ``row`` (in the order of the columns) to write."""
        self.rows.append(row)

    def write(self) -> None:
        """Insert the rows kept and forget them."""
        if not self.rows:
            return
        for row in self.rows:
            for position, processor in self.processors:
                row[position] = processor(row[position])
        self.connection.exec_driver_sql(self.sql, [tuple(row) for row in self.rows])
        self.rows.clear()


def moment(on: dt.date, step: int) -> dt.datetime:
    """A moment of the office's morning on ``on``, in UTC, a second apart for each step."""
    return dt.datetime(on.year, on.month, on.day, 1, 30, min(step, 59), tzinfo=dt.UTC)


def next_id(session: Session, model: Any) -> int:
    """The first id free in ``model``'s table."""
    return int(session.scalar(select(func.max(model.id))) or 0) + 1


def follow_sequences(session: Session, models: tuple[Any, ...]) -> None:
    """On PostgreSQL, move each table's id sequence past the ids written by hand."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in models:
        table = model.__tablename__
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        )
