"""Backups and restore on real SQLite files: what an archive holds, and what a restore does.

The office is the demo commune (its registers and letters) with scans attached. Every
archive here is a real zip on disk; the bad ones are the good one damaged the ways a
USB stick, a hand edit or an attacker would damage it (``tests/hostile/corpus.py``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
import threading
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from giamsat_desktop import __version__
from giamsat_desktop.db.base import Base
from giamsat_desktop.db.engine import make_engine
from giamsat_desktop.db.migrate import head_revision, upgrade
from giamsat_desktop.db.sqlite_backup import backup_sqlite_file
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.errors import ErrorCode, StorageError
from giamsat_desktop.domain.registers import IncomingDraft, IncomingFilter
from giamsat_desktop.messages import describe, say
from giamsat_desktop.services.demo_data import DEMO_OFFICE, create_demo_data
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.registers.queries import incoming_keys
from giamsat_desktop.services.safety import backup, backup_archive, safety_copies
from giamsat_desktop.services.safety.backup import (
    NOT_DUMPED,
    make_backup,
    verify_backup,
)
from giamsat_desktop.services.safety.backup_archive import MANIFEST, SQLITE_MEMBER, Manifest
from giamsat_desktop.services.safety.database import Database, open_database
from giamsat_desktop.services.safety.restore import restore_backup
from tests.hostile import corpus
from tests.services.safety.rows import highest_id, incoming_count

pytestmark = pytest.mark.sqlite_only

TODAY = dt.date(2026, 11, 23)
CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
TABLES = [table.name for table in Base.metadata.sorted_tables if table.name not in NOT_DUMPED]
"""Every table dumped as rows (attachment bytes of a shared database go in as files)."""
SCAN = b"%PDF-1.4\n% 558-CV/DUK ve giam sat bao hiem y te\n" + bytes(range(256)) * 40 + b"%%EOF\n"
MINUTES = b"PK\x03\x04 bien ban hoi nghi hiep thuong " + bytes(range(200, 256)) * 30
HIEP_THUONG = "V/v tổ chức Hội nghị hiệp thương cử Ủy viên Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2026"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def restored_rows(path: Path, table: str) -> list[tuple[Any, ...]]:
    """Rows after a restore, without the audit entry that records the restore itself.

    The chain's head row moved with that entry: it is taken back to the entry before,
    once checked to end at the restore's entry.
    """
    rows = rows_of(path, table)
    if table == "audit_entries" and rows and rows[-1][3] == "restore":
        return rows[:-1]
    if table == "audit_head" and rows:
        entries = rows_of(path, "audit_entries")
        if entries and entries[-1][3] == "restore":
            (head_id, count, last_hash), last = rows[0], entries[-1]
            assert (count, last_hash) == (len(entries), last[-1])
            return [(head_id, count - 1, last[-2])]
    return rows


def rows_of(path: Path, table: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
    finally:
        connection.close()


def count_of(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def register(factory: Any, subject: str = HIEP_THUONG) -> int:
    record, _ = incoming.register_incoming(
        factory,
        CLERK,
        IncomingDraft(TODAY, "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", subject, symbol="88/HD-MTTQ"),
    )
    return record.id


def dump_of(archive: Path, table: str) -> list[dict[str, Any]]:
    with zipfile.ZipFile(archive) as opened:
        text = opened.read(f"data/{table}.jsonl").decode("utf-8")
    return [json.loads(line) for line in text.splitlines() if line]


def member_database(archive: Path, folder: Path) -> Path:
    """The SQLite member of an archive, written out to look at."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "trong-ban-sao-luu.sqlite3"
    with zipfile.ZipFile(archive) as opened:
        target.write_bytes(opened.read(SQLITE_MEMBER))
    return target


def tree(folder: Path) -> dict[str, str]:
    """Every file under a folder with its checksum: to show that nothing changed."""
    return {
        str(path.relative_to(folder)): sha256(path.read_bytes())
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def rewritten(
    source: Path,
    target: Path,
    *,
    edit: Callable[[dict[str, Any]], None] | None = None,
    replace: dict[str, bytes] | None = None,
    drop: tuple[str, ...] = (),
    add: tuple[tuple[str, corpus.Content], ...] = (),
    rehash: bool = False,
) -> Path:
    """A copy of an archive with members changed; ``rehash`` also fixes the manifest."""
    members = corpus.archive_members(source)
    manifest = json.loads(dict(members)[MANIFEST])
    kept: list[tuple[str, corpus.Content]] = []
    for name, data in members:
        if name == MANIFEST or name in drop:
            continue
        data = (replace or {}).get(name, data)
        if rehash and name in manifest["files"]:
            manifest["files"][name] = sha256(data)
        kept.append((name, data))
    for name in drop:
        manifest["files"].pop(name, None)
    if edit is not None:
        edit(manifest)
    kept += add
    if MANIFEST not in drop:
        kept.append((MANIFEST, json.dumps(manifest, ensure_ascii=False).encode()))
    return corpus.write_zip(target, kept)


# ----- the office and its backup ------------------------------------------------------------


@dataclass(frozen=True)
class Office:
    data: Path
    database: Path
    archive: Path
    scan_sha: str
    minutes_sha: str
    hiep_thuong_id: int

    @property
    def url(self) -> str:
        return sqlite_url(self.database)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    """The demo commune with two scans attached, backed up by hand (menu Sao lưu)."""
    root = tmp_path_factory.mktemp("van-phong")
    data = root / "GiamSat"
    path = data / "giamsat.sqlite3"
    database = open_database(sqlite_url(path))
    downloads = root / "Tải về"
    downloads.mkdir()
    (downloads / "558-CV-ĐUK.pdf").write_bytes(SCAN)
    (downloads / "biên bản hiệp thương.docx").write_bytes(MINUTES)
    try:
        create_demo_data(database.session_factory, "small", today=TODAY)
        hiep_thuong = register(database.session_factory)
        attachments.attach_files(
            database.session_factory,
            CLERK,
            data,
            "incoming",
            hiep_thuong,
            [downloads / "558-CV-ĐUK.pdf", downloads / "biên bản hiệp thương.docx"],
        )
        attachments.attach_files(
            database.session_factory, CLERK, data, "outgoing", 1, [downloads / "558-CV-ĐUK.pdf"]
        )
        archive = make_backup(database, data, root / "USB" / "sao-luu-23-11-2026.zip").path
    finally:
        database.close()
    return Office(data, path, archive, sha256(SCAN), sha256(MINUTES), hiep_thuong)


def test_the_manifest_names_the_program_version_and_schema_revision(office: Office) -> None:
    manifest = verify_backup(office.archive)
    assert (manifest.program_version, manifest.schema_revision) == (__version__, head_revision())


def test_the_manifest_names_the_office(office: Office) -> None:
    assert verify_backup(office.archive).office == DEMO_OFFICE.name


def test_the_manifest_counts_every_table_as_the_database_does(office: Office) -> None:
    manifest = verify_backup(office.archive)
    assert manifest.tables == {table: count_of(office.database, table) for table in TABLES}


def test_the_manifest_holds_the_sha256_of_every_member(office: Office) -> None:
    manifest = verify_backup(office.archive)
    members = dict(corpus.archive_members(office.archive))
    del members[MANIFEST]
    assert manifest.files == {name: sha256(data) for name, data in members.items()}


def comparable(value: Any) -> Any:
    """A value as SQLite and the dump both can say it: moments in UTC, booleans as 0/1."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is not None:
            moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
        return moment
    return value


def stored_rows(path: Path, table: str) -> list[dict[str, Any]]:
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2")]
    finally:
        connection.close()


def test_the_dump_holds_every_row_of_every_table_with_every_value(office: Office) -> None:
    for table in TABLES:
        dumped = [
            {key: comparable(value) for key, value in row.items()}
            for row in dump_of(office.archive, table)
        ]
        stored = [
            {key: comparable(value) for key, value in row.items()}
            for row in stored_rows(office.database, table)
        ]
        assert dumped == stored, table


def test_the_dump_keeps_vietnamese_text_as_it_was_typed(office: Office) -> None:
    subjects = {row["subject"] for row in dump_of(office.archive, "incoming_documents")}
    assert HIEP_THUONG in subjects


def test_the_sqlite_copy_in_the_archive_is_a_sound_database(office: Office, tmp_path: Path) -> None:
    copy = member_database(office.archive, tmp_path)
    connection = sqlite3.connect(copy)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)
        ]
    finally:
        connection.close()


def test_the_sqlite_copy_in_the_archive_holds_every_document(
    office: Office, tmp_path: Path
) -> None:
    copy = member_database(office.archive, tmp_path)
    for table in ("incoming_documents", "outgoing_documents"):
        held = count_of(office.database, table)
        assert held > 0
        assert count_of(copy, table) == held, table


def test_a_manual_backup_holds_every_attachment_with_its_bytes(office: Office) -> None:
    members = dict(corpus.archive_members(office.archive))
    assert members[f"attachments/{office.scan_sha}"] == SCAN
    assert members[f"attachments/{office.minutes_sha}"] == MINUTES
    assert verify_backup(office.archive).attachments == "included"


def test_a_row_committed_but_still_only_in_the_wal_is_in_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "GiamSat" / "giamsat.sqlite3"
    database = open_database(sqlite_url(path))
    try:
        create_demo_data(database.session_factory, "small", today=TODAY)
        checkpoint = sqlite3.connect(path)
        checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        checkpoint.close()
        demo = incoming_count(path)
        register(database.session_factory)
        assert path.with_name(path.name + "-wal").stat().st_size > 0
        plain_copy = tmp_path / "chep-thuong.sqlite3"
        shutil.copyfile(path, plain_copy)  # what copying the file in Explorer would give
        archive = make_backup(database, path.parent, tmp_path / "sao-luu.zip").path
    finally:
        database.close()
    assert count_of(plain_copy, "incoming_documents") == demo
    assert len(dump_of(archive, "incoming_documents")) == demo + 1
    assert count_of(member_database(archive, tmp_path / "xem"), "incoming_documents") == demo + 1


# ----- a backup while another clerk keeps working --------------------------------------------


@pytest.fixture
def busy_office(tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "GiamSat" / "giamsat.sqlite3"
    database = open_database(sqlite_url(path))
    create_demo_data(database.session_factory, "small", today=TODAY)
    yield database
    database.close()


def test_a_backup_taken_while_another_clerk_keeps_registering_is_consistent(
    busy_office: Database, tmp_path: Path
) -> None:
    demo_count = incoming_count(busy_office.url)
    demo_top = highest_id(busy_office.url, "incoming_documents")
    other = open_database(busy_office.url)
    stop = threading.Event()
    written: list[int] = []

    def keep_registering() -> None:
        while not stop.is_set():
            written.append(register(other.session_factory, f"V/v báo cáo tuần {len(written)}"))

    clerk = threading.Thread(target=keep_registering)
    clerk.start()
    try:
        while len(written) < 3:
            stop.wait(0.01)
        archive = make_backup(busy_office, tmp_path, tmp_path / "sao-luu.zip").path
        after_backup = len(written)
        while len(written) < after_backup + 2:  # the clerk kept working after the backup
            stop.wait(0.01)
    finally:
        stop.set()
        clerk.join()
        other.close()
    manifest = verify_backup(archive)
    dumped = {table: dump_of(archive, table) for table in TABLES}
    assert manifest.tables == {table: len(rows) for table, rows in dumped.items()}
    documents = {row["id"] for row in dumped["incoming_documents"]}
    created = {
        row["entity_id"]
        for row in dumped["audit_entries"]
        if row["action"] == "create" and row["entity"] == "incoming"
    }
    assert {document for document in created if document > demo_top} == {
        document for document in documents if document > demo_top
    }
    assert demo_count < len(documents) < demo_count + len(written)


@pytest.fixture
def a_write_between_each_step(
    busy_office: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Another clerk's document lands right after each read a backup makes."""
    other = open_database(busy_office.url)

    def after(step: Callable[..., Any]) -> Callable[..., Any]:
        def step_then_write(*args: Any, **kwargs: Any) -> Any:
            result = step(*args, **kwargs)
            register(other.session_factory, "V/v đăng ký văn bản trong lúc sao lưu")
            return result

        return step_then_write

    monkeypatch.setattr(backup, "backup_sqlite_file", after(backup.backup_sqlite_file))
    monkeypatch.setattr(backup, "_write_dump", after(backup._write_dump))
    yield
    other.close()


@pytest.mark.usefixtures("a_write_between_each_step")
def test_the_sqlite_copy_and_the_dump_are_of_the_same_moment(
    busy_office: Database, tmp_path: Path
) -> None:
    archive = make_backup(busy_office, tmp_path, tmp_path / "sao-luu.zip").path
    copy = member_database(archive, tmp_path / "xem")
    assert (
        count_of(copy, "incoming_documents") == verify_backup(archive).tables["incoming_documents"]
    )


@pytest.mark.usefixtures("a_write_between_each_step")
def test_the_manifest_audit_head_is_the_last_audit_entry_in_the_archive(
    busy_office: Database, tmp_path: Path
) -> None:
    archive = make_backup(busy_office, tmp_path, tmp_path / "sao-luu.zip").path
    entries = dump_of(archive, "audit_entries")
    head = verify_backup(archive).audit_head
    assert head == {"count": len(entries), "last_hash": entries[-1]["hash"]}


# ----- restoring ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    data: Path
    database: Path
    manifest: Manifest
    before: Path | None


def restore_into_new_pc(archive: Path, root: Path) -> Restored:
    """Restore on a PC that has no data yet (a replaced PC)."""
    data = root / "GiamSat"
    path = data / "giamsat.sqlite3"
    outcome = restore_backup(sqlite_url(path), archive, data, data / "backups")
    return Restored(data, path, outcome.manifest, outcome.before)


@pytest.fixture(scope="module")
def restored(office: Office, tmp_path_factory: pytest.TempPathFactory) -> Restored:
    return restore_into_new_pc(office.archive, tmp_path_factory.mktemp("may-moi"))


def test_a_restored_database_has_every_row_of_every_table(
    office: Office, restored: Restored
) -> None:
    for table in TABLES:
        assert restored_rows(restored.database, table) == rows_of(office.database, table), table


def test_a_restored_database_is_at_the_newest_schema_and_sound(restored: Restored) -> None:
    database = open_database(sqlite_url(restored.database), create=False)
    database.close()
    assert database.migrated_from is None
    connection = sqlite3.connect(restored.database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()


def test_restored_attachments_are_back_in_the_data_folder_with_the_same_bytes(
    office: Office, restored: Restored
) -> None:
    assert attachments.stored_path(restored.data, office.scan_sha).read_bytes() == SCAN
    assert attachments.stored_path(restored.data, office.minutes_sha).read_bytes() == MINUTES


def search(path: Path, words: str) -> list[int]:
    database = open_database(sqlite_url(path), create=False)
    try:
        return incoming_keys(database.session_factory, CLERK, IncomingFilter(text=words))
    finally:
        database.close()


def test_search_finds_the_same_documents_in_a_restored_database(
    office: Office, restored: Restored
) -> None:
    found = search(restored.database, "hiep thuong")
    assert office.hiep_thuong_id in found
    assert found == search(office.database, "hiep thuong")


def test_restoring_on_a_pc_without_data_makes_no_safety_backup(restored: Restored) -> None:
    assert restored.before is None


@pytest.fixture
def dump_only(office: Office, tmp_path: Path) -> Path:
    """The archive as PostgreSQL would write it: the engine-neutral dump, no SQLite file."""
    return rewritten(office.archive, tmp_path / "khong-co-sqlite.zip", drop=(SQLITE_MEMBER,))


def test_an_archive_without_the_sqlite_file_still_verifies(dump_only: Path) -> None:
    assert SQLITE_MEMBER not in verify_backup(dump_only).files


def test_an_archive_without_the_sqlite_file_restores_every_row(
    office: Office, dump_only: Path, tmp_path: Path
) -> None:
    root = tmp_path / "may-moi"
    (root / "GiamSat").mkdir(parents=True)
    result = restore_into_new_pc(dump_only, root)
    for table in TABLES:
        assert restored_rows(result.database, table) == rows_of(office.database, table), table


@pytest.fixture
def dump_only_without_attachments(tmp_path: Path) -> Path:
    """A dump-only archive of an office with no scans (nothing else creates the folder)."""
    database = open_database(sqlite_url(tmp_path / "khac" / "giamsat.sqlite3"))
    try:
        create_demo_data(database.session_factory, "small", today=TODAY)
        archive = make_backup(database, tmp_path / "khac", tmp_path / "day-du.zip").path
    finally:
        database.close()
    return rewritten(archive, tmp_path / "khong-co-sqlite.zip", drop=(SQLITE_MEMBER,))


def test_an_archive_without_the_sqlite_file_restores_into_a_folder_not_yet_made(
    dump_only_without_attachments: Path, tmp_path: Path
) -> None:
    result = restore_into_new_pc(dump_only_without_attachments, tmp_path / "may-moi")
    backed_up = incoming_count(tmp_path / "khac" / "giamsat.sqlite3")
    assert backed_up > 0
    assert incoming_count(result.database) == backed_up


# ----- restoring over the current data ------------------------------------------------------


@pytest.fixture
def current(office: Office, tmp_path: Path) -> Office:
    """This PC's data: the office as backed up, plus one document registered since."""
    data = tmp_path / "GiamSat"
    shutil.copytree(office.data, data)
    database = open_database(sqlite_url(data / "giamsat.sqlite3"))
    try:
        register(database.session_factory, "V/v góp ý dự thảo Nghị quyết, nhận sau khi sao lưu")
    finally:
        database.close()
    return Office(
        data,
        data / "giamsat.sqlite3",
        office.archive,
        office.scan_sha,
        office.minutes_sha,
        office.hiep_thuong_id,
    )


def restore_over(current: Office, archive: Path) -> tuple[Manifest, Path | None]:
    outcome = restore_backup(current.url, archive, current.data, current.data / "backups")
    return outcome.manifest, outcome.before


def backed_up(office: Office) -> int:
    """How many documents in the office held when it was backed up (its archive holds them)."""
    held = incoming_count(office.database)
    assert held > 0
    return held


def test_restore_replaces_the_current_data_with_the_archive(
    office: Office, current: Office
) -> None:
    assert incoming_count(current.database) == backed_up(office) + 1
    restore_over(current, current.archive)
    assert incoming_count(current.database) == backed_up(office)


def test_restore_first_backs_up_the_current_data_in_the_safety_folder(current: Office) -> None:
    _manifest, before = restore_over(current, current.archive)
    assert before is not None
    assert before.parent == current.data / "backups"
    assert before.name.startswith("truoc-khoi-phuc-") and before.suffix == ".zip"


def test_the_safety_backup_made_before_a_restore_is_itself_valid(
    office: Office, current: Office
) -> None:
    _manifest, before = restore_over(current, current.archive)
    assert before is not None
    manifest = verify_backup(before)
    assert manifest.kind == "before-restore"
    assert manifest.tables["incoming_documents"] == backed_up(office) + 1


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[dt.datetime]:
    """The moment the backup module sees (safety backups are named by the second)."""
    moments = [dt.datetime(2026, 11, 23, 16, 30, 0)]

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Frozen:
            moment = moments[0] if tz is None else moments[0].replace(tzinfo=tz)
            return cls.fromisoformat(moment.isoformat())

    frozen = SimpleNamespace(datetime=Frozen, date=dt.date, UTC=dt.UTC)
    monkeypatch.setattr(backup, "dt", frozen)
    monkeypatch.setattr(safety_copies, "dt", frozen)
    return moments


def restore_the_safety_backup(current: Office, before: Path) -> None:
    restore_backup(
        current.url,
        before,
        current.data,
        current.data / "backups",
        shared_store=current.data / "backups" / "tep",
    )


def test_the_safety_backup_brings_back_what_the_restore_replaced(
    office: Office, current: Office, clock: list[dt.datetime]
) -> None:
    _manifest, before = restore_over(current, current.archive)
    assert before is not None
    clock[0] += dt.timedelta(minutes=2)
    restore_the_safety_backup(current, before)
    assert incoming_count(current.database) == backed_up(office) + 1


def test_restoring_the_safety_backup_at_once_brings_back_what_the_restore_replaced(
    office: Office, current: Office, clock: list[dt.datetime]
) -> None:
    _manifest, before = restore_over(current, current.archive)
    assert before is not None
    restore_the_safety_backup(current, before)
    assert incoming_count(current.database) == backed_up(office) + 1


def test_restoring_over_a_damaged_file_keeps_that_file_byte_for_byte(
    office: Office, tmp_path: Path
) -> None:
    data = tmp_path / "GiamSat"
    data.mkdir()
    target = data / "giamsat.sqlite3"
    damaged = office.database.read_bytes()[:4096] + b"\x00mat dien\x00" * 4000
    target.write_bytes(damaged)

    before = restore_backup(sqlite_url(target), office.archive, data, data / "backups").before

    assert before is not None and before.parent == data / "backups"
    assert before.read_bytes() == damaged
    assert incoming_count(target) == backed_up(office)


def test_two_restores_in_the_same_moment_keep_both_safety_backups(
    office: Office, current: Office, clock: list[dt.datetime]
) -> None:
    _manifest, first = restore_over(current, current.archive)
    _manifest, second = restore_over(current, current.archive)
    assert first is not None and second is not None and first != second
    assert verify_backup(first).tables["incoming_documents"] == backed_up(office) + 1
    assert verify_backup(second).tables["incoming_documents"] == backed_up(office)


# ----- an archive of an older program -------------------------------------------------------

FIRST_REVISION_ROWS = [
    "INSERT INTO office (id, name, level, place_name, date_line_place, higher_body,"
    " symbol_suffix, chair_name, created_at, version) VALUES (1,"
    " 'Ủy ban MTTQ Việt Nam xã Tân Hưng', 'xa', 'Tân Hưng', 'Tân Hưng',"
    " 'Ủy ban MTTQ Việt Nam tỉnh Tây Ninh', 'MTTQ-BTT', 'Nguyễn Thị Thu Hà',"
    " '2025-01-02 01:00:00.000000', 1)",
    "INSERT INTO register_books (id, year, kind, secret, name, imported, version) VALUES"
    " (1, 2025, 'den', 0, 'Sổ văn bản đến năm 2025', 0, 1)",
    *(
        "INSERT INTO incoming_documents (id, book_id, arrival_number, arrival_number_text,"
        " arrival_date, issuer, symbol, doc_number, type_code, doc_date, subject, signer,"
        " urgency, secrecy, page_count, recipients, transfer_date, deadline, instruction,"
        " notes, handling_status, search_text, cancelled_at, cancel_reason, created_at,"
        f" updated_at, version) VALUES ({n}, 1, {n}, '{n}', '2025-03-0{n}',"
        f" 'Đảng ủy xã Tân Hưng', '{10 + n}-CV/ĐU', '{10 + n}', 'CV', NULL,"
        f" 'V/v giám sát việc chi trả trợ cấp đợt {n}', '', 'thuong', 'thuong', 2, '', NULL,"
        " NULL, '', '', 'chua_xu_ly', "
        f"'{10 + n}-cv/du dang uy xa tan hung v/v giam sat viec chi tra tro cap dot {n}',"
        " NULL, '', '2025-03-03 02:00:00.000000', '2025-03-03 02:00:00.000000', 1)"
        for n in (1, 2, 3)
    ),
]


def first_revision_archive(folder: Path) -> Path:
    """A backup as the first version of the program wrote it (schema 0001, no last_number)."""
    path = folder / "cu" / "giamsat.sqlite3"
    path.parent.mkdir(parents=True)
    engine = make_engine(sqlite_url(path))
    try:
        upgrade(engine, "0001")
        with engine.begin() as connection:
            for statement in FIRST_REVISION_ROWS:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()
    copy = backup_sqlite_file(path, folder / "cu" / "ban-sao.sqlite3")
    connection = sqlite3.connect(copy)
    connection.row_factory = sqlite3.Row
    members: list[tuple[str, bytes]] = [(SQLITE_MEMBER, copy.read_bytes())]
    counts: dict[str, int] = {}
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for name in names:
            rows = [dict(row) for row in connection.execute(f"SELECT * FROM {name}")]
            text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
            members.append((f"data/{name}.jsonl", text.encode()))
            if name != "alembic_version":
                counts[name] = len(rows)
    finally:
        connection.close()
    manifest = Manifest(
        program_version="0.0.9",
        schema_revision="0001",
        created_at="2025-03-05T10:00:00+00:00",
        engine="sqlite",
        office="Ủy ban MTTQ Việt Nam xã Tân Hưng",
        tables=counts,
        files={name: sha256(data) for name, data in members},
    )
    members.append((MANIFEST, manifest.to_json().encode()))
    return corpus.write_zip(folder / "sao-luu-2025.zip", members)


@pytest.fixture
def old_archive(tmp_path: Path) -> Path:
    return first_revision_archive(tmp_path)


def test_an_archive_of_an_older_schema_is_restored_and_brought_to_the_newest(
    office: Office, old_archive: Path, tmp_path: Path
) -> None:
    result = restore_into_new_pc(old_archive, tmp_path / "may-moi")
    connection = sqlite3.connect(result.database)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        numbers = connection.execute("SELECT last_number FROM register_books").fetchall()
    finally:
        connection.close()
    assert revision == [(head_revision(),)]
    assert numbers == [(3,)]


def test_documents_of_an_older_archive_are_found_by_search_after_restore(
    office: Office, old_archive: Path, tmp_path: Path
) -> None:
    result = restore_into_new_pc(old_archive, tmp_path / "may-moi")
    assert sorted(search(result.database, "tro cap")) == [1, 2, 3]


def test_restoring_over_a_database_still_at_an_older_schema_backs_it_up_and_restores(
    office: Office, old_archive: Path
) -> None:
    old_database = old_archive.parent / "cu" / "giamsat.sqlite3"
    data = old_database.parent
    before = restore_backup(sqlite_url(old_database), office.archive, data, data / "backups").before
    assert before is not None and verify_backup(before).schema_revision == "0001"
    assert incoming_count(old_database) == backed_up(office)


# ----- bad archives are refused and change nothing ------------------------------------------


def edit_manifest(change: Callable[[dict[str, Any]], None]) -> Callable[[Path, Path], Path]:
    return lambda good, target: rewritten(good, target, edit=change)


def with_member(name: str, content: corpus.Content = b"pwned\n") -> Callable[[Path, Path], Path]:
    def build(good: Path, target: Path) -> Path:
        def listed(manifest: dict[str, Any]) -> None:
            manifest["files"][name] = sha256(content) if isinstance(content, bytes) else "0"

        return rewritten(good, target, edit=listed, add=((name, content),))

    return build


def set_count(manifest: dict[str, Any]) -> None:
    manifest["tables"]["incoming_documents"] = 250


def set_checksum(manifest: dict[str, Any]) -> None:
    manifest["files"][SQLITE_MEMBER] = "0" * 64


def set_program(manifest: dict[str, Any]) -> None:
    manifest["program"] = "quanlyvanban"


def set_newer_schema(manifest: dict[str, Any]) -> None:
    manifest["schema_revision"] = "ffff9999"


def edited_dump(good: Path, target: Path) -> Path:
    members = dict(corpus.archive_members(good))
    name = "data/incoming_documents.jsonl"
    changed = members[name].replace("Đảng ủy".encode(), "Đảng uỷ".encode(), 1)
    return rewritten(good, target, replace={name: changed})


def damaged_database(good: Path, target: Path) -> Path:
    members = dict(corpus.archive_members(good))
    broken = bytearray(members[SQLITE_MEMBER])
    broken[4096 : 4096 + 2048] = bytes(2048)  # a page of the documents wiped, the rest intact
    return rewritten(good, target, replace={SQLITE_MEMBER: bytes(broken)}, rehash=True)


def flipped_attachment(good: Path, target: Path) -> Path:
    with zipfile.ZipFile(good) as opened:
        member = next(name for name in opened.namelist() if name.startswith("attachments/"))
    return corpus.flip_byte_in_member(good, target, member)


def flipped_dump(good: Path, target: Path) -> Path:
    return corpus.flip_byte_in_member(good, target, "data/incoming_documents.jsonl", at=40)


def file_with(content: bytes) -> Callable[[Path, Path], Path]:
    def build(_good: Path, target: Path) -> Path:
        target.write_bytes(content)
        return target

    return build


def outside_attachment(good: Path, target: Path) -> Path:
    """A consistent archive (checksums right) whose attachment list names a path outside."""
    members = dict(corpus.archive_members(good))
    rows = [json.loads(line) for line in members["data/attachments.jsonl"].splitlines()]
    rows[0]["sha256"] = "../ngoai-thu-muc/x"  # data/attachments/../../ngoai-thu-muc: beside it
    text = "".join(json.dumps(row) + "\n" for row in rows).encode()
    return rewritten(good, target, replace={"data/attachments.jsonl": text}, rehash=True)


BAD_ARCHIVES = {
    "truncated": lambda good, target: corpus.truncated_copy(good, target),
    "byte-flipped-in-an-attachment": flipped_attachment,
    "byte-flipped-in-the-dump": flipped_dump,
    "dump-edited": edited_dump,
    "database-damaged-checksums-rewritten": damaged_database,
    "manifest-checksum-edited": edit_manifest(set_checksum),
    "manifest-of-another-program": edit_manifest(set_program),
    "schema-of-a-newer-program": edit_manifest(set_newer_schema),
    "manifest-missing": lambda good, target: rewritten(good, target, drop=(MANIFEST,)),
    "member-dot-dot": with_member("../evil.txt"),
    "member-absolute": with_member("/etc/passwd", b"root::0:0::/root:/bin/sh\n"),
    "member-windows-drive": with_member("C:\\x"),
    "zip-bomb-600-MiB": with_member("data/rac.jsonl", [corpus.Repeated(bytes(corpus.MiB), 600)]),
    "not-a-zip": file_with(corpus.NOT_EXCEL["cong-van-scan.pdf"]),
    "empty-file": file_with(b""),
}
BUG_ARCHIVES = {
    "manifest-count-edited": pytest.param(
        edit_manifest(set_count),
        id="manifest-count-edited",
    ),
    "attachment-path-outside": pytest.param(
        outside_attachment,
        id="attachment-path-outside",
    ),
}
ALL_BAD = [pytest.param(build, id=name) for name, build in BAD_ARCHIVES.items()] + list(
    BUG_ARCHIVES.values()
)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """The folder around the data folder: a restore must not write here either."""
    return tmp_path


@pytest.mark.parametrize("build", ALL_BAD)
def test_a_bad_archive_is_refused_with_a_message(
    current: Office, tmp_path: Path, build: Callable[[Path, Path], Path]
) -> None:
    bad = build(current.archive, tmp_path / "ban-sao-luu.zip")
    with pytest.raises(StorageError) as refused:
        restore_over(current, bad)
    assert refused.value.code is ErrorCode.BACKUP_INVALID
    message = describe(refused.value.code.value, refused.value.values)
    assert "Dữ liệu hiện tại không bị thay đổi" in message


@pytest.mark.parametrize("build", ALL_BAD)
def test_a_bad_archive_leaves_everything_byte_for_byte_unchanged(
    current: Office, outside: Path, build: Callable[[Path, Path], Path]
) -> None:
    bad = build(current.archive, outside / "ban-sao-luu.zip")
    before = tree(outside)
    with pytest.raises(StorageError):
        restore_over(current, bad)
    assert tree(outside) == before
    assert sorted(path.name for path in outside.iterdir()) == ["GiamSat", "ban-sao-luu.zip"]


@pytest.mark.parametrize("build", ALL_BAD)
def test_a_bad_archive_fails_verification_too(
    current: Office, tmp_path: Path, build: Callable[[Path, Path], Path]
) -> None:
    bad = build(current.archive, tmp_path / "ban-sao-luu.zip")
    with pytest.raises(StorageError) as refused:
        verify_backup(bad)
    assert refused.value.code is ErrorCode.BACKUP_INVALID


def test_a_member_larger_than_the_limit_is_refused_without_being_read(
    current: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_archive, "MAX_MEMBER_BYTES", 64 * 1024)
    monkeypatch.setattr(
        backup_archive, "sha256_of", lambda _stream: pytest.fail("a member was read")
    )
    with pytest.raises(StorageError) as refused:
        restore_over(current, current.archive)
    assert refused.value.code is ErrorCode.BACKUP_INVALID
    assert "quá lớn" in str(say(refused.value.values["detail"]))


def test_a_refused_member_outside_the_folder_writes_nothing_there(
    current: Office, tmp_path: Path
) -> None:
    bad = with_member("../../evil.txt")(current.archive, tmp_path / "ban-sao-luu.zip")
    with pytest.raises(StorageError):
        restore_over(current, bad)
    assert not (current.data.parent / "evil.txt").exists()
    assert not (current.data.parent.parent / "evil.txt").exists()


def test_the_good_archive_the_bad_ones_are_made_from_is_accepted(
    office: Office, current: Office
) -> None:
    manifest, _before = restore_over(current, current.archive)
    assert manifest.tables["incoming_documents"] == backed_up(office)
    assert incoming_count(current.database) == backed_up(office)


def test_a_restore_is_written_to_the_audit_log(tmp_path: Path) -> None:
    import sqlite3 as _sqlite3

    from giamsat_desktop.services.safety.backup import make_backup as _make
    from giamsat_desktop.services.safety.database import open_database as _open
    from giamsat_desktop.services.safety.restore import restore_backup as _restore

    source = _open(f"sqlite:///{tmp_path / 'cu.sqlite3'}")
    archive = _make(source, tmp_path, tmp_path / "sao-luu.zip").path
    source.close()
    target = tmp_path / "moi" / "giamsat.sqlite3"
    _restore(f"sqlite:///{target}", archive, target.parent, target.parent / "backups")
    with _sqlite3.connect(target) as connection:
        rows = connection.execute(
            "SELECT action, changes FROM audit_entries ORDER BY id DESC LIMIT 1"
        ).fetchall()
    assert rows[0][0] == "restore"
    assert "sao-luu.zip" in rows[0][1]
