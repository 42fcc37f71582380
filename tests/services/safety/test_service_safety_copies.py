"""Safety copies before an import: their own name, rotated per database, never filling a disk."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from types import SimpleNamespace

import pytest

from giamsat_desktop.db.engine import make_engine
from giamsat_desktop.db.migrate import upgrade
from giamsat_desktop.domain.errors import ErrorCode, StorageError
from giamsat_desktop.messages import describe
from giamsat_desktop.services.safety import safety_copies
from giamsat_desktop.services.safety.backup import quick_snapshot
from giamsat_desktop.services.safety.database import Database, open_database
from giamsat_desktop.services.safety.safety_copies import claim, copies_of, remove_leftovers

pytestmark = pytest.mark.sqlite_only


def url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def two_databases(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    first = open_database(url(tmp_path / "giamsat.sqlite3"))
    second = open_database(url(tmp_path / "xa-cu.sqlite3"))
    yield first, second
    first.close()
    second.close()


def test_a_safety_copy_is_named_after_its_database_to_the_millisecond(
    two_databases: tuple[Database, Database],
) -> None:
    first, _second = two_databases
    copy = quick_snapshot(first, "truoc-nhap")
    assert copy is not None
    label, rest = copy.name.split("-giamsat.sqlite3-")
    assert label == "truoc-nhap"
    day, moment, millisecond, random_part = rest.removesuffix(".sqlite3").split("-")
    assert (len(day), len(moment), len(millisecond), len(random_part)) == (8, 6, 3, 6)


def test_names_claimed_in_the_same_millisecond_are_all_different(tmp_path: Path) -> None:
    claimed = [claim(tmp_path, "truoc-nhap", "giamsat.sqlite3", ".sqlite3") for _ in range(300)]
    assert len(set(claimed)) == 300
    assert all(path.exists() and path.stat().st_size == 0 for path in claimed)


def test_the_copy_is_a_sound_database_of_the_moment(
    two_databases: tuple[Database, Database],
) -> None:
    first, _second = two_databases
    copy = quick_snapshot(first, "truoc-nhap")
    assert copy is not None
    with closing(sqlite3.connect(copy)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_rotation_keeps_the_newest_of_one_database_and_never_touches_anothers(
    two_databases: tuple[Database, Database],
) -> None:
    first, second = two_databases
    others = [quick_snapshot(second, "truoc-nhap") for _ in range(3)]
    mine = [quick_snapshot(first, "truoc-nhap", keep=4) for _ in range(7)]
    assert first.sqlite_file is not None
    folder = first.sqlite_file.parent / "backups"
    assert copies_of(folder, "truoc-nhap", "giamsat.sqlite3", ".sqlite3") == mine[::-1][:4]
    assert all(path is not None and path.exists() for path in others)


def test_rotation_never_removes_a_file_it_did_not_name(
    two_databases: tuple[Database, Database],
) -> None:
    first, _second = two_databases
    assert first.sqlite_file is not None
    folder = first.sqlite_file.parent / "backups"
    folder.mkdir()
    foreign = [
        "truoc-nhap-20260101-090000.sqlite3",  # an older version's name: whose, nobody knows
        "truoc-khoi-phuc-20250101-090000.zip",
        "truoc-nhap-giamsat.sqlite3-ghi-chu.txt",
        "giamsat-20261123-173000.zip",
    ]
    for name in foreign:
        (folder / name).write_bytes(b"x")
    for _ in range(3):
        quick_snapshot(first, "truoc-nhap", keep=1)
    assert sorted(path.name for path in folder.iterdir() if path.name in foreign) == sorted(foreign)


def test_leftovers_of_a_killed_copy_are_removed_once_an_hour_old(tmp_path: Path) -> None:
    old_claim = claim(tmp_path, "truoc-nhap", "giamsat.sqlite3", ".sqlite3")
    old_partial = old_claim.with_name(old_claim.name + ".partial")
    old_partial.write_bytes(b"half a copy")
    new_claim = claim(tmp_path, "truoc-nhap", "giamsat.sqlite3", ".sqlite3")
    new_partial = new_claim.with_name(new_claim.name + ".partial")
    new_partial.write_bytes(b"being written")
    hours_ago = time.time() - 2 * 3600
    for path in (old_claim, old_partial):
        os.utime(path, (hours_ago, hours_ago))

    remove_leftovers(tmp_path, "truoc-nhap", "giamsat.sqlite3", ".sqlite3")

    assert not old_claim.exists() and not old_partial.exists()
    assert new_claim.exists() and new_partial.exists()


def test_no_room_for_the_copy_refuses_in_a_sentence_and_changes_nothing(
    two_databases: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _second = two_databases
    kept = [quick_snapshot(first, "truoc-nhap", keep=2) for _ in range(2)]
    assert first.sqlite_file is not None
    folder = first.sqlite_file.parent / "backups"
    before = sorted(folder.iterdir())
    usage = shutil.disk_usage(folder)
    monkeypatch.setattr(
        safety_copies.shutil,
        "disk_usage",
        lambda _path: SimpleNamespace(total=usage.total, used=usage.total, free=512 * 1024),
    )

    with pytest.raises(StorageError) as refused:
        quick_snapshot(first, "truoc-nhap", keep=2)

    assert refused.value.code is ErrorCode.BACKUP_FAILED
    sentence = describe(refused.value.code.value, refused.value.values)
    assert "ổ đĩa chỉ còn trống 0,5 MB" in sentence
    assert "chưa thay đổi gì" in sentence
    assert sorted(folder.iterdir()) == before
    assert all(path is not None and path.exists() for path in kept)


def test_the_room_the_rotation_frees_counts(
    two_databases: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _second = two_databases
    assert first.sqlite_file is not None
    oldest = quick_snapshot(first, "truoc-nhap")
    assert oldest is not None
    with closing(sqlite3.connect(oldest)) as connection:  # an old copy of a bigger register
        connection.execute("CREATE TABLE padding (x BLOB)")
        connection.execute("INSERT INTO padding VALUES (zeroblob(8 * 1024 * 1024))")
        connection.commit()
    usage = shutil.disk_usage(oldest.parent)
    monkeypatch.setattr(
        safety_copies.shutil,
        "disk_usage",
        lambda _path: SimpleNamespace(total=usage.total, used=usage.total, free=1024 * 1024),
    )

    newest = quick_snapshot(first, "truoc-nhap", keep=1)

    assert newest is not None and newest.exists() and not oldest.exists()


def test_a_shared_server_database_takes_no_file_copy(tmp_path: Path) -> None:
    server = Database("postgresql://may-chu/giamsat", None, None, None)  # type: ignore[arg-type]
    assert quick_snapshot(server, "truoc-nhap") is None


def test_the_copy_before_an_upgrade_is_named_after_its_database(tmp_path: Path) -> None:
    path = tmp_path / "xa-tan-hung.sqlite3"
    engine = make_engine(url(path))
    try:
        upgrade(engine, "0001")
    finally:
        engine.dispose()

    database = open_database(url(path))
    database.close()

    assert database.pre_migration_backup is not None
    assert database.pre_migration_backup.name.startswith("truoc-nang-cap-0001-xa-tan-hung.sqlite3-")
    assert database.pre_migration_backup.stat().st_size > 0
