"""Widths of text set in the serif family, for the blocks both renderers size alike.

The national title and motto shrink to stay on one line of their column, the short rules of
the letterhead take the width of the text above them, and the "Kính gửi:" block is centred on
its widest line. The PDF and the Word copy must agree on these, so both measure here; the
bundled Tinos has the advance widths of Times New Roman, so the measure holds in Word too.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from giamsat_desktop.reports.layout.document_styles import BlockStyle
from giamsat_desktop.reports.layout.fonts import nfc, serif_family

__all__ = ["face_name", "fitted_size", "text_width"]


def face_name(style: BlockStyle) -> str:
    """The registered face of the serif family a block is set in."""
    family = serif_family()
    if style.bold and style.italic:
        return family.bold_italic
    if style.bold:
        return family.bold
    return family.italic if style.italic else family.regular


def text_width(text: str, style: BlockStyle, size: float | None = None) -> float:
    """Width in points of one line of text in a block's face, at its size or ``size``."""
    return stringWidth(nfc(text), face_name(style), style.size if size is None else size)


def fitted_size(text: str, style: BlockStyle, width: float, smallest: float) -> float:
    """Largest size in half points from the style's down at which text fits on one line.

    The motto and the national title must stay on one line with their rule beneath; a narrow
    column gets a slightly smaller size instead of a wrapped line.

    Args:
        text: The line.
        style: Its block style; its size is the largest tried.
        width: Width of the line's column in points.
        smallest: The smallest size allowed.

    Returns:
        The size in points.
    """
    size = style.size
    while size > smallest and text_width(text, style, size) > width:
        size -= 0.5
    return size
