"""Names, room and rotation of the safety copies taken before an import, an upgrade, a restore.

Several databases may live in one folder and be worked on at once (several commands, or a
window and a command), so a safety copy's name can be taken by no other process: it holds
the database's own name, the moment to the millisecond and a random part, and the file is
created exclusively before anything is written under that name. The name says whose copy
it is, so the copies of one database are rotated without touching another's.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
import shutil
import time
from pathlib import Path

from giamsat_desktop.domain.errors import ErrorCode, StorageError

KEEP_BEFORE_IMPORT = 10
"""Safety copies taken before imports kept per database (the newest)."""
RESERVE = 2 * 1024 * 1024
"""Room left free beyond a safety copy, for the operation it protects (at least this much)."""
LEFTOVER_AGE = 3600.0
"""Seconds after which a half-written copy (its process killed) is removed."""
_STAMP = r"\d{8}-\d{6}-\d{3}"
_RANDOM = r"[0-9a-f]{6}"
_UNSAFE = re.compile(r"[^0-9A-Za-z._-]+")


def owner_name(name: str) -> str:
    """A database's name as it appears in its safety copies' names (file name or server db)."""
    cleaned = _UNSAFE.sub("_", name).strip("._") or "giamsat"
    return cleaned[:80]


def claim(folder: Path, label: str, owner: str, suffix: str) -> Path:
    """Create, exclusively, an empty file under a name no other process can take; its path.

    The name is ``<label>-<owner>-<YYYYMMDD-HHMMSS-mmm>-<random><suffix>``. The caller
    writes the copy over it (a rename) or calls :func:`discard` when the copy fails.

    Raises:
        StorageError: the folder cannot be written.
    """
    owner = owner_name(owner)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        while True:
            now = dt.datetime.now()
            stamp = f"{now:%Y%m%d-%H%M%S}-{now.microsecond // 1000:03d}"
            path = folder / f"{label}-{owner}-{stamp}-{secrets.token_hex(3)}{suffix}"
            try:
                handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                continue  # one chance in sixteen million within the same millisecond
            os.close(handle)
            return path
    except OSError as exc:
        raise StorageError(ErrorCode.BACKUP_FAILED, path=str(folder), detail=str(exc)) from exc


def discard(path: Path) -> None:
    """Give back a claimed name whose copy failed (only while it is still empty)."""
    with contextlib.suppress(OSError):
        if path.stat().st_size == 0:
            path.unlink()


def copies_of(folder: Path, label: str, owner: str, suffix: str) -> list[Path]:
    """The finished safety copies of one database under one label, newest first."""
    pattern = re.compile(
        re.escape(f"{label}-{owner_name(owner)}-") + f"({_STAMP})-{_RANDOM}" + re.escape(suffix)
    )
    found: list[tuple[str, str, Path]] = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            matched = pattern.fullmatch(entry.name)
            if matched and entry.is_file() and entry.stat().st_size > 0:
                found.append((matched.group(1), entry.name, Path(entry.path)))
    return [path for _stamp, _name, path in sorted(found, reverse=True)]


def remove_leftovers(folder: Path, label: str, owner: str, suffix: str) -> None:
    """Remove what killed copies of this database left: empty claims, half-written copies.

    Only those over an hour old, so a copy being written right now is never touched.
    """
    pattern = re.compile(
        re.escape(f"{label}-{owner_name(owner)}-")
        + f"{_STAMP}-{_RANDOM}"
        + re.escape(suffix)
        + r"(\.partial)?"
    )
    hour_ago = time.time() - LEFTOVER_AGE
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            matched = pattern.fullmatch(entry.name)
            if not matched or not entry.is_file():
                continue
            with contextlib.suppress(OSError):
                info = entry.stat()
                leftover = matched.group(1) is not None or info.st_size == 0
                if leftover and info.st_mtime < hour_ago:
                    os.unlink(entry.path)


def make_room(folder: Path, needed: int, *, removable: list[Path] | None = None) -> None:
    """Refuse, changing nothing, when the disk cannot hold a copy of ``needed`` bytes.

    ``removable`` are older copies the rotation is about to remove: their room counts.

    Raises:
        StorageError: BACKUP_FAILED, saying how much room there is and how much is needed.
    """
    folder.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(folder).free
    freed = 0
    for path in removable or []:
        with contextlib.suppress(OSError):
            freed += path.stat().st_size
    wanted = needed + max(RESERVE, needed // 20) - freed
    if free < wanted:
        raise StorageError(
            ErrorCode.BACKUP_FAILED,
            path=str(folder),
            detail=(
                f"ổ đĩa chỉ còn trống {megabytes(free)}, không đủ cho bản sao an toàn "
                f"(cần khoảng {megabytes(wanted)}); chưa thay đổi gì trong dữ liệu. "
                "Hãy giải phóng chỗ trống trên ổ đĩa rồi làm lại."
            ),
            free=free,
            needed=wanted,
        )


def megabytes(size: int) -> str:
    """A size in MB with one decimal, written the Vietnamese way (``1,5 MB``)."""
    return f"{size / 1024 / 1024:.1f}".replace(".", ",") + " MB"


def rotate_and_claim(
    folder: Path, label: str, owner: str, suffix: str, *, needed: int, keep: int | None
) -> Path:
    """Make room for one more copy of this database, then claim its name.

    With ``keep``, the older copies beyond the newest ``keep - 1`` are removed, so with the
    new one there are at most ``keep``; nothing is removed when the disk is too small even so.
    """
    remove_leftovers(folder, label, owner, suffix)
    beyond = copies_of(folder, label, owner, suffix)[keep - 1 :] if keep else []
    make_room(folder, needed, removable=beyond)
    for path in beyond:
        with contextlib.suppress(OSError):
            path.unlink()
    return claim(folder, label, owner, suffix)
