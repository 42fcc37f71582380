"""A restore checks the SQLite copy it puts in place, not only the dump beside it.

The SQLite copy inside an archive used to be put in place as it was: a copy with no rows
(the manifest saying 300 and 120) restored with success and left an empty register, and
one carrying a trigger of someone else's was accepted (the next import then failed with
"database disk image is malformed"). Each copy below is the real backup's, changed with
SQLite and the manifest's checksums rewritten to match; each is refused and the data of
this PC is left byte for byte as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from giamsat_desktop.domain.errors import ErrorCode, StorageError
from giamsat_desktop.messages import describe, say
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.safety.backup import make_backup
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.safety.restore import restore_backup
from tests.hostile import archives
from tests.services.safety.rows import incoming_count

pytestmark = pytest.mark.sqlite_only

TODAY = dt.date(2026, 11, 23)
Change = Callable[[sqlite3.Connection], None]


@dataclass(frozen=True)
class Office:
    data: Path
    archive: Path


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    """The demo commune (its registers and letters) and its backup."""
    root = tmp_path_factory.mktemp("van-phong")
    data = root / "GiamSat"
    database = open_database(f"sqlite:///{data / 'giamsat.sqlite3'}")
    try:
        create_demo_data(database.session_factory, "small", today=TODAY)
        archive = make_backup(database, data, root / "sao-luu.zip").path
    finally:
        database.close()
    return Office(data, archive)


@pytest.fixture
def this_pc(office: Office, tmp_path: Path) -> Path:
    """This PC's data folder: the office as it was backed up."""
    data = tmp_path / "GiamSat"
    shutil.copytree(office.data, data, ignore=shutil.ignore_patterns("*.lock"))
    return data


def restore_into(data: Path, archive: Path) -> None:
    restore_backup(f"sqlite:///{data / 'giamsat.sqlite3'}", archive, data, data / "backups")


def tree(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.suffix != ".lock"
    }


def statements(*sql: str) -> Change:
    def run(connection: sqlite3.Connection) -> None:
        for statement in sql:
            connection.execute(statement)

    return run


EMPTIED = statements(
    "DELETE FROM incoming_documents",
    "DELETE FROM outgoing_documents",
    "VACUUM",
)
FOREIGN_OBJECTS = {
    "trigger": statements(
        "CREATE TRIGGER xoa_het AFTER INSERT ON incoming_documents"
        " BEGIN DELETE FROM incoming_search_data; END"
    ),
    "view": statements("CREATE VIEW tat_ca AS SELECT * FROM incoming_documents"),
    "index": statements("CREATE INDEX ix_la ON incoming_documents (notes)"),
    "table": statements("CREATE TABLE ghi_chu_rieng (id INTEGER PRIMARY KEY, noi_dung TEXT)"),
}


@pytest.mark.parametrize("change", [EMPTIED], ids=["no-rows"])
def test_a_copy_without_the_rows_the_manifest_counts_is_refused(
    office: Office, this_pc: Path, tmp_path: Path, change: Change
) -> None:
    bad = archives.with_database_changed(office.archive, tmp_path / "b.zip", change)
    before = tree(this_pc)

    with pytest.raises(StorageError) as refused:
        restore_into(this_pc, bad)

    assert refused.value.code is ErrorCode.BACKUP_INVALID
    assert "incoming_documents" in say(refused.value.values["detail"])
    backed_up = incoming_count(office.data / "giamsat.sqlite3")
    assert f"manifest ghi {backed_up}" in say(refused.value.values["detail"])
    assert tree(this_pc) == before


@pytest.mark.parametrize("kind", FOREIGN_OBJECTS)
def test_a_copy_carrying_a_schema_object_of_someone_else_is_refused(
    office: Office, this_pc: Path, tmp_path: Path, kind: str
) -> None:
    bad = archives.with_database_changed(office.archive, tmp_path / "b.zip", FOREIGN_OBJECTS[kind])
    before = tree(this_pc)

    with pytest.raises(StorageError) as refused:
        restore_into(this_pc, bad)

    assert refused.value.code is ErrorCode.BACKUP_SCHEMA_FOREIGN
    assert refused.value.values["what"] == f"schema_{kind}"
    message = describe(refused.value.code.value, refused.value.values)
    assert "không do chương trình tạo ra" in message
    assert tree(this_pc) == before


def test_a_trigger_of_the_program_rewritten_to_do_something_else_is_refused(
    office: Office, this_pc: Path, tmp_path: Path
) -> None:
    rewritten = statements(
        "DROP TRIGGER incoming_search_ad",
        "CREATE TRIGGER incoming_search_ad AFTER DELETE ON incoming_documents"
        " BEGIN DELETE FROM outgoing_documents; END",
    )
    bad = archives.with_database_changed(office.archive, tmp_path / "b.zip", rewritten)

    with pytest.raises(StorageError) as refused:
        restore_into(this_pc, bad)

    assert refused.value.code is ErrorCode.BACKUP_SCHEMA_FOREIGN
    assert refused.value.values["name"] == "incoming_search_ad"


def test_a_copy_without_an_index_of_the_program_is_refused(
    office: Office, this_pc: Path, tmp_path: Path
) -> None:
    dropped = statements("DROP INDEX ix_incoming_documents_arrival")
    bad = archives.with_database_changed(office.archive, tmp_path / "b.zip", dropped)

    with pytest.raises(StorageError) as refused:
        restore_into(this_pc, bad)

    assert refused.value.code is ErrorCode.BACKUP_SCHEMA_MISSING
    assert refused.value.values["name"] == "ix_incoming_documents_arrival"


def test_a_copy_whose_search_index_was_paused_is_refused(
    office: Office, this_pc: Path, tmp_path: Path
) -> None:
    paused = statements("INSERT INTO search_index_paused VALUES ('incoming_search')")
    bad = archives.with_database_changed(office.archive, tmp_path / "b.zip", paused)

    with pytest.raises(StorageError) as refused:
        restore_into(this_pc, bad)

    assert refused.value.code is ErrorCode.BACKUP_SCHEMA_FOREIGN
    assert refused.value.values["name"] == "search_index_paused"


def test_a_copy_whose_search_index_no_longer_matches_the_documents_is_refused(
    office: Office, this_pc: Path, tmp_path: Path
) -> None:
    unindexed = statements(
        "INSERT INTO incoming_search (incoming_search, rowid, search_text)"
        " SELECT 'delete', id, search_text FROM incoming_documents WHERE id = 7"
    )
    bad = archives.with_database_changed(office.archive, tmp_path / "b.zip", unindexed)

    with pytest.raises(StorageError) as refused:
        restore_into(this_pc, bad)

    assert refused.value.code is ErrorCode.BACKUP_INVALID
    assert "hỏng" in say(refused.value.values["detail"])


BAD_VALUES = {
    "text-in-an-integer-column": (
        "UPDATE incoming_documents SET page_count = 'hai trang' WHERE id = 12",
        "incoming_documents",
        12,
        "page_count",
        ErrorCode.BACKUP_VALUE_INVALID,
    ),
    "an-impossible-date": (
        "UPDATE outgoing_documents SET issue_date = '2026-02-31' WHERE id = 40",
        "outgoing_documents",
        40,
        "issue_date",
        ErrorCode.BACKUP_VALUE_INVALID,
    ),
    "a-boolean-that-is-not-one": (
        "UPDATE organizations SET active = 2 WHERE id = 3",
        "organizations",
        3,
        "active",
        ErrorCode.BACKUP_VALUE_INVALID,
    ),
    "a-moment-that-is-not-one": (
        "UPDATE audit_entries SET at = 'hôm qua' WHERE id = 2",
        "audit_entries",
        2,
        "at",
        ErrorCode.BACKUP_VALUE_INVALID,
    ),
    "text-longer-than-its-column": (
        "UPDATE incoming_documents SET symbol = printf('%.101c', '1') WHERE id = 30",
        "incoming_documents",
        30,
        "symbol",
        ErrorCode.BACKUP_VALUE_TOO_LONG,
    ),
}


@pytest.mark.parametrize("bad_value", BAD_VALUES.values(), ids=BAD_VALUES.keys())
def test_a_value_in_the_copy_its_column_cannot_take_is_refused_naming_it(
    office: Office, this_pc: Path, tmp_path: Path, bad_value: tuple[str, str, int, str, ErrorCode]
) -> None:
    update, table, row, column, code = bad_value
    bad = archives.with_database_changed(office.archive, tmp_path / "b.zip", statements(update))
    before = tree(this_pc)

    with pytest.raises(StorageError) as refused:
        restore_into(this_pc, bad)

    error = refused.value
    assert error.code is code
    assert (error.values["table"], error.values["row"], error.values["column"]) == (
        table,
        row,
        column,
    )
    assert f"bảng {table}, dòng {row}" in describe(error.code.value, error.values)
    assert tree(this_pc) == before


def document_counts(path: Path) -> list[int]:
    """How many documents in and out the SQLite file at ``path`` holds."""
    connection = sqlite3.connect(path)
    try:
        return [
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("incoming_documents", "outgoing_documents")
        ]
    finally:
        connection.close()


def test_the_copy_as_made_is_accepted_and_put_in_place(office: Office, this_pc: Path) -> None:
    backed_up = document_counts(office.data / "giamsat.sqlite3")
    assert all(backed_up)
    restore_into(this_pc, office.archive)
    assert document_counts(this_pc / "giamsat.sqlite3") == backed_up


def test_a_copy_a_technician_ran_analyze_on_is_accepted(
    office: Office, this_pc: Path, tmp_path: Path
) -> None:
    analysed = archives.with_database_changed(
        office.archive, tmp_path / "b.zip", statements("ANALYZE")
    )
    restore_into(this_pc, analysed)
