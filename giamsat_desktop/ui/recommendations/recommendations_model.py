"""The recommendations as a lazy table: an overdue reply in red, finished ones grey."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from giamsat_desktop.domain.recommendations import RecommendationRecord
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.recommendations.queries import RecommendationColumn
from giamsat_desktop.ui.common.lazy_table_model import LazyTableModel
from giamsat_desktop.ui.common.record_table_model import Column
from giamsat_desktop.ui.recommendations.recommendation_texts import (
    FINISHED_COLOUR,
    OVERDUE_COLOUR,
    overdue_note,
    reply_text,
    sent_text,
    state_text,
)

translate = QCoreApplication.translate
"""Qt's translation under the name lupdate reads: ``translate("Context", "…")``."""

CODE, CONTENT, BODY, SESSION, SENT, DUE, STATE, REPLY = range(8)

SORT_COLUMNS: dict[int, RecommendationColumn] = {
    CODE: RecommendationColumn.MADE,
    BODY: RecommendationColumn.BODY,
    SENT: RecommendationColumn.SENT,
    DUE: RecommendationColumn.DUE,
    STATE: RecommendationColumn.STATE,
}
"""The columns the database can sort by."""


def _one_line(text: str) -> str:
    return " ".join(text.split())


class RecommendationsTableModel(LazyTableModel[RecommendationRecord]):
    """One row per recommendation, read in blocks as the view needs them."""

    def __init__(self, fetch: Callable[[Sequence[int]], list[RecommendationRecord]]) -> None:
        self.today = clock.today()
        """The day overdue is judged on (the page sets it on each read)."""
        super().__init__(
            [
                Column(translate("RecommendationsPage", "Mã số"), lambda r: str(r.id)),
                Column(
                    translate("RecommendationsPage", "Nội dung"), lambda r: _one_line(r.content)
                ),
                Column(
                    translate("RecommendationsPage", "Cơ quan nhận"), lambda r: r.addressed_body
                ),
                Column(
                    translate("RecommendationsPage", "Cuộc giám sát"),
                    lambda r: _one_line(r.session_subject),
                ),
                Column(translate("RecommendationsPage", "Ngày gửi"), sent_text),
                Column(
                    translate("RecommendationsPage", "Hạn trả lời"),
                    lambda r: format_date(r.reply_due) if r.reply_due else "",
                ),
                Column(
                    translate("RecommendationsPage", "Trạng thái"),
                    lambda r: state_text(r, self.today),
                ),
                Column(translate("RecommendationsPage", "Trả lời"), reply_text),
            ],
            fetch,
            key_of=lambda r: r.id,
        )

    def style(self, record: RecommendationRecord, column: int, role: int) -> Any:
        """An overdue reply red and bold on its deadline and state; finished ones grey."""
        overdue = record.is_overdue(self.today)
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue and column in (DUE, STATE):
                return OVERDUE_COLOUR
            return None if record.is_open else FINISHED_COLOUR
        if role == Qt.ItemDataRole.FontRole and overdue and column == STATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATE and overdue:
                return overdue_note(record, self.today)
            if column == STATE and record.close_reason:
                return translate("RecommendationsPage", "Lý do đóng: {reason}").format(
                    reason=record.close_reason
                )
            if column == SENT and record.sent_symbol:
                return translate("RecommendationsPage", "Văn bản số {symbol}").format(
                    symbol=record.sent_symbol
                )
            if column in (CONTENT, BODY, SESSION, REPLY):
                return self._columns[column].text(record)
        return None
