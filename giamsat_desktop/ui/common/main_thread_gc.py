"""Python's cycle collector runs on the window's thread only.

Python collects reference cycles whenever allocations pass a threshold, in whichever thread
happens to allocate. When that is a background reader, it may finalise Qt objects that belong
to the window's thread from the wrong thread, and the program crashes: a test run once died
of a segmentation fault in a reader thread that was "Garbage-collecting". So, while the window
runs, the automatic collector is off, and a timer on the window's thread collects instead:
cycles are still collected, always on the thread that owns the Qt objects.

The youngest generation is collected at every tick: a reader's allocations may have passed
the threshold and been freed again by the time the timer looks, leaving its cycles behind. It
holds only what was made since the last tick, so this takes well under a millisecond. The
older generations follow Python's own counts, the oldest (a full collection) at most every few
minutes, as Python itself spaces them.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500
"""How often the youngest generation is collected."""
OLDEST_EVERY = 6
"""Python collects the oldest generation after 10 middle collections; here six times later."""


class MainThreadCollector(QObject):
    """Turns Python's automatic collection off and collects on the application's thread."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("mainThreadCollector")
        self._threshold = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        """Collect the youngest generation, and an older one once its count is due."""
        _young, middle, old = gc.get_count()
        if old > self._threshold[2] * OLDEST_EVERY:
            gc.collect(2)
        elif middle > self._threshold[1]:
            gc.collect(1)
        else:
            gc.collect(0)

    def stop(self) -> None:
        """Give collection back to Python, after a last full collection on this thread."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
        self.setParent(None)


def collect_on_main_thread(app: QCoreApplication) -> MainThreadCollector:
    """The application's collector, made on the first call."""
    existing = app.findChild(MainThreadCollector, "mainThreadCollector")
    if isinstance(existing, MainThreadCollector):
        return existing
    return MainThreadCollector(app)
