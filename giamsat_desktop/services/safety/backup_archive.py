"""The backup archive: a consistent copy of the data, engine-neutral, with checksums.

One zip holds ``manifest.json``, the engine-neutral dump of every table (``data/*.jsonl``,
so a backup made on SQLite restores into PostgreSQL and back), on SQLite a consistent copy
of the file made with the online backup API, and the attachments (or, for the automatic
rotation, a note that they are kept once in the backup folder's shared store).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from giamsat_desktop.db.models import AttachmentContent
from giamsat_desktop.domain.errors import Detail, DetailCode, ErrorCode, StorageError, detail

NOT_DUMPED = frozenset({AttachmentContent.__tablename__})
"""Attachment bytes kept in a shared database go into the archive as files, not as rows."""

SHA256 = re.compile("[0-9a-f]{64}")
"""An attachment's name in the store: never a path."""

FORMAT = 1
PROGRAM = "giamsat_desktop"
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database/giamsat.sqlite3"
DATA_FOLDER = "data"
ATTACHMENT_FOLDER = "attachments"
MAX_MEMBER_BYTES = 8 * 1024**3
"""A single member larger than this is not a backup of an office's register."""
MAX_RATIO = 400
"""Compression ratio above which a large member is taken for a zip bomb."""
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
"""The manifest lists every file with its checksum: tens of thousands fit in a few MB."""
MAX_LINE_BYTES = 16 * 1024 * 1024
"""One row of the dump: far above any row the program writes (its texts have limits)."""
COMPRESSIONS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
"""The only compressions the program writes, and so the only ones it reads."""
_CHUNK = 1024 * 1024
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, OSError)
"""What reading a damaged (or lying) member raises."""


@dataclass(frozen=True)
class Manifest:
    """What a backup says about itself; every file is listed with its SHA-256."""

    program_version: str
    schema_revision: str
    created_at: str
    engine: str
    office: str
    tables: dict[str, int]
    files: dict[str, str]
    audit_head: dict[str, Any] = field(default_factory=dict)
    attachments: str = "included"
    """``included`` in the zip, or ``shared`` in the backup folder's store."""
    kind: str = "manual"

    def to_json(self) -> str:
        """The manifest as stored in the archive."""
        return json.dumps(
            {"format": FORMAT, "program": PROGRAM, **self.__dict__},
            ensure_ascii=False,
            indent=2,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """Read a manifest; anything not ours is refused."""
        data = json.loads(text)
        if data.get("program") != PROGRAM or data.get("format") != FORMAT:
            raise ValueError("not a backup of this program")
        return cls(
            program_version=str(data["program_version"]),
            schema_revision=str(data["schema_revision"]),
            created_at=str(data["created_at"]),
            engine=str(data["engine"]),
            office=str(data.get("office", "")),
            tables={str(k): int(v) for k, v in data["tables"].items()},
            files={str(k): str(v) for k, v in data["files"].items()},
            audit_head=dict(data.get("audit_head", {})),
            attachments=str(data.get("attachments", "included")),
            kind=str(data.get("kind", "manual")),
        )


def sha256_of(stream: IO[bytes]) -> str:
    """Checksum of a stream, read in chunks."""
    digest = hashlib.sha256()
    while chunk := stream.read(_CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def to_json_value(value: Any) -> Any:
    """A column value as JSON: dates and moments as ISO text."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def safe_member(name: str) -> bool:
    """A member name that stays inside the folder it is extracted to."""
    if not name or "\\" in name or name.startswith("/") or ":" in name.split("/")[0]:
        return False
    parts = PurePosixPath(name).parts
    return all(part not in ("..", ".", "") for part in parts)


def unused_path(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``… if taken: a backup never replaces another."""
    candidate, number = path, 1
    while candidate.exists() or candidate.with_name(f".{candidate.name}.partial").exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def invalid(path: Path, code: DetailCode, /, **values: Any) -> StorageError:
    """The error for an archive that cannot be trusted (nothing is changed).

    ``code`` and ``values`` say why; they become the error's ``detail``.
    """
    return StorageError(ErrorCode.BACKUP_INVALID, path=str(path), detail=detail(code, **values))


def read_manifest(path: Path) -> tuple[zipfile.ZipFile, Manifest]:
    """Open an archive and read its manifest, refusing what is not a sound backup.

    Checks the zip structure, member names (no path leaving the folder), sizes (no zip
    bomb), and that every file the manifest lists is there with its checksum.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise invalid(path, DetailCode.BACKUP_NOT_AN_ARCHIVE, error=str(exc)) from exc
    try:
        infos = archive.infolist()
        for info in infos:
            if not safe_member(info.filename):
                raise invalid(path, DetailCode.BACKUP_UNSAFE_NAME, name=info.filename)
            if info.compress_type not in COMPRESSIONS:
                raise StorageError(
                    ErrorCode.BACKUP_COMPRESSION_UNKNOWN,
                    path=str(path),
                    member=info.filename,
                    method=_compression_name(info.compress_type),
                )
            if info.file_size > MAX_MEMBER_BYTES or (
                info.file_size > 100 * 1024 * 1024
                and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                raise invalid(path, DetailCode.BACKUP_MEMBER_TOO_LARGE, name=info.filename)
        names = {info.filename for info in infos}
        if MANIFEST not in names:
            raise invalid(path, DetailCode.BACKUP_NO_MANIFEST)
        try:
            text = read_member(archive, MANIFEST, MAX_MANIFEST_BYTES).decode("utf-8")
            manifest = Manifest.from_json(text)
        except (ValueError, KeyError, TypeError, AttributeError, *_DAMAGED) as exc:
            raise invalid(path, DetailCode.BACKUP_MANIFEST_DAMAGED, error=str(exc)) from exc
        for name, checksum in manifest.files.items():
            if name not in names:
                raise invalid(path, DetailCode.BACKUP_MEMBER_MISSING, name=name)
            try:
                with open_member(archive, name) as member:
                    actual = sha256_of(member)
            except _DAMAGED as exc:
                raise invalid(
                    path, DetailCode.BACKUP_MEMBER_DAMAGED, name=name, error=str(exc)
                ) from exc
            if actual != checksum:
                raise invalid(path, DetailCode.BACKUP_MEMBER_CHANGED, name=name)
        return archive, manifest
    except BaseException:
        archive.close()
        raise


def open_member(archive: zipfile.ZipFile, name: str, limit: int | None = None) -> IO[bytes]:
    """A member's bytes as a stream that never gives (or expands) more than it may.

    The stream stops at the size the archive declares for the member, whatever the member
    holds, and a member declared larger than ``limit`` is refused before it is read. Reads
    go to the zip module a megabyte at a time, so a member that lies about its size costs
    at most that much memory (``ZipFile.read`` or an unsized ``read()`` on the member would
    inflate all it holds at once).

    Raises:
        StorageError: BACKUP_COMPRESSION_UNKNOWN for a compression the program does not
            write (bzip2 and LZMA inflate a whole block at once, however large),
            BACKUP_MEMBER_OVERSIZE for a member declared larger than ``limit``.
    """
    info = archive.getinfo(name)
    where = str(archive.filename or "")
    if info.compress_type not in COMPRESSIONS:
        raise StorageError(
            ErrorCode.BACKUP_COMPRESSION_UNKNOWN,
            path=where,
            member=name,
            method=_compression_name(info.compress_type),
        )
    if limit is not None and info.file_size > limit:
        raise StorageError(ErrorCode.BACKUP_MEMBER_OVERSIZE, path=where, member=name, limit=limit)
    raw = _BoundedMember(archive.open(info), info.file_size)
    return io.BufferedReader(raw, buffer_size=64 * 1024)


def read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """A whole member, refused (never read on) beyond ``limit`` bytes."""
    with open_member(archive, name, limit) as member:
        return member.read()


class _BoundedMember(io.RawIOBase):
    """A member's decompressed bytes, asked for in bounded chunks and cut off at ``limit``.

    The zip module inflates no more than it is asked for at a time (for the two
    compressions accepted), so memory stays bounded however much a member would expand.
    """

    def __init__(self, member: IO[bytes], limit: int) -> None:
        super().__init__()
        self._member = member
        self._left = limit

    def readable(self) -> bool:
        """Always: this is a reading stream."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Fill ``buffer`` with at most a megabyte, never past the limit."""
        view = memoryview(buffer).cast("B")
        data = self._member.read(min(len(view), _CHUNK, self._left)) if self._left > 0 else b""
        view[: len(data)] = data
        self._left -= len(data)
        return len(data)

    def close(self) -> None:
        """Close the member too."""
        if not self.closed:
            self._member.close()
        super().close()


def _compression_name(method: int) -> str | Detail:
    names = {zipfile.ZIP_BZIP2: "bzip2", zipfile.ZIP_LZMA: "LZMA"}
    return names.get(method) or detail(DetailCode.COMPRESSION_NUMBER, number=method)


def iter_jsonl(archive: zipfile.ZipFile, table: str) -> Iterator[dict[str, Any]]:
    """Rows of one table from the dump (each read through a bounded stream)."""
    for _number, row, _escaped in dump_rows(archive, table):
        yield row


def dump_rows(archive: zipfile.ZipFile, table: str) -> Iterator[tuple[int, dict[str, Any], bool]]:
    """Rows of one table from the dump, each with its line number and whether it escapes.

    ``escaped`` says the line holds a JSON escape of a character by its number: only such a
    line can carry text no database stores (a NUL character, half of a surrogate pair), so
    only its texts need a closer look.

    Raises:
        StorageError: BACKUP_ROW_UNREADABLE for a line that is not one JSON object (or is
            longer than any row the program writes).
    """
    name = f"{DATA_FOLDER}/{table}.jsonl"
    where = str(archive.filename or "")
    with open_member(archive, name) as member:
        number = 0
        while line := member.readline(MAX_LINE_BYTES + 1):
            number += 1
            if len(line) > MAX_LINE_BYTES:
                raise StorageError(
                    ErrorCode.BACKUP_ROW_UNREADABLE, path=where, table=table, row=number
                )
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
                raise StorageError(
                    ErrorCode.BACKUP_ROW_UNREADABLE, path=where, table=table, row=number
                ) from exc
            if not isinstance(row, dict):
                raise StorageError(
                    ErrorCode.BACKUP_ROW_UNREADABLE, path=where, table=table, row=number
                )
            yield number, row, b"\\u" in line
