"""Paragraph styles of the printed forms, and the one way plain text becomes a paragraph.

Sizes follow Nghị định 30/2020 (Phụ lục I): 13-14 for text, bold caps for titles, 12 bold
italic for "Nơi nhận:" and 11 for its list. Register cells use 11 so that the decree's ten
columns fit across a landscape A4 sheet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from giamsat_desktop.reports.layout.document_styles import DOCUMENT_STYLES, BlockStyle
from giamsat_desktop.reports.layout.fonts import FontFamily, markup, serif_family
from giamsat_desktop.reports.layout.text_width import face_name

__all__ = [
    "RULE_WIDTH",
    "FormStyles",
    "block_style",
    "form_styles",
    "keep_spaces",
    "make_style",
    "para",
]

RULE_WIDTH = DOCUMENT_STYLES.rule_width
"""Thickness of the rules under the motto and the issuing body: a thin solid line."""


@dataclass(frozen=True, slots=True)
class FormStyles:
    """Paragraph styles of the forms, in the registered serif family."""

    family: FontFamily
    body: ParagraphStyle
    body_plain: ParagraphStyle
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


def make_style(
    name: str, font: str, size: float, align: int = TA_LEFT, **extra: float
) -> ParagraphStyle:
    """A paragraph style; the leading defaults to 1.2 times the size, single spacing in Word."""
    extra.setdefault("leading", size * 1.2)
    return ParagraphStyle(name, fontName=font, fontSize=size, alignment=align, **extra)


_ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


def block_style(
    name: str, style: BlockStyle, *, size: float | None = None, **changes: float
) -> ParagraphStyle:
    """The paragraph style of a block of the official documents' table (document_styles).

    Args:
        name: The style's name.
        style: The block's entry in the table.
        size: A size other than the table's (a title shrunk to fit its column).
        **changes: Other attributes set otherwise (a narrower indent, no space before).

    Returns:
        The reportlab style, in the registered serif family.
    """
    size = style.size if size is None else size
    extra: dict[str, float] = {
        "leading": size * style.leading / style.size,
        "firstLineIndent": style.first_indent * mm,
        "leftIndent": style.left_indent * mm,
        "spaceBefore": style.space_before,
        "spaceAfter": style.space_after,
        "keepWithNext": int(style.keep_with_next),
        **changes,
    }
    return make_style(name, face_name(style), size, _ALIGNMENTS[style.align], **extra)


def keep_spaces(text: str) -> str:
    """Text whose runs of spaces stay as wide as typed: a draft's blank number and date.

    A paragraph folds every run of spaces into one; no-break spaces are kept, and read back
    as spaces by a PDF reader.
    """
    return re.sub(r" {2,}", lambda run: "\u00a0" * len(run.group()), text)


@lru_cache(maxsize=4)
def _styles_for(family: FontFamily) -> FormStyles:
    regular, bold, italic = family.regular, family.bold, family.italic
    return FormStyles(
        family=family,
        body=make_style("body", regular, 13, TA_JUSTIFY, spaceAfter=6, firstLineIndent=10 * mm),
        body_plain=make_style("body_plain", regular, 13, spaceAfter=2),
        body_center=make_style("body_center", regular, 13, TA_CENTER),
        heading=make_style("heading", bold, 13, spaceBefore=6, spaceAfter=2),
        title=make_style("title", bold, 14, TA_CENTER, spaceBefore=10),
        subject=make_style("subject", bold, 14, TA_CENTER),
        recipients_heading=make_style("recipients_heading", family.bold_italic, 12),
        recipients=make_style(
            "recipients", regular, 11, leading=12.5, leftIndent=2.5 * mm, firstLineIndent=-2.5 * mm
        ),
        signature=make_style("signature", bold, 13, TA_CENTER),
        signature_name=make_style("signature_name", bold, 14, TA_CENTER),
        date_italic=make_style("date_italic", italic, 13, TA_CENTER),
        cell=make_style("cell", regular, 11, leading=12.5),
        cell_center=make_style("cell_center", regular, 11, TA_CENTER, leading=12.5),
        cell_header=make_style("cell_header", bold, 11, TA_CENTER, leading=12.5),
    )


def form_styles() -> FormStyles:
    """The styles of the forms, registering the serif family on first use."""
    return _styles_for(serif_family())


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped and NFC-composed), never parsed as markup."""
    return Paragraph(markup(text), style)
