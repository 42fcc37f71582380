"""Phiếu giải quyết văn bản đến: the slip clipped to an incoming document on its way round.

The leader writes the instruction (bút phê) on it, the person who handles the document writes
what was done, and both sign and date by hand; the slip then goes into the file with the
document. So the printed slip carries the document's register data, any instruction already
typed into the program, and dotted lines and signature room for the rest. It is meant to fit
on one A4 page; a field too long for that (a pasted report as the subject) still prints whole,
going on over the next pages.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from giamsat_desktop.domain.date_line import date_line
from giamsat_desktop.domain.labels import label
from giamsat_desktop.domain.office import OfficeInfo
from giamsat_desktop.domain.registers import IncomingRecord, type_and_subject
from giamsat_desktop.reports.layout.fonts import markup
from giamsat_desktop.reports.layout.page_layout import (
    PORTRAIT,
    Letterhead,
    build_pdf,
    form_styles,
    layout_table,
    para,
    side_by_side,
    signature_block,
    title_block,
)
from giamsat_desktop.reports.registers.book import date_text

__all__ = ["SLIP_TITLE", "render_handling_slip"]

SLIP_TITLE = "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN"
BLANK_DATE = "Ngày …… tháng …… năm ……"
"""Dates written by hand when the slip is signed, not when it is printed."""
LINE_GAP = 8 * mm
"""Distance between dotted lines: room for one line of handwriting."""
FIELD_GAP = 3.0
"""Space below each line of the document's data, in points."""
FIELD_RIGHT = 4.0
"""Space kept free on the right of each field, in points."""


class WritingLines(Flowable):
    """Dotted lines across the text block, for an opinion written by hand.

    A long subject or instruction leaves less room on the page, and a slip split over two
    sheets gets lost; so the number of lines shrinks to what fits, keeping ``reserve`` points
    free for what must follow on the same page, but never below ``minimum``.
    """

    def __init__(
        self, maximum: int, *, minimum: int = 2, reserve: float = 0.0, gap: float = LINE_GAP
    ) -> None:
        """Prepare up to ``maximum`` lines ``gap`` apart.

        Args:
            maximum: Lines drawn when the page has room.
            minimum: Lines drawn however little room there is.
            reserve: Height kept free below the lines for what follows on the page.
            gap: Distance between lines.
        """
        super().__init__()
        self.maximum = maximum
        self.minimum = minimum
        self.reserve = reserve
        self.gap = gap
        self.count = maximum

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """Take the full width and as many lines as fit above the reserved room."""
        fitting = int((availHeight - self.reserve) // self.gap)
        self.count = max(self.minimum, min(self.maximum, fitting))
        self.width = availWidth
        self.height = self.count * self.gap
        return self.width, self.height

    def draw(self) -> None:
        """Draw each line at the foot of its gap, where the writing rests."""
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.setDash(1, 2.5)
        for index in range(self.count):
            y = self.height - (index + 1) * self.gap + 1.5
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


def _field(label: str, value: str) -> str:
    """Paragraph markup "<b>Label:</b> value"; an empty value leaves dots to fill in."""
    shown = markup(value) if value.strip() else "……………………"
    return f"<b>{markup(label)}:</b> {shown}"


def _data_block(record: IncomingRecord, width: float) -> list[Flowable]:
    """The document's register data, two short fields a line or one long field.

    A long field stands alone as a paragraph, which a page break may cut between two lines;
    two fields side by side share a table row, which is never cut, so they stand side by side
    only while both are short enough.
    """
    style = form_styles().body_plain
    alone = ParagraphStyle(
        "slip_field", parent=style, spaceBefore=0, spaceAfter=FIELD_GAP, rightIndent=FIELD_RIGHT
    )
    deadline = date_text(record.deadline)
    pairs: list[tuple[tuple[str, str], tuple[str, str] | None]] = [
        (("Số đến", record.arrival_number_text), ("Ngày đến", date_text(record.arrival_date))),
        (("Tác giả", record.issuer), None),
        (("Số, ký hiệu", record.symbol), ("Ngày tháng", date_text(record.doc_date))),
        (("Trích yếu", type_and_subject(record.type_code, record.subject)), None),
        (("Độ khẩn", label(record.urgency)), ("Hạn xử lý", deadline)),
    ]
    if record.secrecy.is_secret:
        pairs.append((("Độ mật", label(record.secrecy)), None))
    widths = (width * 0.55, width * 0.45)
    padding = [
        ("RIGHTPADDING", (0, 0), (-1, -1), FIELD_RIGHT),
        ("BOTTOMPADDING", (0, 0), (-1, -1), FIELD_GAP),
    ]
    block: list[Flowable] = []
    for first, second in pairs:
        cells = [Paragraph(_field(*first), style)]
        if second is not None:
            cells.append(Paragraph(_field(*second), style))
        if second is not None and _short(cells, widths):
            block.append(layout_table([cells], widths, padding))
        else:
            block += [Paragraph(_field(*field), alone) for field in (first, second) if field]
    return block


def _short(cells: list[Paragraph], widths: tuple[float, float]) -> bool:
    """Whether fields fit their columns in a few lines, so that their row never needs a cut."""
    return all(
        cell.wrap(column - FIELD_RIGHT, PORTRAIT.frame_height)[1] <= PORTRAIT.frame_height / 4
        for cell, column in zip(cells, widths, strict=True)
    )


def _signature(role: str, width: float) -> Table:
    """A signature block on the right half: a blank date, the role, room to sign."""
    styles = form_styles()
    block = signature_block((role,), date_text=BLANK_DATE, sign_space=20 * mm)
    block.insert(2, para("(Ký, ghi rõ họ tên)", styles.date_italic))
    return side_by_side("", block, width, top_padding=2 * mm)


def _height(flowable: Flowable, width: float) -> float:
    """Height a flowable takes on the page, with the space the frame adds around it."""
    return flowable.wrap(width, PORTRAIT.frame_height)[1] + (
        flowable.getSpaceBefore() + flowable.getSpaceAfter()
    )


def render_handling_slip(office: OfficeInfo, record: IncomingRecord, *, today: dt.date) -> bytes:
    """Print the Phiếu giải quyết văn bản đến of one incoming document, A4 portrait.

    Args:
        office: The office that received the document.
        record: The registered document.
        today: The date printed in the header: the day the slip is made out.

    Returns:
        The PDF's bytes.
    """
    styles = form_styles()
    width = PORTRAIT.frame_width
    instruction = record.instruction.strip()
    leader_signature = _signature("LÃNH ĐẠO", width)
    handler_heading = para("Ý kiến của đơn vị, cá nhân giải quyết:", styles.heading)
    handler_signature = _signature("NGƯỜI GIẢI QUYẾT", width)
    handler_room = _height(handler_signature, width)
    handler_lines = WritingLines(6, minimum=3, reserve=handler_room)
    leader_room = (
        _height(leader_signature, width)
        + _height(handler_heading, width)
        + handler_lines.minimum * LINE_GAP
        + handler_room
    )
    story: list[Flowable] = [
        Letterhead(office, date_line_text=date_line(office.date_line_place, today)),
        *title_block(SLIP_TITLE),
        *_data_block(record, width),
        para("Ý kiến của lãnh đạo:", styles.heading),
    ]
    if instruction:
        story.append(para(instruction, styles.body_plain))
    story += [
        WritingLines(4 if instruction else 6, reserve=leader_room),
        leader_signature,
        handler_heading,
        handler_lines,
        handler_signature,
    ]
    return build_pdf(
        story,
        PORTRAIT,
        title=f"{SLIP_TITLE} số {record.arrival_number_text}",
        author=office.name,
    )
