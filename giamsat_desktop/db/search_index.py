"""Keeping the registers' search index in step with bulk inserts.

On SQLite each inserted document is indexed by a trigger; for thousands of rows at once
(an Excel import, demo data) :func:`indexed_at_the_end` pauses that trigger for the
transaction and indexes the new rows in one statement, a tenth of the time. PostgreSQL
indexes the folded column itself and needs nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

SEARCH_INDEXES = {
    "incoming_documents": "incoming_search",
    "outgoing_documents": "outgoing_search",
    "tasks": "tasks_search",
    "supervision_sessions": "sessions_search",
    "recommendations": "recommendations_search",
    "criticism_sessions": "criticism_search",
    "dialogues": "dialogues_search",
    "conduct_sessions": "conduct_search",
    "citizen_reports": "citizen_reports_search",
}
"""The FTS5 index of each searchable table (migrations 0002, 0009, 0011, 0012, 0013 and 0015)."""


@contextmanager
def indexed_at_the_end(session: Session, table: str) -> Iterator[None]:
    """Rows inserted into ``table`` inside the block are indexed for search when it ends.

    Must run inside the write transaction that inserts them: the pause is a row of that
    same transaction, so no other connection sees it, and if the block fails the rollback
    takes the pause away with the rows (nothing is indexed, nothing needs to be).
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    index = SEARCH_INDEXES[table]
    before = session.execute(text(f"SELECT COALESCE(MAX(id), 0) FROM {table}")).scalar_one()
    session.execute(
        text("INSERT INTO search_index_paused (search_index) VALUES (:index)"), {"index": index}
    )
    yield
    session.flush()
    session.execute(
        text(
            f"INSERT INTO {index} (rowid, search_text) "
            f"SELECT id, search_text FROM {table} WHERE id > :before"
        ),
        {"before": before},
    )
    session.execute(
        text("DELETE FROM search_index_paused WHERE search_index = :index"), {"index": index}
    )
