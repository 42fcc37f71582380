"""Every failure of a command in one sentence: what a user can cause is said, not traced.

A full disk, a read-only database or folder, a file the system refuses: each becomes the
typed error the window would show, instead of the library's English (and its link to
sqlalche.me).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from giamsat_desktop.cli.common import database_url, read_only
from giamsat_desktop.config import display_location, sqlite_path
from giamsat_desktop.domain.errors import ErrorCode, GiamsatError, StorageError

_SQLITE_FULL = "database or disk is full"
_SQLITE_READ_ONLY = "attempt to write a readonly database"
_SQLITE_CANNOT_OPEN = "unable to open database file"
_POSTGRES_DISK_FULL = "53100"
"""SQLSTATE ``disk_full``."""


def quiet_finalizer(_unraisable: object) -> None:
    """Say nothing of an error in a finalizer: the failure is reported once, in its sentence.

    A half-written file that a library closes while its failure is being reported (a zip
    archive after a full disk) fails again on closing; Python would print that as a
    traceback after the one line the commands promise.
    """


def known_failure(exc: BaseException, db_option: str | None) -> GiamsatError | None:
    """The typed error for a failure of the disk or the database that a user can cause.

    A full disk, a read-only database or folder, a file the system refuses: each is said
    in a sentence instead of the library's English (and its link to sqlalche.me).
    """
    cause = getattr(exc, "orig", None) or exc
    detail = str(cause)
    try:
        url = database_url(db_option)
    except Exception:  # noqa: BLE001 - naming the database is a courtesy here
        url = db_option or ""
    location = display_location(url) if url else "?"
    if isinstance(cause, OSError):
        return _os_failure(cause, location)
    if _SQLITE_FULL in detail or getattr(cause, "sqlstate", None) == _POSTGRES_DISK_FULL:
        return StorageError(ErrorCode.DISK_FULL, path=location)
    if isinstance(cause, sqlite3.Error):
        path = sqlite_path(url) if url else None
        if path is not None and (_SQLITE_READ_ONLY in detail or _SQLITE_CANNOT_OPEN in detail):
            refusal = read_only(url, path) if path.exists() else None
            if refusal is not None:
                return refusal
            if _SQLITE_READ_ONLY in detail:
                return StorageError(ErrorCode.DATABASE_FILE_READ_ONLY, location=location)
    return None


def _os_failure(exc: OSError, location: str = "?") -> GiamsatError | None:
    """A sentence for what the system refused, about the file it names (else the database)."""
    if isinstance(exc, InterruptedError):
        return None
    path = Path(os.fsdecode(exc.filename)) if exc.filename is not None else None
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return StorageError(ErrorCode.DISK_FULL, path=str(path or location))
    if path is None:
        return None
    reason = _OS_REASONS.get(exc.errno or 0, exc.strerror or type(exc).__name__)
    return StorageError(ErrorCode.FILE_ERROR, path=str(path), detail=reason)


_OS_REASONS = {
    errno.EACCES: "không có quyền",
    errno.EPERM: "hệ thống không cho phép",
    errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.EISDIR: "đó là một thư mục",
    errno.ENOTDIR: "đường dẫn đi qua một thứ không phải thư mục",
    errno.ENOENT: "không có tệp hoặc thư mục đó",
    errno.EIO: "lỗi đọc ghi của ổ đĩa",
    errno.EFBIG: "tệp vượt quá kích thước hệ thống cho phép",
    errno.EBUSY: "tệp đang bị chương trình khác giữ",
    errno.ENAMETOOLONG: "tên quá dài",
}
"""What the system's refusals mean, for the files named in a failure."""


def one_line(message: str) -> str:
    """The reason on one line, without the SQL, values and links a database error may carry."""
    cut = message.split("[SQL:", 1)[0].split("(Background on this error at:", 1)[0]
    return " ".join(cut.split())
