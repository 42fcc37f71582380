"""A blank summary book for an office under this one that does not use the program.

The same six sheets as an office's own book (the layout of ``tables``), with empty rows for
that office and the usual member organisations, filled by hand and sent back to be added up
(``services/consolidation``). Each blank carries an id of its own, made when it is written,
so that two blanks are never taken for the same office.
"""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

from giamsat_desktop import __version__
from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.errors import ErrorCode, ValidationError
from giamsat_desktop.domain.office import OfficeLevel
from giamsat_desktop.domain.organizations import USUAL_ORGANIZATIONS
from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.domain.statistics import (
    ConductFigures,
    ContributionFigures,
    CriticismFigures,
    RecommendationLine,
    Statistics,
    SupervisionFigures,
    SupervisionLine,
    TaskLine,
)
from giamsat_desktop.domain.statistics_tables import Table, Total
from giamsat_desktop.domain.summary_books import BookKind, BookMeta
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.catalog.office import get_office
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.statistics.excel_book import write_book
from giamsat_desktop.services.statistics.tables import tables

_NOTE = "Điền số liệu của đơn vị vào các ô màu vàng; để trống là 0. Dòng Tổng cộng tự tính."
_MAX_NAME = 200


def blank_tables(period: Period, office_name: str) -> tuple[Table, ...]:
    """The six tables with empty figures: the office's row, then the usual organisations."""
    organizations = [(-number, draft.name) for number, draft in enumerate(USUAL_ORGANIZATIONS, 1)]
    empty = Statistics(
        period=period,
        as_of=period.end,
        office_name=office_name,
        supervision=SupervisionFigures(
            lines=(
                SupervisionLine(None, office_name),
                *(SupervisionLine(key, name) for key, name in organizations),
            )
        ),
        recommendations=(
            RecommendationLine(None, office_name),
            *(RecommendationLine(key, name) for key, name in organizations),
        ),
        criticism=CriticismFigures(),
        contributions=ContributionFigures(),
        conduct=ConductFigures(),
        tasks=tuple(TaskLine(key, name) for key, name in organizations),
    )
    return tuple(
        dataclasses.replace(
            table,
            rows=tuple(
                dataclasses.replace(row, values=(None,) * len(row.values), organization_id=None)
                for row in table.rows
            ),
            notes=(_NOTE,),
        )
        for table in tables(empty)
    )


def level_in(name: str) -> str:
    """The level a name says ("… xã Tân Hưng": ``xa``), or "" when it says none."""
    words = f" {fold(name)} "
    found = [
        (words.rfind(f" {fold(level.label)} "), level.value)
        for level in OfficeLevel
        if f" {fold(level.label)} " in words
    ]
    return max(found)[1] if found else ""


def export_blank_book(factory: SessionFactory, path: Path, period: Period, office_name: str) -> str:
    """Write a blank book of ``period`` for the office ``office_name``; returns its new id.

    Raises:
        ValidationError: the name is empty or too long (field "office_name").
        StorageError: ``path`` cannot be written.
    """
    name = " ".join(office_name.split())
    if not name or len(name) > _MAX_NAME:
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="office_name")
    made_by = get_office(factory)
    uid = uuid.uuid4().hex
    meta = BookMeta(
        office_name=name,
        office_uid=uid,
        office_level=level_in(name),
        period_start=period.start,
        period_end=period.end,
        period_title=period.title,
        made_on=clock.today(),
        program_version=__version__,
        kind=BookKind.BLANK,
    )
    made = blank_tables(period, name)
    sender = made_by.name if made_by is not None and made_by.name else "cấp trên"
    write_book(path, made, meta, blank=True, instructions=_instructions(made, meta, sender))
    return uid


def _instructions(made: tuple[Table, ...], meta: BookMeta, sender: str) -> list[str]:
    """How to fill the book, then what each column counts, sheet by sheet."""
    lines = [
        f"Sổ này do {sender} lập cho {meta.office_name}, kỳ báo cáo {meta.period_title} "
        f"(từ ngày {meta.period_start:%d/%m/%Y} đến ngày {meta.period_end:%d/%m/%Y}).",
        "Điền số liệu của đơn vị vào các ô màu vàng ở từng trang: "
        + ", ".join(table.sheet for table in made)
        + ". Chỉ nhập số nguyên từ 0 trở lên; để trống nghĩa là 0.",
        "Không đổi tên trang, tiêu đề, tên cột; không thêm, xóa dòng; không gõ đè dòng Tổng "
        "cộng (tự tính bằng công thức): chương trình của cấp trên đọc sổ theo đúng vị trí các "
        "ô và kiểm tra từng tổng.",
        f"Lưu tệp dạng .xlsx rồi gửi lại cho {sender}.",
        "",
        "Cách đếm của từng cột:",
    ]
    for table in made:
        for column in table.columns:
            if column.total is Total.NONE:
                continue
            heading = f"{column.group} – {column.title}" if column.group else column.title
            rule = f": {column.tooltip}" if column.tooltip else ""
            lines.append(f"• {table.sheet} / {' '.join(heading.split())}{rule}")
    return lines
