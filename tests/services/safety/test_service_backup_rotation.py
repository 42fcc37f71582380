"""Automatic backups: where they go, which are kept, and the scans kept once beside them.

The clerk chose a folder on a USB stick; the program backs up there at exit once a day,
or into the local ``backups`` folder when the stick is not plugged in, and keeps the
newest backup of each of the last 7 days, 4 weeks and 12 months.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.safety.backup import verify_backup
from giamsat_desktop.services.safety.backup_rotation import (
    SHARED_STORE,
    Retention,
    due,
    latest_good_backup,
    make_automatic_backup,
    to_remove,
)
from giamsat_desktop.services.safety.database import Database, open_database
from giamsat_desktop.services.safety.restore import restore_backup
from tests.hostile import corpus
from tests.services.safety.rows import incoming_count

pytestmark = pytest.mark.sqlite_only

TODAY = dt.date(2026, 11, 23)  # a Monday
EVENING = dt.datetime(2026, 11, 23, 17, 30)
CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
SCAN = b"%PDF-1.4\n% 12-KH/MTTQ ke hoach giam sat\n" + bytes(range(256)) * 20 + b"%%EOF\n"
PHOTO = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00 hoi nghi dai bieu nhan dan " + bytes(range(256)) * 12


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def name_at(moment: dt.datetime) -> str:
    return f"giamsat-{moment:%Y%m%d-%H%M%S}.zip"


# ----- which backups the rotation keeps -------------------------------------------------------


@pytest.fixture
def four_hundred_days(tmp_path: Path) -> Path:
    """A backup folder after 400 days of use: a backup at 8:00 and one at exit every day."""
    folder = tmp_path / "USB" / "GiamSat"
    folder.mkdir(parents=True)
    for back in range(400):
        day = TODAY - dt.timedelta(days=back)
        for hour, minute in ((8, 0), (17, 30)):
            moment = dt.datetime.combine(day, dt.time(hour, minute))
            (folder / name_at(moment)).write_bytes(b"")
    return folder


KEPT_DAYS = [
    # the last 7 days
    dt.date(2026, 11, 23),
    dt.date(2026, 11, 22),
    dt.date(2026, 11, 21),
    dt.date(2026, 11, 20),
    dt.date(2026, 11, 19),
    dt.date(2026, 11, 18),
    dt.date(2026, 11, 17),
    # the newest of ISO weeks 46 and 45 (weeks 48 and 47 end on days kept above)
    dt.date(2026, 11, 15),
    dt.date(2026, 11, 8),
    # the newest of each of the 11 months before November
    dt.date(2026, 10, 31),
    dt.date(2026, 9, 30),
    dt.date(2026, 8, 31),
    dt.date(2026, 7, 31),
    dt.date(2026, 6, 30),
    dt.date(2026, 5, 31),
    dt.date(2026, 4, 30),
    dt.date(2026, 3, 31),
    dt.date(2026, 2, 28),
    dt.date(2026, 1, 31),
    dt.date(2025, 12, 31),
]


def test_the_rotation_keeps_the_newest_of_7_days_4_weeks_and_12_months(
    four_hundred_days: Path,
) -> None:
    removed = set(to_remove(four_hundred_days, Retention()))
    kept = {path.name for path in four_hundred_days.iterdir() if path not in removed}
    assert kept == {name_at(dt.datetime.combine(day, dt.time(17, 30))) for day in KEPT_DAYS}


def test_the_rotation_removes_the_morning_backup_of_a_day_kept_by_its_evening_one(
    four_hundred_days: Path,
) -> None:
    removed = {path.name for path in to_remove(four_hundred_days, Retention())}
    assert name_at(dt.datetime(2026, 11, 23, 8, 0)) in removed


def test_the_rotation_never_removes_a_file_it_did_not_name(four_hundred_days: Path) -> None:
    others = [
        "sao-luu-tay-20-11-2026.zip",
        "truoc-khoi-phuc-20250101-090000.zip",
        ".giamsat-20250101-090000.zip.partial",
        "giamsat-ghi-chu.txt",
        "giamsat-2025-01-01.zip",
    ]
    for name in others:
        (four_hundred_days / name).write_bytes(b"")
    removed = {path.name for path in to_remove(four_hundred_days, Retention())}
    assert removed.isdisjoint(others)


# ----- once a day ----------------------------------------------------------------------------


def folder_with(tmp_path: Path, name: str, *moments: dt.datetime) -> Path:
    folder = tmp_path / name
    folder.mkdir(parents=True)
    for moment in moments:
        (folder / name_at(moment)).write_bytes(b"")
    return folder


def test_no_backup_is_due_after_one_today(tmp_path: Path) -> None:
    usb = folder_with(tmp_path, "USB", dt.datetime(2026, 11, 23, 8, 5))
    assert not due([usb], EVENING)


def test_a_backup_is_due_when_the_last_was_yesterday(tmp_path: Path) -> None:
    usb = folder_with(tmp_path, "USB", dt.datetime(2026, 11, 22, 17, 30))
    assert due([usb], EVENING)


def test_a_backup_made_locally_today_counts_for_the_day(tmp_path: Path) -> None:
    usb = folder_with(tmp_path, "USB", dt.datetime(2026, 11, 20, 17, 30))
    local = folder_with(tmp_path, "backups", dt.datetime(2026, 11, 23, 7, 45))
    assert not due([usb, local], EVENING)


def test_a_backup_is_due_on_the_first_day(tmp_path: Path) -> None:
    assert due([tmp_path / "USB", tmp_path / "backups"], EVENING)


# ----- where automatic backups go ------------------------------------------------------------


@dataclass(frozen=True)
class Office:
    database: Database
    data: Path


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    """The demo commune with a plan and a photo attached, open as the window keeps it."""
    data = tmp_path_factory.mktemp("GiamSat")
    database = open_database(f"sqlite:///{data / 'giamsat.sqlite3'}")
    downloads = tmp_path_factory.mktemp("Tai-ve")
    (downloads / "12-KH-MTTQ.pdf").write_bytes(SCAN)
    (downloads / "hoi-nghi.jpg").write_bytes(PHOTO)
    create_demo_data(database.session_factory, "small", today=TODAY)
    record, _ = incoming.register_incoming(
        database.session_factory,
        CLERK,
        IncomingDraft(TODAY, "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", "Kế hoạch giám sát năm 2027"),
    )
    attachments.attach_files(
        database.session_factory,
        CLERK,
        data,
        "incoming",
        record.id,
        [downloads / "12-KH-MTTQ.pdf", downloads / "hoi-nghi.jpg"],
    )
    yield Office(database, data)
    database.close()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "USB (E:)" / "GiamSat"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def local(office: Office, tmp_path: Path) -> Path:
    return tmp_path / "GiamSat" / "backups"


def test_an_automatic_backup_goes_to_the_chosen_folder_when_it_is_there(
    office: Office, usb: Path, local: Path
) -> None:
    made = make_automatic_backup(office.database, office.data, usb, local, now=EVENING)
    assert made.outside
    assert made.info.path == usb / "giamsat-20261123-173000.zip"


def test_an_automatic_backup_in_the_chosen_folder_is_valid(
    office: Office, usb: Path, local: Path
) -> None:
    made = make_automatic_backup(office.database, office.data, usb, local, now=EVENING)
    manifest = verify_backup(made.info.path)
    held = incoming_count(office.database.url)
    assert held > 0
    assert (manifest.kind, manifest.tables["incoming_documents"]) == ("automatic", held)


def test_an_automatic_backup_goes_to_the_local_folder_when_the_usb_stick_is_missing(
    office: Office, tmp_path: Path, local: Path
) -> None:
    unplugged = tmp_path / "USB (E:)" / "GiamSat"
    made = make_automatic_backup(office.database, office.data, unplugged, local, now=EVENING)
    assert not made.outside
    assert made.info.path.parent == local
    assert not unplugged.exists()


def test_an_automatic_backup_goes_to_the_local_folder_when_no_folder_was_chosen(
    office: Office, local: Path
) -> None:
    made = make_automatic_backup(office.database, office.data, None, local, now=EVENING)
    assert (made.outside, made.info.path.parent) == (False, local)


def test_automatic_backups_beyond_the_rotation_are_removed(
    office: Office, usb: Path, local: Path
) -> None:
    removed: list[str] = []
    for back in range(9, -1, -1):  # every evening from Saturday 14 to Monday 23 November
        moment = EVENING - dt.timedelta(days=back)
        made = make_automatic_backup(office.database, office.data, usb, local, now=moment)
        removed += [path.name for path in made.removed]
    assert removed == ["giamsat-20261114-173000.zip", "giamsat-20261116-173000.zip"]
    assert sorted(path.name for path in usb.glob("*.zip")) == [
        f"giamsat-202611{day}-173000.zip" for day in (15, 17, 18, 19, 20, 21, 22, 23)
    ]


# ----- attachments kept once beside the archives ---------------------------------------------


@pytest.fixture
def three_evenings(office: Office, usb: Path, local: Path) -> list[Path]:
    return [
        make_automatic_backup(
            office.database, office.data, usb, local, now=EVENING - dt.timedelta(days=back)
        ).info.path
        for back in (2, 1, 0)
    ]


def test_attachments_are_stored_once_by_checksum_beside_automatic_backups(
    office: Office, usb: Path, three_evenings: list[Path]
) -> None:
    with office.database.engine.connect() as connection:
        checksums = connection.exec_driver_sql("SELECT sha256 FROM attachments").scalars().all()
    held = {sha: attachments.stored_path(office.data, sha).read_bytes() for sha in checksums}
    assert held[sha256(SCAN)] == SCAN
    assert held[sha256(PHOTO)] == PHOTO
    assert len(held) > 2  # the demo's letters have their files too
    store = usb / SHARED_STORE
    assert {path.name: path.read_bytes() for path in store.iterdir()} == held


def test_a_stored_attachment_is_not_written_again_by_later_backups(
    office: Office, usb: Path, local: Path
) -> None:
    make_automatic_backup(office.database, office.data, usb, local, now=EVENING)
    stored = usb / SHARED_STORE / sha256(SCAN)
    first = stored.stat()
    make_automatic_backup(
        office.database, office.data, usb, local, now=EVENING + dt.timedelta(days=1)
    )
    again = stored.stat()
    assert (again.st_ino, again.st_mtime_ns) == (first.st_ino, first.st_mtime_ns)


def test_automatic_archives_do_not_contain_the_attachments(three_evenings: list[Path]) -> None:
    for archive in three_evenings:
        with zipfile.ZipFile(archive) as opened:
            assert not [name for name in opened.namelist() if name.startswith("attachments/")]
        assert verify_backup(archive).attachments == "shared"


def test_an_automatic_archive_restores_with_attachments_from_the_shared_store(
    usb: Path, three_evenings: list[Path], tmp_path: Path
) -> None:
    data = tmp_path / "may-moi" / "GiamSat"
    restore_backup(
        f"sqlite:///{data / 'giamsat.sqlite3'}",
        three_evenings[-1],
        data,
        data / "backups",
        shared_store=usb / SHARED_STORE,
    )
    assert attachments.stored_path(data, sha256(SCAN)).read_bytes() == SCAN
    assert attachments.stored_path(data, sha256(PHOTO)).read_bytes() == PHOTO


# ----- after a damaged database: the newest good backup --------------------------------------


def test_the_newest_good_backup_skips_a_damaged_newer_one(
    usb: Path, three_evenings: list[Path], tmp_path: Path
) -> None:
    newest = three_evenings[-1]
    corpus.truncated_copy(newest, tmp_path / "cat-ngan.zip")
    (tmp_path / "cat-ngan.zip").replace(newest)
    assert latest_good_backup([usb]) == three_evenings[-2]


def test_a_damaged_copy_in_the_shared_store_is_replaced_by_the_next_backup(
    office: Office, usb: Path, local: Path
) -> None:
    make_automatic_backup(office.database, office.data, usb, local, now=EVENING)
    stored = usb / SHARED_STORE / sha256(SCAN)
    stored.write_bytes(SCAN[:100])  # the stick lost the end of the file
    make_automatic_backup(
        office.database, office.data, usb, local, now=EVENING + dt.timedelta(days=1)
    )
    assert stored.read_bytes() == SCAN
