"""A stored attachment damaged on the disk: ``check`` names it, a backup keeps everything else.

The disk flipped one byte of a stored scan (same size, so nothing but its checksum can
tell). ``check`` reads every stored file and says which document's file it is; ``backup``
still succeeds, says which document's file it could not save whole, lists it in the
manifest and keeps the rest of the archive restorable on a new PC.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.safety.backup import verify_backup
from giamsat_desktop.services.safety.database import open_database

GIAMSAT = Path(sys.executable).parent / "giamsat"
CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
REPORT = b"%PDF-1.4\n% 75/BC-MTTQ-BTT bao cao giam sat\n" + bytes(range(256)) * 16 + b"%%EOF\n"
PLAN = b"%PDF-1.4\n% 12/KH-MTTQ ke hoach giam sat nam 2027\n" + bytes(range(255, -1, -1)) * 12


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


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Office:
    home: Path
    database: Path
    report_number: str
    plan_number: str


@pytest.fixture
def office(tmp_path: Path) -> Office:
    """Two incoming documents with a scan each; the report's scan then damaged on the disk."""
    data = tmp_path / "GiamSat"
    path = data / "giamsat.sqlite3"
    downloads = tmp_path / "Tai-ve"
    downloads.mkdir()
    (downloads / "75-BC-MTTQ.pdf").write_bytes(REPORT)
    (downloads / "12-KH-MTTQ.pdf").write_bytes(PLAN)
    database = open_database(f"sqlite:///{path}")
    try:
        numbers = []
        for subject, symbol, scan in (
            ("Báo cáo kết quả giám sát chính sách BHYT", "75/BC-MTTQ-BTT", "75-BC-MTTQ.pdf"),
            ("Kế hoạch giám sát năm 2027", "12/KH-MTTQ", "12-KH-MTTQ.pdf"),
        ):
            record, _ = incoming.register_incoming(
                database.session_factory,
                CLERK,
                IncomingDraft(
                    dt.date(2026, 11, 23), "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", subject, symbol
                ),
            )
            attachments.attach_files(
                database.session_factory, CLERK, data, "incoming", record.id, [downloads / scan]
            )
            numbers.append(record.arrival_number_text)
    finally:
        database.close()
    stored = attachments.stored_path(data, sha256(REPORT))
    damaged = bytearray(stored.read_bytes())
    damaged[200] ^= 0x01  # one bit, same size
    stored.write_bytes(bytes(damaged))
    return Office(tmp_path / "home", path, numbers[0], numbers[1])


def test_check_exits_1_naming_the_document_whose_file_is_damaged(office: Office) -> None:
    result = giamsat(office.home, "--db", office.database, "check")

    assert result.returncode == 1, result.stdout + result.stderr
    assert "KHÔNG ỔN" in result.stdout
    assert f"“75-BC-MTTQ.pdf” của văn bản đến số {office.report_number} năm 2026" in result.stdout
    assert "12-KH-MTTQ.pdf" not in result.stdout


def test_backup_exits_0_and_lists_the_damaged_file_with_its_document_in_the_manifest(
    office: Office, tmp_path: Path
) -> None:
    archive = tmp_path / "USB" / "sao-luu.zip"
    archive.parent.mkdir()

    result = giamsat(office.home, "--db", office.database, "backup", "-o", archive)

    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(archive) as opened:
        manifest = json.loads(opened.read("manifest.json"))
        names = opened.namelist()
    (listed,) = manifest["damaged_attachments"]
    assert listed["sha256"] == sha256(REPORT)
    assert [(d["file_name"], d["number"], d["year"]) for d in listed["documents"]] == [
        ("75-BC-MTTQ.pdf", office.report_number, 2026)
    ]
    assert f"attachments/{sha256(REPORT)}" not in names  # never stored as if it were whole
    assert f"attachments/{sha256(PLAN)}" in names
    verify_backup(archive)


def test_backup_warns_in_one_line_naming_the_document(office: Office, tmp_path: Path) -> None:
    archive = tmp_path / "sao-luu.zip"

    result = giamsat(office.home, "--db", office.database, "backup", "-o", archive)

    assert result.returncode == 0
    warnings = [line for line in result.stderr.splitlines() if "75-BC-MTTQ.pdf" in line]
    assert len(warnings) == 1
    assert f"văn bản đến số {office.report_number} năm 2026" in warnings[0]


def test_the_backup_restores_everything_else_on_a_new_pc(office: Office, tmp_path: Path) -> None:
    archive = tmp_path / "sao-luu.zip"
    assert giamsat(office.home, "--db", office.database, "backup", "-o", archive).returncode == 0
    new_pc = tmp_path / "may-moi" / "GiamSat" / "giamsat.sqlite3"

    result = giamsat(tmp_path / "home-moi", "--db", new_pc, "restore", archive)

    assert result.returncode == 0, result.stderr
    assert attachments.stored_path(new_pc.parent, sha256(PLAN)).read_bytes() == PLAN
    assert not attachments.stored_path(new_pc.parent, sha256(REPORT)).exists()
