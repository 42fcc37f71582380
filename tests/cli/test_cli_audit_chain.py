"""`giamsat check` finds an audit log edited, or cut short, outside the program."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from giamsat_desktop.config import display_location, settings_path
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.organizations import OrganizationDraft
from giamsat_desktop.services.catalog import organizations as catalog
from giamsat_desktop.services.changelog.audit_log import check_chain, known_head, remember_head
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.safety.database import Database, open_database

GIAMSAT = Path(sys.executable).parent / "giamsat"


def _check(home: Path, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIAMSAT_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [str(GIAMSAT), "--db", str(db), "check"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def _office(tmp_path: Path) -> Path:
    db = tmp_path / "giamsat.sqlite3"
    database = open_database(f"sqlite:///{db}")
    create_demo_data(database.session_factory, "small")
    head = check_chain(database.session_factory).head
    database.close()
    (tmp_path / "settings.json").write_text(
        json.dumps({"audit_heads": {str(db): head}}), encoding="utf-8"
    )
    return db


def test_a_sound_log_passes(tmp_path: Path) -> None:
    result = _check(tmp_path, _office(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "liền mạch" in result.stdout


def test_an_entry_edited_outside_is_found(tmp_path: Path) -> None:
    db = _office(tmp_path)
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE audit_entries SET changes = '{}' WHERE id = 3")
    result = _check(tmp_path, db)
    assert result.returncode == 1
    assert "mục nhật ký 3 đã bị sửa" in result.stdout


def test_a_tail_cut_off_outside_is_found(tmp_path: Path) -> None:
    db = _office(tmp_path)
    with sqlite3.connect(db) as connection:
        connection.execute(
            "DELETE FROM audit_entries WHERE id = (SELECT MAX(id) FROM audit_entries)"
        )
    result = _check(tmp_path, db)
    assert result.returncode == 1
    assert "thiếu các mục cuối" in result.stdout


# ----- with no head in the settings: the database's own head row -------------------------


def giamsat(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run a command as a clerk would, with this test's settings file (``GIAMSAT_HOME``)."""
    return subprocess.run(
        [str(GIAMSAT), "--db", url, *args],
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def demo_office(url: str) -> Database:
    result = giamsat(url, "demo-data")
    assert result.returncode == 0, result.stdout + result.stderr
    return open_database(url, create=False)


def run_sql(database: Database, statement: str) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(statement))


BOTH_ENGINES = pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"], indirect=True)
"""The commands below run on a SQLite file and on a shared PostgreSQL database."""


@pytest.fixture
def office_url(new_database_url: Callable[..., str]) -> str:
    return new_database_url(migrated=True)


@BOTH_ENGINES
def test_a_writing_command_keeps_the_new_head_in_the_settings(office_url: str) -> None:
    database = demo_office(office_url)
    try:
        assert known_head(database.location) == check_chain(database.session_factory).head
    finally:
        database.close()


@BOTH_ENGINES
def test_the_last_entries_deleted_with_no_head_in_the_settings_fail_the_check(
    office_url: str,
) -> None:
    database = demo_office(office_url)
    try:
        settings_path().unlink()  # no head in the settings: the window never closed here
        run_sql(
            database,
            "DELETE FROM audit_entries WHERE id > (SELECT MAX(id) - 3 FROM audit_entries)",
        )
    finally:
        database.close()

    result = giamsat(office_url, "check")

    assert result.returncode == 1, result.stdout
    assert "thiếu các mục cuối" in result.stdout
    assert "liền mạch" not in result.stdout


@BOTH_ENGINES
@pytest.mark.parametrize("also_the_head_row", [False, True], ids=["log", "log-and-head-row"])
def test_the_whole_log_deleted_with_no_head_in_the_settings_fails_the_check(
    office_url: str, also_the_head_row: bool
) -> None:
    database = demo_office(office_url)
    try:
        settings_path().unlink()
        run_sql(database, "DELETE FROM audit_entries")
        if also_the_head_row:
            run_sql(database, "DELETE FROM audit_head")
    finally:
        database.close()

    result = giamsat(office_url, "check")

    assert result.returncode == 1, result.stdout
    assert "thiếu các mục cuối" in result.stdout


@BOTH_ENGINES
def test_an_older_backup_restored_from_the_command_line_passes_the_check(
    office_url: str, tmp_path: Path
) -> None:
    database = demo_office(office_url)
    try:
        backed_up = giamsat(office_url, "backup", "-o", str(tmp_path / "sao-luu.zip"))
        assert backed_up.returncode == 0, backed_up.stdout + backed_up.stderr
        catalog.add_organization(
            database.session_factory,
            Actor("Lê Thị Mỹ Duyên", Role.CLERK),
            OrganizationDraft(code="TDP9", name="Tổ dân phố số 9", short_name="TDP 9"),
        )
        remember_head(database.session_factory, database.location)  # the window, at its close
        newer = known_head(database.location)
    finally:
        database.close()

    restored = giamsat(office_url, "restore", str(tmp_path / "sao-luu.zip"))
    assert restored.returncode == 0, restored.stdout + restored.stderr
    result = giamsat(office_url, "check")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "liền mạch" in result.stdout
    assert known_head(display_location(office_url)) != newer
