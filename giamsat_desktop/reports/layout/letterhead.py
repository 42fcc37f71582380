"""The two-block header of Nghị định 30/2020 (Phụ lục I): issuing body left, national motto right.

Left: "ỦY BAN MTTQ VIỆT NAM" and the office's level and place in capitals, "BAN THƯỜNG TRỰC" in
bold with a short rule under it, then "Số: ...". Right: the country's name in bold capitals,
the motto in bold with a rule of its own width under it, then the italic place-and-date line.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from giamsat_desktop.domain.office import FRONT_NAME, OfficeInfo
from giamsat_desktop.reports.layout.fonts import nfc
from giamsat_desktop.reports.layout.styles import RULE_WIDTH, form_styles, make_style, para

__all__ = ["BOARD_NAME", "NATIONAL_MOTTO", "NATIONAL_TITLE", "Letterhead"]

BOARD_NAME = "BAN THƯỜNG TRỰC"
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"


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
        plain = make_style("lh_plain", family.regular, 13, TA_CENTER)
        board = make_style("lh_board", family.bold, 13, TA_CENTER)
        board_width = stringWidth(nfc(BOARD_NAME), family.bold, 13)
        self._left = [
            para(FRONT_NAME.upper(), plain),
            para(self.office.letterhead_unit, plain),
            para(BOARD_NAME, board),
            _Rule(board_width / 2, gap_before=3.5),
        ]
        title_size = _fitted_size(nfc(NATIONAL_TITLE), family.bold, 13, 11, right_width - 4)
        motto_size = _fitted_size(nfc(NATIONAL_MOTTO), family.bold, 13, 11, right_width - 4)
        motto_width = stringWidth(nfc(NATIONAL_MOTTO), family.bold, motto_size)
        self._right = [
            para(NATIONAL_TITLE, make_style("lh_title", family.bold, title_size, TA_CENTER)),
            para(NATIONAL_MOTTO, make_style("lh_motto", family.bold, motto_size, TA_CENTER)),
            _Rule(motto_width, gap_before=2.5),
        ]
        number = None
        if self.number is not None:
            text = f"Số: {self.number}"
            if self.summary:
                text += f"\n{self.summary}"
            number = para(text, make_style("lh_number", family.regular, 13, TA_CENTER))
        when = None
        if self.date_line_text is not None:
            when = para(self.date_line_text, make_style("lh_date", family.italic, 13, TA_CENTER))
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
