"""Backups: made consistently, written whole or not at all, checked before any use.

A backup is written to a temporary name and renamed when complete, so a backup killed
half-way never replaces a good one. ``verify_backup`` checks an archive completely without
changing anything; restoring one is ``services.restore``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Table,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy import (
    column as plain_column,
)

from giamsat_desktop import __version__
from giamsat_desktop.db.base import Base
from giamsat_desktop.db.engine import make_engine
from giamsat_desktop.db.migrate import VERSION_TABLE, revisions, schema_status
from giamsat_desktop.db.models import Attachment, AttachmentContent, AuditEntry, Office
from giamsat_desktop.db.sqlite_backup import backup_sqlite_file
from giamsat_desktop.domain.errors import ErrorCode, NotFoundError, StorageError
from giamsat_desktop.services import attachments as attachment_store
from giamsat_desktop.services.backup_archive import (
    ATTACHMENT_FOLDER,
    DATA_FOLDER,
    MANIFEST,
    SQLITE_MEMBER,
    Manifest,
    invalid,
    iter_jsonl,
    read_manifest,
    sha256_of,
    to_json_value,
    unused_path,
)
from giamsat_desktop.services.database import Database

Progress = Callable[[float, str], None]
SHA256 = re.compile("[0-9a-f]{64}")
"""An attachment's name in the store: never a path."""


@dataclass(frozen=True)
class BackupInfo:
    """A finished backup."""

    path: Path
    manifest: Manifest


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

    The dump is read inside one transaction, so every table is from the same moment.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(f".{destination.name}.partial")
    partial.unlink(missing_ok=True)
    status = schema_status(database.engine)
    files: dict[str, str] = {}
    counts: dict[str, int] = {}
    snapshot = _working_folder(data_folder)
    dump_engine = database.engine
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            if database.sqlite_file is not None:
                copy = backup_sqlite_file(
                    database.sqlite_file, Path(snapshot.name) / "copy.sqlite3"
                )
                archive.write(copy, SQLITE_MEMBER)
                with copy.open("rb") as handle:
                    files[SQLITE_MEMBER] = sha256_of(handle)
                # The dump is read from that copy: file and dump are of one moment.
                dump_engine = make_engine(f"sqlite:///{copy}")
            dumped = _write_dump(dump_engine, archive, files, counts, progress)
            checksums, office, audit_head = dumped
            attachments = "included" if include_attachments else "shared"
            if not include_attachments and shared_store is None:
                checksums = []  # a database-only dump: nothing to fetch or copy
            for number, checksum in enumerate(checksums, start=1):
                try:  # on a shared database, a file attached on another PC is fetched
                    source = attachment_store.local_copy(
                        database.session_factory, data_folder, checksum
                    )
                except NotFoundError:
                    continue  # reported by `check`; a backup still saves everything else
                if include_attachments:
                    name = f"{ATTACHMENT_FOLDER}/{checksum}"
                    archive.write(source, name, compress_type=zipfile.ZIP_STORED)
                    files[name] = checksum
                elif shared_store is not None:
                    target = shared_store / checksum
                    if not _same_size(target, source):  # missing, or cut short on the stick
                        copy_atomically(source, target)
                if progress and number % 50 == 0:
                    progress(0.6 + 0.35 * number / max(len(checksums), 1), "")
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
            archive.writestr(MANIFEST, manifest.to_json())
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
        snapshot.cleanup()
    return BackupInfo(destination, manifest)


NOT_DUMPED = frozenset({AttachmentContent.__tablename__})
"""Attachment bytes kept in a shared database go into the archive as files, not as rows."""
WORKING_PREFIX = ".dang-sao-luu-"
"""Working folders of backups in progress, inside the data folder (never the system's temp)."""


def _working_folder(data_folder: Path) -> tempfile.TemporaryDirectory[str]:
    """A folder for the consistent copy, after removing those a killed backup left behind.

    Kept in the data folder, so a power cut during a backup leaves nothing elsewhere on
    the PC; a later backup removes what is over an hour old (a backup running meanwhile
    from another window keeps its own).
    """
    data_folder.mkdir(parents=True, exist_ok=True)
    hour_ago = dt.datetime.now().timestamp() - 3600
    for stale in data_folder.glob(f"{WORKING_PREFIX}*"):
        with contextlib.suppress(OSError):
            if stale.is_dir() and stale.stat().st_mtime < hour_ago:
                shutil.rmtree(stale, ignore_errors=True)
    return tempfile.TemporaryDirectory(prefix=WORKING_PREFIX, dir=data_folder)


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
                progress(0.6 * (position + 1) / len(tables), table.name)
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
    """Copy under a temporary name and rename: ``target`` is whole or absent, never half."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    shutil.copyfile(source, partial)
    os.replace(partial, target)


# ----- checking -------------------------------------------------------------------------


def verify_backup(path: Path) -> Manifest:
    """Check an archive completely without changing anything; returns its manifest."""
    archive, manifest = read_manifest(path)
    with archive:
        known, _head = revisions()
        if manifest.schema_revision not in known:
            raise invalid(path, f"tạo bởi phiên bản mới hơn (lược đồ {manifest.schema_revision})")
        for name, expected in manifest.tables.items():
            if f"{DATA_FOLDER}/{name}.jsonl" not in manifest.files:
                raise invalid(path, f"thiếu dữ liệu bảng {name}")
            rows = sum(1 for _row in iter_jsonl(archive, name))
            if rows != expected:
                raise invalid(path, f"số dòng bảng {name} không khớp với manifest")
        attachments = Attachment.__table__.name
        for row in iter_jsonl(archive, attachments) if attachments in manifest.tables else ():
            if not SHA256.fullmatch(str(row.get("sha256", ""))):
                raise invalid(path, "mã kiểm tra của tệp đính kèm không hợp lệ")
        if SQLITE_MEMBER in manifest.files:
            with tempfile.TemporaryDirectory() as folder:
                copy = Path(folder) / "check.sqlite3"
                with archive.open(SQLITE_MEMBER) as member, copy.open("wb") as out:
                    shutil.copyfileobj(member, out)
                _check_sqlite(path, copy, manifest)
    return manifest


def _check_sqlite(archive_path: Path, copy: Path, manifest: Manifest) -> None:
    connection = sqlite3.connect(copy)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
        if [row[0] for row in result] != ["ok"]:
            raise invalid(archive_path, "cơ sở dữ liệu trong bản sao lưu bị hỏng")
        stamped = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    except sqlite3.DatabaseError as exc:
        raise invalid(archive_path, f"cơ sở dữ liệu trong bản sao lưu bị hỏng ({exc})") from exc
    finally:
        connection.close()
    if [row[0] for row in stamped] != [manifest.schema_revision]:
        raise invalid(archive_path, "phiên bản lược đồ không khớp với manifest")


def quick_snapshot(database: Database, label: str) -> Path | None:
    """A fast database-only copy before a risky operation (an import): seconds, no zip.

    Kept beside the database in ``backups/``; None on a shared server database, which
    its own administrator backs up.
    """
    if database.sqlite_file is None:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = unused_path(database.sqlite_file.parent / "backups" / f"{label}-{stamp}.sqlite3")
    try:
        return backup_sqlite_file(database.sqlite_file, target)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(ErrorCode.BACKUP_FAILED, path=str(target), detail=str(exc)) from exc
