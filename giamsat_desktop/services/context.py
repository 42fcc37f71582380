"""What the window hands to every page: the open database and the account at work."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import SYSTEM, Actor


@dataclass(frozen=True)
class ServiceContext:
    """The session factory every service takes, the acting account, where the data is."""

    factory: SessionFactory
    location: str
    data_folder: Path
    actor: Actor = SYSTEM
