"""One statistics table on screen: the row labels, the figures, the total row in bold.

The headers carry the columns' groups (the group above the title) and, as tooltips, the counting
rules; rates show as percentages.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from giamsat_desktop.domain.statistics_tables import Column, Table, Total
from giamsat_desktop.formatting import format_number

Index = QModelIndex | QPersistentModelIndex


def figure_text(value: int | float | None, column: Column) -> str:
    """A figure as shown: a count with thousands dots, a rate as "75,0 %", nothing as "–"."""
    if value is None:
        return "–" if column.total is Total.RATE else ""
    if column.total is Total.RATE:
        return f"{format_number(round(value * 100, 1))} %"
    return format_number(int(value))


class StatisticsModel(QAbstractTableModel):
    """A :class:`Table`: column 0 the row's label, then its figures; the total row last."""

    def __init__(self, table: Table, parent: QObject | None = None) -> None:
        """Show ``table``."""
        super().__init__(parent)
        self.table = table
        self._bold = QFont()
        self._bold.setBold(True)

    # ----- what the view asks --------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        """The rows and the total row."""
        return 0 if parent.isValid() else len(self.table.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        """The label column and the figures."""
        return 0 if parent.isValid() else len(self.table.columns) + 1

    def is_total(self, row: int) -> bool:
        """Whether ``row`` is the total row."""
        return row == len(self.table.rows)

    def column(self, section: int) -> Column | None:
        """The figure's column at ``section`` (None for the label column)."""
        return self.table.columns[section - 1] if section > 0 else None

    def organization_id(self, row: int) -> int | None:
        """The organisation of ``row`` (None for the office's row and the total)."""
        return None if self.is_total(row) else self.table.rows[row].organization_id

    def value(self, row: int, section: int) -> int | float | None:
        """The figure at ``row``, ``section`` (the total row's as ``Table.total`` makes it)."""
        column = self.column(section)
        if column is None:
            return None
        if self.is_total(row):
            return self.table.total(column.key)
        return self.table.rows[row].values[section - 1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The label or figure, bold on the total row, figures to the right."""
        if not index.isValid():
            return None
        row, section = index.row(), index.column()
        column = self.column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is None:
                return self.table.total_label if self.is_total(row) else self.table.rows[row].label
            return figure_text(self.value(row, section), column)
        if role == Qt.ItemDataRole.FontRole and self.is_total(row):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column is not None:
            return column.tooltip
        return None

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Headings with their group on the line above; a column's tooltip is its counting rule."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is None:
                return self.table.row_heading
            return f"{column.group}\n{column.title}" if column.group else column.title
        if role == Qt.ItemDataRole.ToolTipRole and column is not None:
            return column.tooltip
        return None
