"""``giamsat backup`` and ``giamsat restore`` end to end, as support staff run them.

Each command runs as the installed program in a subprocess; a failure must be one line on
stderr, a non-zero exit code, no traceback, and no change to the data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.safety.backup import verify_backup
from giamsat_desktop.services.safety.database import open_database
from tests.hostile import corpus

GIAMSAT = Path(sys.executable).parent / "giamsat"
CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
SCAN = b"%PDF-1.4\n% 75-BC/MTTQ bao cao giam sat\n" + bytes(range(256)) * 16 + b"%%EOF\n"


def giamsat(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
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


def assert_one_line_failure(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("giamsat: ")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(folder: Path) -> dict[str, str]:
    """Every file with its checksum, but the lock file a writing command holds while it runs."""
    return {
        str(path.relative_to(folder)): sha256(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.suffix != ".lock"
    }


def count_of(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def incoming_count(path: Path) -> int:
    return count_of(path, "incoming_documents")


@dataclass(frozen=True)
class Office:
    home: Path
    database: Path
    archive: Path
    incoming: int
    """How many documents in the office held when it was backed up."""
    report_id: int
    """The key of the report the test registered (its scan attached)."""


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    """The demo commune with a report attached, backed up with ``giamsat backup``."""
    home = tmp_path_factory.mktemp("home")
    data = tmp_path_factory.mktemp("GiamSat")
    path = data / "giamsat.sqlite3"
    database = open_database(f"sqlite:///{path}")
    scan = tmp_path_factory.mktemp("Tai-ve") / "75-BC-MTTQ.pdf"
    scan.write_bytes(SCAN)
    try:
        create_demo_data(database.session_factory, "small", today=dt.date(2026, 11, 23))
        record, _ = incoming.register_incoming(
            database.session_factory,
            CLERK,
            IncomingDraft(
                dt.date(2026, 11, 23),
                "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
                "Báo cáo kết quả giám sát việc thực hiện chính sách bảo hiểm y tế",
                symbol="75/BC-MTTQ-BTT",
            ),
        )
        attachments.attach_files(
            database.session_factory, CLERK, data, "incoming", record.id, [scan]
        )
    finally:
        database.close()
    archive = tmp_path_factory.mktemp("USB") / "sao-luu-23-11-2026.zip"
    result = giamsat(home, "--db", path, "backup", "-o", archive)
    assert result.returncode == 0, result.stderr
    held = incoming_count(path)
    assert held > 1  # the demo's documents and the report
    return Office(home, path, archive, held, record.id)


def test_backup_writes_an_archive_that_verifies(office: Office) -> None:
    manifest = verify_backup(office.archive)
    assert manifest.tables["incoming_documents"] == office.incoming
    assert manifest.attachments == "included"


def test_backup_says_what_it_saved(office: Office, tmp_path: Path) -> None:
    result = giamsat(office.home, "--db", office.database, "backup", "-o", tmp_path / "b.zip")
    assert result.returncode == 0, result.stderr
    incoming, outgoing, files = (
        count_of(office.database, table)
        for table in ("incoming_documents", "outgoing_documents", "attachments")
    )
    assert incoming > 0 and outgoing > 0
    assert files > 1  # the report's scan beside the demo's letters
    said = f"{incoming} văn bản đến, {outgoing} văn bản đi, {files} tệp."
    assert said in result.stdout


def test_backup_into_a_folder_that_cannot_exist_fails_in_one_line(
    office: Office, tmp_path: Path
) -> None:
    blocker = tmp_path / "khong-phai-thu-muc"
    blocker.write_text("một tệp, không phải thư mục")
    result = giamsat(office.home, "--db", office.database, "backup", "-o", blocker / "b.zip")
    assert_one_line_failure(result)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["khong-phai-thu-muc"]


def test_restore_into_a_new_file_exits_0(office: Office, tmp_path: Path) -> None:
    target = tmp_path / "may-moi" / "giamsat.sqlite3"
    result = giamsat(office.home, "--db", target, "restore", office.archive)
    assert result.returncode == 0, result.stderr
    assert "Ủy ban MTTQ Việt Nam xã Tân Hưng" in result.stdout


def test_a_restored_database_passes_check(office: Office, tmp_path: Path) -> None:
    target = tmp_path / "may-moi" / "giamsat.sqlite3"
    assert giamsat(office.home, "--db", target, "restore", office.archive).returncode == 0
    result = giamsat(office.home, "--db", target, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert incoming_count(target) == office.incoming


def test_a_restored_attachment_is_back_beside_the_database(office: Office, tmp_path: Path) -> None:
    target = tmp_path / "may-moi" / "giamsat.sqlite3"
    assert giamsat(office.home, "--db", target, "restore", office.archive).returncode == 0
    checksum = hashlib.sha256(SCAN).hexdigest()
    assert attachments.stored_path(target.parent, checksum).read_bytes() == SCAN


def test_restore_over_existing_data_names_the_safety_backup_it_made(
    office: Office, tmp_path: Path
) -> None:
    target = tmp_path / "GiamSat" / "giamsat.sqlite3"
    target.parent.mkdir()
    target.write_bytes(office.database.read_bytes())
    result = giamsat(office.home, "--db", target, "restore", office.archive)
    assert result.returncode == 0, result.stderr
    made = list((target.parent / "backups").glob("truoc-khoi-phuc-*.zip"))
    assert len(made) == 1 and str(made[0]) in result.stdout
    assert verify_backup(made[0]).tables["incoming_documents"] == office.incoming


def flipped(good: Path, target: Path) -> Path:
    return corpus.flip_byte_in_member(good, target, "data/incoming_documents.jsonl", at=40)


def truncated(good: Path, target: Path) -> Path:
    return corpus.truncated_copy(good, target, keep=0.9)


def spreadsheet(_good: Path, target: Path) -> Path:
    return corpus.register_workbook(target, [[1, "02/03/2026", "Đảng ủy xã", "", "V/v họp"]])


@pytest.mark.parametrize(
    "damage",
    [flipped, truncated, spreadsheet],
    ids=["byte-flipped", "cut-short", "an-excel-file-named-zip"],
)
def test_restore_of_a_bad_archive_fails_in_one_line_and_changes_nothing(
    office: Office, tmp_path: Path, damage: object
) -> None:
    data = tmp_path / "GiamSat"
    data.mkdir()
    target = data / "giamsat.sqlite3"
    target.write_bytes(office.database.read_bytes())
    bad = damage(office.archive, tmp_path / "ban-sao-luu.zip")  # type: ignore[operator]
    before = tree(tmp_path)
    result = giamsat(office.home, "--db", target, "restore", bad)
    assert_one_line_failure(result)
    assert "không dùng được" in result.stderr
    assert tree(tmp_path) == before


def test_restore_of_a_missing_archive_fails_in_one_line_and_creates_nothing(
    office: Office, tmp_path: Path
) -> None:
    target = tmp_path / "GiamSat" / "giamsat.sqlite3"
    result = giamsat(office.home, "--db", target, "restore", tmp_path / "khong-co.zip")
    assert_one_line_failure(result)
    assert "khong-co.zip" in result.stderr
    assert list(tmp_path.iterdir()) == []  # not even the data folder or its lock


def test_restore_of_an_archive_made_on_postgresql_into_a_new_file_exits_0(
    office: Office, tmp_path: Path
) -> None:
    members = [
        (name, data)
        for name, data in corpus.archive_members(office.archive)
        if name not in ("database/giamsat.sqlite3", "manifest.json")
    ]
    manifest = verify_backup(office.archive)
    files = {
        name: checksum
        for name, checksum in manifest.files.items()
        if name != "database/giamsat.sqlite3"
    }
    edited = replace(manifest, engine="postgresql", files=files)
    archive = corpus.write_zip(
        tmp_path / "tu-may-chu.zip", [*members, ("manifest.json", edited.to_json().encode())]
    )
    target = tmp_path / "GiamSat" / "giamsat.sqlite3"
    target.parent.mkdir()
    result = giamsat(office.home, "--db", target, "restore", archive)
    assert result.returncode == 0, result.stderr
    assert incoming_count(target) == office.incoming


def test_a_failed_restore_whose_cause_spans_lines_is_still_reported_in_one_line(
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from giamsat_desktop import cli
    from giamsat_desktop.domain.errors import ErrorCode, StorageError
    from giamsat_desktop.services.safety import restore

    def fail(*_args: object, **_kwargs: object) -> None:
        raise StorageError(
            ErrorCode.RESTORE_FAILED,
            detail="(sqlite3.OperationalError) disk I/O error\n[SQL: INSERT INTO incoming_documents"
            " ...]\n(Background on this error at: https://sqlalche.me/e/20/e3q8)",
            backup="",
        )

    monkeypatch.setattr(restore, "restore_backup", fail)
    code = cli.main(["--db", str(tmp_path / "giamsat.sqlite3"), "restore", str(office.archive)])
    error = capsys.readouterr().err
    assert code != 0
    assert error.count("\n") == 1, error


def copy_of_office(office: Office, folder: Path) -> Path:
    """The office's database and attachments copied elsewhere, to damage freely."""
    shutil.copytree(office.database.parent, folder, ignore=shutil.ignore_patterns("*.lock"))
    return folder / office.database.name


def test_check_passes_when_every_attached_file_is_there(office: Office, tmp_path: Path) -> None:
    path = copy_of_office(office, tmp_path / "GiamSat")
    result = giamsat(office.home, "--db", path, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "đủ tệp đính kèm" in result.stdout


@pytest.mark.parametrize("damage", ["deleted", "cut short"])
def test_check_names_an_attached_file_that_is_gone_or_cut_short(
    office: Office, tmp_path: Path, damage: str
) -> None:
    path = copy_of_office(office, tmp_path / "GiamSat")
    stored = attachments.stored_path(path.parent, hashlib.sha256(SCAN).hexdigest())
    if damage == "deleted":
        stored.unlink()
    else:
        stored.write_bytes(SCAN[:100])

    result = giamsat(office.home, "--db", path, "check")

    assert result.returncode != 0
    assert "1 tệp đính kèm bị thiếu hoặc hỏng" in result.stdout
    assert f"75-BC-MTTQ.pdf (văn bản đến mã số {office.report_id})" in result.stdout
