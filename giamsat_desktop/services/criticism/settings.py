"""The answers' deadline of a criticism: two office-wide settings.

``criticism.answer_by_submission`` (on by default): when the draft's submission day is
known, the answers are due by that day (Luật MTTQ Điều 36: the drafting body answers before
its draft goes to the body that decides). ``criticism.answer_days`` (30 by default): else,
and always when the office turns the first off, the drafting body answers each point within
this many days of the criticism letter (moved off a day off). The deadline is fixed when the
letter is issued.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.criticism import ANSWER_DAYS
from giamsat_desktop.services.catalog.day_settings import days_settings_in, set_days_setting
from giamsat_desktop.services.common.changes import Area, Changes

ANSWER_KEY = "criticism.answer_days"
BY_SUBMISSION_KEY = "criticism.answer_by_submission"
"""Kept as a number of days, 1 (on) or 0 (off), with the other day settings."""
DAYS_RANGE = (5, 90)
"""The answer periods the office may choose, in days."""


def answer_days_in(session: Session) -> int:
    """The office's answer period in days, inside the caller's work."""
    return days_settings_in(session, {ANSWER_KEY: ANSWER_DAYS})[ANSWER_KEY]


def answer_days(factory: SessionFactory) -> int:
    """The office's answer period in days."""
    with factory() as session:
        return answer_days_in(session)


def by_submission_in(session: Session) -> bool:
    """Whether the answers are due by the submission day when it is known."""
    return bool(days_settings_in(session, {BY_SUBMISSION_KEY: 1})[BY_SUBMISSION_KEY])


def by_submission(factory: SessionFactory) -> bool:
    """Whether the answers are due by the submission day when it is known."""
    with factory() as session:
        return by_submission_in(session)


def set_by_submission(factory: SessionFactory, actor: Actor, on: bool) -> Changes:
    """Count the answers' deadline by the submission day (``on``) or always in days.

    Raises:
        PermissionDeniedError: a viewer.
    """
    return set_days_setting(
        factory,
        actor,
        BY_SUBMISSION_KEY,
        "answer_by_submission",
        int(bool(on)),
        default=1,
        allowed=(0, 1),
        areas=(Area.CRITICISM,),
    )


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
