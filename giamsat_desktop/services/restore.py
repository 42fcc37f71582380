"""Restoring a backup: checked first, the current data backed up, never half-applied.

The archive is verified completely (checksums, member names, sizes, schema not newer than
the program, database integrity) before anything changes; then what it replaces is kept
(a backup, or a damaged file as it is); then, on SQLite, the file is replaced by a single
rename, and an archive of an older schema is upgraded after it is loaded.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    MetaData,
    Table,
    TypeDecorator,
    insert,
    inspect,
    text,
)
from sqlalchemy.exc import DBAPIError

from giamsat_desktop.config import sqlite_path
from giamsat_desktop.db.base import Base
from giamsat_desktop.db.engine import make_engine, unit_of_work
from giamsat_desktop.db.migrate import schema_status, upgrade
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.errors import ErrorCode, StorageError
from giamsat_desktop.services import attachments as attachment_store
from giamsat_desktop.services import audit
from giamsat_desktop.services.backup import (
    SHA256,
    Progress,
    copy_atomically,
    make_backup,
    model_tables,
    verify_backup,
)
from giamsat_desktop.services.backup_archive import (
    ATTACHMENT_FOLDER,
    SQLITE_MEMBER,
    Manifest,
    iter_jsonl,
    sha256_of,
    unused_path,
)
from giamsat_desktop.services.database import open_database


def restore_backup(
    url: str,
    archive_path: Path,
    data_folder: Path,
    safety_folder: Path,
    *,
    shared_store: Path | None = None,
    progress: Progress | None = None,
) -> tuple[Manifest, Path | None]:
    """Replace the data at ``url`` with the archive's, after checking it and backing up.

    Returns:
        The archive's manifest and the backup made of the data before the restore.
    """
    manifest = verify_backup(archive_path)
    before = _keep_current(url, data_folder, safety_folder, shared_store)
    try:
        with zipfile.ZipFile(archive_path) as archive:
            _restore_attachments(archive, manifest, data_folder, shared_store)
            if url.startswith("sqlite:///") and SQLITE_MEMBER in manifest.files:
                _restore_sqlite_file(url, archive)
            else:
                _restore_dump(url, archive, manifest, progress)
        restored = open_database(url)  # brings an older archive to this program's schema
        try:
            attachment_store.share_contents(restored.session_factory, data_folder)
            with unit_of_work(restored.session_factory) as session:
                audit.record(
                    session,
                    SYSTEM,
                    "restore",
                    "database",
                    None,
                    None,
                    {
                        "archive": archive_path.name,
                        "created_at": manifest.created_at,
                        "office": manifest.office,
                    },
                )
        finally:
            restored.close()
    except StorageError:
        raise
    except Exception as exc:  # noqa: BLE001 - the clerk is told, with where the old data is
        if before is None:
            raise StorageError(ErrorCode.RESTORE_FAILED_NOTHING_BEFORE, detail=str(exc)) from exc
        raise StorageError(ErrorCode.RESTORE_FAILED, detail=str(exc), backup=str(before)) from exc
    return manifest, before


def _keep_current(
    url: str, data_folder: Path, safety_folder: Path, shared_store: Path | None
) -> Path | None:
    """Back up what a restore is about to replace; None when there is nothing to keep.

    A database that cannot be read as one (a damaged file: the reason for many a restore)
    is kept as it is, byte for byte, for a technician to look at.
    """
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")

    def keep_as_it_is(path: Path) -> Path:
        return _copy_as_is(path, unused_path(safety_folder / f"hong-{stamp}-{path.name}"))

    try:
        current = open_database(url, migrate=False)
    except StorageError:
        if path is None:
            raise
        return keep_as_it_is(path)
    try:
        if schema_status(current.engine).is_empty:
            return None
        return make_backup(
            current,
            data_folder,
            unused_path(safety_folder / f"truoc-khoi-phuc-{stamp}.zip"),
            include_attachments=False,
            shared_store=shared_store or safety_folder / "tep",
            kind="before-restore",
        ).path
    except (DBAPIError, sqlite3.DatabaseError):
        if path is None:
            raise
        return keep_as_it_is(path)
    finally:
        current.close()


def _copy_as_is(database: Path, target: Path) -> Path:
    """A plain copy of a SQLite file and its write-ahead log, whatever state they are in."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        log = Path(f"{database}-wal")
        if log.exists():
            shutil.copyfile(log, f"{target}-wal")
        copy_atomically(database, target)
    except OSError as exc:
        raise StorageError(ErrorCode.BACKUP_FAILED, path=str(target), detail=str(exc)) from exc
    return target


def _restore_sqlite_file(url: str, archive: zipfile.ZipFile) -> None:
    target = sqlite_path(url)
    assert target is not None
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.restoring")
    with archive.open(SQLITE_MEMBER) as member, partial.open("wb") as out:
        shutil.copyfileobj(member, out)
        out.flush()
        os.fsync(out.fileno())
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(partial, target)


def _restore_dump(
    url: str, archive: zipfile.ZipFile, manifest: Manifest, progress: Progress | None
) -> None:
    """Load the engine-neutral dump: schema at the archive's revision, rows, then upgrade."""
    path = sqlite_path(url)
    build_url = url
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        building = path.with_name(f".{path.name}.restoring")
        building.unlink(missing_ok=True)
        build_url = f"sqlite:///{building}"
    engine = make_engine(build_url)
    try:
        if path is None:
            with engine.begin() as connection:
                connection.execute(text("DROP SCHEMA public CASCADE"))
                connection.execute(text("CREATE SCHEMA public"))
        upgrade(engine, manifest.schema_revision)
        with engine.begin() as connection:
            tables = _tables_built(connection, manifest)
            for position, table in enumerate(tables):
                batch: list[dict[str, Any]] = []
                for row in iter_jsonl(archive, table.name):
                    batch.append(_from_json(table, row))
                    if len(batch) == 2000:
                        connection.execute(insert(table), batch)
                        batch = []
                if batch:
                    connection.execute(insert(table), batch)
                if engine.dialect.name == "postgresql" and "id" in table.c:
                    connection.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                        )
                    )
                if progress:
                    progress((position + 1) / len(tables), table.name)
    finally:
        engine.dispose()
    if path is not None:
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(building, path)


def _tables_built(connection: Connection, manifest: Manifest) -> list[Table]:
    """The archive's tables with the columns the schema at its revision has, parents first.

    Read from the database just built rather than taken from the models, so rows of an
    older schema go into the columns that schema had (the upgrade that follows does the
    rest); a column the models know keeps the model's type, so values are bound as the
    program binds them.
    """
    reflected = MetaData()
    present = set(inspect(connection).get_table_names())
    reflected.reflect(bind=connection, only=[name for name in manifest.tables if name in present])
    order = [table.name for table in model_tables()]
    loading = MetaData()
    tables: list[Table] = []
    for built in reflected.tables.values():
        model = Base.metadata.tables.get(built.name)
        columns = [
            Column(
                column.name,
                model.c[column.name].type
                if model is not None and column.name in model.c
                else column.type,
                primary_key=column.primary_key,
            )
            for column in built.columns
        ]
        tables.append(Table(built.name, loading, *columns))
    return sorted(
        tables, key=lambda table: order.index(table.name) if table.name in order else len(order)
    )


def _from_json(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in row:
            continue
        value = row[column.name]
        kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
        if value is not None:
            if isinstance(kind, DateTime):
                value = dt.datetime.fromisoformat(value)
            elif isinstance(kind, Date):
                value = dt.date.fromisoformat(value)
            elif isinstance(kind, Boolean):
                value = bool(value)
        values[column.name] = value
    return values


def _restore_attachments(
    archive: zipfile.ZipFile, manifest: Manifest, data_folder: Path, shared_store: Path | None
) -> None:
    """Put every attachment back in the data folder's store, checking each checksum."""
    wanted = [row["sha256"] for row in iter_jsonl(archive, "attachments")]
    for checksum in wanted:
        if not SHA256.fullmatch(str(checksum)):
            raise StorageError(ErrorCode.BACKUP_INVALID, path=str(checksum), detail="checksum")
        target = attachment_store.stored_path(data_folder, checksum)
        if target.exists():
            continue
        member = f"{ATTACHMENT_FOLDER}/{checksum}"
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{checksum}.restoring")
        if member in manifest.files:
            with archive.open(member) as source, partial.open("wb") as out:
                shutil.copyfileobj(source, out)
        elif shared_store is not None and (shared_store / checksum).exists():
            shutil.copyfile(shared_store / checksum, partial)
        else:
            continue  # listed by `check` afterwards; the records themselves are restored
        with partial.open("rb") as handle:
            if sha256_of(handle) != checksum:
                partial.unlink()
                raise StorageError(ErrorCode.BACKUP_INVALID, path=member, detail="checksum")
        os.replace(partial, target)
