"""Which move an undo takes back, for every history that writes moves and undos."""

from __future__ import annotations

from dataclasses import dataclass

from giamsat_desktop.services.common.history_walk import latest_move


@dataclass(frozen=True)
class Line:
    number: int
    kind: str


def _walk(*kinds: str) -> int | None:
    """The number of the move found among lines written in ``kinds``' order (from 1)."""
    written = [Line(number, kind) for number, kind in enumerate(kinds, start=1)]
    found = latest_move(reversed(written))
    return None if found is None else found.number


def test_the_latest_move_is_found_and_each_undo_cancels_the_one_before() -> None:
    assert _walk("move", "move", "move") == 3
    assert _walk("move", "move", "move", "undo") == 2
    assert _walk("move", "move", "move", "undo", "undo") == 1
    assert _walk("move", "undo", "move") == 3


def test_nothing_is_left_once_every_move_is_undone() -> None:
    assert _walk() is None
    assert _walk("move", "undo") is None
    assert _walk("move", "move", "undo", "undo") is None


def test_other_lines_are_passed_over() -> None:
    assert _walk("create", "move", "progress", "extend") == 2
    assert _walk("assign", "move", "move", "progress", "undo", "extend") == 2
