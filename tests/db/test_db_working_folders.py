"""What a killed backup leaves in the data folder is removed by the next command, whichever.

A backup builds its consistent copy in a working folder of the data folder (as large as the
database). A child process (``spawn``: a fresh interpreter, as the program starts) backs up
and is killed while that copy is there; the next ``giamsat check`` removes the folder,
while the folder of a backup still running is left alone.
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from multiprocessing.synchronize import Event
from pathlib import Path

import pytest

from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.safety.working_folders import OWNER, WorkingFolder, remove_stale

pytestmark = pytest.mark.sqlite_only

GIAMSAT = Path(sys.executable).parent / "giamsat"
SPAWN = multiprocessing.get_context("spawn")
BACKUP_PREFIX = ".dang-sao-luu-"


def _back_up_and_hang(url: str, data: str, target: str, copied: Event) -> None:
    """A backup that stops for good once its consistent copy is in the working folder."""
    from giamsat_desktop.services.safety import backup

    def copy_then_hang(source: Path, destination: Path) -> Path:
        made = real_copy(source, destination)
        copied.set()
        time.sleep(120)  # killed here
        return made

    real_copy = backup.backup_sqlite_file
    backup.backup_sqlite_file = copy_then_hang  # type: ignore[assignment]
    database = open_database(url, create=False)
    backup.make_backup(database, Path(data), Path(target))


def _hold_a_working_folder(data: str, ready: Event) -> None:
    with WorkingFolder(Path(data), BACKUP_PREFIX):
        ready.set()
        time.sleep(120)


def giamsat(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIAMSAT_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("GIAMSAT_DATABASE_URL", None)
    return subprocess.run(
        [str(GIAMSAT), *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """A database with a little data, in its own data folder."""
    path = tmp_path / "GiamSat" / "giamsat.sqlite3"
    database = open_database(f"sqlite:///{path}")
    try:
        with database.engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE padding (x BLOB)")
            connection.exec_driver_sql("INSERT INTO padding VALUES (zeroblob(4 * 1024 * 1024))")
    finally:
        database.close()
    return path


def working_folders(data: Path) -> list[Path]:
    return sorted(data.glob(f"{BACKUP_PREFIX}*"))


def test_a_killed_backup_leaves_its_copy_in_a_working_folder_with_its_pid(
    office: Path, tmp_path: Path
) -> None:
    copied = SPAWN.Event()
    child = SPAWN.Process(
        target=_back_up_and_hang,
        args=(f"sqlite:///{office}", str(office.parent), str(tmp_path / "sao-luu.zip"), copied),
    )
    child.start()
    assert copied.wait(60), "the backup did not make its copy"
    child.kill()
    child.join(30)

    (left,) = working_folders(office.parent)
    assert (left / "copy.sqlite3").stat().st_size > 4 * 1024 * 1024
    assert (left / OWNER).read_text().split()[0] == str(child.pid)


def test_check_removes_the_working_folder_of_a_killed_backup(office: Path, tmp_path: Path) -> None:
    copied = SPAWN.Event()
    child = SPAWN.Process(
        target=_back_up_and_hang,
        args=(f"sqlite:///{office}", str(office.parent), str(tmp_path / "sao-luu.zip"), copied),
    )
    child.start()
    assert copied.wait(60), "the backup did not make its copy"
    child.kill()
    child.join(30)
    assert working_folders(office.parent)

    result = giamsat(tmp_path / "home", "--db", office, "check")

    assert result.returncode == 0, result.stdout + result.stderr
    assert working_folders(office.parent) == []


def test_check_leaves_the_working_folder_of_a_backup_still_running(
    office: Path, tmp_path: Path
) -> None:
    ready = SPAWN.Event()
    child = SPAWN.Process(target=_hold_a_working_folder, args=(str(office.parent), ready))
    child.start()
    try:
        assert ready.wait(60)
        (running,) = working_folders(office.parent)

        assert giamsat(tmp_path / "home", "--db", office, "check").returncode == 0

        assert working_folders(office.parent) == [running]
    finally:
        child.kill()
        child.join(30)


def test_any_command_that_opens_the_database_removes_them(office: Path, tmp_path: Path) -> None:
    ready = SPAWN.Event()
    child = SPAWN.Process(target=_hold_a_working_folder, args=(str(office.parent), ready))
    child.start()
    assert ready.wait(60)
    child.kill()
    child.join(30)

    result = giamsat(
        tmp_path / "home",
        "--db",
        office,
        "export-register",
        "--year",
        "2026",
        "-o",
        tmp_path / "so.xlsx",
    )

    assert result.returncode == 0, result.stderr
    assert working_folders(office.parent) == []


def test_a_folder_an_older_version_left_is_removed_once_an_hour_old(tmp_path: Path) -> None:
    old = tmp_path / f"{BACKUP_PREFIX}abc123"
    recent = tmp_path / f"{BACKUP_PREFIX}def456"
    for folder in (old, recent):
        folder.mkdir()
        (folder / "copy.sqlite3").write_bytes(b"\0" * 1024)
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))

    removed = remove_stale(tmp_path)

    assert removed == [old]
    assert not old.exists() and recent.exists()


def test_a_folder_not_made_by_the_program_is_never_removed(tmp_path: Path) -> None:
    other = tmp_path / ".dang-lam-viec-cua-nguoi-khac"
    other.mkdir()
    two_hours_ago = time.time() - 7200
    os.utime(other, (two_hours_ago, two_hours_ago))

    assert remove_stale(tmp_path) == []
    assert other.exists()


def test_a_working_folder_is_removed_when_its_work_is_done(tmp_path: Path) -> None:
    with WorkingFolder(tmp_path, BACKUP_PREFIX) as working:
        (working.path / "copy.sqlite3").write_bytes(b"\0" * 1024)
        assert remove_stale(tmp_path) == []  # its owner, this process, still lives
    assert working_folders(tmp_path) == []


def test_a_folder_killed_while_being_removed_goes_at_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kill in the middle of removing a finished folder, its owner file already gone."""
    from giamsat_desktop.services.safety import working_folders as module

    def killed_after_the_owner(path: Path, ignore_errors: bool = False) -> None:
        (Path(path) / OWNER).unlink()  # the first file deleted, then the kill

    with monkeypatch.context() as patch:
        patch.setattr(module.shutil, "rmtree", killed_after_the_owner)
        with WorkingFolder(tmp_path, BACKUP_PREFIX) as working:
            (working.path / "copy.sqlite3").write_bytes(b"\0" * 1024)
    left = [entry.name for entry in tmp_path.iterdir()]
    assert len(left) == 1 and not (tmp_path / left[0] / OWNER).exists()

    assert [path.name for path in remove_stale(tmp_path)] == left  # at once, not in an hour
    assert list(tmp_path.iterdir()) == []
