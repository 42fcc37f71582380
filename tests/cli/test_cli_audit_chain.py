"""`giamsat check` finds an audit log edited, or cut short, outside the program."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from giamsat_desktop.services.audit_log import check_chain
from giamsat_desktop.services.database import open_database
from giamsat_desktop.services.demo_data import create_demo_data

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
