"""``giamsat office`` shows and declares the office without the window.

A database made with ``init`` has no office and cannot print; ``office --name … --level …
--place …`` declares it with the wizard's validation, after which the registers print
with its letterhead. Each command runs as the installed program in a subprocess.
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from giamsat_desktop.config import sqlite_path
from giamsat_desktop.services.files.attachments import stored_path
from giamsat_desktop.services.safety.database import open_database
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


# ----- demo-data ----------------------------------------------------------------------------


def vietnamese(number: int) -> str:
    """A count as the command prints it: ``12.345``."""
    return f"{number:,}".replace(",", ".")


@pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"], indirect=True)
def test_demo_data_says_what_it_made_and_keeps_its_letters_files_in_the_data_folder(
    tmp_path: Path, new_database_url: Callable[..., str]
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    url = new_database_url(migrated=True)
    file = sqlite_path(url)
    folder = file.parent if file is not None else home  # beside the file, or this PC's folder

    result = giamsat(home, "--db", url, "demo-data")

    assert result.returncode == 0, result.stderr
    tables = ("incoming_documents", "outgoing_documents", "tasks", "supervision_sessions")
    tables += ("recommendations", "criticism_sessions", "dialogues", "conduct_sessions")
    tables += ("citizen_reports",)
    database = open_database(url, create=False)
    try:
        with database.engine.connect() as connection:
            counts = {
                table: int(connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar())
                for table in (*tables, "organizations", "people")
            }
            checksums = connection.exec_driver_sql("SELECT sha256 FROM attachments").scalars()
            files = [stored_path(folder, sha) for sha in checksums]
    finally:
        database.close()
    assert counts["supervision_sessions"] > 0 and counts["recommendations"] > 0
    made = ", ".join(
        f"{vietnamese(counts[table])} {words}"
        for table, words in zip(
            tables,
            (
                "văn bản đến",
                "văn bản đi",
                "nhiệm vụ",
                "cuộc giám sát",
                "kiến nghị",
                "cuộc phản biện xã hội",
                "cuộc đối thoại trực tiếp",
                "cuộc giám sát theo QĐ 124",
                "phản ánh của nhân dân",
            ),
            strict=True,
        )
    )
    assert result.stdout.strip() == (
        f"Đã tạo dữ liệu mẫu: {made}, {counts['organizations']} tổ chức, {counts['people']} người."
    )
    assert files  # the plans and decisions issued, in PDF and Word
    for path in files:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == path.name
