"""A line of the annual programme opens as its session once, never when cancelled."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from giamsat_desktop.db.models import SupervisionSession
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_programme import ProgrammeItemState, ProgrammeProgress
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision import programme
from tests.services.supervision.programme_lines import (
    CLERK,
    VIEWER,
    YEAR,
    add_line,
    line_of,
    make_programme,
)


def _sessions_of(context: ServiceContext, item_id: int) -> list[int]:
    with context.factory() as session:
        return list(
            session.scalars(
                select(SupervisionSession.id).where(SupervisionSession.item_id == item_id)
            )
        )


def test_a_line_opens_as_its_session_once(context: ServiceContext) -> None:
    organizations = {o.code: o.id for o in list_organizations(context.factory)}
    programme_id = make_programme(context)
    line = add_line(
        context,
        programme_id,
        "Việc thực hiện chính sách bảo hiểm y tế cho người cao tuổi",
        supervised_body="UBND xã Tân Hưng",
        planned_month=5,
        form=SupervisionForm.DELEGATION,
        lead_id=organizations["CCB"],
        participants="Hội Nông dân; hội lhpn\nông Nguyễn Văn An, Ban TTND",
    )
    read = line_of(context, line)
    opened, changes = programme.open_item_as_session(context.factory, CLERK, line, read.version)
    assert changes.areas
    assert (opened.item_id, opened.step, opened.year) == (line, SessionStep.PLANNED, YEAR)
    assert opened.subject == "Việc thực hiện chính sách bảo hiểm y tế cho người cao tuổi"
    assert (opened.supervised_body, opened.form, opened.role) == (
        "UBND xã Tân Hưng",
        SupervisionForm.DELEGATION,
        SupervisionRole.LEAD,
    )
    assert opened.lead_id == organizations["CCB"]
    assert opened.planned_start == dt.date(YEAR, 5, 1)
    assert set(opened.participant_ids) == {
        organizations["HND"],
        organizations["LHPN"],
        organizations["TTND"],
    }  # the person named is no organisation: he stays in the line's text
    now = line_of(context, line)
    assert (now.session_id, now.session_step, now.opened) == (
        opened.id,
        SessionStep.PLANNED,
        True,
    )
    assert programme.progress(context.factory, CLERK, YEAR) == ProgrammeProgress(
        in_progress=1, total=1
    )

    with pytest.raises(ConflictError) as stale:  # the same reading, a second click
        programme.open_item_as_session(context.factory, CLERK, line, read.version)
    assert stale.value.code is ErrorCode.STALE_EDIT
    with pytest.raises(ConflictError) as twice:  # read again, still opened once
        programme.open_item_as_session(context.factory, CLERK, line, now.version)
    assert twice.value.code is ErrorCode.PROGRAMME_ITEM_OPENED
    assert twice.value.values["session"] == opened.id
    assert _sessions_of(context, line) == [opened.id]

    entry = audit_log.list_entries(context.factory, entity="programme_item")[0]
    assert (entry.action, entry.entity_id) == ("open", line)
    assert entry.changes == {"session_id": [None, opened.id]}
    made = audit_log.list_entries(context.factory, entity="supervision_session")
    assert [(e.action, e.entity_id) for e in made] == [("create", opened.id)]


def test_a_line_opens_on_the_first_day_of_its_quarter_and_a_postponed_one_is_planned_again(
    context: ServiceContext,
) -> None:
    programme_id = make_programme(context)
    line = add_line(context, programme_id, "Cải cách hành chính", planned_quarter=3)
    postponed, _ = programme.postpone_item(context.factory, CLERK, line, 1, "Chờ kế hoạch")
    opened, _ = programme.open_item_as_session(
        context.factory, CLERK, line, postponed.version
    )
    assert opened.planned_start == dt.date(YEAR, 7, 1)
    assert opened.participant_ids == () and opened.lead_id is None
    now = line_of(context, line)
    assert now.state is ProgrammeItemState.PLANNED and now.session_id == opened.id
    assert now.note == "Chờ kế hoạch"
    assert programme.progress(context.factory, CLERK, YEAR) == ProgrammeProgress(
        in_progress=1, total=1
    )
    undated = add_line(context, programme_id, "Trong năm")
    some_day, _ = programme.open_item_as_session(context.factory, CLERK, undated, 1)
    assert some_day.planned_start is None


def test_a_cancelled_line_never_opens_and_a_refused_opening_changes_nothing(
    context: ServiceContext,
) -> None:
    programme_id = make_programme(context)
    cancelled = add_line(context, programme_id, "Bỏ")
    record, _ = programme.cancel_item(context.factory, CLERK, cancelled, 1, "Không còn cần")
    with pytest.raises(ConflictError) as refused:
        programme.open_item_as_session(context.factory, CLERK, cancelled, record.version)
    assert refused.value.code is ErrorCode.PROGRAMME_ITEM_CANCELLED
    assert _sessions_of(context, cancelled) == []

    joined = add_line(
        context,
        programme_id,
        "Giám sát việc quản lý đất đai",
        form=SupervisionForm.WITH_STATE,
        role=SupervisionRole.JOIN,
    )
    before = line_of(context, joined)
    entries = len(audit_log.list_entries(context.factory))
    with pytest.raises(ValidationError) as no_leader:  # who leads it is asked for on opening
        programme.open_item_as_session(context.factory, CLERK, joined, before.version)
    assert no_leader.value.values["field"] == "lead_body"
    assert line_of(context, joined) == before  # the line was not claimed
    assert _sessions_of(context, joined) == []
    assert len(audit_log.list_entries(context.factory)) == entries
    opened, _ = programme.open_item_as_session(
        context.factory, CLERK, joined, before.version, lead_body="Thường trực HĐND xã"
    )
    assert (opened.role, opened.lead_body) == (SupervisionRole.JOIN, "Thường trực HĐND xã")

    with pytest.raises(PermissionDeniedError):
        programme.open_item_as_session(context.factory, VIEWER, cancelled, record.version)
    with pytest.raises(NotFoundError):
        programme.open_item_as_session(context.factory, CLERK, 999_999, 1)
