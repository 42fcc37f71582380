"""The supervision sessions as a lazy table: a late notice or report in red, with its due day."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from giamsat_desktop.domain.supervision import SessionStep, SupervisionRole
from giamsat_desktop.domain.supervision_records import SessionRecord
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.supervision.queries import SessionColumn
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.lazy_table_model import LazyTableModel
from giamsat_desktop.ui.common.record_table_model import Column

translate = QCoreApplication.translate
"""Qt's translation under the name lupdate reads: ``translate("Context", "…")``."""

CODE, SUBJECT, FORM, ROLE, BODY, TIME, STEP, WARNING = range(8)

SORT_COLUMNS: dict[int, SessionColumn] = {
    CODE: SessionColumn.MADE,
    SUBJECT: SessionColumn.SUBJECT,
    FORM: SessionColumn.FORM,
    BODY: SessionColumn.BODY,
    TIME: SessionColumn.START,
    STEP: SessionColumn.STEP,
}
"""The columns the database can sort by."""

LATE_COLOUR = QColor("#b00020")
CLOSED_COLOUR = QColor("#777777")
CONTEXT = "SupervisionPage"


def role_text(record: SessionRecord) -> str:
    """The role, "Chủ trì" with who leads for the Front, or "Phối hợp" with the body that leads."""
    role = label(record.role)
    if record.role is SupervisionRole.JOIN:
        who = record.lead_body
    else:
        who = record.lead_name or translate("SupervisionPage", "MTTQ")
    return f"{role} — {who}" if who else role


def time_text(record: SessionRecord) -> str:
    """The planned days, "05/03/2026 – 20/03/2026", or one day."""
    start, end = record.planned_start, record.planned_end
    if start and end and end != start:
        if start.year == end.year:
            return f"{start:%d/%m}–{format_date(end)}"
        return f"{format_date(start)} – {format_date(end)}"
    return format_date(start or end)


def warnings_of(record: SessionRecord) -> list[tuple[str, str]]:
    """The session's late lead times: (short words, sentence with the due day)."""
    found = []
    times = record.lead_times
    if times.notice_late and times.notice_due is not None:
        found.append(
            (
                translate("SupervisionPage", "KH, QĐ chậm"),
                translate(
                    "SupervisionPage",
                    "Kế hoạch và quyết định phải đến đối tượng giám sát và cấp trên trực tiếp "
                    "chậm nhất ngày {date}",
                ).format(date=format_date(times.notice_due)),
            )
        )
    if times.report_late and times.report_due is not None:
        found.append(
            (
                translate("SupervisionPage", "BC chậm"),
                translate(
                    "SupervisionPage", "Báo cáo kết quả giám sát phải xong chậm nhất ngày {date}"
                ).format(date=format_date(times.report_due)),
            )
        )
    return found


class SessionsTableModel(LazyTableModel[SessionRecord]):
    """One row per session, read in blocks as the view needs them."""

    def __init__(self, fetch: Callable[[Sequence[int]], list[SessionRecord]]) -> None:
        super().__init__(
            [
                Column(translate("SupervisionPage", "Mã số"), lambda r: str(r.id)),
                Column(
                    translate("SupervisionPage", "Nội dung giám sát"),
                    lambda r: r.subject.replace("\n", " "),
                ),
                Column(translate("SupervisionPage", "Hình thức"), lambda r: label(r.form)),
                Column(translate("SupervisionPage", "Chủ trì/Phối hợp"), role_text),
                Column(translate("SupervisionPage", "Đối tượng"), lambda r: r.supervised_body),
                Column(translate("SupervisionPage", "Thời gian"), time_text),
                Column(translate("SupervisionPage", "Bước"), lambda r: label(r.step)),
                Column(
                    translate("SupervisionPage", "Cảnh báo"),
                    lambda r: "; ".join(w for w, _s in warnings_of(r)),
                ),
            ],
            fetch,
            key_of=lambda r: r.id,
        )

    def style(self, record: SessionRecord, column: int, role: int) -> Any:
        """Warnings red and bold with their due days; closed and cancelled sessions grey."""
        warned = bool(warnings_of(record))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == WARNING and warned:
                return LATE_COLOUR
            if not record.is_open:
                return CLOSED_COLOUR
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == WARNING and warned:
                font = QFont()
                font.setBold(True)
                return font
            if record.step is SessionStep.CANCELLED:
                font = QFont()
                font.setStrikeOut(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == WARNING and warned:
                return "\n".join(sentence for _w, sentence in warnings_of(record))
            if column == STEP and record.cancel_reason:
                return translate("SupervisionPage", "Lý do hủy: {reason}").format(
                    reason=record.cancel_reason
                )
            if column in (SUBJECT, FORM, ROLE, BODY, TIME, STEP):
                return self._columns[column].text(record)
        return None
