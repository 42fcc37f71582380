"""Office-wide settings that are a number of days (lead times, reply deadlines).

Each is one row of ``office_settings`` keyed by its name, ``{"days": N}``, so that every PC
of a shared database counts the same; a change counts from the next reading (nothing
computed from it is stored). The last save wins; two PCs saving the first value at once
are told to read again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import OfficeSetting
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import require_write

ENTITY = "office_setting"
"""The kind of record in the audit log (as for the days off and the reminder window)."""


def _days(row: OfficeSetting | None, default: int) -> int:
    return int(json.loads(row.value)["days"]) if row is not None else default


def days_settings_in(session: Session, defaults: dict[str, int]) -> dict[str, int]:
    """The settings ``defaults`` names, each its default when never set (one query)."""
    rows = {
        row.key: row
        for row in session.scalars(
            select(OfficeSetting).where(OfficeSetting.key.in_(list(defaults)))
        )
    }
    return {key: _days(rows.get(key), default) for key, default in defaults.items()}


def set_days_setting(
    factory: SessionFactory,
    actor: Actor,
    key: str,
    field: str,
    days: int,
    *,
    default: int,
    allowed: tuple[int, int],
    areas: Iterable[Area] = (),
) -> Changes:
    """Keep the setting ``key`` at ``days``, within ``allowed``.

    Raises:
        PermissionDeniedError: a viewer.
        ValidationError: ``field``, out of range.
        ConflictError: another PC kept its first value meanwhile.
    """
    require_write(actor)
    low, high = allowed
    if isinstance(days, bool) or not isinstance(days, int) or not low <= days <= high:
        raise ValidationError(ErrorCode.FIELD_INVALID, field=field, reason=days, low=low, high=high)
    try:
        with unit_of_work(factory) as session:
            row = session.get(OfficeSetting, key)
            before = _days(row, default)
            if before == days and row is not None:
                return Changes.of()
            value = json.dumps({"days": days})
            if row is None:
                session.add(OfficeSetting(key=key, value=value))
            else:
                row.value = value
                row.updated_at = utc_now()
            session.flush()
            audit.record(
                session,
                actor,
                "update",
                ENTITY,
                None,
                {key: before},  # keyed by the setting: the log names which one changed
                {key: days},
            )
    except IntegrityError as exc:
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY) from exc
    return Changes.of(Area.OFFICE, *areas)
