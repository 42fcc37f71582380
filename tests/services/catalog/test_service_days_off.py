"""The office's days off and reminder window, kept in the database for every PC."""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.deadlines import deadline_after
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.services.catalog import days_off as service
from giamsat_desktop.services.catalog.days_off import DayOffEntry, DayOffKind, DayOffProblem
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.safety.database import Database

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
D = dt.date
WORKED = DayOffKind.WORKING_DAY

TET_2027 = [
    DayOffEntry(D(2027, 1, 1), "Tết Dương lịch"),
    *(DayOffEntry(D(2027, 2, day), "Tết Âm lịch") for day in range(4, 11)),
    DayOffEntry(D(2027, 4, 16), "Giỗ Tổ Hùng Vương"),
]
"""2027 as a clerk might enter it from the government's notice (Tết: Thursday 4/2 – 10/2)."""


@pytest.fixture
def factory(office_database: Database) -> SessionFactory:
    return office_database.session_factory


def test_a_deadline_over_tet_2026_and_a_weekend_counts_the_shipped_days(
    factory: SessionFactory,
) -> None:
    counted = service.days_off(factory)

    # 10/2 + 5 = Sunday 15/2; Tết 16–20/2, then the weekend: Monday 23/2.
    assert deadline_after(D(2026, 2, 10), 5, counted) == D(2026, 2, 23)
    # Friday 2/1/2026 is off (swapped), Saturday 10/1 is worked.
    assert counted.is_day_off(D(2026, 1, 2)) and not counted.is_day_off(D(2026, 1, 10))


def test_a_year_the_office_enters_counts_from_then_on(factory: SessionFactory) -> None:
    assert service.year_days_off(factory, 2027) == service.YearDaysOff(2027, (), False, 0)
    before = service.days_off(factory)
    assert deadline_after(D(2027, 1, 30), 5, before) == D(2027, 2, 4)  # nothing known yet

    changes = service.save_year_days_off(factory, CLERK, 2027, TET_2027, 0)

    assert changes.touches(Area.OFFICE) and changes.touches(Area.TASKS)
    counted = service.days_off(factory)
    # 30/1 + 5 = Thursday 4/2, Tết to Wednesday 10/2: Thursday 11/2.
    assert deadline_after(D(2027, 1, 30), 5, counted) == D(2027, 2, 11)
    # 10/2 + 10 = Saturday 20/2, the weekend: Monday 22/2.
    assert deadline_after(D(2027, 2, 10), 10, counted) == D(2027, 2, 22)
    # The 2026 list is still the program's.
    assert deadline_after(D(2026, 2, 10), 5, counted) == D(2026, 2, 23)
    saved = service.year_days_off(factory, 2027)
    assert (saved.shipped, saved.version, saved.has_tet) == (False, 1, True)
    assert [entry.day for entry in saved.entries] == sorted(entry.day for entry in TET_2027)


def test_a_shipped_year_changed_by_the_office_is_the_offices(factory: SessionFactory) -> None:
    shipped = service.year_days_off(factory, 2026)
    assert shipped.shipped and shipped.version == 0 and shipped.has_tet
    assert DayOffEntry(D(2026, 1, 10), "Làm bù cho thứ Sáu 02/01", WORKED) in shipped.entries

    # This office works on Friday 2/1 and rests on Saturday 10/1; it closes on 24/11 too.
    mine = [
        entry for entry in shipped.entries if entry.day not in {D(2026, 1, 2), D(2026, 1, 10)}
    ] + [DayOffEntry(D(2026, 11, 24), "Ngày Văn hóa Việt Nam")]
    service.save_year_days_off(factory, CLERK, 2026, mine, shipped.version)

    counted = service.days_off(factory)
    assert not counted.is_day_off(D(2026, 1, 2))
    assert counted.is_day_off(D(2026, 1, 10))
    assert deadline_after(D(2026, 11, 20), 4, counted) == D(2026, 11, 25)
    assert counted.is_day_off(D(2025, 1, 27))  # 2025 is still the program's
    kept = service.year_days_off(factory, 2026)
    assert (kept.shipped, kept.version, len(kept.entries)) == (False, 1, len(mine))

    [entry] = audit_log.list_entries(factory, entity=service.ENTITY)
    assert entry.action == "update" and entry.user_name == "vanthu"
    assert (
        "02/01/2026 Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01)"
        in (entry.changes["days_off"][0])
    )
    assert "24/11/2026 Ngày Văn hóa Việt Nam" in entry.changes["days_off"][1]
    assert entry.changes["working_days"] == [
        ["10/01/2026 Làm bù cho thứ Sáu 02/01", "22/08/2026 Làm bù cho thứ Hai 31/8"],
        ["22/08/2026 Làm bù cho thứ Hai 31/8"],
    ]


def test_a_stale_save_is_refused_and_the_first_kept(factory: SessionFactory) -> None:
    service.save_year_days_off(factory, CLERK, 2027, TET_2027, 0)
    other_pc = [*TET_2027, DayOffEntry(D(2027, 9, 2), "Quốc khánh")]

    with pytest.raises(ConflictError) as stale:
        service.save_year_days_off(factory, CLERK, 2027, other_pc, 0)

    assert stale.value.code is ErrorCode.STALE_EDIT
    assert len(service.year_days_off(factory, 2027).entries) == len(TET_2027)
    service.save_year_days_off(factory, CLERK, 2027, other_pc, 1)
    assert len(service.year_days_off(factory, 2027).entries) == len(other_pc)


def test_a_viewer_changes_nothing(factory: SessionFactory) -> None:
    with pytest.raises(PermissionDeniedError):
        service.save_year_days_off(factory, VIEWER, 2027, TET_2027, 0)
    with pytest.raises(PermissionDeniedError):
        service.set_reminder_days(factory, VIEWER, 7)

    assert service.year_days_off(factory, 2027).entries == ()
    assert service.reminder_days(factory) == 3
    assert audit_log.list_entries(factory, entity=service.ENTITY) == []


@pytest.mark.parametrize(
    ("lines", "row", "problem"),
    [
        ([DayOffEntry(D(2027, 1, 1), "Tết Dương lịch"), DayOffEntry(D(2028, 1, 1), "Tết")], 2,
         DayOffProblem.OTHER_YEAR),
        ([DayOffEntry(D(2027, 2, 5), "  ")], 1, DayOffProblem.NO_NAME),
        ([DayOffEntry(D(2027, 2, 5), "Tết Âm lịch"), DayOffEntry(D(2027, 4, 16), "Giỗ Tổ"),
          DayOffEntry(D(2027, 2, 5), "Tết")], 3, DayOffProblem.TWICE),
        ([DayOffEntry(D(2027, 2, 3), "Làm bù", WORKED)], 1, DayOffProblem.NOT_WEEKEND),
    ],
)  # fmt: skip
def test_a_line_that_cannot_be_kept_is_refused_by_its_row(
    factory: SessionFactory, lines: list[DayOffEntry], row: int, problem: DayOffProblem
) -> None:
    with pytest.raises(ValidationError) as refused:
        service.save_year_days_off(factory, CLERK, 2027, lines, 0)

    values = refused.value.values
    assert (values["field"], values["row"], values["reason"]) == ("days_off", row, problem.value)
    if problem is DayOffProblem.TWICE:
        assert values["other_row"] == 1
    assert service.year_days_off(factory, 2027).version == 0


def test_the_tet_reminder_comes_in_december_until_next_years_tet_is_entered(
    factory: SessionFactory,
) -> None:
    assert not service.tet_reminder_due(factory, D(2025, 12, 15))  # 2026 is shipped
    assert not service.tet_reminder_due(factory, D(2026, 11, 30))
    assert service.tet_reminder_due(factory, D(2026, 12, 1))

    without_tet = [entry for entry in TET_2027 if entry.day.month != 2]
    service.save_year_days_off(factory, CLERK, 2027, without_tet, 0)
    assert service.tet_reminder_due(factory, D(2026, 12, 31))  # 1/1 and Giỗ Tổ only

    service.save_year_days_off(factory, CLERK, 2027, TET_2027, 1)
    assert not service.tet_reminder_due(factory, D(2026, 12, 1))


def test_the_reminder_window_is_three_days_until_the_office_changes_it(
    factory: SessionFactory,
) -> None:
    assert service.reminder_days(factory) == 3

    changes = service.set_reminder_days(factory, CLERK, 5)

    assert changes.touches(Area.TASKS)
    assert service.reminder_days(factory) == 5
    for wrong in (0, 31):
        with pytest.raises(ValidationError) as refused:
            service.set_reminder_days(factory, CLERK, wrong)
        assert refused.value.values["field"] == "reminder_days"
    assert service.reminder_days(factory) == 5
    [entry] = audit_log.list_entries(factory, entity=service.ENTITY)
    assert entry.changes["days"] == [3, 5]
