"""The reply deadline of a recommendation: an office-wide setting, 20 days by default.

``recommendations.reply_days``: the days a body has to reply in writing once a
recommendation is sent (NQLT 403 leaves it to local rules: 15, 20 or 30). A recommendation
takes the setting's value when it is written; its deadline is fixed when it is sent.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.recommendations import REPLY_DAYS
from giamsat_desktop.services.catalog.day_settings import days_settings_in, set_days_setting
from giamsat_desktop.services.common.changes import Area, Changes

REPLY_KEY = "recommendations.reply_days"
DAYS_RANGE = (5, 90)
"""The reply deadlines the office may choose, in days."""


def reply_days_in(session: Session) -> int:
    """The office's reply deadline in days, inside the caller's work."""
    return days_settings_in(session, {REPLY_KEY: REPLY_DAYS})[REPLY_KEY]


def reply_days(factory: SessionFactory) -> int:
    """The office's reply deadline in days."""
    with factory() as session:
        return reply_days_in(session)


def set_reply_days(factory: SessionFactory, actor: Actor, days: int) -> Changes:
    """Keep the reply deadline, 5 to 90 days.

    Raises:
        PermissionDeniedError: a viewer.
        ValidationError: ``field`` "reply_days", out of range.
    """
    return set_days_setting(
        factory,
        actor,
        REPLY_KEY,
        "reply_days",
        days,
        default=REPLY_DAYS,
        allowed=DAYS_RANGE,
        areas=(Area.RECOMMENDATIONS,),
    )
