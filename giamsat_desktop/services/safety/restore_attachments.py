"""Putting a backup's attachments back in the data folder's store during a restore.

Each file is checked against its checksum and written whole before it is renamed into
the store. A file the archive lists as damaged (``attachment_check``), or whose only copy
at hand does not match, does not stop the restore: it is returned, to be named with the
documents it serves once the database is in place.
"""

from __future__ import annotations

import errno
import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from giamsat_desktop.domain.errors import DetailCode, ErrorCode, StorageError, detail
from giamsat_desktop.services.files import attachments as attachment_store
from giamsat_desktop.services.safety.attachment_check import (
    DamagedAttachment,
    damaged_in_archive,
    sha256_of_file,
)
from giamsat_desktop.services.safety.backup import copy_atomically
from giamsat_desktop.services.safety.backup_archive import (
    ATTACHMENT_FOLDER,
    SHA256,
    Manifest,
    iter_jsonl,
    open_member,
    sha256_of,
)
from giamsat_desktop.services.safety.working_folders import WorkingFolder


def restore_attachments(
    archive: zipfile.ZipFile,
    manifest: Manifest,
    data_folder: Path,
    shared_store: Path | None,
    working: WorkingFolder,
) -> list[DamagedAttachment]:
    """Put every attachment back in the data folder's store, checking each checksum.

    Each file is written in the working folder first and renamed into the store when
    whole, so a killed restore leaves no partial file among the attachments. A local
    copy already there is kept when whole, and replaced when damaged and a whole copy is
    at hand (the archive's, or the shared store's). Only ``attachments/<checksum>`` members
    are ever taken out (never the archive's ``damaged-attachments/``).

    Returns:
        The files not restored whole: listed as damaged by the archive with no good copy
        at hand, a shared-store copy that does not match, a damaged local copy kept for
        want of a good one. Their documents are named once the database is in place.
    """
    listed = {file.sha256: file for file in damaged_in_archive(archive)}
    not_whole: list[DamagedAttachment] = []
    rows = [
        (str(row["sha256"]), int(row.get("size") or 0))
        for row in iter_jsonl(archive, "attachments")
    ]
    for number, (checksum, size) in enumerate(rows, start=1):
        if not SHA256.fullmatch(checksum):
            raise StorageError(
                ErrorCode.BACKUP_INVALID,
                path=checksum,
                detail=detail(DetailCode.BACKUP_ATTACHMENT_CHECKSUM),
            )
        if number % 50 == 0:
            working.touch()
        target = attachment_store.stored_path(data_folder, checksum)
        local = _local_state(target, checksum)
        if local == "whole":
            continue
        if _fetch_whole(archive, manifest, shared_store, checksum, working.path):
            target.parent.mkdir(parents=True, exist_ok=True)
            _move(working.path / f"{checksum}.tep", target)
            continue
        found = listed.get(checksum)
        at_hand = (
            local == "damaged"
            or found is not None
            or (shared_store is not None and (shared_store / checksum).exists())
        )
        if at_hand:  # else simply missing: `check` lists it afterwards, the records restore
            not_whole.append(found or DamagedAttachment(checksum, size, ()))
    return not_whole


def _local_state(target: Path, checksum: str) -> str:
    """``whole``, ``damaged`` or ``absent``: the copy already in this PC's store."""
    try:
        return "whole" if sha256_of_file(target) == checksum else "damaged"
    except FileNotFoundError:
        return "absent"
    except OSError:
        return "damaged"  # unreadable: as good as damaged


def _fetch_whole(
    archive: zipfile.ZipFile,
    manifest: Manifest,
    shared_store: Path | None,
    checksum: str,
    working: Path,
) -> bool:
    """Write a whole copy of one file to ``<working>/<checksum>.tep``; whether there was one.

    The archive's copy is tried first, then the shared store's; a copy whose bytes do not
    match the checksum is not used (and not left behind).
    """
    partial = working / f"{checksum}.tep"
    member = f"{ATTACHMENT_FOLDER}/{checksum}"
    sources: list[Callable[[], IO[bytes]]] = []
    if member in manifest.files:
        sources.append(lambda: open_member(archive, member))
    if shared_store is not None and (shared_store / checksum).is_file():
        sources.append(lambda: (shared_store / checksum).open("rb"))
    for source in sources:
        try:
            with source() as stream, partial.open("wb") as out:
                shutil.copyfileobj(stream, out, 1024 * 1024)
            with partial.open("rb") as handle:
                if sha256_of(handle) == checksum:
                    return True
        except OSError:
            pass
        partial.unlink(missing_ok=True)
    return False


def _move(source: Path, target: Path) -> None:
    """Rename into place; across drives, copy beside the target and rename there."""
    try:
        os.replace(source, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        copy_atomically(source, target)
        source.unlink(missing_ok=True)
