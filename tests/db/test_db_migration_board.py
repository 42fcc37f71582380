"""Revision 0006 makes the Standing Board's list and seats the office's chair in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import insert, inspect, text

from giamsat_desktop.db import migrate
from giamsat_desktop.db.engine import make_engine
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.board import BoardMemberDraft, BoardPosition
from giamsat_desktop.services.catalog import board
from giamsat_desktop.services.changelog.audit_log import check_chain
from giamsat_desktop.services.safety.database import open_database
from tests.db.old_office import OLD_OFFICE

AT = dt.datetime(2026, 11, 23, 8, 30, tzinfo=dt.UTC)
CLERK = Actor("vanthu", Role.CLERK)


def office_at_0005(url: str, chair: str | None) -> None:
    """A database stopped at 0005, with an office whose chair is ``chair`` (None: no office)."""
    engine = make_engine(url)
    try:
        migrate.upgrade(engine, "0005")
        if chair is not None:
            with engine.begin() as connection:
                connection.execute(
                    insert(OLD_OFFICE).values(
                        id=1,
                        name="Ủy ban MTTQ Việt Nam xã Tân Hưng",
                        level="xa",
                        place_name="Tân Hưng",
                        date_line_place="Tân Hưng",
                        higher_body="",
                        symbol_suffix="MTTQ-BTT",
                        chair_name=chair,
                        created_at=AT,
                        version=1,
                    )
                )
    finally:
        engine.dispose()


def board_rows(url: str) -> list[tuple[object, ...]]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return [
                tuple(row)
                for row in connection.execute(
                    text(
                        "SELECT full_name, position, sort_order, active, version"
                        " FROM board_members ORDER BY id"
                    )
                )
            ]
    finally:
        engine.dispose()


def test_an_office_upgraded_to_0006_has_its_chair_on_the_board(
    new_database_url: Callable[..., str],
) -> None:
    url = new_database_url()
    office_at_0005(url, "Nguyễn Thị Thu Hà")

    database = open_database(url)
    try:
        members = board.list_board(database.session_factory)
        # The next member gets an id of its own (on PostgreSQL: the sequence moved on).
        vice, _ = board.add_member(
            database.session_factory,
            CLERK,
            BoardMemberDraft("Trần Văn Phúc", BoardPosition.VICE_CHAIR),
        )
        assert check_chain(database.session_factory).sound
    finally:
        database.close()

    assert [(m.full_name, m.position, m.sort_order, m.active) for m in members] == [
        ("Nguyễn Thị Thu Hà", BoardPosition.CHAIR, 1, True)
    ]
    assert (vice.id, vice.sort_order) == (members[0].id + 1, 2)


def test_an_office_without_a_chair_name_gets_an_empty_board(
    new_database_url: Callable[..., str],
) -> None:
    url = new_database_url()
    office_at_0005(url, "  ")

    open_database(url).close()

    assert board_rows(url) == []


def test_an_empty_database_upgraded_to_0006_gets_an_empty_board(
    new_database_url: Callable[..., str],
) -> None:
    url = new_database_url()
    office_at_0005(url, None)

    open_database(url).close()

    assert board_rows(url) == []


def test_0006_goes_back_to_0005_and_up_again(new_database_url: Callable[..., str]) -> None:
    url = new_database_url()
    office_at_0005(url, "Nguyễn Thị Thu Hà")
    engine = make_engine(url)
    try:
        migrate.upgrade(engine, "0006")
        migrate.downgrade(engine, "0005")
        after_downgrade = set(inspect(engine).get_table_names())
        status = migrate.schema_status(engine).current
        with engine.connect() as connection:
            kept = connection.execute(text("SELECT chair_name FROM office")).scalar()
        migrate.upgrade(engine, "head")
    finally:
        engine.dispose()

    assert status == "0005"
    assert "board_members" not in after_downgrade
    assert kept == "Nguyễn Thị Thu Hà"
    assert board_rows(url) == [("Nguyễn Thị Thu Hà", "chu_tich", 1, True, 1)]
