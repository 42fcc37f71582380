"""The XML level of an .xlsx: each part parsed as it is expanded, and the shared texts measured."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from xml.parsers import expat

from giamsat_desktop.domain.errors import Detail, DetailCode, detail
from giamsat_desktop.services.excel.package_limits import (
    MAX_PART_BYTES,
    MAX_SHARED_STRINGS_BYTES,
    Refused,
)
from giamsat_desktop.services.excel.package_zip import ZipParts

__all__ = ["SharedTexts", "XmlParts", "local_name", "stretch_end", "xml_parser"]

_SHARED_TEXT_START = re.compile(rb"<si[\s/>]")
_CARRIED = 64 * 1024

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


def xml_parser() -> Any:
    """An expat parser that refuses a document type (and so any entity)."""
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _no_document_type
    return parser


def local_name(name: str) -> str:
    """A tag or attribute name without its namespace prefix ("x:row" is "row")."""
    return name.rpartition(":")[2]


@dataclass(frozen=True, slots=True)
class SharedTexts:
    """The length in bytes of each shared text (an upper bound), and the longest."""

    lengths: Sequence[int]
    longest: int


def stretch_end(buffer: bytes, mark: bytes) -> int:
    """Where to end a stretch so that the tag that may continue is read whole with the next.

    Before the last ``mark`` (a cell tag, with its value), or else before the last "<", when
    it is near the end; what is carried over stays short, however long a text in the part.
    """
    near = max(0, len(buffer) - _CARRIED)
    for found in (buffer.rfind(mark, near), buffer.rfind(b"<", near)):
        if found >= 0:
            return found
    return len(buffer)


class XmlParts(ZipParts):
    """The parts of one .xlsx, parsed as XML as they are expanded."""

    def not_xml(self, where: Detail, error: expat.ExpatError) -> Refused:
        """The part ``where`` names is not well-formed XML, at the place ``error`` gives."""
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
        parser = xml_parser()
        parser.StartElementHandler = start
        where = detail(DetailCode.EXCEL_WHERE_PART, part=info.filename)
        for _ in self.parse(info, where, parser, MAX_PART_BYTES):
            pass

    # ----- shared texts -------------------------------------------------------------------

    def shared_texts(self, info: zipfile.ZipInfo) -> SharedTexts:
        """Check the table of shared texts and measure each text, as calamine will hold it.

        A text is at most as long as its ``<si>`` element, which is where the next one starts.
        """
        where = detail(DetailCode.EXCEL_WHERE_SHARED_TEXTS)
        starts: list[int] = []
        offset = 0
        carry = b""
        plain = True
        for data in self.parse(info, where, xml_parser(), MAX_SHARED_STRINGS_BYTES):
            if plain:
                if not offset:
                    head = data.removeprefix(b"\xef\xbb\xbf")
                    plain = head[:1] == b"<" and head[1:2] != b"\0"
                buffer = carry + data
                cut = stretch_end(buffer, b"<")
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
        return SharedTexts(lengths, max(lengths, default=0))

    def _count_shared_texts(self, info: zipfile.ZipInfo) -> list[int]:
        """Each shared text's length in UTF-8, read event by event (a file not written as usual)."""
        lengths: list[int] = []
        depth = 0

        def start(name: str, _attributes: dict[str, str]) -> None:
            nonlocal depth
            if local_name(name) == "si":
                lengths.append(0)
                depth += 1

        def end(name: str) -> None:
            nonlocal depth
            if local_name(name) == "si":
                depth -= 1

        def text(data: str) -> None:
            if depth > 0:
                lengths[-1] += len(data.encode("utf-8", "surrogatepass"))

        parser = xml_parser()
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = text
        shared = detail(DetailCode.EXCEL_WHERE_SHARED_TEXTS)
        for _ in self.parse(info, shared, parser, MAX_SHARED_STRINGS_BYTES):
            pass
        return lengths
