"""The change log (Nhật ký thay đổi) as a lazily fetched table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from giamsat_desktop.formatting import format_datetime
from giamsat_desktop.services.changelog.audit_log import AuditRecord
from giamsat_desktop.ui.audit.audit_text import AuditText, action_text
from giamsat_desktop.ui.common.lazy_table_model import LazyTableModel
from giamsat_desktop.ui.common.record_table_model import Column

TIME, USER, ACTION, RECORD, CHANGES = range(5)

KEPT_LINES = 20_000
"""Entries whose changes stay worded in memory; the words are made again past that."""


class AuditTableModel(LazyTableModel[AuditRecord]):
    """The entries; the changes cell, cut short on screen, lists them whole in its tooltip."""

    def __init__(
        self, fetch: Callable[[Sequence[int]], list[AuditRecord]], words: AuditText
    ) -> None:
        self.words = words
        """How fields and values are worded (with the organisations' names, set by the page)."""
        self._lines: dict[int, list[str]] = {}
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("AuditPage", "Thời gian"),
                    lambda r: format_datetime(r.at.astimezone()),
                    lambda r: r.id,
                ),
                Column(
                    QCoreApplication.translate("AuditPage", "Người thực hiện"),
                    lambda r: r.user_name,
                ),
                Column(
                    QCoreApplication.translate("AuditPage", "Thao tác"),
                    lambda r: action_text(r.action),
                ),
                Column(
                    QCoreApplication.translate("AuditPage", "Hồ sơ"),
                    lambda r: self.words.record_name(r.entity, r.entity_id),
                ),
                Column(
                    QCoreApplication.translate("AuditPage", "Thay đổi (cũ → mới)"),
                    lambda r: "; ".join(self.change_lines(r)),
                ),
            ],
            fetch,
            key_of=lambda r: r.id,
        )

    def set_keys(self, keys: Sequence[int], blocks: Any = None) -> None:
        """Show a new list; its changes are worded afresh (names or language may differ)."""
        self._lines = {}
        super().set_keys(keys, blocks)

    def change_lines(self, record: AuditRecord) -> list[str]:
        """The changes of an entry in words, worked out once per reading."""
        lines = self._lines.get(record.id)
        if lines is None:
            if len(self._lines) >= KEPT_LINES:
                self._lines = {}
            lines = self.words.change_lines(record.entity, record.changes)
            self._lines[record.id] = lines
        return lines

    def style(self, record: AuditRecord, column: int, role: int) -> Any:
        """The tooltip of the changes: one change a line."""
        if role == Qt.ItemDataRole.ToolTipRole and column == CHANGES:
            return "\n".join(self.change_lines(record))
        return None
