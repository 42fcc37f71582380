"""Reading the audit log: browsing it, and checking its hash chain against a known head.

The head (how many entries, the last hash) is kept in the database's ``audit_head`` row,
moved with every entry, and also outside the database, in the settings (by every command
that writes and by the window) and in every backup manifest, so that an edited entry or
a cut-off tail made outside the program shows. This is evidence against casual
tampering, not proof against someone who controls the PC: they could rewrite the chain,
its head row and the settings together.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from giamsat_desktop.config import Settings
from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import AuditEntry, AuditHead, Office
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.audit import HEAD_ROW, entry_hash

AUDIT_HEADS = "audit_heads"
"""Settings key: per database location, the audit chain's head last seen by the program."""


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
    """Recompute every hash in order; compare the end with its head row and a known head.

    The chain is ``cut`` when it is shorter than its head row says, or than ``known_head``
    (the settings' witness), or when the head row is gone while entries or the office
    remain; ``changed`` when the entry at a head's count has another hash.
    """
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
        stored = session.get(AuditHead, HEAD_ROW)
        office_set_up = session.scalar(select(Office.id).limit(1)) is not None
    problem = ""
    if stored is None:
        # Setting up the office writes the first entries, and with them the head row.
        if count or office_set_up:
            problem = "cut"
    else:
        problem = _compare(hashes, stored.count, stored.last_hash)
    if not problem and known_head:
        problem = _compare(
            hashes, int(known_head.get("count", 0)), str(known_head.get("last_hash", ""))
        )
    return ChainCheck(count, previous, broken, problem)


def _compare(hashes: list[str], known_count: int, known_hash: str) -> str:
    """``cut`` when the chain is shorter than a head, ``changed`` when it differs there."""
    if len(hashes) < known_count:
        return "cut"
    if known_count and hashes[known_count - 1] != known_hash:
        return "changed"
    return ""


def known_head(location: str, settings: Settings | None = None) -> dict[str, Any] | None:
    """The head the settings file keeps for a database location, if any."""
    settings = settings if settings is not None else Settings.load()
    heads = settings.extra.get(AUDIT_HEADS)
    known = heads.get(location) if isinstance(heads, dict) else None
    return known if isinstance(known, dict) else None


def remember_head(
    factory: SessionFactory,
    location: str,
    *,
    settings: Settings | None = None,
    replaced: bool = False,
) -> ChainCheck:
    """Keep a database's chain head in the settings file, the second witness of its end.

    Every command that writes and the window call this once done. A chain found unsound
    keeps the head the settings had, so the next check still shows what happened; after
    a restore (``replaced``) the restored chain's head is kept whatever the old one was.

    Args:
        factory: Sessions of the database.
        location: The database's location as shown (``Database.location``), the key.
        settings: The settings held by the caller (the window's); loaded afresh if None.
        replaced: The database was just replaced by a restore.

    Returns:
        What checking the chain found.
    """
    settings = settings if settings is not None else Settings.load()
    check = check_chain(factory, None if replaced else known_head(location, settings))
    if replaced or check.sound:
        heads = settings.extra.get(AUDIT_HEADS)
        heads = dict(heads) if isinstance(heads, dict) else {}
        heads[location] = check.head
        settings.extra[AUDIT_HEADS] = heads
        with contextlib.suppress(OSError):  # the database's own head row still witnesses
            settings.save()
    return check


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
