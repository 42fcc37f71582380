"""Accounts: sign-in, roles, passwords and the administrator's recovery code.

Roles: an administrator manages the accounts, a clerk (văn thư) keeps the registers, a viewer
only reads (services refuse its changes; secret documents are hidden from it).

Passwords, recovery codes and what ``users.password_hash`` holds are in
:mod:`account_secrets`; the slowdown after failed attempts is in :mod:`sign_in_slowdown`; how
an account's row is read, locked and logged in :mod:`account_rows`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import User
from giamsat_desktop.domain.accounts import SYSTEM, Actor, Role, UserRecord
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.services.accounts.account_rows import (
    audit_fields,
    find_account,
    load_for_change,
    locked,
    name_key,
    record_of,
    require_admin,
)
from giamsat_desktop.services.accounts.secrets import (
    StoredSecrets,
    canonical_recovery_code,
    dummy_hash,
    hash_password,
    new_recovery_code,
    require_strong_password,
    verify_or_waste,
)
from giamsat_desktop.services.accounts.sign_in_slowdown import (
    check_not_throttled,
    check_unknown_name,
    count_unknown_name,
    database_key,
    write_failures,
)
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import single_line

AUTOMATIC_NAME = "Văn thư"
"""Who works in an office that has made no account yet."""

USERNAME_LIMIT = 100
FULL_NAME_LIMIT = 200


# ---------------------------------------------------------------------------------------------
# reading accounts


@dataclass(frozen=True, slots=True)
class _Account:
    record: UserRecord
    secrets: StoredSecrets


def accounts_exist(factory: SessionFactory) -> int:
    """How many active accounts there are (more than one: the login dialog is needed)."""
    with factory() as session:
        return len(session.scalars(select(User.id).where(User.active.is_(True))).all())


def list_users(factory: SessionFactory) -> list[UserRecord]:
    """Every account, active or not, by user name."""
    with factory() as session:
        rows = session.scalars(select(User)).all()
        return sorted((record_of(row) for row in rows), key=lambda r: (r.username.casefold(), r.id))


def automatic_actor(factory: SessionFactory) -> Actor | None:
    """Who works without a login dialog, or None when the dialog is needed.

    No account yet: the clerk, as ``Văn thư``. Exactly one active account: that account
    (an office of one person keeps its automatic sign-in). More than one: None.
    """
    with factory() as session:
        rows = session.scalars(select(User).where(User.active.is_(True)).limit(2)).all()
        if not rows:
            # The office's one clerk sees who reported (QĐ 124): nobody else signs in.
            return Actor(AUTOMATIC_NAME, Role.CLERK, sees_reporters=True)
        if len(rows) == 1:
            return Actor(rows[0].username, Role(rows[0].role), rows[0].sees_reporters)
        return None


# ---------------------------------------------------------------------------------------------
# signing in


def _attempt(
    factory: SessionFactory,
    username: str,
    check: Callable[[_Account], bool],
    *,
    now: float | None,
    what: str = "password",
) -> _Account:
    """Run ``check`` against an account, with the slowdown; a failure is counted and raised.

    Unknown names and wrong secrets give the same error, after the same work.
    """
    moment = time.time() if now is None else now
    with factory() as session:
        row = find_account(session, username)
        account = (
            None
            if row is None
            else _Account(record_of(row), StoredSecrets.parse(row.password_hash))
        )
    if account is None:
        key = (database_key(factory), name_key(username))
        check_unknown_name(key, moment)
        dummy = dummy_hash()
        check(_Account(UserRecord(0, "", "", Role.VIEWER, False, 0), StoredSecrets(dummy, dummy)))
        count_unknown_name(key, moment)
        raise PermissionDeniedError(ErrorCode.WRONG_PASSWORD, what=what)
    secrets_ = account.secrets
    check_not_throttled(secrets_.failures, secrets_.failed_at, moment)
    if not check(account):
        write_failures(factory, account.record.id, moment, failed=True)
        raise PermissionDeniedError(ErrorCode.WRONG_PASSWORD, what=what)
    return account


def sign_in(
    factory: SessionFactory, username: str, password: str, *, now: float | None = None
) -> Actor:
    """The actor for a user name and password typed in the login dialog.

    Raises:
        PermissionDeniedError: ``WRONG_PASSWORD`` for an unknown name or a wrong password
            (the same words for both); ``TOO_MANY_ATTEMPTS`` with ``seconds`` after three
            failures in a row, waiting 2, 4, 8 … 60 s; ``ACCOUNT_INACTIVE`` for the right
            password of a deactivated account.
    """
    account = _attempt(
        factory, username, lambda a: verify_or_waste(password, a.secrets.password), now=now
    )
    record = account.record
    if not record.active:
        raise PermissionDeniedError(ErrorCode.ACCOUNT_INACTIVE, user=record.username)
    if account.secrets.failures:
        write_failures(factory, record.id, 0, failed=False)
    return Actor(record.username, record.role, record.sees_reporters)


def recover_admin(
    factory: SessionFactory,
    username: str,
    recovery_code: str,
    new_password: str,
    *,
    now: float | None = None,
) -> tuple[UserRecord, str]:
    """Set a forgotten administrator password with the recovery code; a new code is returned.

    The code is used up: the new one must be printed in its place. A wrong code counts as a
    failed sign-in (``WRONG_PASSWORD``, same slowdown).
    """
    require_strong_password(new_password)
    code = canonical_recovery_code(recovery_code)

    def matches(account: _Account) -> bool:
        right = verify_or_waste(code, account.secrets.recovery)
        return right and account.record.role is Role.ADMIN

    account = _attempt(factory, username, matches, now=now, what="recovery_code")
    if not account.record.active:
        raise PermissionDeniedError(ErrorCode.ACCOUNT_INACTIVE, user=account.record.username)
    fresh_code = new_recovery_code()
    fresh = StoredSecrets(hash_password(new_password), hash_password(fresh_code)).stored()
    actor = Actor(account.record.username, Role.ADMIN)
    with unit_of_work(factory) as session:
        row = locked(session, account.record.id)
        if StoredSecrets.parse(row.password_hash).recovery != account.secrets.recovery:
            # The same code used a moment ago (another PC): it is used up.
            raise PermissionDeniedError(ErrorCode.WRONG_PASSWORD, what="recovery_code")
        row.password_hash = fresh
        session.flush()
        audit.record(session, actor, "recover_password", "user", row.id)
        record = record_of(row)
    return record, fresh_code


# ---------------------------------------------------------------------------------------------
# changes


def _clean_username(session: Session, username: str, own_id: int | None = None) -> str:
    name = single_line(username, "username", USERNAME_LIMIT)
    if name.casefold() == SYSTEM.user_name.casefold():
        raise ValidationError(ErrorCode.FIELD_INVALID, field="username", reason=name)
    other = find_account(session, name)
    if other is not None and other.id != own_id:
        raise ConflictError(
            ErrorCode.DUPLICATE_CODE, code=name, name=other.full_name or other.username
        )
    return name


def _clean_role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="role", reason=str(role)) from None


def _insert(
    session: Session,
    actor: Actor | None,
    username: str,
    full_name: str,
    role: Role,
    stored: str,
    sees_reporters: bool = False,
) -> User:
    name = _clean_username(session, username)
    row = User(
        username=name,
        full_name=single_line(full_name, "full_name", FULL_NAME_LIMIT, required=False),
        role=role.value,
        password_hash=stored,
        active=True,
        sees_reporters=bool(sees_reporters) and role is not Role.VIEWER,
    )
    session.add(row)
    try:
        session.flush()
    except IntegrityError as exc:  # the same name saved from another PC a moment ago
        raise ConflictError(ErrorCode.DUPLICATE_CODE, code=name, name=name) from exc
    audit.record(
        session, actor or Actor(name, role), "create", "user", row.id, None, audit_fields(row)
    )
    return row


def create_first_admin(
    factory: SessionFactory, username: str, full_name: str, password: str
) -> tuple[UserRecord, str]:
    """Make the office's first administrator; returns the recovery code, to show once.

    Only the code's scrypt hash is kept (see the module's docstring).

    Raises:
        ConflictError: ``ADMIN_EXISTS`` when an administrator account is already there.
    """
    require_strong_password(password)
    code = new_recovery_code()
    stored = StoredSecrets(hash_password(password), hash_password(code)).stored()
    with unit_of_work(factory) as session:
        existing = session.scalars(
            select(User).where(User.role == Role.ADMIN.value).order_by(User.id).with_for_update()
        ).first()
        if existing is not None:
            raise ConflictError(ErrorCode.ADMIN_EXISTS, user=existing.username)
        record = record_of(_insert(session, None, username, full_name, Role.ADMIN, stored))
    return record, code


def add_user(
    factory: SessionFactory,
    actor: Actor,
    username: str,
    full_name: str,
    role: Role,
    password: str,
    *,
    sees_reporters: bool = False,
) -> tuple[UserRecord, Changes]:
    """Add an account (administrators only); the name is unique whatever its case.

    An administrator added here has no recovery code: another administrator can reset its
    password, and it can make its own code with :func:`renew_recovery_code`.
    ``sees_reporters`` is the flag "xem người phản ánh" (never kept for a viewer).
    """
    clean_role = _clean_role(role)
    require_strong_password(password)
    stored = StoredSecrets(hash_password(password)).stored()
    with unit_of_work(factory) as session:
        require_admin(session, actor)
        row = _insert(session, actor, username, full_name, clean_role, stored, sees_reporters)
        record = record_of(row)
    return record, Changes.of(Area.AUDIT)


def set_role(
    factory: SessionFactory, actor: Actor, user_id: int, role: Role, version: int
) -> tuple[UserRecord, Changes]:
    """Give an account another role; the last active administrator keeps its role.

    An account that stops being an administrator loses its recovery code.
    """
    clean_role = _clean_role(role)
    with unit_of_work(factory) as session:
        require_admin(session, actor)
        row, other_admins = load_for_change(session, user_id, version)
        if row.role == clean_role.value:
            return record_of(row), Changes.of()
        if row.role == Role.ADMIN.value and row.active and not other_admins:
            raise ConflictError(ErrorCode.LAST_ADMIN, user=row.username)
        old = audit_fields(row)
        row.role = clean_role.value
        if clean_role is Role.VIEWER:
            row.sees_reporters = False  # a viewer never sees who reported
        if clean_role is not Role.ADMIN:
            found = StoredSecrets.parse(row.password_hash)
            if found.recovery:
                row.password_hash = replace(found, recovery="").stored()
        session.flush()
        audit.record(session, actor, "update", "user", row.id, old, audit_fields(row))
        record = record_of(row)
    return record, Changes.of(Area.AUDIT)


def set_sees_reporters(
    factory: SessionFactory, actor: Actor, user_id: int, sees: bool, version: int
) -> tuple[UserRecord, Changes]:
    """Give or take the flag "xem người phản ánh" (QĐ 124 reports); administrators only.

    An administrator sees who reported whatever its flag; a viewer never does, so the flag
    is refused for one.

    Raises:
        PermissionDeniedError: not an administrator.
        ValidationError: the flag given to a viewer.
        ConflictError: the account was saved since ``version`` was read.
    """
    with unit_of_work(factory) as session:
        require_admin(session, actor)
        row, _others = load_for_change(session, user_id, version)
        if row.sees_reporters == sees:
            return record_of(row), Changes.of()
        if sees and row.role == Role.VIEWER.value:
            raise ValidationError(ErrorCode.FIELD_INVALID, field="sees_reporters", reason="viewer")
        old = audit_fields(row)
        row.sees_reporters = sees
        session.flush()
        audit.record(session, actor, "update", "user", row.id, old, audit_fields(row))
        record = record_of(row)
    return record, Changes.of(Area.AUDIT)


def set_active(
    factory: SessionFactory, actor: Actor, user_id: int, active: bool, version: int
) -> tuple[UserRecord, Changes]:
    """Deactivate (or bring back) an account; the last active administrator stays active."""
    with unit_of_work(factory) as session:
        require_admin(session, actor)
        row, other_admins = load_for_change(session, user_id, version)
        if row.active == active:
            return record_of(row), Changes.of()
        if not active and row.role == Role.ADMIN.value and not other_admins:
            raise ConflictError(ErrorCode.LAST_ADMIN, user=row.username)
        old = audit_fields(row)
        row.active = active
        session.flush()
        action = "activate" if active else "deactivate"
        audit.record(session, actor, action, "user", row.id, old, audit_fields(row))
        record = record_of(row)
    return record, Changes.of(Area.AUDIT)


def reset_password(
    factory: SessionFactory, actor: Actor, user_id: int, new_password: str
) -> tuple[UserRecord, Changes]:
    """An administrator sets a new password for an account (the owner forgot it).

    The failure count is cleared; an administrator's recovery code stays as it was.
    """
    require_strong_password(new_password)
    new_hash = hash_password(new_password)
    with unit_of_work(factory) as session:
        require_admin(session, actor)
        row = locked(session, user_id)
        found = StoredSecrets.parse(row.password_hash)
        row.password_hash = replace(found.cleared(), password=new_hash).stored()
        session.flush()
        audit.record(session, actor, "reset_password", "user", row.id)
        record = record_of(row)
    return record, Changes.of(Area.AUDIT)


def _own_account(
    factory: SessionFactory, actor: Actor, password: str, now: float | None
) -> _Account:
    """The actor's own account, once its current password is proven (with the slowdown)."""
    account = _attempt(
        factory, actor.user_name, lambda a: verify_or_waste(password, a.secrets.password), now=now
    )
    if not account.record.active:
        raise PermissionDeniedError(ErrorCode.ACCOUNT_INACTIVE, user=account.record.username)
    return account


def change_own_password(
    factory: SessionFactory,
    actor: Actor,
    old_password: str,
    new_password: str,
    *,
    now: float | None = None,
) -> tuple[UserRecord, Changes]:
    """Change the actor's own password, given the current one (any role, a viewer too)."""
    require_strong_password(new_password)
    account = _own_account(factory, actor, old_password, now)
    new_hash = hash_password(new_password)
    with unit_of_work(factory) as session:
        row = locked(session, account.record.id)
        found = StoredSecrets.parse(row.password_hash)
        row.password_hash = replace(found.cleared(), password=new_hash).stored()
        session.flush()
        audit.record(session, actor, "change_password", "user", row.id)
        record = record_of(row)
    return record, Changes.of(Area.AUDIT)


def renew_recovery_code(
    factory: SessionFactory, actor: Actor, password: str, *, now: float | None = None
) -> str:
    """A new recovery code for the actor's own administrator account (the old one stops working).

    For a lost printout, or an administrator added after the first one. The current
    password is asked again, so a PC left signed in does not hand the code out.
    """
    if not actor.role.can_manage_accounts:
        raise PermissionDeniedError(ErrorCode.NOT_ALLOWED, user=actor.user_name)
    account = _own_account(factory, actor, password, now)
    code = new_recovery_code()
    code_hash = hash_password(code)
    with unit_of_work(factory) as session:
        require_admin(session, actor)
        row = locked(session, account.record.id)
        found = StoredSecrets.parse(row.password_hash)
        row.password_hash = replace(found.cleared(), recovery=code_hash).stored()
        session.flush()
        audit.record(session, actor, "renew_recovery_code", "user", row.id)
    return code
