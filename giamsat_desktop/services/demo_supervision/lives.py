"""How a demo session went, day by day: opened, its steps, its working sessions, its report.

A session led by the Front issues its plan about four weeks before the first working
session (three for forms 1 and 3), form (2) its decision a few days later and both reach the
body well over the 15 days NQLT 403 asks; the delegation works one to three times, reports
within 15 days (one session of the demo reports late, to show the warning), and either closes
at once, nothing to recommend, or sends its recommendations (the letter moves it to "đã gửi
kiến nghị" and "đang theo dõi" on the day issued), follows them up and closes. A
session the Front joins is opened on the invitation, worked, reported to the Board and
closed. Every step is one its form's machine allows, on a working day, in order; the demo
keeps what happened up to today.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from giamsat_desktop.domain.deadlines import DaysOff
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole

S = SessionStep
_LEAD_DAYS = {
    SupervisionForm.DELEGATION: (24, 30),
    SupervisionForm.DOCUMENTS: (20, 25),
    SupervisionForm.BOARDS: (20, 25),
}
"""How many days before the first working session the Front issues its plan."""
RECOMMENDS = 0.75
"""The share of led sessions that have something to recommend."""
AFTER_REPORT = frozenset({S.RECOMMENDED, S.FOLLOWING_UP, S.CLOSED})
"""A recommending session's steps made by its recommendations, not by the clerk's hand."""


@dataclass(frozen=True, slots=True)
class Move:
    """A step taken on a day, with the key of its note (``texts.NOTES``) or none."""

    step: SessionStep
    on: dt.date
    note: str = ""


@dataclass(frozen=True, slots=True)
class Life:
    """A session's whole story, told as if every day of it had come.

    Attributes:
        opened: The day the session was made (the line opened, the invitation received).
        start: The first working day planned.
        end: The last day planned.
        moves: Its steps in order, each on or after the one before.
        working: The days of its working sessions.
    """

    opened: dt.date
    start: dt.date
    end: dt.date
    moves: tuple[Move, ...]
    working: tuple[dt.date, ...]

    def moves_until(self, today: dt.date) -> tuple[Move, ...]:
        """The steps taken up to ``today``."""
        return tuple(move for move in self.moves if move.on <= today)

    def working_until(self, today: dt.date) -> tuple[dt.date, ...]:
        """The working sessions held up to ``today``."""
        return tuple(day for day in self.working if day <= today)

    @property
    def recommends(self) -> bool:
        """Whether the session sends recommendations after its report."""
        return any(move.step is S.RECOMMENDED for move in self.moves)

    def day_of(self, step: SessionStep) -> dt.date | None:
        """The day the session takes ``step``; None if it never does."""
        return next((move.on for move in self.moves if move.step is step), None)

    def moves_by_hand(self, today: dt.date) -> tuple[Move, ...]:
        """The steps taken up to ``today`` that the clerk records himself.

        A session that recommends is moved on by its recommendation letter (sent, followed
        up) and closed once its recommendations are finished (``recommendations``): its
        steps after the report are left to them.
        """
        if not self.recommends:
            return self.moves_until(today)
        return tuple(move for move in self.moves_until(today) if move.step not in AFTER_REPORT)

    def step_on(self, today: dt.date) -> SessionStep:
        """Where the session is on ``today``."""
        taken = self.moves_until(today)
        return taken[-1].step if taken else S.PLANNED


class Days:
    """Working days, counted as the office counts them (its days off left out)."""

    def __init__(self, days_off: DaysOff) -> None:
        self.days_off = days_off

    def on_or_after(self, day: dt.date) -> dt.date:
        """``day``, or the first working day after it."""
        return self.days_off.next_working_day(day)

    def after(self, day: dt.date, days: int) -> dt.date:
        """The working day ``days`` days after ``day`` (moved on past days off)."""
        return self.on_or_after(day + dt.timedelta(days=days))

    def before(self, day: dt.date, days: int) -> dt.date:
        """The working day ``days`` days before ``day`` (moved back past days off)."""
        found = day - dt.timedelta(days=days)
        while self.days_off.is_day_off(found):
            found -= dt.timedelta(days=1)
        return found


def tell(
    form: SupervisionForm,
    role: SupervisionRole,
    start: dt.date,
    rng: random.Random,
    days: Days,
    *,
    earliest: dt.date | None = None,
    late: bool = False,
    called_off: bool = False,
) -> Life:
    """The story of a session of ``form`` and ``role`` planned to start on ``start``.

    ``earliest``: it cannot have been opened before (its programme's agreement); ``late``:
    its report came after the 15 days; ``called_off``: the leading body called it off.
    """
    start = days.on_or_after(start)
    if role is SupervisionRole.JOIN or form is SupervisionForm.WITH_STATE:
        return _joined(form, start, rng, days, called_off)  # led form (4) does not occur
    plan = days.before(start, rng.randint(*_LEAD_DAYS[form]))
    opened = days.before(plan, rng.randint(10, 20))
    if earliest is not None:
        opened = min(max(opened, days.on_or_after(earliest)), plan)
    moves = [Move(S.PLAN_ISSUED, plan, "board_plan" if form is SupervisionForm.BOARDS else "")]
    if form is SupervisionForm.DELEGATION:
        decision = days.after(plan, rng.randint(2, 4))
        moves.append(Move(S.DECISION_ISSUED, decision))
        moves.append(Move(S.NOTIFIED, days.after(decision, rng.randint(1, 3)), "notified"))
    elif form is SupervisionForm.DOCUMENTS:
        moves.append(Move(S.NOTIFIED, days.after(plan, rng.randint(1, 3)), "asked"))
    working: tuple[dt.date, ...] = ()
    if form is SupervisionForm.DOCUMENTS:
        last = end = days.after(start, rng.randint(10, 20))  # the documents studied
    else:
        most = 3 if form is SupervisionForm.DELEGATION else 2
        working = _held(start, rng.randint(1, most), rng, days)
        moves.append(Move(S.WORKING, start))
        last = end = working[-1]
    reported = days.after(last, rng.randint(17, 21) if late else rng.randint(5, 12))
    moves.append(Move(S.REPORTED, reported, "reported"))
    if rng.random() < RECOMMENDS:
        sent = days.after(reported, rng.randint(3, 7))
        answered = days.after(sent, rng.randint(15, 20))
        moves.append(Move(S.RECOMMENDED, sent, "recommended"))  # the letter moves both
        moves.append(Move(S.FOLLOWING_UP, sent, "following"))
        moves.append(Move(S.CLOSED, days.after(answered, rng.randint(25, 50)), "closed_after"))
    else:
        moves.append(Move(S.CLOSED, days.after(reported, rng.randint(2, 5)), "closed_nothing"))
    return Life(opened, start, end, tuple(moves), working)


def _joined(
    form: SupervisionForm, start: dt.date, rng: random.Random, days: Days, called_off: bool
) -> Life:
    """A session the Front joins: invited, works with the leading body, reports, closes."""
    opened = days.before(start, rng.randint(8, 15))
    if called_off:
        off = days.before(start, rng.randint(2, 5))
        return Life(opened, start, start, (Move(S.CANCELLED, max(off, opened), "called_off"),), ())
    working: tuple[dt.date, ...] = ()
    if form is SupervisionForm.DOCUMENTS:
        last = days.after(start, rng.randint(7, 12))  # the documents studied together
    else:
        working = _held(start, rng.randint(1, 2), rng, days)
        last = working[-1]
    reported = days.after(last, rng.randint(3, 10))
    moves = (
        Move(S.WORKING, start),
        Move(S.REPORTED, reported, "joined_report"),
        Move(S.CLOSED, days.after(reported, rng.randint(2, 8)), "closed_joined"),
    )
    return Life(opened, start, last, moves, working)


def _held(start: dt.date, count: int, rng: random.Random, days: Days) -> tuple[dt.date, ...]:
    """``count`` working sessions from ``start``, a few days apart."""
    held = [start]
    while len(held) < count:
        held.append(days.after(held[-1], rng.randint(2, 6)))
    return tuple(held)
