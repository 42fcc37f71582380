"""What the two printed registers share: the cover, the ruled table, the cells.

Nghị định 30/2020 (Phụ lục IV) prints a register as a book: a cover naming the office, the
year, the dates and the numbers it covers, then a ruled table whose column titles and column
numbers (1, 2, 3 ...) head every page, so that a page torn out or photocopied alone can still
be read. A thousand rows make about ninety pages, so cells are drawn as plain strings broken
into lines here, and only struck-through or partly bold text pays for a Paragraph.

No cell is too long to print: an entry taller than a page (a pasted report as its subject,
a note of hundreds of lines) is cut between its lines into pieces of one page each, and the
book goes on with it on the next page, under the column titles again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    LongTable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from giamsat_desktop.domain.documents import Secrecy, Urgency
from giamsat_desktop.domain.office import FRONT_NAME, OfficeInfo
from giamsat_desktop.domain.registers import IncomingRecord, OutgoingRecord, RegisterPeriod
from giamsat_desktop.reports.layout.fonts import markup, nfc
from giamsat_desktop.reports.layout.line_break import LineBreaker
from giamsat_desktop.reports.layout.page_layout import (
    BOARD_NAME,
    LANDSCAPE,
    RULE_WIDTH,
    FormStyles,
    build_pdf,
    form_styles,
    para,
)

__all__ = [
    "Cell",
    "Column",
    "MarkedLines",
    "RegisterCells",
    "date_text",
    "remarks",
    "render_register",
]

CELL_PADDING = 3.0
"""Left and right padding of a cell, in points."""
TOP_PADDING = 2.0
BOTTOM_PADDING = 4.0
"""Space above the first and below the last line of an entry, in points."""
CANCELLED_COLOUR = "#707070"


class BoldText(str):
    """Cell text drawn wholly in bold (a register's flags) without the cost of a Paragraph."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class MarkedLines:
    """A cell drawn as a Paragraph: lines already broken to fit, each as Paragraph markup.

    Struck-through entries and remarks that are partly bold need a Paragraph; keeping their
    lines lets an entry taller than a page be cut between two lines like plain text.
    """

    lines: tuple[str, ...]
    style: ParagraphStyle
    struck: bool = False

    def paragraph(self) -> Paragraph:
        """The Paragraph the table draws."""
        text = "<br/>".join(self.lines)
        return Paragraph(f"<strike>{text}</strike>" if self.struck else text, self.style)


Cell = str | MarkedLines
"""A cell as the registers make it: plain lines (bold when a BoldText), or marked-up lines."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a register: its printed title, share of the width and alignment."""

    title: str
    weight: float
    centred: bool = False


def date_text(day: dt.date | None) -> str:
    """A date as registers write it, dd/mm/yyyy; an empty cell when there is none."""
    return day.strftime("%d/%m/%Y") if day is not None else ""


def remarks(
    *,
    urgency: Urgency,
    secrecy: Secrecy,
    notes: str,
    cancelled: bool,
    cancel_reason: str,
) -> list[tuple[str, bool]]:
    """Lines of the "Ghi chú" cell, each with whether it is printed in bold.

    A cancelled entry says so, with its reason, because the number stays used; nothing else
    about it is flagged, since it is no longer handled. Urgency and secrecy are flagged on live
    entries because the clerk must pass such documents on at once or keep them apart.
    """
    lines: list[tuple[str, bool]] = []
    if cancelled:
        reason = nfc(cancel_reason).strip()
        lines.append((f"ĐÃ HỦY: {reason}" if reason else "ĐÃ HỦY", True))
    else:
        if urgency is not Urgency.NORMAL:
            lines.append((urgency.label, True))
        if secrecy.is_secret:
            lines.append((secrecy.label, True))
    if nfc(notes).strip():
        lines.append((nfc(notes).strip(), False))
    return lines


class RegisterCells:
    """Makes the cells of one register, in its column widths and the forms' styles."""

    def __init__(self, columns: Sequence[Column], width: float, styles: FormStyles) -> None:
        """Share the text width among the columns and prepare the cell styles.

        Args:
            columns: The register's columns in print order.
            width: Width of the text block.
            styles: The forms' paragraph styles.
        """
        total = sum(column.weight for column in columns)
        self.columns = tuple(columns)
        self.widths = [width * column.weight / total for column in columns]
        self.styles = styles
        self.font = styles.cell.fontName
        self.size = styles.cell.fontSize
        self._room = [w - 2 * CELL_PADDING - 0.5 for w in self.widths]
        self._breaker = LineBreaker(self.font, self.size)
        self._bold = LineBreaker(styles.cell_header.fontName, self.size)
        self._left = styles.cell
        self._centre = styles.cell_center
        self._struck_left = ParagraphStyle(
            "cell_struck", parent=styles.cell, textColor=CANCELLED_COLOUR
        )
        self._struck_centre = ParagraphStyle(
            "cell_struck_center", parent=styles.cell_center, textColor=CANCELLED_COLOUR
        )

    def text(self, index: int, value: object, *, struck: bool = False) -> Cell:
        """A cell of plain text, broken into lines that fit the column.

        Args:
            index: The column's position.
            value: The text; None gives an empty cell.
            struck: Whether the row is cancelled: the text is struck through and greyed.

        Returns:
            What the table takes as the cell.
        """
        text = nfc(value).strip()
        centred = self.columns[index].centred
        room = self._room[index]
        if struck:
            if not text:
                return ""
            style = self._struck_centre if centred else self._struck_left
            lines = tuple(markup(line) for line in self._breaker.lines(text, room))
            return MarkedLines(lines, style, struck=True)
        return "\n".join(self._breaker.lines(text, room))

    def entry(
        self, values: Sequence[object], record: IncomingRecord | OutgoingRecord
    ) -> list[Cell]:
        """One line of a register: ``values``, then "Ký nhận" and "Ghi chú".

        "Ký nhận" stays blank, to be signed by hand by whoever takes the document; "Ghi chú"
        holds the record's remarks. A cancelled entry is struck through.
        """
        row = [
            self.text(index, value, struck=record.cancelled) for index, value in enumerate(values)
        ]
        row.append("")
        note = remarks(
            urgency=record.urgency,
            secrecy=record.secrecy,
            notes=record.notes,
            cancelled=record.cancelled,
            cancel_reason=record.cancel_reason,
        )
        row.append(self.lines(len(self.columns) - 1, note))
        return row

    def lines(self, index: int, lines: Sequence[tuple[str, bool]]) -> Cell:
        """A cell of several lines, some in bold (the "Ghi chú" of a register)."""
        if not lines:
            return ""
        room = self._room[index]
        if all(bold for _, bold in lines):
            return BoldText("\n".join(self._bold.lines("\n".join(t for t, _ in lines), room)))
        if not any(bold for _, bold in lines):
            return "\n".join(self._breaker.lines("\n".join(t for t, _ in lines), room))
        marked = tuple(
            f"<b>{markup(line)}</b>" if bold else markup(line)
            for text, bold in lines
            for line in (self._bold if bold else self._breaker).lines(text, room)
        )
        style = self._centre if self.columns[index].centred else self._left
        return MarkedLines(marked, style)

    def header_rows(self) -> list[list[str | Paragraph]]:
        """The column titles and, under them, the column numbers of the official form."""
        titles: list[str | Paragraph] = [
            para(column.title, self.styles.cell_header) for column in self.columns
        ]
        numbers: list[str | Paragraph] = [
            str(position) for position in range(1, len(self.columns) + 1)
        ]
        return [titles, numbers]


def _cell_lines(cell: Cell) -> Sequence[str]:
    """The lines of a cell: its plain lines, or its marked-up ones."""
    if isinstance(cell, MarkedLines):
        return cell.lines
    return cell.split("\n") if cell else ()


def _cell_part(cell: Cell, start: int, stop: int) -> Cell:
    """Lines ``start`` to ``stop`` of a cell, drawn as the whole cell is (bold, struck)."""
    if isinstance(cell, MarkedLines):
        return replace(cell, lines=cell.lines[start:stop]) if cell.lines[start:stop] else ""
    part = "\n".join(_cell_lines(cell)[start:stop])
    return BoldText(part) if isinstance(cell, BoldText) else part


def _page_pieces(row: Sequence[Cell], lines_per_page: int) -> list[list[Cell]]:
    """An entry as table rows: itself, or pieces of a page each when it is taller than a page.

    Each piece takes the next ``lines_per_page`` lines of every cell, so that every piece but
    the last fills a page under the repeated column titles and the table, which never cuts a
    row, turns the page between two pieces; the last piece is followed by the next entries.
    """
    height = max(len(_cell_lines(cell)) for cell in row)
    if height <= lines_per_page:
        return [list(row)]
    return [
        [_cell_part(cell, start, start + lines_per_page) for cell in row]
        for start in range(0, height, lines_per_page)
    ]


def lines_per_page(cells: RegisterCells, heading_height: float) -> int:
    """How many lines of an entry fit on a page below the column titles and numbers."""
    room = LANDSCAPE.frame_height - heading_height - TOP_PADDING - BOTTOM_PADDING
    # A point of slack, so that rounding never makes a full piece overflow its page.
    return max(1, int((room - 1) // cells.styles.cell.leading))


def table_rows(
    cells: RegisterCells, rows: Iterable[Sequence[Cell]], lines_per_page: int
) -> Iterator[list[str | Paragraph]]:
    """The entries as the table takes them: page-sized pieces, Paragraphs made at last."""
    for row in rows:
        for piece in _page_pieces(row, lines_per_page):
            yield [cell.paragraph() if isinstance(cell, MarkedLines) else cell for cell in piece]


def table_style(cells: RegisterCells, data: Sequence[Sequence[object]]) -> TableStyle:
    """Ruling, fonts, padding and alignment of the register table."""
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("FONT", (0, 0), (-1, -1), cells.font, cells.size, cells.styles.cell.leading),
        ("FONT", (0, 0), (-1, 0), cells.styles.family.bold, cells.size, cells.styles.cell.leading),
        ("FONT", (0, 1), (-1, 1), cells.styles.family.italic, cells.size - 1, cells.size),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("ALIGN", (0, 1), (-1, 1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), TOP_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM_PADDING),
        ("TOPPADDING", (0, 1), (-1, 1), 1),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 2),
    ]
    for index, column in enumerate(cells.columns):
        if column.centred:
            commands.append(("ALIGN", (index, 2), (index, -1), "CENTER"))
    bold = cells.styles.family.bold
    for row_index, row in enumerate(data):
        for column_index, cell in enumerate(row):
            if isinstance(cell, BoldText):
                at = (column_index, row_index)
                commands.append(("FONT", at, at, bold, cells.size, cells.styles.cell.leading))
    return TableStyle(commands)


def heading_height(cells: RegisterCells) -> float:
    """Height of the column titles and numbers that head every page of the table."""
    heading = cells.header_rows()
    table = Table(heading, colWidths=cells.widths)
    table.setStyle(table_style(cells, heading))
    return table.wrap(sum(cells.widths), LANDSCAPE.frame_height)[1]


def cover(office: OfficeInfo, period: RegisterPeriod, title: str) -> list[Flowable]:
    """The book's cover: the office as in the letterhead, the register's name, its range."""
    styles = form_styles()
    family = styles.family

    def style(name: str, font: str, size: float, **extra: float) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=size * 1.25, alignment=TA_CENTER, **extra
        )

    office_line = style("cover_office", family.regular, 14)
    board_line = style("cover_board", family.bold, 14)
    big = style("cover_title", family.bold, 30, spaceBefore=0)
    line = style("cover_line", family.regular, 16, spaceAfter=3 * mm)
    book = style("cover_book", family.italic, 15)

    board_width = stringWidth(nfc(BOARD_NAME), family.bold, 14)
    return [
        para(FRONT_NAME.upper(), office_line),
        para(office.letterhead_unit, office_line),
        para(BOARD_NAME, board_line),
        Spacer(1, 1.5 * mm),
        HRFlowable(width=board_width / 2, thickness=RULE_WIDTH, hAlign="CENTER"),
        Spacer(1, 38 * mm),
        para(title, big),
        Spacer(1, 14 * mm),
        para(f"Năm: {period.year}", line),
        para(f"Từ ngày {date_text(period.date_from)} đến ngày {date_text(period.date_to)}", line),
        para(f"Từ số {nfc(period.number_from)} đến số {nfc(period.number_to)}", line),
        *([para(f"Quyển: {period.book_name}", book)] if nfc(period.book_name).strip() else []),
        PageBreak(),
    ]


def render_register(
    office: OfficeInfo,
    period: RegisterPeriod,
    *,
    title: str,
    cells: RegisterCells,
    rows: Iterable[Sequence[Cell]],
) -> bytes:
    """Print a register: the cover, then the table with its header on every page.

    An entry taller than a page goes on over the next pages (see :func:`_page_pieces`).

    Args:
        office: The office keeping the register.
        period: Year, dates and numbers the cover states.
        title: The register's name in capitals, e.g. "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN".
        cells: The cell maker of this register (its columns and widths).
        rows: The table rows, already made into cells.

    Returns:
        The PDF's bytes.
    """
    data: list[list[str | Paragraph]] = cells.header_rows()
    data.extend(table_rows(cells, rows, lines_per_page(cells, heading_height(cells))))
    if len(data) == 2:
        data.append([""] * len(cells.columns))
    table = LongTable(data, colWidths=cells.widths, repeatRows=2, hAlign="LEFT")
    table.setStyle(table_style(cells, data))
    story = [*cover(office, period, title), table]
    return build_pdf(story, LANDSCAPE, title=f"{title} {period.year}".strip(), author=office.name)
