"""The two lead times of supervision, office-wide settings with the NQLT 403 defaults.

``supervision.notice_days``: the plan and the decision reach the supervised body at least
this many days before the first working session (default 15); ``supervision.report_days``:
the delegation reports within this many days after the last one (default 15). Both are
kept in ``office_settings``, so every PC of a shared database counts the same; a change
counts from the next reading (nothing computed from them is stored).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.supervision_records import LeadDays
from giamsat_desktop.services.catalog.day_settings import days_settings_in, set_days_setting
from giamsat_desktop.services.common.changes import Area, Changes

NOTICE_KEY = "supervision.notice_days"
REPORT_KEY = "supervision.report_days"
DAYS_RANGE = (1, 90)
"""The lead times the office may choose, in days."""
_DEFAULTS = LeadDays()


def lead_days_in(session: Session) -> LeadDays:
    """Both lead times, inside the caller's work (one query)."""
    days = days_settings_in(session, {NOTICE_KEY: _DEFAULTS.notice, REPORT_KEY: _DEFAULTS.report})
    return LeadDays(notice=days[NOTICE_KEY], report=days[REPORT_KEY])


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
    return set_days_setting(
        factory,
        actor,
        key,
        field,
        days,
        default=default,
        allowed=DAYS_RANGE,
        areas=(Area.SUPERVISION,),
    )
