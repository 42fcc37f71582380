"""The office's settings and the first-run set-up, on a real SQLite file."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.board import BoardMemberDraft, BoardPosition
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel
from giamsat_desktop.domain.organizations import USUAL_ORGANIZATIONS, OrganizationDraft
from giamsat_desktop.services.catalog import board
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.catalog.office import get_office, set_up_office, update_office
from giamsat_desktop.services.changelog.audit_log import check_chain
from giamsat_desktop.services.safety.database import Database

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)

TAN_HUNG = OfficeInfo(
    name="Ủy ban MTTQ Việt Nam xã Tân Hưng",
    level=OfficeLevel.COMMUNE,
    place_name="Tân Hưng",
    date_line_place="Tân Hưng",
    higher_body="Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
    symbol_suffix="MTTQ-BTT",
    chair_name="Nguyễn Thị Thu Hà",
)


def count(database: Database, table: str) -> int:
    with database.engine.connect() as connection:
        return int(connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)


def nothing_written(database: Database) -> dict[str, int]:
    return {t: count(database, t) for t in ("office", "organizations", "audit_entries")}


NOTHING = {"office": 0, "organizations": 0, "audit_entries": 0}


# ---------------------------------------------------------------------------------------------
# first-run set-up


def test_set_up_office_stores_the_office(database: Database) -> None:
    set_up_office(database.session_factory, CLERK, TAN_HUNG, USUAL_ORGANIZATIONS)

    assert get_office(database.session_factory) == replace(TAN_HUNG, version=1)


def test_set_up_office_stores_the_chosen_organisations_in_their_order(database: Database) -> None:
    set_up_office(database.session_factory, CLERK, TAN_HUNG, USUAL_ORGANIZATIONS)

    codes = [org.code for org in catalog.list_organizations(database.session_factory)]
    assert codes == [draft.code for draft in USUAL_ORGANIZATIONS]


def test_a_database_without_set_up_has_no_office(database: Database) -> None:
    assert get_office(database.session_factory) is None


def test_set_up_office_writes_the_office_and_organisations_together_or_not_at_all(
    database: Database,
) -> None:
    organizations = (*USUAL_ORGANIZATIONS, OrganizationDraft("lhpn", "Hội Phụ nữ (lặp)", ""))

    with pytest.raises(ConflictError) as caught:
        set_up_office(database.session_factory, CLERK, TAN_HUNG, organizations)

    assert caught.value.code is ErrorCode.DUPLICATE_CODE
    assert nothing_written(database) == NOTHING


def test_a_second_set_up_is_refused(office_database: Database) -> None:
    other = replace(TAN_HUNG, name="Ủy ban MTTQ Việt Nam phường Hòa Bình", place_name="Hòa Bình")

    with pytest.raises(ConflictError) as caught:
        set_up_office(office_database.session_factory, CLERK, other)

    assert caught.value.code is ErrorCode.OFFICE_EXISTS


def test_a_refused_second_set_up_keeps_the_first_office(office_database: Database) -> None:
    other = replace(TAN_HUNG, name="Ủy ban MTTQ Việt Nam phường Hòa Bình", place_name="Hòa Bình")
    before = nothing_written(office_database)

    with pytest.raises(ConflictError):
        set_up_office(office_database.session_factory, CLERK, other, USUAL_ORGANIZATIONS[:1])

    office = get_office(office_database.session_factory)
    assert office is not None and office.name == TAN_HUNG.name
    assert nothing_written(office_database) == before


BAD_OFFICES = [
    pytest.param(replace(TAN_HUNG, place_name=""), "place_name", id="empty place name"),
    pytest.param(replace(TAN_HUNG, place_name="   \n "), "place_name", id="blank place name"),
    pytest.param(replace(TAN_HUNG, name=""), "name", id="empty office name"),
    pytest.param(replace(TAN_HUNG, symbol_suffix="MTTQ BTT"), "symbol_suffix", id="suffix space"),
    pytest.param(replace(TAN_HUNG, symbol_suffix="MTTQ/BTT"), "symbol_suffix", id="suffix slash"),
    pytest.param(replace(TAN_HUNG, symbol_suffix=""), "symbol_suffix", id="empty suffix"),
    pytest.param(replace(TAN_HUNG, chair_name="x" * 201), "chair_name", id="chair too long"),
]


@pytest.mark.parametrize(("info", "field"), BAD_OFFICES)
def test_bad_office_input_is_refused_naming_the_field(
    database: Database, info: OfficeInfo, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        set_up_office(database.session_factory, CLERK, info, USUAL_ORGANIZATIONS)

    assert caught.value.values["field"] == field


@pytest.mark.parametrize(("info", "field"), BAD_OFFICES)
def test_bad_office_input_writes_nothing(database: Database, info: OfficeInfo, field: str) -> None:
    with pytest.raises(ValidationError):
        set_up_office(database.session_factory, CLERK, info, USUAL_ORGANIZATIONS)

    assert nothing_written(database) == NOTHING


def test_a_viewer_cannot_set_up_the_office(database: Database) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        set_up_office(database.session_factory, VIEWER, TAN_HUNG, USUAL_ORGANIZATIONS)

    assert caught.value.code is ErrorCode.NOT_ALLOWED
    assert nothing_written(database) == NOTHING


def test_office_text_is_stored_composed_and_trimmed(database: Database) -> None:
    decomposed = replace(
        TAN_HUNG,
        name=unicodedata.normalize("NFD", "  Ủy ban MTTQ Việt Nam   xã Tân Hưng \t"),
        place_name=unicodedata.normalize("NFD", " Tân  Hưng "),
        chair_name=unicodedata.normalize("NFD", "Nguyễn Thị Thu Hà\n"),
    )

    set_up_office(database.session_factory, CLERK, decomposed)

    with database.engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT name, place_name, chair_name FROM office").one()
    assert tuple(stored) == ("Ủy ban MTTQ Việt Nam xã Tân Hưng", "Tân Hưng", "Nguyễn Thị Thu Hà")
    assert all(unicodedata.is_normalized("NFC", value) for value in stored)


def test_the_date_line_place_defaults_to_the_place_name(database: Database) -> None:
    set_up_office(database.session_factory, CLERK, replace(TAN_HUNG, date_line_place=" "))

    office = get_office(database.session_factory)
    assert office is not None and office.date_line_place == "Tân Hưng"


# ---------------------------------------------------------------------------------------------
# editing the office


def test_saving_the_office_at_its_current_version_stores_the_change(
    office_database: Database,
) -> None:
    current = get_office(office_database.session_factory)
    assert current is not None

    edited = replace(current, chair_name="Trần Văn Phúc")
    update_office(office_database.session_factory, CLERK, edited)

    saved = get_office(office_database.session_factory)
    assert saved is not None and saved.chair_name == "Trần Văn Phúc"


def test_saving_the_office_bumps_its_version(office_database: Database) -> None:
    current = get_office(office_database.session_factory)
    assert current is not None

    result, _changes = update_office(
        office_database.session_factory, CLERK, replace(current, chair_name="Trần Văn Phúc")
    )

    assert result.version == current.version + 1
    assert get_office(office_database.session_factory) == result


def test_saving_the_office_from_a_stale_copy_is_refused(office_database: Database) -> None:
    factory = office_database.session_factory
    mine = get_office(factory)
    assert mine is not None
    update_office(factory, CLERK, replace(mine, chair_name="Trần Văn Phúc"))  # someone else

    with pytest.raises(ConflictError) as caught:
        update_office(factory, CLERK, replace(mine, higher_body="Ủy ban MTTQ tỉnh Long An"))

    assert caught.value.code is ErrorCode.STALE_EDIT


def test_a_refused_stale_save_keeps_the_other_clerks_change(office_database: Database) -> None:
    factory = office_database.session_factory
    mine = get_office(factory)
    assert mine is not None
    theirs, _ = update_office(factory, CLERK, replace(mine, chair_name="Trần Văn Phúc"))

    with pytest.raises(ConflictError):
        update_office(factory, CLERK, replace(mine, chair_name="Lê Văn Sáu"))

    assert get_office(factory) == theirs


def test_saving_the_office_before_it_is_set_up_is_refused(database: Database) -> None:
    with pytest.raises(ConflictError) as caught:
        update_office(database.session_factory, CLERK, TAN_HUNG)

    assert caught.value.code is ErrorCode.OFFICE_MISSING


def test_a_viewer_cannot_edit_the_office(office_database: Database) -> None:
    current = get_office(office_database.session_factory)
    assert current is not None

    with pytest.raises(PermissionDeniedError):
        update_office(office_database.session_factory, VIEWER, replace(current, chair_name="X"))

    assert get_office(office_database.session_factory) == current


# ---------------------------------------------------------------------------------------------
# the chair of the office and of the Standing Board


def _board(database: Database) -> list[tuple[str, BoardPosition, bool]]:
    members = board.list_board(database.session_factory)
    return [(m.full_name, m.position, m.active) for m in members]


def test_the_chair_declared_with_the_office_is_seated_on_the_board(
    office_database: Database,
) -> None:
    assert _board(office_database) == [("Nguyễn Thị Thu Hà", BoardPosition.CHAIR, True)]
    assert check_chain(office_database.session_factory).sound


def test_an_office_declared_without_its_chair_has_an_empty_board(database: Database) -> None:
    set_up_office(database.session_factory, CLERK, replace(TAN_HUNG, chair_name=""))
    assert _board(database) == []


def test_the_chairs_name_corrected_in_the_office_corrects_the_board(
    office_database: Database,
) -> None:
    factory = office_database.session_factory
    current = get_office(factory)
    assert current is not None
    board.add_member(factory, CLERK, BoardMemberDraft("Trần Văn Phúc", BoardPosition.VICE_CHAIR))

    update_office(factory, CLERK, replace(current, chair_name="Nguyễn Thị Thu Hòa"))

    assert _board(office_database) == [
        ("Nguyễn Thị Thu Hòa", BoardPosition.CHAIR, True),
        ("Trần Văn Phúc", BoardPosition.VICE_CHAIR, True),
    ]
    assert check_chain(factory).sound


def test_the_chairs_name_emptied_in_the_office_makes_the_chair_step_down(
    office_database: Database,
) -> None:
    factory = office_database.session_factory
    current = get_office(factory)
    assert current is not None

    update_office(factory, CLERK, replace(current, chair_name=""))

    assert _board(office_database) == [("Nguyễn Thị Thu Hà", BoardPosition.CHAIR, False)]
    edited = get_office(factory)
    assert edited is not None and edited.chair_name == ""
