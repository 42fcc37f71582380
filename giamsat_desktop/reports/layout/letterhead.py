"""The two-block header of Nghị định 30/2020 (Phụ lục I): issuing body left, national motto right.

Left: "ỦY BAN MTTQ VIỆT NAM" and the office's level and place in capitals, "BAN THƯỜNG TRỰC" in
bold with a short rule under it, then "Số: ...". Right: the country's name in bold capitals,
the motto in bold with a rule of its own width under it, then the italic place-and-date line.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph

from giamsat_desktop.domain.office import FRONT_NAME, OfficeInfo
from giamsat_desktop.domain.official_document import BOARD_LINE
from giamsat_desktop.reports.layout.document_styles import DOCUMENT_STYLES
from giamsat_desktop.reports.layout.styles import RULE_WIDTH, block_style, keep_spaces, para
from giamsat_desktop.reports.layout.text_width import fitted_size, text_width

__all__ = ["BOARD_NAME", "NATIONAL_MOTTO", "NATIONAL_TITLE", "Letterhead", "header_sizes"]

BOARD_NAME = BOARD_LINE
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
_FIT_MARGIN = 4.0
"""Room in points kept free beside the national title and motto in their column."""


class _Rule:
    """A centred horizontal rule of a given width inside a letterhead block."""

    def __init__(self, width: float, gap_before: float = 1.5, gap_after: float = 4.0) -> None:
        self.width = width
        self.gap_before = gap_before
        self.gap_after = gap_after

    @property
    def height(self) -> float:
        return self.gap_before + self.gap_after


def header_sizes(right_width: float) -> tuple[float, float]:
    """Sizes of the national title and the motto in a right column ``right_width`` points wide.

    Each keeps its size of the table unless its line would not fit the column; it then shrinks
    by half points, down to the table's smallest header size. The Word copy uses the same.
    """
    styles = DOCUMENT_STYLES
    width = right_width - _FIT_MARGIN
    return (
        fitted_size(NATIONAL_TITLE, styles.national_title, width, styles.header_smallest),
        fitted_size(NATIONAL_MOTTO, styles.motto, width, styles.header_smallest),
    )


class Letterhead(Flowable):
    """The two header blocks of Nghị định 30: issuing body on the left, national motto right.

    The "Số:" line of the left block and the place-and-date line of the right block are set on
    the same baseline, as in the decree's model, whichever block is taller above them; a công
    văn's "V/v …" line stands centred under the number. Sizes come from the official
    documents' table (``document_styles``).
    """

    def __init__(
        self,
        office: OfficeInfo,
        *,
        number: str | None = None,
        date_line_text: str | None = None,
        summary: str | None = None,
        left_share: float = DOCUMENT_STYLES.header_left_share,
    ) -> None:
        """Build the header of one form.

        Args:
            office: The office the form is issued by.
            number: The symbol after "Số:" (e.g. "15/BC-MTTQ-BTT"; a draft's starts with the
                blank left for its number, whose spaces are kept); None leaves the line out.
            date_line_text: The italic line under the motto (a draft's blanks are kept); None
                leaves it out.
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
        self._bottom: tuple[list[Paragraph], list[Paragraph]] = ([], [])
        self._widths = (0.0, 0.0)
        self._top_height = 0.0
        self._bottom_height = 0.0

    def _blocks(self, width: float) -> None:
        styles = DOCUMENT_STYLES
        left_width = width * self.left_share
        right_width = width - left_width
        self._widths = (left_width, right_width)
        plain = block_style("lh_plain", styles.issuer)
        board = block_style("lh_board", styles.board)
        board_width = text_width(BOARD_NAME, styles.board)
        self._left = [
            para(FRONT_NAME.upper(), plain),
            para(self.office.letterhead_unit, plain),
            para(BOARD_NAME, board),
            _Rule(board_width * styles.board_rule_share, gap_before=3.5),
        ]
        title_size, motto_size = header_sizes(right_width)
        motto_width = text_width(NATIONAL_MOTTO, styles.motto, motto_size)
        self._right = [
            para(NATIONAL_TITLE, block_style("lh_title", styles.national_title, size=title_size)),
            para(NATIONAL_MOTTO, block_style("lh_motto", styles.motto, size=motto_size)),
            _Rule(motto_width, gap_before=2.5),
        ]
        number: list[Paragraph] = []
        if self.number is not None:
            number_style = block_style("lh_number", styles.number)
            number.append(para(keep_spaces(f"Số: {self.number}"), number_style))
            if self.summary:
                summary = block_style("lh_vv", styles.summary, spaceBefore=styles.number_gap)
                number.append(para(self.summary, summary))
        when: list[Paragraph] = []
        if self.date_line_text is not None:
            date_style = block_style("lh_date", styles.date_line)
            when.append(para(keep_spaces(self.date_line_text), date_style))
        self._bottom = (number, when)

    @staticmethod
    def _measure(items: Sequence[Paragraph | _Rule], width: float) -> float:
        total = 0.0
        for item in items:
            total += item.height if isinstance(item, _Rule) else item.wrap(width, 1000)[1]
        return total

    @staticmethod
    def _stacked(items: Sequence[Paragraph], width: float) -> float:
        """Height of paragraphs set one under another, with the space before all but the first."""
        total = 0.0
        for index, item in enumerate(items):
            total += item.wrap(width, 1000)[1] + (item.getSpaceBefore() if index else 0.0)
        return total

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """Lay the blocks out for the frame's width and report the height they need."""
        self._blocks(availWidth)
        left_width, right_width = self._widths
        self._top_height = max(
            self._measure(self._left, left_width), self._measure(self._right, right_width)
        )
        self._bottom_height = max(
            self._stacked(items, item_width)
            for items, item_width in zip(self._bottom, self._widths, strict=True)
        )
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
        for items, x in zip(self._bottom, (0.0, left_width), strict=True):
            y = self._bottom_height
            for index, item in enumerate(items):
                y -= item.height + (item.getSpaceBefore() if index else 0.0)
                item.drawOn(self.canv, x, y)
