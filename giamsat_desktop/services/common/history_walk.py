"""The walk the histories share: which move an undo takes back.

A task's and a supervision session's histories both write ``move`` and ``undo`` lines; an
undo cancels the latest move not cancelled yet, so a second undo goes one move further
back. Each history reads its own events; this module walks them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar


class HistoryEvent(Protocol):
    """A line of a history: what it records is named by its kind."""

    @property
    def kind(self) -> str:
        """``move``, ``undo`` or another step the walk passes over."""
        ...


E = TypeVar("E", bound=HistoryEvent)

UNDO_WALK_KINDS = ("move", "undo")
"""The kinds of line the walk reads; a history reads only these, newest first."""


def latest_move(newest_first: Iterable[E]) -> E | None:
    """The latest move not undone yet, from a history's lines read newest first.

    Each ``undo`` cancels the move before it; other kinds are passed over. None when every
    move was undone (or there was none).
    """
    undone = 0
    for event in newest_first:
        if event.kind == "undo":
            undone += 1
        elif event.kind != "move":
            continue
        elif undone:
            undone -= 1
        else:
            return event
    return None
