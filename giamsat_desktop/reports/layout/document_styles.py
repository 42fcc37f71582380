"""The sizes and styles of every block of an official document: one table, two renderers.

Nghị định 30/2020 (Phụ lục I) as an MTTQ office applies it (DOMAIN.md "Page format"): A4
portrait with the binding margin on the left; Times New Roman; 14 for the text of a letter (13
is allowed); the issuing body in capitals 13 with the board's name in bold; the national title
in bold capitals 12-13 and the motto in bold 13-14; "Số:" 13 upright; "V/v …" 12-13 upright;
the place-and-date line in italics; the type name in bold capitals and the subject in bold; the
"Căn cứ …" lines in italics; the signature block in bold; "Nơi nhận:" in bold italics 12 with
its list in 11; the page number centred at the top from page 2.

The PDF renderer (reportlab) and the Word renderer (python-docx) both read this table, so a
size changed here changes both copies of a letter. Plain data only: no renderer is imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = [
    "DOCUMENT_PAGE",
    "DOCUMENT_STYLES",
    "SINGLE_LEADING",
    "Align",
    "BlockStyle",
    "DocumentPage",
    "DocumentStyles",
]

Align = Literal["left", "center", "right", "justify"]

SINGLE_LEADING = 1.2
"""The distance between baselines of single-spaced Times text, as a multiple of its size.

Word's "single" spacing of Times New Roman and reportlab's leading of 1.2 times the size put
lines the same distance apart, so both copies break their pages at about the same place.
"""

TEXT_INDENT = 10.0
"""First-line indent of running text, in mm (the decree asks for 1 to 1.27 cm)."""


@dataclass(frozen=True, slots=True)
class BlockStyle:
    """How one kind of block is set: its face, size, alignment and spacing.

    Attributes:
        size: Font size in points.
        bold: Bold face.
        italic: Italic face.
        align: Alignment of its lines.
        first_indent: Indent of the first line in mm, relative to the left indent (negative:
            a hanging line).
        left_indent: Indent of every line from the left edge of its column, in mm.
        space_before: Space above the block, in points.
        space_after: Space below the block, in points.
        line_spacing: Distance between lines as a multiple of single spacing.
        keep_with_next: Never left alone at the foot of a page (headings, titles).
    """

    size: float
    bold: bool = False
    italic: bool = False
    align: Align = "left"
    first_indent: float = 0.0
    left_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    line_spacing: float = 1.0
    keep_with_next: bool = False

    @property
    def leading(self) -> float:
        """Distance between baselines in points."""
        return self.size * SINGLE_LEADING * self.line_spacing


@dataclass(frozen=True, slots=True)
class DocumentPage:
    """The sheet and its margins, in mm: A4 portrait, the wide margin on the binding edge.

    Attributes:
        width: Sheet width.
        height: Sheet height.
        top: Top margin.
        bottom: Bottom margin.
        left: Left (binding) margin.
        right: Right margin.
        page_number_baseline: Distance from the sheet's top edge to the page number's baseline.
    """

    width: float = 210.0
    height: float = 297.0
    top: float = 20.0
    bottom: float = 20.0
    left: float = 30.0
    right: float = 15.0
    page_number_baseline: float = 13.0

    @property
    def text_width(self) -> float:
        """Width of the text block between the side margins, in mm."""
        return self.width - self.left - self.right


@dataclass(frozen=True, slots=True)
class DocumentStyles:
    """Every block of an official document, in the order it appears on the page.

    Sizes are in points, lengths in mm unless named otherwise.
    """

    draft_mark: BlockStyle
    issuer: BlockStyle
    board: BlockStyle
    number: BlockStyle
    summary: BlockStyle
    national_title: BlockStyle
    motto: BlockStyle
    date_line: BlockStyle
    type_name: BlockStyle
    subject: BlockStyle
    recipients: BlockStyle
    grounds: BlockStyle
    heading_1: BlockStyle
    heading_2: BlockStyle
    heading_3: BlockStyle
    paragraph: BlockStyle
    article: BlockStyle
    item: BlockStyle
    table_header: BlockStyle
    table_cell: BlockStyle
    signature_authority: BlockStyle
    signature_title: BlockStyle
    signature_name: BlockStyle
    copies_title: BlockStyle
    copies_line: BlockStyle
    page_number: BlockStyle
    header_left_share: float = 0.42
    """Share of the text width the issuing body's column takes; the motto's takes the rest."""
    header_smallest: float = 11.0
    """Smallest size the national title and motto shrink to so as to stay on one line."""
    board_rule_share: float = 0.5
    """The rule under the board's name, as a share of that name's width."""
    subject_rule_share: float = 0.22
    """The rule under the subject, as a share of the text width."""
    rule_width: float = 0.6
    """Thickness of the short rules, in points."""
    number_gap: float = 2.0
    """Space between the "Số:" line and the "V/v …" line under it, in points."""
    closing_left_share: float = 0.45
    """Share of the text width "Nơi nhận:" takes beside the signature block."""
    closing_space: float = 6.0
    """Space between the body and the "Nơi nhận:" and signature blocks, in mm."""
    sign_space: float = 25.0
    """Room left for the signature and the seal, in mm."""
    table_padding: float = 3.0
    """Padding inside each cell of a table of the body, in points."""

    def heading(self, level: int) -> BlockStyle:
        """The style of a heading of ``level`` 1 (``I.``), 2 (``1.``) or 3 (``a)``)."""
        return (self.heading_1, self.heading_2, self.heading_3)[min(max(level, 1), 3) - 1]


_TEXT = 14.0
_BODY = BlockStyle(_TEXT, align="justify", first_indent=TEXT_INDENT, space_after=6.0)
_HEAD = BlockStyle(
    _TEXT, bold=True, align="justify", first_indent=TEXT_INDENT, space_before=6.0,
    space_after=6.0, keep_with_next=True,
)  # fmt: skip
_SIGNATURE = BlockStyle(_TEXT, bold=True, align="center")

DOCUMENT_STYLES = DocumentStyles(
    draft_mark=BlockStyle(_TEXT, bold=True, align="right", space_after=4.0),
    issuer=BlockStyle(13.0, align="center"),
    board=BlockStyle(13.0, bold=True, align="center"),
    number=BlockStyle(13.0, align="center"),
    summary=BlockStyle(12.0, align="center"),
    national_title=BlockStyle(13.0, bold=True, align="center"),
    motto=BlockStyle(13.0, bold=True, align="center"),
    date_line=BlockStyle(13.0, italic=True, align="center"),
    type_name=BlockStyle(_TEXT, bold=True, align="center", space_before=18.0, keep_with_next=True),
    subject=BlockStyle(_TEXT, bold=True, align="center", keep_with_next=True),
    recipients=BlockStyle(_TEXT, space_before=12.0, space_after=6.0, keep_with_next=True),
    grounds=BlockStyle(
        _TEXT, italic=True, align="justify", first_indent=TEXT_INDENT, space_after=6.0
    ),
    heading_1=_HEAD,
    heading_2=_HEAD,
    heading_3=BlockStyle(
        _TEXT, italic=True, align="justify", first_indent=TEXT_INDENT, space_after=6.0,
        keep_with_next=True,
    ),  # fmt: skip
    paragraph=_BODY,
    article=_BODY,
    item=_BODY,
    table_header=BlockStyle(13.0, bold=True, align="center"),
    table_cell=BlockStyle(13.0),
    signature_authority=_SIGNATURE,
    signature_title=_SIGNATURE,
    signature_name=_SIGNATURE,
    copies_title=BlockStyle(12.0, bold=True, italic=True),
    copies_line=BlockStyle(11.0, left_indent=2.5, first_indent=-2.5),
    page_number=BlockStyle(13.0, align="center"),
)
"""The styles of an official document of the Standing Board."""

DOCUMENT_PAGE = DocumentPage()
"""The page of an official document: A4 portrait, margins 20, 20, 30 and 15 mm."""
