"""Revision 0016 gives the office an id of its own, made once: ``office.uid``."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import text

from giamsat_desktop.db import migrate
from giamsat_desktop.db.engine import make_engine
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel
from giamsat_desktop.services.catalog import office
from giamsat_desktop.services.safety.database import open_database

AT = dt.datetime(2026, 12, 12, 8, 30, tzinfo=dt.UTC)
CLERK = Actor("vanthu", Role.CLERK)


def office_uids(url: str) -> list[str | None]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return [row[0] for row in connection.execute(text("SELECT uid FROM office"))]
    finally:
        engine.dispose()


def test_an_office_set_up_before_0016_gets_a_fresh_uuid(
    new_database_url: Callable[..., str],
) -> None:
    url = new_database_url()
    engine = make_engine(url)
    try:
        migrate.upgrade(engine, "0015")
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO office (id, name, level, place_name, date_line_place,"
                    " higher_body, symbol_suffix, chair_name, created_at, version)"
                    " VALUES (1, 'Ủy ban MTTQ Việt Nam xã Tân Hưng', 'xa', 'Tân Hưng',"
                    " 'Tân Hưng', '', 'MTTQ-BTT', '', :at, 1)"
                ),
                {"at": AT},
            )
    finally:
        engine.dispose()

    database = open_database(url)
    try:
        read = office.office_uid(database.session_factory)
    finally:
        database.close()

    (stored,) = office_uids(url)
    assert stored is not None and read == stored
    assert uuid.UUID(stored).version == 4


def test_a_new_office_gets_its_uuid_at_set_up_and_keeps_it(
    new_database_url: Callable[..., str],
) -> None:
    url = new_database_url()
    database = open_database(url)
    try:
        assert office.office_uid(database.session_factory) is None
        info = OfficeInfo(
            "Ủy ban MTTQ Việt Nam xã Tân Hưng", OfficeLevel.COMMUNE, "Tân Hưng", "", "", "MTTQ", ""
        )
        saved, _ = office.set_up_office(database.session_factory, CLERK, info)
        made = office.office_uid(database.session_factory)
        renamed = replace(saved, chair_name="Lê Văn An")
        office.update_office(database.session_factory, CLERK, renamed)
        kept = office.office_uid(database.session_factory)
    finally:
        database.close()

    assert made is not None and uuid.UUID(made).version == 4
    assert kept == made
