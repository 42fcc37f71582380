"""A killed restore leaves nothing in the system's temp, and the next command clears the rest.

A restore killed while it checked the archive used to leave the archive's whole database
(590 MB for a large office) as ``check.sqlite3`` in the system's temp folder, which
nothing removed, and one killed while it put the database in place left
``.giamsat.sqlite3.restoring`` beside it. Now every working copy is in a working folder
inside the data folder, owned by the restore's process; the next restore or backup
removes those whose process is gone.

The restore runs in a child process that stops at a known step (after writing the
archive's database out, or just before the rename) and is killed there with SIGKILL.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from hashlib import sha256
from pathlib import Path

import pytest

from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.safety.backup import make_backup
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.safety.restore import restore_backup

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"),
]

TODAY = dt.date(2026, 11, 23)
ROOT = Path(__file__).resolve().parents[3]

CHILD = """
import os, shutil, sys, time
from pathlib import Path

target, archive, marker, step = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]

def stop_here():
    marker.write_text("here")
    time.sleep(120)

if step == "checking":
    # Stop once the archive's database has been written out to be checked.
    copy = shutil.copyfileobj
    def copy_then_stop(source, out, *args, **kwargs):
        copy(source, out, *args, **kwargs)
        if str(getattr(out, "name", "")).endswith(".sqlite3"):
            out.flush()
            stop_here()
    shutil.copyfileobj = copy_then_stop
else:
    # Stop just before the database is put in place.
    replace = os.replace
    def stop_before_the_rename(source, destination, *args, **kwargs):
        if Path(destination) == target:
            stop_here()
        return replace(source, destination, *args, **kwargs)
    os.replace = stop_before_the_rename

from giamsat_desktop.services.safety.restore import restore_backup
restore_backup(f"sqlite:///{target}", archive, target.parent, target.parent / "backups")
"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A backup of the demo commune."""
    root = tmp_path_factory.mktemp("van-phong")
    database = open_database(f"sqlite:///{root / 'GiamSat' / 'giamsat.sqlite3'}")
    try:
        create_demo_data(database.session_factory, "small", today=TODAY)
        return make_backup(database, root / "GiamSat", root / "sao-luu.zip").path
    finally:
        database.close()


def killed_restore(archive: Path, target: Path, step: str, system_temp: Path) -> None:
    """Run a restore in a child process, stop it at ``step`` and kill it there."""
    marker = target.parent.parent / "da-dung.txt"
    environment = dict(os.environ, TMPDIR=str(system_temp), TEMP=str(system_temp))
    environment["PYTHONPATH"] = os.pathsep.join(
        part for part in (os.environ.get("PYTHONPATH"), str(ROOT)) if part
    )
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target), str(archive), str(marker), step],
        env=environment,
        cwd=target.parent,
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, "the restore ended before the step it should stop at"
            assert time.monotonic() < deadline, "the restore never reached the step"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)


def files_under(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())


def large_files(folder: Path) -> list[str]:
    """Files the size of a database (the demo office's is over 100 KB)."""
    return [name for name in files_under(folder) if (folder / name).stat().st_size > 64 * 1024]


def stored_attachment(folder: Path, name: str) -> bool:
    """Whether ``name`` is a file of the attachments store, named by its checksum."""
    path = folder / name
    return name.startswith("attachments/") and path.name == sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    """The large files in the data folder but the backups and the attachments store's files."""
    return [
        name
        for name in large_files(folder)
        if not name.startswith("backups/") and not stored_attachment(folder, name)
    ]


@pytest.fixture
def this_pc(archive: Path, tmp_path: Path) -> Path:
    """This PC's database, holding the office; its path."""
    target = tmp_path / "GiamSat" / "giamsat.sqlite3"
    restore_backup(f"sqlite:///{target}", archive, target.parent, target.parent / "backups")
    return target


@pytest.fixture
def system_temp(tmp_path: Path) -> Path:
    """The system's temp folder as the child process sees it."""
    folder = tmp_path / "temp-cua-he-thong"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("step", ["checking", "putting-in-place"])
def test_a_killed_restore_leaves_nothing_in_the_system_temp(
    archive: Path, this_pc: Path, system_temp: Path, step: str
) -> None:
    killed_restore(archive, this_pc, step, system_temp)
    assert files_under(system_temp) == []


@pytest.mark.parametrize("step", ["checking", "putting-in-place"])
def test_a_killed_restore_leaves_no_partial_database_beside_the_database(
    archive: Path, this_pc: Path, system_temp: Path, step: str
) -> None:
    before = this_pc.read_bytes()
    killed_restore(archive, this_pc, step, system_temp)
    beside = [path.name for path in this_pc.parent.iterdir() if path.is_file()]
    assert [name for name in beside if "restoring" in name or "partial" in name] == []
    assert this_pc.read_bytes() == before


@pytest.mark.parametrize("step", ["checking", "putting-in-place"])
def test_the_next_restore_removes_what_a_killed_one_left(
    archive: Path, this_pc: Path, system_temp: Path, step: str
) -> None:
    killed_restore(archive, this_pc, step, system_temp)
    assert large_files(this_pc.parent / ".") != []  # the killed one's working copy

    restore_backup(f"sqlite:///{this_pc}", archive, this_pc.parent, this_pc.parent / "backups")

    assert leftovers(this_pc.parent) == ["giamsat.sqlite3"]


def test_the_next_backup_removes_what_a_killed_restore_left(
    archive: Path, this_pc: Path, system_temp: Path, tmp_path: Path
) -> None:
    killed_restore(archive, this_pc, "putting-in-place", system_temp)

    database = open_database(f"sqlite:///{this_pc}")
    try:
        make_backup(database, this_pc.parent, tmp_path / "USB" / "sao-luu.zip")
    finally:
        database.close()

    assert leftovers(this_pc.parent) == ["giamsat.sqlite3"]


def test_the_next_restore_removes_partial_databases_whose_restore_is_gone(
    archive: Path, this_pc: Path
) -> None:
    old = this_pc.with_name(f".{this_pc.name}.restoring")  # an older version's, an hour ago
    dead = this_pc.with_name(f".{this_pc.name}.{finished_process()}-abcd.restoring")
    running = this_pc.with_name(f".{this_pc.name}.{os.getpid()}-abcd.restoring")
    for leftover in (old, dead, running):
        leftover.write_bytes(b"SQLite format 3\x00" + bytes(200_000))
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))

    restore_backup(f"sqlite:///{this_pc}", archive, this_pc.parent, this_pc.parent / "backups")

    assert (old.exists(), dead.exists(), running.exists()) == (False, False, True)


def finished_process() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid
