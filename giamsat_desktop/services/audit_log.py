"""Reading the audit log: browsing it, and checking its hash chain against a known head.

The head (how many entries, the last hash) is also kept outside the database, in the
settings and in every backup manifest, so that an edited entry or a cut-off tail made
outside the program shows. This is evidence against casual tampering, not proof against
someone who controls the PC: they could rewrite the chain and the settings together.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import AuditEntry
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.audit import entry_hash


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One entry of the log, as the audit page shows it."""

    id: int
    at: dt.datetime
    user_name: str
    action: str
    entity: str
    entity_id: int | None
    changes: dict[str, list[Any]]


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """What checking the chain found."""

    count: int
    last_hash: str
    first_broken_id: int | None
    """The first entry whose hash does not follow from the one before (None: all sound)."""
    head_problem: str = ""
    """``cut`` (entries missing at the end), ``changed`` (the known head differs), or ``""``."""

    @property
    def sound(self) -> bool:
        """Nothing found wrong."""
        return self.first_broken_id is None and not self.head_problem

    @property
    def head(self) -> dict[str, Any]:
        """The head to keep outside the database."""
        return {"count": self.count, "last_hash": self.last_hash}


def check_chain(factory: SessionFactory, known_head: dict[str, Any] | None = None) -> ChainCheck:
    """Recompute every hash in order; compare the end with a head kept elsewhere."""
    previous = ""
    count = 0
    broken: int | None = None
    hashes: list[str] = []
    query = select(
        AuditEntry.id,
        AuditEntry.at,
        AuditEntry.user_name,
        AuditEntry.action,
        AuditEntry.entity,
        AuditEntry.entity_id,
        AuditEntry.changes,
        AuditEntry.prev_hash,
        AuditEntry.hash,
    ).order_by(AuditEntry.id)
    with factory() as session:
        for row in session.execute(query):
            count += 1
            expected = entry_hash(
                previous,
                row.at,
                row.user_name,
                row.action,
                row.entity,
                row.entity_id,
                row.changes,
            )
            if broken is None and (row.prev_hash != previous or row.hash != expected):
                broken = row.id
            previous = row.hash
            hashes.append(row.hash)
    problem = ""
    if known_head:
        known_count = int(known_head.get("count", 0))
        known_hash = str(known_head.get("last_hash", ""))
        if count < known_count:
            problem = "cut"
        elif known_count and hashes[known_count - 1] != known_hash:
            problem = "changed"
    return ChainCheck(count, previous, broken, problem)


def list_entries(
    factory: SessionFactory,
    *,
    text: str = "",
    entity: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int = 5000,
) -> list[AuditRecord]:
    """The newest entries first, narrowed by words (user, action, values), kind and dates."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc())
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if date_from is not None:
        query = query.where(AuditEntry.at >= dt.datetime.combine(date_from, dt.time(), dt.UTC))
    if date_to is not None:
        end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time(), dt.UTC)
        query = query.where(AuditEntry.at < end)
    words = fold(text).split()
    found: list[AuditRecord] = []
    with factory() as session:
        for row in session.scalars(query.limit(limit * 4 if words else limit)):
            if words:
                haystack = fold(f"{row.user_name} {row.action} {row.entity} {row.changes}")
                if not all(word in haystack for word in words):
                    continue
            found.append(_record(row))
            if len(found) >= limit:
                break
    return found


def _record(row: AuditEntry) -> AuditRecord:
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


def entities(factory: SessionFactory) -> Sequence[str]:
    """Kinds of records that have entries (for the filter)."""
    with factory() as session:
        return sorted(set(session.scalars(select(AuditEntry.entity).distinct())))
