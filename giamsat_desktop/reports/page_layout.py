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
from functools import lru_cache

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from giamsat_desktop.domain.office import FRONT_NAME, OfficeInfo
from giamsat_desktop.reports.fonts import FontFamily, markup, nfc, serif_family

__all__ = [
    "BOARD_NAME",
    "LANDSCAPE",
    "PORTRAIT",
    "FormStyles",
    "Letterhead",
    "PageFormat",
    "build_pdf",
    "closing_block",
    "form_styles",
    "para",
    "signature_block",
    "title_block",
]

# Page streams are written as compressed binary rather than ASCII85 text: a quarter smaller and
# faster to write, and nothing that reads these files needs a 7-bit-clean PDF.
rl_config.useA85 = 0

BOARD_NAME = "BAN THƯỜNG TRỰC"
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
RULE_WIDTH = 0.6
"""Thickness of the rules under the motto and the issuing body: a thin solid line."""


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


PORTRAIT = PageFormat(A4, top=20 * mm, bottom=20 * mm, left=30 * mm, right=15 * mm)
"""Letters, reports and slips: the decree's margins, with the widest one on the binding edge."""

LANDSCAPE = PageFormat(landscape(A4), top=20 * mm, bottom=20 * mm, left=25 * mm, right=15 * mm)
"""Registers printed across the sheet.

The left edge is still the binding edge: register sheets are punched or stitched along the
left short side into a book, so the wide margin stays on the left. It is 25 mm rather than the
30 mm of a portrait letter because a landscape sheet is only 210 mm high, is bound as a book
that lies flat rather than in a file, and the ten columns of the decree's register need every
millimetre of the width; 25 mm still keeps punch holes and stitches clear of the table.
"""


@dataclass(frozen=True, slots=True)
class FormStyles:
    """Paragraph styles of the forms, in the registered serif family."""

    family: FontFamily
    body: ParagraphStyle
    body_center: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    subject: ParagraphStyle
    recipients_heading: ParagraphStyle
    recipients: ParagraphStyle
    signature: ParagraphStyle
    signature_name: ParagraphStyle
    date_italic: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_header: ParagraphStyle


def _style(
    name: str, font: str, size: float, align: int = TA_LEFT, **extra: float
) -> ParagraphStyle:
    """A paragraph style; the leading defaults to 1.2 times the size, single spacing in Word."""
    extra.setdefault("leading", size * 1.2)
    return ParagraphStyle(name, fontName=font, fontSize=size, alignment=align, **extra)


@lru_cache(maxsize=4)
def _styles_for(family: FontFamily) -> FormStyles:
    regular, bold, italic = family.regular, family.bold, family.italic
    return FormStyles(
        family=family,
        body=_style("body", regular, 13, spaceAfter=4),
        body_center=_style("body_center", regular, 13, TA_CENTER),
        heading=_style("heading", bold, 13, spaceBefore=6, spaceAfter=2),
        title=_style("title", bold, 14, TA_CENTER, spaceBefore=10),
        subject=_style("subject", bold, 14, TA_CENTER),
        recipients_heading=_style("recipients_heading", family.bold_italic, 12),
        recipients=_style("recipients", regular, 11, leading=12.5),
        signature=_style("signature", bold, 13, TA_CENTER),
        signature_name=_style("signature_name", bold, 14, TA_CENTER),
        date_italic=_style("date_italic", italic, 13, TA_CENTER),
        cell=_style("cell", regular, 11, leading=12.5),
        cell_center=_style("cell_center", regular, 11, TA_CENTER, leading=12.5),
        cell_header=_style("cell_header", bold, 11, TA_CENTER, leading=12.5),
    )


def form_styles() -> FormStyles:
    """The styles of the forms, registering the serif family on first use."""
    return _styles_for(serif_family())


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped and NFC-composed), never parsed as markup."""
    return Paragraph(markup(text), style)


class _Rule:
    """A centred horizontal rule of a given width inside a letterhead block."""

    def __init__(self, width: float, gap_before: float = 1.5, gap_after: float = 4.0) -> None:
        self.width = width
        self.gap_before = gap_before
        self.gap_after = gap_after

    @property
    def height(self) -> float:
        return self.gap_before + self.gap_after


def _fitted_size(text: str, font: str, largest: float, smallest: float, width: float) -> float:
    """Largest size in half points from ``largest`` down at which text fits on one line.

    The motto and the national title must stay on one line with their rule beneath; a narrow
    column gets a slightly smaller size instead of a wrapped line.
    """
    size = largest
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


class Letterhead(Flowable):
    """The two header blocks of Nghị định 30: issuing body on the left, national motto right.

    The "Số:" line of the left block and the place-and-date line of the right block are set on
    the same baseline, as in the decree's model, whichever block is taller above them.
    """

    def __init__(
        self,
        office: OfficeInfo,
        *,
        number: str | None = None,
        date_line_text: str | None = None,
        summary: str | None = None,
        left_share: float = 0.42,
    ) -> None:
        """Build the header of one form.

        Args:
            office: The office the form is issued by.
            number: The symbol after "Số:" (e.g. "15/BC-MTTQ-BTT"); None leaves the line out.
            date_line_text: The italic line under the motto; None leaves it out.
            summary: The "V/v ..." line a công văn carries under its number, if any.
            left_share: Fraction of the width the left block takes.
        """
        super().__init__()
        self.office = office
        self.number = number
        self.date_line_text = date_line_text
        self.summary = summary
        self.left_share = left_share
        self._left: list[Paragraph | _Rule] = []
        self._right: list[Paragraph | _Rule] = []
        self._bottom: tuple[Paragraph | None, Paragraph | None] = (None, None)
        self._widths = (0.0, 0.0)
        self._top_height = 0.0
        self._bottom_height = 0.0

    def _blocks(self, width: float) -> None:
        styles = form_styles()
        family = styles.family
        left_width = width * self.left_share
        right_width = width - left_width
        self._widths = (left_width, right_width)
        plain = _style("lh_plain", family.regular, 13, TA_CENTER)
        board = _style("lh_board", family.bold, 13, TA_CENTER)
        board_width = stringWidth(nfc(BOARD_NAME), family.bold, 13)
        self._left = [
            para(FRONT_NAME.upper(), plain),
            para(self.office.letterhead_unit, plain),
            para(BOARD_NAME, board),
            _Rule(board_width / 2),
        ]
        title_size = _fitted_size(nfc(NATIONAL_TITLE), family.bold, 13, 11, right_width - 4)
        motto_size = _fitted_size(nfc(NATIONAL_MOTTO), family.bold, 13, 11, right_width - 4)
        motto_width = stringWidth(nfc(NATIONAL_MOTTO), family.bold, motto_size)
        self._right = [
            para(NATIONAL_TITLE, _style("lh_title", family.bold, title_size, TA_CENTER)),
            para(NATIONAL_MOTTO, _style("lh_motto", family.bold, motto_size, TA_CENTER)),
            _Rule(motto_width, gap_before=1.0),
        ]
        number = None
        if self.number is not None:
            text = f"Số: {self.number}"
            if self.summary:
                text += f"\n{self.summary}"
            number = para(text, _style("lh_number", family.regular, 13, TA_CENTER))
        when = None
        if self.date_line_text is not None:
            when = para(self.date_line_text, _style("lh_date", family.italic, 13, TA_CENTER))
        self._bottom = (number, when)

    @staticmethod
    def _measure(items: Sequence[Paragraph | _Rule], width: float) -> float:
        total = 0.0
        for item in items:
            total += item.height if isinstance(item, _Rule) else item.wrap(width, 1000)[1]
        return total

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """Lay the blocks out for the frame's width and report the height they need."""
        self._blocks(availWidth)
        left_width, right_width = self._widths
        self._top_height = max(
            self._measure(self._left, left_width), self._measure(self._right, right_width)
        )
        self._bottom_height = 0.0
        for item, item_width in zip(self._bottom, self._widths, strict=True):
            if item is not None:
                self._bottom_height = max(self._bottom_height, item.wrap(item_width, 1000)[1])
        self.width = availWidth
        self.height = self._top_height + self._bottom_height
        return availWidth, self.height

    def _draw_block(self, items: Sequence[Paragraph | _Rule], x: float, width: float) -> None:
        y = self.height
        for item in items:
            if isinstance(item, _Rule):
                y -= item.gap_before
                self.canv.setLineWidth(RULE_WIDTH)
                left = x + (width - item.width) / 2
                self.canv.line(left, y, left + item.width, y)
                y -= item.gap_after
            else:
                y -= item.height
                item.drawOn(self.canv, x, y)

    def draw(self) -> None:
        """Draw both blocks, then the number and date lines on one baseline."""
        left_width, right_width = self._widths
        self._draw_block(self._left, 0, left_width)
        self._draw_block(self._right, left_width, right_width)
        number, when = self._bottom
        for item, x in ((number, 0.0), (when, left_width)):
            if item is not None:
                item.drawOn(self.canv, x, self._bottom_height - item.height)


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
    table = Table([[left, right]], colWidths=[width * 0.45, width * 0.55], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _number_pages(page: PageFormat, font: str) -> Callable[[Canvas, BaseDocTemplate], None]:
    """Page callback drawing the page number centred over the text block, from page 2 on."""

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        number = canvas.getPageNumber()
        if number < 2:
            return
        canvas.saveState()
        canvas.setFont(font, 13)
        centre = page.left + page.frame_width / 2
        canvas.drawCentredString(centre, page.size[1] - page.top + 7 * mm, nfc(number))
        canvas.restoreState()

    return on_page


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
    family = serif_family()
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
    doc.addPageTemplates(
        [PageTemplate(id="form", frames=[frame], onPage=_number_pages(page, family.regular))]
    )
    doc.build(story)
    return buffer.getvalue()
