"""The dialogues as a lazy table: a commitment overdue marks its line "quá hạn" in red."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from giamsat_desktop.domain.dialogue_records import DialogueRecord
from giamsat_desktop.formatting import format_date, format_number
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.dialogues.queries import DialogueColumn
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.common.lazy_table_model import LazyTableModel
from giamsat_desktop.ui.common.record_table_model import Column
from giamsat_desktop.ui.dialogues.dialogue_texts import (
    OVERDUE_COLOUR,
    commitments_text,
    one_line,
    overdue_note,
)

translate = QCoreApplication.translate
"""Qt's translation under the name lupdate reads: ``translate("Context", "…")``."""

HELD, LEADER, BODY, TOPIC, ISSUES, COMMITMENTS = range(6)

SORT_COLUMNS: dict[int, DialogueColumn] = {
    HELD: DialogueColumn.HELD,
    LEADER: DialogueColumn.LEADER,
    BODY: DialogueColumn.BODY,
    TOPIC: DialogueColumn.TOPIC,
}
"""The columns the database can sort by."""


class DialoguesTableModel(LazyTableModel[DialogueRecord]):
    """One row per dialogue, read in blocks as the view needs them."""

    def __init__(self, fetch: Callable[[Sequence[int]], list[DialogueRecord]]) -> None:
        self.today = clock.today()
        """The day overdue is judged on (the page sets it on each read)."""
        super().__init__(
            [
                Column(
                    translate("DialoguesPage", "Ngày"),
                    lambda r: format_date(r.held_on) if r.held_on else "",
                ),
                Column(translate("DialoguesPage", "Người đối thoại"), lambda r: one_line(r.leader)),
                Column(
                    translate("DialoguesPage", "Cấp ủy/chính quyền"),
                    lambda r: label(r.leader_body),
                ),
                Column(translate("DialoguesPage", "Chủ đề"), lambda r: one_line(r.topic)),
                Column(
                    translate("DialoguesPage", "Số vấn đề"),
                    lambda r: format_number(len(r.issues)),
                ),
                Column(
                    translate("DialoguesPage", "Cam kết (xong/tổng)"),
                    lambda r: commitments_text(r, self.today),
                ),
            ],
            fetch,
            key_of=lambda r: r.id,
        )

    def style(self, record: DialogueRecord, column: int, role: int) -> Any:
        """Overdue commitments red and bold; long texts in tooltips."""
        overdue = record.overdue_commitments(self.today) > 0
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column == COMMITMENTS:
            return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.FontRole and overdue and column == COMMITMENTS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COMMITMENTS and overdue:
                return overdue_note(record, self.today)
            if column in (LEADER, TOPIC):
                return self._columns[column].text(record)
        return None
