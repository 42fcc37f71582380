"""How long work tells how far it has come."""

from __future__ import annotations

from collections.abc import Callable

from giamsat_desktop.domain.errors import Detail

Progress = Callable[[float, Detail | None], None]
"""Called with the share done (0.0 to 1.0) and what is being done, told by code.

The detail (a ``DetailCode.STEP_…``) is worded where it is shown, in the window's language or
the commands' Vietnamese; None when there is nothing to say beyond the share.
"""
