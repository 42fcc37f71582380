"""Bảng theo dõi thực hiện nhiệm vụ: what one organisation was given in a year, and how it did.

A4 landscape: the letterhead dated the day it is printed, the title and the organisation,
then a ruled table of every task the organisation leads that was given in the year (the
source document, the content, the deadline, the state, the day it was done, whether on time,
late or overdue, counted to ``today``), then the totals and % đúng hạn as
``domain.tasks.on_time_rate`` defines it, and the signatures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from giamsat_desktop.domain.date_line import date_line
from giamsat_desktop.domain.office import OfficeInfo
from giamsat_desktop.domain.tasks import TaskRecord, TaskState
from giamsat_desktop.domain.text import normalize_line
from giamsat_desktop.reports.layout.page_layout import (
    LANDSCAPE,
    Letterhead,
    build_pdf,
    form_styles,
    para,
    title_block,
)
from giamsat_desktop.reports.registers.book import Cell, Column, RegisterCells
from giamsat_desktop.reports.tasks.sheets import ruled_table, signatures
from giamsat_desktop.reports.tasks.texts import (
    TaskTally,
    date_text,
    deadline_text,
    percent_text,
    state_text,
    tally,
    timeliness_text,
)

__all__ = [
    "RATE_RULE",
    "TRACKING_COLUMNS",
    "TRACKING_TITLE",
    "SourceDocument",
    "render_tracking",
    "totals_lines",
]

TRACKING_TITLE = "BẢNG THEO DÕI THỰC HIỆN NHIỆM VỤ"

TRACKING_COLUMNS = (
    Column("STT", 10, centred=True),
    Column("Ngày giao", 20, centred=True),
    Column("Văn bản giao nhiệm vụ", 42),
    Column("Nội dung nhiệm vụ", 75),
    Column("Thời hạn", 21, centred=True),
    Column("Trạng thái", 28),
    Column("Ngày hoàn thành", 23, centred=True),
    Column("Đúng hạn/Quá hạn", 38),
)
"""The weights are millimetres of the 257 mm landscape text block."""

RATE_RULE = (
    "số nhiệm vụ hoàn thành đúng hạn trên tổng số nhiệm vụ đã hoàn thành và nhiệm vụ quá "
    "hạn chưa hoàn thành; không tính nhiệm vụ thường xuyên và nhiệm vụ đã hủy"
)
"""How % đúng hạn is counted, printed beside it (``domain.tasks.on_time_rate``)."""

MAKER = "NGƯỜI LẬP BẢNG"


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """The incoming document a task was given from, as the table names it."""

    symbol: str
    doc_date: dt.date | None
    issuer: str


def _source(task: TaskRecord, sources: Mapping[int, SourceDocument]) -> str:
    if task.source_id is None:
        return ""
    found = sources.get(task.source_id)
    if found is None:
        return task.source_symbol
    words = [normalize_line(found.symbol) or task.source_symbol]
    if found.doc_date is not None:
        words.append(f"ngày {date_text(found.doc_date)}")
    if found.issuer.strip():
        words.append(f"của {normalize_line(found.issuer)}")
    return " ".join(word for word in words if word)


def _content(task: TaskRecord) -> str:
    lines = [task.content.strip()]
    if task.cooperating:
        lines.append(f"Phối hợp: {', '.join(task.cooperating)}")
    if task.responsible.strip():
        lines.append(f"Người phụ trách: {normalize_line(task.responsible)}")
    return "\n".join(lines)


def _state(task: TaskRecord) -> str:
    if task.state is TaskState.CANCELLED and task.cancel_reason.strip():
        return f"{task.state.label}: {' '.join(task.cancel_reason.split())}"
    return state_text(task)


def _row(
    cells: RegisterCells,
    number: int,
    task: TaskRecord,
    sources: Mapping[int, SourceDocument],
    today: dt.date,
) -> list[Cell]:
    values = (
        str(number),
        date_text(task.assigned_on),
        _source(task, sources),
        _content(task),
        deadline_text(task),
        _state(task),
        date_text(task.done_on) if task.state is TaskState.DONE else "",
        timeliness_text(task, today),
    )
    return [cells.text(index, value) for index, value in enumerate(values)]


def totals_lines(counts: TaskTally, today: dt.date) -> list[str]:
    """The totals under the table, one sentence a line, ending with % đúng hạn."""
    given = f"Tổng số nhiệm vụ được giao: {counts.total}"
    apart = []
    if counts.standing:
        apart.append(f"{counts.standing} nhiệm vụ thường xuyên")
    if counts.cancelled:
        apart.append(f"{counts.cancelled} nhiệm vụ đã hủy")
    if apart:
        given += f" (trong đó {', '.join(apart)})"
    lines = [
        f"{given}.",
        f"Hoàn thành đúng hạn: {counts.done_on_time}; hoàn thành quá hạn: {counts.done_late}; "
        f"quá hạn chưa hoàn thành: {counts.overdue}; đang thực hiện trong hạn: "
        f"{counts.in_time}.",
    ]
    rate = counts.rate
    if rate is None:
        lines.append(
            "Tỷ lệ hoàn thành đúng hạn: chưa tính được (chưa có nhiệm vụ nào đã hoàn thành "
            "hoặc quá hạn)."
        )
    else:
        lines.append(
            f"Tỷ lệ hoàn thành đúng hạn: {percent_text(rate)} "
            f"({counts.done_on_time}/{counts.counted}: {RATE_RULE})."
        )
    lines.append(f"Số liệu tính đến ngày {date_text(today)}.")
    return lines


def render_tracking(
    office: OfficeInfo,
    organization: str,
    year: int,
    tasks: Sequence[TaskRecord],
    sources: Mapping[int, SourceDocument],
    *,
    today: dt.date,
) -> bytes:
    """Print one organisation's Bảng theo dõi thực hiện nhiệm vụ for a year, A4 landscape.

    Args:
        office: The office that gave the tasks.
        organization: The organisation's name, as the title names it.
        year: The year the tasks were given in.
        tasks: The tasks it leads that were given that year, in the order to print.
        sources: The documents the tasks come from, by id.
        today: The day it is printed: the date line, and what overdue is counted to.

    Returns:
        The PDF's bytes.
    """
    styles = form_styles()
    width = LANDSCAPE.frame_width
    cells = RegisterCells(TRACKING_COLUMNS, width, styles)
    rows = [_row(cells, n, task, sources, today) for n, task in enumerate(tasks, 1)]
    counts = tally(tasks, today)
    story: list[Flowable] = [
        Letterhead(office, date_line_text=date_line(office.date_line_place, today)),
        *title_block(TRACKING_TITLE, f"của {normalize_line(organization)} năm {year}"),
        *ruled_table(
            cells,
            rows,
            [
                Spacer(1, 3 * mm),
                *(para(line, styles.body_plain) for line in totals_lines(counts, today)),
                *signatures(office, today, MAKER, width),
            ],
        ),
    ]
    return build_pdf(
        story, LANDSCAPE, title=f"{TRACKING_TITLE} {organization} {year}", author=office.name
    )
