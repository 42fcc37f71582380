"""``check_database``: integrity and schema version of a file, looked at and never changed."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from giamsat_desktop.db.migrate import head_revision
from giamsat_desktop.db.sqlite_backup import backup_sqlite_file
from giamsat_desktop.domain.errors import ErrorCode, StorageError
from giamsat_desktop.services.safety.database import Database, check_database


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_is_reported_healthy_at_the_newest_revision(
    database: Database, db_path: Path
) -> None:
    database.close()

    report = check_database(url(db_path))

    assert report.healthy
    assert report.current_revision == head_revision()


def test_a_database_of_a_newer_program_is_reported_unhealthy(
    database: Database, db_path: Path
) -> None:
    database.close()
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    connection.commit()
    connection.close()

    report = check_database(url(db_path))

    assert not report.schema_known
    assert not report.healthy


def test_checking_a_missing_file_does_not_create_it(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"

    with pytest.raises(StorageError) as caught:
        check_database(url(missing))

    assert caught.value.code is ErrorCode.DATABASE_NOT_FOUND
    assert not missing.exists()


def test_checking_a_backup_copy_leaves_it_byte_for_byte_unchanged(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    """Backup copies are written in rollback-journal mode: a check must not turn them to WAL."""
    database.close()
    copy = backup_sqlite_file(db_path, tmp_path / "backups" / "copy.sqlite3")
    before = sha256(copy)

    report = check_database(url(copy))

    assert report.healthy
    assert sha256(copy) == before
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.sqlite3"]
