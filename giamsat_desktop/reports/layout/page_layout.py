"""The parts every printed form shares: page sizes and margins, styles, letterhead, signature.

The format follows Nghị định 30/2020/NĐ-CP (Phụ lục I) as the MTTQ applies it: A4, Times New
Roman 13-14, page numbers centred at the top from the second page, the two-block header with
the national motto, the signature block on the right and "Nơi nhận:" on the left. Each form
module builds a story from these parts and hands it to :func:`build_pdf`.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from giamsat_desktop.reports.layout.document_styles import DOCUMENT_PAGE, DOCUMENT_STYLES
from giamsat_desktop.reports.layout.fonts import nfc, serif_family
from giamsat_desktop.reports.layout.letterhead import BOARD_NAME, Letterhead
from giamsat_desktop.reports.layout.styles import RULE_WIDTH, FormStyles, form_styles, para

__all__ = [
    "BOARD_NAME",
    "LANDSCAPE",
    "PORTRAIT",
    "RULE_WIDTH",
    "FormStyles",
    "Letterhead",
    "PageFormat",
    "build_pdf",
    "closing_block",
    "form_styles",
    "layout_table",
    "para",
    "side_by_side",
    "signature_block",
    "title_block",
]

# Page streams are written as compressed binary rather than ASCII85 text: a quarter smaller and
# faster to write, and nothing that reads these files needs a 7-bit-clean PDF.
rl_config.useA85 = 0


@dataclass(frozen=True, slots=True)
class PageFormat:
    """A sheet size and its margins, in points."""

    size: tuple[float, float]
    top: float
    bottom: float
    left: float
    right: float

    @property
    def frame_width(self) -> float:
        """Width of the text block between the side margins."""
        return self.size[0] - self.left - self.right

    @property
    def frame_height(self) -> float:
        """Height of the text block between the top and bottom margins."""
        return self.size[1] - self.top - self.bottom


PORTRAIT = PageFormat(
    A4,
    top=DOCUMENT_PAGE.top * mm,
    bottom=DOCUMENT_PAGE.bottom * mm,
    left=DOCUMENT_PAGE.left * mm,
    right=DOCUMENT_PAGE.right * mm,
)
"""Letters, reports and slips: the decree's margins, with the widest one on the binding edge.

The official documents' table (``document_styles.DOCUMENT_PAGE``) holds them, for the Word
copy of a letter as well."""

LANDSCAPE = PageFormat(landscape(A4), top=20 * mm, bottom=20 * mm, left=25 * mm, right=15 * mm)
"""Registers printed across the sheet.

The left edge is still the binding edge: register sheets are punched or stitched along the
left short side into a book, so the wide margin stays on the left. It is 25 mm rather than the
30 mm of a portrait letter because a landscape sheet is only 210 mm high, is bound as a book
that lies flat rather than in a file, and the ten columns of the decree's register need every
millimetre of the width; 25 mm still keeps punch holes and stitches clear of the table.
"""


def title_block(type_name: str, subject: str = "") -> list[Flowable]:
    """The type name in bold capitals, centred; then the subject with a short rule under it."""
    styles = form_styles()
    story: list[Flowable] = [Spacer(1, 6 * mm), para(nfc(type_name).upper(), styles.title)]
    if subject:
        story += [
            para(subject, styles.subject),
            Spacer(1, 1.5 * mm),
            HRFlowable(width="22%", thickness=RULE_WIDTH, hAlign="CENTER"),
        ]
    story.append(Spacer(1, 5 * mm))
    return story


def signature_block(
    heading: Sequence[str],
    signer_name: str = "",
    *,
    date_text: str | None = None,
    sign_space: float = 25 * mm,
) -> list[Flowable]:
    """The right-hand signature block: heading lines in bold, room to sign, the name.

    Args:
        heading: Lines above the signature, e.g. ("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH").
        signer_name: The signer's full name; empty leaves the line for a hand-written name.
        date_text: An italic line above the heading (slips: "Ngày … tháng … năm …").
        sign_space: Height left empty for the signature and seal.

    Returns:
        Flowables to stack in a table cell or a story.
    """
    styles = form_styles()
    block: list[Flowable] = []
    if date_text:
        block.append(para(date_text, styles.date_italic))
    block += [para(line, styles.signature) for line in heading]
    block.append(Spacer(1, sign_space))
    if signer_name:
        block.append(para(signer_name, styles.signature_name))
    return block


def _recipient_lines(recipients: Sequence[str]) -> list[str]:
    """Each recipient as "- name;" and the file copy "- Lưu: VT." last, exactly once."""
    lines = []
    for raw in recipients:
        text = nfc(raw).strip().lstrip("-–").strip().rstrip(";.").strip()
        if text and not text.casefold().startswith("lưu"):
            lines.append(f"- {text};")
    lines.append("- Lưu: VT.")
    return lines


def closing_block(
    recipients: Sequence[str],
    signer_name: str,
    width: float,
    *,
    heading: Sequence[str] = ("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"),
) -> Table:
    """The recipients ("Nơi nhận:") on the left and the signature block on the right.

    Args:
        recipients: Recipients as the clerk listed them; "- Lưu: VT." is added at the end.
        signer_name: The signer's full name.
        width: Width of the text block.
        heading: Authority and position lines of the signature.

    Returns:
        A two-column table, which splits only between whole cells.
    """
    styles = form_styles()
    left = [para("Nơi nhận:", styles.recipients_heading)]
    left += [para(line, styles.recipients) for line in _recipient_lines(recipients)]
    right = signature_block(heading, signer_name)
    return side_by_side(left, right, width, top_padding=6 * mm)


def layout_table(
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float],
    extra: Sequence[tuple] = (),
) -> Table:
    """An unruled table that only places text blocks, padded on the right and below.

    The font of every cell is set to the form's own: reportlab otherwise selects Helvetica
    for each cell, which would then be named (though never drawn) in the PDF.

    Args:
        rows: The cells, row by row.
        col_widths: Width of each column.
        extra: More table style commands (spans, padding).

    Returns:
        The table, aligned to the left margin.
    """
    family = form_styles().family
    table = Table([list(row) for row in rows], colWidths=list(col_widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), family.regular, 13),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                *extra,
            ]
        )
    )
    return table


def side_by_side(
    left: object, right: object, width: float, *, left_share: float = 0.45, top_padding: float = 0
) -> Table:
    """Two blocks side by side, as the recipients and the signature stand under a text.

    Args:
        left: Flowables (or "") of the left block.
        right: Flowables of the right block.
        width: Width of the text block.
        left_share: Fraction of the width the left block takes.
        top_padding: Space above both blocks.

    Returns:
        A one-row table.
    """
    widths = (width * left_share, width * (1 - left_share))
    return layout_table([[left, right]], widths, [("TOPPADDING", (0, 0), (-1, -1), top_padding)])


def _number_pages(page: PageFormat, font: str) -> Callable[[Canvas, BaseDocTemplate], None]:
    """Page callback drawing the page number centred over the text block, from page 2 on."""
    size = DOCUMENT_STYLES.page_number.size
    baseline = page.size[1] - DOCUMENT_PAGE.page_number_baseline * mm

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        number = canvas.getPageNumber()
        if number < 2:
            return
        canvas.saveState()
        canvas.setFont(font, size)
        centre = page.left + page.frame_width / 2
        canvas.drawCentredString(centre, baseline, nfc(number))
        canvas.restoreState()

    return on_page


def document_template(
    buffer: io.BytesIO, page: PageFormat, *, title: str, author: str = ""
) -> BaseDocTemplate:
    """A document of the given page format writing to ``buffer``, its metadata set."""
    family = serif_family()
    return BaseDocTemplate(
        buffer,
        pagesize=page.size,
        leftMargin=page.left,
        rightMargin=page.right,
        topMargin=page.top,
        bottomMargin=page.bottom,
        title=nfc(title),
        author=nfc(author),
        creator="giamsat_desktop",
        # Without this every page would also name Helvetica, a font the form never uses and
        # the file does not embed.
        initialFontName=family.regular,
        initialFontSize=13,
    )


def body_frame(page: PageFormat) -> Frame:
    """The frame between the margins, without padding."""
    return Frame(
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


def build_pdf(story: list[Flowable], page: PageFormat, *, title: str, author: str = "") -> bytes:
    """Lay a story out on pages of the given format and return the PDF.

    Args:
        story: The flowables of the form, first page first.
        page: Sheet size and margins.
        title: Document title stored in the PDF (shown by viewers and print queues).
        author: Office name stored as the PDF's author.

    Returns:
        The PDF file's bytes.
    """
    buffer = io.BytesIO()
    doc = document_template(buffer, page, title=title, author=author)
    numbers = _number_pages(page, serif_family().regular)
    doc.addPageTemplates([PageTemplate(id="form", frames=[body_frame(page)], onPage=numbers)])
    doc.build(story)
    return buffer.getvalue()
