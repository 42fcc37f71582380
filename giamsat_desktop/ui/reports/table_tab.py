"""One statistics table on screen: its notes above, its rows below, headings wrapped short."""

from __future__ import annotations

import textwrap
from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.statistics_tables import Table
from giamsat_desktop.ui.reports.statistics_model import StatisticsModel

_HEADER_WIDTH = 12
"""Characters per line of a column's heading (the headings wrap, the figures are short)."""


def wrapped(text: str) -> str:
    """A heading broken into short lines (its own line breaks kept)."""
    return "\n".join(
        "\n".join(textwrap.wrap(part, _HEADER_WIDTH) or [""]) for part in text.split("\n")
    )


def wrapped_table(table: Table) -> Table:
    """The table with its headings broken into short lines for the screen."""
    return replace(
        table,
        columns=tuple(
            replace(column, title=wrapped(column.title), group=wrapped(column.group))
            for column in table.columns
        ),
    )


class TableTab(QWidget):
    """One table: its notes above, its rows below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(header.defaultAlignment())
        # The label column as wide as its names, the figures sharing the rest: no column
        # hides beyond the right edge at 1366 × 768.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.notes)
        layout.addWidget(self.view, 1)
        self.model: StatisticsModel | None = None

    def show_table(self, table: Table) -> None:
        """Show ``table``: its notes, its title as their tooltip, its rows and total."""
        self.notes.setText("\n".join(table.notes))
        self.notes.setToolTip(table.title)
        self.model = StatisticsModel(wrapped_table(table), self.view)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
