"""The mark the Windows installer looks for before it replaces the program's files.

On Windows a running program holds a named mutex, ``GiamSatMTTQ``, for as long as it lives;
the installer and the uninstaller (``installer/giamsat.nsi``) open a mutex of that name and
refuse to go on while it exists, because replacing the files of a running program corrupts
the copy in use and leaves the next start broken. The system drops the mutex when the process
ends in any way, so a power cut never blocks an upgrade. Other systems have no installer and
hold no mark.
"""

from __future__ import annotations

import ctypes
import sys

MUTEX_NAME = "GiamSatMTTQ"
"""The name the installer script checks; change both together."""

_held: list[int] = []
"""Handles held by this process; kept so that they live as long as it does."""


def hold_running_mark() -> bool:
    """Create (or open) the program's named mutex and keep it until the process ends.

    Returns:
        True when the mark is held (Windows), False on systems without an installer.
    """
    if sys.platform != "win32" or _held:
        return bool(_held)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    create = kernel32.CreateMutexW
    create.restype = ctypes.c_void_p
    create.argtypes = (ctypes.c_void_p, ctypes.c_int, ctypes.c_wchar_p)
    handle = create(None, 0, MUTEX_NAME)
    if not handle:  # no mark is no reason to refuse to work; the installer simply cannot see it
        return False
    _held.append(int(handle))
    return True
