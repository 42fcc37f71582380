"""Hostile inputs, built at run time: nothing binary is committed.

Each builder writes one file a clerk might be handed (or an attacker might craft) into a
folder the test chose, and returns its path. The files are small on disk even when they
expand to gigabytes: a zip bomb is written as one deflate block repeated, never expanded.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

MiB = 1024 * 1024


@dataclass(frozen=True)
class Repeated:
    """``piece`` written ``times`` times in a row: how a bomb says "a gigabyte of this"."""

    piece: bytes
    times: int


Content = bytes | Sequence[bytes | Repeated]


def _segments(content: Content) -> list[Repeated]:
    if isinstance(content, bytes):
        return [Repeated(content, 1)]
    return [part if isinstance(part, Repeated) else Repeated(part, 1) for part in content]


def _deflate(content: Content) -> tuple[bytes, int, int]:
    """Raw deflate data, CRC-32 and expanded size, compressing each distinct piece once.

    Every piece is compressed on its own and closed with a full flush, which resets the
    compressor: the bytes for a piece are then the same wherever it stands, so a piece
    repeated a thousand times costs one compression and a thousand copies.
    """
    parts: list[bytes] = []
    crc = 0
    size = 0
    for segment in _segments(content):
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        block = compressor.compress(segment.piece) + compressor.flush(zlib.Z_FULL_FLUSH)
        parts.append(block * segment.times)
        for _ in range(segment.times):
            crc = zlib.crc32(segment.piece, crc)
        size += len(segment.piece) * segment.times
    parts.append(zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH))
    return b"".join(parts), crc, size


def write_zip(path: Path, members: Iterable[tuple[str, Content]]) -> Path:
    """A zip of deflated members written byte by byte, whatever their names or sizes.

    ``zipfile`` would refuse nothing here either, but it would have to expand a bomb to
    write it; this writes the compressed form directly. Sizes stay under 4 GiB (no zip64).
    """
    local = bytearray()
    central = bytearray()
    count = 0
    for name, content in members:
        data, crc, size = _deflate(content)
        if size >= 2**32 or len(data) >= 2**32:
            raise ValueError("member too large for a zip without zip64")
        encoded = name.encode("utf-8")
        offset = len(local)
        flags = 0x800  # names in UTF-8
        local += struct.pack(
            "<IHHHHHIIIHH",
            0x04034B50,
            20,
            flags,
            8,
            0,
            0x21,
            crc,
            len(data),
            size,
            len(encoded),
            0,
        )
        local += encoded + data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            flags,
            8,
            0,
            0x21,
            crc,
            len(data),
            size,
            len(encoded),
            0,
            0,
            0,
            0,
            0o100644 << 16,
            offset,
        )
        central += encoded
        count += 1
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), len(local), 0)
    path.write_bytes(bytes(local) + bytes(central) + end)
    return path


# ----- workbooks -------------------------------------------------------------------------------

_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
_PACKAGE = "http://schemas.openxmlformats.org/package/2006"
_OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CONTENT_TYPES = (
    f'{_XML}<Types xmlns="{_PACKAGE}/content-types">'
    '<Default Extension="rels"'
    ' ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_OFFICE}.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml"'
    f' ContentType="{_OFFICE}.worksheet+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    f'{_XML}<Relationships xmlns="{_PACKAGE}/relationships">'
    f'<Relationship Id="rId1" Type="{_RELATIONSHIP}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    f'{_XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    f' xmlns:r="{_RELATIONSHIP}">'
    '<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    f'{_XML}<Relationships xmlns="{_PACKAGE}/relationships">'
    f'<Relationship Id="rId1" Type="{_RELATIONSHIP}/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
_SHEET_HEAD = (
    f"{_XML}"
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_TAIL = "</sheetData></worksheet>"
HEADER = ("Số đến", "Ngày đến", "Tác giả", "Số, ký hiệu", "Trích yếu nội dung")


def _column(index: int) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index]


def _cell(row: int, column: int, value: object) -> str:
    where = f"{_column(column)}{row}"
    if isinstance(value, int):
        return f'<c r="{where}"><v>{value}</v></c>'
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c r="{where}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def sheet_rows(rows: Sequence[Sequence[object]], *, first: int = 1) -> bytes:
    """Rows of text cells kept in the sheet (Excel writes a control character as ``_x0007_``)."""
    return "".join(
        f'<row r="{first + n}">'
        + "".join(_cell(first + n, c, v) for c, v in enumerate(row))
        + "</row>"
        for n, row in enumerate(rows)
    ).encode("utf-8")


def write_workbook(path: Path, sheet: Content, *, sheet_name: str = "Sổ đến 2026") -> Path:
    """An .xlsx as Excel lays it out, with one sheet whose XML body is ``sheet``."""
    body = _segments(sheet)
    return write_zip(
        path,
        [
            ("[Content_Types].xml", _CONTENT_TYPES.encode()),
            ("_rels/.rels", _ROOT_RELS.encode()),
            ("xl/workbook.xml", _WORKBOOK.format(name=sheet_name).encode("utf-8")),
            ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS.encode()),
            (
                "xl/worksheets/sheet1.xml",
                [Repeated(_SHEET_HEAD.encode(), 1), *body, Repeated(_SHEET_TAIL.encode(), 1)],
            ),
        ],
    )


def register_workbook(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    """A Sổ đăng ký văn bản đến in Excel: the header, then ``rows`` (number, date, …)."""
    return write_workbook(path, sheet_rows([HEADER, *rows]))


def workbook_bomb(path: Path, expanded_mib: int) -> Path:
    """A register of a few kilobytes whose one subject cell expands to ``expanded_mib`` MiB.

    The sheet records no size, as some programs write it, so even counting its rows
    means reading the cell.
    """
    start = (
        sheet_rows([HEADER])
        + (
            '<row r="2"><c r="A2"><v>1</v></c>'
            '<c r="B2" t="inlineStr"><is><t>02/03/2026</t></is></c>'
            '<c r="C2" t="inlineStr"><is><t>Đảng ủy xã Tân Hưng</t></is></c>'
            '<c r="D2" t="inlineStr"><is><t>15-CV/ĐU</t></is></c>'
            '<c r="E2" t="inlineStr"><is><t>'
        ).encode()
    )
    end = b"</t></is></c></row>"
    return write_workbook(path, [start, Repeated(b"A" * MiB, expanded_mib), end])


NOT_EXCEL: dict[str, bytes] = {
    "cong-van-scan.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n",
    "so-den.csv": "Số đến;Ngày đến;Tác giả\n1;02/03/2026;Đảng ủy xã\n".encode(),
    "anh-chup.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64),
    "rong.xlsx": b"",
    "rac.bin": bytes(range(256)) * 4,
}
"""Files that are not workbooks, each to be saved under a name ending in .xlsx."""


def word_document_named_xlsx(path: Path) -> Path:
    """A zip that is an Office document, but not a workbook (a .docx renamed .xlsx)."""
    return write_zip(
        path,
        [
            ("[Content_Types].xml", b'<?xml version="1.0"?><Types/>'),
            ("word/document.xml", "<w:document>Biên bản giám sát</w:document>".encode()),
        ],
    )


def truncated_copy(source: Path, target: Path, keep: float = 0.5) -> Path:
    """The first part of a file, as a copy cut short by a full USB stick."""
    data = source.read_bytes()
    target.write_bytes(data[: int(len(data) * keep)])
    return target


# ----- backup archives -------------------------------------------------------------------------


def archive_members(source: Path) -> list[tuple[str, bytes]]:
    """Every member of a zip, in order, expanded (only for small archives)."""
    import zipfile

    with zipfile.ZipFile(source) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def flip_byte_in_member(source: Path, target: Path, member: str, at: int = 100) -> Path:
    """A copy with one byte of a member's stored data changed, as a failing disk does."""
    import zipfile

    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(member)
    name_length, extra_length = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_length + extra_length
    data[start + min(at, info.compress_size - 1)] ^= 0x01
    target.write_bytes(bytes(data))
    return target
