"""One running program per database file, with a lock the operating system drops.

The lock is held on a small file beside the database for as long as the process lives;
when the process ends in any way (a power cut included) the system releases it, so an
office is never locked out by a stale lock file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from giamsat_desktop.domain.errors import ErrorCode, StorageError


class InstanceLock:
    """An exclusive, non-blocking lock on ``<database>.lock``."""

    def __init__(self, database_file: Path) -> None:
        self.path = database_file.with_name(database_file.name + ".lock")
        self._handle: int | None = None

    def acquire(self) -> bool:
        """Take the lock; False if another process holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(handle)
            return False
        os.ftruncate(handle, 0)
        os.write(handle, str(os.getpid()).encode())
        self._handle = handle
        return True

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
            raise StorageError(ErrorCode.ALREADY_RUNNING, location=str(self.path.with_suffix("")))
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
