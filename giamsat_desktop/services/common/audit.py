"""The audit log: every change, who made it, old → new, chained by hash.

Each entry's hash covers the previous entry's hash, so an entry edited or removed
outside the program breaks the chain where it happened.

The chain must stay one line: two writers that both read the same last hash would fork
it. On SQLite a write transaction holds the file; on PostgreSQL a transaction-level
advisory lock, taken before the last hash is read, makes writers take turns until commit.

The chain's end (count, last hash) is kept in ``audit_head``, updated with each entry in
the same transaction and under the same lock, so a tail cut off outside the program shows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.models import AuditEntry, AuditHead
from giamsat_desktop.domain.accounts import Actor

AUDIT_CHAIN_LOCK = 0x6769_0002
"""Advisory lock key of the chain; taken after the numbering lock, never before it."""
HEAD_ROW = 1
"""The id of the one row of ``audit_head``."""


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
    """Add one entry to the log, and move the chain's head, inside the caller's transaction.

    The head row is made with the first entry; a log with entries but no head row was
    tampered with, and the row is not made again there, so a check keeps saying so.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(AUDIT_CHAIN_LOCK)))
    # Read afresh (the session keeps objects across commits), after flushing this one's.
    head = session.scalar(
        select(AuditHead).where(AuditHead.id == HEAD_ROW).execution_options(populate_existing=True)
    )
    if head is not None:
        prev_hash = head.last_hash  # an entry cut off behind it leaves the next one unlinked
    else:
        last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
        prev_hash = last or ""
    at = utc_now().replace(microsecond=0)
    changes = json.dumps(diff(old, new), ensure_ascii=False, sort_keys=True)
    new_hash = entry_hash(prev_hash, at, actor.user_name, action, entity, entity_id, changes)
    session.add(
        AuditEntry(
            at=at,
            user_name=actor.user_name,
            action=action,
            entity=entity,
            entity_id=entity_id,
            changes=changes,
            prev_hash=prev_hash,
            hash=new_hash,
        )
    )
    if head is None and not prev_hash:
        head = AuditHead(id=HEAD_ROW, count=0, last_hash="")
        session.add(head)
    if head is not None:
        head.count += 1
        head.last_hash = new_hash
