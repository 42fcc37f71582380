"""A table over a long list of keys whose rows are fetched in blocks as the view needs them.

The database sorts and filters and returns only the keys; rows are read 200 at a time
when the view first paints them, and only a bounded number of blocks is kept, so a
register of 100,000 documents opens at once and stays small in memory.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from giamsat_desktop.ui.models.record_table_model import RECORD_ROLE, SORT_ROLE, Column

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex

BLOCK_SIZE = 200
KEPT_BLOCKS = 50
"""At most 10,000 rows in memory, however long the register."""


class LazyTableModel(QAbstractTableModel, Generic[R]):
    """Rows are keys; each key's record is fetched with its block of neighbours."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        fetch: Callable[[Sequence[int]], list[R]],
        key_of: Callable[[R], int],
    ) -> None:
        super().__init__()
        self._columns = list(columns)
        self._fetch = fetch
        self._key_of = key_of
        self._keys: list[int] = []
        self._blocks: OrderedDict[int, dict[int, R]] = OrderedDict()
        self.sort_requested: Callable[[int, Qt.SortOrder], None] | None = None
        """Set by the page: a header click asks the database for a new order."""

    # ----- content ------------------------------------------------------------------

    def set_keys(self, keys: Sequence[int]) -> None:
        """Show a new list (after a filter, a search or a sort)."""
        self.beginResetModel()
        self._keys = list(keys)
        self._blocks.clear()
        self.endResetModel()

    def keys(self) -> list[int]:
        """The keys shown, in order."""
        return list(self._keys)

    def forget(self, keys: Sequence[int] | None = None) -> None:
        """Drop cached rows (all, or those of ``keys``) so they are read again."""
        if keys is None:
            self._blocks.clear()
        else:
            wanted = set(keys)
            for number, block in list(self._blocks.items()):
                if wanted & block.keys():
                    del self._blocks[number]
        if self._keys:
            last = self.index(len(self._keys) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def record(self, row: int) -> R | None:
        """The record on ``row``, fetching its block if needed."""
        if not 0 <= row < len(self._keys):
            return None
        number = row // BLOCK_SIZE
        block = self._blocks.get(number)
        if block is None:
            keys = self._keys[number * BLOCK_SIZE : (number + 1) * BLOCK_SIZE]
            block = {self._key_of(record): record for record in self._fetch(keys)}
            self._blocks[number] = block
            while len(self._blocks) > KEPT_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block.get(self._keys[row])

    def row_of(self, key: int) -> int:
        """Row of a key, or -1."""
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    @property
    def cached_blocks(self) -> int:
        """How many blocks are in memory (for tests and the memory target)."""
        return len(self._blocks)

    # ----- Qt model -----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Rows of the list."""
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Columns of the register."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, raw sort value, the record, and extra roles from :meth:`style`."""
        if not index.isValid():
            return None
        record = self.record(index.row())
        if record is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort_key(record) if column.sort_key else column.text(record)
        if role == RECORD_ROLE:
            return record
        return self.style(record, index.column(), role)

    def style(self, record: R, column: int, role: int) -> Any:
        """Look of a cell (font, colour, tooltip); override."""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the page to re-query in the new order (the database sorts, not the view)."""
        if self.sort_requested is not None and column >= 0:
            self.sort_requested(column, order)
