"""One office database shared by several PCs on PostgreSQL, with clerks working at once.

Each "PC" is its own ``open_database`` on the same URL (its own engine and connections),
run on its own thread; a barrier starts them together. These tests need the server that
``.ci/run`` starts (``GIAMSAT_TEST_POSTGRES_URL``) and are skipped without one.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, event, select

from giamsat_desktop.config import sqlite_url
from giamsat_desktop.db import migrate
from giamsat_desktop.db.engine import make_engine, make_read_only_engine, unit_of_work
from giamsat_desktop.db.models import AuditEntry, IncomingDocument, RegisterBook
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.errors import ConflictError, ErrorCode
from giamsat_desktop.domain.organizations import PersonDraft
from giamsat_desktop.domain.registers import (
    IncomingDraft,
    IncomingFilter,
    IncomingRecord,
    OutgoingDraft,
)
from giamsat_desktop.messages import describe
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.changelog.audit_log import check_chain
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.registers import incoming, outgoing
from giamsat_desktop.services.registers.queries import incoming_keys
from giamsat_desktop.services.safety.backup import make_backup, verify_backup
from giamsat_desktop.services.safety.database import Database, check_database, open_database
from giamsat_desktop.services.safety.restore import restore_backup

pytestmark = pytest.mark.postgresql

CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
OTHER_CLERK = Actor("Phạm Thị Hồng Nhung", Role.CLERK)
DANG_UY = "Đảng ủy xã Tân Hưng"
MTTQ_TINH = "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh"
UBND = "Ủy ban nhân dân xã Tân Hưng"
INSPECTION = "V/v kiểm tra công tác phòng, chống tham nhũng năm 2026"
HEALTH = "V/v tổ chức giám sát việc thực hiện chính sách bảo hiểm y tế"
REPORT = "Báo cáo kết quả giám sát việc thực hiện chính sách bảo hiểm y tế học sinh"
DAY = dt.date(2026, 3, 2)
PER_CLERK = 50


def letter(issuer: str, n: int, subject: str = HEALTH) -> IncomingDraft:
    return IncomingDraft(arrival_date=DAY, issuer=issuer, subject=subject, symbol=f"{n}-CV/ĐUK")


def register(database: Database, draft: IncomingDraft) -> IncomingRecord:
    record, _ = incoming.register_incoming(database.session_factory, CLERK, draft)
    return record


@pytest.fixture
def second_pc(office_database: Database) -> Iterator[Database]:
    """The same database opened again, as a second PC of the office opens it."""
    other = open_database(office_database.url)
    yield other
    other.close()


def together(url: str, *jobs: Callable[[Database], None]) -> list[BaseException]:
    """Run each job on its own PC (engine) and thread, started at the same moment."""
    start = threading.Barrier(len(jobs))
    failures: list[BaseException] = []
    pcs = [open_database(url) for _ in jobs]

    def run(job: Callable[[Database], None], pc: Database) -> None:
        try:
            start.wait(timeout=30)
            job(pc)
        except BaseException as exc:  # noqa: BLE001 - reported by the caller's assertion
            failures.append(exc)

    threads = [threading.Thread(target=run, args=pair) for pair in zip(jobs, pcs, strict=True)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
    finally:
        for pc in pcs:
            pc.close()
    assert not any(thread.is_alive() for thread in threads), "a clerk's save never finished"
    return failures


# ---------------------------------------------------------------------------------------------
# numbering under concurrent saves


def test_two_clerks_saving_at_the_same_time_get_the_numbers_one_to_a_hundred(
    office_database: Database,
) -> None:
    given: list[int] = []
    lock = threading.Lock()

    def clerk(issuer: str) -> Callable[[Database], None]:
        def work(pc: Database) -> None:
            for n in range(PER_CLERK):
                number = register(pc, letter(issuer, n + 1)).arrival_number
                with lock:
                    given.append(number)

        return work

    failures = together(office_database.url, clerk(DANG_UY), clerk(MTTQ_TINH))

    assert failures == []
    assert sorted(given) == list(range(1, 2 * PER_CLERK + 1))
    with office_database.session_factory() as session:
        stored = session.scalars(select(IncomingDocument.arrival_number_text)).all()
        books = session.scalars(select(RegisterBook)).all()
    assert sorted(stored, key=int) == [str(n) for n in range(1, 2 * PER_CLERK + 1)]
    assert [(b.year, b.kind, b.last_number) for b in books] == [(2026, "den", 2 * PER_CLERK)]


def test_two_clerks_sending_at_the_same_time_get_distinct_outgoing_numbers(
    office_database: Database,
) -> None:
    given: list[str] = []
    lock = threading.Lock()

    def work(pc: Database) -> None:
        for _ in range(20):
            record, _changes = outgoing.register_outgoing(
                pc.session_factory,
                CLERK,
                OutgoingDraft(issue_date=DAY, subject=REPORT, type_code="BC"),
            )
            with lock:
                given.append(record.number_text)

    failures = together(office_database.url, work, work)

    assert failures == []
    assert sorted(given) == [f"{n:02d}" for n in range(1, 41)]


# ---------------------------------------------------------------------------------------------
# stale edits


def test_a_stale_edit_from_another_pc_is_refused_and_keeps_the_first_save(
    office_database: Database, second_pc: Database
) -> None:
    record = register(office_database, letter(DANG_UY, 558, INSPECTION))
    first = IncomingDraft(DAY, DANG_UY, "V/v góp ý xây dựng Đảng", symbol="558-CV/ĐUK")
    late = IncomingDraft(DAY, DANG_UY, "V/v đôn đốc báo cáo", symbol="558-CV/ĐUK")
    incoming.update_incoming(office_database.session_factory, CLERK, record.id, first, 1)

    with pytest.raises(ConflictError) as caught:
        incoming.update_incoming(second_pc.session_factory, OTHER_CLERK, record.id, late, 1)

    assert caught.value.code is ErrorCode.STALE_EDIT
    stored = incoming.get_incoming(second_pc.session_factory, CLERK, record.id)
    assert (stored.subject, stored.version) == (first.subject, 2)


def test_a_save_racing_another_pcs_save_is_refused_with_a_clear_message(
    office_database: Database, second_pc: Database
) -> None:
    """Both read version 1; the later write finds the row moved on and is refused."""
    record = register(office_database, letter(DANG_UY, 558, INSPECTION))
    first = IncomingDraft(DAY, DANG_UY, "V/v góp ý xây dựng Đảng", symbol="558-CV/ĐUK")

    with (
        pytest.raises(ConflictError) as caught,
        unit_of_work(second_pc.session_factory) as session,
    ):
        row = session.get(IncomingDocument, record.id)
        assert row is not None and row.version == 1
        incoming.update_incoming(office_database.session_factory, CLERK, record.id, first, 1)
        row.subject = "V/v đôn đốc báo cáo"

    assert caught.value.code is ErrorCode.STALE_EDIT
    assert caught.value.values == {"what": "incoming"}
    assert describe("stale_edit", caught.value.values).startswith(
        "Văn bản đến vừa được người khác sửa"
    )
    stored = incoming.get_incoming(office_database.session_factory, CLERK, record.id)
    assert (stored.subject, stored.version) == (first.subject, 2)


# ---------------------------------------------------------------------------------------------
# search through the folded text


@pytest.fixture
def register_2026(office_database: Database) -> dict[str, IncomingRecord]:
    db = office_database
    return {
        "inspection": register(db, IncomingDraft(DAY, DANG_UY, INSPECTION, symbol="558-CV/ĐUK")),
        "health": register(db, IncomingDraft(DAY, MTTQ_TINH, HEALTH, symbol="15/BC-MTTQ-BTT")),
        "report": register(db, IncomingDraft(DAY, UBND, REPORT, symbol="92/BC-UBND")),
    }


def found(database: Database, words: str) -> list[int]:
    return incoming_keys(database.session_factory, CLERK, IncomingFilter(text=words))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("dang uy kiem", ["inspection"]),
        ("Đảng ủy kiểm tra", ["inspection"]),
        ("15", ["health"]),
        ("CV", ["inspection"]),
        ("cv duk", ["inspection"]),
        ("bc", ["report", "health"]),
        ("tay ninh 15", ["health"]),
        ("hoc sinh bc", ["report"]),
        ("ninh tay bc 92", []),
        ("iem", []),  # inside a word, not at its start
        ("ki", ["inspection"]),
    ],
)
def test_search_finds_folded_words_and_short_symbol_parts(
    office_database: Database,
    register_2026: dict[str, IncomingRecord],
    typed: str,
    expected: list[str],
) -> None:
    assert found(office_database, typed) == [register_2026[name].id for name in expected]


def plan_of(database: Database, words: str) -> str:
    """PostgreSQL's plan for the register's search, with other ways of reading priced out."""
    seen: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "search_text" in statement:
            seen.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", capture)
    try:
        found(database, words)
    finally:
        event.remove(database.engine, "before_cursor_execute", capture)
    [(statement, parameters)] = seen
    with database.engine.connect() as connection:
        # Only a bitmap scan can use the trigram index; with table scans and plain index
        # scans (in the order of the register, filtering each row) priced out, the plan shows
        # whether the condition can reach it, whatever the statistics of the moment say.
        connection.exec_driver_sql("SET enable_seqscan = off")
        connection.exec_driver_sql("SET enable_indexscan = off")
        connection.exec_driver_sql("SET enable_indexonlyscan = off")
        rows = connection.exec_driver_sql(f"EXPLAIN {statement}", parameters).scalars().all()
    return "\n".join(rows)


@pytest.mark.parametrize("typed", ["dang uy kiem", "kiem tra 15", "cv", "15 cv"])
def test_search_can_use_the_trigram_index(
    office_database: Database, register_2026: dict[str, IncomingRecord], typed: str
) -> None:
    assert "ix_incoming_documents_search_trgm" in plan_of(office_database, typed)


# ---------------------------------------------------------------------------------------------
# the audit chain


def test_the_audit_chain_stays_one_line_under_two_writers(office_database: Database) -> None:
    before = check_chain(office_database.session_factory).count

    def registering(pc: Database) -> None:
        for n in range(25):
            register(pc, letter(DANG_UY, n + 1))

    def cataloguing(pc: Database) -> None:
        for n in range(25):
            catalog.add_person(pc.session_factory, OTHER_CLERK, PersonDraft(f"Cán bộ số {n}"))

    failures = together(office_database.url, registering, cataloguing)

    assert failures == []
    with office_database.session_factory() as session:
        chain = session.execute(
            select(AuditEntry.prev_hash, AuditEntry.hash).order_by(AuditEntry.id)
        ).all()
    assert len(chain) == before + 50
    assert [prev for prev, _hash in chain[1:]] == [hash_ for _prev, hash_ in chain[:-1]]
    assert check_chain(office_database.session_factory).sound


# ---------------------------------------------------------------------------------------------
# migrations and the headless check


def seed_first_revision(engine: Engine) -> None:
    """One office's rows in the first revision's tables, written through reflection."""
    tables = sa.MetaData()
    tables.reflect(engine)
    now = dt.datetime(2025, 3, 3, 2, 0, tzinfo=dt.UTC)
    rows: dict[str, list[dict[str, Any]]] = {
        "organizations": [
            {"id": 1, "code": "LHPN", "name": "Hội Liên hiệp Phụ nữ", "short_name": "Hội LHPN",
             "kind": "member", "active": True, "sort_order": 1, "version": 1},
            {"id": 2, "code": "TTND", "name": "Ban Thanh tra nhân dân", "short_name": "Ban TTND",
             "kind": "board", "active": False, "sort_order": 2, "version": 2},
        ],
        "register_books": [
            {"id": 1, "year": 2025, "kind": "den", "secret": False,
             "name": "Sổ văn bản đến năm 2025", "imported": False, "version": 1},
        ],
        "incoming_documents": [
            {"id": n, "book_id": 1, "arrival_number": n, "arrival_number_text": str(n),
             "arrival_date": dt.date(2025, 3, n), "issuer": DANG_UY, "symbol": f"{10 + n}-CV/ĐU",
             "doc_number": str(10 + n), "type_code": "CV", "subject": f"V/v giám sát lần {n}",
             "signer": "", "urgency": "thuong", "secrecy": "thuong", "recipients": "",
             "instruction": "", "notes": "", "handling_status": "chua_xu_ly",
             "search_text": "", "cancel_reason": "", "created_at": now, "updated_at": now,
             "version": 1}
            for n in (1, 2, 3)
        ],
    }  # fmt: skip
    with engine.begin() as connection:
        for table, values in rows.items():
            connection.execute(sa.insert(tables.tables[table]), values)
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {len(values)})"
            )


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    queries = {
        "organizations": "SELECT id, code, name, active FROM organizations ORDER BY id",
        "register_books": "SELECT id, year, kind, secret FROM register_books ORDER BY id",
        "incoming_documents": "SELECT id, arrival_number, symbol, subject"
        " FROM incoming_documents ORDER BY id",
    }
    with engine.connect() as connection:
        return {t: [tuple(r) for r in connection.exec_driver_sql(q)] for t, q in queries.items()}


def indexes(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(
            connection.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
            ).scalars()
        )


def test_migrations_run_from_the_first_revision_to_the_newest_and_back(
    new_database_url: Callable[..., str],
) -> None:
    url = new_database_url()
    engine = make_engine(url)
    try:
        migrate.upgrade(engine, "0001")
        seed_first_revision(engine)
        seeded = snapshot(engine)
        script = ScriptDirectory.from_config(migrate.alembic_config())
        revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
        for revision in revisions[1:]:
            migrate.upgrade(engine, revision)
            assert migrate.schema_status(engine).current == revision
            assert snapshot(engine) == seeded, f"rows changed by revision {revision}"
        with engine.connect() as connection:
            last = connection.exec_driver_sql("SELECT last_number FROM register_books").scalar()
        made = indexes(engine)

        migrate.downgrade(engine, "0001")
        unmade = indexes(engine)
        migrate.upgrade(engine, "head")
        again = snapshot(engine)
    finally:
        engine.dispose()

    assert last == 3
    trigram = {"ix_incoming_documents_search_trgm", "ix_outgoing_documents_search_trgm"}
    assert trigram <= made
    assert not trigram & unmade
    assert again == seeded
    database = open_database(url)
    try:
        assert database.migrated_from is None
        assert register(database, letter(DANG_UY, 20)).arrival_number == 1
    finally:
        database.close()


def test_opening_an_empty_server_database_sets_it_up_at_the_newest_revision(
    new_database_url: Callable[..., str],
) -> None:
    database = open_database(new_database_url())
    try:
        status = migrate.schema_status(database.engine)
        with database.engine.connect() as connection:
            extension = connection.exec_driver_sql(
                "SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'"
            ).scalar()
    finally:
        database.close()

    assert (status.current, status.needs_upgrade, extension) == (migrate.head_revision(), False, 1)


@pytest.fixture
def first_revision_url(new_database_url: Callable[..., str]) -> str:
    """A shared database still at the first revision, with one office's rows."""
    url = new_database_url()
    engine = make_engine(url)
    try:
        migrate.upgrade(engine, "0001")
        seed_first_revision(engine)
    finally:
        engine.dispose()
    return url


def test_a_shared_database_is_dumped_to_a_backup_before_it_is_upgraded(
    first_revision_url: str, tmp_path: Path
) -> None:
    database = open_database(first_revision_url, backup_folder=tmp_path / "sao-luu")
    database.close()

    assert database.migrated_from == "0001"
    backup = database.pre_migration_backup
    assert backup is not None and backup.parent == tmp_path / "sao-luu"
    manifest = verify_backup(backup)
    assert (manifest.schema_revision, manifest.kind) == ("0001", "before-migration")
    assert (manifest.tables["incoming_documents"], manifest.tables["organizations"]) == (3, 2)


def test_a_file_attached_on_another_pc_does_not_stop_the_upgrade_or_its_backup(
    first_revision_url: str, tmp_path: Path
) -> None:
    # Before 0003 a file attached on another PC was in that PC's data folder only.
    engine = make_engine(first_revision_url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO attachments (id, sha256, size, media_type, created_at)"
                " VALUES (1, %(sha)s, 1024, 'application/pdf', now())",
                {"sha": "ab" * 32},
            )
    finally:
        engine.dispose()

    database = open_database(first_revision_url, backup_folder=tmp_path / "sao-luu")
    database.close()

    assert database.pre_migration_backup is not None
    assert verify_backup(database.pre_migration_backup).tables["attachments"] == 1
    assert not (tmp_path / "attachments").exists()  # nothing fetched for a dump without files


def test_a_restore_over_a_shared_database_of_the_first_version_keeps_it_first(
    first_revision_url: str, tmp_path: Path
) -> None:
    engine = make_engine(first_revision_url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO attachments (id, sha256, size, media_type, created_at)"
                " VALUES (1, %(sha)s, 1024, 'application/pdf', now())",
                {"sha": "ab" * 32},
            )
    finally:
        engine.dispose()
    source = open_database(sqlite_url(tmp_path / "khac" / "giamsat.sqlite3"))
    archive = make_backup(source, source_folder := tmp_path / "khac", tmp_path / "b.zip").path
    source.close()

    before = restore_backup(first_revision_url, archive, source_folder, tmp_path / "an-toan").before

    assert before is not None
    assert verify_backup(before).schema_revision == "0001"
    assert verify_backup(before).tables["attachments"] == 1


def test_the_backup_taken_before_an_upgrade_restores_the_data_as_it_was(
    first_revision_url: str, tmp_path: Path
) -> None:
    with make_engine(first_revision_url).connect() as connection:
        before = [
            tuple(row)
            for row in connection.exec_driver_sql(
                "SELECT arrival_number, symbol, subject FROM incoming_documents ORDER BY id"
            )
        ]
    database = open_database(first_revision_url, backup_folder=tmp_path / "sao-luu")
    database.close()
    assert database.pre_migration_backup is not None
    elsewhere = tmp_path / "may-khac" / "giamsat.sqlite3"

    restore_backup(
        sqlite_url(elsewhere), database.pre_migration_backup, elsewhere.parent, tmp_path / "an-toan"
    )

    restored = make_engine(sqlite_url(elsewhere))
    try:
        with restored.connect() as connection:
            after = [
                tuple(row)
                for row in connection.exec_driver_sql(
                    "SELECT arrival_number, symbol, subject FROM incoming_documents ORDER BY id"
                )
            ]
            last = connection.exec_driver_sql("SELECT last_number FROM register_books").scalar()
    finally:
        restored.dispose()
    assert after == before
    assert last == 3


def test_a_pc_starting_while_another_upgrades_waits_and_backs_up_nothing(
    first_revision_url: str, tmp_path: Path
) -> None:
    """Its dump would read the tables the other is altering: it waits for its turn instead."""
    opened: list[Database] = []
    failures: list[BaseException] = []

    def second_pc() -> None:
        try:
            opened.append(open_database(first_revision_url, backup_folder=tmp_path / "pc2"))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)

    engine = make_engine(first_revision_url)
    try:
        with migrate.upgrade_turn(engine):  # the first PC, in the middle of its upgrade
            thread = threading.Thread(target=second_pc)
            thread.start()
            thread.join(timeout=3)
            waiting = thread.is_alive()
            dumped_meanwhile = list((tmp_path / "pc2").glob("*.zip"))
            migrate.upgrade(engine)
    finally:
        engine.dispose()
    thread.join(timeout=60)
    for database in opened:
        database.close()

    assert (waiting, dumped_meanwhile, failures) == (True, [], [])
    assert [(d.migrated_from, d.pre_migration_backup) for d in opened] == [(None, None)]


def test_two_pcs_starting_a_new_version_at_once_upgrade_the_shared_database_once(
    first_revision_url: str, tmp_path: Path
) -> None:
    start = threading.Barrier(2)
    opened: list[Database] = []
    failures: list[BaseException] = []

    def start_program(name: str) -> None:
        try:
            start.wait(timeout=30)
            opened.append(open_database(first_revision_url, backup_folder=tmp_path / name))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)

    threads = [threading.Thread(target=start_program, args=(n,)) for n in ("pc1", "pc2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for database in opened:
        database.close()

    assert failures == []
    assert sorted(str(d.migrated_from) for d in opened) in (["0001", "0001"], ["0001", "None"])
    database = open_database(first_revision_url)
    try:
        assert database.migrated_from is None
        with database.engine.connect() as connection:
            kept = connection.exec_driver_sql("SELECT count(*) FROM incoming_documents").scalar()
            last = connection.exec_driver_sql("SELECT last_number FROM register_books").scalar()
    finally:
        database.close()
    assert (kept, last) == (3, 3)


def test_a_shared_database_is_reported_healthy_at_the_newest_revision(
    office_database: Database,
) -> None:
    report = check_database(office_database.url)

    assert report.healthy
    assert (report.current_revision, report.problems) == (migrate.head_revision(), ())


def test_the_checking_engine_cannot_write(office_database: Database) -> None:
    engine = make_read_only_engine(office_database.url)
    try:
        with pytest.raises(sa.exc.DBAPIError) as caught, engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM organizations")
    finally:
        engine.dispose()

    assert "read-only transaction" in str(caught.value)
    assert catalog.list_organizations(office_database.session_factory)


GIAMSAT_SCRIPT = Path(sys.executable).parent / "giamsat"


def giamsat(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIAMSAT_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("GIAMSAT_DATABASE_URL", None)
    return subprocess.run(
        [str(GIAMSAT_SCRIPT), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_the_check_command_passes_on_a_shared_database(
    office_database: Database, private_home: Path
) -> None:
    create_demo_data(office_database.session_factory, "small", today=dt.date(2026, 11, 23))

    result = giamsat("--db", office_database.url, "check", home=private_home)

    assert result.returncode == 0, result.stderr
    assert f"Lược đồ: {migrate.head_revision()}" in result.stdout
    assert "Traceback" not in result.stderr


def test_the_check_command_names_a_missing_server_database_in_one_line(
    office_database: Database, private_home: Path
) -> None:
    missing = sa.make_url(office_database.url).set(database="giamsat_khong_co")

    result = giamsat(
        "--db", missing.render_as_string(hide_password=False), "check", home=private_home
    )

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("giamsat: ")
