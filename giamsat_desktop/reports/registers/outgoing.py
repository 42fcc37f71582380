"""Sổ đăng ký văn bản đi: the outgoing register as Nghị định 30/2020 (Phụ lục IV) prints it.

Same book as the incoming register (cover, ruled table, header on every page); only the
columns differ. A cancelled number stays in the book, greyed and struck through, because
outgoing numbers are never reused.
"""

from __future__ import annotations

from collections.abc import Iterable

from giamsat_desktop.domain.office import OfficeInfo
from giamsat_desktop.domain.registers import OutgoingRecord, RegisterPeriod, type_and_subject
from giamsat_desktop.reports.registers.book import Column, date_text
from giamsat_desktop.reports.registers.incoming import render_book

__all__ = ["OUTGOING_COLUMNS", "OUTGOING_TITLE", "render_outgoing_register"]

OUTGOING_TITLE = "SỔ ĐĂNG KÝ VĂN BẢN ĐI"

OUTGOING_COLUMNS = (
    Column("Số, ký hiệu", 30),
    Column("Ngày tháng", 20.5, centred=True),
    Column("Tên loại và trích yếu nội dung", 56),
    Column("Người ký", 26),
    Column("Nơi nhận", 30),
    Column("Đơn vị, người nhận bản lưu", 22),
    Column("Số lượng bản", 13, centred=True),
    Column("Ngày chuyển", 20.5, centred=True),
    Column("Ký nhận", 17),
    Column("Ghi chú", 22),
)
"""The decree's ten columns; the weights are millimetres of the 257 mm landscape text block."""


def _values(record: OutgoingRecord) -> tuple[str, ...]:
    return (
        record.symbol or record.number_text,
        date_text(record.issue_date),
        type_and_subject(record.type_code, record.subject),
        record.signer_name,
        record.recipients,
        record.file_copy_holder,
        "" if record.copies is None else str(record.copies),
        date_text(record.transfer_date),
    )


def render_outgoing_register(
    office: OfficeInfo, period: RegisterPeriod, rows: Iterable[OutgoingRecord]
) -> bytes:
    """Print the Sổ đăng ký văn bản đi: cover, then the ten-column table, A4 landscape.

    The entries are printed in the order given (usually by number).
    """
    return render_book(
        office, period, title=OUTGOING_TITLE, columns=OUTGOING_COLUMNS, values=_values, rows=rows
    )
