"""Stored attachments damaged on the disk: found by the check, never saved as whole by a backup.

Runs on both engines: on a shared PostgreSQL database the bytes are also in the database,
so a backup takes the whole copy from there instead of reporting the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.registers import IncomingDraft, OutgoingDraft
from giamsat_desktop.messages import say
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.registers import incoming, outgoing
from giamsat_desktop.services.safety.attachment_check import (
    AttachedTo,
    damage_detail,
    damaged_in_archive,
    find_damaged,
)
from giamsat_desktop.services.safety.backup import make_backup, verify_backup
from giamsat_desktop.services.safety.backup_rotation import SHARED_STORE, make_automatic_backup
from giamsat_desktop.services.safety.database import Database, check_database

CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
TODAY = dt.date(2026, 11, 23)
REPORT = b"%PDF-1.4\n% 75/BC-MTTQ-BTT bao cao giam sat\n" + bytes(range(256)) * 16 + b"%%EOF\n"
PLAN = b"%PDF-1.4\n% 12/KH-MTTQ ke hoach giam sat nam 2027\n" + bytes(range(255, -1, -1)) * 12


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Office:
    database: Database
    data: Path
    report_number: str
    outgoing_number: str


@pytest.fixture
def office(office_database: Database, tmp_path: Path) -> Office:
    """The report's scan attached to two documents, the plan's to one; the report's damaged.

    The disk flips one bit of the report's stored copy: same size, another checksum.
    """
    data = tmp_path / "data"
    downloads = tmp_path / "Tai-ve"
    downloads.mkdir()
    (downloads / "75-BC-MTTQ.pdf").write_bytes(REPORT)
    (downloads / "12-KH-MTTQ.pdf").write_bytes(PLAN)
    database = office_database
    factory = database.session_factory
    report, _ = incoming.register_incoming(
        factory,
        CLERK,
        IncomingDraft(TODAY, "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", "Báo cáo giám sát BHYT", "75"),
    )
    plan, _ = incoming.register_incoming(
        factory,
        CLERK,
        IncomingDraft(TODAY, "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", "Kế hoạch giám sát 2027", "12"),
    )
    sent, _ = outgoing.register_outgoing(
        factory,
        CLERK,
        OutgoingDraft(TODAY, "Báo cáo kết quả giám sát BHYT gửi tỉnh", type_code="BC"),
    )
    attachments.attach_files(
        factory, CLERK, data, "incoming", report.id, [downloads / "75-BC-MTTQ.pdf"]
    )
    attachments.attach_files(
        factory, CLERK, data, "incoming", plan.id, [downloads / "12-KH-MTTQ.pdf"]
    )
    attachments.attach_files(
        factory, CLERK, data, "outgoing", sent.id, [downloads / "75-BC-MTTQ.pdf"]
    )
    stored = attachments.stored_path(data, sha256(REPORT))
    damaged = bytearray(stored.read_bytes())
    damaged[300] ^= 0x10
    stored.write_bytes(bytes(damaged))
    return Office(database, data, report.arrival_number_text, sent.number_text)


def test_the_check_finds_the_damaged_file_with_every_document_it_is_attached_to(
    office: Office,
) -> None:
    (found,) = find_damaged(office.database.session_factory, office.data)
    assert found.sha256 == sha256(REPORT)
    assert found.documents == (
        AttachedTo(
            "incoming", found.documents[0].document_id, office.report_number, 2026, "75-BC-MTTQ.pdf"
        ),
        AttachedTo(
            "outgoing",
            found.documents[1].document_id,
            office.outgoing_number,
            2026,
            "75-BC-MTTQ.pdf",
        ),
    )


def test_the_check_reports_progress_to_the_end(office: Office) -> None:
    seen: list[float] = []
    find_damaged(
        office.database.session_factory, office.data, progress=lambda f, _m: seen.append(f)
    )
    assert seen and seen[-1] == 1.0


def test_a_cancelled_check_stops_before_reading_the_files(office: Office) -> None:
    found = find_damaged(office.database.session_factory, office.data, cancelled=lambda: True)
    assert found == []


def test_the_full_database_check_names_the_document_and_the_quick_one_does_not_read_files(
    office: Office,
) -> None:
    report = check_database(office.database.url, data_folder=office.data)
    quick = check_database(office.database.url, data_folder=office.data, quick=True)

    assert not report.integrity_ok
    assert [file.sha256 for file in report.damaged_attachments] == [sha256(REPORT)]
    (told,) = report.problems
    problem = say(told)  # told by code, worded where it is shown
    assert f"“75-BC-MTTQ.pdf” của văn bản đến số {office.report_number} năm 2026" in problem
    assert f"văn bản đi số {office.outgoing_number} năm 2026" in problem
    assert problem.endswith("hãy lấy lại tệp từ một bản sao lưu trước đó hoặc đính kèm lại bản gốc")
    assert quick.integrity_ok and quick.damaged_attachments == ()


def test_a_sound_store_passes_the_check(database: Database, tmp_path: Path) -> None:
    scan = tmp_path / "12-KH-MTTQ.pdf"
    scan.write_bytes(PLAN)
    record, _ = incoming.register_incoming(
        database.session_factory,
        CLERK,
        IncomingDraft(TODAY, "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", "Kế hoạch giám sát 2027"),
    )
    attachments.attach_files(
        database.session_factory, CLERK, tmp_path / "data", "incoming", record.id, [scan]
    )
    report = check_database(database.url, data_folder=tmp_path / "data")
    assert report.integrity_ok and report.damaged_attachments == ()


@pytest.mark.sqlite_only
def test_a_backup_lists_the_damaged_file_and_keeps_its_bytes_apart(
    office: Office, tmp_path: Path
) -> None:
    info = make_backup(office.database, office.data, tmp_path / "sao-luu.zip")

    (damaged,) = info.damaged
    assert damaged.sha256 == sha256(REPORT)
    assert {document.kind for document in damaged.documents} == {"incoming", "outgoing"}
    with zipfile.ZipFile(info.path) as archive:
        assert damaged_in_archive(archive) == [damaged]
        names = archive.namelist()
        kept = archive.read(damaged.kept_as)
    assert f"attachments/{sha256(REPORT)}" not in names
    assert f"attachments/{sha256(PLAN)}" in names
    assert sha256(kept) == damaged.content_sha256 != damaged.sha256
    assert len(kept) == len(REPORT)
    verify_backup(info.path)


@pytest.mark.sqlite_only
def test_the_warning_line_names_each_document(office: Office, tmp_path: Path) -> None:
    info = make_backup(office.database, office.data, tmp_path / "sao-luu.zip")
    line = say(damage_detail(info.damaged[0]))
    assert "\n" not in line
    assert f"“75-BC-MTTQ.pdf” của văn bản đến số {office.report_number} năm 2026" in line


@pytest.mark.sqlite_only
def test_an_automatic_backup_never_puts_the_damaged_bytes_in_the_shared_store(
    office: Office, tmp_path: Path
) -> None:
    usb = tmp_path / "USB"
    usb.mkdir()
    made = make_automatic_backup(
        office.database, office.data, usb, tmp_path / "local", now=dt.datetime(2026, 11, 23, 17)
    )
    assert [file.sha256 for file in made.info.damaged] == [sha256(REPORT)]
    assert not (usb / SHARED_STORE / sha256(REPORT)).exists()
    assert (usb / SHARED_STORE / sha256(PLAN)).read_bytes() == PLAN


@pytest.mark.postgresql
def test_on_a_shared_database_the_backup_takes_the_whole_copy_kept_in_the_database(
    office: Office, tmp_path: Path
) -> None:
    info = make_backup(office.database, office.data, tmp_path / "sao-luu.zip")

    assert info.damaged == ()
    with zipfile.ZipFile(info.path) as archive:
        assert archive.read(f"attachments/{sha256(REPORT)}") == REPORT
        assert "damaged_attachments" not in json.loads(archive.read("manifest.json"))
    verify_backup(info.path)
