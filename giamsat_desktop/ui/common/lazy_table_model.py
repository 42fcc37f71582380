"""A table over a long list of keys whose rows are fetched in blocks as the view needs them.

The database sorts and filters and returns only the keys; rows are read 200 at a time
when the view first paints them, and only a bounded number of blocks is kept, so a
register of 100,000 documents opens at once and stays small in memory.

Painting never waits for the database: a row whose block is not read yet shows a
placeholder, its block is asked for once through the model's background reader, and the
rows are repainted when it arrives. The page reading the keys also reads the first
blocks in the same background task, so a list opens with its rows already there.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from giamsat_desktop.ui.common.record_table_model import RECORD_ROLE, SORT_ROLE, Column

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex

BLOCK_SIZE = 200
KEPT_BLOCKS = 50
"""At most 10,000 rows in memory, however long the register."""
READ_AHEAD = BLOCK_SIZE // 2
"""A row painted this close to its block's end has the next block read ahead (likewise
the previous one near its start), so a clerk scrolling meets rows already read."""
PLACEHOLDER = "…"
"""What the first cell of a row shows while its block is being read."""

BackgroundReader = Callable[[Callable[[], Any], Callable[[Any], None]], None]
"""Runs a read off the window's thread and hands its result to a callback on it."""
Blocks = dict[int, dict[int, Any]]
"""Blocks read ahead: block number → {key: record}."""


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
        self._generation = 0
        self._queued: list[int] = []
        """Blocks asked for by painting and not yet being read, the newest last."""
        self._ahead: list[int] = []
        """Blocks next to those painted, read when nothing painted is waiting."""
        self._reading: int | None = None
        self._failed: set[int] = set()
        self.reader: BackgroundReader | None = None
        """Set by the page: how to read a block off the window's thread. Without one
        (scripts, a bare model) a block is read where it is first needed."""
        self.sort_requested: Callable[[int, Qt.SortOrder], None] | None = None
        """Set by the page: a header click asks the database for a new order."""

    # ----- content ------------------------------------------------------------------

    def set_keys(self, keys: Sequence[int], blocks: Blocks | None = None) -> None:
        """Show a new list (after a filter, a search or a sort), with blocks read ahead."""
        self.beginResetModel()
        self._keys = list(keys)
        self._blocks.clear()
        self._drop_requests()
        for number, block in sorted((blocks or {}).items()):
            self._blocks[number] = block
        self.endResetModel()

    def keys(self) -> list[int]:
        """The keys shown, in order."""
        return list(self._keys)

    def key(self, row: int) -> int | None:
        """The key on ``row`` (known without reading the row), or None."""
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def read_blocks(self, keys: Sequence[int], rows: Iterable[int]) -> Blocks:
        """Read the blocks holding ``rows`` of ``keys``; runs on any thread.

        The page calls this in its background task, beside the keys, and passes the
        result to :meth:`set_keys`.
        """
        blocks: Blocks = {}
        for number in sorted({row // BLOCK_SIZE for row in rows if 0 <= row < len(keys)}):
            wanted = keys[number * BLOCK_SIZE : (number + 1) * BLOCK_SIZE]
            blocks[number] = {self._key_of(record): record for record in self._fetch(wanted)}
        return blocks

    def forget(self, keys: Sequence[int] | None = None) -> None:
        """Drop cached rows (all, or those of ``keys``) so they are read again."""
        if keys is None:
            self._blocks.clear()
        else:
            wanted = set(keys)
            for number, block in list(self._blocks.items()):
                if wanted & block.keys():
                    del self._blocks[number]
        self._drop_requests()
        if self._keys:
            last = self.index(len(self._keys) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def is_loaded(self, row: int) -> bool:
        """Whether the record on ``row`` is in memory (showing it reads nothing)."""
        return 0 <= row < len(self._keys) and (row // BLOCK_SIZE) in self._blocks

    def loaded(self, row: int) -> R | None:
        """The record on ``row`` if its block is read; else None, and the block is asked for.

        Never waits for the database: painting and the buttons use this.
        """
        if not 0 <= row < len(self._keys):
            return None
        number = row // BLOCK_SIZE
        block = self._blocks.get(number)
        if block is None:
            if self.reader is not None:
                self._request(number)
                return None
            block = self._read_now(number)
        self._blocks.move_to_end(number)
        if self.reader is not None:
            offset = row - number * BLOCK_SIZE
            if offset >= BLOCK_SIZE - READ_AHEAD:
                self._read_ahead(number + 1)
            elif offset < READ_AHEAD and number:
                self._read_ahead(number - 1)
        return block.get(self._keys[row])

    def record(self, row: int) -> R | None:
        """The record on ``row``, reading its block at once if needed.

        For a clerk's action on one line (open, cancel, print) and for tests; painting
        uses :meth:`loaded`, which never waits.
        """
        if not 0 <= row < len(self._keys):
            return None
        number = row // BLOCK_SIZE
        block = self._blocks.get(number)
        if block is None:
            block = self._read_now(number)
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

    # ----- reading in the background ------------------------------------------------

    def _read_now(self, number: int) -> dict[int, R]:
        block: dict[int, R] = self.read_blocks(self._keys, [number * BLOCK_SIZE])[number]
        self._store(number, block)
        return block

    def _store(self, number: int, block: dict[int, R]) -> None:
        self._blocks[number] = block
        self._blocks.move_to_end(number)
        while len(self._blocks) > KEPT_BLOCKS:
            self._blocks.popitem(last=False)

    def _drop_requests(self) -> None:
        """Forget what was asked for: a block read for older keys is thrown away."""
        self._generation += 1
        self._queued.clear()
        self._ahead.clear()
        self._reading = None
        self._failed.clear()

    def _request(self, number: int) -> None:
        if number == self._reading or number in self._failed:
            return
        if number in self._queued:
            self._queued.remove(number)
        self._queued.append(number)  # the newest request is read first
        self._next()

    def _read_ahead(self, number: int) -> None:
        known = number in self._blocks or number == self._reading or number in self._failed
        if known or number * BLOCK_SIZE >= len(self._keys) or number in self._ahead:
            return
        self._ahead.append(number)
        del self._ahead[:-2]  # only the latest matter: the clerk has scrolled on
        self._next()

    def _next(self) -> None:
        """Read the most recently asked-for block, one at a time; then those ahead."""
        if self._reading is not None or self.reader is None:
            return
        waiting = [n for n in self._queued if n not in self._blocks]
        ahead = [n for n in self._ahead if n not in self._blocks and n not in waiting]
        self._queued, self._ahead = waiting, ahead
        if self._queued:
            number = self._queued.pop()
        elif self._ahead:
            number = self._ahead.pop()
        else:
            return
        self._reading = number
        generation = self._generation
        keys = self._keys[number * BLOCK_SIZE : (number + 1) * BLOCK_SIZE]
        fetch, key_of = self._fetch, self._key_of

        def read() -> dict[int, R]:
            return {key_of(record): record for record in fetch(keys)}

        def arrived(block: dict[int, R] | BaseException) -> None:
            if generation != self._generation:
                return  # the list changed meanwhile; its own rows are asked for afresh
            self._reading = None
            if isinstance(block, BaseException):
                self._failed.add(number)  # not asked again until the list is read again
            else:
                self._store(number, block)
                first = number * BLOCK_SIZE
                last = min(first + BLOCK_SIZE, len(self._keys)) - 1
                right = self.index(last, len(self._columns) - 1)
                self.dataChanged.emit(self.index(first, 0), right)
            self._next()

        self.reader(read, arrived)

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
        """Text, raw sort value, the record, and extra roles from :meth:`style`.

        A row not read yet shows a placeholder in its first cell; nothing else.
        """
        if not index.isValid() or not 0 <= index.column() < len(self._columns):
            return None
        record = self.loaded(index.row())
        if record is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return PLACEHOLDER if index.column() == 0 else ""
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
