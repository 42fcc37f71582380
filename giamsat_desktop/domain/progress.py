"""How long work tells how far it has come."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[float, str], None]
"""Called with the share done (0.0 to 1.0) and a short Vietnamese line on what is being done."""
