"""Stored attachments whose bytes no longer match their checksum, and the documents they serve.

An attachment is stored under its SHA-256; a disk that flips a byte leaves a file of the
right size and the wrong content. ``check`` finds such files by hashing every stored one,
and a backup never copies one as if it were whole: it keeps the damaged bytes apart and
lists the file in its manifest (``damaged_attachments``; an archive of an older version has
no such field), so the rest of the archive restores and the clerk is told which
document's file to look for.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import (
    Attachment,
    IncomingAttachment,
    IncomingDocument,
    OutgoingAttachment,
    OutgoingDocument,
    RegisterBook,
)
from giamsat_desktop.domain.errors import Detail, DetailCode, detail
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.services.files.attachments import stored_path

Cancelled = Callable[[], bool]

MANIFEST_FIELD = "damaged_attachments"
"""The manifest's list of the files a backup found damaged (absent in older archives)."""
DAMAGED_FOLDER = "damaged-attachments"
"""Where an archive keeps the damaged bytes (under their real checksum), for salvage only."""
_CHUNK = 1024 * 1024
_BATCH = 500


@dataclass(frozen=True, slots=True)
class AttachedTo:
    """A document a stored file is attached to, as the clerk finds it in the register."""

    kind: str
    """``incoming`` or ``outgoing``."""
    document_id: int
    number: str
    """Số đến (incoming) or số văn bản (outgoing), as written in the register."""
    year: int
    file_name: str


@dataclass(frozen=True, slots=True)
class DamagedAttachment:
    """A stored file whose content no longer matches its checksum."""

    sha256: str
    size: int
    documents: tuple[AttachedTo, ...]
    content_sha256: str = ""
    """The checksum of the bytes found (empty when not read)."""
    kept_as: str = ""
    """In an archive: the member holding the damaged bytes (empty if none was kept)."""

    def to_manifest(self) -> dict[str, Any]:
        """The entry of the manifest's ``damaged_attachments`` list."""
        entry = asdict(self)
        entry["documents"] = [asdict(document) for document in self.documents]
        return entry

    @classmethod
    def from_manifest(cls, entry: dict[str, Any]) -> DamagedAttachment:
        """Read one entry of a manifest's list (restore uses it)."""
        return cls(
            sha256=str(entry["sha256"]),
            size=int(entry.get("size", 0)),
            documents=tuple(
                AttachedTo(
                    kind=str(document.get("kind", "")),
                    document_id=int(document.get("document_id", 0)),
                    number=str(document.get("number", "")),
                    year=int(document.get("year", 0)),
                    file_name=str(document.get("file_name", "")),
                )
                for document in entry.get("documents", [])
            ),
            content_sha256=str(entry.get("content_sha256", "")),
            kept_as=str(entry.get("kept_as", "")),
        )


def sha256_of_file(path: Path) -> str:
    """The checksum of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def find_damaged(
    factory: SessionFactory,
    data_folder: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[DamagedAttachment]:
    """Every file of this PC's store whose bytes do not match the checksum it is stored under.

    A file that is not here, or not of its size, is not read: ``attachments.missing_files``
    lists those (without reading any file). Reports progress about every
    200 files, and stops early (with what it found so far) when ``cancelled`` says so.
    """
    with factory() as session:
        stored = session.execute(select(Attachment.sha256, Attachment.size)).all()
    total = max(len(stored), 1)
    damaged: list[tuple[str, int, str]] = []
    for done, (checksum, size) in enumerate(stored, start=1):
        if cancelled is not None and cancelled():
            break
        path = stored_path(data_folder, str(checksum))
        try:
            if path.stat().st_size == size and (actual := sha256_of_file(path)) != checksum:
                damaged.append((checksum, size, actual))
        except FileNotFoundError:
            pass
        except OSError:
            damaged.append((checksum, size, ""))  # unreadable: as good as damaged
        if progress is not None and (done % 200 == 0 or done == len(stored)):
            progress(done / total, detail(DetailCode.STEP_FILES, done=done, total=len(stored)))
    if not damaged:
        return []
    with factory() as session:
        owners = documents_of(session.connection(), [checksum for checksum, _s, _a in damaged])
    return [
        DamagedAttachment(checksum, size, tuple(owners.get(checksum, ())), actual)
        for checksum, size, actual in damaged
    ]


def documents_of(
    bind: Connection | Engine, checksums: Sequence[str]
) -> dict[str, list[AttachedTo]]:
    """The documents each stored file is attached to, in the order they were attached."""
    found: dict[str, list[AttachedTo]] = {}
    links = (
        ("incoming", IncomingAttachment, IncomingDocument, IncomingDocument.arrival_number_text),
        ("outgoing", OutgoingAttachment, OutgoingDocument, OutgoingDocument.number_text),
    )
    for start in range(0, len(checksums), _BATCH):
        batch = list(checksums[start : start + _BATCH])
        for kind, link, document, number in links:
            query = (
                select(
                    Attachment.sha256, link.document_id, number, RegisterBook.year, link.file_name
                )
                .join(link, link.attachment_id == Attachment.id)
                .join(document, document.id == link.document_id)
                .join(RegisterBook, RegisterBook.id == document.book_id)
                .where(Attachment.sha256.in_(batch))
                .order_by(link.id)
            )
            rows = _execute(bind, query)
            for checksum, document_id, text, year, file_name in rows:
                found.setdefault(checksum, []).append(
                    AttachedTo(kind, int(document_id), str(text), int(year), str(file_name))
                )
    return found


def _execute(bind: Connection | Engine, query: Any) -> list[Any]:
    if isinstance(bind, Engine):
        with bind.connect() as connection:
            return list(connection.execute(query))
    return list(bind.execute(query))


_ATTACHED_TO = {
    "incoming": DetailCode.ATTACHED_TO_INCOMING,
    "outgoing": DetailCode.ATTACHED_TO_OUTGOING,
}


def damage_detail(file: DamagedAttachment) -> Detail:
    """The file and its documents, told by code, for ``check`` and a backup's warning."""
    if not file.documents:
        return detail(DetailCode.ATTACHMENT_DAMAGED_UNLINKED, checksum=file.sha256[:12])
    named = [
        detail(
            _ATTACHED_TO.get(document.kind, DetailCode.ATTACHED_TO_INCOMING),
            file=document.file_name,
            number=document.number,
            year=document.year,
            id=document.document_id,
        )
        for document in file.documents
    ]
    return detail(DetailCode.ATTACHMENT_DAMAGED, documents=named)


def manifest_with(manifest_json: str, damaged: Iterable[DamagedAttachment]) -> str:
    """A manifest's JSON with the damaged files listed (the list only when there are some)."""
    entries = [file.to_manifest() for file in damaged]
    if not entries:
        return manifest_json
    data = json.loads(manifest_json)
    data[MANIFEST_FIELD] = entries
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)


def damaged_in_manifest(manifest_json: str) -> list[DamagedAttachment]:
    """The files a backup recorded as damaged; none for an archive of an older version."""
    entries = json.loads(manifest_json).get(MANIFEST_FIELD, [])
    if not isinstance(entries, list):
        return []
    return [DamagedAttachment.from_manifest(entry) for entry in entries if isinstance(entry, dict)]


def damaged_in_archive(archive: zipfile.ZipFile) -> list[DamagedAttachment]:
    """The damaged files listed in an open archive's manifest."""
    return damaged_in_manifest(archive.read("manifest.json").decode("utf-8"))
