"""The register commands end to end: demo office → print, export."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

GIAMSAT = Path(sys.executable).parent / "giamsat"


def giamsat(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIAMSAT_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("GIAMSAT_DATABASE_URL", None)
    return subprocess.run(
        [str(GIAMSAT), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    home = tmp_path_factory.mktemp("demo-home")
    db = home / "demo.sqlite3"
    result = giamsat(home, "--db", str(db), "demo-data")
    assert result.returncode == 0, result.stderr
    return home, db


def test_report_register_in_prints_the_year(demo: tuple[Path, Path], tmp_path: Path) -> None:
    home, db = demo
    year = dt.date.today().year
    out = tmp_path / "so-den.pdf"
    result = giamsat(
        home,
        "--db",
        str(db),
        "report",
        "register-in",
        "--from",
        f"01/01/{year}",
        "--to",
        f"31/12/{year}",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    cover = reader.pages[0].extract_text()
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN" in cover
    assert f"Năm: {year}" in cover or str(year) in cover
    assert len(reader.pages) > 3


def test_report_register_out_and_handling_slip(demo: tuple[Path, Path], tmp_path: Path) -> None:
    home, db = demo
    register_out = giamsat(
        home, "--db", str(db), "report", "register-out", "-o", str(tmp_path / "di.pdf")
    )
    slip = giamsat(
        home,
        "--db",
        str(db),
        "report",
        "handling-slip",
        "--id",
        "1",
        "-o",
        str(tmp_path / "phieu.pdf"),
    )
    assert register_out.returncode == 0, register_out.stderr
    assert slip.returncode == 0, slip.stderr
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in PdfReader(tmp_path / "di.pdf").pages[0].extract_text()
    assert "PHIẾU GIẢI QUYẾT" in PdfReader(tmp_path / "phieu.pdf").pages[0].extract_text()


def test_a_wrong_date_is_named_without_a_traceback(demo: tuple[Path, Path], tmp_path: Path) -> None:
    home, db = demo
    result = giamsat(
        home,
        "--db",
        str(db),
        "report",
        "register-in",
        "--from",
        "31/02/2026",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert result.returncode != 0
    assert "31/02/2026" in result.stderr
    assert "Traceback" not in result.stderr


def test_export_register_writes_the_year(demo: tuple[Path, Path], tmp_path: Path) -> None:
    home, db = demo
    year = dt.date.today().year
    out = tmp_path / "so-den.xlsx"
    result = giamsat(home, "--db", str(db), "export-register", "--year", str(year), "-o", str(out))
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out).active
    dates = [
        c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, dt.datetime)
    ]
    assert dates and all(d.year <= year for d in dates)
    outgoing = tmp_path / "so-di.xlsx"
    result = giamsat(
        home,
        "--db",
        str(db),
        "export-register",
        "--year",
        str(year),
        "--outgoing",
        "-o",
        str(outgoing),
    )
    assert result.returncode == 0, result.stderr
    assert outgoing.stat().st_size > 5000
