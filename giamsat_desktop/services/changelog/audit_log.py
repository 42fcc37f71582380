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

from sqlalchemy import Select, select

from giamsat_desktop.config import Settings
from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import AuditEntry, AuditHead, Office
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.common.audit import HEAD_ROW, entry_hash

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
    last_id: int | None = None
    """The id of the last entry: where the next check of new entries starts."""
    rehashed: int = 0
    """How many entries this check hashed again (all of them, or the new ones)."""

    @property
    def sound(self) -> bool:
        """Nothing found wrong."""
        return self.first_broken_id is None and not self.head_problem

    @property
    def head(self) -> dict[str, Any]:
        """The head to keep outside the database."""
        return {"count": self.count, "last_hash": self.last_hash, "last_id": self.last_id}


_ENTRIES = select(
    AuditEntry.id,
    AuditEntry.at,
    AuditEntry.user_name,
    AuditEntry.action,
    AuditEntry.entity,
    AuditEntry.entity_id,
    AuditEntry.changes,
    AuditEntry.prev_hash,
    AuditEntry.hash,
)


def _rehash(previous: str, row: Any) -> str:
    return entry_hash(
        previous, row.at, row.user_name, row.action, row.entity, row.entity_id, row.changes
    )


def check_chain(factory: SessionFactory, known_head: dict[str, Any] | None = None) -> ChainCheck:
    """Recompute every hash in order; compare the end with its head row and a known head.

    The chain is ``cut`` when it is shorter than its head row says, or than ``known_head``
    (the settings' witness), or when the head row is gone while entries or the office
    remain; ``changed`` when the entry at a head's count has another hash.
    """
    previous = ""
    count = 0
    broken: int | None = None
    last_id: int | None = None
    hashes: list[str] = []
    with factory() as session:
        for row in session.execute(_ENTRIES.order_by(AuditEntry.id)):
            count += 1
            if broken is None and (row.prev_hash != previous or row.hash != _rehash(previous, row)):
                broken = row.id
            previous = row.hash
            last_id = row.id
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
    return ChainCheck(count, previous, broken, problem, last_id, count)


def check_new_entries(factory: SessionFactory, known_head: dict[str, Any]) -> ChainCheck:
    """Check only the entries written after a head found sound before (the exit's check).

    The entry at the known head must still be there with its hash, itself unchanged, and
    every entry after it must follow from it up to the head row. Its cost grows with the
    new entries only; an entry edited or removed before the known head is left to the full
    :func:`check_chain` (the audit page, ``giamsat check``). Whenever anything is found
    wrong, or the head has no ``last_id`` (kept by an older version), the answer is the
    full check's, so the clerk is told exactly what the full check would tell.
    """
    last_id = known_head.get("last_id")
    known_count = known_head.get("count")
    known_hash = known_head.get("last_hash")
    if not (isinstance(last_id, int) and isinstance(known_count, int) and known_count > 0):
        return check_chain(factory, known_head)
    with factory() as session:
        anchor = session.execute(_ENTRIES.where(AuditEntry.id == last_id)).first()
        if anchor is None or anchor.hash != known_hash:
            return check_chain(factory, known_head)
        sound = _rehash(anchor.prev_hash, anchor) == anchor.hash
        previous, rehashed, hashes = anchor.hash, 1, [anchor.hash]
        newer = _ENTRIES.where(AuditEntry.id > last_id).order_by(AuditEntry.id)
        for row in session.execute(newer) if sound else ():
            rehashed += 1
            if row.prev_hash != previous or row.hash != _rehash(previous, row):
                sound = False
                break
            previous, last_id = row.hash, row.id
            hashes.append(row.hash)
        stored = session.get(AuditHead, HEAD_ROW)
    count = known_count + len(hashes) - 1
    if not sound or stored is None or _compare_tail(hashes, count, stored) != "":
        return check_chain(factory, known_head)
    return ChainCheck(count, previous, None, "", last_id, rehashed)


def _compare_tail(hashes: list[str], count: int, stored: AuditHead) -> str:
    """:func:`_compare` for a head row, given the chain's last ``len(hashes)`` hashes."""
    first = count - len(hashes) + 1  # the position of hashes[0] in the chain
    if stored.count > count:
        return "cut"
    if stored.count < first or hashes[stored.count - first] != stored.last_hash:
        return "changed"
    return ""


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

    Every command that writes and the window call this once done; with a head kept before,
    only the entries written since are hashed again (:func:`check_new_entries`), so the
    window's exit does not slow down as the log grows. A chain found unsound keeps the head
    the settings had, so the next check still shows what happened; after
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
    known = None if replaced else known_head(location, settings)
    check = check_new_entries(factory, known) if known else check_chain(factory, known)
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
    query = narrowed(select(AuditEntry), entity, date_from, date_to)
    words = fold(text).split()
    found: list[AuditRecord] = []
    with factory() as session:
        query = query.order_by(AuditEntry.id.desc()).limit(limit * 4 if words else limit)
        for row in session.scalars(query):
            if words and not matches(row, words):
                continue
            found.append(record_of(row))
            if len(found) >= limit:
                break
    return found


def narrowed(
    query: Select[Any], entity: str | None, date_from: dt.date | None, date_to: dt.date | None
) -> Select[Any]:
    """``query`` limited to one kind of record and to days (UTC), where given."""
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if date_from is not None:
        query = query.where(AuditEntry.at >= dt.datetime.combine(date_from, dt.time(), dt.UTC))
    if date_to is not None:
        end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time(), dt.UTC)
        query = query.where(AuditEntry.at < end)
    return query


def matches(row: Any, words: Sequence[str]) -> bool:
    """Whether every folded word appears in the entry's user, action, kind or changes."""
    haystack = fold(f"{row.user_name} {row.action} {row.entity} {row.changes}")
    return all(word in haystack for word in words)


def record_of(row: Any) -> AuditRecord:
    """An entry (a mapped row or a selected one with the same columns) as a record."""
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
