"""Restoring a backup: checked first, the current data backed up, replaced in one step.

The archive is checked completely before anything changes (``backup_check``: checksums,
member names, sizes and compressions, a schema not newer than the program's, every value
of the dump, and the SQLite copy's soundness, schema objects, row counts and values); then
what it replaces is kept (a backup, or a damaged file as it is). The replacement is one
step, so a restore that fails leaves exactly what was there:

- on SQLite the new database is made whole in a working folder inside the data folder
  (the checked copy itself, or a database built from the dump), brought to this
  program's schema there, and put in place by a single rename (``restore_sqlite``);
- on a server, emptying the schema, making the archive's, loading every row and upgrading
  are one transaction (``restore_server``);
- both load the dump's rows alike (``restore_rows``).

Working copies never go to the system's temp; those of a killed restore are removed by the
next command (``working_folders``).

An attachment the archive lists as damaged (``attachment_check``), or whose only copy
at hand does not match its checksum, does not stop the restore: everything else is
restored (``restore_attachments``), and the files are returned with the documents they
serve. A damaged local copy is replaced by a whole one from the archive or the shared
store when there is one. An attachment's name that is not a plain base name is stored as
one (``safe_file_name``).
"""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from giamsat_desktop.config import sqlite_path
from giamsat_desktop.db.engine import unit_of_work
from giamsat_desktop.db.migrate import schema_status
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.errors import ErrorCode, StorageError
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.files import attachments as attachment_store
from giamsat_desktop.services.safety.attachment_check import DamagedAttachment, documents_of
from giamsat_desktop.services.safety.backup import copy_atomically, make_backup
from giamsat_desktop.services.safety.backup_archive import Manifest
from giamsat_desktop.services.safety.backup_check import check_archive
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.safety.restore_attachments import restore_attachments
from giamsat_desktop.services.safety.restore_server import replace_on_server
from giamsat_desktop.services.safety.restore_sqlite import (
    BUILT_NAME,
    bring_to_newest,
    build_from_dump,
    put_in_place,
    remove_staged_leftovers,
)
from giamsat_desktop.services.safety.safety_copies import claim, discard
from giamsat_desktop.services.safety.working_folders import (
    RESTORE_PREFIX,
    WorkingFolder,
    remove_stale,
)


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
        loading = _share(progress, 0.3, 0.95)
        try:
            with zipfile.ZipFile(archive_path) as archive:
                damaged = restore_attachments(archive, manifest, data_folder, shared_store, working)
                working.touch()
                if target is not None:
                    database = checked.sqlite_copy
                    if database is None:
                        database = working.path / BUILT_NAME
                        build_from_dump(database, archive_path, archive, checked, loading)
                    working.touch()
                    bring_to_newest(database)
                    put_in_place(database, target)
                else:
                    replace_on_server(url, archive_path, archive, checked, loading)
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
