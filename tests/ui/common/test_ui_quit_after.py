"""``--quit-after``: the window started for a smoke run closes itself by the clerk's way out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

GIAMSAT = Path(sys.executable).parent / "giamsat"


def _start_window(home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "GIAMSAT_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "giamsat_desktop", *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_the_window_closes_itself_and_makes_the_days_backup(tmp_path: Path) -> None:
    database = tmp_path / "giamsat.sqlite3"
    office = ["--name", "Ủy ban MTTQ Việt Nam xã An Phú", "--level", "xa", "--place", "An Phú"]
    for command in (["init"], ["office", *office]):
        done = subprocess.run(
            [str(GIAMSAT), "--db", str(database), *command],
            env={**os.environ, "GIAMSAT_HOME": str(tmp_path)},
            capture_output=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr.decode("utf-8")

    backups_before = set(tmp_path.rglob("*.zip"))

    result = _start_window(tmp_path, "--db", str(database), "--quit-after", "1")

    assert result.returncode == 0, result.stderr
    assert "đóng MainWindow «Giám sát và phản biện xã hội - MTTQ Việt Nam»" in result.stderr
    assert "Traceback" not in result.stderr
    assert set(tmp_path.rglob("*.zip")) - backups_before, "closing made no automatic backup"


def test_a_new_pc_shows_the_first_run_wizard_in_the_chosen_language(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"language": "en"}', encoding="utf-8")

    result = _start_window(tmp_path, "--quit-after", "0.5")

    assert result.returncode == 0, result.stderr
    assert "đóng FirstRunWizard «First-run set-up of the office»" in result.stderr
    assert "MainWindow" not in result.stderr  # cancelled, the program stops there


def test_a_wrong_number_of_seconds_is_refused_in_a_sentence(tmp_path: Path) -> None:
    result = _start_window(tmp_path, "--quit-after", "mãi")

    assert result.returncode == 2
    assert "số giây không hợp lệ: mãi" in result.stderr
    assert not (tmp_path / "giamsat.sqlite3").exists()
