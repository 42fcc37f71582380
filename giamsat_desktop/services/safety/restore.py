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

An attachment the archive lists as damaged (``attachment_check``), or whose only copy
at hand does not match its checksum, does not stop the restore: everything else is
restored, and the files are returned with the documents they serve. A damaged local copy
is replaced by a whole one from the archive or the shared store when there is one. An
attachment's name that is not a plain base name is stored as one (``safe_file_name``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Column, Connection, MetaData, Table, insert, inspect, select, text, update
from sqlalchemy.engine import make_url
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
from giamsat_desktop.db.models import IncomingAttachment, OutgoingAttachment
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.errors import DetailCode, ErrorCode, StorageError, detail
from giamsat_desktop.domain.file_names import is_safe_file_name, safe_file_name
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.files import attachments as attachment_store
from giamsat_desktop.services.files.output_files import flush_folder
from giamsat_desktop.services.safety.attachment_check import (
    DamagedAttachment,
    damaged_in_archive,
    documents_of,
    sha256_of_file,
)
from giamsat_desktop.services.safety.backup import copy_atomically, make_backup
from giamsat_desktop.services.safety.backup_archive import (
    ATTACHMENT_FOLDER,
    SHA256,
    Manifest,
    iter_jsonl,
    open_member,
    sha256_of,
)
from giamsat_desktop.services.safety.backup_check import (
    CheckedArchive,
    check_archive,
    converted_rows,
)
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.safety.safety_copies import claim, discard
from giamsat_desktop.services.safety.working_folders import (
    RESTORE_PREFIX,
    WorkingFolder,
    pid_alive,
    remove_stale,
)

BUILT_NAME = "tu-du-lieu.sqlite3"
"""The database built from the dump, in the working folder."""
STAGED_SUFFIX = ".restoring"
"""A database copied beside its target on another drive, before the rename."""
STALE_AFTER = 3600.0
"""Seconds after which a staged copy left beside a database is a killed restore's."""
_BATCH = 2000


@dataclass(frozen=True)
class RestoreOutcome:
    """What a restore did."""

    manifest: Manifest
    """The restored archive's manifest."""
    before: Path | None
    """The backup (or byte-for-byte copy) of the data the restore replaced; None if none."""
    damaged: tuple[DamagedAttachment, ...] = ()
    """Attachments not restored whole (damaged in the archive, or no good copy at hand)."""


def restore_backup(
    url: str,
    archive_path: Path,
    data_folder: Path,
    safety_folder: Path,
    *,
    shared_store: Path | None = None,
    progress: Progress | None = None,
) -> RestoreOutcome:
    """Replace the data at ``url`` with the archive's, after checking it and backing up.

    Returns:
        The archive's manifest, the backup made of the data before the restore, and the
        attachments that could not be restored whole, with their documents.

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
                damaged = _restore_attachments(
                    archive, manifest, data_folder, shared_store, working
                )
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
            named = _record(url, data_folder, archive_path, manifest, damaged)
        except StorageError:
            raise
        except Exception as exc:  # noqa: BLE001 - the clerk is told, with where the old data is
            raise _failure(exc, before, replaced=replaced) from exc
    return RestoreOutcome(manifest, before, tuple(named))


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
    owner = path.name if path is not None else make_url(url).database or "giamsat"

    def keep_as_it_is(path: Path) -> Path:
        target = claim(safety_folder, "hong", path.name, path.suffix)
        try:
            return _copy_as_is(path, target)
        except BaseException:
            discard(target)
            raise

    try:
        current = open_database(url, migrate=False)
    except StorageError:
        if path is None:
            raise
        return keep_as_it_is(path)
    try:
        if schema_status(current.engine).is_empty:
            return None
        destination = claim(safety_folder, "truoc-khoi-phuc", owner, ".zip")
        try:
            return make_backup(
                current,
                data_folder,
                destination,
                include_attachments=False,
                shared_store=shared_store or safety_folder / "tep",
                kind="before-restore",
            ).path
        except BaseException:
            discard(destination)
            raise
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
        with engine.connect() as connection, connection.begin():
            plain_file_names(connection)
    finally:
        engine.dispose()
    plain = sqlite3.connect(database, isolation_level=None)
    try:
        # Everything into the file itself: only the file is moved into place.
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        plain.execute("PRAGMA journal_mode = DELETE")
    finally:
        plain.close()
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
    flush_folder(target.parent)


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
            gone = owner.isdigit() and not pid_alive(int(owner))
            with contextlib.suppress(OSError):
                if gone or moment - leftover.stat().st_mtime > STALE_AFTER:
                    leftover.unlink()
                    removed.append(leftover)
    return removed


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
                plain_file_names(writer)
    finally:
        engine.dispose()


def plain_file_names(connection: Connection) -> int:
    r"""Store every attachment name that is not a plain base name as one; how many were.

    A name from an archive is never a path: ``C:\Users\Public\x.bat`` is kept as ``x.bat``,
    ``../../x.txt`` as ``x.txt``, so the document keeps its file, under a plain name that
    opens inside the folder the program chooses.
    """
    changed = 0
    for link in (IncomingAttachment.__table__, OutgoingAttachment.__table__):
        rows = connection.execute(select(link.c.id, link.c.file_name)).all()
        for row_id, name in rows:
            if is_safe_file_name(str(name or "")):
                continue
            connection.execute(
                update(link).where(link.c.id == row_id).values(file_name=safe_file_name(name or ""))
            )
            changed += 1
    return changed


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
) -> list[DamagedAttachment]:
    """Put every attachment back in the data folder's store, checking each checksum.

    Each file is written in the working folder first and renamed into the store when
    whole, so a killed restore leaves no partial file among the attachments. A local
    copy already there is kept when whole, and replaced when damaged and a whole copy is
    at hand (the archive's, or the shared store's). Only ``attachments/<checksum>`` members
    are ever taken out (never the archive's ``damaged-attachments/``).

    Returns:
        The files not restored whole: listed as damaged by the archive with no good copy
        at hand, a shared-store copy that does not match, a damaged local copy kept for
        want of a good one. Their documents are named once the database is in place.
    """
    listed = {file.sha256: file for file in damaged_in_archive(archive)}
    not_whole: list[DamagedAttachment] = []
    rows = [
        (str(row["sha256"]), int(row.get("size") or 0))
        for row in iter_jsonl(archive, "attachments")
    ]
    for number, (checksum, size) in enumerate(rows, start=1):
        if not SHA256.fullmatch(checksum):
            raise StorageError(
                ErrorCode.BACKUP_INVALID,
                path=checksum,
                detail=detail(DetailCode.BACKUP_ATTACHMENT_CHECKSUM),
            )
        if number % 50 == 0:
            working.touch()
        target = attachment_store.stored_path(data_folder, checksum)
        local = _local_state(target, checksum)
        if local == "whole":
            continue
        if _fetch_whole(archive, manifest, shared_store, checksum, working.path):
            target.parent.mkdir(parents=True, exist_ok=True)
            _move(working.path / f"{checksum}.tep", target)
            continue
        found = listed.get(checksum)
        at_hand = (
            local == "damaged"
            or found is not None
            or (shared_store is not None and (shared_store / checksum).exists())
        )
        if at_hand:  # else simply missing: `check` lists it afterwards, the records restore
            not_whole.append(found or DamagedAttachment(checksum, size, ()))
    return not_whole


def _local_state(target: Path, checksum: str) -> str:
    """``whole``, ``damaged`` or ``absent``: the copy already in this PC's store."""
    try:
        return "whole" if sha256_of_file(target) == checksum else "damaged"
    except FileNotFoundError:
        return "absent"
    except OSError:
        return "damaged"  # unreadable: as good as damaged


def _fetch_whole(
    archive: zipfile.ZipFile,
    manifest: Manifest,
    shared_store: Path | None,
    checksum: str,
    working: Path,
) -> bool:
    """Write a whole copy of one file to ``<working>/<checksum>.tep``; whether there was one.

    The archive's copy is tried first, then the shared store's; a copy whose bytes do not
    match the checksum is not used (and not left behind).
    """
    partial = working / f"{checksum}.tep"
    member = f"{ATTACHMENT_FOLDER}/{checksum}"
    sources: list[Callable[[], IO[bytes]]] = []
    if member in manifest.files:
        sources.append(lambda: open_member(archive, member))
    if shared_store is not None and (shared_store / checksum).is_file():
        sources.append(lambda: (shared_store / checksum).open("rb"))
    for source in sources:
        try:
            with source() as stream, partial.open("wb") as out:
                shutil.copyfileobj(stream, out, 1024 * 1024)
            with partial.open("rb") as handle:
                if sha256_of(handle) == checksum:
                    return True
        except OSError:
            pass
        partial.unlink(missing_ok=True)
    return False


def _move(source: Path, target: Path) -> None:
    """Rename into place; across drives, copy beside the target and rename there."""
    try:
        os.replace(source, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        copy_atomically(source, target)
        source.unlink(missing_ok=True)


def _record(
    url: str,
    data_folder: Path,
    archive_path: Path,
    manifest: Manifest,
    damaged: list[DamagedAttachment],
) -> list[DamagedAttachment]:
    """Share the attachments of a server database and write the restore to the change log.

    The restored chain's head then goes into the settings, so an older backup restored
    does not look like a log cut short.

    Returns:
        The files not restored whole, each with the documents it is attached to in the
        restored database (the archive's own list of them when they cannot be asked).
    """
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
        audit_log.remember_head(restored.session_factory, restored.location, replaced=True)
        if not damaged:
            return []
        try:
            owners = documents_of(restored.engine, [file.sha256 for file in damaged])
        except DBAPIError:
            return damaged
        return [
            replace(file, documents=tuple(owners.get(file.sha256, file.documents)))
            for file in damaged
        ]
    finally:
        restored.close()
