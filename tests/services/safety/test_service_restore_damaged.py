"""Restoring an archive with a damaged attachment, or over a damaged local copy.

One scan of the office was damaged on the disk (one bit, same size) and the backup listed
it as damaged instead of storing it. Restoring such an archive restores everything else
and names the file with its documents; a damaged local copy is replaced by a whole one
when the archive or the shared store (USB) has one, and kept and named when none has; a
shared-store copy that does not match is skipped and named, the rest restored. Names of
attachments from an archive that are paths are stored as plain names, and the safety
copies a restore takes are named after their database.

The office is made on SQLite (where a backup lists the damaged file); each archive is
restored into the test's engine.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from giamsat_desktop.config import sqlite_path
from giamsat_desktop.db.models import IncomingAttachment, OutgoingAttachment
from giamsat_desktop.domain.accounts import SYSTEM, Actor, Role
from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel
from giamsat_desktop.domain.organizations import USUAL_ORGANIZATIONS
from giamsat_desktop.domain.registers import IncomingDraft, OutgoingDraft
from giamsat_desktop.services.catalog import office as office_service
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.registers import incoming, outgoing
from giamsat_desktop.services.safety.attachment_check import find_damaged
from giamsat_desktop.services.safety.backup import make_backup
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.safety.restore import RestoreOutcome, restore_backup

CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
TODAY = dt.date(2026, 11, 23)
REPORT = b"%PDF-1.4\n% 75/BC-MTTQ-BTT bao cao giam sat\n" + bytes(range(256)) * 16 + b"%%EOF\n"
PLAN = b"%PDF-1.4\n% 12/KH-MTTQ ke hoach giam sat nam 2027\n" + bytes(range(255, -1, -1)) * 12
TAN_HUNG = OfficeInfo(
    name="Ủy ban MTTQ Việt Nam xã Tân Hưng",
    level=OfficeLevel.COMMUNE,
    place_name="Tân Hưng",
    date_line_place="Tân Hưng",
    higher_body="Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
    symbol_suffix="MTTQ-BTT",
    chair_name="Nguyễn Thị Thu Hà",
)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Office:
    path: Path
    data: Path
    report_number: str
    outgoing_number: str

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"

    def damage_report(self) -> bytes:
        """Flip one bit of the report's stored scan (same size); the damaged bytes."""
        stored = attachments.stored_path(self.data, sha256(REPORT))
        damaged = bytearray(stored.read_bytes())
        damaged[300] ^= 0x10
        stored.write_bytes(bytes(damaged))
        return bytes(damaged)

    def backup(self, archive: Path, **options: object) -> Path:
        database = open_database(self.url)
        try:
            return make_backup(database, self.data, archive, **options).path  # type: ignore[arg-type]
        finally:
            database.close()


def make_office(root: Path) -> Office:
    """The report's scan attached to an incoming and an outgoing document, the plan's to one."""
    data = root / "GiamSat"
    path = data / "giamsat.sqlite3"
    downloads = root / "Tai-ve"
    downloads.mkdir(parents=True)
    (downloads / "75-BC-MTTQ.pdf").write_bytes(REPORT)
    (downloads / "12-KH-MTTQ.pdf").write_bytes(PLAN)
    database = open_database(f"sqlite:///{path}")
    try:
        factory = database.session_factory
        office_service.set_up_office(factory, SYSTEM, TAN_HUNG, USUAL_ORGANIZATIONS)
        report, _ = incoming.register_incoming(
            factory,
            CLERK,
            IncomingDraft(TODAY, "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", "Báo cáo giám sát", "75"),
        )
        plan, _ = incoming.register_incoming(
            factory,
            CLERK,
            IncomingDraft(TODAY, "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", "Kế hoạch 2027", "12"),
        )
        sent, _ = outgoing.register_outgoing(
            factory, CLERK, OutgoingDraft(TODAY, "Báo cáo kết quả giám sát", type_code="BC")
        )
        for kind, record, name in (
            ("incoming", report.id, "75-BC-MTTQ.pdf"),
            ("incoming", plan.id, "12-KH-MTTQ.pdf"),
            ("outgoing", sent.id, "75-BC-MTTQ.pdf"),
        ):
            attachments.attach_files(factory, CLERK, data, kind, record, [downloads / name])
    finally:
        database.close()
    return Office(path, data, report.arrival_number_text, sent.number_text)


@dataclass(frozen=True)
class NewPc:
    url: str
    data: Path

    def restore(self, archive: Path, **options: object) -> RestoreOutcome:
        return restore_backup(self.url, archive, self.data, self.data / "backups", **options)  # type: ignore[arg-type]

    def stored(self, data: bytes) -> Path:
        return attachments.stored_path(self.data, sha256(data))


@pytest.fixture
def new_pc(new_database_url: Callable[..., str], tmp_path: Path) -> NewPc:
    url = new_database_url()
    path = sqlite_path(url)
    return NewPc(url, path.parent if path is not None else tmp_path / "may-moi" / "GiamSat")


def test_an_archive_with_a_damaged_file_restores_the_rest_and_names_its_documents(
    tmp_path: Path, new_pc: NewPc
) -> None:
    office = make_office(tmp_path / "van-phong")
    damaged_bytes = office.damage_report()
    archive = office.backup(tmp_path / "sao-luu.zip")

    outcome = new_pc.restore(archive)

    assert new_pc.stored(PLAN).read_bytes() == PLAN
    assert not new_pc.stored(REPORT).exists()
    assert not new_pc.stored(damaged_bytes).exists()  # the damaged bytes never join the store
    (listed,) = outcome.damaged
    assert listed.sha256 == sha256(REPORT)
    assert [(d.kind, d.number, d.year, d.file_name) for d in listed.documents] == [
        ("incoming", office.report_number, 2026, "75-BC-MTTQ.pdf"),
        ("outgoing", office.outgoing_number, 2026, "75-BC-MTTQ.pdf"),
    ]
    assert outcome.manifest.tables["incoming_documents"] == 2


def test_a_damaged_local_copy_is_replaced_from_an_older_good_archive(tmp_path: Path) -> None:
    office = make_office(tmp_path / "van-phong")
    good = office.backup(tmp_path / "sao-luu-tot.zip")
    office.damage_report()
    database = open_database(office.url)
    try:
        assert len(find_damaged(database.session_factory, office.data)) == 1
    finally:
        database.close()

    outcome = restore_backup(office.url, good, office.data, office.data / "backups")

    assert outcome.damaged == ()
    assert attachments.stored_path(office.data, sha256(REPORT)).read_bytes() == REPORT
    database = open_database(office.url)
    try:
        assert find_damaged(database.session_factory, office.data) == []
    finally:
        database.close()


def test_a_damaged_local_copy_with_no_good_copy_at_hand_is_kept_and_named(
    tmp_path: Path,
) -> None:
    office = make_office(tmp_path / "van-phong")
    damaged_bytes = office.damage_report()
    archive = office.backup(tmp_path / "sao-luu.zip")

    outcome = restore_backup(office.url, archive, office.data, office.data / "backups")

    assert [file.sha256 for file in outcome.damaged] == [sha256(REPORT)]
    assert attachments.stored_path(office.data, sha256(REPORT)).read_bytes() == damaged_bytes


def test_a_bad_copy_in_the_shared_store_is_skipped_and_named_and_the_rest_restored(
    tmp_path: Path, new_pc: NewPc
) -> None:
    office = make_office(tmp_path / "van-phong")
    usb = tmp_path / "USB" / "tep"
    archive = office.backup(tmp_path / "sao-luu.zip", include_attachments=False, shared_store=usb)
    spoiled = bytearray((usb / sha256(REPORT)).read_bytes())
    spoiled[10] ^= 0x01
    (usb / sha256(REPORT)).write_bytes(bytes(spoiled))

    outcome = new_pc.restore(archive, shared_store=usb)

    assert new_pc.stored(PLAN).read_bytes() == PLAN
    assert not new_pc.stored(REPORT).exists()
    (listed,) = outcome.damaged
    assert listed.sha256 == sha256(REPORT)
    assert {(d.kind, d.number) for d in listed.documents} == {
        ("incoming", office.report_number),
        ("outgoing", office.outgoing_number),
    }


def test_a_file_listed_as_damaged_is_taken_whole_from_the_shared_store(
    tmp_path: Path, new_pc: NewPc
) -> None:
    office = make_office(tmp_path / "van-phong")
    usb = tmp_path / "USB" / "tep"
    usb.mkdir(parents=True)
    (usb / sha256(REPORT)).write_bytes(REPORT)  # a whole copy from an earlier evening
    office.damage_report()
    archive = office.backup(tmp_path / "sao-luu.zip")

    outcome = new_pc.restore(archive, shared_store=usb)

    assert outcome.damaged == ()
    assert new_pc.stored(REPORT).read_bytes() == REPORT


def test_attachment_names_that_are_paths_are_restored_as_plain_names(
    tmp_path: Path, new_pc: NewPc
) -> None:
    """The archive is accepted; each document keeps its file under a plain name."""
    office = make_office(tmp_path / "van-phong")
    with sqlite3.connect(office.path) as connection:
        connection.execute(
            "UPDATE incoming_attachments SET file_name = ? WHERE id = "
            "(SELECT min(id) FROM incoming_attachments)",
            ("C:\\Users\\Public\\x.bat",),
        )
        connection.execute("UPDATE outgoing_attachments SET file_name = '../../x.txt'")
    connection.close()
    archive = office.backup(tmp_path / "sao-luu.zip")

    new_pc.restore(archive)

    database = open_database(new_pc.url)
    try:
        with database.session_factory() as session:
            names = sorted(session.scalars(select(IncomingAttachment.file_name)).all())
            sent = session.scalars(select(OutgoingAttachment.file_name)).all()
        assert names == ["12-KH-MTTQ.pdf", "x.bat"]
        assert sent == ["x.txt"]
    finally:
        database.close()


def test_the_safety_backup_before_a_restore_is_named_after_its_database(
    tmp_path: Path, new_pc: NewPc
) -> None:
    office = make_office(tmp_path / "van-phong")
    archive = office.backup(tmp_path / "sao-luu.zip")
    new_pc.restore(archive)

    first = new_pc.restore(archive).before
    second = new_pc.restore(archive).before

    path = sqlite_path(new_pc.url)
    owner = path.name if path is not None else make_url(new_pc.url).database
    assert first is not None and second is not None and first != second
    for made in (first, second):
        assert made.name.startswith(f"truoc-khoi-phuc-{owner}-") and made.suffix == ".zip"
        assert made.stat().st_size > 0


@pytest.mark.sqlite_only
def test_a_damaged_database_is_kept_byte_for_byte_under_its_own_name(tmp_path: Path) -> None:
    office = make_office(tmp_path / "van-phong")
    archive = office.backup(tmp_path / "sao-luu.zip")
    damaged = office.path.read_bytes()[:4096] + b"\x00mat dien\x00" * 400
    office.path.write_bytes(damaged)
    for suffix in ("-wal", "-shm"):
        Path(f"{office.path}{suffix}").unlink(missing_ok=True)

    before = restore_backup(office.url, archive, office.data, office.data / "backups").before

    assert before is not None and before.read_bytes() == damaged
    assert before.name.startswith("hong-giamsat.sqlite3-") and before.suffix == ".sqlite3"
