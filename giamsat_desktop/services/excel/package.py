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

The checks are built in layers: ``package_limits`` holds the limits and the answer,
``package_zip`` the list of parts and each part expanded to its real size, ``package_xml``
the parsing and the shared texts, ``package_cells`` where each worksheet's cells are; here
the workbook's sheets are found and the answer kept.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path, PurePosixPath

from giamsat_desktop.domain.errors import DetailCode, detail
from giamsat_desktop.services.excel.package_cells import PartCells, SheetParts
from giamsat_desktop.services.excel.package_limits import (
    MAX_COLUMNS,
    MAX_DIRECTORY_BYTES,
    MAX_EXPANDED_BYTES,
    MAX_GRID_CELLS,
    MAX_PART_BYTES,
    MAX_ROWS,
    MAX_SHARED_STRINGS_BYTES,
    MAX_SHARED_TEXT_BYTES,
    Inspection,
    Refused,
    SheetExtent,
    SheetRefused,
    column_letters,
    megabytes,
    refusal,
)
from giamsat_desktop.services.excel.package_xml import local_name
from giamsat_desktop.services.excel.package_zip import list_members

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

_SHARED_STRINGS = "xl/sharedStrings.xml"
_XML_PART = re.compile(r".*\.(?:xml|rels)", re.IGNORECASE)


class _Package(SheetParts):
    """The parts of one .xlsx, read with their real sizes and checked."""

    def workbook(self) -> tuple[list[tuple[str, str, bool]], bool]:
        """The sheets the workbook names (name, part, is a worksheet), and its date system.

        The parts are found as calamine finds them (xl/workbook.xml and its relationships);
        a workbook laid out otherwise is found through the package's relationships, as
        openpyxl finds it.
        """
        members = self.members
        relations: dict[str, str] = {}

        def relation(name: str, attributes: dict[str, str]) -> None:
            if local_name(name) == "Relationship" and "Id" in attributes:
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
            local = local_name(name)
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
            if local_name(name) == "Relationship" and kind.endswith("/officeDocument"):
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
            if local_name(name) == "Relationship" and "Id" in attributes:
                target, kind = attributes.get("Target", ""), attributes.get("Type", "")
                relations[attributes["Id"]] = (target, kind)

        rels = members.get(_relative_part(folder, f"_rels/{PurePosixPath(main).name}.rels"))
        if rels is not None:
            self.small_part(rels, relation)
        sheets: list[tuple[str, str, bool]] = []

        def element(name: str, attributes: dict[str, str]) -> None:
            if local_name(name) == "sheet":
                key = next((v for k, v in attributes.items() if local_name(k) == "id"), "")
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
                    size=megabytes(expanded),
                    limit=megabytes(MAX_EXPANDED_BYTES),
                )
            )
        sheet_of = {part: name for name, part, _ in reversed(sheets_named)}
        found: dict[str, PartCells | SheetRefused] = {}
        read_already = {"xl/_rels/workbook.xml.rels", "xl/workbook.xml", _SHARED_STRINGS}
        for part in sorted(parts - read_already):
            try:
                found[part] = self.cells(members[part], sheet_of.get(part), shared)
            except SheetRefused as refused:
                found[part] = refused
        sheets: dict[str, SheetExtent] = {}
        for name, part, worksheet in sheets_named:
            if not worksheet or name in sheets:
                continue
            cells = found.get(part)
            if cells is None:
                refusal = detail(DetailCode.EXCEL_SHEET_MISSING_DATA, sheet=name, file=self.name)
                sheets[name] = SheetExtent(0, True, None, grid=False, refusal=refusal)
            elif isinstance(cells, SheetRefused):
                sheets[name] = SheetExtent(0, True, None, grid=False, refusal=cells.reason)
            else:
                sheets[name] = SheetExtent(cells.rows, cells.exact, cells.columns, cells.grid, None)
        grid = "xl/workbook.xml" in members and all(
            isinstance(cells, PartCells) and cells.grid for cells in found.values()
        )
        return Inspection(sheets, date_1904, grid)


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


def _inspect(path: Path) -> Inspection:
    members = list_members(path)
    try:
        with path.open("rb") as handle:
            return _Package(handle, path.name, members).inspect()
    except Refused as refused:
        raise refusal(refused.reason) from refused
    except OSError as error:
        raise refusal(
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
        raise refusal(
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
