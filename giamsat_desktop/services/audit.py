"""The audit log: every change, who made it, old → new, chained by hash.

Each entry's hash covers the previous entry's hash, so an entry edited or removed
outside the program breaks the chain where it happened.

The chain must stay one line: two writers that both read the same last hash would fork
it. On SQLite a write transaction holds the file; on PostgreSQL a transaction-level
advisory lock, taken before the last hash is read, makes writers take turns until commit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.models import AuditEntry
from giamsat_desktop.domain.accounts import Actor

AUDIT_CHAIN_LOCK = 0x6769_0002
"""Advisory lock key of the chain; taken after the numbering lock, never before it."""


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def diff(old: dict[str, Any] | None, new: dict[str, Any] | None) -> dict[str, list[Any]]:
    """Fields whose value differs, as ``{field: [old, new]}``."""
    old = old or {}
    new = new or {}
    changed: dict[str, list[Any]] = {}
    for key in sorted(set(old) | set(new)):
        before, after = _plain(old.get(key)), _plain(new.get(key))
        if before != after:
            changed[key] = [before, after]
    return changed


def entry_hash(
    prev_hash: str,
    at: dt.datetime,
    user: str,
    action: str,
    entity: str,
    entity_id: int | None,
    changes: str,
) -> str:
    """SHA-256 over the previous hash and this entry's content."""
    payload = json.dumps(
        [prev_hash, at.astimezone(dt.UTC).isoformat(), user, action, entity, entity_id, changes],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
) -> None:
    """Add one entry to the log inside the caller's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(AUDIT_CHAIN_LOCK)))
    prev_hash = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    prev_hash = prev_hash or ""
    at = utc_now().replace(microsecond=0)
    changes = json.dumps(diff(old, new), ensure_ascii=False, sort_keys=True)
    session.add(
        AuditEntry(
            at=at,
            user_name=actor.user_name,
            action=action,
            entity=entity,
            entity_id=entity_id,
            changes=changes,
            prev_hash=prev_hash,
            hash=entry_hash(prev_hash, at, actor.user_name, action, entity, entity_id, changes),
        )
    )
