"""Ban Thường trực: members added, edited, deactivated; one active chair, named by the office."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from giamsat_desktop.domain.accounts import SYSTEM, Actor, Role
from giamsat_desktop.domain.board import (
    BoardMemberDraft,
    BoardPosition,
    default_signer,
    position_of,
    signature_block,
)
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.domain.organizations import USUAL_ORGANIZATIONS
from giamsat_desktop.services.catalog import board, office
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.changelog.audit_log import check_chain
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.safety.backup import make_backup
from giamsat_desktop.services.safety.database import Database, open_database
from giamsat_desktop.services.safety.restore import restore_backup
from tests.offices import TAN_HUNG

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
CHAIR = BoardMemberDraft("Nguyễn Thị Thu Hà", BoardPosition.CHAIR)
VICE = BoardMemberDraft("Trần Văn Phúc", BoardPosition.VICE_CHAIR)
WOMEN_HEAD = BoardMemberDraft("Phạm Thị Hồng Nhung", BoardPosition.VICE_CHAIR)


@pytest.fixture
def office_database(database: Database) -> Database:
    """An office declared without its chair's name, so its board starts empty.

    (An office declared with the name seats that chair: ``test_service_office``.)
    """
    office.set_up_office(
        database.session_factory, SYSTEM, replace(TAN_HUNG, chair_name=""), USUAL_ORGANIZATIONS
    )
    return database


def chair_name(context: ServiceContext) -> str:
    info = office.get_office(context.factory)
    assert info is not None
    return info.chair_name


def entries(context: ServiceContext, entity: str) -> list[tuple[str, int | None, dict[str, Any]]]:
    found = audit_log.list_entries(context.factory, entity=entity)
    listed = [(e.action, e.entity_id, e.changes) for e in found]
    return sorted(listed, key=lambda entry: (entry[0], entry[1] or 0))


def stored(context: ServiceContext) -> tuple[Any, ...]:
    """What a refused change must leave as it was: the board, the office, the log."""
    return (
        board.list_board(context.factory),
        office.get_office(context.factory),
        len(audit_log.list_entries(context.factory)),
    )


# ---------------------------------------------------------------------------------------------
# the signature blocks


def test_each_position_signs_under_its_own_block() -> None:
    assert signature_block(BoardPosition.CHAIR).lines == ("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH")
    assert signature_block(BoardPosition.VICE_CHAIR).lines == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert signature_block(BoardPosition.STANDING_MEMBER).lines == (
        "TM. BAN THƯỜNG TRỰC",
        "ỦY VIÊN THƯỜNG TRỰC",
    )
    assert signature_block(BoardPosition.VICE_CHAIR).one_line() == "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"


@pytest.mark.parametrize(
    ("typed", "position"),
    [
        ("Phó Chủ tịch", BoardPosition.VICE_CHAIR),
        ("PHÓ CHỦ TỊCH", BoardPosition.VICE_CHAIR),
        ("  chu tich ", BoardPosition.CHAIR),
        ("Ủy viên Thường trực", BoardPosition.STANDING_MEMBER),
        ("Chủ tịch Hội Nông dân", None),
        ("", None),
    ],
)
def test_a_stored_position_names_its_board_position(
    typed: str, position: BoardPosition | None
) -> None:
    assert position_of(typed) is position


# ---------------------------------------------------------------------------------------------
# adding


def test_members_are_listed_in_the_order_they_were_added(context: ServiceContext) -> None:
    chair, changes = board.add_member(context.factory, CLERK, CHAIR)
    vice, _ = board.add_member(context.factory, CLERK, VICE)

    assert board.list_board(context.factory) == [chair, vice]
    assert (chair.sort_order, vice.sort_order) == (1, 2)
    assert (chair.position, chair.active, vice.position) == (
        BoardPosition.CHAIR,
        True,
        BoardPosition.VICE_CHAIR,
    )
    assert changes.touches(Area.PEOPLE)


def test_a_member_given_a_place_is_listed_there(context: ServiceContext) -> None:
    vice, _ = board.add_member(context.factory, CLERK, VICE)
    chair, _ = board.add_member(context.factory, CLERK, CHAIR, sort_order=1)
    board.update_member(context.factory, CLERK, vice.id, VICE, vice.version, sort_order=5)

    assert [m.full_name for m in board.list_board(context.factory)] == [
        "Nguyễn Thị Thu Hà",
        "Trần Văn Phúc",
    ]
    assert chair.sort_order == 1


def test_the_default_signer_is_the_active_chair(context: ServiceContext) -> None:
    board.add_member(context.factory, CLERK, VICE)
    board.add_member(context.factory, CLERK, CHAIR)

    signer = default_signer(board.list_board(context.factory))

    assert signer is not None
    assert (signer.full_name, signer.signature.one_line()) == (
        "Nguyễn Thị Thu Hà",
        "TM. BAN THƯỜNG TRỰC / CHỦ TỊCH",
    )


def test_names_are_stored_composed_and_trimmed(context: ServiceContext) -> None:
    typed = "  Tr\u0061\u0302\u0300n   V\u0103n Phu\u0301c "  # decomposed marks, extra spaces
    record, _ = board.add_member(
        context.factory, CLERK, BoardMemberDraft(typed, BoardPosition.VICE_CHAIR)
    )

    assert record.full_name == "Trần Văn Phúc"


def test_every_change_is_in_the_audit_log_and_the_chain_holds(context: ServiceContext) -> None:
    vice, _ = board.add_member(context.factory, CLERK, VICE)
    vice, _ = board.update_member(
        context.factory, CLERK, vice.id, WOMEN_HEAD, vice.version, sort_order=3
    )
    board.set_member_active(context.factory, CLERK, vice.id, False, vice.version)

    assert entries(context, "board_member") == [
        (
            "create",
            vice.id,
            {
                "active": [None, True],
                "full_name": [None, "Trần Văn Phúc"],
                "position": [None, "pho_chu_tich"],
                "sort_order": [None, 1],
            },
        ),
        ("deactivate", vice.id, {"active": [True, False]}),
        (
            "update",
            vice.id,
            {"full_name": ["Trần Văn Phúc", "Phạm Thị Hồng Nhung"], "sort_order": [1, 3]},
        ),
    ]
    assert check_chain(context.factory).sound


# ---------------------------------------------------------------------------------------------
# refusals


@pytest.mark.parametrize("name", ["", "   "])
def test_a_member_without_a_name_is_refused_naming_the_field(
    context: ServiceContext, name: str
) -> None:
    before = stored(context)
    with pytest.raises(ValidationError) as refused:
        board.add_member(context.factory, CLERK, BoardMemberDraft(name, BoardPosition.CHAIR))

    assert (refused.value.code, refused.value.values["field"]) == (
        ErrorCode.FIELD_REQUIRED,
        "full_name",
    )
    assert stored(context) == before


def test_a_position_outside_the_board_is_refused(context: ServiceContext) -> None:
    draft = BoardMemberDraft("Võ Văn Đức", "truong_ban")  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as refused:
        board.add_member(context.factory, CLERK, draft)

    assert refused.value.values["field"] == "position"


@pytest.mark.parametrize("order", [0, -1, 10_000])
def test_a_place_outside_the_list_is_refused(context: ServiceContext, order: int) -> None:
    before = stored(context)
    with pytest.raises(ValidationError) as refused:
        board.add_member(context.factory, CLERK, VICE, sort_order=order)

    assert refused.value.values["field"] == "sort_order"
    assert stored(context) == before


def test_a_viewer_cannot_change_the_board(context: ServiceContext) -> None:
    member, _ = board.add_member(context.factory, CLERK, VICE)
    before = stored(context)
    with pytest.raises(PermissionDeniedError):
        board.add_member(context.factory, VIEWER, CHAIR)
    with pytest.raises(PermissionDeniedError):
        board.update_member(context.factory, VIEWER, member.id, CHAIR, member.version)
    with pytest.raises(PermissionDeniedError):
        board.set_member_active(context.factory, VIEWER, member.id, False, member.version)

    assert stored(context) == before


def test_saving_a_member_from_a_stale_copy_is_refused(context: ServiceContext) -> None:
    member, _ = board.add_member(context.factory, CLERK, VICE)
    board.update_member(context.factory, CLERK, member.id, WOMEN_HEAD, member.version)
    before = stored(context)

    with pytest.raises(ConflictError) as refused:
        board.update_member(context.factory, CLERK, member.id, CHAIR, member.version)
    with pytest.raises(ConflictError):
        board.set_member_active(context.factory, CLERK, member.id, False, member.version)

    assert refused.value.code is ErrorCode.STALE_EDIT
    assert stored(context) == before


def test_editing_a_member_that_does_not_exist_is_refused(context: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        board.update_member(context.factory, CLERK, 999, VICE, 1)


def test_saving_a_member_unchanged_writes_nothing(context: ServiceContext) -> None:
    member, _ = board.add_member(context.factory, CLERK, VICE)
    before = stored(context)

    again, changes = board.update_member(context.factory, CLERK, member.id, VICE, member.version)

    assert again == member
    assert not changes.areas
    assert stored(context) == before


# ---------------------------------------------------------------------------------------------
# the chair, and the office's chair name


def test_a_new_chair_takes_over_and_the_office_follows(context: ServiceContext) -> None:
    first, _ = board.add_member(context.factory, CLERK, CHAIR)
    assert chair_name(context) == "Nguyễn Thị Thu Hà"

    second, changes = board.add_member(
        context.factory, CLERK, BoardMemberDraft("Lý Văn Hùng", BoardPosition.CHAIR)
    )

    listed = {m.id: m for m in board.list_board(context.factory)}
    assert (listed[first.id].active, listed[second.id].active) == (False, True)
    assert chair_name(context) == "Lý Văn Hùng"
    assert changes.touches(Area.OFFICE) and changes.touches(Area.PEOPLE)
    assert ("deactivate", first.id, {"active": [True, False]}) in entries(context, "board_member")
    assert ("update", 1, {"chair_name": ["Nguyễn Thị Thu Hà", "Lý Văn Hùng"]}) in entries(
        context, "office"
    )
    assert check_chain(context.factory).sound


def test_a_vice_chair_made_chair_takes_over(context: ServiceContext) -> None:
    chair, _ = board.add_member(context.factory, CLERK, CHAIR)
    vice, _ = board.add_member(context.factory, CLERK, VICE)

    board.update_member(
        context.factory,
        CLERK,
        vice.id,
        BoardMemberDraft(VICE.full_name, BoardPosition.CHAIR),
        vice.version,
    )

    active = [m for m in board.list_board(context.factory) if m.active]
    assert [(m.full_name, m.position) for m in active] == [("Trần Văn Phúc", BoardPosition.CHAIR)]
    assert chair_name(context) == "Trần Văn Phúc"
    assert chair.id not in {m.id for m in active}


def test_renaming_the_chair_renames_the_office_chair(context: ServiceContext) -> None:
    chair, _ = board.add_member(context.factory, CLERK, CHAIR)

    board.update_member(
        context.factory,
        CLERK,
        chair.id,
        BoardMemberDraft("Nguyễn Thị Thu Hằng", BoardPosition.CHAIR),
        chair.version,
    )

    assert chair_name(context) == "Nguyễn Thị Thu Hằng"


def test_a_chair_made_vice_chair_leaves_the_office_without_a_chair_name(
    context: ServiceContext,
) -> None:
    chair, _ = board.add_member(context.factory, CLERK, CHAIR)

    board.update_member(context.factory, CLERK, chair.id, VICE, chair.version)

    assert chair_name(context) == ""
    assert default_signer(board.list_board(context.factory)) is None


def test_deactivating_the_chair_clears_the_name_and_bringing_back_restores_it(
    context: ServiceContext,
) -> None:
    chair, _ = board.add_member(context.factory, CLERK, CHAIR)

    gone, changes = board.set_member_active(context.factory, CLERK, chair.id, False, chair.version)
    assert (gone.active, chair_name(context)) == (False, "")
    assert changes.touches(Area.OFFICE)

    board.set_member_active(context.factory, CLERK, chair.id, True, gone.version)
    assert chair_name(context) == "Nguyễn Thị Thu Hà"


def test_bringing_back_a_former_chair_makes_the_present_one_step_down(
    context: ServiceContext,
) -> None:
    former, _ = board.add_member(context.factory, CLERK, CHAIR)
    present, _ = board.add_member(
        context.factory, CLERK, BoardMemberDraft("Lý Văn Hùng", BoardPosition.CHAIR)
    )
    former = next(m for m in board.list_board(context.factory) if m.id == former.id)

    board.set_member_active(context.factory, CLERK, former.id, True, former.version)

    active = [m.full_name for m in board.list_board(context.factory) if m.active]
    assert active == ["Nguyễn Thị Thu Hà"]
    assert chair_name(context) == "Nguyễn Thị Thu Hà"
    assert present.id not in {m.id for m in board.list_board(context.factory) if m.active}


def test_vice_chairs_leave_the_office_chair_name_alone(context: ServiceContext) -> None:
    vice, changes = board.add_member(context.factory, CLERK, VICE)
    board.set_member_active(context.factory, CLERK, vice.id, False, vice.version)

    assert chair_name(context) == ""
    assert not changes.touches(Area.OFFICE)
    assert entries(context, "office") == [entries(context, "office")[0]]  # its creation only


def test_the_active_list_leaves_out_those_who_left(context: ServiceContext) -> None:
    board.add_member(context.factory, CLERK, CHAIR)
    vice, _ = board.add_member(context.factory, CLERK, VICE)
    board.set_member_active(context.factory, CLERK, vice.id, False, vice.version)

    names = [m.full_name for m in board.list_board(context.factory, include_inactive=False)]

    assert names == ["Nguyễn Thị Thu Hà"]
    assert len(board.list_board(context.factory)) == 2


# ---------------------------------------------------------------------------------------------
# backups


def test_the_board_comes_back_from_a_backup(
    office_database: Database,
    context: ServiceContext,
    new_database_url: Callable[..., str],
    tmp_path: Path,
) -> None:
    board.add_member(context.factory, CLERK, CHAIR)
    vice, _ = board.add_member(context.factory, CLERK, VICE)
    board.set_member_active(context.factory, CLERK, vice.id, False, vice.version)
    kept = board.list_board(context.factory)
    archive = make_backup(office_database, tmp_path / "GiamSat", tmp_path / "sao-luu.zip").path

    url = new_database_url()
    data = tmp_path / "may-khac"
    restore_backup(url, archive, data, data / "backups")
    restored = open_database(url)
    try:
        assert board.list_board(restored.session_factory) == kept
        # Numbering goes on after the restored rows (PostgreSQL's sequence was moved on).
        added, _ = board.add_member(restored.session_factory, CLERK, WOMEN_HEAD)
        info = office.get_office(restored.session_factory)
    finally:
        restored.close()
    assert added.id == max(m.id for m in kept) + 1
    assert info is not None and info.chair_name == "Nguyễn Thị Thu Hà"
