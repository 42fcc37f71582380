"""Theo tổ chức: what each organisation was given, how it did, and its on-time rate.

The figures come from one aggregate query (``services.tasks.queries.organization_figures``);
"% đúng hạn" carries its definition in a tooltip, as the overview does. A line opens the
organisation's tasks in the list (double-click or Enter).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QVBoxLayout, QWidget

from giamsat_desktop.formatting import format_number
from giamsat_desktop.services.tasks.queries import OrganizationFigures
from giamsat_desktop.ui.common.organization_figures import count_look, rate_rule, rate_text
from giamsat_desktop.ui.common.record_table_model import RECORD_ROLE, Column, RecordTableModel
from giamsat_desktop.ui.common.record_table_view import sorted_table

NAME, ASSIGNED, ON_TIME, LATE, OVERDUE, IN_PROGRESS, STANDING, RATE = range(8)


def _rate_rule() -> str:
    """How "% đúng hạn" is counted, as a sentence of its own (its tooltips, the note)."""
    return rate_rule() + "."


class FiguresModel(RecordTableModel[OrganizationFigures]):
    """One line per organisation; the rate's heading and cells explain the rate."""

    def __init__(self) -> None:
        def count(attribute: str) -> Column[OrganizationFigures]:
            return Column(
                "",
                lambda f: format_number(getattr(f, attribute)),
                lambda f: getattr(f, attribute),
            )

        named = [
            (
                QCoreApplication.translate("TasksPage", "Tổ chức"),
                Column("", lambda f: f.name, lambda f: f.name),
            ),
            (QCoreApplication.translate("TasksPage", "Được\ngiao"), count("assigned")),
            (
                QCoreApplication.translate("TasksPage", "Hoàn thành\nđúng hạn"),
                count("done_on_time"),
            ),
            (QCoreApplication.translate("TasksPage", "Hoàn thành\nquá hạn"), count("done_late")),
            (QCoreApplication.translate("TasksPage", "Đang\nquá hạn"), count("overdue")),
            (QCoreApplication.translate("TasksPage", "Đang\ntrong hạn"), count("in_progress")),
            (QCoreApplication.translate("TasksPage", "Thường\nxuyên"), count("standing")),
            (
                QCoreApplication.translate("TasksPage", "%\nđúng hạn"),
                Column("", lambda f: rate_text(f.rate), lambda f: -1 if f.rate is None else f.rate),
            ),
        ]
        super().__init__(
            [Column(title, column.text, column.sort_key) for title, column in named],
            is_active=lambda _f: True,
        )

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The headings; the rate's carries its definition."""
        if role == Qt.ItemDataRole.ToolTipRole and section == RATE:
            return _rate_rule()
        return super().headerData(section, orientation, role)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Numbers to the right; overdue counts in red; the rate explained."""
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == RATE:
            return _rate_rule()
        looks = (Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole)
        if role in looks and 0 <= index.row() < self.rowCount():
            record = self.record(index.row())
            look = count_look(role, index.column(), record, name=NAME, overdue=OVERDUE)
            if look is not None:
                return look
        return super().data(index, role)


class OrganizationTable(QWidget):
    """The table by organisation; ``opened`` carries the organisation's id."""

    opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FiguresModel()
        self.proxy, self.view = sorted_table(self.model, self)
        self.view.setObjectName("organizationFigures")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        note = QLabel(
            QCoreApplication.translate(
                "TasksPage", "Nhấp đúp một dòng để xem các nhiệm vụ của tổ chức đó. "
            )
            + _rate_rule()
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        self.view.doubleClicked.connect(self._open)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, self._open_current)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)

    def show_figures(self, figures: list[OrganizationFigures]) -> None:
        """Show the figures read with the list."""
        self.model.set_records(figures)

    def _open(self, index: QModelIndex) -> None:
        figures = index.data(RECORD_ROLE)
        if figures is not None:
            self.opened.emit(figures.organization_id)

    def _open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._open(index)
