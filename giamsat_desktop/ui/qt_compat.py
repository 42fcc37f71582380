"""Work-arounds for defects of the Qt binding, each measured rather than assumed.

PySide6 6.12.0 drops one reference to ``True`` on every ``SignalInstance.emit()`` made
from Python. On Python 3.11, where ``True`` is an ordinary counted object, a few
thousand emits (an hour of typing in a form) make the interpreter abort with
"deallocating True or False". Every emit of the program goes through :func:`emit`,
which gives the reference back when — and only when — the binding in use loses it.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBE_ROUNDS = 32


class _Probe(QObject):
    ping = Signal()


def _give_back_true(count: int) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


def _references_lost_per_emit() -> int:
    """1 if this binding loses a reference to True per emit, else 0."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_ROUNDS):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost == _PROBE_ROUNDS:
        _give_back_true(lost)
        return 1
    return 0


EMIT_LOSES_TRUE = _references_lost_per_emit()


def emit(signal: SignalInstance, *args: Any) -> None:
    """Emit ``signal`` without letting the binding wear down ``True``'s reference count."""
    signal.emit(*args)
    if EMIT_LOSES_TRUE:
        _give_back_true(EMIT_LOSES_TRUE)
