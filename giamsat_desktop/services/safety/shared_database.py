"""Choosing where the office's data lives, and moving it to a shared server database.

An office that starts sharing one database between its PCs points every PC at a
PostgreSQL server. The first PC moves its data there through a backup and a restore:
the backup's engine-neutral dump is the way across, as the PCs have no ``pg_dump``.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from giamsat_desktop.config import display_location, sqlite_path
from giamsat_desktop.db.database_handle import Database
from giamsat_desktop.db.models import IncomingDocument, Office, OutgoingDocument
from giamsat_desktop.domain.errors import Detail, ErrorCode, StorageError, ValidationError
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.services.safety.backup import make_backup
from giamsat_desktop.services.safety.backup_archive import Manifest
from giamsat_desktop.services.safety.database import engine_for, read_status
from giamsat_desktop.services.safety.restore import restore_backup

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database as the clerk types it in the settings."""

    host: str
    database: str
    user: str
    password: str = ""
    port: int = DEFAULT_PORT

    def url(self) -> str:
        """The URL the program opens (with the password: kept in this PC's settings only)."""
        missing = [
            name
            for name, value in (
                ("host", self.host),
                ("database", self.database),
                ("user", self.user),
            )
            if not value.strip()
        ]
        if missing:
            raise ValidationError(ErrorCode.FIELD_REQUIRED, field=f"server_{missing[0]}")
        if not 0 < self.port < 65536:
            raise ValidationError(ErrorCode.FIELD_INVALID, field="server_port", reason="1–65535")
        url = URL.create(
            DRIVER,
            username=self.user.strip(),
            password=self.password or None,
            host=self.host.strip(),
            port=self.port,
            database=self.database.strip(),
        )
        return url.render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, url: str) -> ServerAddress | None:
        """The fields of a PostgreSQL URL, or None for anything else (a SQLite file)."""
        if not url.startswith("postgresql"):
            return None
        try:
            parsed = make_url(url)
        except ArgumentError:
            return None
        return cls(
            host=parsed.host or "",
            database=parsed.database or "",
            user=parsed.username or "",
            password=parsed.password or "",
            port=parsed.port or DEFAULT_PORT,
        )


class DatabaseState(StrEnum):
    """What a database holds, as far as this program is concerned."""

    EMPTY = "empty"
    """Nothing yet: the program sets it up, or data can be moved into it."""
    CURRENT = "current"
    OLDER = "older"
    """This program's data at an older schema: upgraded (after a backup) when opened."""
    NEWER = "newer"
    FOREIGN = "foreign"


@dataclass(frozen=True)
class DatabaseProbe:
    """What a connection test found."""

    location: str
    state: DatabaseState
    office: str = ""
    documents: int = 0


def probe_database(url: str) -> DatabaseProbe:
    """Connect read-only and say what is there, changing nothing.

    Raises:
        StorageError: the server cannot be reached, or refuses the name or password.
    """
    location = display_location(url)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return DatabaseProbe(location, DatabaseState.EMPTY)
    engine = engine_for(url, location, read_only=True)
    try:
        status = read_status(engine, location)
        if not status.known:
            return DatabaseProbe(location, DatabaseState.NEWER)
        if status.current is None:
            state = DatabaseState.FOREIGN if status.has_tables else DatabaseState.EMPTY
            return DatabaseProbe(location, state)
        with engine.connect() as connection:
            office = connection.execute(select(Office.name).limit(1)).scalar() or ""
            documents = sum(
                connection.execute(select(func.count()).select_from(model)).scalar() or 0
                for model in (IncomingDocument, OutgoingDocument)
            )
        state = DatabaseState.OLDER if status.needs_upgrade else DatabaseState.CURRENT
        return DatabaseProbe(location, state, str(office), int(documents))
    except DBAPIError as exc:
        detail = " ".join(str(exc.orig if exc.orig is not None else exc).split())
        raise StorageError(
            ErrorCode.DATABASE_UNREACHABLE, location=location, detail=detail
        ) from exc
    finally:
        engine.dispose()


def move_data(
    source: Database,
    data_folder: Path,
    target_url: str,
    *,
    progress: Progress | None = None,
) -> Manifest:
    """Copy this office's data into an empty database (a shared server), leaving it here too.

    A complete backup (with every attachment) is made and restored into the target, so
    the move is checked the way every restore is. The data here is not changed.

    Raises:
        StorageError: the target is unreachable or already holds data.
    """
    probe = probe_database(target_url)
    if probe.state is not DatabaseState.EMPTY:
        raise StorageError(ErrorCode.TARGET_NOT_EMPTY, location=probe.location)
    with tempfile.TemporaryDirectory(prefix=".chuyen-du-lieu-", dir=data_folder) as folder:
        archive = Path(folder) / "chuyen-du-lieu.zip"

        def backing_up(share: float, label: Detail | None) -> None:
            if progress:
                progress(share / 2, label)

        def restoring(share: float, label: Detail | None) -> None:
            if progress:
                progress(0.5 + share / 2, label)

        make_backup(source, data_folder, archive, kind="move", progress=backing_up)
        manifest = restore_backup(
            target_url, archive, data_folder, data_folder / "backups", progress=restoring
        ).manifest
    return manifest
