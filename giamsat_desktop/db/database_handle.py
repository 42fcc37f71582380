"""The handle of an open database, and where its automatic safety copies go.

A leaf: opening a database (``database``) and backing one up (``backup``) both build on it,
so the backup taken before an upgrade is the backup module's, and imports run one way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from giamsat_desktop.config import display_location
from giamsat_desktop.db.engine import SessionFactory

BACKUP_FOLDER = "backups"


@dataclass(frozen=True)
class Database:
    """An open database: where it is, its engine and its session factory."""

    url: str
    engine: Engine
    session_factory: SessionFactory
    sqlite_file: Path | None
    migrated_from: str | None = None
    """Revision the schema was upgraded from at opening, if it was."""
    pre_migration_backup: Path | None = None

    @property
    def location(self) -> str:
        """Where the data is, as the clerk may be shown it (no password)."""
        return display_location(self.url)

    @property
    def is_shared(self) -> bool:
        """Whether this is a shared server database rather than a local file."""
        return self.sqlite_file is None

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def backups_folder(sqlite_file: Path) -> Path:
    """Automatic safety copies are kept beside the database, in ``backups/``."""
    return sqlite_file.parent / BACKUP_FOLDER
