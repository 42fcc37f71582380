from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

import giamsat_desktop.ui as ui_package
from giamsat_desktop.ui.qt_compat import emit


class _Sender(QObject):
    bare = Signal()
    carrying = Signal(object)


def test_many_emits_leave_the_reference_count_of_true_intact(qapp: object) -> None:
    sender = _Sender()
    received: list[object] = []
    sender.carrying.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(5000):
        emit(sender.bare)
        emit(sender.carrying, i)
    assert abs(sys.getrefcount(True) - before) < 50
    assert len(received) == 5000


def test_no_module_of_the_window_emits_a_signal_directly() -> None:
    folder = Path(ui_package.__file__).parent
    direct = [
        f"{path.name}:{number}"
        for path in folder.rglob("*.py")
        if path.name != "qt_compat.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.emit\(", line)
    ]
    assert direct == []
