"""A session's delegation: replaced whole, one head from the Standing Board for form (2) led."""

from __future__ import annotations

import pytest

from giamsat_desktop.domain.board import BoardMemberDraft, BoardPosition
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from giamsat_desktop.domain.supervision import SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import (
    DelegationMemberDraft,
    DelegationRole,
    SessionRecord,
)
from giamsat_desktop.messages import say
from giamsat_desktop.services.catalog import board
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision import records, sessions
from tests.services.supervision.office_sessions import CHAIR, CLERK, make

H, D, M, T = (
    DelegationRole.HEAD,
    DelegationRole.DEPUTY,
    DelegationRole.MEMBER,
    DelegationRole.SECRETARY,
)


def _member(name: str, role: DelegationRole, position: str = "") -> DelegationMemberDraft:
    return DelegationMemberDraft(name, position, "Ủy ban MTTQ Việt Nam xã Tân Hưng", role)


def _set(
    context: ServiceContext, record: SessionRecord, members: list[DelegationMemberDraft]
) -> SessionRecord:
    saved, _ = sessions.set_delegation(context.factory, CLERK, record.id, record.version, members)
    return saved


def test_a_delegation_is_kept_in_its_order_and_replaced_whole(context: ServiceContext) -> None:
    record = make(context)
    saved = _set(
        context,
        record,
        [
            _member(CHAIR, H, "Chủ tịch Ủy ban MTTQ xã"),
            _member("Lê Văn Nam", D, "Phó Chủ tịch, Chủ tịch Hội Nông dân"),
            _member("Phạm Thị Lan", M),
            _member("Võ Minh Tâm", T, "Cán bộ Văn phòng"),
        ],
    )
    assert [(m.full_name, m.role) for m in saved.delegation] == [
        (CHAIR, H),
        ("Lê Văn Nam", D),
        ("Phạm Thị Lan", M),
        ("Võ Minh Tâm", T),
    ]
    assert saved.head is not None and saved.head.position == "Chủ tịch Ủy ban MTTQ xã"
    assert saved.version > record.version
    replaced = _set(context, saved, [_member(CHAIR, H), _member("Phạm Thị Lan", T)])
    assert [(m.full_name, m.role) for m in replaced.delegation] == [(CHAIR, H), ("Phạm Thị Lan", T)]
    assert records.get_session(context.factory, CLERK, record.id).delegation == replaced.delegation
    with pytest.raises(ConflictError) as stale:  # the version read before the last save
        sessions.set_delegation(context.factory, CLERK, record.id, saved.version, [])
    assert stale.value.code is ErrorCode.STALE_EDIT
    entries = audit_log.list_entries(context.factory, entity="supervision_session")
    assert [e.action for e in entries[:2]] == ["delegation", "delegation"]
    assert entries[0].changes["delegation"][1] == [
        f"{CHAIR} – Ủy ban MTTQ Việt Nam xã Tân Hưng – truong_doan",
        "Phạm Thị Lan – Ủy ban MTTQ Việt Nam xã Tân Hưng – thu_ky",
    ]


def test_form_two_led_needs_one_head_from_the_standing_board(context: ServiceContext) -> None:
    record = make(context)

    def refused(members: list[DelegationMemberDraft]) -> ValidationError:
        with pytest.raises(ValidationError) as error:
            sessions.set_delegation(context.factory, CLERK, record.id, record.version, members)
        return error.value

    no_head = refused([_member("Lê Văn Nam", D), _member("Phạm Thị Lan", M)])
    assert no_head.code is ErrorCode.DELEGATION_NO_HEAD
    assert say(no_head) == "Đoàn giám sát do Mặt trận chủ trì phải có một Trưởng đoàn."
    assert refused([]).code is ErrorCode.DELEGATION_NO_HEAD

    two = refused([_member(CHAIR, H), _member("Lê Văn Nam", M), _member("Lê Văn Nam", H)])
    assert (two.code, two.values["row"], two.values["other_row"]) == (
        ErrorCode.DELEGATION_TWO_HEADS,
        3,
        1,
    )
    assert say(two) == (
        "Đoàn giám sát chỉ có một Trưởng đoàn, nhưng dòng 1 và dòng 3 đều là Trưởng đoàn."
    )

    outsider = refused([_member("Phạm Thị Lan", M), _member("Trần Văn Bình", H)])
    assert outsider.code is ErrorCode.DELEGATION_HEAD_NOT_BOARD
    assert say(outsider) == (
        "Dòng 2: Trần Văn Bình không phải thành viên Ban Thường trực đang công tác nên không "
        "làm Trưởng đoàn được."
    )

    nameless = refused([_member(CHAIR, H), _member("   ", M)])
    assert say(nameless) == "Dòng 2 của danh sách đoàn giám sát chưa nhập họ và tên."

    # The board's name matches whatever the case and spacing typed.
    saved = _set(context, record, [_member("  nguyễn thị  THU hà ", H)])
    assert saved.head is not None and saved.head.full_name == "nguyễn thị THU hà"


def test_a_head_who_left_the_board_no_longer_heads(context: ServiceContext) -> None:
    vice, _ = board.add_member(
        context.factory, CLERK, BoardMemberDraft("Lê Văn Nam", BoardPosition.VICE_CHAIR)
    )
    record = make(context)
    saved = _set(context, record, [_member("Lê Văn Nam", H)])
    assert saved.head is not None
    board.set_member_active(context.factory, CLERK, vice.id, False, vice.version)
    with pytest.raises(ValidationError) as left:
        sessions.set_delegation(
            context.factory, CLERK, record.id, saved.version, [_member("Lê Văn Nam", H)]
        )
    assert left.value.code is ErrorCode.DELEGATION_HEAD_NOT_BOARD


@pytest.mark.parametrize(
    ("form", "role"),
    [
        (SupervisionForm.DOCUMENTS, SupervisionRole.LEAD),
        (SupervisionForm.DELEGATION, SupervisionRole.JOIN),
    ],
)
def test_other_sessions_need_no_head_but_never_two(
    context: ServiceContext, form: SupervisionForm, role: SupervisionRole
) -> None:
    record = make(context, form=form, role=role, lead_body="Hội đồng nhân dân xã")
    saved = _set(context, record, [_member("Trần Văn Bình", M)])
    assert saved.head is None
    headed = _set(context, saved, [_member("Trần Văn Bình", H)])  # not on the board: fine here
    assert headed.head is not None
    with pytest.raises(ValidationError) as two:
        sessions.set_delegation(
            context.factory,
            CLERK,
            record.id,
            headed.version,
            [_member("Trần Văn Bình", H), _member("Phạm Thị Lan", H)],
        )
    assert two.value.code is ErrorCode.DELEGATION_TWO_HEADS
    assert _set(context, headed, []).delegation == ()
