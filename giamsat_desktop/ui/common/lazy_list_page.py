"""A page over a long list read lazily: keys from the database, rows in blocks as shown.

What every register-like list shares: the lazy model and its table, the order asked of
the database by a click on a heading, reloading in the background (an answer to an
older filter is dropped), the count under the filters, the selection, and optionally
the New and Edit buttons. A subclass says how to read the keys, how to word the count,
and what its lines are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.common.background import TaskControl, TaskRunner, show_error
from giamsat_desktop.ui.common.lazy_table_model import Blocks, LazyTableModel

Read = Callable[[TaskControl], Any]


class LazyListPage(QWidget):
    """A list screen; subclasses read the keys, word the count and act on a line."""

    changed = Signal(object)
    area: Area = Area.INCOMING
    """The part of the data the list shows: a change there reads it again."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        model: LazyTableModel[Any],
        title: str,
        *,
        filters: QWidget,
        count: QLabel,
        buttons: QBoxLayout | None = None,
        widths: dict[int, str] | None = None,
        default_sort: tuple[int, Qt.SortOrder] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the page.

        Args:
            context: The database and the clerk.
            runner: Background reads and writes.
            model: The lazy table.
            title: The page's heading.
            filters: The widgets above the list (the subclass connects them to reload).
            count: Where the number of lines found is written.
            buttons: The row that takes the page's buttons, in front of what it holds.
            widths: A typical value per column, to size the columns from the font.
            default_sort: The order shown first; None when the list cannot be re-sorted.
            parent: The parent widget.
        """
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._generation = 0
        self._pending_select: int | None = None
        self.model = model
        self.model.reader = self._read_block
        self.model.sort_requested = self._sort_by
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        self.filters = filters
        self.count = count
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.ensurePolished()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if default_sort is not None:
            header.setSortIndicatorShown(True)
            header.setSortIndicator(*default_sort)
            header.setSectionsClickable(True)
            header.sortIndicatorChanged.connect(self.model.sort)
        self._size_columns(widths or {})
        self.buttons = buttons
        self._button_count = 0
        self.new_button: QPushButton | None = None
        self.edit_button: QPushButton | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        open_line = QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, self.edit_selected)
        open_line.setContext(Qt.ShortcutContext.WidgetShortcut)  # Enter in a filter stays there
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        # A selected line read after it was selected (a long jump) enables its buttons then.
        self.model.dataChanged.connect(lambda *_a: self.update_buttons())

    def _size_columns(self, samples: dict[int, str]) -> None:
        """Each column as wide as a typical value, and never narrower than its heading.

        Widths come from the font (a sample text per column), not from pixels, so they
        follow Windows' text scaling (125 %, 150 %) and the language of the headings.
        """
        self.view.ensurePolished()  # the style sheet's font, not the default one
        header = self.view.horizontalHeader()
        header.ensurePolished()
        metrics = self.view.fontMetrics()
        padding = 2 * metrics.averageCharWidth()
        for column, sample in samples.items():
            wanted = metrics.horizontalAdvance(sample) + padding
            heading = header.sectionSizeFromContents(column).width()
            self.view.setColumnWidth(column, max(wanted, heading))

    # ----- buttons ------------------------------------------------------------------

    def add_button(
        self, text: str, action: Callable[[], object], shortcut: Any = None
    ) -> QPushButton:
        """A button in the page's row of buttons, after those added before."""
        if self.buttons is None:
            raise ValueError("this page has no row for buttons")
        button = QPushButton(text)
        if shortcut is not None:
            button.setShortcut(shortcut)
        button.clicked.connect(lambda: action())
        self.buttons.insertWidget(self._button_count, button)
        self._button_count += 1
        return button

    def add_menu_button(
        self, text: str, actions: list[tuple[str, Callable[[], object]]]
    ) -> QPushButton:
        """A button that opens a short menu (printing, Excel)."""
        button = self.add_button(text, lambda: None)
        menu = QMenu(button)
        for label, action in actions:
            menu.addAction(label).triggered.connect(lambda _checked=False, a=action: a())
        button.setMenu(menu)
        return button

    def add_record_buttons(self, new_text: str, edit_text: str) -> None:
        """The New (Ctrl+N) and Edit buttons; a read-only list leaves them out."""
        self.new_button = self.add_button(new_text, self.add, QKeySequence.StandardKey.New)
        self.edit_button = self.add_button(edit_text, self.edit_selected)

    def update_buttons(self) -> None:
        """Only writers add and edit; pages with more buttons extend this.

        Uses the selected line only once it is read: updating the buttons never waits
        for the database.
        """
        record = self.selected_if_read()
        writable = self._context.actor.role.can_write
        if self.new_button is not None:
            self.new_button.setEnabled(writable)
        if self.edit_button is not None:
            self.edit_button.setEnabled(record is not None and writable)

    def add(self) -> object:
        """Open the entry dialog for a new line; override."""
        return None

    def edit_selected(self) -> object:
        """Open the selected line; override."""
        return None

    # ----- reading ------------------------------------------------------------------

    def read_keys(self) -> Callable[[object], list[int]]:
        """A background read of the keys for the filter and order in force; override."""
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        """The count shown for ``count`` lines found, e.g. "1.234 văn bản"; override."""
        raise NotImplementedError

    def reload(self) -> None:
        """Ask the database for the keys, and the rows to be shown first, in the background.

        The rows read with the keys are those of the first block, of the block on screen
        and of the line to be selected again, so the list is painted at once.
        """
        self._generation += 1
        generation = self._generation
        read = self.read_keys()
        model = self.model
        wanted = self._pending_select
        if wanted is None:
            wanted = self.selected_key()
        top = max(self.view.rowAt(0), 0)
        line = self.view.verticalHeader().defaultSectionSize()
        per_screen = self.view.viewport().height() // max(line, 1)
        bottom = top + per_screen if self.view.isVisible() else top

        also = self.read_alongside()

        def read_all(control: TaskControl) -> tuple[list[int], Blocks, Any]:
            beside = also(control) if also is not None else None
            keys = read(control)
            rows = [0, top, bottom]
            if wanted is not None and wanted in keys:
                rows.append(keys.index(wanted))
            return keys, model.read_blocks(keys, rows), beside

        self._runner.query(
            read_all, on_done=lambda result: self._show(generation, *result), parent=self
        )

    def read_alongside(self) -> Read | None:
        """A background read the lines need beside their rows (names they refer to)."""
        return None

    def show_alongside(self, value: Any) -> None:
        """Take what :meth:`read_alongside` read, just before the lines are shown."""

    def _show(self, generation: int, keys: list[int], blocks: Blocks, beside: Any) -> None:
        if generation != self._generation:
            return  # a newer filter was asked for meanwhile
        self.show_alongside(beside)
        wanted = self._pending_select
        if wanted is None:
            wanted = self.selected_key()
        self._pending_select = None
        self.model.set_keys(keys, blocks)
        self.count.setText(self.count_text(len(keys)))
        if wanted is not None:
            self.select_key(wanted)
        self.update_buttons()

    def _read_block(self, read: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """The model's background reader: a failed block is told once, then left."""

        def failed(exc: BaseException) -> None:
            done(exc)
            show_error(self, exc)

        self._runner.query(lambda _c: read(), on_done=done, on_error=failed)

    def sort_column(self, column: int, descending: bool) -> bool:
        """Remember a new order; False when the column cannot be sorted; override."""
        return False

    def _sort_by(self, column: int, order: Qt.SortOrder) -> None:
        if self.sort_column(column, order == Qt.SortOrder.DescendingOrder):
            self.reload()

    def on_changes(self, changes: Changes) -> None:
        """Re-read after a save anywhere that touched this list.

        The rows shown stay until the new ones arrive with the keys.
        """
        if changes.touches(self.area):
            self.reload()

    def refresh(self) -> None:
        """Re-read everything."""
        self.on_changes(Changes.of(self.area))

    # ----- selection ----------------------------------------------------------------

    def selected_key(self) -> int | None:
        """The key of the selected line (known without reading the line)."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    def selected_if_read(self) -> Any:
        """The record of the selected line if it is read already; never waits."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.loaded(rows[0].row()) if rows else None

    def selected(self) -> Any:
        """The record of the selected line, for an action on it (read now if need be)."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_key(self, key: int) -> None:
        """Select (and show) the line of a key."""
        row = self.model.row_of(key)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def saved(self, record_id: int, changes: Changes) -> None:
        """After a save: select the saved line and let every page refresh."""
        self._pending_select = record_id
        self.changed.emit(changes)
