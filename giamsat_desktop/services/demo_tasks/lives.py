"""How each demo task went up to today, told as the steps of its history.

Every step is checked as it is told: a move the table ``domain.tasks.MOVES`` forbids, or a
step dated before the one it follows, is a fault of the generator and stops it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from dataclasses import dataclass, field

from giamsat_desktop.domain.deadlines import DaysOff, ReportPeriod, deadline_after, period_end
from giamsat_desktop.domain.tasks import TaskState, can_move
from giamsat_desktop.services.demo_tasks.texts import (
    CANCEL_REASONS,
    DONE_NOTE,
    EXTEND_REASONS,
    LATE_CANCEL_REASON,
    PAUSE_REASONS,
    PROGRESS_NOTES,
    RESUME_NOTE,
    STANDING_DONE_NOTE,
)

NS, IP, DONE, PAUSED, CANCELLED = (
    TaskState.NOT_STARTED,
    TaskState.IN_PROGRESS,
    TaskState.DONE,
    TaskState.PAUSED,
    TaskState.CANCELLED,
)
ONE_DAY = dt.timedelta(days=1)


def days(count: int) -> dt.timedelta:
    """``count`` days."""
    return dt.timedelta(days=count)


@dataclass(slots=True)
class Org:
    """A member organisation or board, with its people and the report letters it sent."""

    id: int
    name: str
    people: tuple[str, ...]
    members: str
    unit: str
    board: bool
    letters: list[tuple[dt.date, int]] = field(default_factory=list)
    """(arrival date, id) of its reports and letters in the register, oldest first."""
    notes: tuple[str, ...] = ()
    """The progress notes its tasks may carry, worded for it."""

    def __post_init__(self) -> None:
        self.notes = tuple(
            note.format(n=count, members=self.members)
            for note in PROGRESS_NOTES
            for count in range(2, 7)
        )

    def letter_near(self, day: dt.date, after: dt.date) -> tuple[dt.date, int] | None:
        """A letter that came from a week before ``day`` to 3 days after, and after ``after``."""
        start = bisect.bisect_left(self.letters, (max(day - days(7), after + ONE_DAY), 0))
        if start < len(self.letters) and self.letters[start][0] <= day + days(3):
            return self.letters[start]
        return None


@dataclass(frozen=True, slots=True)
class Spec:
    """One task to tell: who, what, from when, until when (no deadline: a standing task)."""

    source_id: int | None
    source_symbol: str
    assigned: dt.date
    lead: Org
    cooperating: tuple[Org, ...]
    content: str
    responsible: str
    deadline: dt.date | None
    period: ReportPeriod | None
    due_soon: bool = False
    """Still open on today and due within the next days (the reminder window's lines)."""


Step = tuple[str, dt.date, str, str, int | None, dt.date | None, dt.date | None, str]
"""kind, day, from state, to state, progress, old deadline, new deadline, note."""


class Story:
    """One task's life as it is told, each step checked against the allowed moves."""

    __slots__ = ("deadline", "done_on", "progress", "reason", "report_id", "state", "steps")

    def __init__(self, assigned: dt.date, deadline: dt.date | None) -> None:
        self.state, self.progress, self.deadline = NS, 0, deadline
        self.done_on: dt.date | None = None
        self.report_id: int | None = None
        self.reason = ""
        self.steps: list[Step] = [("assign", assigned, "", NS.value, None, None, None, "")]

    def _after_last(self, on: dt.date) -> None:
        if on < self.steps[-1][1]:
            raise AssertionError(f"a demo task's step on {on} after {self.steps[-1]}")

    def move(self, new: TaskState, on: dt.date, note: str = "", report: int | None = None) -> None:
        """A move of the table, on ``on``."""
        if not can_move(self.state, new):
            raise AssertionError(f"a demo task moved {self.state} → {new}")
        self._after_last(on)
        self.steps.append(("move", on, self.state.value, new.value, None, None, None, note))
        self.state = new
        if new is DONE:
            self.progress, self.done_on, self.report_id = 100, on, report
        if new is CANCELLED:
            self.reason = note

    def note(self, on: dt.date, percent: int, words: str) -> None:
        """A progress note; a task not started is then in progress, as the service does."""
        if self.state is NS:
            self.move(IP, on)
        self._after_last(on)
        self.progress = percent
        self.steps.append(("progress", on, "", "", percent, None, None, words))

    def extend(self, on: dt.date, new: dt.date, why: str) -> None:
        """A later deadline, the old one kept in the step."""
        self._after_last(on)
        self.steps.append(("extend", on, "", "", None, self.deadline, new, why))
        self.deadline = new


_ROMAN = ("I", "II", "III", "IV")


def period_name(period: ReportPeriod, end: dt.date) -> str:
    """The period a report covers, as a report's title names it: "quý III/2026"."""
    if period is ReportPeriod.MONTHLY:
        return f"tháng {end.month}/{end.year}"
    if period is ReportPeriod.QUARTERLY:
        return f"quý {_ROMAN[(end.month - 1) // 3]}/{end.year}"
    if period is ReportPeriod.HALF_YEARLY:
        return f"6 tháng {'đầu' if end.month == 6 else 'cuối'} năm {end.year}"
    return f"năm {end.year}"


class Teller:
    """Tells the lives of one demo office's tasks, up to ``today``."""

    def __init__(self, rng: random.Random, today: dt.date, days_off: DaysOff) -> None:
        self.rng, self.today, self.days_off = rng, today, days_off

    def work(self, day: dt.date) -> dt.date:
        """``day`` when it is a working day, else one of the first working days after it.

        Clerks and organisations act on working days; what fell on a weekend is spread over
        the days after it rather than heaped on the Monday.
        """
        if not self.days_off.is_day_off(day):
            return day
        day = self.days_off.next_working_day(day)
        for _ in range(self.rng.randint(0, 2)):
            day = self.days_off.next_working_day(day + ONE_DAY)
        return day

    def _words(self, org: Org) -> str:
        return self.rng.choice(org.notes)

    def _notes(self, story: Story, start: dt.date, end: dt.date, org: Org) -> None:
        """Started on ``start`` with a note, and up to two more notes before ``end``."""
        rng = self.rng
        span = (end - start).days
        later = []
        if span > 1:
            later = sorted(rng.randint(1, span - 1) for _ in range(rng.randint(0, 2)))
        percents = sorted(rng.sample(range(10, 100, 10), len(later) + 1))
        for offset, percent in zip([0, *later], percents, strict=True):
            story.note(start + days(offset), percent, self._words(org))

    def one_off(self, spec: Spec) -> Story:
        """A task with a deadline: how far it got by today."""
        rng, today, given = self.rng, self.today, spec.assigned
        assert spec.deadline is not None
        story = Story(given, spec.deadline)
        if spec.due_soon:
            begun = self.work(given + ONE_DAY)
            if begun < today and rng.random() < 0.7:
                self._notes(story, begun, today + ONE_DAY, spec.lead)
            return story
        deadline = spec.deadline
        extension = None
        if rng.random() < 0.09:
            asked = self.work(given + days(rng.randint(1, max(1, (deadline - given).days))))
            if asked < today:
                deadline = deadline_after(deadline, rng.choice((7, 10, 15, 30)), self.days_off)
                extension = (asked, deadline, rng.choice(EXTEND_REASONS))
        span = max(1, (deadline - given).days)
        finish: dt.date | None
        if (today - given).days < 180 and rng.random() < 0.08:
            finish = None  # not done: overdue once its deadline has passed
        elif rng.random() < 0.12:
            finish = self.work(deadline + days(rng.randint(1, 30)))
        else:
            finish = self.work(given + days(rng.randint(max(1, span // 3), span)))
        if extension and finish is not None and finish <= extension[0]:
            finish = self.work(extension[0] + ONE_DAY)
        report = None
        if finish is not None and finish <= today and spec.lead.letters and rng.random() < 0.75:
            letter = spec.lead.letter_near(finish, extension[0] if extension else given)
            if letter is not None:
                finish, report = letter
        roll = rng.random()
        stop: dt.date | None = None
        cancelled = roll < 0.03
        if roll < 0.08:  # cancelled or paused before it would have been done
            stop = self.work(given + days(rng.randint(2, 45)))
            if finish is not None and stop >= finish:
                stop = self.work(given + days(max(1, (finish - given).days // 2)))
            if stop > today:
                stop = None
        done = finish if finish is not None and finish <= today and stop is None else None
        end = stop or done or today + ONE_DAY
        if extension and extension[0] >= end:
            extension = None
        started: dt.date | None = None
        if (done is not None and rng.random() >= 0.25) or (finish is None and rng.random() < 0.6):
            reach = max(1, ((finish or deadline) - given).days // 2)
            started = self.work(given + days(rng.randint(1, reach)))
            if started >= end:
                started = None
        self._steps(story, spec.lead, extension, started, end)
        if stop is not None and cancelled:
            story.move(CANCELLED, stop, rng.choice(CANCEL_REASONS))
        elif stop is not None:
            story.move(PAUSED, stop, rng.choice(PAUSE_REASONS))
            self._after_pause(story, stop, spec.lead)
        elif done is not None:
            story.move(DONE, done, DONE_NOTE if report is not None else "", report)
        return story

    def _steps(
        self,
        story: Story,
        org: Org,
        extension: tuple[dt.date, dt.date, str] | None,
        started: dt.date | None,
        end: dt.date,
    ) -> None:
        """The start, the notes and the extension, in the order of their days, before ``end``."""
        if extension and (started is None or extension[0] <= started):
            story.extend(*extension)
            extension = None
        if started is None:
            return
        if extension is None:
            self._notes(story, started, end, org)
            return
        self._notes(story, started, extension[0], org)
        story.extend(*extension)
        after = extension[0]
        if (end - after).days > 1 and self.rng.random() < 0.6:
            percent = min(90, story.progress + 10 * self.rng.randint(1, 3))
            on = after + days(self.rng.randint(1, (end - after).days - 1))
            story.note(on, percent, self._words(org))

    def _after_pause(self, story: Story, paused: dt.date, org: Org) -> None:
        """A pause long past is over: resumed and done, or given up."""
        rng, today = self.rng, self.today
        if (today - paused).days <= 120:
            return
        later = self.work(paused + days(rng.randint(10, 60)))
        if rng.random() < 0.3:
            story.move(CANCELLED, later, LATE_CANCEL_REASON)
            return
        story.move(IP, later, RESUME_NOTE)
        done = self.work(later + days(rng.randint(5, 40)))
        if done <= today:
            if (done - later).days > 2:
                story.note(later + ONE_DAY, min(90, story.progress + 30), self._words(org))
            story.move(DONE, done)

    def standing(self, spec: Spec) -> Story:
        """A standing task: started, a report most periods, over with the directive's term."""
        rng, today, given = self.rng, self.today, spec.assigned
        assert spec.period is not None
        story = Story(given, None)
        started = self.work(given + days(rng.randint(1, 20)))
        term = self.work(given + days(rng.choice((365, 540, 730, 1095))))
        if started > today:
            return story
        end = period_end(spec.period, given + ONE_DAY)
        last = started
        while (due := self.days_off.next_working_day(end)) <= min(today, term):
            if rng.random() < 0.85:
                day = max(last, due - days(rng.randint(0, 4)))
                percent = min(95, round(end.month * 100 / 12))
                words = f"Báo cáo {period_name(spec.period, end)}: {self._words(spec.lead)}"
                story.note(day, percent, words)
                last = day
            end = period_end(spec.period, end + ONE_DAY)
        if story.state is NS:
            story.move(IP, started)
        if term <= today:
            story.move(DONE, max(term, last), STANDING_DONE_NOTE)
        elif rng.random() < 0.06:
            stop = max(last, min(today, self.work(today - days(rng.randint(0, 90)))))
            if rng.random() < 0.5:
                story.move(PAUSED, stop, rng.choice(PAUSE_REASONS))
            else:
                story.move(CANCELLED, stop, rng.choice(CANCEL_REASONS))
        return story

    def tell(self, spec: Spec) -> Story:
        """The life of ``spec``, standing or with a deadline."""
        return self.standing(spec) if spec.period is not None else self.one_off(spec)

