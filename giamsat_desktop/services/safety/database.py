"""Opening, setting up and checking the office's database.

Opening a database brings its schema to this program's version, after a consistent
backup of what was there; a database made by a newer program, or one that is not the
program's at all, is refused and left untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from giamsat_desktop.config import data_dir, display_location, sqlite_path
from giamsat_desktop.db.database_handle import BACKUP_FOLDER, backups_folder
from giamsat_desktop.db.database_handle import Database as Database  # callers' handle
from giamsat_desktop.db.engine import (
    make_engine,
    make_read_only_engine,
    make_session_factory,
)
from giamsat_desktop.db.migrate import SchemaStatus, schema_status, upgrade, upgrade_turn
from giamsat_desktop.db.sqlite_backup import backup_sqlite_file
from giamsat_desktop.domain.errors import Detail, DetailCode, ErrorCode, StorageError, detail
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.services.safety.attachment_check import (
    DamagedAttachment,
    damage_detail,
    find_damaged,
)
from giamsat_desktop.services.safety.backup import pre_upgrade_dump
from giamsat_desktop.services.safety.safety_copies import discard, rotate_and_claim
from giamsat_desktop.services.safety.working_folders import remove_stale


@dataclass(frozen=True)
class HealthReport:
    """What ``giamsat check`` prints."""

    location: str
    integrity_ok: bool
    problems: tuple[Detail, ...] = field(default_factory=tuple)
    """What the checks found, told by code (SQLite's own words inside ``text``)."""
    current_revision: str | None = None
    head_revision: str = ""
    schema_known: bool = True
    damaged_attachments: tuple[DamagedAttachment, ...] = ()
    """Stored files whose bytes no longer match their checksum (each also a problem)."""

    @property
    def healthy(self) -> bool:
        """Sound storage and the schema this program expects."""
        return (
            self.integrity_ok
            and self.schema_known
            and self.current_revision is not None
            and self.current_revision == self.head_revision
        )


def read_status(engine: Engine, location: str) -> SchemaStatus:
    """The schema's revision; a damaged file or an unreachable server said plainly."""
    try:
        return schema_status(engine)
    except DBAPIError as exc:
        detail = " ".join(str(exc.orig if exc.orig is not None else exc).split())
        code = ErrorCode.DATABASE_UNREACHABLE
        if "not a database" in detail or "malformed" in detail:
            code = ErrorCode.DATABASE_DAMAGED
        raise StorageError(code, location=location, detail=detail) from exc


def open_database(
    url: str, *, create: bool = True, migrate: bool = True, backup_folder: Path | None = None
) -> Database:
    """Open (and if allowed create and upgrade) the database at ``url``.

    Before an upgrade a SQLite file is copied beside itself (``backups/``); a server
    database is dumped into ``backup_folder`` (default: this PC's data folder), since
    the PCs of an office have no ``pg_dump``.

    Raises:
        StorageError: missing file when ``create`` is False, damaged or foreign file,
            a schema newer than this program, or a failed upgrade (data left as it was).
    """
    location = display_location(url)
    path = sqlite_path(url)
    remove_stale(_data_folder(path))  # what a killed backup left, whichever command runs next
    if path is not None:
        if not path.exists() and not create:
            raise StorageError(ErrorCode.DATABASE_NOT_FOUND, location=location)
        path.parent.mkdir(parents=True, exist_ok=True)
    if path is not None and path.exists():
        # Look before touching: a refused file must keep every byte.
        _refuse_foreign_or_newer(_inspect(url, location), location)
    engine = engine_for(url, location)
    try:
        status = read_status(engine, location)
        if not status.known:
            raise StorageError(ErrorCode.DATABASE_NEWER, location=location, revision=status.current)
        if status.current is None and status.has_tables:
            raise StorageError(ErrorCode.DATABASE_FOREIGN, location=location)
        backup: Path | None = None
        migrated_from: str | None = None
        if status.needs_upgrade and migrate:
            migrated_from, backup = _upgrade(url, engine, location, backup_folder)
    except BaseException:
        engine.dispose()
        raise
    return Database(
        url=url,
        engine=engine,
        session_factory=make_session_factory(engine),
        sqlite_file=path,
        migrated_from=migrated_from,
        pre_migration_backup=backup,
    )


def _upgrade(
    url: str, engine: Engine, location: str, backup_folder: Path | None
) -> tuple[str | None, Path | None]:
    """Back up and upgrade in this PC's turn: the revision it was at, and the backup.

    (None, None) when another PC of a shared database upgraded it meanwhile.
    """
    path = sqlite_path(url)
    with upgrade_turn(engine):
        status = read_status(engine, location)  # again: the turn may have come after another's
        if not status.needs_upgrade:
            return None, None
        backup: Path | None = None
        if path is not None and not status.is_empty:
            backup = _pre_migration_backup(path, status.current or "none")
        elif not status.is_empty:
            folder = backup_folder or data_dir() / BACKUP_FOLDER
            backup = pre_upgrade_dump(url, engine, folder, status.current or "none")
        try:
            upgrade(engine)
        except Exception as exc:  # noqa: BLE001 - any failure: data as it was, said plainly
            raise StorageError(
                ErrorCode.MIGRATION_FAILED, detail=str(exc), backup=str(backup or "")
            ) from exc
    return status.current, backup


def engine_for(url: str, location: str, *, read_only: bool = False) -> Engine:
    """The engine, or a plain refusal (DATABASE_UNREACHABLE) when the URL or driver is wrong."""
    try:
        return make_read_only_engine(url) if read_only else make_engine(url)
    except (ImportError, SQLAlchemyError, ValueError) as exc:
        raise StorageError(
            ErrorCode.DATABASE_UNREACHABLE, location=location, detail=f"{type(exc).__name__}: {exc}"
        ) from exc


def _inspect(url: str, location: str) -> SchemaStatus:
    reader = engine_for(url, location, read_only=True)
    try:
        return read_status(reader, location)
    finally:
        reader.dispose()


def _refuse_foreign_or_newer(status: SchemaStatus, location: str) -> None:
    if not status.known:
        raise StorageError(ErrorCode.DATABASE_NEWER, location=location, revision=status.current)
    if status.current is None and status.has_tables:
        raise StorageError(ErrorCode.DATABASE_FOREIGN, location=location)


def _pre_migration_backup(path: Path, revision: str) -> Path:
    """A consistent copy of the file before its upgrade, under a name no other process takes."""
    needed = sum(_size(part) for part in (path, Path(f"{path}-wal")))
    destination = rotate_and_claim(
        backups_folder(path),
        f"truoc-nang-cap-{revision}",
        path.name,
        ".sqlite3",
        needed=needed,
        keep=None,
    )
    try:
        return backup_sqlite_file(path, destination)
    except (OSError, Exception) as exc:
        discard(destination)
        raise StorageError(ErrorCode.BACKUP_FAILED, path=str(destination), detail=str(exc)) from exc


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def check_database(
    url: str,
    *,
    quick: bool = False,
    data_folder: Path | None = None,
    verify_attachments: bool | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> HealthReport:
    """Integrity check (or SQLite's faster ``quick_check``) and schema version, changing nothing.

    The full check also reads every stored attachment of ``data_folder`` (by default the
    database's folder, or this PC's data folder for a server database) and compares it with
    its checksum (``verify_attachments``; off for the quick check at start), reporting
    ``progress`` as it goes: a file damaged on the disk is a problem naming its documents.
    Working folders that killed operations left in the data folder are removed first.
    """
    location = display_location(url)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise StorageError(ErrorCode.DATABASE_NOT_FOUND, location=location)
    folder = data_folder or _data_folder(path)
    remove_stale(folder)
    engine = engine_for(url, location, read_only=True)
    damaged: list[DamagedAttachment] = []
    try:
        status = read_status(engine, location)
        problems: list[Detail] = []
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                pragma = "quick_check" if quick else "integrity_check"
                rows = connection.execute(text(f"PRAGMA {pragma}")).scalars().all()
                problems = [
                    detail(DetailCode.INTEGRITY_PROBLEM, text=str(row))
                    for row in rows
                    if row != "ok"
                ]
                fk_rows = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                problems += [
                    detail(DetailCode.FOREIGN_KEY_PROBLEM, text=str(tuple(row))) for row in fk_rows
                ]
            else:
                connection.execute(text("SELECT 1"))
        read_files = not quick if verify_attachments is None else verify_attachments
        if read_files and not problems and status.current == status.head:
            damaged = find_damaged(
                make_session_factory(engine), folder, progress=progress, cancelled=cancelled
            )
            problems += [
                detail(DetailCode.ATTACHMENT_TAKE_BACK, damaged=damage_detail(file))
                for file in damaged
            ]
    except DBAPIError as exc:
        raise StorageError(
            ErrorCode.DATABASE_DAMAGED, location=location, detail=str(exc.orig or exc)
        ) from exc
    finally:
        engine.dispose()
    return HealthReport(
        location=location,
        integrity_ok=not problems,
        problems=tuple(problems),
        current_revision=status.current,
        head_revision=status.head,
        schema_known=status.known,
        damaged_attachments=tuple(damaged),
    )


def _data_folder(path: Path | None) -> Path:
    """The folder of the data: beside a SQLite file, else this PC's data folder."""
    return path.parent if path is not None else data_dir()
