"""The backup archive: a consistent copy of the data, engine-neutral, with checksums.

One zip holds ``manifest.json``, the engine-neutral dump of every table (``data/*.jsonl``,
so a backup made on SQLite restores into PostgreSQL and back), on SQLite a consistent copy
of the file made with the online backup API, and the attachments (or, for the automatic
rotation, a note that they are kept once in the backup folder's shared store).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from giamsat_desktop.domain.errors import ErrorCode, StorageError

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
_CHUNK = 1024 * 1024

Progress = Callable[[float, str], None]


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


def invalid(path: Path, detail: str) -> StorageError:
    """The error for an archive that cannot be trusted (nothing is changed)."""
    return StorageError(ErrorCode.BACKUP_INVALID, path=str(path), detail=detail)


def read_manifest(path: Path) -> tuple[zipfile.ZipFile, Manifest]:
    """Open an archive and read its manifest, refusing what is not a sound backup.

    Checks the zip structure, member names (no path leaving the folder), sizes (no zip
    bomb), and that every file the manifest lists is there with its checksum.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise invalid(path, f"không phải tệp sao lưu ({exc})") from exc
    try:
        infos = archive.infolist()
        for info in infos:
            if not safe_member(info.filename):
                raise invalid(path, f"tên tệp không an toàn: {info.filename}")
            if info.file_size > MAX_MEMBER_BYTES or (
                info.file_size > 100 * 1024 * 1024
                and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                raise invalid(path, f"tệp {info.filename} quá lớn")
        names = {info.filename for info in infos}
        if MANIFEST not in names:
            raise invalid(path, "thiếu manifest.json")
        try:
            manifest = Manifest.from_json(archive.read(MANIFEST).decode("utf-8"))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise invalid(path, f"manifest.json hỏng ({exc})") from exc
        for name, checksum in manifest.files.items():
            if name not in names:
                raise invalid(path, f"thiếu tệp {name}")
            try:
                with archive.open(name) as member:
                    actual = sha256_of(member)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
                raise invalid(path, f"tệp {name} hỏng ({exc})") from exc
            if actual != checksum:
                raise invalid(path, f"tệp {name} đã bị sửa hoặc hỏng")
        return archive, manifest
    except BaseException:
        archive.close()
        raise


def iter_jsonl(archive: zipfile.ZipFile, table: str) -> Iterator[dict[str, Any]]:
    """Rows of one table from the dump."""
    name = f"{DATA_FOLDER}/{table}.jsonl"
    with archive.open(name) as member:
        for line in member:
            if line.strip():
                yield json.loads(line)
