"""Revision 0005 fills the audit chain's head row from the chain an office already has."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import insert, text

from giamsat_desktop.db import migrate
from giamsat_desktop.db.engine import make_engine
from giamsat_desktop.db.models import AuditEntry
from giamsat_desktop.services.changelog.audit_log import check_chain
from giamsat_desktop.services.common.audit import entry_hash
from giamsat_desktop.services.safety.database import open_database
from tests.db.old_office import OLD_OFFICE

AT = dt.datetime(2026, 11, 23, 8, 30, tzinfo=dt.UTC)


def write_chain_at_0004(url: str, entries: int, *, office: bool = True) -> str:
    """A database stopped at 0004 holding an office and a chain; its last hash."""
    engine = make_engine(url)
    try:
        migrate.upgrade(engine, "0004")
        previous = ""
        with engine.begin() as connection:
            if office:
                connection.execute(
                    insert(OLD_OFFICE).values(
                        id=1,
                        name="Ủy ban MTTQ Việt Nam xã Tân Hưng",
                        level="commune",
                        place_name="Tân Hưng",
                        date_line_place="Tân Hưng",
                        higher_body="",
                        symbol_suffix="MTTQ-BTT",
                        chair_name="",
                        created_at=AT,
                        version=1,
                    )
                )
            for number in range(1, entries + 1):
                changes = f'{{"n": [null, {number}]}}'
                digest = entry_hash(previous, AT, "admin", "create", "office", 1, changes)
                connection.execute(
                    insert(AuditEntry.__table__).values(
                        id=number,
                        at=AT,
                        user_name="admin",
                        action="create",
                        entity="office",
                        entity_id=1,
                        changes=changes,
                        prev_hash=previous,
                        hash=digest,
                    )
                )
                previous = digest
    finally:
        engine.dispose()
    return previous


def test_an_office_upgraded_to_0005_has_its_chain_head_in_the_database(
    new_database_url: Callable[..., str],
) -> None:
    url = new_database_url()
    last = write_chain_at_0004(url, 7)

    database = open_database(url)
    try:
        with database.engine.connect() as connection:
            row = connection.execute(text("SELECT id, count, last_hash FROM audit_head")).all()
        assert [tuple(r) for r in row] == [(1, 7, last)]
        assert check_chain(database.session_factory).sound
        with database.engine.begin() as connection:
            connection.execute(text("DELETE FROM audit_entries WHERE id >= 6"))
        assert check_chain(database.session_factory).head_problem == "cut"
    finally:
        database.close()


def test_an_empty_database_upgraded_to_0005_gets_its_head_row_with_its_first_entry(
    new_database_url: Callable[..., str],
) -> None:
    url = new_database_url()
    write_chain_at_0004(url, 0, office=False)

    database = open_database(url)
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT COUNT(*) FROM audit_head")).scalar() == 0
        assert check_chain(database.session_factory).sound
    finally:
        database.close()
