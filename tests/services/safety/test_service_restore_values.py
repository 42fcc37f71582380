"""A restore checks every value of the dump first, and a failed one leaves the data as it was.

On both engines: a small office is backed up, restored into this PC's database, and then
an archive made from that backup with one value of its dump changed (the manifest's
checksums rewritten to match, as an attacker or a hand edit would) is restored over it.
Each is refused, naming the table, row and column, and every row of every table is still
there afterwards. Before this was checked, the server database was left empty by
"day is out of range" half-way through loading.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, insert, select, text

from giamsat_desktop.config import sqlite_path
from giamsat_desktop.db.base import Base
from giamsat_desktop.db.engine import make_engine
from giamsat_desktop.db.migrate import head_revision, upgrade
from giamsat_desktop.domain.errors import ErrorCode, StorageError
from giamsat_desktop.messages import describe
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.safety.backup import make_backup
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.safety.restore import restore_backup
from tests.hostile import archives
from tests.services.safety.rows import incoming_count

TODAY = dt.date(2026, 11, 23)
Snapshot = dict[str, list[tuple[Any, ...]]]


def snapshot(url: str) -> Snapshot:
    """Every row of every table of the program, in key order."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {
                table.name: [
                    tuple(row)
                    for row in connection.execute(
                        select(table).order_by(*table.primary_key.columns)
                    )
                ]
                for table in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


@dataclass(frozen=True)
class OfficeBackup:
    archive: Path
    incoming: int
    """How many documents in the office held when it was backed up."""


@pytest.fixture(scope="module")
def backup_of_office(
    engine_name: str, databases: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[OfficeBackup]:
    """A backup of the demo commune (its registers and letters) made on the test's engine."""
    folder = tmp_path_factory.mktemp("van-phong")
    url = databases.new_url(engine_name, migrated=True, folder=folder)
    database = open_database(url)
    try:
        create_demo_data(database.session_factory, "small", today=TODAY)
        archive = make_backup(database, folder / "GiamSat", folder / "sao-luu.zip").path
    finally:
        database.close()
    held = incoming_count(url)
    assert held > 0
    yield OfficeBackup(archive, held)
    databases.remove(url)


@dataclass(frozen=True)
class ThisPc:
    url: str
    data: Path
    archive: Path
    before: Snapshot
    incoming: int
    """How many documents in the backed-up office held (``before`` holds them too)."""

    def restore(self, archive: Path) -> None:
        restore_backup(self.url, archive, self.data, self.data / "backups")


@pytest.fixture
def this_pc(
    backup_of_office: OfficeBackup, new_database_url: Callable[..., str], tmp_path: Path
) -> ThisPc:
    """This PC's database holding the office (restored from its backup)."""
    url = new_database_url()
    path = sqlite_path(url)
    data = path.parent if path is not None else tmp_path / "GiamSat"
    archive = backup_of_office.archive
    restore_backup(url, archive, data, data / "backups")
    return ThisPc(url, data, archive, snapshot(url), backup_of_office.incoming)


@dataclass(frozen=True)
class Damage:
    table: str
    line: int
    column: str
    value: Any
    code: ErrorCode


DAMAGES = {
    "an-impossible-date": Damage(
        "incoming_documents", 17, "arrival_date", "2026-02-31", ErrorCode.BACKUP_VALUE_INVALID
    ),
    "text-in-an-integer-column": Damage(
        "incoming_documents", 5, "page_count", "hai trang", ErrorCode.BACKUP_VALUE_INVALID
    ),
    "a-boolean-that-is-not-one": Damage(
        "organizations", 3, "active", "có", ErrorCode.BACKUP_VALUE_INVALID
    ),
    "a-number-beyond-the-column": Damage(
        "outgoing_documents", 4, "number", 2**40, ErrorCode.BACKUP_VALUE_INVALID
    ),
    "a-moment-that-is-not-one": Damage(
        "audit_entries", 2, "at", "hôm qua", ErrorCode.BACKUP_VALUE_INVALID
    ),
    "a-nul-character-in-text": Damage(
        "incoming_documents", 6, "subject", "V/v giám sát\x00", ErrorCode.BACKUP_VALUE_INVALID
    ),
    "text-longer-than-its-column": Damage(
        "incoming_documents", 9, "symbol", "1" * 101, ErrorCode.BACKUP_VALUE_TOO_LONG
    ),
    "a-required-value-left-out": Damage(
        "outgoing_documents", 2, "subject", None, ErrorCode.BACKUP_VALUE_MISSING
    ),
}


def damaged(this_pc: ThisPc, damage: Damage, folder: Path, *, dump_only: bool) -> Path:
    def change(row: dict[str, Any]) -> None:
        row[damage.column] = damage.value

    return archives.with_dump_line(
        this_pc.archive,
        folder / "sao-luu-bi-sua.zip",
        damage.table,
        damage.line,
        change,
        drop=(archives.SQLITE_MEMBER,) if dump_only else (),
    )


@pytest.fixture(params=["as-made", "dump-only"])
def dump_only(request: pytest.FixtureRequest, engine_name: str) -> bool:
    """On SQLite, the archive as made (with its SQLite copy) and as a server makes it."""
    if engine_name != "sqlite" and request.param == "as-made":
        pytest.skip("a backup made on a server holds only the dump")
    return request.param == "dump-only"


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_a_value_the_column_cannot_take_is_refused_naming_table_row_and_column(
    this_pc: ThisPc, damage: Damage, dump_only: bool, tmp_path: Path
) -> None:
    archive = damaged(this_pc, damage, tmp_path, dump_only=dump_only)

    with pytest.raises(StorageError) as refused:
        this_pc.restore(archive)

    error = refused.value
    assert error.code is damage.code
    assert (error.values["table"], error.values["row"], error.values["column"]) == (
        damage.table,
        damage.line,
        damage.column,
    )
    message = describe(error.code.value, error.values)
    assert f"bảng {damage.table}, dòng {damage.line}" in message
    assert damage.column in message
    assert message.endswith("Dữ liệu hiện tại không bị thay đổi.")


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_a_refused_value_leaves_every_row_of_every_table_there(
    this_pc: ThisPc, damage: Damage, dump_only: bool, tmp_path: Path
) -> None:
    archive = damaged(this_pc, damage, tmp_path, dump_only=dump_only)

    with pytest.raises(StorageError):
        this_pc.restore(archive)

    after = snapshot(this_pc.url)
    assert len(after["incoming_documents"]) == this_pc.incoming
    assert after == this_pc.before


def test_an_impossible_date_is_shown_as_it_is_in_the_archive(
    this_pc: ThisPc, dump_only: bool, tmp_path: Path
) -> None:
    archive = damaged(this_pc, DAMAGES["an-impossible-date"], tmp_path, dump_only=dump_only)
    with pytest.raises(StorageError) as refused:
        this_pc.restore(archive)
    message = describe(refused.value.code.value, refused.value.values)
    assert "cột arrival_date có giá trị “2026-02-31”, không phải một ngày có thật" in message


def test_a_column_the_table_does_not_have_is_refused(
    this_pc: ThisPc, dump_only: bool, tmp_path: Path
) -> None:
    def add(row: dict[str, Any]) -> None:
        row["ghi_chu_them"] = "x"

    drop = (archives.SQLITE_MEMBER,) if dump_only else ()
    archive = archives.with_dump_line(
        this_pc.archive, tmp_path / "b.zip", "people", 2, add, drop=drop
    )
    with pytest.raises(StorageError) as refused:
        this_pc.restore(archive)
    assert refused.value.code is ErrorCode.BACKUP_COLUMN_UNKNOWN
    assert refused.value.values["column"] == "ghi_chu_them"
    assert snapshot(this_pc.url) == this_pc.before


def test_a_line_that_is_not_a_record_is_refused_with_its_number(
    this_pc: ThisPc, dump_only: bool, tmp_path: Path
) -> None:
    rows = archives.dump_rows(this_pc.archive, "people")
    text = "".join(f"{row!r}\n" for row in rows)  # Python's way of writing a dict, not JSON
    drop = (archives.SQLITE_MEMBER,) if dump_only else ()
    archive = archives.rebuilt(
        this_pc.archive, tmp_path / "b.zip", replace={"data/people.jsonl": text.encode()}, drop=drop
    )
    with pytest.raises(StorageError) as refused:
        this_pc.restore(archive)
    assert refused.value.code is ErrorCode.BACKUP_ROW_UNREADABLE
    assert (refused.value.values["table"], refused.value.values["row"]) == ("people", 1)
    assert snapshot(this_pc.url) == this_pc.before


def test_a_load_that_fails_half_way_leaves_every_row_there(
    this_pc: ThisPc, engine_name: str, tmp_path: Path
) -> None:
    """Sound values the database still refuses (a document twice): one step, undone whole."""
    rows = archives.dump_rows(this_pc.archive, "incoming_documents")
    archive = archives.with_dump_rows(
        this_pc.archive,
        tmp_path / "hai-lan.zip",
        "incoming_documents",
        [*rows, rows[-1]],
        drop=(archives.SQLITE_MEMBER,),
    )

    with pytest.raises(StorageError) as refused:
        this_pc.restore(archive)

    assert refused.value.code is ErrorCode.RESTORE_FAILED_UNCHANGED
    message = describe(refused.value.code.value, refused.value.values)
    assert "Dữ liệu hiện tại vẫn như trước khi khôi phục" in message
    assert snapshot(this_pc.url) == this_pc.before


def test_the_backup_the_damaged_ones_are_made_from_restores_every_row(
    this_pc: ThisPc, dump_only: bool, tmp_path: Path
) -> None:
    archive = this_pc.archive
    if dump_only:
        archive = archives.rebuilt(archive, tmp_path / "b.zip", drop=(archives.SQLITE_MEMBER,))
    this_pc.restore(archive)
    after = snapshot(this_pc.url)
    # The same rows; the change log ends with this restore instead of the one before.
    assert after["audit_entries"][-1][3] == this_pc.before["audit_entries"][-1][3] == "restore"
    for state in (after, this_pc.before):
        # The chain's head row ends at that restore too.
        entries = state["audit_entries"]
        assert state.pop("audit_head") == [(1, len(entries), entries[-1][-1])]
        entries.pop()
    assert after == this_pc.before


FIRST_REVISION_ROWS: dict[str, list[dict[str, Any]]] = {
    "register_books": [
        {"id": 1, "year": 2025, "kind": "den", "secret": False,
         "name": "Sổ văn bản đến năm 2025", "imported": False, "version": 1},
    ],
    "incoming_documents": [
        {"id": n, "book_id": 1, "arrival_number": n, "arrival_number_text": str(n),
         "arrival_date": dt.date(2025, 3, n), "issuer": "Đảng ủy xã Tân Hưng",
         "symbol": f"{10 + n}-CV/ĐU", "doc_number": str(10 + n), "type_code": "CV",
         "subject": f"V/v giám sát việc chi trả trợ cấp đợt {n}", "signer": "",
         "urgency": "thuong", "secrecy": "thuong", "recipients": "", "instruction": "",
         "notes": "", "handling_status": "chua_xu_ly", "search_text": "", "cancel_reason": "",
         "created_at": dt.datetime(2025, 3, n, 2, tzinfo=dt.UTC),
         "updated_at": dt.datetime(2025, 3, n, 2, tzinfo=dt.UTC), "version": 1}
        for n in (1, 2, 3)
    ],
}  # fmt: skip


@pytest.fixture
def first_revision_backup(new_database_url: Callable[..., str], tmp_path: Path) -> Path:
    """A backup of a database still at the first schema (before books counted their numbers)."""
    url = new_database_url()
    engine = make_engine(url)
    try:
        upgrade(engine, "0001")
        tables = MetaData()
        tables.reflect(engine)
        with engine.begin() as connection:
            for name, rows in FIRST_REVISION_ROWS.items():
                connection.execute(insert(tables.tables[name]), rows)
    finally:
        engine.dispose()
    database = open_database(url, migrate=False)
    try:
        return make_backup(database, tmp_path / "cu", tmp_path / "sao-luu-2025.zip").path
    finally:
        database.close()


def test_an_archive_of_the_first_schema_is_loaded_and_brought_to_the_newest_in_one_step(
    this_pc: ThisPc, first_revision_backup: Path
) -> None:
    this_pc.restore(first_revision_backup)

    engine = make_engine(this_pc.url)
    try:
        with engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).all()
            numbers = connection.execute(text("SELECT last_number FROM register_books")).all()
            documents = connection.execute(text("SELECT count(*) FROM incoming_documents")).all()
    finally:
        engine.dispose()
    assert (revision, numbers, documents) == ([(head_revision(),)], [(3,)], [(3,)])
