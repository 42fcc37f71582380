"""A stored attachment damaged on the disk: ``check`` names it, a backup keeps everything else.

The disk flipped one byte of a stored scan (same size, so nothing but its checksum can
tell). ``check`` reads every stored file and says which document's file it is; ``backup``
still succeeds, says which document's file it could not save whole, lists it in the
manifest and keeps the rest of the archive restorable on a new PC.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.safety.backup import verify_backup
from tests.cli.damaged_office import (
    PLAN,
    REPORT,
    Office,
    giamsat,
    make_office,
    restore_on_a_new_pc,
    sha256,
)


@pytest.fixture
def office(tmp_path: Path) -> Office:
    """Two incoming documents with a scan each; the report's scan then damaged on the disk."""
    made = make_office(tmp_path)
    made.damage_report()
    return made


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
    new_pc, result = restore_on_a_new_pc(office, tmp_path)

    assert result.returncode == 0, result.stderr
    assert attachments.stored_path(new_pc.parent, sha256(PLAN)).read_bytes() == PLAN
    assert not attachments.stored_path(new_pc.parent, sha256(REPORT)).exists()
