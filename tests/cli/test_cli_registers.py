"""The register commands end to end: demo office → print, export."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
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
    assert f"Năm: {year}" in cover
    assert f"Từ ngày 01/01/{year} đến ngày 31/12/{year}" in cover
    count = _count(db, "incoming_documents", "arrival_date", year)
    assert f"Từ số 1 đến số {count}" in cover
    # Every document of the year has its line: the last arrival number is printed.
    text = "\n".join(page.extract_text() for page in reader.pages[1:])
    last = _last_line(db, year)
    assert last["symbol"] in text.replace("\n", "")


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
    assert "tháng 2 năm 2026 chỉ có 28 ngày, không có ngày 31" in result.stderr
    assert "Traceback" not in result.stderr


def test_export_register_writes_the_year(demo: tuple[Path, Path], tmp_path: Path) -> None:
    home, db = demo
    year = dt.date.today().year
    out = tmp_path / "so-den.xlsx"
    result = giamsat(home, "--db", str(db), "export-register", "--year", str(year), "-o", str(out))
    assert result.returncode == 0, result.stderr
    lines = _register_lines(out, "Ngày đến")
    assert len(lines) == _count(db, "incoming_documents", "arrival_date", year)
    assert {line["Ngày đến"].year for line in lines} == {year}  # type: ignore[union-attr]
    assert [line["Số đến"] for line in lines] == list(range(1, len(lines) + 1))
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
    sent = _register_lines(outgoing, "Ngày tháng")
    assert len(sent) == _count(db, "outgoing_documents", "issue_date", year)
    assert {line["Ngày tháng"].year for line in sent} == {year}  # type: ignore[union-attr]
    with sqlite3.connect(db) as connection:
        symbols = {
            row[0]
            for row in connection.execute(
                "SELECT symbol FROM outgoing_documents WHERE issue_date LIKE ?", (f"{year}-%",)
            )
        }
    assert {line["Số, ký hiệu"] for line in sent} == symbols


def _count(db: Path, table: str, date_column: str, year: int) -> int:
    with sqlite3.connect(db) as connection:
        found = connection.execute(
            f"SELECT COUNT(*) FROM {table} WHERE {date_column} LIKE ?", (f"{year}-%",)
        ).fetchone()
    return int(found[0])


def _last_line(db: Path, year: int) -> dict[str, str]:
    with sqlite3.connect(db) as connection:
        symbol = connection.execute(
            "SELECT symbol FROM incoming_documents WHERE arrival_date LIKE ?"
            " ORDER BY arrival_number DESC LIMIT 1",
            (f"{year}-%",),
        ).fetchone()[0]
    return {"symbol": symbol}


def _register_lines(path: Path, date_header: str) -> list[dict[str, object]]:
    """The register's lines under its header row, as a clerk reads the columns."""
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    header_at = next(i for i, row in enumerate(rows) if date_header in row)
    header = rows[header_at]
    return [
        dict(zip(header, row, strict=True))
        for row in rows[header_at + 1 :]
        if any(cell is not None for cell in row)
    ]
