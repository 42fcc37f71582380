"""An .xlsx checked part by part before any reader builds a grid from it.

A workbook is a zip of XML parts, and the readers trust what the parts say. calamine gives
every position between A1 and the farthest filled cell a place in one grid (a 1.8 KB file
with one cell at XFD1048576 asks for 512 GiB and aborts the whole program, which no
``except`` can catch), copies a shared text into every cell that refers to it, and reads on
past an end tag that does not match its start. So the parts are read here first, streamed
in bounded pieces:

* the zip lists a few parts, not millions, and every XML part must be well-formed, with no
  document type (no entities to expand), and expand to exactly the size its zip entry
  states, within the limits below;
* the cells of every worksheet must lie within the rows and columns a register can have.
  Most files are checked by looking at the cell tags alone (``<c r="B12"``, all within
  A1:AD99999); a file with a cell farther away has its references read to find the
  farthest, and one written otherwise (cells without a reference, a namespace prefix) is
  read event by event to place every cell as calamine would;
* the texts that cells share, counted once per cell that uses them, must fit in memory.

What is beyond a limit is refused with a Vietnamese sentence naming the file, the sheet and
the bound; a worksheet wider or longer than calamine's grid may be but within the limits is
left to a reader that streams it row by row. The answer is kept for the file as it is on
disk, so that listing the sheets, finding the header and reading the rows check it once.
"""

from __future__ import annotations

import re
import struct
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO
from xml.parsers import expat

from giamsat_desktop.domain.errors import Detail, DetailCode, ErrorCode, ValidationError, detail

__all__ = [
    "MAX_COLUMNS",
    "MAX_DIRECTORY_BYTES",
    "MAX_EXPANDED_BYTES",
    "MAX_GRID_CELLS",
    "MAX_PART_BYTES",
    "MAX_ROWS",
    "MAX_SHARED_STRINGS_BYTES",
    "MAX_SHARED_TEXT_BYTES",
    "Inspection",
    "SheetExtent",
    "column_letters",
    "inspect",
]

MiB = 1024 * 1024

MAX_COLUMNS = 100
"""Columns a worksheet may use (A to CV): a register has about twenty."""
MAX_ROWS = 100_000
"""The last row a worksheet may fill: a hundred thousand documents, decades of a register."""
MAX_GRID_CELLS = 3_000_000
"""Cells from A1 to the farthest filled one that calamine may hold as one grid (about 100 MB).

A sheet within the limits but with a larger grid (cells far apart) is streamed row by row.
"""
MAX_PART_BYTES = 120 * MiB
"""The largest part (one worksheet's XML) read: a full register of 100,000 rows is smaller."""
MAX_SHARED_STRINGS_BYTES = 64 * MiB
"""The largest table of shared texts, which calamine holds whole."""
MAX_EXPANDED_BYTES = 256 * MiB
"""All XML parts together; a register's workbook expands to much less."""
MAX_SHARED_TEXT_BYTES = 96 * MiB
"""Shared texts counted once per cell that uses them: calamine copies them into each cell."""

_CHUNK = 1 * MiB
_SHARED_STRINGS = "xl/sharedStrings.xml"
_XML_PART = re.compile(r".*\.(?:xml|rels)", re.IGNORECASE)
_DEFLATED = zipfile.ZIP_DEFLATED
_STORED = zipfile.ZIP_STORED
_LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")

# A cell tag as Excel, LibreOffice and openpyxl write it: the reference first, within A1:AD99999.
# Any other opening of a cell tag sends the part to the event-by-event reading.
_UNUSUAL_CELL = re.compile(rb'<c(?:[/>]|\s(?!r="(?:A[A-D]|[A-Z])[1-9][0-9]{0,4}"))')
_PREFIXED_CELL = re.compile(rb":c[\s/>]")
_CELL_REFERENCE = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,7})"')
# A cell using a shared text as Excel writes it, and any "t" attribute naming a shared text.
_SHARED_CELL = re.compile(
    rb'<c r="[A-Z]{1,3}[0-9]{1,7}"(?: s="[0-9]{1,9}")? t="s"><v>([0-9]{1,9})</v>'
)
_SHARED_TYPE = re.compile(rb"\bt\s*=\s*[\"']s[\"']")
_SHARED_TEXT_START = re.compile(rb"<si[\s/>]")
_NOT_CANONICAL_CELL = re.compile(rb'<c(?:[/>]|\s(?!r="[A-Z]{1,3}[1-9][0-9]{0,6}"))')
_CANONICAL_REFERENCE = re.compile(rb'<c r="([A-Z]{1,3})([1-9][0-9]{0,6})"')
_SMALLEST_SHARED_CELL = len('<c r="A1" t="s"><v>0</v></c>')
_REFERENCE = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})")


def column_letters(number: int) -> str:
    """The letters Excel shows for a column (1 is A, 27 is AA)."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _megabytes(size: int) -> int:
    return max(1, round(size / MiB))


@dataclass(frozen=True, slots=True)
class SheetExtent:
    """Where a worksheet's cells are, and whether it can be read.

    Attributes:
        rows: The last row holding a value (rough when ``exact`` is False: the last one the
            file writes), 0 for an empty sheet.
        exact: Whether ``rows`` and ``columns`` were counted cell by cell.
        columns: The last column holding a value, when ``exact``.
        grid: Whether calamine may build the sheet as one grid.
        refusal: Why the sheet cannot be read, by code and values; None when it can.
    """

    rows: int
    exact: bool
    columns: int | None
    grid: bool
    refusal: Detail | None


@dataclass(frozen=True, slots=True)
class Inspection:
    """What a workbook holds, checked.

    Attributes:
        sheets: Each worksheet's extent by name, in workbook order.
        date_1904: Whether the workbook counts dates from 1904 (old Mac files).
        grid: Whether every worksheet part fits calamine's grid (otherwise none is read by
            calamine: a part it would read under another name may not fit).
    """

    sheets: dict[str, SheetExtent]
    date_1904: bool
    grid: bool


class _Refused(Exception):
    """The file cannot be read; ``reason`` says why, by code and values."""

    def __init__(self, reason: Detail) -> None:
        super().__init__(reason)
        self.reason = reason


class _SheetRefused(_Refused):
    """One worksheet is beyond a limit; the rest of the workbook may still be read."""


class _NotUsual(Exception):
    """A part is not written as the quick look expects: its cells must be placed one by one."""


def _column_key(letters: bytes) -> tuple[int, bytes]:
    return len(letters), letters


_EXPAT_REASONS = {
    expat.errors.codes[expat.errors.XML_ERROR_TAG_MISMATCH]: DetailCode.XML_TAG_MISMATCH,
    expat.errors.codes[expat.errors.XML_ERROR_UNCLOSED_TOKEN]: DetailCode.XML_CUT,
    expat.errors.codes[expat.errors.XML_ERROR_NO_ELEMENTS]: DetailCode.XML_CUT,
    expat.errors.codes[expat.errors.XML_ERROR_UNDEFINED_ENTITY]: DetailCode.XML_UNDEFINED_ENTITY,
    expat.errors.codes[expat.errors.XML_ERROR_INVALID_TOKEN]: DetailCode.XML_INVALID_TOKEN,
    expat.errors.codes[expat.errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT]: DetailCode.XML_JUNK_AFTER,
    expat.errors.codes[expat.errors.XML_ERROR_DUPLICATE_ATTRIBUTE]: (
        DetailCode.XML_DUPLICATE_ATTRIBUTE
    ),
}


class _DocumentType(Exception):
    """A part declares a document type (and so could declare entities): refused."""


def _no_document_type(*_: Any) -> None:
    raise _DocumentType


def _parser() -> Any:
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _no_document_type
    return parser


def _local(name: str) -> str:
    return name.rpartition(":")[2]


@dataclass(frozen=True, slots=True)
class _SharedTexts:
    """The length in bytes of each shared text (an upper bound), and the longest."""

    lengths: Sequence[int]
    longest: int


@dataclass(frozen=True, slots=True)
class _PartCells:
    """Where a part's cells are: bounded (a part written as usual) or placed one by one."""

    rows: int
    exact: bool
    columns: int | None
    grid: bool


class _SharedCount:
    """The texts cells share, counted once per cell, in a part written as usual.

    Counted only when the part is large enough for it to matter; a cell naming a shared text
    in a way not written as usual (which the count would miss) sends the part to be read
    event by event.
    """

    def __init__(self, shared: _SharedTexts | None, info: zipfile.ZipInfo) -> None:
        self.lengths = shared.lengths if shared is not None else ()
        self.active = shared is not None and (
            info.file_size // _SMALLEST_SHARED_CELL * shared.longest > MAX_SHARED_TEXT_BYTES
        )
        self.counted = 0
        self.types = 0
        self.total = 0

    def look(self, region: bytes) -> None:
        if self.active:
            lengths, known = self.lengths, len(self.lengths)
            indexes = [int(index) for index in _SHARED_CELL.findall(region)]
            self.total += sum(lengths[index] for index in indexes if index < known)
            self.counted += len(indexes)
            self.types += len(_SHARED_TYPE.findall(region))

    def check(self, package: _Package, label: str) -> bool:
        """False when a cell escaped the count; refused when the texts are too long."""
        if not self.active:
            return True
        if self.counted != self.types:
            return False
        if self.total > MAX_SHARED_TEXT_BYTES:
            raise package.too_much_text(label, self.total)
        return True


class _CellPlaces:
    """Expat handlers placing every cell as calamine does, and stopping at a limit.

    calamine places a cell at its reference, or after the cell before it (in the row the row
    tag names, or after the row before) when it has none; a cell holds a value when it has a
    ``<v>`` or ``<is>``. A cell using a shared text counts that text's length.
    """

    def __init__(self, package: _Package, sheet: str, shared: _SharedTexts | None) -> None:
        self.package = package
        self.sheet = sheet
        self.lengths = shared.lengths if shared is not None else ()
        self.row = 0
        self.column = 0
        self.cell: tuple[int, int] | None = None
        self.valued = False
        self.shared_cell = False
        self.in_index = False
        self.index: list[str] = []
        self.last_row = 0
        self.last_column = 0
        self.shared_bytes = 0

    def start(self, name: str, attributes: dict[str, str]) -> None:
        local = _local(name)
        if local == "c":
            reference = attributes.get("r")
            if reference is None:
                self.cell = (self.row, self.column)
            else:
                self.cell = self._place(reference)
                self.column = self.cell[1]
            self.valued = False
            self.shared_cell = attributes.get("t") == "s"
        elif local == "row":
            number = attributes.get("r")
            if number is not None:
                if not (number.isascii() and number.isdigit() and 0 < int(number) < 2**31):
                    raise self.package.damaged(
                        detail(DetailCode.EXCEL_BAD_ROW_NUMBER, sheet=self.sheet)
                    )
                self.row = int(number) - 1
        elif self.cell is not None and local in ("v", "is"):
            self.valued = True
            if local == "v" and self.shared_cell:
                self.in_index = True
                self.index = []

    def end(self, name: str) -> None:
        local = _local(name)
        if local == "c":
            if self.cell is not None and self.valued:
                self._filled(self.cell[0] + 1, self.cell[1] + 1)
            self.cell = None
            self.column += 1
        elif local == "row":
            self.row += 1
            self.column = 0
        elif local == "v" and self.in_index:
            self.in_index = False
            written = "".join(self.index)
            index = int(written) if written.isascii() and written.isdigit() else 0
            if index < len(self.lengths):
                self.shared_bytes += self.lengths[index]
                if self.shared_bytes > MAX_SHARED_TEXT_BYTES:
                    raise self.package.too_much_text(self.sheet, self.shared_bytes)

    def text(self, data: str) -> None:
        if self.in_index:
            self.index.append(data)

    def _place(self, reference: str) -> tuple[int, int]:
        match = _REFERENCE.fullmatch(reference)
        if match is None or int(match.group(2)) == 0:
            raise self.package.damaged(detail(DetailCode.EXCEL_BAD_CELL_ADDRESS, sheet=self.sheet))
        column = 0
        for letter in match.group(1).upper():
            column = column * 26 + ord(letter) - 64
        return int(match.group(2)) - 1, column - 1

    def _filled(self, row: int, column: int) -> None:
        if column > MAX_COLUMNS:
            raise self.package.far_column(self.sheet, row, column)
        if row > MAX_ROWS:
            raise self.package.far_row(self.sheet, row, column)
        self.last_row = max(self.last_row, row)
        self.last_column = max(self.last_column, column)


class _Package:
    """The parts of one .xlsx, read with their real sizes and checked."""

    def __init__(self, handle: BinaryIO, name: str, members: dict[str, zipfile.ZipInfo]) -> None:
        self.handle = handle
        self.name = name
        self.members = members

    # ----- sentences ------------------------------------------------------------------

    def damaged(self, why: Detail) -> _Refused:
        return _Refused(detail(DetailCode.EXCEL_DAMAGED, file=self.name, detail=why))

    def too_large(self, why: Detail) -> _Refused:
        return _Refused(detail(DetailCode.EXCEL_EXPANDS_TOO_MUCH, file=self.name, detail=why))

    def unusual(self, why: Detail) -> _Refused:
        return _Refused(detail(DetailCode.EXCEL_NOT_READ, file=self.name, detail=why))

    def not_xml(self, where: Detail, error: expat.ExpatError) -> _Refused:
        reason = _EXPAT_REASONS.get(error.code, DetailCode.XML_SYNTAX)
        return self.damaged(
            detail(
                DetailCode.EXCEL_BAD_XML,
                where=where,
                reason=detail(reason),
                line=error.lineno,
                offset=error.offset + 1,
            )
        )

    def far_column(self, sheet: str, row: int, column: int) -> _SheetRefused:
        return _SheetRefused(
            detail(
                DetailCode.EXCEL_FAR_COLUMN,
                sheet=sheet,
                file=self.name,
                cell=f"{column_letters(column)}{row}",
                number=column,
                limit=MAX_COLUMNS,
                last=column_letters(MAX_COLUMNS),
            )
        )

    def far_row(self, sheet: str, row: int, column: int) -> _SheetRefused:
        return _SheetRefused(
            detail(
                DetailCode.EXCEL_FAR_ROW,
                sheet=sheet,
                file=self.name,
                cell=f"{column_letters(column)}{row}",
                number=row,
                limit=MAX_ROWS,
            )
        )

    def too_much_text(self, sheet: str, size: int) -> _SheetRefused:
        return _SheetRefused(
            detail(
                DetailCode.EXCEL_TOO_MUCH_SHARED_TEXT,
                sheet=sheet,
                file=self.name,
                size=_megabytes(size),
                limit=_megabytes(MAX_SHARED_TEXT_BYTES),
            )
        )

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
                    size=_megabytes(info.file_size),
                    limit=_megabytes(limit),
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

    def parse(
        self, info: zipfile.ZipInfo, where: Detail, parser: Any, limit: int
    ) -> Iterator[bytes]:
        """Feed a part to ``parser`` and give its pieces on, refusing XML that is not sound."""
        return self.parse_pieces(info, where, parser, self.chunks(info, limit))

    def parse_pieces(
        self, info: zipfile.ZipInfo, where: Detail, parser: Any, pieces: Iterator[bytes]
    ) -> Iterator[bytes]:
        """Feed ``pieces`` of a part to ``parser`` and give them on; the end is checked too."""
        try:
            for data in pieces:
                parser.Parse(data, False)
                yield data
            parser.Parse(b"", True)
        except expat.ExpatError as error:
            raise self.not_xml(where, error) from error
        except _DocumentType as error:
            raise self.unusual(detail(DetailCode.EXCEL_DOCTYPE, where=where)) from error

    def small_part(
        self, info: zipfile.ZipInfo, start: Callable[[str, dict[str, str]], None]
    ) -> None:
        """Read a small part (relationships, workbook) with an element handler."""
        parser = _parser()
        parser.StartElementHandler = start
        where = detail(DetailCode.EXCEL_WHERE_PART, part=info.filename)
        for _ in self.parse(info, where, parser, MAX_PART_BYTES):
            pass

    # ----- shared texts -------------------------------------------------------------------

    def shared_texts(self, info: zipfile.ZipInfo) -> _SharedTexts:
        """Check the table of shared texts and measure each text, as calamine will hold it.

        A text is at most as long as its ``<si>`` element, which is where the next one starts.
        """
        where = detail(DetailCode.EXCEL_WHERE_SHARED_TEXTS)
        starts: list[int] = []
        offset = 0
        carry = b""
        plain = True
        for data in self.parse(info, where, _parser(), MAX_SHARED_STRINGS_BYTES):
            if plain:
                if not offset:
                    head = data.removeprefix(b"\xef\xbb\xbf")
                    plain = head[:1] == b"<" and head[1:2] != b"\0"
                buffer = carry + data
                cut = _cut(buffer, b"<")
                base = offset - len(carry)
                region, carry = buffer[:cut], buffer[cut:]
                starts += [base + found.start() for found in _SHARED_TEXT_START.finditer(region)]
                # A comment or CDATA could hold a "<si" that starts no text: count exactly.
                plain = plain and b"<!" not in region and b":si" not in region
            offset += len(data)
        if plain:
            base = offset - len(carry)
            starts += [base + found.start() for found in _SHARED_TEXT_START.finditer(carry)]
            plain = b"<!" not in carry and b":si" not in carry
        if plain:
            ends = [*starts[1:], offset]
            lengths: Sequence[int] = [end - start for start, end in zip(starts, ends, strict=True)]
        else:
            lengths = self._count_shared_texts(info)
        return _SharedTexts(lengths, max(lengths, default=0))

    def _count_shared_texts(self, info: zipfile.ZipInfo) -> list[int]:
        """Each shared text's length in UTF-8, read event by event (a file not written as usual)."""
        lengths: list[int] = []
        depth = 0

        def start(name: str, _attributes: dict[str, str]) -> None:
            nonlocal depth
            if _local(name) == "si":
                lengths.append(0)
                depth += 1

        def end(name: str) -> None:
            nonlocal depth
            if _local(name) == "si":
                depth -= 1

        def text(data: str) -> None:
            if depth > 0:
                lengths[-1] += len(data.encode("utf-8", "surrogatepass"))

        parser = _parser()
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = text
        shared = detail(DetailCode.EXCEL_WHERE_SHARED_TEXTS)
        for _ in self.parse(info, shared, parser, MAX_SHARED_STRINGS_BYTES):
            pass
        return lengths

    # ----- worksheets ---------------------------------------------------------------------

    def regions(self, info: zipfile.ZipInfo, where: Detail, parser: Any | None) -> Iterator[bytes]:
        """A part in stretches that each hold whole cell tags, parsed by ``parser`` if given.

        A stretch ends before the last "<c" of what was read, so a cell tag with a short value
        is never cut in two (see :func:`_cut`). Nothing is given for a part in an encoding
        that does not write "<c" as these bytes (UTF-16): it must be read event by event.
        """
        pieces = self.chunks(info, MAX_PART_BYTES)
        if parser is not None:
            pieces = self.parse_pieces(info, where, parser, pieces)
        carry = b""
        first = True
        for data in pieces:
            if first:
                first = False
                head = data.removeprefix(b"\xef\xbb\xbf")
                if head[:1] != b"<" or head[1:2] == b"\0":
                    for _ in pieces:
                        pass
                    raise _NotUsual
            buffer = carry + data
            cut = _cut(buffer, b"<c")
            yield buffer[:cut]
            carry = buffer[cut:]
        yield carry

    def cells(
        self, info: zipfile.ZipInfo, sheet: str | None, shared: _SharedTexts | None
    ) -> _PartCells:
        """Check a part, and bound where its cells are: cheaply when written as usual.

        One pass checks the XML and looks at the cell tags: when each opens with a reference
        within A1:AD99999 the grid is bounded without placing any cell. Otherwise a second
        pass reads the references of a part written as usual to find the farthest, and a part
        written otherwise (or with a cell beyond the limits, which may be an empty one) is
        read event by event. The texts cells share are counted per cell only when the part
        is large enough for them to matter.
        """
        where = (
            detail(DetailCode.EXCEL_WHERE_SHEET, sheet=sheet)
            if sheet is not None
            else detail(DetailCode.EXCEL_WHERE_PART, part=info.filename)
        )
        label = sheet if sheet is not None else info.filename
        count = _SharedCount(shared, info)
        usual = True
        last_row = 0
        try:
            for region in self.regions(info, where, _parser()):
                if usual:
                    usual = _as_usual(region)
                    last_row = _last_filled_row(region) or last_row
                    count.look(region)
            if usual and count.check(self, label):
                return _PartCells(last_row, False, None, True)
            far = self.farthest(info, label, where, shared)
        except _NotUsual:
            far = None
        if far is not None:
            rows, columns = far
            if rows <= MAX_ROWS and columns <= MAX_COLUMNS:
                return _PartCells(last_row, False, columns, rows * columns <= MAX_GRID_CELLS)
        return self.place_cells(info, label, where, shared)

    def farthest(
        self, info: zipfile.ZipInfo, label: str, where: Detail, shared: _SharedTexts | None
    ) -> tuple[int, int] | None:
        """The farthest row and column any cell tag names, None if one is not written as usual.

        Empty cells count too, so this bounds the cells with values from above.
        """
        rows = 0
        letters = b""
        count = _SharedCount(shared, info)
        for region in self.regions(info, where, None):
            if _NOT_CANONICAL_CELL.search(region) or _PREFIXED_CELL.search(region):
                return None
            references = _CANONICAL_REFERENCE.findall(region)
            if references:
                row_numbers = {number for _, number in references}
                rows = max(rows, max(map(int, row_numbers)))
                letters = max(letters, *{column for column, _ in references}, key=_column_key)
            count.look(region)
        if not count.check(self, label):
            return None
        columns = 0
        for letter in letters:
            columns = columns * 26 + letter - 64
        return rows, columns

    def place_cells(
        self, info: zipfile.ZipInfo, label: str, where: Detail, shared: _SharedTexts | None
    ) -> _PartCells:
        """Every cell of a part placed exactly, event by event (a part not written as usual)."""
        places = _CellPlaces(self, label, shared)
        parser = _parser()
        parser.StartElementHandler = places.start
        parser.EndElementHandler = places.end
        parser.CharacterDataHandler = places.text
        parser.buffer_text = True
        for _ in self.parse(info, where, parser, MAX_PART_BYTES):
            pass
        rows, columns = places.last_row, places.last_column
        return _PartCells(rows, True, columns, rows * columns <= MAX_GRID_CELLS)

    # ----- the workbook -------------------------------------------------------------------

    def workbook(self) -> tuple[list[tuple[str, str, bool]], bool]:
        """The sheets the workbook names (name, part, is a worksheet), and its date system.

        The parts are found as calamine finds them (xl/workbook.xml and its relationships);
        a workbook laid out otherwise is found through the package's relationships, as
        openpyxl finds it.
        """
        members = self.members
        relations: dict[str, str] = {}

        def relation(name: str, attributes: dict[str, str]) -> None:
            if _local(name) == "Relationship" and "Id" in attributes:
                relations[attributes["Id"]] = attributes.get("Target", "")

        rels = members.get("xl/_rels/workbook.xml.rels")
        if rels is not None:
            self.small_part(rels, relation)
        if any("&" in key or "&" in target for key, target in relations.items()):
            raise self.unusual(detail(DetailCode.EXCEL_ODD_RELATIONS))
        sheets: list[tuple[str, str, bool]] = []
        date_1904 = False

        def element(name: str, attributes: dict[str, str]) -> None:
            nonlocal date_1904
            local = _local(name)
            if local == "sheet":
                key = attributes.get("r:id", attributes.get("relationships:id", ""))
                target = relations.get(key, "")
                part = _calamine_part(target) if target else ""
                worksheet = part.split("/")[1:2] == ["worksheets"]
                sheets.append((attributes.get("name", ""), part, worksheet))
            elif local == "workbookPr":
                date_1904 = attributes.get("date1904") in ("1", "true")

        main = members.get("xl/workbook.xml")
        if main is not None:
            self.small_part(main, element)
        else:
            sheets = self._sheets_by_relationships()
        return sheets, date_1904

    def _sheets_by_relationships(self) -> list[tuple[str, str, bool]]:
        members = self.members
        main_target = ""

        def office_document(name: str, attributes: dict[str, str]) -> None:
            nonlocal main_target
            kind = attributes.get("Type", "")
            if _local(name) == "Relationship" and kind.endswith("/officeDocument"):
                main_target = attributes.get("Target", "")

        root = members.get("_rels/.rels")
        if root is not None:
            self.small_part(root, office_document)
        main = _relative_part("", main_target)
        info = members.get(main)
        if not main_target or info is None:
            return []
        folder = str(PurePosixPath(main).parent).strip(".")
        relations: dict[str, tuple[str, str]] = {}

        def relation(name: str, attributes: dict[str, str]) -> None:
            if _local(name) == "Relationship" and "Id" in attributes:
                target, kind = attributes.get("Target", ""), attributes.get("Type", "")
                relations[attributes["Id"]] = (target, kind)

        rels = members.get(_relative_part(folder, f"_rels/{PurePosixPath(main).name}.rels"))
        if rels is not None:
            self.small_part(rels, relation)
        sheets: list[tuple[str, str, bool]] = []

        def element(name: str, attributes: dict[str, str]) -> None:
            if _local(name) == "sheet":
                key = next((v for k, v in attributes.items() if _local(k) == "id"), "")
                target, kind = relations.get(key, ("", ""))
                part = _relative_part(folder, target) if target else ""
                sheets.append((attributes.get("name", ""), part, kind.endswith("/worksheet")))

        self.small_part(info, element)
        return sheets

    def inspect(self) -> Inspection:
        members = self.members
        sheets_named, date_1904 = self.workbook()
        shared_info = members.get(_SHARED_STRINGS)
        shared = self.shared_texts(shared_info) if shared_info is not None else None
        parts = {
            name
            for name, info in members.items()
            if _XML_PART.fullmatch(name) and not info.is_dir()
        }
        parts |= {part for _, part, _ in sheets_named if part in members}
        expanded = sum(members[part].file_size for part in parts)
        if expanded > MAX_EXPANDED_BYTES:
            raise self.too_large(
                detail(
                    DetailCode.EXCEL_PARTS_SIZE,
                    size=_megabytes(expanded),
                    limit=_megabytes(MAX_EXPANDED_BYTES),
                )
            )
        sheet_of = {part: name for name, part, _ in reversed(sheets_named)}
        found: dict[str, _PartCells | _SheetRefused] = {}
        read_already = {"xl/_rels/workbook.xml.rels", "xl/workbook.xml", _SHARED_STRINGS}
        for part in sorted(parts - read_already):
            try:
                found[part] = self.cells(members[part], sheet_of.get(part), shared)
            except _SheetRefused as refused:
                found[part] = refused
        sheets: dict[str, SheetExtent] = {}
        for name, part, worksheet in sheets_named:
            if not worksheet or name in sheets:
                continue
            cells = found.get(part)
            if cells is None:
                refusal = detail(DetailCode.EXCEL_SHEET_MISSING_DATA, sheet=name, file=self.name)
                sheets[name] = SheetExtent(0, True, None, grid=False, refusal=refusal)
            elif isinstance(cells, _SheetRefused):
                sheets[name] = SheetExtent(0, True, None, grid=False, refusal=cells.reason)
            else:
                sheets[name] = SheetExtent(cells.rows, cells.exact, cells.columns, cells.grid, None)
        grid = "xl/workbook.xml" in members and all(
            isinstance(cells, _PartCells) and cells.grid for cells in found.values()
        )
        return Inspection(sheets, date_1904, grid)


_CARRIED = 64 * 1024


def _cut(buffer: bytes, mark: bytes) -> int:
    """Where to end a stretch so that the tag that may continue is read whole with the next.

    Before the last ``mark`` (a cell tag, with its value), or else before the last "<", when
    it is near the end; what is carried over stays short, however long a text in the part.
    """
    near = max(0, len(buffer) - _CARRIED)
    for found in (buffer.rfind(mark, near), buffer.rfind(b"<", near)):
        if found >= 0:
            return found
    return len(buffer)


def _as_usual(region: bytes) -> bool:
    """Whether every cell tag in a stretch of a part is written as usual, within A1:AD99999."""
    return _UNUSUAL_CELL.search(region) is None and _PREFIXED_CELL.search(region) is None


def _last_filled_row(region: bytes) -> int:
    """The row of the last cell with a value in a stretch of a part, 0 if none (for counts)."""
    end = max(region.rfind(b"</v>"), region.rfind(b"</is>"))
    if end < 0:
        return 0
    start = region.rfind(b'<c r="', 0, end)
    match = _CELL_REFERENCE.match(region, start) if start >= 0 else None
    return int(match.group(1)) if match is not None else 0


def _calamine_part(target: str) -> str:
    """The zip member a worksheet relationship names, resolved as calamine resolves it."""
    if target.startswith("/xl/"):
        return target[1:]
    if target.startswith("xl/"):
        return target
    return f"xl/{target}"


def _relative_part(folder: str, target: str) -> str:
    """The zip member a relationship names, resolved as openpyxl resolves it."""
    if target.startswith("/"):
        return target[1:]
    parts: list[str] = []
    for piece in PurePosixPath(folder, target).parts:
        if piece == "..":
            if parts:
                parts.pop()
        elif piece not in (".", "/"):
            parts.append(piece)
    return "/".join(parts)


def _not_a_workbook() -> ValidationError:
    return _refusal(detail(DetailCode.EXCEL_NOT_EXCEL))


def _refusal(reason: Detail) -> ValidationError:
    return ValidationError(ErrorCode.FIELD_INVALID, field="file", reason=reason)


_END = struct.Struct("<4s4H2LH")
_END64_LOCATOR = struct.Struct("<4sLQL")
_END64 = struct.Struct("<4sQ2H2L4Q")
MAX_DIRECTORY_BYTES = 4 * MiB
"""The zip's list of parts: a workbook's has a few dozen entries, a few kilobytes."""


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


def _inspect(path: Path) -> Inspection:
    try:
        if _directory_size(path) > MAX_DIRECTORY_BYTES:
            raise _refusal(detail(DetailCode.EXCEL_TOO_MANY_PARTS, file=path.name))
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct.error) as error:
        raise _not_a_workbook() from error
    members: dict[str, zipfile.ZipInfo] = {}
    names: set[str] = set()
    for info in infos:
        if info.filename.casefold() in names:
            raise _refusal(
                detail(
                    DetailCode.EXCEL_DAMAGED,
                    file=path.name,
                    detail=detail(DetailCode.EXCEL_PART_TWICE, part=info.filename),
                )
            )
        names.add(info.filename.casefold())
        members[info.filename] = info
    if sum(info.file_size for info in infos) > 2 * MAX_EXPANDED_BYTES:
        raise _refusal(detail(DetailCode.EXCEL_EXPANDS_TOO_MUCH_ALL))
    try:
        with path.open("rb") as handle:
            return _Package(handle, path.name, members).inspect()
    except _Refused as refused:
        raise _refusal(refused.reason) from refused
    except OSError as error:
        raise _refusal(
            detail(DetailCode.EXCEL_CANNOT_OPEN, detail=str(error.strerror or error))
        ) from error


_cache: dict[tuple[str, int, int, int, int, int], Inspection] = {}
_cache_lock = threading.Lock()
_CACHE_SIZE = 8


def inspect(path: Path) -> Inspection:
    """Check an .xlsx before it is read, and say where each worksheet's cells are.

    Args:
        path: A file that starts as a zip does.

    Returns:
        The worksheets and their extents; a sheet beyond a limit carries its refusal.

    Raises:
        ValidationError: The file is not a workbook, is damaged (a part that is not
            well-formed XML, or expands beyond its stated size), or expands beyond the
            limits (field "file"); the reason names the file and, when known, the sheet.
    """
    path = Path(path)
    try:
        state = path.stat()
    except OSError as error:
        raise _refusal(
            detail(DetailCode.EXCEL_CANNOT_OPEN, detail=str(error.strerror or error))
        ) from error
    # The change time too: a copy may keep the size and the modification time it had.
    key = (
        str(path.resolve()),
        state.st_size,
        state.st_mtime_ns,
        state.st_ctime_ns,
        state.st_ino,
        state.st_dev,
    )
    with _cache_lock:
        known = _cache.get(key)
    if known is not None:
        return known
    found = _inspect(path)
    with _cache_lock:
        if len(_cache) >= _CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
        _cache[key] = found
    return found
