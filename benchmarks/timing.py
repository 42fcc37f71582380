"""What the benchmark scripts share: the median of runs, a page's opening, the printed table.

The scripts run as ``python benchmarks/NAME.py``, so this module is found beside them.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

WINDOW_ROW = "window: page built, first rows painted"


def median_ms(action: Callable[[], object], runs: int) -> float:
    """The median time of ``action`` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def page_open_ms(
    database: Any, make_page: Callable[[Any, Any], Any], runs: int, width: int = 1366
) -> float:
    """From creating a page to its first rows painted, with real widgets; the median.

    ``make_page(context, runner)`` builds the page; it has the lazy list's ``model`` and
    ``view``, as the program's list pages do.
    """
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from giamsat_desktop.services.common.context import ServiceContext
    from giamsat_desktop.ui.common.background import TaskRunner

    app = QApplication.instance() or QApplication([])
    context = ServiceContext(database.session_factory, "", Path("."), database=database)
    runner = TaskRunner()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        page = make_page(context, runner)
        page.resize(width, 700)
        page.show()
        # Wait as the program does, in the event loop: a loop spinning processEvents()
        # would hold the interpreter and starve the thread reading the list.
        waiting = QEventLoop()
        check = QTimer()
        check.timeout.connect(lambda p=page, w=waiting: p.model.rowCount() and w.quit())
        check.start(1)
        if not page.model.rowCount():
            waiting.exec()
        check.stop()
        page.view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
        page.close()
        runner.wait_for_all()
        app.processEvents()
    return statistics.median(times)


def print_table(rows: Sequence[tuple[str, float, float]]) -> None:
    """Each measure's program and bare-SQL milliseconds and their ratio (none without SQL)."""
    width = max(len(name) for name, _p, _b in rows)
    print(f"{'measure'.ljust(width)}  program ms  bare SQL ms  ratio")
    for name, program_ms, bare_ms in rows:
        ratio = f"{program_ms / bare_ms:5.1f}×" if bare_ms else "     "
        bare_text = f"{bare_ms:11.1f}" if bare_ms else " " * 11
        print(f"{name.ljust(width)}  {program_ms:10.1f}  {bare_text}  {ratio}")
