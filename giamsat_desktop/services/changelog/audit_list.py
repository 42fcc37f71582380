"""The audit log as a long list: the keys of the entries wanted, then their rows in blocks.

As for the registers, the change-log page asks once for the ids of the entries that
match, newest first, then for blocks of entries as the clerk scrolls, so a search looks
through every entry ever written, not only the newest ones, and the page stays small.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, select

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import AuditEntry
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.changelog.audit_log import AuditRecord

SCAN_BATCH = 2000
"""Entries read at a time when words are searched (the folding is done in Python)."""


def _where(
    query: Select[Any], entity: str | None, date_from: dt.date | None, date_to: dt.date | None
) -> Select[Any]:
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if date_from is not None:
        query = query.where(AuditEntry.at >= dt.datetime.combine(date_from, dt.time(), dt.UTC))
    if date_to is not None:
        end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time(), dt.UTC)
        query = query.where(AuditEntry.at < end)
    return query


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
            query = _where(select(AuditEntry.id), entity, date_from, date_to)
            return list(session.scalars(query.order_by(AuditEntry.id.desc())))
        query = _where(
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
        found: list[int] = []
        rows = session.execute(query.execution_options(yield_per=SCAN_BATCH))
        for row in rows:
            haystack = fold(f"{row.user_name} {row.action} {row.entity} {row.changes}")
            if all(word in haystack for word in words):
                found.append(row.id)
        return found


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
        by_id = {row.id: _record(row) for row in session.execute(query)}
    return [by_id[key] for key in keys if key in by_id]


def _record(row: Any) -> AuditRecord:
    try:
        changes = json.loads(row.changes)
    except ValueError:
        changes = {}
    return AuditRecord(
        id=row.id,
        at=row.at,
        user_name=row.user_name,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        changes=changes if isinstance(changes, dict) else {},
    )
