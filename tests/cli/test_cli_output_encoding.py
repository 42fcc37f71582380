"""Output redirected on a Windows PC is written in UTF-8, not in the ANSI code page.

Windows encodes a redirected stream in its ANSI code page (cp1252 on most PCs), which has no
Vietnamese letters; ``PYTHONIOENCODING=cp1252`` gives a Linux run the same streams.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

GIAMSAT = Path(sys.executable).parent / "giamsat"


def _run(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "GIAMSAT_HOME": str(tmp_path), "PYTHONIOENCODING": "cp1252"}
    return subprocess.run(
        [str(GIAMSAT), *arguments], capture_output=True, env=env, timeout=120, check=False
    )


def test_a_report_redirected_to_a_file_keeps_its_vietnamese(tmp_path: Path) -> None:
    database = str(tmp_path / "giamsat.sqlite3")
    assert _run(tmp_path, "--db", database, "init").returncode == 0

    done = _run(tmp_path, "--db", database, "check")

    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "Lược đồ:" in done.stdout.decode("utf-8")
    assert "Tốt: dữ liệu toàn vẹn" in done.stdout.decode("utf-8")


def test_a_refusal_redirected_to_a_file_keeps_its_vietnamese(tmp_path: Path) -> None:
    done = _run(tmp_path, "--db", str(tmp_path / "khong-co.sqlite3"), "check")

    assert done.returncode == 2
    assert "Không có cơ sở dữ liệu tại" in done.stderr.decode("utf-8")
    assert b"Traceback" not in done.stderr
