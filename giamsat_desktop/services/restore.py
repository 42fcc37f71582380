"""Restoring a backup: checked first, the current data backed up, replaced in one step.

The archive is checked completely before anything changes (``backup_check``: checksums,
member names, sizes and compressions, a schema not newer than the program's, every value
of the dump, and the SQLite copy's soundness, schema objects, row counts and values); then
what it replaces is kept (a backup, or a damaged file as it is). The replacement is one
step, so a restore that fails leaves exactly what was there:

- on SQLite the new database is made whole in a working folder inside the data folder
  (the checked copy itself, or a database built from the dump), brought to this
  program's schema there, and put in place by a single rename;
- on a server, emptying the schema, making the archive's, loading every row and upgrading
  are one transaction.

Working copies never go to the system's temp; those of a killed restore are removed by the
next command (``working_folders``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Connection, MetaData, Table, insert, inspect, text
from sqlalchemy.exc import DBAPIError

from giamsat_desktop.config import sqlite_path
from giamsat_desktop.db.base import Base
from giamsat_desktop.db.engine import WRITE_OPTION, make_engine, unit_of_work
from giamsat_desktop.db.migrate import (
    MIGRATION_LOCK,
    alembic_config,
    head_revision,
    schema_status,
    upgrade,
)
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.errors import ErrorCode, StorageError
from giamsat_desktop.services import attachments as attachment_store
from giamsat_desktop.services import audit
from giamsat_desktop.services.backup import SHA256, Progress, copy_atomically, make_backup
from giamsat_desktop.services.backup_archive import (
    ATTACHMENT_FOLDER,
    Manifest,
    iter_jsonl,
    open_member,
    sha256_of,
    unused_path,
)
from giamsat_desktop.services.backup_check import CheckedArchive, check_archive, converted_rows
from giamsat_desktop.services.database import open_database
from giamsat_desktop.services.working_folders import RESTORE_PREFIX, WorkingFolder, remove_stale

BUILT_NAME = "tu-du-lieu.sqlite3"
"""The database built from the dump, in the working folder."""
STAGED_SUFFIX = ".restoring"
"""A database copied beside its target on another drive, before the rename."""
STALE_AFTER = 3600.0
"""Seconds after which a staged copy left beside a database is a killed restore's."""
_BATCH = 2000


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

    Raises:
        StorageError: the archive is refused (nothing changed), or the restore failed:
            RESTORE_FAILED_UNCHANGED when the data is still what it was, RESTORE_FAILED
            when the failure came after the new data was in place.
    """
    remove_stale(data_folder)
    target = sqlite_path(url)
    if target is not None:
        remove_staged_leftovers(target)
    with WorkingFolder(data_folder, RESTORE_PREFIX) as working:
        checked = check_archive(archive_path, working.path, _share(progress, 0.0, 0.3))
        manifest = checked.manifest
        before = _keep_current(url, data_folder, safety_folder, shared_store)
        replaced = False
        try:
            with zipfile.ZipFile(archive_path) as archive:
                _restore_attachments(archive, manifest, data_folder, shared_store, working)
                working.touch()
                if target is not None:
                    database = checked.sqlite_copy
                    if database is None:
                        database = working.path / BUILT_NAME
                        _build_from_dump(database, archive_path, archive, checked, progress)
                    working.touch()
                    _bring_to_newest(database)
                    _put_in_place(database, target)
                else:
                    _replace_on_server(url, archive_path, archive, checked, progress)
            replaced = True
            _record(url, data_folder, archive_path, manifest)
        except StorageError:
            raise
        except Exception as exc:  # noqa: BLE001 - the clerk is told, with where the old data is
            raise _failure(exc, before, replaced=replaced) from exc
    return manifest, before


def _failure(exc: Exception, before: Path | None, *, replaced: bool) -> StorageError:
    """The error for a restore that failed once the archive was accepted."""
    if before is None:
        return StorageError(ErrorCode.RESTORE_FAILED_NOTHING_BEFORE, detail=str(exc))
    code = ErrorCode.RESTORE_FAILED if replaced else ErrorCode.RESTORE_FAILED_UNCHANGED
    return StorageError(code, detail=str(exc), backup=str(before))


def _share(progress: Progress | None, start: float, end: float) -> Progress | None:
    """Progress of one part of the restore, as a share of the whole."""
    if progress is None:
        return None
    report = progress
    return lambda share, label: report(start + (end - start) * share, label)


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


# ----- SQLite: a whole new file, then one rename --------------------------------------------


def _build_from_dump(
    database: Path,
    archive_path: Path,
    archive: zipfile.ZipFile,
    checked: CheckedArchive,
    progress: Progress | None,
) -> None:
    """Make a SQLite database from the dump: the archive's schema, then its rows."""
    engine = make_engine(f"sqlite:///{database}")
    try:
        upgrade(engine, checked.manifest.schema_revision)
        with engine.connect() as connection, connection.begin():
            _load(connection, archive_path, archive, checked, _share(progress, 0.3, 0.95))
    finally:
        engine.dispose()


def _bring_to_newest(database: Path) -> None:
    """Upgrade a database of an older schema, and leave it one self-contained file."""
    engine = make_engine(f"sqlite:///{database}")
    try:
        if schema_status(engine).needs_upgrade:
            upgrade(engine)
    finally:
        engine.dispose()
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        # Everything into the file itself: only the file is moved into place.
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()
    with database.open("rb+") as handle:
        os.fsync(handle.fileno())


def _put_in_place(database: Path, target: Path) -> None:
    """Replace ``target`` by ``database`` with one rename (after staging it on its drive)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = database
    if os.stat(database).st_dev != os.stat(target.parent).st_dev:
        staged = _stage_beside(database, target)
    try:
        _settle(target)
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(staged, target)
    except BaseException:
        if staged != database:
            staged.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _stage_beside(database: Path, target: Path) -> Path:
    """A copy of ``database`` beside ``target`` (on its drive), written whole and synced."""
    handle, name = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}-", suffix=STAGED_SUFFIX, dir=target.parent
    )
    staged = Path(name)
    try:
        with os.fdopen(handle, "wb") as out, database.open("rb") as source:
            shutil.copyfileobj(source, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return staged


def _settle(target: Path) -> None:
    """Move what the current database still has in its write-ahead log into the file.

    Its log is removed next (a log left beside the new file would be read into it), and a
    restore killed between the two steps must still leave the current data whole.
    """
    if not target.exists():
        return
    with contextlib.suppress(sqlite3.Error):
        connection = sqlite3.connect(target, isolation_level=None, timeout=10)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (POSIX; Windows has no such call)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def remove_staged_leftovers(target: Path, *, now: float | None = None) -> list[Path]:
    """Remove staged copies a killed restore left beside a database.

    A copy goes when the process named in it is gone, or when it is over an hour old
    (the name of an older version's, ``.giamsat.sqlite3.restoring``, names no process).
    """
    removed: list[Path] = []
    moment = time.time() if now is None else now
    prefix = f".{target.name}."
    with contextlib.suppress(OSError):
        for leftover in target.parent.glob(f"{prefix}*{STAGED_SUFFIX.lstrip('.')}"):
            owner = leftover.name[len(prefix) :].split("-", 1)[0]
            gone = owner.isdigit() and not _process_alive(int(owner))
            with contextlib.suppress(OSError):
                if gone or moment - leftover.stat().st_mtime > STALE_AFTER:
                    leftover.unlink()
                    removed.append(leftover)
    return removed


def _process_alive(pid: int) -> bool:
    """Whether a process of this id runs here (POSIX; on Windows assumed alive)."""
    if sys.platform == "win32":
        return True  # os.kill there would end the process, not ask about it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


# ----- a server: one transaction ------------------------------------------------------------


def _replace_on_server(
    url: str,
    archive_path: Path,
    archive: zipfile.ZipFile,
    checked: CheckedArchive,
    progress: Progress | None,
) -> None:
    """Empty the schema, make the archive's, load it and upgrade: all in one transaction."""
    revision = checked.manifest.schema_revision
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            from alembic import command

            writer = connection.execution_options(**{WRITE_OPTION: True})
            with writer.begin():
                # PCs starting a new version meanwhile wait, as they do for each other.
                writer.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
                writer.execute(text("DROP SCHEMA public CASCADE"))
                writer.execute(text("CREATE SCHEMA public"))
                command.upgrade(alembic_config(writer), revision)
                _load(writer, archive_path, archive, checked, _share(progress, 0.3, 0.95))
                if revision != head_revision():
                    command.upgrade(alembic_config(writer), "head")
    finally:
        engine.dispose()


# ----- loading the dump ----------------------------------------------------------------------


def _load(
    connection: Connection,
    archive_path: Path,
    archive: zipfile.ZipFile,
    checked: CheckedArchive,
    progress: Progress | None,
) -> None:
    """Insert every row of the dump (checked again as it is read), parents first."""
    tables = _tables_built(connection, checked)
    for position, table in enumerate(tables):
        batch: list[dict[str, Any]] = []
        for values in converted_rows(archive_path, archive, checked.schema.tables[table.name]):
            batch.append(values)
            if len(batch) == _BATCH:
                connection.execute(insert(table), batch)
                batch = []
        if batch:
            connection.execute(insert(table), batch)
        if connection.dialect.name == "postgresql" and "id" in table.c:
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )
        if progress:
            progress((position + 1) / len(tables), table.name)


def _tables_built(connection: Connection, checked: CheckedArchive) -> list[Table]:
    """The archive's tables with the columns the schema at its revision has, parents first.

    Read from the database just built rather than taken from the models, so rows of an
    older schema go into the columns that schema had (the upgrade that follows does the
    rest); a column the models know keeps the model's type, so values are bound as the
    program binds them.
    """
    reflected = MetaData()
    present = set(inspect(connection).get_table_names())
    names = [name for name in checked.schema.tables if name in present]
    reflected.reflect(bind=connection, only=names)
    loading = MetaData()
    tables: list[Table] = []
    for name in names:
        built = reflected.tables[name]
        model = Base.metadata.tables.get(name)
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
        tables.append(Table(name, loading, *columns))
    return tables


# ----- attachments and the record -----------------------------------------------------------


def _restore_attachments(
    archive: zipfile.ZipFile,
    manifest: Manifest,
    data_folder: Path,
    shared_store: Path | None,
    working: WorkingFolder,
) -> None:
    """Put every attachment back in the data folder's store, checking each checksum.

    Each file is written in the working folder first and renamed into the store when
    whole, so a killed restore leaves no partial file among the attachments.
    """
    wanted = [row["sha256"] for row in iter_jsonl(archive, "attachments")]
    for number, checksum in enumerate(wanted, start=1):
        if not SHA256.fullmatch(str(checksum)):
            raise StorageError(ErrorCode.BACKUP_INVALID, path=str(checksum), detail="checksum")
        target = attachment_store.stored_path(data_folder, checksum)
        if target.exists():
            continue
        member = f"{ATTACHMENT_FOLDER}/{checksum}"
        partial = working.path / f"{checksum}.tep"
        if member in manifest.files:
            with open_member(archive, member) as source, partial.open("wb") as out:
                shutil.copyfileobj(source, out, 1024 * 1024)
        elif shared_store is not None and (shared_store / checksum).exists():
            shutil.copyfile(shared_store / checksum, partial)
        else:
            continue  # listed by `check` afterwards; the records themselves are restored
        with partial.open("rb") as handle:
            if sha256_of(handle) != checksum:
                partial.unlink()
                raise StorageError(ErrorCode.BACKUP_INVALID, path=member, detail="checksum")
        target.parent.mkdir(parents=True, exist_ok=True)
        _move(partial, target)
        if number % 50 == 0:
            working.touch()


def _move(source: Path, target: Path) -> None:
    """Rename into place; across drives, copy beside the target and rename there."""
    try:
        os.replace(source, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        copy_atomically(source, target)
        source.unlink(missing_ok=True)


def _record(url: str, data_folder: Path, archive_path: Path, manifest: Manifest) -> None:
    """Share the attachments of a server database and write the restore to the change log."""
    restored = open_database(url)
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
