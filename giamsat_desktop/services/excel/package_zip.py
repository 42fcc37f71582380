"""The zip level of an .xlsx: its list of parts read safely, each part expanded to its real size."""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from giamsat_desktop.domain.errors import Detail, DetailCode, ValidationError, detail
from giamsat_desktop.services.excel.package_limits import (
    MAX_DIRECTORY_BYTES,
    MAX_EXPANDED_BYTES,
    MiB,
    Refused,
    megabytes,
    refusal,
)

__all__ = ["ZipParts", "list_members"]

_CHUNK = 1 * MiB
_DEFLATED = zipfile.ZIP_DEFLATED
_STORED = zipfile.ZIP_STORED
_LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")
_END = struct.Struct("<4s4H2LH")
_END64_LOCATOR = struct.Struct("<4sLQL")
_END64 = struct.Struct("<4sQ2H2L4Q")


class ZipParts:
    """The parts of one .xlsx, each read with its real size, and the sentences refusing it."""

    def __init__(self, handle: BinaryIO, name: str, members: dict[str, zipfile.ZipInfo]) -> None:
        self.handle = handle
        self.name = name
        self.members = members

    # ----- sentences ------------------------------------------------------------------

    def damaged(self, why: Detail) -> Refused:
        """The file is damaged, for the reason ``why``."""
        return Refused(detail(DetailCode.EXCEL_DAMAGED, file=self.name, detail=why))

    def too_large(self, why: Detail) -> Refused:
        """The file expands beyond a limit, the one ``why`` names."""
        return Refused(detail(DetailCode.EXCEL_EXPANDS_TOO_MUCH, file=self.name, detail=why))

    def unusual(self, why: Detail) -> Refused:
        """The file is written in a way not read (a password, a compression), as ``why`` says."""
        return Refused(detail(DetailCode.EXCEL_NOT_READ, file=self.name, detail=why))

    # ----- reading a member with its real size ---------------------------------------------

    def chunks(self, info: zipfile.ZipInfo, limit: int) -> Iterator[bytes]:
        """A member's bytes, expanded piece by piece, refused beyond ``limit`` or its size.

        The size the zip states is not trusted: the deflate stream is expanded from the data
        the central directory delimits, as the readers do, and refused as soon as it gives
        more than stated.
        """
        if info.flag_bits & 0x1:
            raise self.unusual(detail(DetailCode.EXCEL_PASSWORD_PART))
        if info.compress_type not in (_STORED, _DEFLATED):
            raise self.unusual(detail(DetailCode.EXCEL_PART_COMPRESSION, part=info.filename))
        if info.file_size > limit:
            raise self.too_large(
                detail(
                    DetailCode.EXCEL_PART_SIZE,
                    part=info.filename,
                    size=megabytes(info.file_size),
                    limit=megabytes(limit),
                )
            )
        handle = self.handle
        handle.seek(info.header_offset)
        header = handle.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
            raise self.damaged(detail(DetailCode.EXCEL_PART_MISSING, part=info.filename))
        name_length, extra_length = _LOCAL_HEADER.unpack(header)[9:]
        handle.seek(info.header_offset + _LOCAL_HEADER.size + name_length + extra_length)
        left = info.compress_size
        expand = zlib.decompressobj(-15) if info.compress_type == _DEFLATED else None
        produced = 0
        crc = 0
        while left > 0 or (expand is not None and expand.unconsumed_tail):
            if expand is not None and expand.unconsumed_tail:
                raw = expand.unconsumed_tail
            else:
                raw = handle.read(min(left, _CHUNK))
                if not raw:
                    raise self.damaged(detail(DetailCode.EXCEL_PART_CUT, part=info.filename))
                left -= len(raw)
            try:
                data = raw if expand is None else expand.decompress(raw, _CHUNK)
            except zlib.error as error:
                raise self.damaged(
                    detail(DetailCode.EXCEL_PART_NOT_EXPANDED, part=info.filename)
                ) from error
            produced += len(data)
            if produced > info.file_size:
                raise self.damaged(detail(DetailCode.EXCEL_PART_LONGER, part=info.filename))
            if data:
                crc = zlib.crc32(data, crc)
                yield data
            if expand is not None and expand.eof:
                break
        finished = expand is None or expand.eof
        if not finished or produced != info.file_size or crc != info.CRC:
            raise self.damaged(detail(DetailCode.EXCEL_PART_MISMATCH, part=info.filename))


def _not_a_workbook() -> ValidationError:
    return refusal(detail(DetailCode.EXCEL_NOT_EXCEL))


def _directory_size(path: Path) -> int:
    """The size of the zip's central directory, read from its end record.

    Read before zipfile builds an object for every entry (millions, in a file crafted so).
    """
    with path.open("rb") as handle:
        handle.seek(0, 2)
        length = handle.tell()
        handle.seek(max(0, length - _END.size - 65_535))
        tail = handle.read()
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or at + _END.size > len(tail):
            return 0  # zipfile finds no end either, and says so
        size = _END.unpack_from(tail, at)[5]
        start = at - _END64_LOCATOR.size
        if start >= 0 and tail[start : start + 4] == b"PK\x06\x07":
            offset = _END64_LOCATOR.unpack_from(tail, start)[2]
            handle.seek(offset)
            record = handle.read(_END64.size)
            if len(record) == _END64.size and record[:4] == b"PK\x06\x06":
                size = max(size, _END64.unpack(record)[8])
        return int(size)


def list_members(path: Path) -> dict[str, zipfile.ZipInfo]:
    """The parts the zip lists, by name, once its list is known to be small and sound.

    Raises:
        ValidationError: The file is not a zip, lists too many parts, lists one twice, or
            states sizes beyond the limits (field "file").
    """
    try:
        if _directory_size(path) > MAX_DIRECTORY_BYTES:
            raise refusal(detail(DetailCode.EXCEL_TOO_MANY_PARTS, file=path.name))
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct.error) as error:
        raise _not_a_workbook() from error
    members: dict[str, zipfile.ZipInfo] = {}
    names: set[str] = set()
    for info in infos:
        if info.filename.casefold() in names:
            raise refusal(
                detail(
                    DetailCode.EXCEL_DAMAGED,
                    file=path.name,
                    detail=detail(DetailCode.EXCEL_PART_TWICE, part=info.filename),
                )
            )
        names.add(info.filename.casefold())
        members[info.filename] = info
    if sum(info.file_size for info in infos) > 2 * MAX_EXPANDED_BYTES:
        raise refusal(detail(DetailCode.EXCEL_EXPANDS_TOO_MUCH_ALL))
    return members
