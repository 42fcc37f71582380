"""Another process holding a database's lock, as a window or a command of the program would."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path


def hold(database: Path, holder: str) -> subprocess.Popen[str]:
    """Another process holding the database's lock (as ``holder``) until it is killed."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from pathlib import Path;"
            "from giamsat_desktop.services.safety.instance_lock import InstanceLock;"
            f"lock = InstanceLock(Path({str(database)!r}), holder={holder!r});"
            "assert lock.acquire(); print('held', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    return process


@contextlib.contextmanager
def held(database: Path, holder: str) -> Iterator[subprocess.Popen[str]]:
    """The lock held by another process for the block."""
    process = hold(database, holder)
    try:
        yield process
    finally:
        process.kill()
        process.wait()
