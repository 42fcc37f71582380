"""Members of an archive are read through a stream that stops where it must, whatever they hold.

A 42 KB archive with a bzip2 member that lied about its size made a restore take 8.44 GB
before it failed: the zip module inflates a bzip2 (or LZMA) block whole, however large,
before it cuts the result to the declared size. The program writes only deflated and
stored members, so those are the only ones it reads; a deflated member is inflated a
megabyte at a time and never past the size it declares.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from giamsat_desktop.domain.errors import ErrorCode, StorageError
from giamsat_desktop.messages import describe, say
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.safety import backup_archive
from giamsat_desktop.services.safety.backup import make_backup
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.safety.restore import restore_backup
from tests.hostile import archives

pytestmark = pytest.mark.sqlite_only

TODAY = dt.date(2026, 11, 23)
BOMB_MIB = 64
"""What the lying members expand to: enough to see, small enough for a test machine."""
LITTLE_MEMORY = 16 * 1024 * 1024


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A backup of the demo commune."""
    root = tmp_path_factory.mktemp("van-phong")
    database = open_database(f"sqlite:///{root / 'GiamSat' / 'giamsat.sqlite3'}")
    try:
        create_demo_data(database.session_factory, "small", today=TODAY)
        return make_backup(database, root / "GiamSat", root / "sao-luu.zip").path
    finally:
        database.close()


@pytest.fixture
def this_pc(archive: Path, tmp_path: Path) -> Path:
    """This PC's data folder, holding the office."""
    data = tmp_path / "GiamSat"
    restore_into(data, archive)
    return data


def restore_into(data: Path, archive: Path) -> None:
    restore_backup(f"sqlite:///{data / 'giamsat.sqlite3'}", archive, data, data / "backups")


def measured(action: Callable[[], Any]) -> tuple[BaseException | None, float, int]:
    """What ``action`` raised, how long it took and the most memory it held at once."""
    tracemalloc.start()
    start = time.perf_counter()
    raised: BaseException | None = None
    try:
        action()
    except Exception as exc:  # noqa: BLE001 - returned to the test
        raised = exc
    finally:
        seconds = time.perf_counter() - start
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return raised, seconds, peak


@pytest.fixture(scope="module")
def bzip2_bomb() -> archives.Member:
    """A bzip2 member of a few hundred bytes that expands to 64 MiB, declaring 1 KB."""
    return archives.bzip2_zeros("data/ghi-chu.jsonl", BOMB_MIB, size=1024)


def test_a_bzip2_member_that_lies_about_its_size_is_refused_at_once_with_little_memory(
    archive: Path, this_pc: Path, tmp_path: Path, bzip2_bomb: archives.Member
) -> None:
    bad = archives.with_members(archive, tmp_path / "bzip2.zip", [bzip2_bomb], listed=True)
    assert len(bzip2_bomb.data) < 4096

    raised, seconds, peak = measured(lambda: restore_into(this_pc, bad))

    assert isinstance(raised, StorageError), raised
    assert raised.code is ErrorCode.BACKUP_COMPRESSION_UNKNOWN
    assert (raised.values["member"], raised.values["method"]) == ("data/ghi-chu.jsonl", "bzip2")
    assert seconds < 1.0
    assert peak < LITTLE_MEMORY


def test_a_bzip2_member_nobody_lists_is_refused_too(
    archive: Path, this_pc: Path, tmp_path: Path, bzip2_bomb: archives.Member
) -> None:
    bad = archives.with_members(archive, tmp_path / "bzip2.zip", [bzip2_bomb], listed=False)
    with pytest.raises(StorageError) as refused:
        restore_into(this_pc, bad)
    assert refused.value.code is ErrorCode.BACKUP_COMPRESSION_UNKNOWN


def test_an_lzma_member_is_refused_with_a_sentence_naming_it(
    archive: Path, this_pc: Path, tmp_path: Path
) -> None:
    member = archives.lzma_member("data/ghi-chu.jsonl", b'{"id": 1}\n')
    bad = archives.with_members(archive, tmp_path / "lzma.zip", [member], listed=True)

    with pytest.raises(StorageError) as refused:
        restore_into(this_pc, bad)

    message = describe(refused.value.code.value, refused.value.values)
    assert "tệp data/ghi-chu.jsonl bên trong được nén kiểu LZMA" in message
    assert "Dữ liệu hiện tại không bị thay đổi" in message


def test_a_manifest_that_lies_about_its_size_is_read_no_further_than_it_declares(
    archive: Path, this_pc: Path, tmp_path: Path
) -> None:
    members = [
        archives.stored(name, data)
        for name, data in archives.corpus.archive_members(archive)
        if name != archives.MANIFEST
    ]
    lying = archives.deflated_zeros(archives.MANIFEST, BOMB_MIB, size=2048)
    bad = archives.write_members(tmp_path / "manifest.zip", [*members, lying])

    raised, seconds, peak = measured(lambda: restore_into(this_pc, bad))

    assert isinstance(raised, StorageError), raised
    assert raised.code is ErrorCode.BACKUP_INVALID
    assert "manifest.json" in say(raised.values["detail"])
    assert seconds < 1.0
    assert peak < LITTLE_MEMORY


@pytest.fixture
def lying_member(tmp_path: Path) -> Iterator[zipfile.ZipFile]:
    """A zip whose one deflated member holds 64 MiB of zeros but declares 4 KB."""
    member = archives.deflated_zeros("attachments/quet.pdf", BOMB_MIB, size=4096)
    path = archives.write_members(tmp_path / "doi.zip", [member])
    with zipfile.ZipFile(path) as opened:
        yield opened


def test_a_member_is_read_no_further_than_the_size_it_declares(
    lying_member: zipfile.ZipFile,
) -> None:
    chunks: list[bytes] = []

    def read_all() -> None:
        with backup_archive.open_member(lying_member, "attachments/quet.pdf") as member:
            chunks.append(member.read())

    raised, _seconds, peak = measured(read_all)

    assert raised is None
    assert chunks == [bytes(4096)]
    assert peak < LITTLE_MEMORY


def test_a_member_larger_than_the_caller_allows_is_refused_before_it_is_read(
    lying_member: zipfile.ZipFile,
) -> None:
    with pytest.raises(StorageError) as refused:
        backup_archive.open_member(lying_member, "attachments/quet.pdf", limit=1024)
    assert refused.value.code is ErrorCode.BACKUP_MEMBER_OVERSIZE


def test_the_compressions_the_program_writes_are_those_it_reads(
    archive: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(archive) as opened:
        methods = {info.compress_type for info in opened.infolist()}
    assert methods <= {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
    copy = tmp_path / "ban-sao.zip"
    shutil.copyfile(archive, copy)
    restore_into(tmp_path / "may-moi", copy)
