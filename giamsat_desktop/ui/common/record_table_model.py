"""A table model over a short list of frozen records (catalogues of tens of rows).

Registers of thousands of rows use lazily fetched models instead; a catalogue is small
enough to hold whole, and is re-read from its service after every change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

R = TypeVar("R")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Raw value of a cell, for sorting (a date sorts as a date, a number as a number)."""
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
"""The record behind a row."""

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header, its text, and its raw value for sorting."""

    header: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are records; inactive ones are shown in grey italics."""

    def __init__(self, columns: Sequence[Column[R]], is_active: Callable[[R], bool]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._is_active = is_active
        self._rows: list[R] = []

    def set_records(self, records: Sequence[R]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def record(self, row: int) -> R:
        """The record shown on ``row``."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Rows of the table (none under a cell)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Columns of the table."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; row numbers down the side."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].header
            return None
        return str(section + 1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, raw sort value, record, and the look of inactive rows."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort_key(record) if column.sort_key else column.text(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.FontRole and not self._is_active(record):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not self._is_active(record):
            from PySide6.QtGui import QColor

            return QColor("#888888")
        return None
