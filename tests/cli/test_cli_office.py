"""``giamsat office`` shows and declares the office without the window.

A database made with ``init`` has no office and cannot print; ``office --name … --level …
--place …`` declares it with the wizard's validation, after which the registers print
with its letterhead. Each command runs as the installed program in a subprocess.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.hostile.locks import hold

GIAMSAT = Path(sys.executable).parent / "giamsat"

OFFICE = (
    "--name",
    "Ủy ban MTTQ Việt Nam xã Tân Hưng",
    "--level",
    "xa",
    "--place",
    "Tân Hưng",
    "--date-place",
    "Tân Hưng",
    "--higher",
    "Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp",
    "--suffix",
    "MTTQ-BTT",
    "--chair",
    "Nguyễn Văn An",
)


def giamsat(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """The installed program, run with its settings in ``home``."""
    env = {**os.environ, "GIAMSAT_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("GIAMSAT_DATABASE_URL", None)
    return subprocess.run(
        [str(GIAMSAT), *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "giamsat.sqlite3"
    made = giamsat(tmp_path, "--db", path, "init")
    assert made.returncode == 0, made.stderr
    return path


def test_an_office_declared_from_the_command_line_lets_the_registers_print(
    tmp_path: Path, database: Path
) -> None:
    output = tmp_path / "so-den.pdf"
    before = giamsat(tmp_path, "--db", database, "report", "register-in", "-o", output)
    assert before.returncode != 0
    assert "chưa có thông tin đơn vị" in before.stderr
    assert not output.exists()

    declared = giamsat(tmp_path, "--db", database, "office", *OFFICE)
    assert declared.returncode == 0, declared.stderr
    assert "Đã khai báo thông tin đơn vị" in declared.stdout

    shown = giamsat(tmp_path, "--db", database, "office")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert "Tên đơn vị: Ủy ban MTTQ Việt Nam xã Tân Hưng" in lines
    assert "Cấp: xã" in lines
    assert "Tên địa phương: Tân Hưng" in lines
    assert "Địa danh ghi ngày tháng: Tân Hưng" in lines
    assert "Cơ quan cấp trên: Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp" in lines
    assert "Ký hiệu văn bản của đơn vị: MTTQ-BTT" in lines
    assert "Họ tên Chủ tịch: Nguyễn Văn An" in lines

    printed = giamsat(tmp_path, "--db", database, "report", "register-in", "-o", output)
    assert printed.returncode == 0, printed.stderr
    first_page = PdfReader(io.BytesIO(output.read_bytes())).pages[0].extract_text()
    assert "XÃ TÂN HƯNG" in first_page


def test_a_new_office_names_what_it_still_needs(tmp_path: Path, database: Path) -> None:
    result = giamsat(tmp_path, "--db", database, "office", "--chair", "Nguyễn Văn An")

    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "--name (tên)" in result.stderr
    assert "--level (cấp)" in result.stderr
    assert "--place (tên địa phương)" in result.stderr
    assert giamsat(tmp_path, "--db", database, "office").returncode == 1


@pytest.mark.parametrize("level", ["quan", "xã phường"])
def test_a_level_that_is_none_is_refused_naming_the_field(
    tmp_path: Path, database: Path, level: str
) -> None:
    wrong = [level if value == "xa" else value for value in OFFICE]
    result = giamsat(tmp_path, "--db", database, "office", *wrong)

    assert result.returncode == 2
    assert result.stderr.startswith(f"giamsat: Cấp không hợp lệ: “{level}”")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert giamsat(tmp_path, "--db", database, "office").returncode == 1


def test_a_symbol_suffix_with_a_slash_is_refused_as_the_wizard_refuses_it(
    tmp_path: Path, database: Path
) -> None:
    wrong = [("MTTQ/BTT" if value == "MTTQ-BTT" else value) for value in OFFICE]
    result = giamsat(tmp_path, "--db", database, "office", *wrong)

    assert result.returncode == 2
    assert result.stderr == "giamsat: Ký hiệu văn bản của đơn vị không hợp lệ: MTTQ/BTT\n"


@pytest.mark.parametrize(("typed", "label"), [("thanh-pho", "thành phố"), ("Đặc khu", "đặc khu")])
def test_changing_one_field_keeps_the_others(
    tmp_path: Path, database: Path, typed: str, label: str
) -> None:
    assert giamsat(tmp_path, "--db", database, "office", *OFFICE).returncode == 0

    changed = giamsat(
        tmp_path, "--db", database, "office", "--chair", "Trần Thị Bình", "--level", typed
    )
    assert changed.returncode == 0, changed.stderr
    assert "Đã sửa thông tin đơn vị" in changed.stdout

    lines = giamsat(tmp_path, "--db", database, "office").stdout.splitlines()
    assert "Họ tên Chủ tịch: Trần Thị Bình" in lines
    assert f"Cấp: {label}" in lines
    assert "Tên đơn vị: Ủy ban MTTQ Việt Nam xã Tân Hưng" in lines
    assert "Cơ quan cấp trên: Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp" in lines
    assert "Ký hiệu văn bản của đơn vị: MTTQ-BTT" in lines


@pytest.fixture
def window(database: Path) -> Iterator[subprocess.Popen[str]]:
    process = hold(database, "window")
    yield process
    process.kill()
    process.wait()


def test_declaring_the_office_is_refused_while_the_window_holds_the_database(
    tmp_path: Path, database: Path, window: subprocess.Popen[str]
) -> None:
    result = giamsat(tmp_path, "--db", database, "office", *OFFICE)

    assert result.returncode == 2
    assert result.stderr.startswith(f"giamsat: Chương trình đang mở cơ sở dữ liệu {database}")
    assert result.stderr.count("\n") == 1
    shown = giamsat(tmp_path, "--db", database, "office")
    assert shown.returncode == 1
    assert "chưa có thông tin đơn vị" in shown.stdout
