"""Backups: made consistently, written whole or not at all, checked before any use.

A backup is written to a temporary name and renamed when complete, so a backup killed
half-way never replaces a good one. ``verify_backup`` checks an archive completely without
changing anything; restoring one is ``services.restore``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Table,
    func,
    inspect,
    make_url,
    select,
    text,
)
from sqlalchemy import (
    column as plain_column,
)
from sqlalchemy.exc import DBAPIError

from giamsat_desktop import __version__
from giamsat_desktop.db.base import Base
from giamsat_desktop.db.database_handle import Database, backups_folder
from giamsat_desktop.db.engine import make_engine, make_session_factory
from giamsat_desktop.db.migrate import VERSION_TABLE, schema_status
from giamsat_desktop.db.models import Attachment, AttachmentContent, AuditEntry, Office
from giamsat_desktop.db.sqlite_backup import backup_sqlite_file
from giamsat_desktop.domain.errors import DetailCode, ErrorCode, NotFoundError, StorageError, detail
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.services.files import attachments as attachment_store
from giamsat_desktop.services.safety.attachment_check import (
    DAMAGED_FOLDER,
    DamagedAttachment,
    documents_of,
    manifest_with,
    sha256_of_file,
)
from giamsat_desktop.services.safety.backup_archive import (
    ATTACHMENT_FOLDER,
    DATA_FOLDER,
    MANIFEST,
    NOT_DUMPED,
    SQLITE_MEMBER,
    Manifest,
    sha256_of,
    to_json_value,
)
from giamsat_desktop.services.safety.safety_copies import (
    KEEP_BEFORE_IMPORT,
    claim,
    discard,
    rotate_and_claim,
)
from giamsat_desktop.services.safety.working_folders import (
    BACKUP_PREFIX,
    WorkingFolder,
    remove_stale,
)


@dataclass(frozen=True)
class BackupInfo:
    """A finished backup."""

    path: Path
    manifest: Manifest
    damaged: tuple[DamagedAttachment, ...] = ()
    """Attached files whose stored bytes no longer match their checksum: listed in the
    manifest, not stored as if whole; the caller tells the clerk which documents they serve."""


def model_tables() -> list[Any]:
    """The program's tables, parents first."""
    return list(Base.metadata.sorted_tables)


def make_backup(
    database: Database,
    data_folder: Path,
    destination: Path,
    *,
    include_attachments: bool = True,
    shared_store: Path | None = None,
    kind: str = "manual",
    progress: Progress | None = None,
) -> BackupInfo:
    """Write one self-contained archive (or one whose attachments go to ``shared_store``).

    The dump is read inside one transaction, so every table is from the same moment. An
    attachment whose stored bytes no longer match its checksum does not spoil the archive:
    it is listed as damaged (see ``attachment_check``) and the rest is kept whole.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(f".{destination.name}.partial")
    partial.unlink(missing_ok=True)
    status = schema_status(database.engine)
    files: dict[str, str] = {}
    counts: dict[str, int] = {}
    damaged: list[DamagedAttachment] = []
    working = _working_folder(data_folder)
    dump_engine = database.engine
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            if database.sqlite_file is not None:
                copy = backup_sqlite_file(database.sqlite_file, working.path / "copy.sqlite3")
                archive.write(copy, SQLITE_MEMBER)
                with copy.open("rb") as handle:
                    files[SQLITE_MEMBER] = sha256_of(handle)
                # The dump is read from that copy: file and dump are of one moment.
                dump_engine = make_engine(f"sqlite:///{copy}")
            working.touch()
            dumped = _write_dump(dump_engine, archive, files, counts, progress)
            checksums, office, audit_head = dumped
            attachments = "included" if include_attachments else "shared"
            if not include_attachments and shared_store is None:
                checksums = []  # a database-only dump: nothing to fetch or copy
            damaged = _store_attachments(
                database, data_folder, checksums, archive, files, shared_store, working, progress
            )
            if damaged:
                damaged = _with_documents(dump_engine, damaged)
            manifest = Manifest(
                program_version=__version__,
                schema_revision=status.current or "",
                created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                engine=database.engine.dialect.name,
                office=office,
                tables=counts,
                files=files,
                audit_head=audit_head,
                attachments=attachments,
                kind=kind,
            )
            archive.writestr(MANIFEST, manifest_with(manifest.to_json(), damaged))
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, destination)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(ErrorCode.BACKUP_FAILED, path=str(destination), detail=str(exc)) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        if dump_engine is not database.engine:
            dump_engine.dispose()
        working.close()
    return BackupInfo(destination, manifest, tuple(damaged))


def _store_attachments(
    database: Database,
    data_folder: Path,
    checksums: list[str],
    archive: zipfile.ZipFile,
    files: dict[str, str],
    shared_store: Path | None,
    working: WorkingFolder,
    progress: Progress | None,
) -> list[DamagedAttachment]:
    """Put every attachment whose bytes are whole into the archive (or the shared store).

    Returns:
        The files found damaged (and with no whole copy in a shared database).
    """
    damaged: list[DamagedAttachment] = []
    for number, checksum in enumerate(checksums, start=1):
        try:  # on a shared database, a file attached on another PC is fetched
            source = attachment_store.local_copy(database.session_factory, data_folder, checksum)
        except NotFoundError:
            continue  # reported by `check`; a backup still saves everything else
        target = shared_store / checksum if shared_store is not None else None
        if target is None or not _same_size(target, source):  # else kept there already
            found = _store_attachment(database, checksum, source, target, archive, files)
            if found is not None:
                damaged.append(found)
        if number % 50 == 0:
            working.touch()
            if progress:
                progress(
                    0.6 + 0.35 * number / len(checksums),
                    detail(DetailCode.STEP_FILES, done=number, total=len(checksums)),
                )
    return damaged


def _with_documents(engine: Engine, damaged: list[DamagedAttachment]) -> list[DamagedAttachment]:
    """The damaged files with the documents they serve, named as the register names them.

    A database of an older schema that cannot be asked keeps them unnamed: the backup
    itself never fails for want of a name.
    """
    try:
        owners = documents_of(engine, [file.sha256 for file in damaged])
    except DBAPIError:
        return damaged
    return [replace(file, documents=tuple(owners.get(file.sha256, ()))) for file in damaged]


IN_MEMORY = 16 * 1024 * 1024
"""Attachments up to this size are read once, checked and written from memory."""


def _store_attachment(
    database: Database,
    checksum: str,
    source: Path,
    target: Path | None,
    archive: zipfile.ZipFile,
    files: dict[str, str],
) -> DamagedAttachment | None:
    """Put one attachment into the archive (``target`` None) or the shared store, if whole.

    The bytes are checked against ``checksum`` first. A damaged file is taken whole from
    a shared database if it has it; otherwise it is returned as damaged, its bytes kept
    apart in the archive (never in the store, never under its checksum).
    """
    name = f"{ATTACHMENT_FOLDER}/{checksum}"
    size = _size(source)
    content = source.read_bytes() if size <= IN_MEMORY else None
    actual = hashlib.sha256(content).hexdigest() if content is not None else sha256_of_file(source)
    if actual != checksum:
        whole = _whole_content_from_database(database, checksum)
        if whole is None:
            kept = ""
            if target is None:  # the damaged bytes, apart, for whatever can be saved of them
                kept = f"{DAMAGED_FOLDER}/{actual}"
                if kept not in files:
                    _archive_file(archive, source, kept, content)
                    files[kept] = actual
            return DamagedAttachment(checksum, size, (), actual, kept)
        content = whole  # a shared database still holds it whole
    if target is None:
        _archive_file(archive, source, name, content)
        files[name] = checksum
    elif content is not None:
        _write_atomically(content, target)
    else:
        copy_atomically(source, target)
    return None


def _archive_file(archive: zipfile.ZipFile, source: Path, name: str, content: bytes | None) -> None:
    """Store a file in the archive uncompressed, from memory when it was read already."""
    if content is None:
        archive.write(source, name, compress_type=zipfile.ZIP_STORED)
        return
    info = zipfile.ZipInfo.from_file(source, name)
    info.compress_type = zipfile.ZIP_STORED
    archive.writestr(info, content)


def _whole_content_from_database(database: Database, checksum: str) -> bytes | None:
    """A whole copy of an attachment kept in a shared database, when the local one is damaged."""
    if database.sqlite_file is not None:
        return None
    with database.session_factory() as session:
        try:
            content = session.get(AttachmentContent, checksum)
        except DBAPIError:  # a database before contents were kept in it
            return None
        data = content.content if content is not None else None
    if data is None or hashlib.sha256(data).hexdigest() != checksum:
        return None
    return bytes(data)


WORKING_PREFIX = BACKUP_PREFIX
"""Working folders of backups in progress, inside the data folder (never the system's temp)."""


def _working_folder(data_folder: Path) -> WorkingFolder:
    """A folder for the consistent copy, after removing those a killed operation left behind.

    Kept in the data folder, so a power cut during a backup leaves nothing elsewhere on
    the PC; it carries this process's id and lock, so the next command removes it once
    this process is gone (a backup running meanwhile from another window keeps its own).
    """
    remove_stale(data_folder)
    return WorkingFolder(data_folder, WORKING_PREFIX)


def _write_dump(
    engine: Engine,
    archive: zipfile.ZipFile,
    files: dict[str, str],
    counts: dict[str, int],
    progress: Progress | None,
) -> tuple[list[str], str, dict[str, Any]]:
    """One JSON Lines file per table, all read in one transaction.

    The tables and columns are those of the database as it is, so a database still at an
    older schema (before a migration or a restore) is dumped faithfully.

    Returns:
        The attachments' checksums, the office's name and the audit head, of that moment.
    """
    checksums: list[str] = []
    with engine.connect() as connection, connection.begin():
        tables = _tables_present(connection)
        version_rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))
        stamped = [row[0] for row in version_rows]
        for position, (table, columns) in enumerate(tables):
            name = f"{DATA_FOLDER}/{table.name}.jsonl"
            digest = hashlib.sha256()
            count = 0
            keys = [column for column in columns if column.primary_key] or columns
            with archive.open(name, "w") as member:
                result = connection.execute(select(*columns).select_from(table).order_by(*keys))
                for row in result.mappings():
                    line = (
                        json.dumps(
                            {key: to_json_value(value) for key, value in row.items()},
                            ensure_ascii=False,
                            separators=(",", ":"),
                        ).encode("utf-8")
                        + b"\n"
                    )
                    member.write(line)
                    digest.update(line)
                    count += 1
                    if table.name == Attachment.__tablename__:
                        checksums.append(row["sha256"])
            files[name] = digest.hexdigest()
            counts[table.name] = count
            if progress:
                progress(
                    0.6 * (position + 1) / len(tables),
                    detail(DetailCode.STEP_TABLES, done=position + 1, total=len(tables)),
                )
        line = json.dumps({"version_num": stamped[0] if stamped else ""}).encode() + b"\n"
        archive.writestr(f"{DATA_FOLDER}/{VERSION_TABLE}.jsonl", line)
        files[f"{DATA_FOLDER}/{VERSION_TABLE}.jsonl"] = hashlib.sha256(line).hexdigest()
        office = str(connection.execute(select(Office.name).limit(1)).scalar() or "")
        audit_count = connection.execute(select(func.count()).select_from(AuditEntry)).scalar()
        last = connection.execute(
            select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).scalar()
    return checksums, office, {"count": int(audit_count or 0), "last_hash": last or ""}


def _tables_present(connection: Connection) -> list[tuple[Table, list[ColumnElement[Any]]]]:
    """The program's tables that exist in this database, each with the columns it has.

    Known columns keep the model's type (dates are read as dates on SQLite too); a column
    the models no longer have is read as it is stored.
    """
    inspector = inspect(connection)
    existing = set(inspector.get_table_names())
    present: list[tuple[Table, list[ColumnElement[Any]]]] = []
    for table in model_tables():
        if table.name not in existing or table.name in NOT_DUMPED:
            continue
        names = [info["name"] for info in inspector.get_columns(table.name)]
        columns = [table.c[name] if name in table.c else plain_column(name) for name in names]
        present.append((table, columns))
    return present


def _same_size(copy: Path, source: Path) -> bool:
    """Whether a copy kept in the shared store looks whole, judged by its size.

    Re-reading every file at each exit would take minutes on a USB stick; a restore
    still checks every checksum.
    """
    try:
        return copy.stat().st_size == source.stat().st_size
    except FileNotFoundError:
        return False


def copy_atomically(source: Path, target: Path) -> None:
    """Copy under a temporary name and rename: ``target`` is whole or absent, never half.

    The temporary name is this copy's own, so two processes filling one store at once
    never write into each other's file.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".partial", dir=target.parent
    )
    os.close(handle)
    try:
        shutil.copyfile(source, partial)
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def _write_atomically(content: bytes, target: Path) -> None:
    """Write bytes under a temporary name and rename, as ``copy_atomically`` does."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".partial", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


# ----- checking -------------------------------------------------------------------------


def verify_backup(path: Path, data_folder: Path | None = None) -> Manifest:
    """Check an archive completely without changing anything; returns its manifest.

    Every value of the dump is checked against the schema of its revision, and the SQLite
    copy in a working folder of ``data_folder`` (the program's data folder when not given),
    never in the system's temp: see ``backup_check``.
    """
    from giamsat_desktop.config import data_dir
    from giamsat_desktop.services.safety.backup_check import verify_archive

    return verify_archive(path, data_folder or data_dir())


def quick_snapshot(
    database: Database, label: str, *, keep: int = KEEP_BEFORE_IMPORT
) -> Path | None:
    """A fast database-only copy before a risky operation (an import): seconds, no zip.

    Kept beside the database in ``backups/`` under a name of its own (the database's name,
    the moment to the millisecond, a random part), so imports into several databases of one
    folder at once never share a copy; the newest ``keep`` of this database are kept. None
    on a shared server database, which its own administrator backs up.

    Raises:
        StorageError: BACKUP_FAILED when the copy cannot be made, or when the disk has no
            room for it (then nothing is removed or written): the operation must not go on.
    """
    source = database.sqlite_file
    if source is None:
        return None
    needed = sum(_size(path) for path in (source, Path(f"{source}-wal")))
    target = rotate_and_claim(
        backups_folder(source), label, source.name, ".sqlite3", needed=needed, keep=keep
    )
    try:
        return backup_sqlite_file(source, target)
    except (OSError, sqlite3.Error) as exc:
        discard(target)
        raise StorageError(ErrorCode.BACKUP_FAILED, path=str(target), detail=str(exc)) from exc


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def pre_upgrade_dump(url: str, engine: Engine, folder: Path, revision: str) -> Path:
    """The engine-neutral backup of a server database, taken before it is upgraded.

    Raises:
        StorageError: BACKUP_FAILED when it cannot be written (no upgrade without it).
    """
    owner = make_url(url).database or "giamsat"
    destination = claim(folder, f"truoc-nang-cap-{revision}", owner, ".zip")
    current = Database(url, engine, make_session_factory(engine), None)
    try:
        return make_backup(
            current,
            folder.parent,
            destination,
            include_attachments=False,
            kind="before-migration",
        ).path
    except StorageError:
        discard(destination)
        raise
    except Exception as exc:  # noqa: BLE001 - no upgrade without its backup, said plainly
        discard(destination)
        raise StorageError(ErrorCode.BACKUP_FAILED, path=str(destination), detail=str(exc)) from exc
