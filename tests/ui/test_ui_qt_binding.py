"""The Qt binding keeps Python's reference counts (PySide6 6.12.0 did not: it aborted).

Under Python 3.11 ``None``, ``True`` and ``False`` are ordinary counted objects; a binding
that drops a reference on every model read or signal makes the program abort after some
minutes of scrolling or typing. These tests fail on such a binding.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal


class _Model(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 10

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 3

    def data(self, index: QModelIndex, role: int = 0) -> object:
        return "x" if role == Qt.ItemDataRole.DisplayRole else None


class _Sender(QObject):
    ping = Signal()
    carry = Signal(object)


def test_reading_empty_cells_keeps_the_reference_count_of_none(qapp: object) -> None:
    model = _Model()
    index = model.index(1, 1)
    before = sys.getrefcount(None)
    for _ in range(2000):
        index.data(Qt.ItemDataRole.FontRole)
    assert sys.getrefcount(None) > before - 500


def test_emitting_signals_keeps_the_reference_count_of_true(qapp: object) -> None:
    sender = _Sender()
    received: list[object] = []
    sender.carry.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(2000):
        sender.ping.emit()
        sender.carry.emit(n)
    assert sys.getrefcount(True) > before - 500
    assert len(received) == 2000
