"""Unlucky disks, made at run time: read-only files and folders, a small disk that fills up.

A read-only file or folder is made with its permissions; as root, whom permissions do not
stop, with the immutable attribute (``chattr +i``) instead. A full disk is a 1 MB tmpfs,
which only root may mount: elsewhere (most CI runners) those tests are skipped.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

SMALL_DISK_BYTES = 1024 * 1024


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@contextlib.contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make files and folders read-only for the block (skipping where that cannot be done)."""
    if sys.platform == "win32":
        pytest.skip("read-only folders are not enforced on Windows")
    changed: list[Path] = []
    modes = {path: stat.S_IMODE(path.stat().st_mode) for path in paths}
    try:
        for path in paths:
            if _as_root():
                chattr = shutil.which("chattr")
                done = (
                    chattr is not None
                    and subprocess.run(
                        [chattr, "+i", str(path)], capture_output=True, check=False
                    ).returncode
                    == 0
                )
                if not done:
                    pytest.skip("as root a read-only file needs chattr +i, not available here")
            else:
                path.chmod(0o555 if path.is_dir() else 0o444)
            changed.append(path)
        yield
    finally:
        for path in reversed(changed):
            if _as_root():
                subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)
            else:
                path.chmod(modes[path])


@contextlib.contextmanager
def small_disk(folder: Path) -> Iterator[Path]:
    """A 1 MB disk mounted at ``folder`` for the block; the test is skipped if none can be."""
    if sys.platform != "linux" or not _as_root():
        pytest.skip("a small disk is a tmpfs, which only root may mount")
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SMALL_DISK_BYTES}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace')}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def fill(disk: Path, leave: int = 0) -> None:
    """Fill ``disk`` with one file until only about ``leave`` bytes stay free."""
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    size = max(free - leave, 0)
    with contextlib.suppress(OSError), (disk / "đầy").open("wb") as handle:
        handle.write(b"\0" * size)
        handle.flush()
        os.fsync(handle.fileno())
