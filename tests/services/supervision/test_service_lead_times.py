"""The two NQLT 403 warnings of a session around their limits, over Tết 2026, and their settings.

Tết 2026 in the office's days off: Saturday 14/2 to Sunday 22/2 (16/2 – 20/2 public holidays).
The notice is due 15 days before the first working session, never moved; the report 15 days
after the last one, moved to the next working day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.errors import PermissionDeniedError, ValidationError
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import (
    LeadDays,
    SessionRecord,
    WorkingSessionDraft,
)
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision import moves, queries, settings, working
from tests.services.supervision.office_sessions import CLERK, VIEWER, make, walk

S = SessionStep
D = dt.date


def _on(context: ServiceContext, record: SessionRecord, today: dt.date) -> SessionRecord:
    [read] = queries.sessions_by_ids(context.factory, CLERK, [record.id], today)
    return read


def _held(context: ServiceContext, record: SessionRecord, day: dt.date) -> None:
    working.add_working_session(context.factory, CLERK, record.id, WorkingSessionDraft(day))


def _notified(context: ServiceContext, sent_on: dt.date, **changes: object) -> SessionRecord:
    record = make(context, **changes)
    record = walk(context, record, [S.PLAN_ISSUED, S.DECISION_ISSUED], D(2026, 2, 2))
    record, _ = moves.move_session(
        context.factory, CLERK, record.id, record.version, S.NOTIFIED, sent_on
    )
    return record


def _reported(context: ServiceContext, held_on: dt.date, on: dt.date | None) -> SessionRecord:
    record = make(
        context,
        role=SupervisionRole.JOIN,
        lead_body="Hội đồng nhân dân xã Tân Hưng",
        planned_start=held_on,
        planned_end=None,
    )
    _held(context, record, held_on)
    steps = [S.WORKING] if on is None else [S.WORKING, S.REPORTED]
    return walk(context, record, steps, on or held_on)


def test_the_notice_is_due_fifteen_days_before_even_on_a_day_of_tet(
    context: ServiceContext,
) -> None:
    # The first working day is the planned start, 3/3: the notice is due on 16/2, a day of
    # Tết, and stays there (never moved to the working day after).
    in_time = _notified(context, D(2026, 2, 16))
    assert in_time.lead_times.first_working == D(2026, 3, 3)
    assert in_time.lead_times.notice_due == D(2026, 2, 16)
    assert not in_time.notice_late
    late = _notified(context, D(2026, 2, 17))
    assert late.notice_late
    # A working session held before the planned start is the first one: due a day earlier.
    _held(context, in_time, D(2026, 3, 2))
    moved = _on(context, in_time, D(2026, 2, 16))
    assert (moved.lead_times.notice_due, moved.notice_late) == (D(2026, 2, 15), True)


def test_a_notice_not_sent_is_late_from_the_day_after_its_due_day(
    context: ServiceContext,
) -> None:
    record = make(context)
    assert not _on(context, record, D(2026, 2, 16)).notice_late
    assert _on(context, record, D(2026, 2, 17)).notice_late
    cancelled = walk(context, record, [S.CANCELLED], D(2026, 2, 17), "Hoãn sang năm sau")
    after = _on(context, cancelled, D(2026, 3, 30))
    assert after.lead_times.notice_due is None and not after.notice_late
    assert not after.report_late


def test_a_session_without_a_notice_is_never_late_with_one(context: ServiceContext) -> None:
    joined = make(context, role=SupervisionRole.JOIN, lead_body="Hội đồng nhân dân xã")
    state = make(context, form=SupervisionForm.WITH_STATE)
    for record in (joined, state):
        read = _on(context, record, D(2026, 12, 31))
        assert read.lead_times.notice_due is None and not read.notice_late
        assert read.report_late  # every form reports


@pytest.mark.parametrize(
    ("held_on", "reported_on", "due", "late"),
    [
        # 30/1 + 15 = 14/2, a Saturday of Tết: due on the first working day after, 23/2.
        (D(2026, 1, 30), D(2026, 2, 23), D(2026, 2, 23), False),
        (D(2026, 1, 30), D(2026, 2, 24), D(2026, 2, 23), True),
        # 6/2 + 15 = 21/2, still Tết: 23/2 too.
        (D(2026, 2, 6), D(2026, 2, 23), D(2026, 2, 23), False),
        # 29/1 + 15 = 13/2, the Friday before Tết: due that day; the Saturday after is late.
        (D(2026, 1, 29), D(2026, 2, 13), D(2026, 2, 13), False),
        (D(2026, 1, 29), D(2026, 2, 14), D(2026, 2, 13), True),
    ],
)
def test_the_report_is_due_fifteen_days_after_moved_off_tet(
    context: ServiceContext, held_on: dt.date, reported_on: dt.date, due: dt.date, late: bool
) -> None:
    record = _reported(context, held_on, reported_on)
    assert record.reported_on == reported_on
    assert (record.lead_times.report_due, record.report_late) == (due, late)


def test_a_report_not_made_is_late_from_the_day_after_its_due_day(
    context: ServiceContext,
) -> None:
    record = _reported(context, D(2026, 1, 30), None)
    assert not _on(context, record, D(2026, 2, 20)).report_late  # inside Tết: not yet due
    assert not _on(context, record, D(2026, 2, 23)).report_late
    assert _on(context, record, D(2026, 2, 24)).report_late


def test_the_lead_times_are_settings_read_at_once(context: ServiceContext) -> None:
    assert settings.lead_days(context.factory) == LeadDays(15, 15)
    record = _reported(context, D(2026, 1, 30), D(2026, 2, 23))
    settings.set_report_days(context.factory, CLERK, 10)
    settings.set_notice_days(context.factory, CLERK, 20)
    assert (settings.notice_days(context.factory), settings.report_days(context.factory)) == (
        20,
        10,
    )
    # 30/1 + 10 = 9/2, a Monday: the report of 23/2 is now late.
    read = _on(context, record, D(2026, 3, 1))
    assert (read.lead_times.report_due, read.report_late) == (D(2026, 2, 9), True)
    planned = _on(context, make(context), D(2026, 2, 1))
    assert planned.lead_times.notice_due == D(2026, 2, 11)  # 3/3 − 20 days
    entries = audit_log.list_entries(context.factory, entity="office_setting")
    assert [e.changes for e in entries] == [
        {"supervision.notice_days": [15, 20]},
        {"supervision.report_days": [15, 10]},
    ]


def test_a_lead_time_is_one_to_ninety_days_and_a_viewer_keeps_none(
    context: ServiceContext,
) -> None:
    for bad in (0, 91, True, "15"):
        with pytest.raises(ValidationError) as refused:
            settings.set_notice_days(context.factory, CLERK, bad)  # type: ignore[arg-type]
        assert refused.value.values["field"] == "notice_days"
    with pytest.raises(PermissionDeniedError):
        settings.set_report_days(context.factory, VIEWER, 20)
    kept = settings.set_notice_days(context.factory, CLERK, 15)  # kept once
    assert kept.touches(Area.SUPERVISION) and kept.touches(Area.OFFICE)
    assert not settings.set_notice_days(context.factory, CLERK, 15).areas  # nothing new
    assert settings.lead_days(context.factory) == LeadDays(15, 15)
