"""Working folders of long operations (a backup's copy), and removing what a killed one left.

A backup builds its consistent copy in a folder inside the data folder, never in the
system's temp, so a power cut leaves nothing elsewhere on the PC. The folder holds an
``owner`` file with the process id, locked for as long as the process lives: the system
drops the lock when the process ends in any way. The next start of any command (opening or
checking a database) removes the folders whose owner is gone, so a killed backup leaves
nothing large behind for long. A folder whose owner cannot be told (one made by an older
version, or a file system without locks) is removed once nothing has touched it for an hour.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

from giamsat_desktop.services.safety.instance_lock import try_lock

PREFIX = ".dang-"
"""Every working folder's name starts so (``.dang-sao-luu-…`` for a backup)."""
BACKUP_PREFIX = ".dang-sao-luu-"
RESTORE_PREFIX = ".dang-khoi-phuc-"
CLAIM_PREFIX = ".dang-nhan-"
"""A folder being made: it gets its final name only once its owner file is locked and
written, so a kill at any moment leaves either a claimed folder or a tiny one by this name."""
REMOVING_PREFIX = ".dang-xoa-"
"""A folder whose work is done, being removed: nobody works in it, so it goes at once."""
CLAIM_STALE_AFTER = 60.0
"""Seconds after which a folder still being made was left by a killed process."""
KNOWN_PREFIXES = (BACKUP_PREFIX, RESTORE_PREFIX)
"""The program's working folders: one without an owner file (made by an older version)
is judged by its age alone; other names are never removed without an owner file."""
OWNER = "owner"
STALE_AFTER = 3600.0
"""Seconds without a sign of life after which a folder whose owner cannot be told is stale."""


class WorkingFolder:
    """A folder for one operation's working copies, owned by this process until closed.

    Use as a context manager; ``touch`` says the operation is still alive (a long backup
    calls it as it goes, so the age rule never removes a folder still in use).
    """

    def __init__(self, data_folder: Path, prefix: str) -> None:
        if not prefix.startswith(PREFIX):
            raise ValueError(f"a working folder's name starts with {PREFIX}")
        data_folder.mkdir(parents=True, exist_ok=True)
        claim = Path(tempfile.mkdtemp(prefix=CLAIM_PREFIX, dir=data_folder))
        self._handle: int | None = os.open(claim / OWNER, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
        for _attempt in range(200):  # another process may be looking at it for a moment
            if try_lock(self._handle) is not False:
                break  # held; or no locks on this file system: the pid and the age tell
            time.sleep(0.005)
        os.write(self._handle, f"{os.getpid()} {socket.gethostname()}\n".encode())
        self.path = data_folder / f"{prefix}{claim.name.removeprefix(CLAIM_PREFIX)}"
        os.rename(claim, self.path)  # the lock stays with the open file
        self._owner = self.path / OWNER

    def touch(self) -> None:
        """Mark the folder as in use now."""
        with contextlib.suppress(OSError):
            os.utime(self._owner)

    def close(self) -> None:
        """Remove the folder and everything in it.

        The folder is first renamed ``.dang-xoa-…``: a kill while its files are being
        deleted (the owner file perhaps among the first) leaves a name the next start
        removes at once, rather than a folder it could not judge for an hour.
        """
        if self._handle is not None:
            os.close(self._handle)  # closing drops the lock
            self._handle = None
        doomed = self.path.with_name(REMOVING_PREFIX + self.path.name.removeprefix(PREFIX))
        try:
            os.rename(self.path, doomed)
        except OSError:
            doomed = self.path
        shutil.rmtree(doomed, ignore_errors=True)

    def __enter__(self) -> WorkingFolder:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def remove_stale(data_folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove the working folders in ``data_folder`` that no live operation uses.

    Cheap enough for every start: one listing of the data folder. Never raises: a folder
    that cannot be removed now is left for the next time.

    Returns:
        The folders removed.
    """
    removed: list[Path] = []
    try:
        entries = [entry for entry in os.scandir(data_folder) if entry.name.startswith(PREFIX)]
    except OSError:
        return removed
    moment = time.time() if now is None else now
    for entry in entries:
        with contextlib.suppress(OSError):
            if not entry.is_dir(follow_symlinks=False):
                continue
            folder = Path(entry.path)
            if _stale(folder, moment):
                shutil.rmtree(folder, ignore_errors=True)
                if not folder.exists():
                    removed.append(folder)
    return removed


def _stale(folder: Path, now: float) -> bool:
    if folder.name.startswith(REMOVING_PREFIX):
        return True
    if folder.name.startswith(CLAIM_PREFIX):  # making one takes milliseconds
        return now - _last_sign_of_life(folder) > CLAIM_STALE_AFTER
    owner = folder / OWNER
    try:
        handle = os.open(owner, os.O_RDWR)
    except FileNotFoundError:
        # Made by an older version, or caught between being made and being claimed.
        ours = folder.name.startswith(KNOWN_PREFIXES)
        return ours and now - _last_sign_of_life(folder) > STALE_AFTER
    try:
        free = try_lock(handle)
        if free is False:
            return False  # its owner holds the lock: it lives
        pid, host = _owner_of(handle)
        if free:  # the system dropped the lock: its owner is gone, unless it is only now
            # between making the file and locking it (it writes its pid once locked)
            return pid is not None or now - _last_sign_of_life(folder) > STALE_AFTER
        if host == socket.gethostname() and pid is not None and not pid_alive(pid):
            return True
        return now - _last_sign_of_life(folder) > STALE_AFTER
    finally:
        os.close(handle)


def _last_sign_of_life(folder: Path) -> float:
    """The newest modification time of the folder or its owner file."""
    moments = [folder.stat().st_mtime]
    with contextlib.suppress(OSError):
        moments.append((folder / OWNER).stat().st_mtime)
    return max(moments)


def _owner_of(handle: int) -> tuple[int | None, str]:
    os.lseek(handle, 0, os.SEEK_SET)
    words = os.read(handle, 512).decode("utf-8", "replace").split()
    pid = int(words[0]) if words and words[0].isdigit() else None
    return pid, words[1] if len(words) > 1 else ""


def pid_alive(pid: int) -> bool:
    """Whether a process of this id runs on this PC (POSIX; elsewhere assumed alive)."""
    if sys.platform == "win32":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
