"""Sổ đăng ký văn bản đến: the incoming register as Nghị định 30/2020 (Phụ lục IV) prints it.

The caller chooses the rows: a secret book is printed from its own records, so nothing is
filtered here. Cancelled entries stay in the book, greyed and struck through, because their
numbers remain used and an inspector must see why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from giamsat_desktop.domain.office import OfficeInfo
from giamsat_desktop.domain.registers import (
    IncomingRecord,
    OutgoingRecord,
    RegisterPeriod,
    type_and_subject,
)
from giamsat_desktop.reports.layout.page_layout import LANDSCAPE, form_styles
from giamsat_desktop.reports.registers.book import (
    Column,
    RegisterCells,
    date_text,
    render_register,
)

__all__ = ["INCOMING_COLUMNS", "INCOMING_TITLE", "render_book", "render_incoming_register"]

R = TypeVar("R", IncomingRecord, OutgoingRecord)

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


def render_book(
    office: OfficeInfo,
    period: RegisterPeriod,
    *,
    title: str,
    columns: Sequence[Column],
    values: Callable[[R], Sequence[object]],
    rows: Iterable[R],
) -> bytes:
    """Print a register book of ``columns``, A4 landscape (the incoming and outgoing alike).

    Args:
        office: The office keeping the register.
        period: Year, dates and numbers the cover states, and the book's name.
        title: The register's name in capitals.
        columns: The decree's columns, "Ký nhận" and "Ghi chú" last.
        values: A record's cells before "Ký nhận" (the last two are filled alike).
        rows: The entries in the order they are to be printed.

    Returns:
        The PDF's bytes.
    """
    cells = RegisterCells(columns, LANDSCAPE.frame_width, form_styles())
    return render_register(
        office,
        period,
        title=title,
        cells=cells,
        rows=(cells.entry(values(record), record) for record in rows),
    )


def _values(record: IncomingRecord) -> tuple[str, ...]:
    return (
        date_text(record.arrival_date),
        record.arrival_number_text or str(record.arrival_number),
        record.issuer,
        record.symbol,
        date_text(record.doc_date),
        type_and_subject(record.type_code, record.subject),
        record.recipients,
        date_text(record.transfer_date),
    )


def render_incoming_register(
    office: OfficeInfo, period: RegisterPeriod, rows: Iterable[IncomingRecord]
) -> bytes:
    """Print the Sổ đăng ký văn bản đến: cover, then the ten-column table, A4 landscape.

    The entries are printed in the order given (usually by arrival number).
    """
    return render_book(
        office, period, title=INCOMING_TITLE, columns=INCOMING_COLUMNS, values=_values, rows=rows
    )
