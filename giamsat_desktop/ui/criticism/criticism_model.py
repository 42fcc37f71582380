"""The criticism sessions as a lazy table: overdue answers in red, finished sessions grey."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from giamsat_desktop.domain.criticism_records import CriticismRecord
from giamsat_desktop.formatting import format_date
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.criticism.queries import CriticismColumn
from giamsat_desktop.ui.common.lazy_table_model import LazyTableModel
from giamsat_desktop.ui.common.record_table_model import Column
from giamsat_desktop.ui.criticism.criticism_texts import (
    FINISHED_COLOUR,
    OVERDUE_COLOUR,
    answers_text,
    form_text,
    one_line,
    overdue_note,
    step_text,
)

translate = QCoreApplication.translate
"""Qt's translation under the name lupdate reads: ``translate("Context", "…")``."""

CODE, TITLE, BODY, FORM, HELD, STEP, DUE, ANSWERS = range(8)

SORT_COLUMNS: dict[int, CriticismColumn] = {
    CODE: CriticismColumn.MADE,
    TITLE: CriticismColumn.TITLE,
    BODY: CriticismColumn.BODY,
    FORM: CriticismColumn.FORM,
    HELD: CriticismColumn.HELD,
    STEP: CriticismColumn.STEP,
    DUE: CriticismColumn.DUE,
}
"""The columns the database can sort by."""


def _day(value: Any) -> str:
    return format_date(value) if value else ""


class CriticismTableModel(LazyTableModel[CriticismRecord]):
    """One row per criticism session, read in blocks as the view needs them."""

    def __init__(self, fetch: Callable[[Sequence[int]], list[CriticismRecord]]) -> None:
        self.today = clock.today()
        """The day overdue is judged on (the page sets it on each read)."""
        super().__init__(
            [
                Column(translate("CriticismPage", "Mã số"), lambda r: str(r.id)),
                Column(translate("CriticismPage", "Dự thảo"), lambda r: one_line(r.title)),
                Column(translate("CriticismPage", "Cơ quan soạn thảo"), lambda r: r.drafting_body),
                Column(translate("CriticismPage", "Hình thức"), form_text),
                Column(translate("CriticismPage", "Ngày tổ chức"), lambda r: _day(r.held_on)),
                Column(translate("CriticismPage", "Bước"), step_text),
                Column(translate("CriticismPage", "Hạn trả lời"), lambda r: _day(r.answer_due)),
                Column(translate("CriticismPage", "Trả lời"), answers_text),
            ],
            fetch,
            key_of=lambda r: r.id,
        )

    def style(self, record: CriticismRecord, column: int, role: int) -> Any:
        """Overdue answers red and bold; finished sessions grey; long texts in tooltips."""
        overdue = record.overdue_points(self.today) > 0
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue and column in (DUE, ANSWERS):
                return OVERDUE_COLOUR
            return None if record.step.is_open else FINISHED_COLOUR
        if role == Qt.ItemDataRole.FontRole and overdue and column == ANSWERS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (DUE, ANSWERS) and overdue:
                return overdue_note(record, self.today)
            if column == STEP and record.cancel_reason:
                return translate("CriticismPage", "Lý do hủy: {reason}").format(
                    reason=record.cancel_reason
                )
            if column in (TITLE, BODY):
                return self._columns[column].text(record)
        return None
