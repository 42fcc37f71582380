"""Schema versions on real SQLite files: created, upgraded, refused, backed up, rolled back.

Some tests need a revision newer than the ones the program ships: they copy the packaged
migrations folder into the test's temporary folder and add a test-only revision to the copy
(a batch rebuild of parent tables, as a real column change on SQLite does, or a revision that
fails half-way). The packaged folder is never touched.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, event, inspect

from giamsat_desktop.db import migrate
from giamsat_desktop.db.engine import WRITE_OPTION, make_engine
from giamsat_desktop.domain.errors import ErrorCode, StorageError
from giamsat_desktop.services.safety.database import Database, backups_folder, open_database

FIRST_REVISION = "0001"
UNKNOWN_REVISION = "ffff9999"
BATCH_REVISION = "test_batch"
FAILING_REVISION = "test_failing"

EXPECTED_TABLES = {
    "office",
    "organizations",
    "people",
    "users",
    "audit_entries",
    "register_books",
    "incoming_documents",
    "outgoing_documents",
    "attachments",
    "incoming_attachments",
    "outgoing_attachments",
}

BATCH_REVISION_SOURCE = '''"""Test only: rebuild parent tables, as SQLite column changes do."""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down_revision}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organizations", recreate="always") as batch_op:
        batch_op.add_column(
            sa.Column("note", sa.String(length=200), nullable=False, server_default="")
        )
    with op.batch_alter_table("incoming_documents", recreate="always") as batch_op:
        batch_op.add_column(
            sa.Column("archive_box", sa.String(length=50), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("incoming_documents", recreate="always") as batch_op:
        batch_op.drop_column("archive_box")
    with op.batch_alter_table("organizations", recreate="always") as batch_op:
        batch_op.drop_column("note")
'''

FAILING_REVISION_SOURCE = '''"""Test only: changes the schema and the data, then fails."""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down_revision}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "organizations",
        sa.Column("note", sa.String(length=200), nullable=False, server_default=""),
    )
    op.execute("UPDATE organizations SET name = 'đã đổi'")
    {failure}


def downgrade() -> None:
    pass
'''


# ---------------------------------------------------------------------------------------------
# helpers


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def scripts_with_extra_revision(folder: Path, file_name: str, source: str) -> Path:
    """A copy of the packaged migrations with one more revision on top of the head."""
    copy = folder / "migrations"
    shutil.copytree(
        migrate.SCRIPT_LOCATION, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    (copy / "versions" / file_name).write_text(source, encoding="utf-8")
    return copy


def build_database(path: Path, revision: str, script_location: Path | None = None) -> Engine:
    """A database file stopped at ``revision``, migrated the way the program migrates."""
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, revision, script_location=script_location)
    return engine


def seed_first_revision(engine: Engine) -> None:
    """Rows written with the columns of the first revision only, so any later schema takes them."""
    statements = [
        "INSERT INTO office (id, name, level, place_name, date_line_place, higher_body,"
        " symbol_suffix, chair_name, created_at, version) VALUES (1,"
        " 'Ủy ban MTTQ Việt Nam xã Tân Hưng', 'xa', 'Tân Hưng', 'Tân Hưng',"
        " 'Ủy ban MTTQ Việt Nam tỉnh Tây Ninh', 'MTTQ-BTT', 'Nguyễn Thị Thu Hà',"
        " '2025-01-02 01:00:00.000000', 1)",
        "INSERT INTO organizations (id, code, name, short_name, kind, active, sort_order, version)"
        " VALUES (1, 'LHPN', 'Hội Liên hiệp Phụ nữ', 'Hội LHPN', 'member', 1, 1, 1),"
        " (2, 'HND', 'Hội Nông dân', 'Hội Nông dân', 'member', 1, 2, 1),"
        " (3, 'TTND', 'Ban Thanh tra nhân dân', 'Ban TTND', 'board', 0, 3, 2)",
        "INSERT INTO people (id, full_name, position, organization_id, phone, active, version)"
        " VALUES (1, 'Phạm Thị Hồng Nhung', 'Chủ tịch', 1, '', 1, 1),"
        " (2, 'Tô Thị Ngọc Ánh', 'Phó Chủ tịch', 1, '', 1, 1),"
        " (3, 'Võ Văn Đức', 'Chủ tịch', 2, '', 1, 1),"
        " (4, 'Ngô Văn Tư', 'Trưởng ban', 3, '', 0, 1),"
        " (5, 'Lê Thị Mỹ Duyên', 'Văn thư', NULL, '', 1, 1)",
        "INSERT INTO register_books (id, year, kind, secret, name, imported, version) VALUES"
        " (1, 2025, 'den', 0, 'Sổ văn bản đến năm 2025', 0, 1),"
        " (2, 2025, 'di', 0, 'Sổ văn bản đi năm 2025', 0, 1)",
        "INSERT INTO attachments (id, sha256, size, media_type, created_at) VALUES"
        f" (1, '{'a' * 64}', 1200, 'application/pdf', '2025-03-03 02:00:00.000000'),"
        f" (2, '{'b' * 64}', 3400, 'image/jpeg', '2025-03-04 02:00:00.000000')",
        "INSERT INTO users (id, username, full_name, role, password_hash, active, created_at,"
        " version) VALUES (1, 'vanthu', 'Lê Thị Mỹ Duyên', 'clerk', '', 1,"
        " '2025-01-02 01:00:00.000000', 1)",
        "INSERT INTO audit_entries (id, at, user_name, action, entity, entity_id, changes,"
        f" prev_hash, hash) VALUES (1, '2025-01-02 01:00:00.000000', 'vanthu', 'create',"
        f" 'office', 1, '{{}}', '', '{'c' * 64}')",
    ]
    for number in (1, 2, 3):
        statements.append(
            "INSERT INTO incoming_documents (id, book_id, arrival_number, arrival_number_text,"
            " arrival_date, issuer, symbol, doc_number, type_code, doc_date, subject, signer,"
            " urgency, secrecy, page_count, recipients, transfer_date, deadline, instruction,"
            " notes, handling_status, search_text, cancelled_at, cancel_reason, created_at,"
            f" updated_at, version) VALUES ({number}, 1, {number}, '{number}', '2025-03-0{number}',"
            f" 'Đảng ủy xã Tân Hưng', '{10 + number}-CV/ĐU', '{10 + number}', 'CV', NULL,"
            f" 'V/v giám sát lần {number}', '', 'thuong', 'thuong', 2, '', NULL, NULL, '', '',"
            " 'chua_xu_ly', '', NULL, '', '2025-03-03 02:00:00.000000',"
            " '2025-03-03 02:00:00.000000', 1)"
        )
    statements += [
        "INSERT INTO incoming_attachments (id, document_id, attachment_id, file_name, added_at)"
        " VALUES (1, 1, 1, 'cong-van-11.pdf', '2025-03-03 02:00:00.000000'),"
        " (2, 1, 2, 'phu-luc.jpg', '2025-03-03 02:00:00.000000'),"
        " (3, 2, 1, 'cong-van-12.pdf', '2025-03-03 02:00:00.000000'),"
        " (4, 3, 2, 'anh-chup.jpg', '2025-03-03 02:00:00.000000')",
        "INSERT INTO outgoing_documents (id, book_id, number, number_text, symbol, type_code,"
        " issue_date, subject, signer_name, signer_position, recipients, file_copy_holder, copies,"
        " transfer_date, urgency, secrecy, notes, search_text, cancelled_at, cancel_reason,"
        " created_at, updated_at, version) VALUES (1, 2, 1, '01', '01/KH-MTTQ-BTT', 'KH',"
        " '2025-03-05', 'Kế hoạch giám sát năm 2025', 'Nguyễn Thị Thu Hà', 'Chủ tịch', '',"
        " 'Văn phòng', 5, NULL, 'thuong', 'thuong', '', '', NULL, '',"
        " '2025-03-05 02:00:00.000000', '2025-03-05 02:00:00.000000', 1)",
        "INSERT INTO outgoing_attachments (id, document_id, attachment_id, file_name, added_at)"
        " VALUES (1, 1, 1, 'ke-hoach.pdf', '2025-03-05 02:00:00.000000')",
    ]
    with engine.begin() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)


SNAPSHOT_QUERIES = {
    "office": "SELECT id, name, symbol_suffix FROM office ORDER BY id",
    "organizations": "SELECT id, code, name, active FROM organizations ORDER BY id",
    "people": "SELECT id, full_name, organization_id, active FROM people ORDER BY id",
    "users": "SELECT id, username FROM users ORDER BY id",
    "audit_entries": "SELECT id, action, entity, hash FROM audit_entries ORDER BY id",
    "register_books": "SELECT id, year, kind FROM register_books ORDER BY id",
    "incoming_documents": "SELECT id, book_id, arrival_number, symbol, subject"
    " FROM incoming_documents ORDER BY id",
    "outgoing_documents": "SELECT id, book_id, number, symbol FROM outgoing_documents ORDER BY id",
    "attachments": "SELECT id, sha256 FROM attachments ORDER BY id",
    "incoming_attachments": "SELECT id, document_id, attachment_id, file_name"
    " FROM incoming_attachments ORDER BY id",
    "outgoing_attachments": "SELECT id, document_id, file_name FROM outgoing_attachments"
    " ORDER BY id",
}


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """The seeded rows, read by columns the first revision already had."""
    with engine.connect() as connection:
        return {
            table: [tuple(row) for row in connection.exec_driver_sql(query)]
            for table, query in SNAPSHOT_QUERIES.items()
        }


def columns(engine: Engine, table: str) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns(table)}


def revisions_base_to_head(script_location: Path | None) -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config(None, script_location))
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


# ---------------------------------------------------------------------------------------------
# fixtures


@pytest.fixture
def batch_scripts(tmp_path: Path) -> Path:
    """Packaged migrations plus a test revision that rebuilds parent tables in batch mode."""
    source = BATCH_REVISION_SOURCE.format(
        revision=BATCH_REVISION, down_revision=migrate.head_revision()
    )
    return scripts_with_extra_revision(tmp_path, "0002_test_batch.py", source)


def failing_scripts(tmp_path: Path, failure: str) -> Path:
    source = FAILING_REVISION_SOURCE.format(
        revision=FAILING_REVISION, down_revision=migrate.head_revision(), failure=failure
    )
    return scripts_with_extra_revision(tmp_path, "0002_test_failing.py", source)


@pytest.fixture
def first_revision_engine(db_path: Path) -> Iterator[Engine]:
    """A database at the first revision holding one office's rows."""
    engine = build_database(db_path, FIRST_REVISION)
    seed_first_revision(engine)
    yield engine
    engine.dispose()


# ---------------------------------------------------------------------------------------------
# a new database


def test_a_new_database_is_created_at_the_newest_revision(database: Database) -> None:
    status = migrate.schema_status(database.engine)

    assert status.current == migrate.head_revision()
    assert not status.needs_upgrade


def test_a_new_database_has_every_table_of_the_program(database: Database) -> None:
    tables = set(inspect(database.engine).get_table_names())

    assert EXPECTED_TABLES - tables == set()


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("pragma", "expected"),
    [("journal_mode", "wal"), ("synchronous", 2), ("foreign_keys", 1)],
    ids=["write-ahead log", "full fsync", "foreign keys enforced"],
)
def test_connections_to_the_database_run_with_safe_sqlite_settings(
    database: Database, pragma: str, expected: object
) -> None:
    with database.engine.connect() as connection:
        value = connection.exec_driver_sql(f"PRAGMA {pragma}").scalar()

    assert value == expected


def test_creating_a_new_database_makes_no_backup(database: Database, db_path: Path) -> None:
    assert database.pre_migration_backup is None
    assert not backups_folder(db_path).exists()


# ---------------------------------------------------------------------------------------------
# upgrading


@pytest.mark.parametrize("with_test_revision", [False, True], ids=["shipped", "plus-batch"])
def test_data_survives_every_revision_from_the_first_to_the_newest(
    db_path: Path, tmp_path: Path, with_test_revision: bool
) -> None:
    script_location: Path | None = None
    if with_test_revision:
        source = BATCH_REVISION_SOURCE.format(
            revision=BATCH_REVISION, down_revision=migrate.head_revision()
        )
        script_location = scripts_with_extra_revision(tmp_path, "0002_test_batch.py", source)
    revisions = revisions_base_to_head(script_location)
    assert revisions[0] == FIRST_REVISION
    engine = build_database(db_path, FIRST_REVISION, script_location)
    try:
        seed_first_revision(engine)
        seeded = snapshot(engine)
        reached = [migrate.schema_status(engine, script_location).current]
        for revision in revisions[1:]:
            migrate.upgrade(engine, revision, script_location=script_location)
            reached.append(migrate.schema_status(engine, script_location).current)
            assert snapshot(engine) == seeded, f"rows changed by revision {revision}"
    finally:
        engine.dispose()

    assert reached == revisions


@pytest.mark.parametrize("with_test_revision", [False, True], ids=["shipped", "plus-batch"])
def test_opening_a_database_of_the_first_revision_brings_it_to_the_newest_with_its_data(
    first_revision_engine: Engine,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    with_test_revision: bool,
) -> None:
    if with_test_revision:
        source = BATCH_REVISION_SOURCE.format(
            revision=BATCH_REVISION, down_revision=migrate.head_revision()
        )
        scripts = scripts_with_extra_revision(tmp_path, "0002_test_batch.py", source)
        monkeypatch.setattr(migrate, "SCRIPT_LOCATION", scripts)
    seeded = snapshot(first_revision_engine)
    first_revision_engine.dispose()

    database = open_database(sqlite_url(db_path))
    try:
        status = migrate.schema_status(database.engine)
        rows = snapshot(database.engine)
    finally:
        database.close()

    assert status.current == status.head == migrate.head_revision()
    assert rows == seeded


# ---------------------------------------------------------------------------------------------
# batch rebuilds keep child rows


@pytest.fixture
def rebuilt(first_revision_engine: Engine, batch_scripts: Path) -> Engine:
    """The seeded database after the test revision rebuilt organizations and incoming_documents."""
    migrate.upgrade(first_revision_engine, "head", script_location=batch_scripts)
    assert migrate.schema_status(first_revision_engine, batch_scripts).current == BATCH_REVISION
    assert "note" in columns(first_revision_engine, "organizations")
    assert "archive_box" in columns(first_revision_engine, "incoming_documents")
    return first_revision_engine


def test_people_keep_their_organisation_when_the_organisations_table_is_rebuilt(
    rebuilt: Engine,
) -> None:
    with rebuilt.connect() as connection:
        links = connection.exec_driver_sql(
            "SELECT id, organization_id FROM people ORDER BY id"
        ).fetchall()

    assert [tuple(row) for row in links] == [(1, 1), (2, 1), (3, 2), (4, 3), (5, None)]


def test_attachments_stay_with_their_documents_when_the_documents_table_is_rebuilt(
    rebuilt: Engine,
) -> None:
    with rebuilt.connect() as connection:
        links = connection.exec_driver_sql(
            "SELECT id, document_id FROM incoming_attachments ORDER BY id"
        ).fetchall()

    assert [tuple(row) for row in links] == [(1, 1), (2, 1), (3, 2), (4, 3)]


def test_foreign_keys_are_enforced_again_on_the_connection_that_ran_the_migration(
    first_revision_engine: Engine, batch_scripts: Path
) -> None:
    opened: list[object] = []
    event.listen(first_revision_engine, "connect", lambda dbapi, _record: opened.append(dbapi))
    first_revision_engine.dispose()  # every connection from here on is counted

    migrate.upgrade(first_revision_engine, "head", script_location=batch_scripts)
    with first_revision_engine.connect() as connection:
        enforced = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()

    assert len(opened) == 1, "the check must run on the migration's own pooled connection"
    assert enforced == 1


def test_dropping_a_parent_table_with_foreign_keys_on_would_delete_its_children(
    first_revision_engine: Engine, db_path: Path, tmp_path: Path
) -> None:
    """The counterfactual: why migrations switch foreign keys off (the tests above can fail)."""
    first_revision_engine.dispose()  # checkpointed: the file alone holds every row
    scratch = tmp_path / "scratch.sqlite3"
    shutil.copyfile(db_path, scratch)
    connection = sqlite3.connect(scratch, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        before = connection.execute("SELECT count(*) FROM incoming_attachments").fetchone()[0]
        # What batch mode does: copy, drop the original, rename the copy.
        connection.execute("BEGIN")
        connection.execute("CREATE TABLE _tmp_incoming AS SELECT * FROM incoming_documents")
        connection.execute("DROP TABLE incoming_documents")
        connection.execute("ALTER TABLE _tmp_incoming RENAME TO incoming_documents")
        connection.execute("COMMIT")
        after = connection.execute("SELECT count(*) FROM incoming_attachments").fetchone()[0]
    finally:
        connection.close()

    assert before == 4
    assert after == 0


def test_the_test_revision_loses_attachments_when_run_with_foreign_keys_left_on(
    first_revision_engine: Engine, batch_scripts: Path
) -> None:
    """The same counterfactual through Alembic: the rebuild test depends on the pragma."""
    with first_revision_engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        connection.commit()  # end the read transaction the check began
        writer = connection.execution_options(**{WRITE_OPTION: True})
        with writer.begin():
            command.upgrade(migrate.alembic_config(writer, batch_scripts), "head")
        remaining = connection.exec_driver_sql("SELECT count(*) FROM incoming_attachments")

        assert remaining.scalar() == 0


# ---------------------------------------------------------------------------------------------
# the backup made before an upgrade


@pytest.fixture
def upgraded_with_backup(
    first_revision_engine: Engine,
    db_path: Path,
    batch_scripts: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Database]:
    """Open a database one revision behind while another program holds a row in the WAL."""
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", batch_scripts)
    first_revision_engine.dispose()  # checkpointed; the WAL is gone
    other = sqlite3.connect(db_path)
    try:
        other.execute(
            "INSERT INTO organizations (id, code, name, short_name, kind, active, sort_order,"
            " version) VALUES (9, 'WAL', 'Chỉ có trong WAL', 'WAL', 'other', 1, 9, 1)"
        )
        other.commit()
        assert wal_of(db_path).stat().st_size > 0
        database = open_database(sqlite_url(db_path))
    finally:
        other.close()
    yield database
    database.close()


def test_a_plain_copy_of_the_file_would_miss_a_row_still_in_the_wal(
    first_revision_engine: Engine, db_path: Path, tmp_path: Path
) -> None:
    """Shows the WAL row of the backup test really is only in the WAL when the backup is made."""
    first_revision_engine.dispose()
    other = sqlite3.connect(db_path)
    try:
        other.execute(
            "INSERT INTO organizations (id, code, name, short_name, kind, active, sort_order,"
            " version) VALUES (9, 'WAL', 'Chỉ có trong WAL', 'WAL', 'other', 1, 9, 1)"
        )
        other.commit()
        plain = tmp_path / "plain-copy.sqlite3"
        shutil.copyfile(db_path, plain)
    finally:
        other.close()
    copy = sqlite3.connect(plain)
    try:
        found = copy.execute("SELECT count(*) FROM organizations WHERE code = 'WAL'").fetchone()
    finally:
        copy.close()

    assert found == (0,)


def test_opening_an_older_database_backs_it_up_first_in_the_backups_folder(
    upgraded_with_backup: Database, db_path: Path
) -> None:
    backup = upgraded_with_backup.pre_migration_backup

    assert backup is not None
    assert sorted((db_path.parent / "backups").glob("truoc-nang-cap-*.sqlite3")) == [backup]
    assert upgraded_with_backup.migrated_from == FIRST_REVISION


def test_the_pre_upgrade_backup_is_a_sound_database_at_the_old_revision_with_the_data(
    upgraded_with_backup: Database,
) -> None:
    backup = upgraded_with_backup.pre_migration_backup
    assert backup is not None
    connection = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        people = connection.execute("SELECT count(*) FROM people").fetchone()
        attachments = connection.execute("SELECT count(*) FROM incoming_attachments").fetchone()
    finally:
        connection.close()

    assert integrity == [("ok",)]
    assert revision == [(FIRST_REVISION,)]
    assert (people, attachments) == ((5,), (4,))


def test_the_pre_upgrade_backup_holds_a_row_that_was_still_in_the_wal(
    upgraded_with_backup: Database,
) -> None:
    backup = upgraded_with_backup.pre_migration_backup
    assert backup is not None
    connection = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT name FROM organizations WHERE code = 'WAL'").fetchall()
    finally:
        connection.close()

    assert row == [("Chỉ có trong WAL",)]


# ---------------------------------------------------------------------------------------------
# a failed upgrade


def test_a_failing_migration_is_reported_as_a_failed_upgrade(
    first_revision_engine: Engine, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = failing_scripts(tmp_path, 'op.execute("INSERT INTO no_such_table VALUES (1)")')
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", scripts)
    first_revision_engine.dispose()

    with pytest.raises(StorageError) as caught:
        open_database(sqlite_url(db_path))

    assert caught.value.code is ErrorCode.MIGRATION_FAILED


def test_a_failing_migration_leaves_the_schema_and_the_data_as_they_were(
    first_revision_engine: Engine, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = failing_scripts(tmp_path, 'op.execute("INSERT INTO no_such_table VALUES (1)")')
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", scripts)
    seeded = snapshot(first_revision_engine)
    first_revision_engine.dispose()

    with pytest.raises(StorageError):
        open_database(sqlite_url(db_path))

    engine = make_engine(sqlite_url(db_path))
    try:
        status = migrate.schema_status(engine, scripts)
        organization_columns = columns(engine, "organizations")
        rows = snapshot(engine)
    finally:
        engine.dispose()
    assert status.current == FIRST_REVISION
    assert "note" not in organization_columns
    assert rows == seeded


def test_a_failed_upgrade_names_the_backup_taken_before_it(
    first_revision_engine: Engine, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = failing_scripts(tmp_path, 'op.execute("INSERT INTO no_such_table VALUES (1)")')
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", scripts)
    first_revision_engine.dispose()

    with pytest.raises(StorageError) as caught:
        open_database(sqlite_url(db_path))

    backup = Path(caught.value.values["backup"])
    assert backup.parent == backups_folder(db_path)
    assert backup.is_file()


def test_a_migration_failing_with_a_python_error_is_also_reported_as_a_failed_upgrade(
    first_revision_engine: Engine, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = failing_scripts(tmp_path, 'raise ValueError("bad value in a data migration")')
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", scripts)
    first_revision_engine.dispose()

    with pytest.raises(StorageError) as caught:
        open_database(sqlite_url(db_path))

    assert caught.value.code is ErrorCode.MIGRATION_FAILED


# ---------------------------------------------------------------------------------------------
# databases the program must refuse and leave alone


def stamp_unknown_revision(path: Path) -> None:
    database = open_database(sqlite_url(path))
    database.close()
    connection = sqlite3.connect(path)
    try:
        connection.execute("UPDATE alembic_version SET version_num = ?", (UNKNOWN_REVISION,))
        connection.commit()
    finally:
        connection.close()


def test_a_database_of_a_newer_program_is_refused(db_path: Path) -> None:
    stamp_unknown_revision(db_path)

    with pytest.raises(StorageError) as caught:
        open_database(sqlite_url(db_path))

    assert caught.value.code is ErrorCode.DATABASE_NEWER
    assert caught.value.values["revision"] == UNKNOWN_REVISION


def test_a_database_stamped_with_an_extra_unknown_revision_is_refused_as_newer(
    db_path: Path,
) -> None:
    open_database(sqlite_url(db_path)).close()
    connection = sqlite3.connect(db_path)
    connection.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (UNKNOWN_REVISION,))
    connection.commit()
    connection.close()

    with pytest.raises(StorageError) as caught:
        open_database(sqlite_url(db_path))

    assert caught.value.code is ErrorCode.DATABASE_NEWER


def test_a_refused_newer_database_is_left_byte_for_byte_unchanged(db_path: Path) -> None:
    stamp_unknown_revision(db_path)
    assert not wal_of(db_path).exists()
    before = sha256(db_path)

    with pytest.raises(StorageError):
        open_database(sqlite_url(db_path))

    assert sha256(db_path) == before
    assert not wal_of(db_path).exists()


def test_a_refused_newer_database_in_use_elsewhere_keeps_its_file_and_its_wal(
    db_path: Path,
) -> None:
    stamp_unknown_revision(db_path)
    other = sqlite3.connect(db_path)  # the newer program, still running, with a write in the WAL
    try:
        other.execute(
            "INSERT INTO users (username, full_name, role, password_hash, active, created_at,"
            " version) VALUES ('moi', '', 'clerk', '', 1, '2026-01-01 00:00:00', 1)"
        )
        other.commit()
        before = (sha256(db_path), sha256(wal_of(db_path)))

        with pytest.raises(StorageError):
            open_database(sqlite_url(db_path))

        after = (sha256(db_path), sha256(wal_of(db_path)))
    finally:
        other.close()

    assert after == before


def make_foreign_database(path: Path) -> None:
    """A SQLite file made by some other program: tables, no alembic_version."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE so_cong_van (id INTEGER PRIMARY KEY, trich_yeu TEXT)")
        connection.execute("INSERT INTO so_cong_van (trich_yeu) VALUES ('Kế hoạch giám sát')")
        connection.commit()
    finally:
        connection.close()


def test_a_database_of_another_program_is_refused(db_path: Path) -> None:
    make_foreign_database(db_path)

    with pytest.raises(StorageError) as caught:
        open_database(sqlite_url(db_path))

    assert caught.value.code is ErrorCode.DATABASE_FOREIGN


def test_a_refused_database_of_another_program_is_left_byte_for_byte_unchanged(
    db_path: Path,
) -> None:
    make_foreign_database(db_path)
    before = sha256(db_path)

    with pytest.raises(StorageError):
        open_database(sqlite_url(db_path))

    assert sha256(db_path) == before


def test_a_file_that_is_not_a_database_is_refused_and_left_unchanged(db_path: Path) -> None:
    db_path.write_bytes(random.Random(7).randbytes(16_384))
    before = sha256(db_path)

    with pytest.raises(StorageError) as caught:
        open_database(sqlite_url(db_path))

    assert caught.value.code in {ErrorCode.DATABASE_DAMAGED, ErrorCode.DATABASE_UNREACHABLE}
    assert sha256(db_path) == before


def test_the_quick_revision_reader_agrees_with_alembic() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    known, head = migrate.revisions()
    assert head == script.get_current_head()
    assert known == {rev.revision for rev in script.walk_revisions()}
