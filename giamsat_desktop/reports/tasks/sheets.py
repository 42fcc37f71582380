"""What the two printed task tables share with the register books: the ruled table, the end.

The follow-up register and the tracking table are drawn like the Sổ đăng ký văn bản đến
(``reports.registers.book``): the same cells, the column titles and numbers on every page,
an entry taller than a page cut between its lines. Under the table comes the block the Ban
Thường trực signs: the place and the day on the right with "TM. BAN THƯỜNG TRỰC", the
chair's name, and on the left the person who made it out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Spacer

from giamsat_desktop.domain.board import BoardPosition
from giamsat_desktop.domain.board import signature_block as board_signature
from giamsat_desktop.domain.date_line import date_line
from giamsat_desktop.domain.office import OfficeInfo
from giamsat_desktop.reports.layout.page_layout import (
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
    _heading_height,
    _lines_per_page,
    _table_rows,
    _table_style,
)

__all__ = ["ruled_table", "signatures"]


def ruled_table(cells: RegisterCells, rows: Iterable[Sequence[Cell]]) -> LongTable:
    """The ruled table of a register: titles and column numbers on every page, then ``rows``.

    An entry taller than a page goes on over the next pages, as in the register books; an
    empty table keeps one blank line under its titles.
    """
    data = cells.header_rows()
    data.extend(_table_rows(cells, rows, _lines_per_page(cells, _heading_height(cells))))
    if len(data) == 2:
        data.append([""] * len(cells.columns))
    table = LongTable(data, colWidths=cells.widths, repeatRows=2, hAlign="LEFT")
    table.setStyle(_table_style(cells, data))
    return table


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
