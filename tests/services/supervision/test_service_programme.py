"""The annual supervision programme: made and saved, its lines kept in order, decided on,
and counted at a glance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import event

from giamsat_desktop.db.database_handle import Database
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_programme import (
    ItemDraft,
    ProgrammeItemState,
    ProgrammeProgress,
)
from giamsat_desktop.messages import say
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision import programme
from tests.services.supervision.programme_lines import (
    CLERK,
    TITLE,
    VIEWER,
    YEAR,
    actions,
    add_line,
    line_of,
    make_programme,
    session_at,
    subjects,
)

# ----- the programme -------------------------------------------------------------------


def test_a_programme_is_made_once_a_year_and_saved_with_the_version_read(
    context: ServiceContext,
) -> None:
    assert programme.get_programme(context.factory, YEAR) is None
    made, changes = programme.save_programme(
        context.factory, CLERK, YEAR, f"  {TITLE} ", dt.date(YEAR - 1, 12, 20), "Dự thảo", None
    )
    assert changes.areas
    assert (made.year, made.title, made.notes, made.items) == (YEAR, TITLE, "Dự thảo", ())
    saved, _ = programme.save_programme(
        context.factory,
        CLERK,
        YEAR,
        TITLE + " (điều chỉnh)",
        dt.date(YEAR, 1, 8),
        "Đã thống nhất với các tổ chức thành viên",
        made.version,
    )
    kept = programme.get_programme(context.factory, YEAR)
    assert kept == saved
    assert (kept.title, kept.agreed_on) == (TITLE + " (điều chỉnh)", dt.date(YEAR, 1, 8))
    assert kept.version != made.version

    with pytest.raises(ConflictError) as stale:  # saved by another PC since it was read
        programme.save_programme(context.factory, CLERK, YEAR, "Khác", None, "", made.version)
    assert stale.value.code is ErrorCode.STALE_EDIT
    assert say(stale.value).lower().startswith("chương trình giám sát vừa được người khác sửa")
    with pytest.raises(ConflictError):  # made by another PC while this one made it too
        programme.save_programme(context.factory, CLERK, YEAR, "Khác", None, "", None)
    with pytest.raises(NotFoundError):  # saving one that is not there
        programme.save_programme(context.factory, CLERK, YEAR + 1, "Khác", None, "", 1)
    assert programme.get_programme(context.factory, YEAR) == saved

    entries = audit_log.list_entries(context.factory, entity="supervision_programme")
    assert [e.action for e in reversed(entries)] == ["create", "update"]
    assert entries[0].changes["title"] == [TITLE, TITLE + " (điều chỉnh)"]
    assert entries[1].changes["year"] == [None, YEAR]


def test_the_year_and_the_agreement_day_are_checked(context: ServiceContext) -> None:
    for year in (1999, 2101):
        with pytest.raises(ValidationError) as refused:
            programme.save_programme(context.factory, CLERK, year, TITLE, None, "", None)
        assert refused.value.values["field"] == "year"
    with pytest.raises(ValidationError) as late:
        programme.save_programme(
            context.factory, CLERK, YEAR, TITLE, dt.date(YEAR + 1, 1, 2), "", None
        )
    assert late.value.values["field"] == "agreed_on"
    with pytest.raises(ValidationError) as long_title:
        programme.save_programme(context.factory, CLERK, YEAR, "x" * 501, None, "", None)
    assert long_title.value.code is ErrorCode.FIELD_TOO_LONG
    assert programme.get_programme(context.factory, YEAR) is None


# ----- its lines -----------------------------------------------------------------------


def test_lines_are_added_at_the_end_and_edited(context: ServiceContext) -> None:
    members = [o for o in list_organizations(context.factory) if o.kind.value == "member"]
    programme_id = make_programme(context)
    first, changes = programme.add_item(
        context.factory,
        CLERK,
        programme_id,
        ItemDraft(
            " Việc thực hiện chính sách bảo hiểm y tế cho người cao tuổi ",
            "UBND xã Tân Hưng",
            planned_month=5,
            form=SupervisionForm.DELEGATION,
            role=SupervisionRole.LEAD,
            participants="Hội CCB, Hội Nông dân",
        ),
    )
    assert changes.areas
    assert first.subject == "Việc thực hiện chính sách bảo hiểm y tế cho người cao tuổi"
    assert (first.planned_month, first.planned_quarter) == (5, 2)  # May is in the second quarter
    assert first.planned_start == dt.date(YEAR, 5, 1)
    assert (first.state, first.lead_id, first.lead_name) == (ProgrammeItemState.PLANNED, None, "")
    assert (first.session_id, first.session_step, first.opened, first.done) == (
        None,
        None,
        False,
        False,
    )
    second = add_line(
        context,
        programme_id,
        "Việc giải quyết đơn thư của công dân",
        supervised_body="Công an xã",
        planned_quarter=3,
        form=SupervisionForm.BOARDS,
        lead_id=members[0].id,
    )
    third = add_line(context, programme_id, "Cải cách hành chính", role=SupervisionRole.JOIN)
    kept = programme.get_programme(context.factory, YEAR)
    assert kept is not None
    assert [item.id for item in kept.items] == [first.id, second, third]
    assert [item.sort_order for item in kept.items] == [1, 2, 3]
    line = kept.items[1]
    assert (line.planned_month, line.planned_quarter) == (None, 3)
    assert line.planned_start == dt.date(YEAR, 7, 1)
    assert (line.form, line.lead_id, line.lead_name) == (
        SupervisionForm.BOARDS,
        members[0].id,
        members[0].name,
    )
    assert kept.items[2].planned_start is None  # some time in the year

    edited, _ = programme.update_item(
        context.factory,
        CLERK,
        second,
        line.version,
        ItemDraft(
            "Việc giải quyết đơn thư khiếu nại, tố cáo",
            "Công an xã",
            planned_month=9,
            planned_quarter=3,
            form=SupervisionForm.DOCUMENTS,
            lead_id=members[1].id,
        ),
    )
    assert (edited.subject, edited.planned_month, edited.form, edited.lead_name) == (
        "Việc giải quyết đơn thư khiếu nại, tố cáo",
        9,
        SupervisionForm.DOCUMENTS,
        members[1].name,
    )
    assert edited.sort_order == 2 and edited.state is ProgrammeItemState.PLANNED
    with pytest.raises(ConflictError) as stale:
        programme.update_item(context.factory, CLERK, second, line.version, ItemDraft("Khác"))
    assert stale.value.code is ErrorCode.STALE_EDIT
    assert say(stale.value).lower().startswith(
        "cuộc giám sát trong chương trình vừa được người khác sửa"
    )
    assert actions(context, "programme_item", second) == ["create", "update"]
    entry = audit_log.list_entries(context.factory, entity="programme_item")[0]
    assert entry.changes["planned_month"] == [None, 9]
    assert entry.changes["lead_id"] == [members[0].id, members[1].id]


def test_a_line_needs_a_subject_a_known_lead_and_a_month_in_its_quarter(
    context: ServiceContext,
) -> None:
    programme_id = make_programme(context)
    cases = [
        (ItemDraft("  "), "session_subject"),
        (ItemDraft("Việc", planned_month=13), "planned_month"),
        (ItemDraft("Việc", planned_month=0), "planned_month"),
        (ItemDraft("Việc", planned_quarter=5), "planned_quarter"),
        (ItemDraft("Việc", planned_month=4, planned_quarter=1), "planned_quarter"),
        (ItemDraft("Việc", lead_id=999_999), "lead"),
        (ItemDraft("Việc", supervised_body="x" * 301), "supervised_body"),
        (ItemDraft("Việc", form="khac"), "form"),  # type: ignore[arg-type]
        (ItemDraft("Việc", role="khac"), "role"),  # type: ignore[arg-type]
    ]
    for draft, field in cases:
        with pytest.raises(ValidationError) as refused:
            programme.add_item(context.factory, CLERK, programme_id, draft)
        assert refused.value.values["field"] == field, draft
    with pytest.raises(NotFoundError):
        programme.add_item(context.factory, CLERK, 999_999, ItemDraft("Việc"))
    assert subjects(context) == []


def test_lines_are_put_in_order(context: ServiceContext) -> None:
    programme_id = make_programme(context)
    ids = [add_line(context, programme_id, name) for name in ("A", "B", "C", "D")]
    moved, _ = programme.move_item(
        context.factory, CLERK, ids[3], line_of(context, ids[3]).version, 0
    )
    assert [item.subject for item in moved.items] == ["D", "A", "B", "C"]
    assert [item.sort_order for item in moved.items] == [1, 2, 3, 4]
    programme.move_item(context.factory, CLERK, ids[0], line_of(context, ids[0]).version, 99)
    assert subjects(context) == ["D", "B", "C", "A"]
    programme.move_item(context.factory, CLERK, ids[2], line_of(context, ids[2]).version, 1)
    assert subjects(context) == ["D", "C", "B", "A"]
    programme.move_item(context.factory, CLERK, ids[3], line_of(context, ids[3]).version, -5)
    assert subjects(context) == ["D", "C", "B", "A"]  # already first: nothing changes
    with pytest.raises(ConflictError):
        programme.move_item(context.factory, CLERK, ids[1], 1, 0)  # saved since (renumbered)
    assert subjects(context) == ["D", "C", "B", "A"]
    # A line added after the moves goes last.
    add_line(context, programme_id, "E")
    assert subjects(context) == ["D", "C", "B", "A", "E"]
    assert actions(context, "programme_item", ids[3]) == ["create", "reorder"]
    entry = next(
        e
        for e in audit_log.list_entries(context.factory, entity="programme_item")
        if e.entity_id == ids[0] and e.action == "reorder"
    )
    assert entry.changes == {"sort_order": [2, 4]}


def test_lines_are_postponed_cancelled_and_reinstated_with_their_reasons(
    context: ServiceContext,
) -> None:
    programme_id = make_programme(context)
    line = add_line(context, programme_id, "Việc xây dựng nông thôn mới", note="Phối hợp Hội ND")

    def version() -> int:
        return line_of(context, line).version

    with pytest.raises(ValidationError) as no_reason:
        programme.postpone_item(context.factory, CLERK, line, version(), "   ")
    assert no_reason.value.values["field"] == "reason"
    with pytest.raises(ConflictError) as not_set_aside:
        programme.reinstate_item(context.factory, CLERK, line, version())
    assert not_set_aside.value.code is ErrorCode.PROGRAMME_ITEM_NOT_SET_ASIDE
    assert say(not_set_aside.value) == (
        "Cuộc giám sát này vẫn đang dự kiến trong chương trình (không hoãn, không hủy) nên "
        "không có gì để khôi phục."
    )

    postponed, _ = programme.postpone_item(
        context.factory, CLERK, line, version(), "Lùi sang quý IV theo đề nghị của UBND xã"
    )
    assert postponed.state is ProgrammeItemState.POSTPONED
    assert postponed.note == "Phối hợp Hội ND\nLùi sang quý IV theo đề nghị của UBND xã"
    again, _ = programme.postpone_item(context.factory, CLERK, line, version(), "Lùi sang năm sau")
    assert again.state is ProgrammeItemState.POSTPONED and again.note.endswith("\nLùi sang năm sau")
    cancelled, _ = programme.cancel_item(
        context.factory, CLERK, line, version(), "Nội dung đã được HĐND giám sát"
    )
    assert cancelled.state is ProgrammeItemState.CANCELLED
    assert cancelled.note.endswith("\nNội dung đã được HĐND giám sát")
    for refused_move in (programme.postpone_item, programme.cancel_item):
        with pytest.raises(ConflictError) as refused:
            refused_move(context.factory, CLERK, line, version(), "Lý do")
        assert refused.value.code is ErrorCode.PROGRAMME_ITEM_CANCELLED
    assert say(refused.value) == (
        "Cuộc giám sát này đã bị hủy khỏi chương trình. Nếu vẫn thực hiện, hãy khôi phục "
        "nó trước."
    )
    with pytest.raises(ConflictError) as stale:
        programme.reinstate_item(context.factory, CLERK, line, postponed.version)
    assert stale.value.code is ErrorCode.STALE_EDIT
    back, _ = programme.reinstate_item(context.factory, CLERK, line, version())
    assert back.state is ProgrammeItemState.PLANNED
    assert back.note == cancelled.note  # no reason given: the note is kept as it was

    assert actions(context, "programme_item", line) == [
        "create",
        "postpone",
        "postpone",
        "cancel",
        "reinstate",
    ]
    last_cancel = next(
        e
        for e in audit_log.list_entries(context.factory, entity="programme_item")
        if e.action == "cancel"
    )
    assert last_cancel.changes["state"] == ["hoan", "huy"]


def test_a_line_not_opened_is_removed_and_an_opened_one_is_kept(
    context: ServiceContext,
) -> None:
    programme_id = make_programme(context)
    kept, gone = add_line(context, programme_id, "Giữ"), add_line(context, programme_id, "Bỏ")
    session_id = session_at(context, kept, SessionStep.PLAN_ISSUED)
    changes = programme.remove_item(context.factory, CLERK, gone, line_of(context, gone).version)
    assert changes.areas
    assert subjects(context) == ["Giữ"]
    assert actions(context, "programme_item", gone) == ["create", "delete"]

    line = line_of(context, kept)
    assert (line.session_id, line.session_step, line.opened) == (
        session_id,
        SessionStep.PLAN_ISSUED,
        True,
    )
    for refused_call in (
        lambda: programme.remove_item(context.factory, CLERK, kept, line.version),
        lambda: programme.postpone_item(context.factory, CLERK, kept, line.version, "Lý do"),
        lambda: programme.cancel_item(context.factory, CLERK, kept, line.version, "Lý do"),
        lambda: programme.reinstate_item(context.factory, CLERK, kept, line.version),
    ):
        with pytest.raises(ConflictError) as refused:
            refused_call()
        assert refused.value.code is ErrorCode.PROGRAMME_ITEM_OPENED
    assert say(refused.value) == (
        f"Dòng này của chương trình đã mở thành cuộc giám sát (mã số {session_id}) nên không "
        "mở lại, xóa, hoãn hay hủy được nữa: việc tiếp theo làm trên chính cuộc giám sát đó."
    )
    assert subjects(context) == ["Giữ"]
    assert line_of(context, kept).state is ProgrammeItemState.PLANNED
    # An opened line may still be corrected in the programme.
    edited, _ = programme.update_item(
        context.factory, CLERK, kept, line.version, ItemDraft("Giữ (sửa)")
    )
    assert edited.subject == "Giữ (sửa)" and edited.session_id == session_id


# ----- progress ------------------------------------------------------------------------


@pytest.fixture
def statements(office_database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        seen.append(statement)

    event.listen(office_database.engine, "before_cursor_execute", count)
    yield seen
    event.remove(office_database.engine, "before_cursor_execute", count)


def test_progress_counts_each_line_once_against_a_hand_counted_year(
    context: ServiceContext, statements: list[str]
) -> None:
    programme_id = make_programme(context)

    def line(subject: str) -> int:
        return add_line(context, programme_id, subject)

    planned = line("dự kiến")
    postponed = line("hoãn")
    cancelled = line("hủy")
    programme.postpone_item(context.factory, CLERK, postponed, 1, "Lùi")
    programme.cancel_item(context.factory, CLERK, cancelled, 1, "Bỏ")
    for step in (SessionStep.PLANNED, SessionStep.WORKING):  # in progress: 2
        session_at(context, line(f"đang {step}"), step)
    for step in (SessionStep.REPORTED, SessionStep.FOLLOWING_UP, SessionStep.CLOSED):  # done: 3
        session_at(context, line(f"xong {step}"), step)
    session_at(context, line("cuộc giám sát đã hủy"), SessionStep.CANCELLED)  # cancelled
    again = line("mở lại")  # its latest session counts: in progress
    session_at(context, again, SessionStep.CANCELLED)
    session_at(context, again, SessionStep.NOTIFIED)
    # A session outside the programme, and another year's programme, count for nothing here.
    session_at(context, None, SessionStep.CLOSED)
    other = make_programme(context, YEAR - 1)
    session_at(context, add_line(context, other, "năm trước"), SessionStep.CLOSED, YEAR - 1)
    add_line(context, other, "năm trước, dự kiến")

    statements.clear()
    counted = programme.progress(context.factory, CLERK, YEAR)
    assert [s for s in statements if s.lstrip().upper().startswith("SELECT")] == statements[-1:]
    assert counted == ProgrammeProgress(
        planned=1, done=3, in_progress=3, postponed=1, cancelled=2, total=10
    )
    assert (
        counted.planned
        + counted.done
        + counted.in_progress
        + counted.postponed
        + counted.cancelled
    ) == counted.total
    lines = {item.id: item for item in programme.get_programme(context.factory, YEAR).items}
    assert sum(item.done for item in lines.values()) == counted.done
    assert lines[again].session_step is SessionStep.NOTIFIED
    assert lines[planned].opened is False
    assert programme.progress(context.factory, VIEWER, YEAR) == counted  # a viewer may look
    assert programme.progress(context.factory, CLERK, YEAR - 1) == ProgrammeProgress(
        planned=1, done=1, total=2
    )
    assert programme.progress(context.factory, CLERK, YEAR + 5) == ProgrammeProgress()


# ----- who may change it -----------------------------------------------------------------


def test_a_viewer_reads_the_programme_and_changes_nothing(context: ServiceContext) -> None:
    programme_id = make_programme(context)
    line = add_line(context, programme_id, "Việc")
    version = line_of(context, line).version
    refused_calls = [
        lambda: programme.save_programme(context.factory, VIEWER, YEAR, "X", None, "", 1),
        lambda: programme.save_programme(context.factory, VIEWER, YEAR + 1, "X", None, "", None),
        lambda: programme.add_item(context.factory, VIEWER, programme_id, ItemDraft("X")),
        lambda: programme.update_item(context.factory, VIEWER, line, version, ItemDraft("X")),
        lambda: programme.move_item(context.factory, VIEWER, line, version, 0),
        lambda: programme.remove_item(context.factory, VIEWER, line, version),
        lambda: programme.postpone_item(context.factory, VIEWER, line, version, "Lý do"),
        lambda: programme.cancel_item(context.factory, VIEWER, line, version, "Lý do"),
        lambda: programme.reinstate_item(context.factory, VIEWER, line, version),
    ]
    before = len(audit_log.list_entries(context.factory))
    for call in refused_calls:
        with pytest.raises(PermissionDeniedError):
            call()
    assert len(audit_log.list_entries(context.factory)) == before
    kept = programme.get_programme(context.factory, YEAR)
    assert kept is not None and [i.subject for i in kept.items] == ["Việc"]
    assert kept.items[0].version == version
    assert programme.get_programme(context.factory, YEAR + 1) is None
