"""The list of citizens' reports to Excel: the rows the filter lets through, never the reporter.

The sheet has no column for who reported, whoever exports it, and the rows are read as an
account that may not see the reporter: the file carries nothing of it even by mistake.
Written as the task list is (``reports.registers.workbook``): streamed, in blocks, put in
place only when complete.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.conduct_records import ReportFilter, ReportRecord
from giamsat_desktop.domain.labels import label
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.reports.layout.workbook_cells import CellValue, SafeCells
from giamsat_desktop.reports.registers.columns import Column, Register
from giamsat_desktop.services.catalog import office
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.conduct.queries import ReportColumn, report_keys, reports_by_ids
from giamsat_desktop.services.files.output_files import output_file

BLOCK = 500
REPORT_LIST_TITLE = "SỔ THEO DÕI PHẢN ÁNH CỦA NHÂN DÂN VỀ CÁN BỘ, ĐẢNG VIÊN"

Numbered = tuple[int, ReportRecord]

_COLUMNS: tuple[Column, ...] = (
    Column("STT", 6),
    Column("Ngày tiếp nhận", 13),
    Column("Hình thức tiếp nhận", 18),
    Column("Người bị phản ánh", 24),
    Column("Chức vụ", 24),
    Column("Nội dung phản ánh", 60),
    Column("Tình trạng", 18),
    Column("Chuyển đến", 26),
    Column("Ngày chuyển", 12),
    Column("Văn bản chuyển", 18),
    Column("Kết quả", 40),
    Column("Ngày có kết quả", 13),
    Column("Ghi chú", 30),
)

REPORT_HEADERS: tuple[str, ...] = tuple(column.header for column in _COLUMNS)
"""The exported list's headers: nothing of who reported."""


def _row(item: Numbered, cells: SafeCells, _today: dt.date | None) -> list[CellValue]:
    number, report = item
    return [
        number,
        cells.date(report.received_on),
        cells.text(label(report.channel)),
        cells.text(report.reported_name),
        cells.text(report.reported_position),
        cells.text(report.content),
        cells.text(label(report.state)),
        cells.text(report.forwarded_to),
        cells.date(report.forwarded_on),
        cells.text(report.letter_symbol),
        cells.text(report.result),
        cells.date(report.result_on),
        cells.text(report.notes),
    ]


REPORT_SHEET: Register[Numbered] = Register(
    sheet_title="Phản ánh",
    columns=_COLUMNS,
    row=_row,
    notes=lambda item: item[1].notes,
    notes_index=REPORT_HEADERS.index("Ghi chú"),
)


def _blocks(keys: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(keys), BLOCK):
        yield keys[start : start + BLOCK]


def export_reports_xlsx(
    factory: SessionFactory,
    actor: Actor,
    path: Path,
    where: ReportFilter,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the reports ``where`` lets through, oldest first, to ``path``; returns the rows.

    Raises:
        StorageError: ``path`` cannot be written (see ``output_files``).
        InterruptedError: ``cancelled()`` returned True; ``path`` is as it was.
    """
    from giamsat_desktop.reports.registers.workbook import write_register

    blind = dataclasses.replace(actor, role=Role.VIEWER, sees_reporters=False)
    today = clock.today()
    info = office.get_office(factory)
    period = f"Năm {where.year}" if where.year is not None else "Mọi năm"
    subtitle = f"{period} · Số liệu tính đến ngày {today.strftime('%d/%m/%Y')}"
    if info is not None:
        subtitle = f"{info.name} · {subtitle}"
    with output_file(path) as temporary:
        keys = report_keys(factory, blind, where, (ReportColumn.RECEIVED, False))
        rows = (
            report for block in _blocks(keys) for report in reports_by_ids(factory, blind, block)
        )
        return write_register(
            REPORT_SHEET,
            temporary,
            enumerate(rows, start=1),
            title=REPORT_LIST_TITLE,
            subtitle=subtitle,
            total=len(keys),
            progress=progress,
            cancelled=cancelled,
            today=today,
        )
