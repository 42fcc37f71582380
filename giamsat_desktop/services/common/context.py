"""What the window hands to every page: the open database and the account at work."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import SYSTEM, Actor

if TYPE_CHECKING:
    from giamsat_desktop.db.database_handle import Database


@dataclass(frozen=True)
class ServiceContext:
    """The session factory every service takes, the acting account, where the data is."""

    factory: SessionFactory
    location: str
    data_folder: Path
    actor: Actor = SYSTEM
    database: Database | None = None
    """The open database itself, for backups and restore (None in some tests)."""

    @property
    def backup_folder(self) -> Path:
        """Local automatic backups and safety copies: ``backups/`` in the data folder."""
        return self.data_folder / "backups"
