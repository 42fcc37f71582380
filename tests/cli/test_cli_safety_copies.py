"""The safety copy each ``giamsat import-excel`` takes first: its own, even when many run at once.

Several databases of one folder imported into at the same moment (a script filling the
registers of merged communes, say) each get a copy of their own data under a name no other
process can take, and the copies of one database are rotated without touching another's.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from types import SimpleNamespace

import pytest

from giamsat_desktop.cli import main
from giamsat_desktop.services.safety import safety_copies
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.safety.safety_copies import KEEP_BEFORE_IMPORT
from tests.cli.test_cli_import_excel import good_register

GIAMSAT = Path(sys.executable).parent / "giamsat"
PARALLEL = 16


def environment(home: Path) -> dict[str, str]:
    env = {**os.environ, "GIAMSAT_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("GIAMSAT_DATABASE_URL", None)
    return env


def start_import(home: Path, db: Path, workbook: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(GIAMSAT), "--db", str(db), "import-excel", str(workbook), *args],
        env=environment(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def mark_of(db: Path) -> str:
    """The organisation only this database holds: tells whose data a copy is."""
    return f"Tổ chức riêng của {db.stem}"


def new_database(db: Path) -> None:
    """A database whose data says which one it is."""
    database = open_database(f"sqlite:///{db}")
    try:
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO organizations (code, name, short_name, kind, active, sort_order,"
                " version) VALUES (?, ?, ?, 'khac', 1, 0, 1)",
                (db.stem.upper(), mark_of(db), db.stem),
            )
    finally:
        database.close()


def organisations_in(copy: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{copy}?mode=ro", uri=True)) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM organizations")]


def incoming_count(db: Path) -> int:
    with closing(sqlite3.connect(db)) as connection:
        return int(connection.execute("SELECT count(*) FROM incoming_documents").fetchone()[0])


@pytest.fixture(scope="module")
def parallel_imports(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, list[Path], list[tuple[int, str, str]]]:
    """Sixteen databases in one folder, each imported into by its own process at once."""
    folder = tmp_path_factory.mktemp("xa")
    home = tmp_path_factory.mktemp("home")
    workbook = good_register(tmp_path_factory.mktemp("so"), 1)
    databases = [folder / f"db{n}.sqlite3" for n in range(1, PARALLEL + 1)]
    for db in databases:
        new_database(db)
    running = [start_import(home, db, workbook) for db in databases]
    outcomes = []
    for process in running:
        out, err = process.communicate(timeout=300)
        outcomes.append((process.returncode, out, err))
    return folder, databases, outcomes


def test_parallel_imports_into_databases_of_one_folder_all_succeed(
    parallel_imports: tuple[Path, list[Path], list[tuple[int, str, str]]],
) -> None:
    _folder, databases, outcomes = parallel_imports
    failures = [
        (db.name, err) for db, (code, _out, err) in zip(databases, outcomes, strict=True) if code
    ]
    assert failures == []
    assert [incoming_count(db) for db in databases] == [1] * len(databases)


def test_each_database_has_one_safety_copy_named_after_it(
    parallel_imports: tuple[Path, list[Path], list[tuple[int, str, str]]],
) -> None:
    folder, databases, _outcomes = parallel_imports
    for db in databases:
        copies = sorted((folder / "backups").glob(f"truoc-nhap-{db.name}-*.sqlite3"))
        assert len(copies) == 1, db.name


def test_each_safety_copy_holds_its_own_databases_data(
    parallel_imports: tuple[Path, list[Path], list[tuple[int, str, str]]],
) -> None:
    folder, databases, _outcomes = parallel_imports
    for db in databases:
        (copy,) = (folder / "backups").glob(f"truoc-nhap-{db.name}-*.sqlite3")
        assert organisations_in(copy) == [mark_of(db)], copy.name
        assert incoming_count(copy) == 0  # taken before the import


def test_no_half_written_copy_is_left_beside_the_safety_copies(
    parallel_imports: tuple[Path, list[Path], list[tuple[int, str, str]]],
) -> None:
    folder, databases, _outcomes = parallel_imports
    names = sorted(path.name for path in (folder / "backups").iterdir())
    assert len(names) == len(databases)
    assert all(name.endswith(".sqlite3") for name in names)


def test_fifteen_imports_leave_the_newest_ten_safety_copies_of_that_database(
    tmp_path: Path,
) -> None:
    db, other = tmp_path / "giamsat.sqlite3", tmp_path / "xa-cu.sqlite3"
    new_database(db)
    new_database(other)
    home = tmp_path / "home"
    workbook = good_register(tmp_path, 1)
    assert start_import(home, other, workbook).wait(120) == 0
    backups = tmp_path / "backups"
    made: list[str] = []
    for n in range(15):
        before = set(backups.glob("truoc-nhap-giamsat.sqlite3-*"))
        process = start_import(home, db, workbook, "--book", f"Sổ đến xã cũ số {n + 1}")
        _out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        (new,) = set(backups.glob("truoc-nhap-giamsat.sqlite3-*")) - before
        made.append(new.name)

    kept = sorted(path.name for path in backups.glob("truoc-nhap-giamsat.sqlite3-*"))
    assert KEEP_BEFORE_IMPORT == 10
    assert kept == made[-10:]
    assert incoming_count(db) == 15
    assert len(list(backups.glob("truoc-nhap-xa-cu.sqlite3-*"))) == 1  # another's: untouched


def test_an_import_without_room_for_its_safety_copy_is_refused_and_imports_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "giamsat.sqlite3"
    new_database(db)
    workbook = good_register(tmp_path, 2)
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(
        safety_copies.shutil,
        "disk_usage",
        lambda _path: SimpleNamespace(total=usage.total, used=usage.total, free=1024 * 1024),
    )

    code = main(["--db", str(db), "import-excel", str(workbook)])

    (line,) = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert "ổ đĩa chỉ còn trống 1,0 MB, không đủ cho bản sao an toàn" in line
    assert "chưa thay đổi gì" in line
    assert incoming_count(db) == 0
    assert not list((tmp_path / "backups").glob("*"))
