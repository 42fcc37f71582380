"""The database's lock says who holds it: a window or a command, on which PC, since when."""

from __future__ import annotations

import getpass
import os
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from giamsat_desktop import __version__
from giamsat_desktop.domain.errors import ErrorCode, StorageError
from giamsat_desktop.messages import describe
from giamsat_desktop.services.safety.instance_lock import InstanceLock
from tests.hostile.disks import read_only
from tests.hostile.locks import hold


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "giamsat.sqlite3"


@pytest.fixture
def held_by_command(database: Path) -> Iterator[subprocess.Popen[str]]:
    process = hold(database, "import-excel")
    yield process
    process.kill()
    process.wait()


def test_a_second_import_is_told_which_command_holds_the_database(
    database: Path, held_by_command: subprocess.Popen[str]
) -> None:
    with pytest.raises(StorageError) as raised, InstanceLock(database, holder="import-excel"):
        pass

    error = raised.value
    assert error.code is ErrorCode.HELD_BY_COMMAND
    assert error.values["command"] == "import-excel"
    assert error.values["pid"] == held_by_command.pid
    assert error.values["host"] == socket.gethostname()
    assert error.values["user"] == getpass.getuser()
    assert error.values["program"] == f"giamsat {__version__}"
    sentence = describe(error.code, error.values)
    assert sentence.startswith(f"Cơ sở dữ liệu {database} đang được lệnh “import-excel” dùng")
    assert f"tiến trình {held_by_command.pid}" in sentence


def test_a_command_is_told_when_a_window_holds_the_database(database: Path) -> None:
    window = hold(database, "window")
    try:
        with pytest.raises(StorageError) as raised, InstanceLock(database, holder="demo-data"):
            pass
    finally:
        window.kill()
        window.wait()

    assert raised.value.code is ErrorCode.HELD_BY_WINDOW
    assert describe(raised.value.code, raised.value.values).startswith(
        f"Chương trình đang mở cơ sở dữ liệu {database} ở một cửa sổ (giamsat {__version__}, "
        f"máy {socket.gethostname()}"
    )


def test_a_holder_that_wrote_nothing_is_still_refused_plainly(database: Path) -> None:
    """An older program writes only its process number: the old sentence, never a crash."""
    holder = hold(database, "window")
    try:
        database.with_name(database.name + ".lock").write_bytes(b"12345")
        with pytest.raises(StorageError) as raised, InstanceLock(database):
            pass
    finally:
        holder.kill()
        holder.wait()

    assert raised.value.code is ErrorCode.ALREADY_RUNNING


def test_the_lock_is_taken_again_once_its_holder_is_gone(
    database: Path, held_by_command: subprocess.Popen[str]
) -> None:
    held_by_command.kill()
    held_by_command.wait()

    with InstanceLock(database, holder="import-excel") as lock:
        holder = lock.current_holder()

    assert holder is not None and (holder.holder, holder.pid) == ("import-excel", os.getpid())


def test_a_lock_in_a_read_only_folder_is_said_to_be_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "chỉ đọc"
    folder.mkdir()
    database = folder / "giamsat.sqlite3"

    with read_only(folder), pytest.raises(StorageError) as raised:
        InstanceLock(database, holder="import-excel").acquire()

    assert raised.value.code is ErrorCode.DATABASE_FOLDER_READ_ONLY
    assert describe(raised.value.code, raised.value.values).startswith(
        f"Thư mục {folder} của cơ sở dữ liệu chỉ cho đọc"
    )
