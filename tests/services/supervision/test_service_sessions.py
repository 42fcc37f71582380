"""Supervision sessions: made, edited, refused when stale or to a viewer, audited, searched."""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import SessionFilter, WorkingSessionDraft
from giamsat_desktop.messages import say
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.supervision import history, queries, records, sessions, working
from tests.services.supervision.office_sessions import (
    CLERK,
    VIEWER,
    draft,
    make,
    organizations,
    walk,
)
from tests.session_day import TODAY


def _document(context: ServiceContext, subject: str, secrecy: Secrecy = Secrecy.NORMAL) -> int:
    record, _ = incoming.register_incoming(
        context.factory,
        CLERK,
        IncomingDraft(
            dt.date(2026, 1, 12),
            "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
            subject,
            symbol="12/HD-MTTQ-BTT",
            doc_date=dt.date(2026, 1, 9),
            secrecy=secrecy,
        ),
    )
    return record.id


def test_a_session_is_made_planned_with_its_organisations_and_cited_documents(
    context: ServiceContext,
) -> None:
    orgs = organizations(context)
    guide = _document(context, "Hướng dẫn giám sát năm 2026")
    record, changes = sessions.create_session(
        context.factory,
        CLERK,
        draft(
            subject="  Giám sát   việc thu, chi quỹ  ",
            lead_id=orgs["HND"],
            participant_ids=(orgs["LHPN"], orgs["HND"], orgs["CCB"]),
            cited_ids=(guide,),
        ),
    )
    assert record.step is SessionStep.PLANNED and record.is_open
    assert changes.touches(Area.SUPERVISION) and changes.touches(Area.AUDIT)
    assert record.subject == "Giám sát   việc thu, chi quỹ"
    assert (record.lead_id, record.lead_name) == (orgs["HND"], "Hội Nông dân")
    # The lead is not also a participant; participants in id order with their names.
    assert set(record.participants) == {"Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh"}
    assert record.participant_ids == tuple(sorted((orgs["LHPN"], orgs["CCB"])))
    assert [(c.id, c.symbol, c.subject) for c in record.cited] == [
        (guide, "12/HD-MTTQ-BTT", "Hướng dẫn giám sát năm 2026")
    ]
    assert record.year == 2026  # the planned start's
    assert record.item_id is None and record.delegation == () and record.working_sessions == 0
    assert record.next_steps == {SessionStep.PLAN_ISSUED, SessionStep.CANCELLED}
    steps = history.history(context.factory, CLERK, record.id)
    assert [(s.kind, s.to_step) for s in steps] == [("create", SessionStep.PLANNED)]
    [entry] = audit_log.list_entries(context.factory, entity="supervision_session")
    assert (entry.action, entry.entity_id, entry.user_name) == ("create", record.id, "vanthu")


def test_without_a_planned_start_the_year_is_todays(context: ServiceContext) -> None:
    record = make(context, planned_start=None, planned_end=None)
    assert record.year == TODAY.year


def test_a_session_needs_a_subject_known_organisations_and_dates_in_order(
    context: ServiceContext,
) -> None:
    orgs = organizations(context)
    cases = [
        (draft(subject="  "), ValidationError, "session_subject"),
        (draft(lead_id=999_999), ValidationError, "lead"),
        (draft(participant_ids=(orgs["CD"], 999_999)), ValidationError, "participants"),
        (draft(role=SupervisionRole.JOIN, lead_body=""), ValidationError, "lead_body"),
        (draft(planned_end=dt.date(2026, 3, 1)), ValidationError, "planned_start"),
    ]
    for bad, error, field in cases:
        with pytest.raises(error) as refused:
            sessions.create_session(context.factory, CLERK, bad)
        assert refused.value.values["field"] == field
    with pytest.raises(NotFoundError) as unknown:
        sessions.create_session(context.factory, CLERK, draft(cited_ids=(999_999,)))
    assert unknown.value.values == {"what": "incoming", "id": 999_999}
    with pytest.raises(NotFoundError):
        sessions.create_session(context.factory, CLERK, draft(), item_id=999_999)
    assert queries.session_keys(context.factory, CLERK, SessionFilter(), TODAY) == []


def test_an_edit_is_saved_audited_and_refused_from_a_stale_copy(context: ServiceContext) -> None:
    orgs = organizations(context)
    first = make(context)
    edited, _ = sessions.update_session(
        context.factory,
        CLERK,
        first.id,
        first.version,
        draft(supervised_body="Hội đồng nhân dân xã Tân Hưng", participant_ids=(orgs["CD"],)),
    )
    assert edited.version > first.version
    assert edited.supervised_body == "Hội đồng nhân dân xã Tân Hưng"
    assert edited.participants == ("Công đoàn",)
    with pytest.raises(ConflictError) as stale:
        sessions.update_session(context.factory, CLERK, first.id, first.version, draft())
    assert stale.value.code is ErrorCode.STALE_EDIT
    assert say(stale.value).lower().startswith("cuộc giám sát vừa được người khác sửa")
    update = audit_log.list_entries(context.factory, entity="supervision_session")[0]
    assert update.action == "update"
    assert update.changes["supervised_body"] == [
        "Ủy ban nhân dân xã Tân Hưng",
        "Hội đồng nhân dân xã Tân Hưng",
    ]
    assert update.changes["participants"] == [[], [orgs["CD"]]]
    # Saving the same again changes nothing and writes no entry.
    same, changes = sessions.update_session(
        context.factory,
        CLERK,
        first.id,
        edited.version,
        draft(supervised_body="Hội đồng nhân dân xã Tân Hưng", participant_ids=(orgs["CD"],)),
    )
    assert same.version == edited.version and not changes.areas
    assert len(audit_log.list_entries(context.factory, entity="supervision_session")) == 2


def test_the_form_and_role_are_fixed_once_the_session_has_moved_on(
    context: ServiceContext,
) -> None:
    record = make(context)
    changed, _ = sessions.update_session(
        context.factory, CLERK, record.id, record.version, draft(form=SupervisionForm.DOCUMENTS)
    )
    assert changed.form is SupervisionForm.DOCUMENTS  # still planned: free to change
    moved = walk(context, changed, [SessionStep.PLAN_ISSUED], dt.date(2026, 2, 2))
    with pytest.raises(ConflictError) as fixed:
        sessions.update_session(context.factory, CLERK, moved.id, moved.version, draft())
    assert fixed.value.code is ErrorCode.SESSION_FORM_FIXED
    assert "không đổi hình thức giám sát" in say(fixed.value)
    kept, _ = sessions.update_session(
        context.factory,
        CLERK,
        moved.id,
        moved.version,
        draft(form=SupervisionForm.DOCUMENTS, scope="Năm 2025"),
    )
    assert (kept.scope, kept.step) == ("Năm 2025", SessionStep.PLAN_ISSUED)


def test_a_viewer_reads_sessions_but_changes_nothing(context: ServiceContext) -> None:
    record = make(context)
    assert records.get_session(context.factory, VIEWER, record.id).subject == record.subject
    refused = [
        lambda: sessions.create_session(context.factory, VIEWER, draft()),
        lambda: sessions.update_session(
            context.factory, VIEWER, record.id, record.version, draft()
        ),
        lambda: sessions.set_delegation(context.factory, VIEWER, record.id, record.version, []),
        lambda: working.add_working_session(
            context.factory, VIEWER, record.id, WorkingSessionDraft(dt.date(2026, 3, 3))
        ),
    ]
    for attempt in refused:
        with pytest.raises(PermissionDeniedError):
            attempt()
    assert records.get_session(context.factory, CLERK, record.id).version == record.version


def test_a_viewer_sees_the_session_but_not_the_secret_document_it_cites(
    context: ServiceContext,
) -> None:
    guide = _document(context, "Hướng dẫn giám sát năm 2026")
    secret = _document(context, "Tình hình an ninh nông thôn", Secrecy.CONFIDENTIAL)
    record = make(context, cited_ids=(guide, secret))
    assert {c.id for c in records.get_session(context.factory, CLERK, record.id).cited} == {
        guide,
        secret,
    }
    seen = records.get_session(context.factory, VIEWER, record.id)
    assert [c.id for c in seen.cited] == [guide]
    # The session itself is not secret: the viewer's list has it.
    assert queries.session_keys(context.factory, VIEWER, SessionFilter(), TODAY) == [record.id]
    [listed] = queries.sessions_by_ids(context.factory, VIEWER, [record.id])
    assert [c.id for c in listed.cited] == [guide]


def test_working_sessions_are_added_edited_removed_and_audited(context: ServiceContext) -> None:
    record = make(context)
    first, _ = working.add_working_session(
        context.factory,
        CLERK,
        record.id,
        WorkingSessionDraft(dt.date(2026, 3, 4), "Hội trường xã", "Ông Trần Văn Bình", "Biên bản"),
    )
    second, _ = working.add_working_session(
        context.factory, CLERK, record.id, WorkingSessionDraft(dt.date(2026, 3, 3))
    )
    listed = working.working_sessions(context.factory, CLERK, record.id)
    assert [w.id for w in listed] == [second.id, first.id]  # by the day held
    read = records.get_session(context.factory, CLERK, record.id)
    assert read.working_sessions == 2
    assert (read.lead_times.first_working, read.lead_times.last_working) == (
        dt.date(2026, 3, 3),
        dt.date(2026, 3, 4),
    )
    edited, _ = working.update_working_session(
        context.factory,
        CLERK,
        first.id,
        first.version,
        WorkingSessionDraft(dt.date(2026, 3, 6), "Hội trường xã", minutes="Biên bản đã ký"),
    )
    assert (edited.held_on, edited.minutes) == (dt.date(2026, 3, 6), "Biên bản đã ký")
    with pytest.raises(ConflictError):
        working.update_working_session(
            context.factory, CLERK, first.id, first.version, WorkingSessionDraft(TODAY)
        )
    with pytest.raises(ConflictError):
        working.remove_working_session(context.factory, CLERK, first.id, first.version)
    working.remove_working_session(context.factory, CLERK, second.id, second.version)
    assert [w.id for w in working.working_sessions(context.factory, CLERK, record.id)] == [
        first.id
    ]
    with pytest.raises(NotFoundError):
        working.get_working_session(context.factory, CLERK, second.id)
    actions = [e.action for e in audit_log.list_entries(context.factory, entity="working_session")]
    assert actions == ["delete", "update", "create", "create"]
    with pytest.raises(PermissionDeniedError):
        working.remove_working_session(context.factory, VIEWER, first.id, edited.version)


def test_folded_words_find_sessions_by_body_subject_and_organisation(
    context: ServiceContext,
) -> None:
    orgs = organizations(context)
    people = make(context, supervised_body="Ủy ban nhân dân xã Tân Hưng")
    council = make(
        context,
        subject="Giám sát việc giải quyết đơn thư",
        supervised_body="Hội đồng nhân dân xã Tân Hưng",
        superior_body="",
        participant_ids=(orgs["HND"],),
    )

    def found(words: str) -> set[int]:
        keys = queries.session_keys(context.factory, CLERK, SessionFilter(words=words), TODAY)
        return set(keys)

    assert found("uy ban nhan dan") == {people.id}
    assert found("Ủy ban nhân dân") == {people.id}
    assert found("hoi dong") == {council.id}
    assert found("nong dan") == {council.id}  # a participating organisation's name
    assert found("don thu") == {council.id}
    assert found("tan hung") == {people.id, council.id}
    assert found("quang ngai") == set()
    # An edit refolds the words.
    sessions.update_session(
        context.factory, CLERK, council.id, council.version, draft(supervised_body="Công an xã")
    )
    assert found("hoi dong") == set() and found("cong an") == {council.id}
