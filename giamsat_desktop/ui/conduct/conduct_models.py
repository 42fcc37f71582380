"""The two lazy tables of Giám sát theo QĐ 124: the sessions and the citizens' reports.

The reports' table has a column for who reported only when the account may see it; the
service leaves the reporter out for anyone else, so nothing is hidden here that was read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from giamsat_desktop.domain.conduct import ReportState
from giamsat_desktop.domain.conduct_records import ConductRecord, ReportRecord
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.conduct.queries import ConductColumn, ReportColumn
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.lazy_table_model import LazyTableModel
from giamsat_desktop.ui.common.record_table_model import Column

translate = QCoreApplication.translate
"""Qt's translation under the name lupdate reads: ``translate("Context", "…")``."""

FINISHED_COLOUR = QColor("#6b6b6b")

S_CODE, S_HELD, S_PLACE, S_UNIT, S_LEAD, S_PEOPLE, S_CONTENT = range(7)
SESSION_SORT: dict[int, ConductColumn] = {
    S_CODE: ConductColumn.MADE,
    S_HELD: ConductColumn.HELD,
    S_PLACE: ConductColumn.PLACE,
    S_UNIT: ConductColumn.UNIT,
}
R_CODE, R_RECEIVED, R_CHANNEL, R_REPORTED, R_POSITION, R_CONTENT, R_STATE, R_HANDLING = range(8)
R_REPORTER = 8
"""The reporter's column, present only for an account that may see it."""
REPORT_SORT: dict[int, ReportColumn] = {
    R_CODE: ReportColumn.MADE,
    R_RECEIVED: ReportColumn.RECEIVED,
    R_CHANNEL: ReportColumn.CHANNEL,
    R_REPORTED: ReportColumn.REPORTED,
    R_STATE: ReportColumn.STATE,
}


def _day(value: Any) -> str:
    return format_date(value) if value else ""


def one_line(text: str) -> str:
    """A text's lines joined, for a table cell."""
    return " ".join(text.split())


def handling_text(record: ReportRecord) -> str:
    """Where it went ("UBND xã (27/MTTQ-BTT, 10/04/2026)"), or the result once back."""
    if record.state is ReportState.RESOLVED and record.result:
        return one_line(record.result)
    if record.state is ReportState.FILED:
        return one_line(record.result or record.notes)
    if not record.forwarded_to:
        return ""
    details = [part for part in (record.letter_symbol, _day(record.forwarded_on)) if part]
    return f"{record.forwarded_to} ({', '.join(details)})" if details else record.forwarded_to


class ConductTableModel(LazyTableModel[ConductRecord]):
    """One row per session."""

    def __init__(self, fetch: Callable[[Sequence[int]], list[ConductRecord]]) -> None:
        super().__init__(
            [
                Column(translate("ConductPage", "Mã số"), lambda r: str(r.id)),
                Column(translate("ConductPage", "Ngày giám sát"), lambda r: _day(r.held_on)),
                Column(translate("ConductPage", "Nơi giám sát"), lambda r: label(r.place)),
                Column(translate("ConductPage", "Cơ quan, khu dân cư"), lambda r: r.unit),
                Column(translate("ConductPage", "Chủ thể giám sát"), lambda r: r.lead),
                Column(
                    translate("ConductPage", "Người được giám sát"),
                    lambda r: ", ".join(person.full_name for person in r.people),
                ),
                Column(translate("ConductPage", "Nội dung"), lambda r: one_line(r.content)),
            ],
            fetch,
            key_of=lambda r: r.id,
        )

    def style(self, record: ConductRecord, column: int, role: int) -> Any:
        """Long texts whole in their tooltips."""
        if role == Qt.ItemDataRole.ToolTipRole and column in (S_PEOPLE, S_CONTENT, S_UNIT):
            return self._columns[column].text(record)
        return None


class ReportTableModel(LazyTableModel[ReportRecord]):
    """One row per report; the reporter's column only for an account that may see it."""

    def __init__(
        self, fetch: Callable[[Sequence[int]], list[ReportRecord]], *, with_reporter: bool
    ) -> None:
        columns = [
            Column(translate("ConductPage", "Mã số"), lambda r: str(r.id)),
            Column(translate("ConductPage", "Ngày tiếp nhận"), lambda r: _day(r.received_on)),
            Column(translate("ConductPage", "Hình thức"), lambda r: label(r.channel)),
            Column(translate("ConductPage", "Người bị phản ánh"), lambda r: r.reported_name),
            Column(translate("ConductPage", "Chức vụ"), lambda r: r.reported_position),
            Column(translate("ConductPage", "Nội dung phản ánh"), lambda r: one_line(r.content)),
            Column(translate("ConductPage", "Tình trạng"), lambda r: label(r.state)),
            Column(translate("ConductPage", "Xử lý, kết quả"), handling_text),
        ]
        if with_reporter:
            columns.append(
                Column(translate("ConductPage", "Người phản ánh"), lambda r: r.reporter_name)
            )
        super().__init__(columns, fetch, key_of=lambda r: r.id)

    def style(self, record: ReportRecord, column: int, role: int) -> Any:
        """Handled reports grey; long texts whole in their tooltips."""
        if role == Qt.ItemDataRole.ForegroundRole and record.state.is_handled:
            return FINISHED_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column in (R_CONTENT, R_HANDLING):
            return self._columns[column].text(record)
        return None
