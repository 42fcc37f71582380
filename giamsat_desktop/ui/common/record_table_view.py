"""The view of a short list of records: read-only, whole rows, sorted by a heading's click."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from giamsat_desktop.ui.common.record_table_model import SORT_ROLE


def sorted_table(
    model: QAbstractTableModel, parent: QObject
) -> tuple[QSortFilterProxyModel, QTableView]:
    """A read-only table of ``model`` that sorts by raw values when a heading is clicked.

    Rows are selected whole, the model's own order is kept until the clerk clicks a
    heading, and there are no row numbers. The caller sets the selection mode and widths.
    """
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    return proxy, view
