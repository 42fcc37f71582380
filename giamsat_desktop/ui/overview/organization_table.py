"""The table by organisation of Tổng quan: what each one was given in the year and how it did.

One line per organisation and a total line; every cell opens the tasks it counts (a
double-click, or Enter on the cell chosen with the arrow keys). "% đúng hạn" carries its
definition in the tooltip of its heading and of its cells.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.overview.figures import YearFigures
from giamsat_desktop.services.tasks.queries import OrganizationFigures
from giamsat_desktop.ui.common.organization_figures import count_look, rate_rule, rate_text

AnyIndex = QModelIndex | QPersistentModelIndex

CONTEXT = "OverviewPage"

COLUMNS: tuple[tuple[str, str, str], ...] = (
    (
        "name",
        str(QT_TRANSLATE_NOOP("OverviewPage", "Tổ chức chủ trì")),
        str(QT_TRANSLATE_NOOP("OverviewPage", "Tổ chức chủ trì nhiệm vụ")),
    ),
    (
        "assigned",
        str(QT_TRANSLATE_NOOP("OverviewPage", "Được\ngiao")),
        str(QT_TRANSLATE_NOOP("OverviewPage", "Nhiệm vụ giao trong năm, trừ nhiệm vụ đã hủy")),
    ),
    (
        "done_on_time",
        str(QT_TRANSLATE_NOOP("OverviewPage", "Hoàn thành\nđúng hạn")),
        str(QT_TRANSLATE_NOOP("OverviewPage", "Hoàn thành trước hoặc đúng ngày hết hạn")),
    ),
    (
        "done_late",
        str(QT_TRANSLATE_NOOP("OverviewPage", "Hoàn thành\nquá hạn")),
        str(QT_TRANSLATE_NOOP("OverviewPage", "Hoàn thành sau ngày hết hạn")),
    ),
    (
        "overdue",
        str(QT_TRANSLATE_NOOP("OverviewPage", "Đang\nquá hạn")),
        str(QT_TRANSLATE_NOOP("OverviewPage", "Chưa xong, đã qua thời hạn")),
    ),
    (
        "in_progress",
        str(QT_TRANSLATE_NOOP("OverviewPage", "Đang\nthực hiện")),
        str(QT_TRANSLATE_NOOP("OverviewPage", "Chưa xong, còn trong hạn")),
    ),
    (
        "rate",
        str(QT_TRANSLATE_NOOP("OverviewPage", "%\nđúng hạn")),
        "",
    ),
)
"""Each column: the field of ``OrganizationFigures`` it shows, its heading, what it counts."""
NAME, ASSIGNED, ON_TIME, LATE, OVERDUE, IN_PROGRESS, RATE = range(len(COLUMNS))

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
"""A cell's ``(organisation id or None for the total, field)``: what it opens."""

def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class OrganizationFiguresModel(QAbstractTableModel):
    """The year's lines by organisation, then the total line (when there is any line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = 0
        self._lines: list[OrganizationFigures] = []
        self._total: OrganizationFigures | None = None
        self._total_rate: float | None = None

    def set_figures(self, figures: YearFigures) -> None:
        """Show the lines of ``figures``."""
        self.beginResetModel()
        self.year = figures.year
        self._lines = list(figures.organizations)
        self._total = figures.total if self._lines else None
        self._total_rate = figures.rate
        self.endResetModel()

    def line(self, row: int) -> OrganizationFigures:
        """The figures shown on ``row`` (the total line has organisation id 0)."""
        if row == len(self._lines) and self._total is not None:
            return self._total
        return self._lines[row]

    def is_total(self, row: int) -> bool:
        """Whether ``row`` is the total line."""
        return self._total is not None and row == len(self._lines)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """The organisations and the total line."""
        if parent.isValid():
            return 0
        return len(self._lines) + (1 if self._total is not None else 0)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """The name, the five counts, the rate."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The headings; the rate's explains the rate."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][1])
        if role == Qt.ItemDataRole.ToolTipRole:
            return rate_rule() if section == RATE else _tr(COLUMNS[section][2])
        return None

    def _text(self, row: int, column: int) -> str:
        line = self.line(row)
        if column == NAME:
            return (
                QCoreApplication.translate("OverviewPage", "Tổng cộng")
                if self.is_total(row)
                else line.name
            )
        if column == RATE:
            return rate_text(self._total_rate if self.is_total(row) else line.rate)
        return format_number(getattr(line, COLUMNS[column][0]))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, alignment, the red of overdue work, the bold total, what a cell opens."""
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role in (Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole):
            return count_look(role, column, self.line(row), name=NAME, overdue=OVERDUE)
        if role == Qt.ItemDataRole.FontRole and self.is_total(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            hint = QCoreApplication.translate(
                "OverviewPage", "Nhấp đúp hoặc nhấn Enter để xem các nhiệm vụ này."
            )
            if column == NAME:
                return f"{self._text(row, column)}. {hint}"
            meaning = rate_rule() if column == RATE else _tr(COLUMNS[column][2])
            return f"{meaning}. {hint}"
        if role == CELL_ROLE:
            organization = None if self.is_total(row) else self.line(row).organization_id
            return organization, COLUMNS[column][0]
        return None


class OrganizationTable(QTableView):
    """The table; ``cell_opened`` carries a cell's organisation id (None: all) and field."""

    cell_opened = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewOrganizations")
        self.figures = OrganizationFiguresModel(self)
        self.setModel(self.figures)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.ensurePolished()
        self.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 1.45))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(QCoreApplication.translate("OverviewPage", "Nhiệm vụ theo tổ chức"))
        self.doubleClicked.connect(self._open)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self, self._open_current)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def show_figures(self, figures: YearFigures) -> None:
        """Show the year's lines; the same cell stays chosen when the figures are re-read."""
        current = self.currentIndex()
        place = (current.row(), current.column()) if current.isValid() else None
        self.figures.set_figures(figures)
        if place is not None and place[0] < self.figures.rowCount():
            self.setCurrentIndex(self.figures.index(*place))

    def _open(self, index: QModelIndex) -> None:
        cell = index.data(CELL_ROLE)
        if cell is not None:
            self.cell_opened.emit(*cell)

    def _open_current(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            self._open(index)
