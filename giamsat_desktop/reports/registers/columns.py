"""The columns of the two exported registers, and how a record fills a row of each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from giamsat_desktop.domain.document_types import CONG_VAN, by_code
from giamsat_desktop.domain.labels import label
from giamsat_desktop.domain.registers import (
    IncomingRecord,
    IncomingState,
    OutgoingRecord,
    type_and_subject,
)
from giamsat_desktop.reports.layout.workbook_cells import CellValue, SafeCells

__all__ = [
    "INCOMING_HEADERS",
    "INCOMING_REGISTER",
    "OUTGOING_HEADERS",
    "OUTGOING_REGISTER",
    "Column",
    "Register",
]


R = TypeVar("R")

_OVERDUE = label(IncomingState.OVERDUE)
_CANCELLED = label(IncomingState.CANCELLED)


@dataclass(frozen=True, slots=True)
class Column:
    """A column of an exported register: its header and its width in Excel."""

    header: str
    width: float


_INCOMING_COLUMNS: tuple[Column, ...] = (
    Column("Số đến", 8),
    Column("Ngày đến", 12),
    Column("Tác giả", 28),
    Column("Số, ký hiệu", 18),
    Column("Ngày tháng", 12),
    Column("Loại", 14),
    Column("Tên loại và trích yếu nội dung", 60),
    Column("Người ký", 20),
    Column("Độ khẩn", 11),
    Column("Độ mật", 9),
    Column("Số trang", 7),
    Column("Đơn vị hoặc người nhận", 26),
    Column("Ngày chuyển", 12),
    Column("Hạn xử lý", 12),
    Column("Tình trạng", 20),
    Column("Bút phê", 36),
    Column("Ghi chú", 28),
    Column("Đã hủy (lý do)", 26),
)

_OUTGOING_COLUMNS: tuple[Column, ...] = (
    Column("Số", 7),
    Column("Số, ký hiệu", 20),
    Column("Ngày tháng", 12),
    Column("Loại", 14),
    Column("Tên loại và trích yếu", 60),
    Column("Người ký", 22),
    Column("Chức vụ", 18),
    Column("Nơi nhận", 32),
    Column("Đơn vị, người nhận bản lưu", 22),
    Column("Số lượng bản", 8),
    Column("Ngày chuyển", 12),
    Column("Độ khẩn", 11),
    Column("Độ mật", 9),
    Column("Ghi chú", 28),
    Column("Đã hủy (lý do)", 26),
)

INCOMING_HEADERS: tuple[str, ...] = tuple(column.header for column in _INCOMING_COLUMNS)
"""Column headers of the exported Sổ đăng ký văn bản đến, in order."""
OUTGOING_HEADERS: tuple[str, ...] = tuple(column.header for column in _OUTGOING_COLUMNS)
"""Column headers of the exported Sổ đăng ký văn bản đi, in order."""


def _type_name(code: str, empty: str = "") -> str:
    """The document type's name ("Báo cáo") for its code; an unknown code is shown as it is."""
    if not code:
        return empty
    known = by_code(code)
    return known.name if known else code


def _cancellation(cancelled: bool, reason: str) -> str:
    if not cancelled:
        return ""
    reason = reason.strip()
    return f"{_CANCELLED}: {reason}" if reason else _CANCELLED


def _incoming_row(
    record: IncomingRecord, cells: SafeCells, today: dt.date | None
) -> list[CellValue]:
    status = label(record.handling_status)
    if today is not None and record.overdue(today):
        status = f"{status} – {_OVERDUE}"
    return [
        cells.number_or_text(record.arrival_number_text, record.arrival_number),
        cells.date(record.arrival_date),
        cells.text(record.issuer),
        cells.text(record.symbol),
        cells.date(record.doc_date),
        cells.text(_type_name(record.type_code)),
        cells.text(type_and_subject(record.type_code, record.subject)),
        cells.text(record.signer),
        label(record.urgency),
        label(record.secrecy),
        record.page_count,
        cells.text(record.recipients),
        cells.date(record.transfer_date),
        cells.date(record.deadline),
        status,
        cells.text(record.instruction),
        cells.text(record.notes),
        cells.text(_cancellation(record.cancelled, record.cancel_reason)),
    ]


def _outgoing_row(
    record: OutgoingRecord, cells: SafeCells, _today: dt.date | None
) -> list[CellValue]:
    return [
        cells.number_or_text(record.number_text, record.number),
        cells.text(record.symbol),
        cells.date(record.issue_date),
        # A công văn has no type code in a state-style symbol (DOMAIN.md, "Document types").
        cells.text(_type_name(record.type_code, empty=CONG_VAN.name)),
        cells.text(type_and_subject(record.type_code, record.subject)),
        cells.text(record.signer_name),
        cells.text(record.signer_position),
        cells.text(record.recipients),
        cells.text(record.file_copy_holder),
        record.copies,
        cells.date(record.transfer_date),
        label(record.urgency),
        label(record.secrecy),
        cells.text(record.notes),
        cells.text(_cancellation(record.cancelled, record.cancel_reason)),
    ]


@dataclass(frozen=True, slots=True)
class Register(Generic[R]):
    """What differs between the two registers' sheets: name, columns, how a record fills a row."""

    sheet_title: str
    columns: tuple[Column, ...]
    row: Callable[[R, SafeCells, dt.date | None], list[CellValue]]
    notes: Callable[[R], str]
    notes_index: int


INCOMING_REGISTER: Register[IncomingRecord] = Register(
    sheet_title="Sổ văn bản đến",
    columns=_INCOMING_COLUMNS,
    row=_incoming_row,
    notes=lambda record: record.notes,
    notes_index=INCOMING_HEADERS.index("Ghi chú"),
)
OUTGOING_REGISTER: Register[OutgoingRecord] = Register(
    sheet_title="Sổ văn bản đi",
    columns=_OUTGOING_COLUMNS,
    row=_outgoing_row,
    notes=lambda record: record.notes,
    notes_index=OUTGOING_HEADERS.index("Ghi chú"),
)
