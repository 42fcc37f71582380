"""The answers' deadline of a criticism, an office-wide setting: 30 days by default.

``criticism.answer_days``: when the draft's submission day is not known, the drafting body
answers each point within this many days of the criticism letter (moved off a day off);
when it is known, the answers are due by that day (Luật MTTQ Điều 36). The deadline is
fixed when the letter is issued.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.criticism import ANSWER_DAYS
from giamsat_desktop.services.catalog.day_settings import days_settings_in, set_days_setting
from giamsat_desktop.services.common.changes import Area, Changes

ANSWER_KEY = "criticism.answer_days"
DAYS_RANGE = (5, 90)
"""The answer periods the office may choose, in days."""


def answer_days_in(session: Session) -> int:
    """The office's answer period in days, inside the caller's work."""
    return days_settings_in(session, {ANSWER_KEY: ANSWER_DAYS})[ANSWER_KEY]


def answer_days(factory: SessionFactory) -> int:
    """The office's answer period in days."""
    with factory() as session:
        return answer_days_in(session)


def set_answer_days(factory: SessionFactory, actor: Actor, days: int) -> Changes:
    """Keep the answer period, 5 to 90 days.

    Raises:
        PermissionDeniedError: a viewer.
        ValidationError: ``field`` "answer_days", out of range.
    """
    return set_days_setting(
        factory,
        actor,
        ANSWER_KEY,
        "answer_days",
        days,
        default=ANSWER_DAYS,
        allowed=DAYS_RANGE,
        areas=(Area.CRITICISM,),
    )
