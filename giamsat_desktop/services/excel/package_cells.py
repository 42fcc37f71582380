"""Where the cells of each worksheet part are: bounded from the cell tags, or placed one by one."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from giamsat_desktop.domain.errors import Detail, DetailCode, detail
from giamsat_desktop.services.excel.package_limits import (
    MAX_COLUMNS,
    MAX_GRID_CELLS,
    MAX_PART_BYTES,
    MAX_ROWS,
    MAX_SHARED_TEXT_BYTES,
    SheetRefused,
    column_letters,
    megabytes,
)
from giamsat_desktop.services.excel.package_xml import (
    SharedTexts,
    XmlParts,
    local_name,
    stretch_end,
    xml_parser,
)

__all__ = ["PartCells", "SheetParts"]

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
_NOT_CANONICAL_CELL = re.compile(rb'<c(?:[/>]|\s(?!r="[A-Z]{1,3}[1-9][0-9]{0,6}"))')
_CANONICAL_REFERENCE = re.compile(rb'<c r="([A-Z]{1,3})([1-9][0-9]{0,6})"')
_SMALLEST_SHARED_CELL = len('<c r="A1" t="s"><v>0</v></c>')
_REFERENCE = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})")


class _NotUsual(Exception):
    """A part is not written as the quick look expects: its cells must be placed one by one."""


def _column_key(letters: bytes) -> tuple[int, bytes]:
    return len(letters), letters


@dataclass(frozen=True, slots=True)
class PartCells:
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

    def __init__(self, shared: SharedTexts | None, info: zipfile.ZipInfo) -> None:
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

    def check(self, package: SheetParts, label: str) -> bool:
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

    def __init__(self, package: SheetParts, sheet: str, shared: SharedTexts | None) -> None:
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
        local = local_name(name)
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
        local = local_name(name)
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


class SheetParts(XmlParts):
    """The worksheet parts of one .xlsx, checked and bounded."""

    def far_column(self, sheet: str, row: int, column: int) -> SheetRefused:
        """The sheet fills a cell beyond the last column a worksheet may use."""
        return SheetRefused(
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

    def far_row(self, sheet: str, row: int, column: int) -> SheetRefused:
        """The sheet fills a cell beyond the last row a worksheet may fill."""
        return SheetRefused(
            detail(
                DetailCode.EXCEL_FAR_ROW,
                sheet=sheet,
                file=self.name,
                cell=f"{column_letters(column)}{row}",
                number=row,
                limit=MAX_ROWS,
            )
        )

    def too_much_text(self, sheet: str, size: int) -> SheetRefused:
        """The texts the sheet's cells share come to ``size`` bytes, more than memory allows."""
        return SheetRefused(
            detail(
                DetailCode.EXCEL_TOO_MUCH_SHARED_TEXT,
                sheet=sheet,
                file=self.name,
                size=megabytes(size),
                limit=megabytes(MAX_SHARED_TEXT_BYTES),
            )
        )

    # ----- worksheets ---------------------------------------------------------------------

    def regions(self, info: zipfile.ZipInfo, where: Detail, parser: Any | None) -> Iterator[bytes]:
        """A part in stretches that each hold whole cell tags, parsed by ``parser`` if given.

        A stretch ends before the last "<c" of what was read, so a cell tag with a short value
        is never cut in two (see :func:`stretch_end`). Nothing is given for a part in an encoding
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
            cut = stretch_end(buffer, b"<c")
            yield buffer[:cut]
            carry = buffer[cut:]
        yield carry

    def cells(
        self, info: zipfile.ZipInfo, sheet: str | None, shared: SharedTexts | None
    ) -> PartCells:
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
            for region in self.regions(info, where, xml_parser()):
                if usual:
                    usual = _as_usual(region)
                    last_row = _last_filled_row(region) or last_row
                    count.look(region)
            if usual and count.check(self, label):
                return PartCells(last_row, False, None, True)
            far = self.farthest(info, label, where, shared)
        except _NotUsual:
            far = None
        if far is not None:
            rows, columns = far
            if rows <= MAX_ROWS and columns <= MAX_COLUMNS:
                return PartCells(last_row, False, columns, rows * columns <= MAX_GRID_CELLS)
        return self.place_cells(info, label, where, shared)

    def farthest(
        self, info: zipfile.ZipInfo, label: str, where: Detail, shared: SharedTexts | None
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
        self, info: zipfile.ZipInfo, label: str, where: Detail, shared: SharedTexts | None
    ) -> PartCells:
        """Every cell of a part placed exactly, event by event (a part not written as usual)."""
        places = _CellPlaces(self, label, shared)
        parser = xml_parser()
        parser.StartElementHandler = places.start
        parser.EndElementHandler = places.end
        parser.CharacterDataHandler = places.text
        parser.buffer_text = True
        for _ in self.parse(info, where, parser, MAX_PART_BYTES):
            pass
        rows, columns = places.last_row, places.last_column
        return PartCells(rows, True, columns, rows * columns <= MAX_GRID_CELLS)


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
