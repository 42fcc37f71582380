"""The slowdown after failed attempts to sign in, recover a password or prove the old one.

Failures are counted in the account's ``password_hash`` (see :mod:`account_secrets`), so
that the slowdown survives a restart and holds for every PC of a shared database.

A user name that has no account has no row to count in: its failures are kept in memory, per
process and per database, so that the slowdown does not tell which names exist.
"""

from __future__ import annotations

import math
import threading
from dataclasses import replace

from sqlalchemy import select, update

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import User
from giamsat_desktop.domain.errors import ErrorCode, PermissionDeniedError
from giamsat_desktop.services.accounts.secrets import StoredSecrets

FREE_FAILURES = 3
"""Failed attempts allowed in a row before the slowdown starts."""
MAX_DELAY_SECONDS = 60
_MAX_COUNTED = 999


def _delay(failures: int) -> int:
    """Seconds to wait after ``failures`` in a row: 0, 0, 2 (3rd), 4, 8 … 60 at most."""
    if failures < FREE_FAILURES:
        return 0
    return min(MAX_DELAY_SECONDS, 1 << (failures - FREE_FAILURES + 1))


def check_not_throttled(failures: int, failed_at: float, now: float) -> None:
    """Refuse an attempt with ``TOO_MANY_ATTEMPTS`` while the wait after the failures lasts."""
    delay = _delay(failures)
    # A clock set back (or another PC's clock behind) never makes the wait longer than delay.
    wait = min(delay, failed_at + delay - now)
    if wait > 0:
        raise PermissionDeniedError(ErrorCode.TOO_MANY_ATTEMPTS, seconds=math.ceil(wait))


_unknown_lock = threading.Lock()
_unknown_failures: dict[tuple[str, str], tuple[int, int]] = {}
_UNKNOWN_KEPT = 1000


def database_key(factory: SessionFactory) -> str:
    """Which database a session factory opens, to keep unknown names' failures apart."""
    bind = factory.kw.get("bind")
    return str(getattr(bind, "url", id(factory)))


def check_unknown_name(key: tuple[str, str], now: float) -> None:
    """:func:`check_not_throttled` for a user name that has no account."""
    with _unknown_lock:
        failures, failed_at = _unknown_failures.get(key, (0, 0))
    check_not_throttled(failures, failed_at, now)


def count_unknown_name(key: tuple[str, str], now: float) -> None:
    """Count one more failure for a user name that has no account (the oldest names forgotten)."""
    with _unknown_lock:
        failures, _ = _unknown_failures.pop(key, (0, 0))
        _unknown_failures[key] = (min(failures + 1, _MAX_COUNTED), math.ceil(now))
        while len(_unknown_failures) > _UNKNOWN_KEPT:
            del _unknown_failures[next(iter(_unknown_failures))]


def write_failures(factory: SessionFactory, user_id: int, now: float, *, failed: bool) -> None:
    """Count one more failure (or clear the count) on the locked row, leaving ``version``."""
    with unit_of_work(factory) as session:
        stored = session.scalar(
            select(User.password_hash).where(User.id == user_id).with_for_update()
        )
        if stored is None:
            return
        found = StoredSecrets.parse(stored)
        if failed:
            found = replace(
                found, failures=min(found.failures + 1, _MAX_COUNTED), failed_at=math.ceil(now)
            )
        else:
            found = found.cleared()
        table = User.__table__
        session.execute(
            update(table).where(table.c.id == user_id).values(password_hash=found.stored())
        )
