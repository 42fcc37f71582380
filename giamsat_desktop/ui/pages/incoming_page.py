"""Văn bản đến: the register, its filters and search, and what a clerk does with a line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.registers import IncomingColumn, IncomingRecord
from giamsat_desktop.formatting import format_number
from giamsat_desktop.services import incoming, register_queries
from giamsat_desktop.services.changes import Area, Changes
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.ui.dialogs.incoming_dialog import IncomingDialog
from giamsat_desktop.ui.models import incoming_register_model as columns
from giamsat_desktop.ui.models.incoming_register_model import IncomingRegisterModel
from giamsat_desktop.ui.qt_compat import emit
from giamsat_desktop.ui.tasks import TaskRunner
from giamsat_desktop.ui.widgets.register_filter_bar import RegisterFilterBar

COLUMN_WIDTHS = {
    columns.NUMBER: 60,
    columns.ARRIVAL: 85,
    columns.ISSUER: 220,
    columns.SYMBOL: 120,
    columns.DOC_DATE: 85,
    columns.SUBJECT: 380,
    columns.RECIPIENTS: 130,
    columns.URGENCY: 80,
    columns.DEADLINE: 85,
    columns.STATUS: 90,
    columns.NOTES: 150,
    columns.FILES: 40,
}


class IncomingPage(QWidget):
    """The incoming register; reads in the background, fetches rows as they are shown."""

    changed = Signal(object)

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._today = today
        self._issuers: list[str] = []
        self._sort = (IncomingColumn.ARRIVAL, True)
        self._generation = 0
        self._pending_select: int | None = None
        factory = context.factory
        self.model = IncomingRegisterModel(
            lambda keys: register_queries.incoming_rows(factory, keys), today=today
        )
        self.model.sort_requested = self._sort_by

        title = QLabel(self.tr("Sổ văn bản đến"))
        title.setObjectName("pageTitle")
        self.filters = RegisterFilterBar(incoming=True)
        self.filters.changed.connect(self.reload)
        self.view = QTableView()
        self.view.setObjectName("incomingRegister")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(columns.ARRIVAL, Qt.SortOrder.DescendingOrder)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        for column, width in COLUMN_WIDTHS.items():
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.count = self.filters.count

        self.add_button = QPushButton(self.tr("Vào sổ (Ctrl+N)"))
        self.add_button.setShortcut(QKeySequence.StandardKey.New)
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button = QPushButton(self.tr("Sửa"))
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.cancel_button = QPushButton(self.tr("Hủy văn bản"))
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.buttons = self.filters.top_row
        for position, button in enumerate((self.add_button, self.edit_button, self.cancel_button)):
            self.buttons.insertWidget(position, button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, self.edit_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.reload()
        self._load_choices()

    # ----- reading ------------------------------------------------------------------

    def reload(self) -> None:
        """Ask the database for the keys of the filtered, sorted register."""
        where = self.filters.incoming_filter(self._today)
        column, descending = self._sort
        context = self._context
        self._generation += 1
        generation = self._generation

        def read(_control: object) -> list[int]:
            return register_queries.incoming_keys(
                context.factory, context.actor, where, column, descending
            )

        self._runner.query(read, on_done=lambda keys: self._show(generation, keys), parent=self)

    def _show(self, generation: int, keys: list[int]) -> None:
        if generation != self._generation:
            return  # a newer filter was asked for meanwhile
        selected = self.selected()
        wanted = self._pending_select or (selected.id if selected else None)
        self._pending_select = None
        self.model.set_keys(keys)
        self.count.setText(self.tr("{count} văn bản").format(count=format_number(len(keys))))
        if wanted is not None:
            self.select_key(wanted)
        self._update_buttons()

    def _load_choices(self) -> None:
        factory = self._context.factory

        def read(_control: object) -> tuple[list[int], list[str]]:
            return register_queries.incoming_years(factory), incoming.known_issuers(factory)

        self._runner.query(read, on_done=self._set_choices)

    def _set_choices(self, choices: tuple[list[int], list[str]]) -> None:
        years, self._issuers = choices
        self.filters.set_years(years)
        self.filters.set_issuers(self._issuers)

    def _sort_by(self, column: int, order: Qt.SortOrder) -> None:
        key = columns.SORT_COLUMNS.get(column)
        if key is None:
            return
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        """Re-read after a save anywhere."""
        if changes.touches(Area.INCOMING):
            self.model.forget()
            self.reload()
            self._load_choices()

    def refresh(self) -> None:
        """Re-read everything."""
        self.on_changes(Changes.of(Area.INCOMING))

    # ----- selection ----------------------------------------------------------------

    def selected(self) -> IncomingRecord | None:
        """The record of the selected line."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_key(self, key: int) -> None:
        """Select (and show) the line of a document."""
        row = self.model.row_of(key)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def _update_buttons(self) -> None:
        record = self.selected()
        writable = self._context.actor.role.can_write
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(record is not None and writable)
        self.cancel_button.setEnabled(record is not None and writable and not record.cancelled)

    # ----- actions ------------------------------------------------------------------

    def add(self) -> IncomingDialog:
        """Open the entry dialog for a new document."""
        dialog = IncomingDialog(self._context, self._runner, self._issuers, None, self)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.open()
        return dialog

    def edit_selected(self) -> IncomingDialog | None:
        """Open the selected document for editing."""
        record = self.selected()
        if record is None or not self._context.actor.role.can_write:
            return None
        dialog = IncomingDialog(self._context, self._runner, self._issuers, record, self)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.open()
        return dialog

    def _after_save(self, dialog: IncomingDialog) -> None:
        record, changes = dialog.result_record
        self._pending_select = record.id
        emit(self.changed, changes)
        if dialog.notice:
            QMessageBox.information(self, self.tr("Số đến"), dialog.notice)

    def cancel_selected(self, reason: str | None = None) -> None:
        """Cancel the selected document with a reason (it stays in the register)."""
        record = self.selected()
        if record is None:
            return
        if reason is None:
            reason, accepted = QInputDialog.getText(
                self,
                self.tr("Hủy văn bản"),
                self.tr("Lý do hủy văn bản số đến {number}:").format(
                    number=record.arrival_number_text
                ),
            )
            if not accepted:
                return
        context = self._context
        self._runner.command(
            lambda _c: incoming.cancel_incoming(
                context.factory, context.actor, record.id, reason or "", record.version
            ),
            on_done=lambda result: emit(self.changed, result[1]),
            parent=self,
        )
