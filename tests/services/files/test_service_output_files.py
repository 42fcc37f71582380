"""Output files are written whole beside their target, and only ever replace a regular file."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest

from giamsat_desktop.domain.errors import ErrorCode, StorageError
from giamsat_desktop.messages import describe
from giamsat_desktop.services.files.output_files import (
    check_target,
    output_file,
    write_failure,
    write_output,
)

PDF = b"%PDF-1.4\n% So dang ky van ban den 2026\n%%EOF\n"
OLD = b"%PDF-1.4\n% ban in truoc\n%%EOF\n"

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="devices and pipes of POSIX")


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_an_output_is_written_and_replaces_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "so-den.pdf"
    target.write_bytes(OLD)
    target.chmod(0o640)

    write_output(target, PDF)

    assert target.read_bytes() == PDF
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert listing(tmp_path) == ["so-den.pdf"]


def test_a_folder_as_target_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "Báo cáo"
    folder.mkdir()
    (folder / "cũ.pdf").write_bytes(OLD)

    with pytest.raises(StorageError) as raised:
        write_output(folder, PDF)

    assert raised.value.code is ErrorCode.OUTPUT_IS_FOLDER
    assert describe(raised.value.code, raised.value.values).startswith(
        f"{folder} là một thư mục, không phải tên tệp"
    )
    assert listing(folder) == ["cũ.pdf"]
    assert listing(tmp_path) == ["Báo cáo"]


def test_a_target_in_a_missing_folder_is_refused_and_no_folder_is_made(tmp_path: Path) -> None:
    target = tmp_path / "Bao cao" / "so-den.pdf"

    with pytest.raises(StorageError) as raised:
        write_output(target, PDF)

    assert raised.value.code is ErrorCode.OUTPUT_FOLDER_MISSING
    assert raised.value.values["folder"] == str(tmp_path / "Bao cao")
    assert listing(tmp_path) == []


@posix_only
def test_a_device_as_target_is_refused_before_any_work(tmp_path: Path) -> None:
    device = Path("/dev/full")
    if not device.exists() or not stat.S_ISCHR(device.stat().st_mode):
        pytest.skip("no /dev/full here")
    worked: list[str] = []

    with pytest.raises(StorageError) as raised, output_file(device):
        worked.append("rendered")

    assert raised.value.code is ErrorCode.OUTPUT_NOT_A_FILE
    assert worked == []
    assert stat.S_ISCHR(device.stat().st_mode)


@posix_only
def test_a_pipe_as_target_is_refused_and_stays_a_pipe(tmp_path: Path) -> None:
    pipe = tmp_path / "ong"
    os.mkfifo(pipe)

    with pytest.raises(StorageError) as raised:
        write_output(pipe, PDF)

    assert raised.value.code is ErrorCode.OUTPUT_NOT_A_FILE
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert listing(tmp_path) == ["ong"]


@posix_only
def test_a_link_to_nothing_is_not_replaced(tmp_path: Path) -> None:
    link = tmp_path / "lối tắt.pdf"
    link.symlink_to(tmp_path / "đã xóa" / "x.pdf")

    with pytest.raises(StorageError) as raised:
        write_output(link, PDF)

    assert raised.value.code is ErrorCode.OUTPUT_NOT_A_FILE
    assert link.is_symlink()


def test_a_target_turned_into_a_folder_while_writing_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "so-den.pdf"

    with pytest.raises(StorageError) as raised, output_file(target) as temporary:
        temporary.write_bytes(PDF)
        target.mkdir()  # another program, meanwhile

    assert raised.value.code is ErrorCode.OUTPUT_IS_FOLDER
    assert target.is_dir() and listing(tmp_path) == ["so-den.pdf"]


def test_a_full_disk_leaves_the_old_file_and_no_partial_one(tmp_path: Path) -> None:
    target = tmp_path / "so-den.pdf"
    target.write_bytes(OLD)

    with pytest.raises(StorageError) as raised, output_file(target) as temporary:
        temporary.write_bytes(PDF[:10])
        raise OSError(errno.ENOSPC, "No space left on device")

    assert raised.value.code is ErrorCode.DISK_FULL
    assert describe(raised.value.code, raised.value.values).startswith(
        f"Ổ đĩa chứa {target} đã hết chỗ trống nên chưa ghi được"
    )
    assert target.read_bytes() == OLD
    assert listing(tmp_path) == ["so-den.pdf"]


@pytest.mark.parametrize(
    ("number", "code"),
    [
        (errno.ENOSPC, ErrorCode.DISK_FULL),
        (errno.EFBIG, ErrorCode.OUTPUT_TOO_LARGE),
        (errno.EACCES, ErrorCode.OUTPUT_NOT_WRITABLE),
        (errno.EROFS, ErrorCode.OUTPUT_NOT_WRITABLE),
        (errno.EISDIR, ErrorCode.OUTPUT_IS_FOLDER),
        (errno.ENOENT, ErrorCode.OUTPUT_FOLDER_MISSING),
        (errno.EIO, ErrorCode.WRITE_FAILED),
    ],
)
def test_each_refusal_of_the_system_has_its_sentence(
    tmp_path: Path, number: int, code: ErrorCode
) -> None:
    failure = write_failure(OSError(number, os.strerror(number)), tmp_path / "x.zip")

    assert failure.code is code
    sentence = describe(failure.code, failure.values)
    assert str(tmp_path / "x.zip") in sentence and "{" not in sentence


def test_a_cancel_leaves_the_old_file_and_passes_as_it_is(tmp_path: Path) -> None:
    target = tmp_path / "so-den.xlsx"
    target.write_bytes(OLD)

    with pytest.raises(InterruptedError), output_file(target) as temporary:
        temporary.write_bytes(PDF)
        raise InterruptedError

    assert target.read_bytes() == OLD
    assert listing(tmp_path) == ["so-den.xlsx"]


def test_a_failure_to_read_another_file_is_not_called_a_failed_write(tmp_path: Path) -> None:
    fonts = tmp_path / "fonts" / "times.ttf"

    with pytest.raises(FileNotFoundError), output_file(tmp_path / "so-den.pdf"):
        fonts.read_bytes()

    assert listing(tmp_path) == []


def test_a_renderer_may_replace_the_temporary_file_with_its_own(tmp_path: Path) -> None:
    target = tmp_path / "so-den.xlsx"

    with output_file(target) as temporary:
        own = temporary.with_name(temporary.name + ".renderer")
        own.write_bytes(PDF)
        os.replace(own, temporary)

    assert target.read_bytes() == PDF
    assert listing(tmp_path) == ["so-den.xlsx"]


def test_checking_a_new_target_in_an_existing_folder_passes(tmp_path: Path) -> None:
    check_target(tmp_path / "mới.pdf")
    assert listing(tmp_path) == []
