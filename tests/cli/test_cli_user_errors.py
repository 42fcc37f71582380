"""What a user can get wrong is said in one Vietnamese sentence, and nothing is lost.

Wrong numbers, an output that is a folder, a device or in a missing folder, a read-only
database, a full disk, a database another command holds: each command runs as the
installed program in a subprocess and must end with a non-zero code, one line on stderr
naming the problem, no traceback, never "lỗi không mong đợi" — and leave the files as
they were (``/dev/full`` stays a device).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile.disks import fill, read_only, small_disk

GIAMSAT = Path(sys.executable).parent / "giamsat"
YEAR = "2025"

OUTPUT_COMMANDS = {
    "backup": ("backup",),
    "export-register": ("export-register", "--year", YEAR),
    "report": ("report", "register-in", "--from", f"01/01/{YEAR}", "--to", f"31/12/{YEAR}"),
}
"""The commands that write a file named by ``-o``, with what they need besides it."""


def giamsat(
    home: Path,
    *args: str | Path,
    preexec: Callable[[], None] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIAMSAT_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("GIAMSAT_DATABASE_URL", None)
    return subprocess.run(
        [str(GIAMSAT), *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
        preexec_fn=preexec,
    )


def refused(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """The one line a refusal prints, after checking it is one and names the problem."""
    assert result.returncode != 0, result.stdout
    everything = result.stderr + result.stdout
    assert "Traceback" not in everything
    assert "không mong đợi" not in everything
    assert "sqlalche.me" not in everything
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("giamsat: ")
    for word in words:
        assert word in line, line
    return line


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo office's database, copied by each test that changes anything around it."""
    home = tmp_path_factory.mktemp("demo")
    database = home / "giamsat.sqlite3"
    result = giamsat(home, "--db", database, "demo-data")
    assert result.returncode == 0, result.stderr
    return database


@pytest.fixture
def office(demo: Path, tmp_path: Path) -> Path:
    """This test's own copy of the demo office (its database and its letters' files)."""
    folder = tmp_path / "dữ liệu"
    folder.mkdir()
    stored = demo.parent / ATTACHMENTS
    assert stored.is_dir()  # the demo's issued letters keep their files there
    shutil.copytree(stored, folder / ATTACHMENTS)
    return Path(shutil.copy2(demo, folder / demo.name))


ATTACHMENTS = "attachments"
"""The folder beside the database where the office's files are stored."""


def _only_the_office(office: Path) -> list[str]:
    """What the office's folder held before the command: nothing else may appear."""
    return sorted([office.name, ATTACHMENTS])


# ----- numbers no record or date can hold --------------------------------------------------------


def test_a_handling_slip_id_beyond_any_record_is_not_found(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "phieu.pdf"

    result = giamsat(tmp_path, "--db", demo, "report", "handling-slip", "--id", "9" * 23, "-o", out)

    assert refused(result) == f"giamsat: Không tìm thấy văn bản đến (mã số {'9' * 23})."
    assert not out.exists()


@pytest.mark.postgresql
@pytest.mark.parametrize("number", [str(2**31), "9" * 23])
def test_a_handling_slip_id_beyond_the_servers_keys_is_not_found(
    new_database_url: Callable[..., str], tmp_path: Path, number: str
) -> None:
    url = new_database_url(migrated=True)
    out = tmp_path / "phieu.pdf"

    result = giamsat(tmp_path, "--db", url, "report", "handling-slip", "--id", number, "-o", out)

    assert refused(result) == f"giamsat: Không tìm thấy văn bản đến (mã số {number})."
    assert not out.exists()


@pytest.mark.parametrize("year", ["9" * 20, "-5", "0", "10000"])
def test_a_year_no_date_can_hold_is_refused(demo: Path, tmp_path: Path, year: str) -> None:
    out = tmp_path / "so.xlsx"

    result = giamsat(tmp_path, "--db", demo, "export-register", "--year", year, "-o", out)

    line = refused(result, f"không có năm {year}", "từ 1 đến 9999")
    assert line.startswith("giamsat: tham số không đúng: --year: ")
    assert result.returncode == 2
    assert not out.exists()


# ----- the output: a folder, a missing folder, a device ------------------------------------------


@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
def test_an_output_that_is_a_folder_is_refused(demo: Path, tmp_path: Path, command: str) -> None:
    folder = tmp_path / "Báo cáo"
    folder.mkdir()

    result = giamsat(tmp_path, "--db", demo, *OUTPUT_COMMANDS[command], "-o", folder)

    refused(result, f"{folder} là một thư mục")
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Báo cáo"]


@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
def test_an_output_in_a_missing_folder_is_refused_and_no_folder_is_made(
    demo: Path, tmp_path: Path, command: str
) -> None:
    out = tmp_path / "Bao cao" / "nam-2025.bin"

    result = giamsat(tmp_path, "--db", demo, *OUTPUT_COMMANDS[command], "-o", out)

    refused(result, f"Không có thư mục {tmp_path / 'Bao cao'}")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(
    not Path("/dev/full").exists() or not stat.S_ISCHR(Path("/dev/full").stat().st_mode),
    reason="no /dev/full here",
)
@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
def test_an_output_to_dev_full_is_refused_and_the_device_stays(
    demo: Path, tmp_path: Path, command: str
) -> None:
    device = Path("/dev/full")
    before = sorted(p.name for p in Path("/dev").iterdir() if p.name.startswith(".full"))

    result = giamsat(tmp_path, "--db", demo, *OUTPUT_COMMANDS[command], "-o", device)

    refused(result, "/dev/full không phải là một tệp thường")
    assert stat.S_ISCHR(os.stat(device).st_mode)
    assert sorted(p.name for p in Path("/dev").iterdir() if p.name.startswith(".full")) == before


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe of POSIX")
def test_an_output_that_is_a_pipe_is_refused_and_stays_a_pipe(demo: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "ong"
    os.mkfifo(pipe)

    try:  # a program that opens the pipe waits for a reader that never comes
        result = giamsat(tmp_path, "--db", demo, *OUTPUT_COMMANDS["report"], "-o", pipe, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("the command opened the pipe and waited on it")

    refused(result, f"{pipe} không phải là một tệp thường")
    assert stat.S_ISFIFO(pipe.lstat().st_mode)


# ----- a failed write ---------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits of POSIX")
def test_a_write_the_system_refuses_is_reported_and_the_old_file_kept(
    demo: Path, tmp_path: Path
) -> None:
    """A file size limit (a FAT32 stick's 4 GB, here 64 KB) stops the print half-way."""
    import resource

    out = tmp_path / "so-den.pdf"
    out.write_bytes(b"%PDF-1.4 ban in truoc\n")

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    result = giamsat(tmp_path, "--db", demo, *OUTPUT_COMMANDS["report"], "-o", out, preexec=limited)

    refused(result, f"{out} lớn hơn mức ổ đĩa này cho phép")
    assert out.read_bytes() == b"%PDF-1.4 ban in truoc\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["so-den.pdf"]


@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
def test_an_output_on_a_full_disk_is_reported_and_nothing_is_left_half(
    demo: Path, tmp_path: Path, command: str
) -> None:
    with small_disk(tmp_path / "usb") as disk:
        out = disk / "nam-2025.bin"
        out.write_bytes(b"ban truoc")
        fill(disk)

        result = giamsat(tmp_path, "--db", demo, *OUTPUT_COMMANDS[command], "-o", out)

        refused(result, f"Ổ đĩa chứa {out} đã hết chỗ trống")
        assert out.read_bytes() == b"ban truoc"
        assert sorted(p.name for p in disk.iterdir()) == ["nam-2025.bin", "đầy"]


def test_a_database_on_a_full_disk_is_reported_and_keeps_its_data(tmp_path: Path) -> None:
    with small_disk(tmp_path / "o-nho") as disk:
        database = disk / "giamsat.sqlite3"
        assert giamsat(tmp_path, "--db", database, "init").returncode == 0
        fill(disk, leave=140 * 1024)  # room to open it, not to write the demo office
        before = sha256(database)

        result = giamsat(tmp_path, "--db", database, "demo-data")

        refused(result, f"Ổ đĩa chứa {database} đã hết chỗ trống")
        connection = sqlite3.connect(database)
        try:
            assert connection.execute("SELECT count(*) FROM incoming_documents").fetchone() == (0,)
        finally:
            connection.close()
        assert sha256(database) == before


# ----- a read-only database ---------------------------------------------------------------------


def as_a_copy_the_program_makes(database: Path) -> None:
    """Rollback journal instead of WAL: how every backup and safety copy is written."""
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


@pytest.mark.parametrize("command", ["check", *OUTPUT_COMMANDS])
def test_reading_commands_work_on_a_read_only_database_file(
    office: Path, tmp_path: Path, command: str
) -> None:
    as_a_copy_the_program_makes(office)
    before = sha256(office)
    out = tmp_path / "ra" / "nam-2025.bin"
    out.parent.mkdir()
    output = () if command == "check" else (*OUTPUT_COMMANDS[command], "-o", out)

    with read_only(office):
        result = giamsat(tmp_path, "--db", office, *(output or ("check",)))

    assert result.returncode == 0, result.stderr
    assert command == "check" or out.stat().st_size > 0
    assert sha256(office) == before
    assert sorted(p.name for p in office.parent.iterdir()) == _only_the_office(office)


@pytest.mark.parametrize("command", ["check", "export-register", "report"])
def test_reading_commands_work_in_a_read_only_folder(
    office: Path, tmp_path: Path, command: str
) -> None:
    out = tmp_path / "nam-2025.bin"
    output = () if command == "check" else (*OUTPUT_COMMANDS[command], "-o", out)

    with read_only(office, office.parent):
        result = giamsat(tmp_path, "--db", office, *(output or ("check",)))

    assert result.returncode == 0, result.stderr
    assert command == "check" or out.stat().st_size > 0
    assert sorted(p.name for p in office.parent.iterdir()) == _only_the_office(office)


@pytest.mark.parametrize("command", [("demo-data",), ("init",)])
def test_a_writing_command_on_a_read_only_database_file_says_so(
    office: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    as_a_copy_the_program_makes(office)
    before = sha256(office)

    with read_only(office):
        result = giamsat(tmp_path, "--db", office, *command)

    refused(result, f"Tệp cơ sở dữ liệu {office} chỉ cho đọc")
    assert sha256(office) == before


def test_a_writing_command_in_a_read_only_folder_says_so(office: Path, tmp_path: Path) -> None:
    """The lock file beside the database cannot be made: the folder is named."""
    with read_only(office.parent):
        result = giamsat(tmp_path, "--db", office, "demo-data")

    refused(result, f"Thư mục {office.parent} của cơ sở dữ liệu chỉ cho đọc")
    assert sorted(p.name for p in office.parent.iterdir()) == _only_the_office(office)


# ----- two commands at once ---------------------------------------------------------------------


def test_a_second_import_is_told_that_another_command_holds_the_database(
    office: Path, tmp_path: Path
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from pathlib import Path;"
            "from giamsat_desktop.services.safety.instance_lock import InstanceLock;"
            f"lock = InstanceLock(Path({str(office)!r}), holder='import-excel');"
            "assert lock.acquire(); print('held', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        workbook = tmp_path / "so-den.xlsx"
        exported = giamsat(
            tmp_path, "--db", office, "export-register", "--year", YEAR, "-o", workbook
        )
        assert exported.returncode == 0, exported.stderr  # reading is never refused
        result = giamsat(tmp_path, "--db", office, "import-excel", workbook)
    finally:
        holder.kill()
        holder.wait()

    refused(
        result,
        f"Cơ sở dữ liệu {office} đang được lệnh “import-excel” dùng",
        f"tiến trình {holder.pid}",
        "máy ",
        "người dùng ",
    )


def test_a_restore_on_a_full_disk_is_reported_as_such_and_keeps_the_data(
    demo: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "sao-luu.zip"
    assert giamsat(tmp_path, "--db", demo, "backup", "-o", archive).returncode == 0
    with small_disk(tmp_path / "o-nho") as disk:
        database = disk / "giamsat.sqlite3"
        assert giamsat(tmp_path, "--db", database, "init").returncode == 0
        fill(disk, leave=300 * 1024)  # room to open it, not to unpack the demo office
        before = sha256(database)

        result = giamsat(tmp_path, "--db", database, "restore", archive)

        line = refused(result, f"Ổ đĩa chứa {database} đã hết chỗ trống")
        assert "hỏng" not in line  # a full disk is not a damaged backup
        assert sha256(database) == before
