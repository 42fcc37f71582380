"""Sổ đăng ký văn bản đến: the incoming register as Nghị định 30/2020 (Phụ lục IV) prints it.

The caller chooses the rows: a secret book is printed from its own records, so nothing is
filtered here. Cancelled entries stay in the book, greyed and struck through, because their
numbers remain used and an inspector must see why.
"""

from __future__ import annotations

from collections.abc import Iterable

from giamsat_desktop.domain.office import OfficeInfo
from giamsat_desktop.domain.registers import IncomingRecord, RegisterPeriod, type_and_subject
from giamsat_desktop.reports.layout.page_layout import LANDSCAPE, form_styles
from giamsat_desktop.reports.registers.book import (
    Cell,
    Column,
    RegisterCells,
    date_text,
    render_register,
)

__all__ = ["INCOMING_COLUMNS", "INCOMING_TITLE", "render_incoming_register"]

INCOMING_TITLE = "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"

INCOMING_COLUMNS = (
    Column("Ngày đến", 20.5, centred=True),
    Column("Số đến", 12, centred=True),
    Column("Tác giả", 32),
    Column("Số, ký hiệu", 25),
    Column("Ngày tháng", 20.5, centred=True),
    Column("Tên loại và trích yếu nội dung", 56),
    Column("Đơn vị hoặc người nhận", 27),
    Column("Ngày chuyển", 20.5, centred=True),
    Column("Ký nhận", 19),
    Column("Ghi chú", 24.5),
)
"""The decree's ten columns; the weights are millimetres of the 257 mm landscape text block."""


def _row(cells: RegisterCells, record: IncomingRecord) -> list[Cell]:
    values = (
        date_text(record.arrival_date),
        record.arrival_number_text or str(record.arrival_number),
        record.issuer,
        record.symbol,
        date_text(record.doc_date),
        type_and_subject(record.type_code, record.subject),
        record.recipients,
        date_text(record.transfer_date),
    )
    return cells.entry(values, record)


def render_incoming_register(
    office: OfficeInfo, period: RegisterPeriod, rows: Iterable[IncomingRecord]
) -> bytes:
    """Print the Sổ đăng ký văn bản đến: cover, then the ten-column table, A4 landscape.

    Args:
        office: The office keeping the register.
        period: Year, dates and numbers the cover states, and the book's name.
        rows: The entries in the order they are to be printed (usually by arrival number).

    Returns:
        The PDF's bytes.
    """
    cells = RegisterCells(INCOMING_COLUMNS, LANDSCAPE.frame_width, form_styles())
    return render_register(
        office,
        period,
        title=INCOMING_TITLE,
        cells=cells,
        rows=(_row(cells, record) for record in rows),
    )
