"""Files the program writes for the clerk (prints, exports, backups, copies): whole or not at all.

Every output is written to a new file beside its target, flushed to the disk, and only
then put in the target's place. Only a regular file is ever replaced: a target that is
a folder, a device (``/dev/full``, ``NUL``), a pipe or anything else is refused before
any work starts, and checked again just before the replacement. A failed write (a full
disk, a read-only folder) leaves the target as it was, removes the partial file, and
is raised as a ``StorageError`` whose code says what went wrong.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

from giamsat_desktop.domain.errors import ErrorCode, StorageError

PARTIAL_SUFFIX = ".part"
"""Ending of the files being written (``.<name>.<random>.part``, beside the target)."""

_NO_SPACE = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_NOT_WRITABLE = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def check_target(path: Path) -> None:
    """Refuse, before any work, a target that cannot or must not be replaced by a file.

    Raises:
        StorageError: ``OUTPUT_IS_FOLDER``, ``OUTPUT_NOT_A_FILE`` (a device, a pipe, a
            socket, a link to nothing) or ``OUTPUT_FOLDER_MISSING``.
    """
    path = Path(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():  # a link to nothing: replacing it would hide where it pointed
            raise StorageError(ErrorCode.OUTPUT_NOT_A_FILE, path=str(path)) from None
        mode = None
    except NotADirectoryError:
        mode = None
    except OSError as exc:
        raise write_failure(exc, path) from exc
    if mode is not None:
        if stat.S_ISDIR(mode):
            raise StorageError(ErrorCode.OUTPUT_IS_FOLDER, path=str(path))
        if not stat.S_ISREG(mode):
            raise StorageError(ErrorCode.OUTPUT_NOT_A_FILE, path=str(path))
        return
    folder = path.parent
    if not folder.is_dir():
        raise StorageError(ErrorCode.OUTPUT_FOLDER_MISSING, path=str(path), folder=str(folder))


@contextlib.contextmanager
def output_file(path: Path) -> Iterator[Path]:
    """A new, empty file beside ``path`` to write into; it replaces ``path`` when the block ends.

    The caller writes the temporary file (by name: a renderer may even replace it with its
    own); when the block returns, the file is flushed to the disk and moved onto ``path``.
    If the block raises, ``path`` is left as it was and the temporary file is removed.

    Raises:
        StorageError: the target refused (see ``check_target``), or the write failed
            (``DISK_FULL``, ``OUTPUT_TOO_LARGE``, ``OUTPUT_NOT_WRITABLE``, ``WRITE_FAILED``).
            An ``OSError`` the block raises about another file, and ``InterruptedError``
            (a cancel), pass as they are.
    """
    path = Path(path)
    check_target(path)
    temporary = _new_partial(path)
    try:
        yield temporary
        _flush(temporary)
        check_target(path)  # still not a folder or a device, whatever happened meanwhile
        _keep_mode(path, temporary)
        os.replace(temporary, path)
        flush_folder(path.parent)
    except InterruptedError:
        _remove(temporary)
        raise
    except OSError as exc:
        _remove(temporary)
        if not _about(exc, path):
            raise
        raise write_failure(exc, path) from exc
    except BaseException:
        _remove(temporary)
        raise


def write_output(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all (see ``output_file``); returns ``path``."""
    with output_file(path) as temporary, temporary.open("wb") as handle:
        handle.write(data)
    return Path(path)


def write_failure(exc: OSError, path: Path) -> StorageError:
    """The typed error for an operating-system failure while writing ``path``."""
    code = exc.errno
    if code in _NO_SPACE:
        return StorageError(ErrorCode.DISK_FULL, path=str(path))
    if code in _NOT_WRITABLE:
        return StorageError(ErrorCode.OUTPUT_NOT_WRITABLE, path=str(path))
    if code == errno.EFBIG:
        return StorageError(ErrorCode.OUTPUT_TOO_LARGE, path=str(path))
    if code == errno.EISDIR:
        return StorageError(ErrorCode.OUTPUT_IS_FOLDER, path=str(path))
    if code in (errno.ENOENT, errno.ENOTDIR):
        folder = str(Path(path).parent)
        return StorageError(ErrorCode.OUTPUT_FOLDER_MISSING, path=str(path), folder=folder)
    return StorageError(ErrorCode.WRITE_FAILED, path=str(path), detail=exc.strerror or str(exc))


def _new_partial(path: Path) -> Path:
    """Create (exclusively) an empty file beside ``path`` under a name nobody else takes.

    Not ``mkstemp``: its private permissions would stay with the finished file.
    """
    for _attempt in range(20):
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}")
        try:
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        except OSError as exc:
            raise write_failure(exc, path) from exc
        return temporary
    raise StorageError(ErrorCode.WRITE_FAILED, path=str(path), detail="no free temporary name")


def _flush(temporary: Path) -> None:
    """Push the written bytes to the disk: a full disk shows here at the latest."""
    with temporary.open("rb+") as handle:
        os.fsync(handle.fileno())


def flush_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _keep_mode(path: Path, temporary: Path) -> None:
    """A replaced file keeps its permissions (one shared read-only with others stays so)."""
    with contextlib.suppress(OSError):
        os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))


def _about(exc: OSError, path: Path) -> bool:
    """Whether ``exc`` is about writing ``path`` (its folder), not about reading another file."""
    if exc.filename is None:
        return True
    return Path(os.fsdecode(exc.filename)).parent == path.parent


def _remove(temporary: Path) -> None:
    with contextlib.suppress(OSError):
        temporary.unlink(missing_ok=True)
