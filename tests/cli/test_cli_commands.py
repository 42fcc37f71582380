"""The headless commands, run end to end as the installed program in a subprocess."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from giamsat_desktop.db.migrate import head_revision
from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.demo_data import SIZES, create_demo_data
from giamsat_desktop.services.safety.database import open_database

GIAMSAT_SCRIPT = Path(sys.executable).parent / "giamsat"
MODULE = [sys.executable, "-m", "giamsat_desktop"]
SCRIPT = [str(GIAMSAT_SCRIPT)]


def run(
    *args: str, home: Path, via: list[str] = SCRIPT, database_url: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIAMSAT_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("GIAMSAT_DATABASE_URL", None)
    if database_url is not None:
        env["GIAMSAT_DATABASE_URL"] = database_url
    return subprocess.run(
        [*via, *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def assert_one_line_failure(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("giamsat: ")


def make_database(path: Path) -> Path:
    database = open_database(f"sqlite:///{path}")
    database.close()
    return path


def incoming_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM incoming_documents").fetchone()[0])
    finally:
        connection.close()


def revision_of(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


@pytest.mark.parametrize("via", [SCRIPT, MODULE], ids=["giamsat", "python -m"])
def test_version_prints_the_program_version(private_home: Path, via: list[str]) -> None:
    result = run("--version", home=private_home, via=via)

    assert result.returncode == 0
    assert result.stdout.strip() == f"giamsat {version('giamsat_desktop')}"


def test_init_creates_the_database_in_the_data_folder(private_home: Path) -> None:
    result = run("init", home=private_home, via=MODULE)

    assert result.returncode == 0, result.stderr
    assert revision_of(private_home / "giamsat.sqlite3") == head_revision()


def test_check_passes_a_healthy_database_and_names_its_revision(
    private_home: Path, tmp_path: Path
) -> None:
    path = make_database(tmp_path / "office.sqlite3")

    result = run("--db", str(path), "check", home=private_home)

    assert result.returncode == 0, result.stderr
    assert head_revision() in result.stdout


def test_check_of_a_missing_file_fails_in_one_line_and_creates_nothing(
    private_home: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.sqlite3"

    result = run("--db", str(missing), "check", home=private_home)

    assert_one_line_failure(result)
    assert not missing.exists()


def test_check_reports_a_database_of_a_newer_program_as_unhealthy(
    private_home: Path, tmp_path: Path
) -> None:
    path = make_database(tmp_path / "newer.sqlite3")
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    connection.commit()
    connection.close()

    result = run("--db", str(path), "check", home=private_home)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout


def test_check_of_a_corrupted_file_fails_without_a_traceback(
    private_home: Path, tmp_path: Path
) -> None:
    path = tmp_path / "damaged.sqlite3"
    database = open_database(f"sqlite:///{path}")
    create_demo_data(database.session_factory, "small")
    database.close()
    size = path.stat().st_size
    assert size >= 20 * 4096
    with open(path, "r+b") as handle:  # four pages of garbage in the middle of the file
        handle.seek((size // 2) // 4096 * 4096)
        handle.write(b"\xa5" * 4 * 4096)

    result = run("--db", str(path), "check", home=private_home)

    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout


def test_demo_data_fills_the_database_with_a_small_office(private_home: Path) -> None:
    result = run("demo-data", "--size", "small", home=private_home)

    assert result.returncode == 0, result.stderr
    held = incoming_count(private_home / "giamsat.sqlite3")
    assert held >= SIZES["small"].incoming  # its register, and the replies entered since
    assert f"Đã tạo dữ liệu mẫu: {format_number(held)} văn bản đến, " in result.stdout


@pytest.mark.parametrize(
    "args",
    [["--bogus"], ["--bogus", "check"], ["frobnicate"], ["demo-data", "--size", "huge"]],
    ids=["unknown option", "unknown option with command", "unknown command", "bad size"],
)
def test_wrong_arguments_fail_in_one_short_line(private_home: Path, args: list[str]) -> None:
    result = run(*args, home=private_home)

    assert_one_line_failure(result)
    # One line that fits a terminal's few lines, even listing every command word.
    assert len(result.stderr) < 320
    assert result.stdout == ""
    assert not (private_home / "giamsat.sqlite3").exists()


@pytest.mark.parametrize(
    ("args", "named"),
    [(["--bogus", "check"], "--bogus"), (["demo-data", "--size", "huge"], "“huge”"), ([], "init")],
    ids=["unknown option", "bad size", "no command"],
)
def test_a_wrong_argument_is_named_in_vietnamese(
    private_home: Path, args: list[str], named: str
) -> None:
    result = run(*args, home=private_home)

    assert result.stderr.startswith("giamsat: tham số không đúng: ")
    assert named in result.stderr
    assert "invalid" not in result.stderr and "required" not in result.stderr


def test_the_database_url_from_the_environment_is_used_without_db(
    private_home: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "shared" / "office.sqlite3"

    result = run("init", home=private_home, database_url=f"sqlite:///{elsewhere}")

    assert result.returncode == 0, result.stderr
    assert revision_of(elsewhere) == head_revision()
    assert not (private_home / "giamsat.sqlite3").exists()
