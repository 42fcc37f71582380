"""A PDF's pages as pieces of text with their places, read by pdfminer.six.

pdfminer.six is pure Python (it bundles into the Windows installer as it is), well kept, and
gives every character with its position and font, so that the lines are built here from
where the characters stand rather than from the order a PDF's content stream happens to
draw them in. A file encrypted with an empty user password (as e-office systems export) is
opened; one that needs a password, or is damaged, is refused with a typed error.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from giamsat_desktop.domain.document_header import TextPiece
from giamsat_desktop.domain.errors import ErrorCode, NotFoundError, ValidationError
from giamsat_desktop.domain.legacy_text import decode_legacy, repair_text

_BOLD = ("bold", "black", "heavy", "semibold", "demi")
_MAX_BYTES = 60 * 1024 * 1024
"""A PDF larger than this is no letter: refused before it is parsed."""


@dataclass(frozen=True, slots=True)
class PdfPages:
    """What a PDF shows for registering it.

    Attributes:
        page_count: How many pages it has.
        width: The first page's width, in points.
        first: The first page's pieces of text.
        last: The last page's pieces (the first page's again for one page).
        has_text: Whether the first page has a text layer at all (a scan has none).
    """

    page_count: int
    width: float
    first: tuple[TextPiece, ...]
    last: tuple[TextPiece, ...]

    @property
    def has_text(self) -> bool:
        """Whether the first page carries any text."""
        return any(piece.text.strip() for piece in self.first)


def read_pages(path: Path) -> PdfPages:
    """The first and last pages of ``path``.

    Raises:
        NotFoundError: the file does not exist.
        ValidationError: not a PDF, damaged, or locked by a password (field "file"; the
            reason says which).
    """
    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    path = Path(path)
    if not path.is_file():
        raise NotFoundError(ErrorCode.FILE_NOT_FOUND, path=str(path))
    if path.stat().st_size > _MAX_BYTES:
        raise ValidationError(ErrorCode.PDF_UNREADABLE, file=path.name, reason="size")
    with path.open("rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF"):
            raise ValidationError(ErrorCode.PDF_UNREADABLE, file=path.name, reason="not_pdf")
        handle.seek(0)
        try:
            document = PDFDocument(PDFParser(handle), password="")
            pages = list(PDFPage.create_pages(document))
            if not pages:
                raise ValidationError(ErrorCode.PDF_UNREADABLE, file=path.name, reason="empty")
            first = _pieces(pages[0])
            last = first if len(pages) == 1 else _pieces(pages[-1])
        except PDFPasswordIncorrect:
            raise ValidationError(ErrorCode.PDF_LOCKED, file=path.name) from None
        except ValidationError:
            raise
        except Exception as exc:  # noqa: BLE001 - pdfminer's many faults: a damaged file
            raise ValidationError(
                ErrorCode.PDF_UNREADABLE, file=path.name, reason="damaged", detail=str(exc)
            ) from exc
    width = float(pages[0].mediabox[2] - pages[0].mediabox[0])
    return PdfPages(len(pages), width, first, last)


def _pieces(page: Any) -> tuple[TextPiece, ...]:
    """The page's characters made into lines, and each line split where a wide gap lies."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager

    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    PDFPageInterpreter(manager, device).process_page(page)
    layout = device.get_result()
    height = float(layout.height)
    chars = sorted(_chars(layout), key=lambda c: (-round(c.y0, 0), c.x0))
    lines: list[list[Any]] = []
    for char in chars:
        if lines and abs(lines[-1][0].y0 - char.y0) <= 0.35 * max(char.size, 1.0):
            lines[-1].append(char)
        else:
            lines.append([char])
    pieces: list[TextPiece] = []
    for line in lines:
        line.sort(key=lambda c: c.x0)
        run: list[Any] = []
        for char in line:
            if run and char.x0 - run[-1].x1 > 1.0 * max(char.size, run[-1].size):
                pieces.append(_piece(run, height))
                run = []
            run.append(char)
        if run:
            pieces.append(_piece(run, height))
    texts = " ".join(piece.text for piece in pieces)
    legacy = repair_text(texts).encoding
    if legacy is None:
        return tuple(piece for piece in pieces if piece.text.strip())
    # The whole page is in one legacy encoding: every piece is read in it, the short ones
    # ("Sè") too, which a cell of a register alone would leave in doubt.
    return tuple(
        TextPiece(decode_legacy(p.text, legacy), p.x0, p.x1, p.top, p.bottom, p.bold)
        for p in pieces
        if p.text.strip()
    )


def _chars(item: Any) -> Iterator[Any]:
    from pdfminer.layout import LTChar

    for child in item:
        if isinstance(child, LTChar):
            yield child
        elif hasattr(child, "__iter__"):
            yield from _chars(child)


def _piece(run: list[Any], height: float) -> TextPiece:
    """One run of characters: its text (a space where a gap stands for one) and its box."""
    text = ""
    for index, char in enumerate(run):
        if index and char.get_text() != " " and not text.endswith(" "):
            gap = char.x0 - run[index - 1].x1
            if gap > 0.18 * max(char.size, 1.0):
                text += " "
        text += char.get_text()
    bold = sum(1 for char in run if any(w in char.fontname.lower() for w in _BOLD)) * 2 > len(run)
    top = height - max(char.y1 for char in run)
    bottom = height - min(char.y0 for char in run)
    return TextPiece(text, run[0].x0, run[-1].x1, top, bottom, bold)
