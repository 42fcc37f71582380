"""Reference cycles are collected on the window's thread, never in a background reader."""

from __future__ import annotations

import gc
import threading
from typing import Any

from pytestqt.qtbot import QtBot

from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.main_thread_gc import collect_on_main_thread


class _InACycle:
    """An object that can only be freed by the cycle collector, and says on which thread."""

    finalised_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _InACycle.finalised_on.append(threading.current_thread().name)


def _make_cycles_and_garbage(_control: Any) -> int:
    """What a reader does: leaves cycles behind and allocates enough to pass every threshold."""
    for _ in range(50):
        _InACycle()
    garbage = [[index] for index in range(200_000)]  # many allocations: Python would collect here
    return len(garbage)


def test_a_readers_cycles_are_freed_on_the_window_thread(qtbot: QtBot, qapp: Any) -> None:
    collector = collect_on_main_thread(qapp)
    try:
        assert not gc.isenabled()
        _InACycle.finalised_on.clear()
        runner = TaskRunner()
        done: list[int] = []

        runner.query(_make_cycles_and_garbage, on_done=done.append)
        qtbot.waitUntil(lambda: done == [200_000])
        qtbot.waitUntil(lambda: len(_InACycle.finalised_on) == 50, timeout=5000)

        assert set(_InACycle.finalised_on) == {threading.main_thread().name}
        assert collect_on_main_thread(qapp) is collector  # one per application
    finally:
        collector.stop()  # the other tests of this process keep Python's own collection
    assert gc.isenabled()
