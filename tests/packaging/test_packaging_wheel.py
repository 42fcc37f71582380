"""An installed program carries its migrations, fonts, icons and translations."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_ships_resources_translations_and_migrations(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("giamsat_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "giamsat_desktop/i18n/giamsat_en.qm" in names
    assert "giamsat_desktop/i18n/qtbase_vi.qm" in names
    assert "giamsat_desktop/resources/icons/giamsat.svg" in names
    assert "giamsat_desktop/db/migrations/env.py" in names
    assert any(n.startswith("giamsat_desktop/db/migrations/versions/0001") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "giamsat = giamsat_desktop.cli:main" in text
    assert "giamsat-desktop = giamsat_desktop.app:main" in text
