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
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from giamsat_desktop.domain.board import BoardPosition
from giamsat_desktop.domain.board import signature_block as board_signature
from giamsat_desktop.domain.date_line import date_line
from giamsat_desktop.domain.office import OfficeInfo
from giamsat_desktop.reports.layout.document_styles import DOCUMENT_PAGE, DOCUMENT_STYLES
from giamsat_desktop.reports.layout.fonts import nfc, serif_family
from giamsat_desktop.reports.layout.page_layout import (
    LANDSCAPE,
    PageFormat,
    body_frame,
    document_template,
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
    heading_height,
    lines_per_page,
    table_rows,
    table_style,
)

__all__ = ["build_books", "ruled_table", "signatures"]

_HEADING_ROWS = 2
"""The column titles and, under them, the column numbers."""
_BEYOND_PAGE = 1e6
"""More points than any page is high."""
_COVER, _PAGE = "cover", "page"
"""The page templates of a book: its unnumbered cover, then its numbered pages."""


TAIL_SHARE = 1 / 3
"""The tallest last entry, as a share of the page, that is kept with what closes the table."""


def _body_style(cells: RegisterCells, row: Sequence[object]) -> TableStyle:
    """The register table's style for one entry drawn without the titles above it."""
    commands = []
    for name, (c0, r0), (c1, r1), *values in table_style(
        cells, [*cells.header_rows(), row]
    ).getCommands():
        if 0 <= r1 < _HEADING_ROWS:
            continue  # the titles' and the column numbers' own look
        start = max(r0 - _HEADING_ROWS, 0) if r0 >= 0 else r0
        stop = r1 - _HEADING_ROWS if r1 >= 0 else r1
        commands.append((name, (c0, start), (c1, stop), *values))
    return TableStyle(commands)


class _LastEntry(Flowable):
    """The table's last entry: under the entries before it, or heading a page of its own.

    Kept together with what closes the table (the totals, the signatures), it follows the
    other entries on their page when all of it fits there; otherwise it opens the next page,
    and then, as on every page of the register, under the column titles and numbers.
    """

    def __init__(self, plain: Table, headed: Table) -> None:
        super().__init__()
        self._plain, self._headed = plain, headed
        self._shown = plain

    def _at_top(self, avail_height: float) -> bool:
        frame = getattr(self, "_frame", None)
        # A height beyond any page is a measure of the whole block, not a place on a page.
        return avail_height < _BEYOND_PAGE and bool(getattr(frame, "_atTop", False))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """Measure the entry, with the titles above it when it starts a page."""
        self._shown = self._headed if self._at_top(availHeight) else self._plain
        self.width, self.height = self._shown.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Split as the table shown would (an entry too tall for a page goes on over pages)."""
        self.wrap(availWidth, availHeight)
        return self._shown.split(availWidth, availHeight)

    def draw(self) -> None:
        """Draw the table shown."""
        self._shown.drawOn(self.canv, 0, 0)


def ruled_table(
    cells: RegisterCells, rows: Iterable[Sequence[Cell]], closing: Sequence[Flowable] = ()
) -> list[Flowable]:
    """A register's ruled table, then ``closing``, which never stands alone on a page.

    The column titles and numbers head every page; an entry taller than a page goes on
    over the next pages, as in the register books; an empty table keeps one blank line
    under its titles. The last entry is kept with ``closing`` (the totals, the
    signatures), so that these never open a page of their own, unless that entry is
    itself taller than a third of a page.

    Args:
        cells: The cell maker of the table (its columns and widths).
        rows: The entries, already made into cells.
        closing: What follows the table on the same page as its last entry.

    Returns:
        Flowables to add to the story.
    """
    heading = cells.header_rows()
    body = list(table_rows(cells, rows, lines_per_page(cells, heading_height(cells))))
    if not body:
        body.append([""] * len(cells.columns))
    *before, last = body
    headed = Table([*heading, last], colWidths=cells.widths, repeatRows=2, hAlign="LEFT")
    headed.setStyle(table_style(cells, [*heading, last]))
    plain = Table([last], colWidths=cells.widths, hAlign="LEFT")
    plain.setStyle(_body_style(cells, last))
    page_height = LANDSCAPE.frame_height
    short = plain.wrap(sum(cells.widths), page_height)[1] <= page_height * TAIL_SHARE
    if not before:
        return [KeepTogether([headed, *closing])] if short else [headed, *closing]
    data = [*heading, *before]
    table = LongTable(data, colWidths=cells.widths, repeatRows=2, hAlign="LEFT")
    table.setStyle(table_style(cells, data))
    if not short:
        return [table, _LastEntry(plain, headed), *closing]
    return [table, KeepTogether([_LastEntry(plain, headed), *closing])]


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
    doc = document_template(buffer, page, title=title, author=author)
    frame = body_frame(page)
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
