"""Pointing a PC at a shared server database, and moving an office's data there."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import make_url

from giamsat_desktop.config import sqlite_url
from giamsat_desktop.db.engine import make_engine
from giamsat_desktop.db.migrate import upgrade
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.errors import ErrorCode, StorageError, ValidationError
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.messages import describe
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.safety.database import Database, open_database
from giamsat_desktop.services.safety.shared_database import (
    DatabaseState,
    ServerAddress,
    move_data,
    probe_database,
)

CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
TODAY = dt.date(2026, 11, 23)
SCAN = b"%PDF-1.4\n" + bytes(range(256)) * 40


def count(database: Database, table: str) -> int:
    with database.engine.connect() as connection:
        return int(connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)


# ----- the address a clerk types ------------------------------------------------------------


def test_a_server_address_becomes_a_url_that_keeps_an_awkward_password() -> None:
    address = ServerAddress("192.168.1.10", "giamsat", "vanthu", "M@t:khau/2026", 5433)
    url = make_url(address.url())
    assert (url.drivername, url.host, url.port, url.database) == (
        "postgresql+psycopg",
        "192.168.1.10",
        5433,
        "giamsat",
    )
    assert (url.username, url.password) == ("vanthu", "M@t:khau/2026")
    assert ServerAddress.from_url(address.url()) == address


def test_a_file_location_is_not_read_as_a_server_address(tmp_path: Path) -> None:
    assert ServerAddress.from_url(sqlite_url(tmp_path / "giamsat.sqlite3")) is None


@pytest.mark.parametrize(
    ("address", "named"),
    [
        (ServerAddress(" ", "giamsat", "vanthu"), "Chưa nhập địa chỉ máy chủ."),
        (ServerAddress("may-chu", "", "vanthu"), "Chưa nhập tên cơ sở dữ liệu."),
        (ServerAddress("may-chu", "giamsat", ""), "Chưa nhập tên người dùng máy chủ."),
    ],
)
def test_a_missing_part_of_the_address_is_named(address: ServerAddress, named: str) -> None:
    with pytest.raises(ValidationError) as caught:
        address.url()
    assert describe(caught.value.code, caught.value.values) == named


def test_a_port_out_of_range_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        ServerAddress("may-chu", "giamsat", "vanthu", port=70000).url()
    assert caught.value.code is ErrorCode.FIELD_INVALID


# ----- testing the connection ---------------------------------------------------------------


def test_a_new_database_is_found_empty(new_database_url: Callable[..., str]) -> None:
    assert probe_database(new_database_url()).state is DatabaseState.EMPTY


def test_an_office_database_is_found_current_with_its_office_and_documents(
    office_database: Database,
) -> None:
    incoming.register_incoming(
        office_database.session_factory,
        CLERK,
        IncomingDraft(TODAY, "Đảng ủy xã Tân Hưng", "V/v giám sát bảo hiểm y tế"),
    )
    probe = probe_database(office_database.url)
    assert (probe.state, probe.office, probe.documents) == (
        DatabaseState.CURRENT,
        "Ủy ban MTTQ Việt Nam xã Tân Hưng",
        1,
    )


def test_a_database_of_an_older_version_is_found_older_and_left_as_it_was(
    new_database_url: Callable[..., str],
) -> None:
    url = new_database_url()
    engine = make_engine(url)
    try:
        upgrade(engine, "0001")
    finally:
        engine.dispose()
    assert probe_database(url).state is DatabaseState.OLDER
    assert probe_database(url).state is DatabaseState.OLDER  # the probe upgraded nothing


def test_a_server_nobody_listens_on_is_reported_in_a_sentence() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    url = ServerAddress("127.0.0.1", "giamsat", "vanthu", "bi-mat", free_port).url()
    with pytest.raises(StorageError) as caught:
        probe_database(url)
    message = describe(caught.value.code, caught.value.values)
    assert caught.value.code is ErrorCode.DATABASE_UNREACHABLE
    assert message.startswith("Không mở được cơ sở dữ liệu postgresql+psycopg://vanthu@127.0.0.1")
    assert "bi-mat" not in message


# ----- moving an office's data into an empty database ---------------------------------------


@pytest.fixture
def this_pc(tmp_path: Path) -> Iterator[Database]:
    """The office's PC until now: a SQLite file with a year of registers and a scan."""
    data = tmp_path / "GiamSat"
    database = open_database(sqlite_url(data / "giamsat.sqlite3"))
    create_demo_data(database.session_factory, "small", today=TODAY)
    scan = tmp_path / "558-CV-ĐUK.pdf"
    scan.write_bytes(SCAN)
    attachments.attach_files(database.session_factory, CLERK, data, "incoming", 1, [scan])
    yield database
    database.close()


def test_moving_copies_every_document_and_leaves_this_pcs_data_as_it_was(
    this_pc: Database, new_database_url: Callable[..., str]
) -> None:
    assert this_pc.sqlite_file is not None
    before = this_pc.sqlite_file.read_bytes()
    tables = ("incoming_documents", "outgoing_documents", "attachments")
    tables += ("incoming_attachments", "outgoing_attachments")
    held = {table: count(this_pc, table) for table in tables}
    assert held["incoming_documents"] > 0 and held["outgoing_documents"] > 0
    assert held["incoming_attachments"] > 0  # the scan
    assert held["outgoing_attachments"] > 0  # the demo's issued letters have their files
    target_url = new_database_url()

    manifest = move_data(this_pc, this_pc.sqlite_file.parent, target_url)

    target = open_database(target_url, create=False)
    try:
        moved = {table: count(target, table) for table in tables}
    finally:
        target.close()
    assert moved == held
    assert manifest.tables["incoming_documents"] == held["incoming_documents"]
    assert this_pc.sqlite_file.read_bytes() == before


def test_moving_into_a_database_that_holds_data_is_refused_and_changes_nothing(
    this_pc: Database, office_database: Database
) -> None:
    assert this_pc.sqlite_file is not None
    with pytest.raises(StorageError) as caught:
        move_data(this_pc, this_pc.sqlite_file.parent, office_database.url)
    assert caught.value.code is ErrorCode.TARGET_NOT_EMPTY
    assert count(office_database, "incoming_documents") == 0
    assert count(office_database, "office") == 1


@pytest.mark.postgresql
def test_after_the_move_another_pc_opens_the_attachments(
    this_pc: Database, new_database_url: Callable[..., str], tmp_path: Path
) -> None:
    assert this_pc.sqlite_file is not None
    target_url = new_database_url()
    move_data(this_pc, this_pc.sqlite_file.parent, target_url)

    target = open_database(target_url, create=False)
    try:
        [attached] = attachments.list_attachments(target.session_factory, "incoming", 1)
        opened = attachments.export_copy(
            target.session_factory, tmp_path / "may-thu-hai", attached, tmp_path / "xem"
        )
    finally:
        target.close()
    assert (opened.name, opened.read_bytes()) == ("558-CV-ĐUK.pdf", SCAN)
