"""Automatic backups: where they go, how many are kept, when the clerk is reminded.

They go to a folder the clerk chose (a USB stick, say), with attachments kept there once
by checksum rather than in every archive. When that folder is missing (the stick is not
plugged in), the backup goes to a local folder and the clerk is told.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from giamsat_desktop.db.database_handle import Database
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.safety.backup import BackupInfo, make_backup

NAME = re.compile(r"^giamsat-(\d{8})-(\d{6})\.zip$")
SHARED_STORE = "tep-dinh-kem"


@dataclass(frozen=True)
class Retention:
    """How many automatic backups are kept: the newest of each day, week and month."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class AutomaticBackup:
    """The outcome of one automatic backup."""

    info: BackupInfo
    outside: bool
    """Made in the clerk's chosen folder (off the PC), not in the local fallback."""
    removed: tuple[Path, ...]


def _moment(path: Path) -> dt.datetime | None:
    found = NAME.match(path.name)
    if not found:
        return None
    return dt.datetime.strptime(found.group(1) + found.group(2), "%Y%m%d%H%M%S")


def automatic_backups(folder: Path) -> list[tuple[dt.datetime, Path]]:
    """The program's automatic backups in a folder, newest first."""
    if not folder.is_dir():
        return []
    found = [(moment, path) for path in folder.iterdir() if (moment := _moment(path))]
    return sorted(found, reverse=True)


def to_remove(folder: Path, retention: Retention) -> list[Path]:
    """Backups beyond the rotation (never one of the newest of its day/week/month)."""
    kept: set[Path] = set()
    for key, limit in (
        (lambda m: m.date(), retention.daily),
        (lambda m: m.isocalendar()[:2], retention.weekly),
        (lambda m: (m.year, m.month), retention.monthly),
    ):
        seen: list[object] = []
        for moment, path in automatic_backups(folder):
            period = key(moment)
            if period not in seen:
                seen.append(period)
                if len(seen) <= limit:
                    kept.add(path)
    return [path for _moment_, path in automatic_backups(folder) if path not in kept]


def due(folders: list[Path], now: dt.datetime) -> bool:
    """At most one automatic backup a day, across the chosen and the local folder."""
    for folder in folders:
        backups = automatic_backups(folder)
        if backups and backups[0][0].date() >= now.date():
            return False
    return True


def make_automatic_backup(
    database: Database,
    data_folder: Path,
    chosen: Path | None,
    local: Path,
    *,
    now: dt.datetime | None = None,
    retention: Retention = Retention(),  # noqa: B008 - frozen, never mutated
) -> AutomaticBackup:
    """Back up into the chosen folder if it is there, else locally; then rotate.

    On a shared database this PC first puts in it any attachment only it has (one
    attached before the database kept attachment contents), so every PC can open it.
    """
    now = now or dt.datetime.now()
    attachments.share_contents(database.session_factory, data_folder)
    outside = chosen is not None and chosen.is_dir()
    folder = chosen if outside and chosen is not None else local
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"giamsat-{now:%Y%m%d-%H%M%S}.zip"
    info = make_backup(
        database,
        data_folder,
        target,
        include_attachments=False,
        shared_store=folder / SHARED_STORE,
        kind="automatic",
    )
    removed = []
    for path in to_remove(folder, retention):
        path.unlink(missing_ok=True)
        removed.append(path)
    return AutomaticBackup(info, outside, tuple(removed))


def latest_good_backup(folders: list[Path], data_folder: Path | None = None) -> Path | None:
    """The newest archive in these folders that passes every check (for a damaged database).

    The archives' database copies are checked in a working folder inside ``data_folder``.
    """
    from giamsat_desktop.services.safety.backup import verify_backup

    candidates = sorted(
        (path for folder in folders if folder.is_dir() for path in folder.glob("*.zip")),
        key=lambda path: path.stat().st_mtime,
        reverse=True,
    )
    for path in candidates:
        try:
            verify_backup(path, data_folder)
        except Exception:  # noqa: BLE001, S112 - a bad archive is skipped, the next one tried
            continue
        return path
    return None


def days_since(moment_iso: str, now: dt.datetime) -> int | None:
    """Whole days since a recorded moment (None if never)."""
    try:
        then = dt.datetime.fromisoformat(moment_iso)
    except ValueError:
        return None
    return (now.date() - then.date()).days
