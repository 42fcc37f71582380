"""The database's safety: ``init``, ``check``, ``backup`` and ``restore``.

``check`` and ``backup`` also work on a database file that is read-only; the backup is
written beside its target and put in place only when complete
(``services.files.output_files``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from giamsat_desktop.cli.common import (
    EXIT_OK,
    EXIT_UNHEALTHY,
    OUTPUT,
    add_command,
    data_folder,
    database_url,
    open_for_reading,
)
from giamsat_desktop.domain.errors import Detail, ErrorCode, StorageError
from giamsat_desktop.messages import describe, say

if TYPE_CHECKING:
    from giamsat_desktop.cli.common import Subcommands


def add_commands(commands: Subcommands) -> None:
    """Add the commands that create, check, back up and restore the database."""
    add_command(
        commands,
        "init",
        _init,
        help="tạo cơ sở dữ liệu (hoặc nâng cấp lên phiên bản hiện tại)",
        writes=True,
    )
    add_command(commands, "check", _check, help="kiểm tra tính toàn vẹn và phiên bản lược đồ")
    backup = add_command(
        commands, "backup", _backup, help="sao lưu toàn bộ dữ liệu vào một tệp zip"
    )
    backup.add_argument(*OUTPUT, metavar="TỆP", type=Path, required=True, help="tệp .zip ghi ra")
    restore = add_command(
        commands,
        "restore",
        _restore,
        help="khôi phục dữ liệu từ tệp sao lưu",
        writes=True,
        replaces=True,
    )
    restore.add_argument("archive", metavar="TỆP_SAO_LƯU", type=Path, help="tệp .zip sao lưu")


def _init(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.safety.database import open_database

    database = open_database(database_url(args.db))
    try:
        print(f"Cơ sở dữ liệu sẵn sàng: {database.location}")
        if database.pre_migration_backup:
            print(f"Đã sao lưu trước khi nâng cấp: {database.pre_migration_backup}")
    finally:
        database.close()
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.safety.database import check_database

    def progress(fraction: float, step: Detail | None) -> None:
        """Reading every attached file takes a while on a large office: show how far it is."""
        end = "\n" if fraction >= 1 else ""
        line = f"Đang kiểm tra: {say(step)}" if step else "Đang kiểm tra"
        print(f"\r{line} ({fraction:.0%})", end=end, file=sys.stderr)

    try:
        report = check_database(
            database_url(args.db), progress=progress if sys.stderr.isatty() else None
        )
    except StorageError as exc:
        if exc.code is not ErrorCode.DATABASE_DAMAGED:
            raise
        print(f"KHÔNG ỔN: {describe(exc.code.value, exc.values)}")
        return EXIT_UNHEALTHY
    print(f"Cơ sở dữ liệu: {report.location}")
    print(
        f"Lược đồ: {report.current_revision or 'chưa có'} (chương trình cần {report.head_revision})"
    )
    if not report.schema_known:
        print("KHÔNG ỔN: lược đồ do phiên bản mới hơn của chương trình tạo ra.")
        return EXIT_UNHEALTHY
    if not report.integrity_ok:
        print("KHÔNG ỔN: kiểm tra toàn vẹn phát hiện lỗi:")
        for problem in report.problems[:20]:
            print(f"  - {say(problem)}")
        return EXIT_UNHEALTHY
    if report.current_revision != report.head_revision:
        print("KHÔNG ỔN: lược đồ chưa được nâng cấp; hãy chạy lệnh init hoặc mở chương trình.")
        return EXIT_UNHEALTHY
    if not _audit_chain_sound(args.db, report.location):
        return EXIT_UNHEALTHY
    if not _attachments_whole(args.db):
        return EXIT_UNHEALTHY
    print(
        "Tốt: dữ liệu toàn vẹn, lược đồ đúng phiên bản, nhật ký thay đổi liền mạch, "
        "đủ tệp đính kèm."
    )
    return EXIT_OK


def _audit_chain_sound(db_option: str | None, location: str) -> bool:
    """Check the audit log's hash chain against its head in the database and the settings."""
    from giamsat_desktop.services.changelog.audit_log import check_chain, known_head

    database = open_for_reading(db_option)
    try:
        chain = check_chain(database.session_factory, known_head(location))
    finally:
        database.close()
    print(f"Nhật ký thay đổi: {chain.count} mục")
    if chain.first_broken_id is not None:
        print(f"KHÔNG ỔN: mục nhật ký {chain.first_broken_id} đã bị sửa ngoài chương trình.")
        return False
    if chain.head_problem == "cut":
        print("KHÔNG ỔN: nhật ký thiếu các mục cuối so với lần ghi gần nhất của chương trình.")
        return False
    if chain.head_problem == "changed":
        print("KHÔNG ỔN: nhật ký khác với lần ghi gần nhất của chương trình.")
        return False
    return True


KINDS = {"incoming": "văn bản đến", "outgoing": "văn bản đi"}


def _attachments_whole(db_option: str | None) -> bool:
    """Every attached file can be opened: here, or from the shared database."""
    from giamsat_desktop.services.files.attachments import missing_files

    database = open_for_reading(db_option)
    try:
        missing = missing_files(database.session_factory, data_folder(database))
    finally:
        database.close()
    if not missing:
        return True
    print(f"KHÔNG ỔN: {len(missing)} tệp đính kèm bị thiếu hoặc hỏng (khôi phục từ bản sao lưu):")
    for file in missing[:20]:
        print(f"  - {file.file_name} ({KINDS.get(file.kind, file.kind)} mã số {file.document_id})")
    return False


def _backup(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.files.output_files import check_target, write_failure
    from giamsat_desktop.services.safety.attachment_check import damage_detail
    from giamsat_desktop.services.safety.backup import make_backup

    check_target(args.output)  # never a folder, a device, or a folder made up by a typo
    database = open_for_reading(args.db)
    try:
        info = make_backup(database, data_folder(database), args.output)
    except StorageError as exc:
        cause = exc.__cause__
        if exc.code is ErrorCode.BACKUP_FAILED and isinstance(cause, OSError):
            failure = write_failure(cause, Path(os.fsdecode(cause.filename or args.output)))
            if failure.code in (ErrorCode.DISK_FULL, ErrorCode.OUTPUT_TOO_LARGE):
                raise failure from exc
        raise
    finally:
        database.close()
    for damaged in info.damaged:
        print(
            f"giamsat: cảnh báo: {say(damage_detail(damaged))}; "
            "bản sao lưu không có bản tốt của tệp này.",
            file=sys.stderr,
        )
    counts = info.manifest.tables
    print(
        f"Đã sao lưu vào {info.path}: {counts.get('incoming_documents', 0)} văn bản đến, "
        f"{counts.get('outgoing_documents', 0)} văn bản đi, {counts.get('attachments', 0)} tệp."
    )
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from giamsat_desktop.config import data_dir, sqlite_path
    from giamsat_desktop.services.safety.attachment_check import damage_detail
    from giamsat_desktop.services.safety.restore import restore_backup

    url = database_url(args.db)
    path = sqlite_path(url)
    folder = path.parent if path is not None else data_dir()
    outcome = restore_backup(url, args.archive, folder, folder / "backups")
    manifest, before = outcome.manifest, outcome.before
    for damaged in outcome.damaged:
        print(f"giamsat: cảnh báo: {say(damage_detail(damaged))}", file=sys.stderr)
    print(
        f"Đã khôi phục dữ liệu của “{manifest.office}” sao lưu lúc {manifest.created_at}."
        + (f" Dữ liệu trước đó được sao lưu ở {before}." if before else "")
    )
    return EXIT_OK
