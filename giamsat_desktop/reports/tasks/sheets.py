"""What the two printed task tables share with the register books: the ruled table, the end.

The follow-up register and the tracking table are drawn like the Sổ đăng ký văn bản đến
(``reports.registers.book``): the same cells, the column titles and numbers on every page,
an entry taller than a page cut between its lines. Under the table comes the block the Ban
Thường trực signs: the place and the day on the right with "TM. BAN THƯỜNG TRỰC", the
chair's name, and on the left the person who made it out.

Several books printed in one file (``build_books``) are numbered each on its own, as if
printed apart: a book's cover is its page 1 and bears no number, its table starts at 2.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from giamsat_desktop.domain.board import BoardPosition
from giamsat_desktop.domain.board import signature_block as board_signature
from giamsat_desktop.domain.date_line import date_line
from giamsat_desktop.domain.office import OfficeInfo
from giamsat_desktop.reports.layout.document_styles import DOCUMENT_PAGE, DOCUMENT_STYLES
from giamsat_desktop.reports.layout.fonts import nfc, serif_family
from giamsat_desktop.reports.layout.page_layout import (
    PageFormat,
    form_styles,
    para,
    side_by_side,
    signature_block,
)

# The register book's table, as ``render_register`` lays it out; ``book`` keeps these
# private because only it drew a register until now.
from giamsat_desktop.reports.registers.book import (
    Cell,
    RegisterCells,
    _heading_height,
    _lines_per_page,
    _table_rows,
    _table_style,
)

__all__ = ["build_books", "ruled_table", "signatures"]

_COVER, _PAGE = "cover", "page"
"""The page templates of a book: its unnumbered cover, then its numbered pages."""


def ruled_table(cells: RegisterCells, rows: Iterable[Sequence[Cell]]) -> LongTable:
    """The ruled table of a register: titles and column numbers on every page, then ``rows``.

    An entry taller than a page goes on over the next pages, as in the register books; an
    empty table keeps one blank line under its titles.
    """
    data = cells.header_rows()
    data.extend(_table_rows(cells, rows, _lines_per_page(cells, _heading_height(cells))))
    if len(data) == 2:
        data.append([""] * len(cells.columns))
    table = LongTable(data, colWidths=cells.widths, repeatRows=2, hAlign="LEFT")
    table.setStyle(_table_style(cells, data))
    return table


def signatures(office: OfficeInfo, today: dt.date, maker: str, width: float) -> list[Flowable]:
    """The signatures under a table: who made it out on the left; the chair signs on the right.

    Args:
        office: The office; its place heads the date line and its chair signs.
        today: The day the print is made, in the date line.
        maker: The left-hand role, e.g. "NGƯỜI LẬP SỔ".
        width: Width of the text block.

    Returns:
        Flowables to add after the table.
    """
    styles = form_styles()
    when = date_line(office.date_line_place, today)
    right = signature_block(
        board_signature(BoardPosition.CHAIR).lines, office.chair_name, date_text=when
    )
    # The role on the left stands level with "TM. BAN THƯỜNG TRỰC", under the date line.
    left = [Spacer(1, styles.date_italic.leading), para(maker, styles.signature)]
    return [Spacer(1, 4 * mm), side_by_side(left, right, width, left_share=0.5)]


def build_books(
    books: Sequence[list[Flowable]], page: PageFormat, *, title: str, author: str = ""
) -> bytes:
    """Lay out several books in one PDF, each numbered from its own first page.

    As ``page_layout.build_pdf`` lays out one form (the same frame, fonts and metadata,
    the page number centred at the top from page 2), but the count starts again at each
    book, so that no cover bears a number and each table starts on page 2.

    Args:
        books: Each book's flowables, its cover (one page) first.
        page: Sheet size and margins.
        title: Document title stored in the PDF.
        author: Office name stored as the PDF's author.

    Returns:
        The PDF file's bytes.
    """
    family = serif_family()
    size = DOCUMENT_STYLES.page_number.size
    baseline = page.size[1] - DOCUMENT_PAGE.page_number_baseline * mm
    pages = [0]  # the current page's number within its book

    def cover(_canvas: Canvas, _doc: BaseDocTemplate) -> None:
        pages[0] = 1

    def number_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        pages[0] += 1
        canvas.saveState()
        canvas.setFont(family.regular, size)
        canvas.drawCentredString(page.left + page.frame_width / 2, baseline, nfc(pages[0]))
        canvas.restoreState()

    story: list[Flowable] = []
    for book in books:
        if story:
            story += [NextPageTemplate(_COVER), PageBreak()]
        story += book
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=page.size,
        leftMargin=page.left,
        rightMargin=page.right,
        topMargin=page.top,
        bottomMargin=page.bottom,
        title=nfc(title),
        author=nfc(author),
        creator="giamsat_desktop",
        initialFontName=family.regular,
        initialFontSize=13,
    )
    frame = Frame(
        page.left,
        page.bottom,
        page.frame_width,
        page.frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    # A book's cover (unnumbered) goes on to its numbered pages by itself; the next book
    # asks for a cover again (NextPageTemplate above), which starts its count anew.
    doc.addPageTemplates(
        [
            PageTemplate(id=_COVER, frames=[frame], onPage=cover, autoNextPageTemplate=_PAGE),
            PageTemplate(id=_PAGE, frames=[frame], onPage=number_page),
        ]
    )
    doc.build(story)
    return buffer.getvalue()
