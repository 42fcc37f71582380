"""Backup archives taken apart and put back together: the crafted ones of the restore tests.

An attacker (or a hand edit) can change anything in an archive and rewrite the manifest's
checksums to match, so every builder here does the same: the archives pass the checksum
check and must be refused for what they hold. Members can also be written with any
compression and any declared size, as a zip written by hand can say anything about itself.
"""

from __future__ import annotations

import bz2
import hashlib
import json
import sqlite3
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.hostile import corpus

MANIFEST = "manifest.json"
SQLITE_MEMBER = "database/giamsat.sqlite3"
STORED, DEFLATED, BZIP2, LZMA = 0, 8, 12, 14


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def rebuilt(
    source: Path,
    target: Path,
    *,
    replace: dict[str, bytes] | None = None,
    drop: Iterable[str] = (),
    edit: Callable[[dict[str, Any]], None] | None = None,
) -> Path:
    """A copy of an archive with members replaced or dropped, the manifest made to match."""
    dropped = set(drop)
    members = corpus.archive_members(source)
    manifest = json.loads(dict(members)[MANIFEST])
    kept: list[tuple[str, corpus.Content]] = []
    for name, data in members:
        if name == MANIFEST or name in dropped:
            continue
        data = (replace or {}).get(name, data)
        if name in manifest["files"]:
            manifest["files"][name] = sha256(data)
        kept.append((name, data))
    for name in dropped:
        manifest["files"].pop(name, None)
    if edit is not None:
        edit(manifest)
    kept.append((MANIFEST, json.dumps(manifest, ensure_ascii=False).encode()))
    return corpus.write_zip(target, kept)


def dump_rows(archive: Path, table: str) -> list[dict[str, Any]]:
    """The rows of one table in an archive's dump."""
    with zipfile.ZipFile(archive) as opened:
        text = opened.read(f"data/{table}.jsonl").decode("utf-8")
    return [json.loads(line) for line in text.splitlines() if line]


def with_dump_line(
    source: Path,
    target: Path,
    table: str,
    line: int,
    change: Callable[[dict[str, Any]], None],
    *,
    drop: Iterable[str] = (),
) -> Path:
    """A copy whose dump of ``table`` has row number ``line`` (1 = first) changed."""
    rows = dump_rows(source, table)
    change(rows[line - 1])
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    return rebuilt(source, target, replace={f"data/{table}.jsonl": text.encode()}, drop=drop)


def with_dump_rows(
    source: Path, target: Path, table: str, rows: list[dict[str, Any]], *, drop: Iterable[str] = ()
) -> Path:
    """A copy whose dump of ``table`` holds ``rows``, counted so in the manifest."""
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)

    def count(manifest: dict[str, Any]) -> None:
        manifest["tables"][table] = len(rows)

    return rebuilt(
        source, target, replace={f"data/{table}.jsonl": text.encode()}, drop=drop, edit=count
    )


def with_database_changed(
    source: Path, target: Path, change: Callable[[sqlite3.Connection], None]
) -> Path:
    """A copy whose SQLite copy was changed by ``change`` (statements on an open file)."""
    work = target.with_name(f"{target.stem}-sua.sqlite3")
    with zipfile.ZipFile(source) as opened:
        work.write_bytes(opened.read(SQLITE_MEMBER))
    connection = sqlite3.connect(work, isolation_level=None)
    try:
        change(connection)
    finally:
        connection.close()
    data = work.read_bytes()
    work.unlink()
    return rebuilt(source, target, replace={SQLITE_MEMBER: data})


# ----- members that lie ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    """One member as written into a zip by hand: its compressed bytes and what it declares."""

    name: str
    data: bytes
    """The member's bytes as stored (already compressed by ``method``)."""
    method: int
    size: int
    """The expanded size declared in the headers (true or not)."""
    crc: int = 0


def stored(name: str, content: bytes) -> Member:
    """A member kept as it is, honest about its size."""
    return Member(name, content, STORED, len(content), zlib.crc32(content))


def deflated(name: str, content: bytes, *, size: int | None = None) -> Member:
    """A deflated member; ``size`` makes it declare another expanded size."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = compressor.compress(content) + compressor.flush()
    declared = len(content) if size is None else size
    return Member(name, data, DEFLATED, declared, zlib.crc32(content[:declared]))


def deflated_zeros(name: str, mib: int, *, size: int) -> Member:
    """A deflated member of ``mib`` MiB of zero bytes that declares ``size`` bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(corpus.MiB)
    data = b"".join(compressor.compress(chunk) for _ in range(mib)) + compressor.flush()
    return Member(name, data, DEFLATED, size, zlib.crc32(bytes(size)))


def bzip2_zeros(name: str, mib: int, *, size: int) -> Member:
    """A bzip2 member of ``mib`` MiB of zero bytes (a few hundred bytes) declaring ``size``."""
    compressor = bz2.BZ2Compressor(9)
    chunk = bytes(corpus.MiB)
    data = b"".join(compressor.compress(chunk) for _ in range(mib)) + compressor.flush()
    return Member(name, data, BZIP2, size, zlib.crc32(bytes(size)))


def lzma_member(name: str, content: bytes) -> Member:
    """An LZMA member as zip programs write it (honest sizes)."""
    compressor = zipfile.LZMACompressor()  # type: ignore[attr-defined]
    data = compressor.compress(content) + compressor.flush()
    return Member(name, data, LZMA, len(content), zlib.crc32(content))


def write_members(path: Path, members: Iterable[Member]) -> Path:
    """A zip of these members, byte by byte, saying about each what the member says."""
    local = bytearray()
    central = bytearray()
    count = 0
    for member in members:
        encoded = member.name.encode("utf-8")
        offset = len(local)
        fields = (
            0x800,
            member.method,
            0,
            0x21,
            member.crc,
            len(member.data),
            member.size,
            len(encoded),
        )
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, *fields, 0)
        local += encoded + member.data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, *fields, 0, 0, 0, 0, 0o100644 << 16, offset
        )
        central += encoded
        count += 1
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), len(local), 0)
    path.write_bytes(bytes(local) + bytes(central) + end)
    return path


def with_members(source: Path, target: Path, extra: Iterable[Member], *, listed: bool) -> Path:
    """A copy of an archive (members stored) plus ``extra``; ``listed`` puts them in the manifest.

    A listed member gets a checksum of what it declares to hold, so the archive looks
    whole until the member is read.
    """
    members = corpus.archive_members(source)
    manifest = json.loads(dict(members)[MANIFEST])
    added = list(extra)
    if listed:
        for member in added:
            manifest["files"][member.name] = sha256(bytes(member.size))
    written = [stored(name, data) for name, data in members if name != MANIFEST]
    written += added
    written.append(stored(MANIFEST, json.dumps(manifest, ensure_ascii=False).encode()))
    return write_members(target, written)
