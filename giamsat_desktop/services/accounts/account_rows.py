"""The rows of ``users`` as the account services read, lock and log them.

An account's record (never its password hash), what the change log keeps of it, the lookup
by user name (compared as the clerk sees it), and the locks a change takes: the account
itself, or it with every active administrator, so that the last one is never demoted.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import User
from giamsat_desktop.domain.accounts import Actor, Role, UserRecord
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    PermissionDeniedError,
)
from giamsat_desktop.domain.text import normalize_line


def record_of(row: User) -> UserRecord:
    """The account as the accounts page lists it (never its password hash)."""
    return UserRecord(
        id=row.id,
        username=row.username,
        full_name=row.full_name,
        role=Role(row.role),
        active=row.active,
        version=row.version,
        sees_reporters=row.sees_reporters,
    )


def audit_fields(row: User) -> dict[str, Any]:
    """What the audit log keeps of an account: never anything from ``password_hash``."""
    return {
        "username": row.username,
        "full_name": row.full_name,
        "role": row.role,
        "active": row.active,
        "sees_reporters": row.sees_reporters,
    }


def name_key(username: str) -> str:
    """How user names are compared: NFC, trimmed, spaces collapsed, without case."""
    return normalize_line(username or "").casefold()


def find_account(session: Session, username: str) -> User | None:
    """The account of a user name typed in any case; an exact spelling wins."""
    key = name_key(username)
    if not key:
        return None
    # An office has a handful of accounts: compare in Python, the same on both engines
    # (SQLite's lower() knows only ASCII, and "Đ" must match "đ").
    rows = [row for row in session.scalars(select(User).order_by(User.id)) if row.username]
    exact = normalize_line(username)
    matches = [row for row in rows if row.username == exact] or [
        row for row in rows if row.username.casefold() == key
    ]
    return matches[0] if matches else None


def locked(session: Session, user_id: int) -> User:
    """The account, locked for the change at hand.

    Raises:
        NotFoundError: no such account.
    """
    row = session.scalars(select(User).where(User.id == user_id).with_for_update()).one_or_none()
    if row is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what="user", id=user_id)
    return row


def require_admin(session: Session, actor: Actor) -> None:
    """Refuse account management to anyone but an administrator whose account still is one.

    An account demoted or deactivated on another PC loses the right at once, not at its next
    sign-in. The program's own work (``SYSTEM``, no account) is allowed.
    """
    if not actor.role.can_manage_accounts:
        raise PermissionDeniedError(ErrorCode.NOT_ALLOWED, user=actor.user_name)
    own = find_account(session, actor.user_name)
    if own is not None and not (own.active and own.role == Role.ADMIN.value):
        raise PermissionDeniedError(ErrorCode.NOT_ALLOWED, user=actor.user_name)


def load_for_change(session: Session, user_id: int, version: int) -> tuple[User, int]:
    """The account, locked with every active administrator (in id order: no deadlock).

    Returns the row and how many other active administrators there are, so that the last
    one is never demoted or deactivated, even by two administrators at the same moment.
    """
    rows = session.scalars(
        select(User)
        .where(or_(User.id == user_id, and_(User.role == Role.ADMIN.value, User.active.is_(True))))
        .order_by(User.id)
        .with_for_update()
    ).all()
    row = next((r for r in rows if r.id == user_id), None)
    if row is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what="user", id=user_id)
    if row.version != version:
        raise ConflictError(ErrorCode.STALE_EDIT, what="user")
    others = sum(1 for r in rows if r.id != user_id and r.active and r.role == Role.ADMIN.value)
    return row, others
