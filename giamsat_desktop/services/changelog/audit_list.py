"""The audit log as a long list: the keys of the entries wanted, then their rows in blocks.

As for the registers, the change-log page asks once for the ids of the entries that
match, newest first, then for blocks of entries as the clerk scrolls, so a search looks
through every entry ever written, not only the newest ones, and the page stays small.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import AuditEntry
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.changelog.audit_log import (
    AuditRecord,
    matches,
    narrowed,
    record_of,
)

SCAN_BATCH = 2000
"""Entries read at a time when words are searched (the folding is done in Python)."""


def audit_keys(
    factory: SessionFactory,
    *,
    text: str = "",
    entity: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> list[int]:
    """Ids of the entries wanted, newest first, among every entry of the log.

    Args:
        factory: Sessions of the database.
        text: Words that must all appear (accents and case aside) in the entry's user,
            action, kind of record or changes.
        entity: Only entries about this kind of record.
        date_from: Only entries written on or after this day (UTC).
        date_to: Only entries written on or before this day (UTC).

    Returns:
        The ids, newest first.
    """
    words = fold(text).split()
    with factory() as session:
        if not words:
            query = narrowed(select(AuditEntry.id), entity, date_from, date_to)
            return list(session.scalars(query.order_by(AuditEntry.id.desc())))
        query = narrowed(
            select(
                AuditEntry.id,
                AuditEntry.user_name,
                AuditEntry.action,
                AuditEntry.entity,
                AuditEntry.changes,
            ),
            entity,
            date_from,
            date_to,
        ).order_by(AuditEntry.id.desc())
        rows = session.execute(query.execution_options(yield_per=SCAN_BATCH))
        return [row.id for row in rows if matches(row, words)]


def audit_rows(factory: SessionFactory, keys: Sequence[int]) -> list[AuditRecord]:
    """The entries of ``keys`` (a block of a few hundred), in the order of ``keys``."""
    if not keys:
        return []
    query = select(
        AuditEntry.id,
        AuditEntry.at,
        AuditEntry.user_name,
        AuditEntry.action,
        AuditEntry.entity,
        AuditEntry.entity_id,
        AuditEntry.changes,
    ).where(AuditEntry.id.in_(list(keys)))
    with factory() as session:
        by_id = {row.id: record_of(row) for row in session.execute(query)}
    return [by_id[key] for key in keys if key in by_id]
