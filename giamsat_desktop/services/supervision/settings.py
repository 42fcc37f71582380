"""The two lead times of supervision, office-wide settings with the NQLT 403 defaults.

``supervision.notice_days``: the plan and the decision reach the supervised body at least
this many days before the first working session (default 15); ``supervision.report_days``:
the delegation reports within this many days after the last one (default 15). Both are
kept in ``office_settings``, so every PC of a shared database counts the same; a change
counts from the next reading (nothing computed from them is stored).
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import OfficeSetting
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from giamsat_desktop.domain.supervision_records import LeadDays
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import require_write

ENTITY = "office_setting"
"""The kind of record in the audit log (as for the days off and the reminder window)."""
NOTICE_KEY = "supervision.notice_days"
REPORT_KEY = "supervision.report_days"
DAYS_RANGE = (1, 90)
"""The lead times the office may choose, in days."""
_DEFAULTS = LeadDays()


def _days(row: OfficeSetting | None, default: int) -> int:
    return int(json.loads(row.value)["days"]) if row is not None else default


def lead_days_in(session: Session) -> LeadDays:
    """Both lead times, inside the caller's work (one query)."""
    rows = {
        row.key: row
        for row in session.scalars(
            select(OfficeSetting).where(OfficeSetting.key.in_((NOTICE_KEY, REPORT_KEY)))
        )
    }
    return LeadDays(
        notice=_days(rows.get(NOTICE_KEY), _DEFAULTS.notice),
        report=_days(rows.get(REPORT_KEY), _DEFAULTS.report),
    )


def lead_days(factory: SessionFactory) -> LeadDays:
    """Both lead times of the office."""
    with factory() as session:
        return lead_days_in(session)


def notice_days(factory: SessionFactory) -> int:
    """Days the plan and the decision reach the body before the first working session."""
    return lead_days(factory).notice


def report_days(factory: SessionFactory) -> int:
    """Days within which the delegation reports after the last working session."""
    return lead_days(factory).report


def set_notice_days(factory: SessionFactory, actor: Actor, days: int) -> Changes:
    """Keep the notice lead time, 1 to 90 days (one number: the last save wins).

    Raises:
        PermissionDeniedError: a viewer.
        ValidationError: ``field`` "notice_days", out of range.
    """
    return _set(factory, actor, NOTICE_KEY, "notice_days", days, _DEFAULTS.notice)


def set_report_days(factory: SessionFactory, actor: Actor, days: int) -> Changes:
    """Keep the report lead time, 1 to 90 days (one number: the last save wins).

    Raises:
        PermissionDeniedError: a viewer.
        ValidationError: ``field`` "report_days", out of range.
    """
    return _set(factory, actor, REPORT_KEY, "report_days", days, _DEFAULTS.report)


def _set(
    factory: SessionFactory, actor: Actor, key: str, field: str, days: int, default: int
) -> Changes:
    require_write(actor)
    low, high = DAYS_RANGE
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
    except IntegrityError as exc:  # another PC kept its first choice meanwhile
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY) from exc
    return Changes.of(Area.OFFICE, Area.SUPERVISION)
