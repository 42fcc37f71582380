"""One running program per database file, with a lock the operating system drops.

The lock is held on a small file beside the database for as long as the process lives;
when the process ends in any way (a power cut included) the system releases it, so an
office is never locked out by a stale lock file.

The holder writes who it is into the file (a window or which command, the program's
version, the PC, the user, since when, its process), so that a refused start can say
what holds the database. The first byte is the one locked (Windows forbids reading a
locked range); the description follows it, readable while the lock is held.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from giamsat_desktop import __version__
from giamsat_desktop.domain.errors import ErrorCode, StorageError

WINDOW = "window"
"""The holder a window names; a headless command names itself (``import-excel``)."""

_DESCRIPTION_AT = 1
"""Where the holder's description starts: after the locked byte."""
_MAX_DESCRIPTION = 4096


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a database, as the holder described itself."""

    holder: str
    """``window``, or the name of a headless command."""
    program: str
    host: str
    user: str
    since: str
    """Local time the lock was taken, ``dd/mm/yyyy HH:MM:SS``."""
    pid: int


class InstanceLock:
    """An exclusive, non-blocking lock on ``<database>.lock``."""

    def __init__(self, database_file: Path, holder: str = WINDOW) -> None:
        self.path = database_file.with_name(database_file.name + ".lock")
        self.holder = holder
        self._handle: int | None = None

    def acquire(self) -> bool:
        """Take the lock; False if another process holds it.

        Raises:
            StorageError: the lock file cannot be created (``DATABASE_FOLDER_READ_ONLY``:
                the folder is read-only or not this user's to write).
        """
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise StorageError(
                    ErrorCode.DATABASE_FOLDER_READ_ONLY, folder=str(self.path.parent)
                ) from exc
            raise
        if try_lock(handle) is not True:  # held elsewhere, or a file system without locks
            os.close(handle)
            return False
        with contextlib.suppress(OSError):  # the description is a courtesy, the lock is held
            os.ftruncate(handle, 0)
            os.lseek(handle, 0, os.SEEK_SET)
            os.write(handle, b"\n" + self._description())
        self._handle = handle
        return True

    def _description(self) -> bytes:
        record = {
            "holder": self.holder,
            "program": f"giamsat {__version__}",
            "host": socket.gethostname(),
            "user": _user(),
            "since": dt.datetime.now().strftime("%d/%m/%Y %H:%M:%S"),
            "pid": os.getpid(),
        }
        return json.dumps(record, ensure_ascii=False).encode("utf-8")

    def current_holder(self) -> LockHolder | None:
        """Who holds the lock, as written in the file; None if unknown (an older program)."""
        try:
            with self.path.open("rb") as handle:
                handle.seek(_DESCRIPTION_AT)
                record = json.loads(handle.read(_MAX_DESCRIPTION).decode("utf-8"))
            return LockHolder(
                holder=str(record["holder"]),
                program=str(record["program"]),
                host=str(record["host"]),
                user=str(record["user"]),
                since=str(record["since"]),
                pid=int(record["pid"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def refusal(self) -> StorageError:
        """The error that says what holds the database (when another process has it)."""
        location = str(self.path.with_name(self.path.name.removesuffix(".lock")))
        holder = self.current_holder()
        if holder is None:
            return StorageError(ErrorCode.ALREADY_RUNNING, location=location)
        values = {
            "location": location,
            "program": holder.program,
            "host": holder.host,
            "user": holder.user,
            "since": holder.since,
            "pid": holder.pid,
        }
        if holder.holder == WINDOW:
            return StorageError(ErrorCode.HELD_BY_WINDOW, **values)
        return StorageError(ErrorCode.HELD_BY_COMMAND, command=holder.holder, **values)

    def release(self) -> None:
        """Let another process open the database."""
        if self._handle is not None:
            os.close(self._handle)  # closing the descriptor drops the lock
            self._handle = None

    @property
    def held(self) -> bool:
        """Whether this process holds the lock."""
        return self._handle is not None

    def __enter__(self) -> InstanceLock:
        if not self.acquire():
            raise self.refusal()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _user() -> str:
    """The signed-in user's name, or ``?`` where the system has none to give."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "?"


def try_lock(handle: int) -> bool | None:
    """Take the file's lock without waiting, to learn whether its owner still runs.

    Returns:
        True if this process now holds it, False if another process does, None when the
        file system cannot say (no locks there).
    """
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except PermissionError:
        # Windows's answer for a region another process has locked.
        return False if sys.platform == "win32" else None
    except OSError:
        return None
    return True
