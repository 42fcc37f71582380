"""What the lazy lists share: the sort with empty values in one place, the keys read fast.

A list page reads the keys of every row its filter lets through, in order, then the rows of
the block it shows (the registers, tasks, sessions, recommendations).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session


def sort_terms(columns: Iterable[Any], descending: bool, dialect: str) -> list[Any]:
    """The sort, with empty values where SQLite puts them: first going up, last going down.

    PostgreSQL puts NULL last going up; only nullable columns get an explicit place, so
    the others still match their indexes.
    """
    order = []
    for column in columns:
        term = column.desc() if descending else column.asc()
        if dialect != "sqlite" and column.expression.nullable:
            term = term.nulls_last() if descending else term.nulls_first()
        order.append(term)
    return order


def fetch_keys(session: Session, query: Select[Any]) -> list[int]:
    """The first column of every row of ``query``, read in one go from the cursor.

    The driver's rows are taken as they come, without building a result row each: the
    keys of 300,000 tasks in a fraction of the time.
    """
    result = session.connection().execute(query)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()
