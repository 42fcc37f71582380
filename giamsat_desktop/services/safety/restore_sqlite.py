"""Restoring a SQLite database: a whole new file made aside, then one rename.

The new database (the archive's checked copy, or one built from its dump) is brought to
this program's schema in the working folder and put in place by a single rename; a copy
staged beside the target for a rename on its drive, and left there by a killed restore,
is removed by the next one (``remove_staged_leftovers``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import time
import zipfile
from pathlib import Path

from giamsat_desktop.db.engine import make_engine
from giamsat_desktop.db.migrate import schema_status, upgrade
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.services.files.output_files import flush_folder
from giamsat_desktop.services.safety.backup_check import CheckedArchive
from giamsat_desktop.services.safety.restore_rows import load_dump, plain_file_names
from giamsat_desktop.services.safety.working_folders import pid_alive

BUILT_NAME = "tu-du-lieu.sqlite3"
"""The database built from the dump, in the working folder."""
STAGED_SUFFIX = ".restoring"
"""A database copied beside its target on another drive, before the rename."""
STALE_AFTER = 3600.0
"""Seconds after which a staged copy left beside a database is a killed restore's."""


def build_from_dump(
    database: Path,
    archive_path: Path,
    archive: zipfile.ZipFile,
    checked: CheckedArchive,
    progress: Progress | None,
) -> None:
    """Make a SQLite database from the dump: the archive's schema, then its rows.

    ``progress`` follows the loading of the rows.
    """
    engine = make_engine(f"sqlite:///{database}")
    try:
        upgrade(engine, checked.manifest.schema_revision)
        with engine.connect() as connection, connection.begin():
            load_dump(connection, archive_path, archive, checked, progress)
    finally:
        engine.dispose()


def bring_to_newest(database: Path) -> None:
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


def put_in_place(database: Path, target: Path) -> None:
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
