"""The office's reporting periods: calendar halves and years, or those of Nghị định 09/2019.

One row of ``office_settings`` under ``statistics.period_scheme``, ``{"value": "lich"}``, so
that every PC of a shared database reports on the same days; calendar by default. A change
counts from the next reading (nothing computed from it is stored) and is audited.
"""

from __future__ import annotations

import json

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import OfficeSetting
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from giamsat_desktop.domain.reporting_period import PeriodScheme
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import require_write

KEY = "statistics.period_scheme"
ENTITY = "office_setting"
"""The kind of record in the audit log (as for the other office settings)."""


def _scheme(row: OfficeSetting | None) -> PeriodScheme:
    if row is None:
        return PeriodScheme.CALENDAR
    try:
        return PeriodScheme(json.loads(row.value)["value"])
    except (ValueError, KeyError, TypeError):
        return PeriodScheme.CALENDAR  # a value this version does not know: the default


def period_scheme_in(session: Session) -> PeriodScheme:
    """The office's reporting scheme, inside the caller's work."""
    return _scheme(session.get(OfficeSetting, KEY))


def period_scheme(factory: SessionFactory) -> PeriodScheme:
    """The office's reporting scheme (calendar when never set)."""
    with factory() as session:
        return period_scheme_in(session)


def set_period_scheme(factory: SessionFactory, actor: Actor, scheme: PeriodScheme) -> Changes:
    """Keep the office's reporting scheme.

    Raises:
        PermissionDeniedError: a viewer.
        ValidationError: ``field`` "period_scheme", not a scheme.
        ConflictError: another PC kept its first value meanwhile.
    """
    require_write(actor)
    if not isinstance(scheme, PeriodScheme):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="period_scheme", reason=scheme)
    try:
        with unit_of_work(factory) as session:
            row = session.get(OfficeSetting, KEY)
            before = _scheme(row)
            if before is scheme and row is not None:
                return Changes.of()
            value = json.dumps({"value": scheme.value})
            if row is None:
                session.add(OfficeSetting(key=KEY, value=value))
            else:
                row.value = value
                row.updated_at = utc_now()
            session.flush()
            audit.record(
                session, actor, "update", ENTITY, None, {KEY: before.value}, {KEY: scheme.value}
            )
    except IntegrityError as exc:
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY) from exc
    return Changes.of(Area.OFFICE)
