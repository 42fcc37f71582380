"""The office's days off, year by year, and how many days ahead a deadline is recalled.

Both are office-wide settings (``office_settings``): every PC of a shared database counts
the same days. A year's list holds the public holidays and the days off decided around
them, and the Saturdays or Sundays worked in exchange ("làm bù"). The years decided when
this version was built are shipped (``domain.holidays``) and count as entered until the
office saves its own list for that year, which then wins; a later year is entered by a
clerk (Cài đặt), reminded in December when the coming year has no Tết.

A deadline already computed is stored as the date it gave: changing the days off never
moves it (nothing here recomputes one).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import OfficeSetting
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.deadlines import DaysOff
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from giamsat_desktop.domain.holidays import (
    SHIPPED_HOLIDAYS,
    needs_tet_reminder,
    shipped_holidays,
    shipped_working_days,
)
from giamsat_desktop.domain.text import fold_words, normalize_line
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import require_write

ENTITY = "office_setting"
"""The kind of record in the audit log (as for the forms' wording)."""
KEY_PREFIX = "days_off."
"""A year's list is kept under ``days_off.<year>``."""
REMINDER_KEY = "reminder_days"
DEFAULT_REMINDER_DAYS = 3
"""Tasks due within this many days are recalled (Việc cần làm) and shown in amber."""
REMINDER_RANGE = (1, 30)
"""The reminder window the office may choose, in days."""
NAME_LIMIT = 200
YEAR_RANGE = (2000, 2100)
"""The years a list may be kept for."""

_TET_FROM, _TET_TO = (1, 19), (2, 28)
"""Tết Âm lịch always falls between 19/1 and 28/2; no other holiday does."""
_SATURDAY = 5


class DayOffKind(StrEnum):
    """What a day of the list is; stored by value."""

    HOLIDAY = "nghi_le"
    """A day off: a public holiday, or a weekday off decided around one."""
    WORKING_DAY = "lam_bu"
    """A Saturday or Sunday worked in exchange for a weekday off ("làm bù")."""


@dataclass(frozen=True, slots=True)
class DayOffEntry:
    """One line of a year's list: the day, its name, and whether it is off or worked."""

    day: dt.date
    name: str
    kind: DayOffKind = DayOffKind.HOLIDAY


@dataclass(frozen=True, slots=True)
class YearDaysOff:
    """A year's list as the office counts it.

    Attributes:
        year: The year.
        entries: Its lines in date order (empty: nothing entered for that year).
        shipped: Whether these are the program's own (the government's decision shipped
            with this version), the office never having saved its list for the year.
        version: The version read; 0 while the office never saved this year (a save
            passes it back, and a stale one is refused).
    """

    year: int
    entries: tuple[DayOffEntry, ...]
    shipped: bool
    version: int

    @property
    def has_tet(self) -> bool:
        """Whether the list holds the Tết Âm lịch days."""
        return any(is_tet(entry) for entry in self.entries)


class DayOffProblem(StrEnum):
    """Why a line of a year's list cannot be saved."""

    OTHER_YEAR = "other_year"
    """The date is not in the year of the list."""
    NO_NAME = "no_name"
    NAME_TOO_LONG = "name_too_long"
    TWICE = "twice"
    """The same date is on an earlier line."""
    NOT_WEEKEND = "not_weekend"
    """A day worked in exchange ("làm bù") that is not a Saturday or a Sunday."""


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A line's problem: ``row`` counts the lines given from 1; ``other_row`` the earlier one."""

    row: int
    problem: DayOffProblem
    day: dt.date
    other_row: int | None = None


def is_tet(entry: DayOffEntry) -> bool:
    """Whether a line is a day of the Tết Âm lịch break.

    A day off between 19/1 and 28/2, or one whose name says "Tết" (not Tết Dương lịch).
    """
    if entry.kind is not DayOffKind.HOLIDAY:
        return False
    words = fold_words(entry.name)
    if "tet" in words and not {"duong", "lich"} <= set(words):
        return True
    return _TET_FROM <= (entry.day.month, entry.day.day) <= _TET_TO


def entry_problems(year: int, entries: Sequence[DayOffEntry]) -> list[RowProblem]:
    """Every line's problem, in order: a date of another year, no name, a date twice.

    The window checks with this before saving; the service refuses the first.
    """
    found: list[RowProblem] = []
    first_row: dict[dt.date, int] = {}
    for row, entry in enumerate(entries, start=1):
        name = normalize_line(entry.name or "")
        if entry.day.year != year:
            found.append(RowProblem(row, DayOffProblem.OTHER_YEAR, entry.day))
        if not name:
            found.append(RowProblem(row, DayOffProblem.NO_NAME, entry.day))
        elif len(name) > NAME_LIMIT:
            found.append(RowProblem(row, DayOffProblem.NAME_TOO_LONG, entry.day))
        if entry.kind is DayOffKind.WORKING_DAY and entry.day.weekday() < _SATURDAY:
            found.append(RowProblem(row, DayOffProblem.NOT_WEEKEND, entry.day))
        if entry.day in first_row:
            found.append(RowProblem(row, DayOffProblem.TWICE, entry.day, first_row[entry.day]))
        else:
            first_row[entry.day] = row
    return found


# ----- reading ------------------------------------------------------------------------


def _key(year: int) -> str:
    return f"{KEY_PREFIX}{year}"


def _shipped(year: int) -> tuple[DayOffEntry, ...] | None:
    """The program's list for ``year``, in date order; None when the year is not shipped."""
    holidays, worked = shipped_holidays(year), shipped_working_days(year)
    if holidays is None:
        return None
    lines = [DayOffEntry(day, name) for day, name in holidays]
    lines += [DayOffEntry(day, name, DayOffKind.WORKING_DAY) for day, name in worked or ()]
    return tuple(sorted(lines, key=lambda entry: entry.day))


def _decoded(row: OfficeSetting) -> tuple[DayOffEntry, ...]:
    lines = json.loads(row.value)["entries"]
    return tuple(
        DayOffEntry(dt.date.fromisoformat(line["date"]), line["name"], DayOffKind(line["kind"]))
        for line in lines
    )


def _stored(session: Session) -> dict[int, OfficeSetting]:
    """The years the office saved, by year."""
    query = select(OfficeSetting).where(OfficeSetting.key.startswith(KEY_PREFIX, autoescape=True))
    found = {}
    for row in session.scalars(query):
        suffix = row.key.removeprefix(KEY_PREFIX)
        if suffix.isdigit():
            found[int(suffix)] = row
    return found


def _year(session: Session, year: int) -> YearDaysOff:
    row = session.get(OfficeSetting, _key(year))
    if row is not None:
        return YearDaysOff(year, _decoded(row), False, row.version)
    shipped = _shipped(year)
    return YearDaysOff(year, shipped or (), shipped is not None, 0)


def _every_year(session: Session) -> dict[int, tuple[DayOffEntry, ...]]:
    """Each year's lines: the office's where it saved one, else the program's."""
    years: dict[int, tuple[DayOffEntry, ...]] = {}
    for year in SHIPPED_HOLIDAYS:
        years[year] = _shipped(year) or ()
    for year, row in _stored(session).items():
        years[year] = _decoded(row)
    return years


def days_off_in(session: Session) -> DaysOff:
    """Every year's days off as one ``DaysOff``, inside the caller's work."""
    lines = [entry for entries in _every_year(session).values() for entry in entries]
    return DaysOff.of(
        (entry.day for entry in lines if entry.kind is DayOffKind.HOLIDAY),
        (entry.day for entry in lines if entry.kind is DayOffKind.WORKING_DAY),
    )


def days_off(factory: SessionFactory) -> DaysOff:
    """The office's days off of every year, to count deadlines with."""
    with factory() as session:
        return days_off_in(session)


def year_days_off(factory: SessionFactory, year: int) -> YearDaysOff:
    """A year's list: the office's, else the program's, else empty."""
    with factory() as session:
        return _year(session, year)


def listed_years(factory: SessionFactory) -> list[int]:
    """The years that have a list (shipped or saved by the office), in order."""
    with factory() as session:
        return sorted(year for year, lines in _every_year(session).items() if lines)


def tet_reminder_due(factory: SessionFactory, today: dt.date) -> bool:
    """Whether to remind the clerk to enter next year's Tết: in December, when it is missing.

    Args:
        factory: The office's database.
        today: The PC's local date.
    """
    if today.month != 12:
        return False  # no need to read anything
    with factory() as session:
        entered = {
            year
            for year, entries in _every_year(session).items()
            if any(is_tet(entry) for entry in entries)
        }
    return needs_tet_reminder(today, entered)


# ----- saving -------------------------------------------------------------------------


def _cleaned(year: int, entries: Iterable[DayOffEntry]) -> tuple[DayOffEntry, ...]:
    given = [
        DayOffEntry(entry.day, normalize_line(entry.name or ""), DayOffKind(entry.kind))
        for entry in entries
    ]
    problems = entry_problems(year, given)
    if problems:
        first = problems[0]
        raise ValidationError(
            ErrorCode.FIELD_INVALID,
            field="days_off",
            reason=first.problem.value,
            row=first.row,
            date=first.day,
            year=year,
            other_row=first.other_row,
        )
    return tuple(sorted(given, key=lambda entry: entry.day))


def _encoded(entries: Sequence[DayOffEntry]) -> dict[str, Any]:
    return {
        "entries": [
            {"date": entry.day.isoformat(), "name": entry.name, "kind": entry.kind.value}
            for entry in entries
        ]
    }


def _audited(year: int, entries: Sequence[DayOffEntry] | None) -> dict[str, Any] | None:
    """A year's list as the change log shows it: the days off, and the days worked."""
    if entries is None:
        return None
    return {
        "key": _key(year),
        "days_off": [f"{e.day:%d/%m/%Y} {e.name}" for e in entries if e.kind is DayOffKind.HOLIDAY],
        "working_days": [
            f"{e.day:%d/%m/%Y} {e.name}" for e in entries if e.kind is DayOffKind.WORKING_DAY
        ],
    }


def save_year_days_off(
    factory: SessionFactory,
    actor: Actor,
    year: int,
    entries: Sequence[DayOffEntry],
    version: int,
) -> Changes:
    """Keep the office's list for ``year`` (it wins over the program's from now on).

    Deadlines already set keep their dates; only deadlines computed later count the new
    days. ``version`` is the one read (0 while the office never saved this year).

    Raises:
        ConflictError: the year was saved elsewhere since it was read (``STALE_EDIT``).
        PermissionDeniedError: a viewer.
        ValidationError: ``field`` "days_off", ``reason`` a :class:`DayOffProblem` value,
            ``row`` the line (from 1), ``date``, ``year`` and ``other_row`` (a date twice);
            or ``field`` "year" for a year out of range.
    """
    require_write(actor)
    if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="year", reason=year)
    clean = _cleaned(year, entries)
    try:
        with unit_of_work(factory) as session:
            row = session.get(OfficeSetting, _key(year))
            if (row.version if row else 0) != version:
                raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY)
            before = _decoded(row) if row else _shipped(year)
            if before == clean and row is not None:
                return Changes.of()
            value = json.dumps(_encoded(clean), ensure_ascii=False, sort_keys=True)
            if row is None:
                session.add(OfficeSetting(key=_key(year), value=value))
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
                _audited(year, before),
                _audited(year, clean),
            )
    except IntegrityError as exc:  # another PC saved its first list of the year meanwhile
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY) from exc
    return Changes.of(Area.OFFICE, Area.TASKS)


# ----- the reminder window --------------------------------------------------------------


def reminder_days_in(session: Session) -> int:
    """The reminder window in days, inside the caller's work."""
    row = session.get(OfficeSetting, REMINDER_KEY)
    return int(json.loads(row.value)["days"]) if row else DEFAULT_REMINDER_DAYS


def reminder_days(factory: SessionFactory) -> int:
    """How many days ahead a deadline is recalled and shown as due soon (default 3)."""
    with factory() as session:
        return reminder_days_in(session)


def set_reminder_days(factory: SessionFactory, actor: Actor, days: int) -> Changes:
    """Keep the office's reminder window, 1 to 30 days (one number: the last save wins).

    Raises:
        PermissionDeniedError: a viewer.
        ValidationError: ``field`` "reminder_days", out of range.
    """
    require_write(actor)
    low, high = REMINDER_RANGE
    if isinstance(days, bool) or not isinstance(days, int) or not low <= days <= high:
        raise ValidationError(
            ErrorCode.FIELD_INVALID, field="reminder_days", reason=days, low=low, high=high
        )
    try:
        with unit_of_work(factory) as session:
            row = session.get(OfficeSetting, REMINDER_KEY)
            before = int(json.loads(row.value)["days"]) if row else DEFAULT_REMINDER_DAYS
            if before == days and row is not None:
                return Changes.of()
            value = json.dumps({"days": days})
            if row is None:
                session.add(OfficeSetting(key=REMINDER_KEY, value=value))
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
                {"key": REMINDER_KEY, "days": before},
                {"key": REMINDER_KEY, "days": days},
            )
    except IntegrityError as exc:  # another PC kept its first choice meanwhile
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY) from exc
    return Changes.of(Area.OFFICE, Area.TASKS)
