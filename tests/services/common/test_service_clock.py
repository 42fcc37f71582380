"""The program reads today's date in one place, so a session agrees on one day."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

import giamsat_desktop
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.overview import figures as overview
from giamsat_desktop.services.registers import incoming
from tests.session_day import TODAY

PACKAGE = Path(giamsat_desktop.__file__).parent
CLOCK = Path(clock.__file__)
READERS_OF_TODAY = {"today", "currentDate"}


def _reads_of_today(path: Path) -> list[int]:
    """Lines of ``path`` that ask the computer for today's date itself."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in READERS_OF_TODAY
            and isinstance(node.func.value, (ast.Attribute, ast.Name))
            and (
                getattr(node.func.value, "attr", None) == "date"
                or getattr(node.func.value, "id", None) in {"date", "QDate"}
            )
        ):
            lines.append(node.lineno)
    return lines


def test_no_module_but_the_clock_asks_the_computer_for_today() -> None:
    found = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if path != CLOCK and (lines := _reads_of_today(path))
    }
    assert found == {}


def test_the_clock_asks_the_computer() -> None:
    assert _reads_of_today(CLOCK)


def test_what_is_overdue_follows_the_clock(
    context: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document due on a day is open that day and overdue the next, by the clock alone."""
    due = TODAY + dt.timedelta(days=3)
    draft = IncomingDraft(TODAY, "Đảng ủy xã Tân Hưng", "Kế hoạch giám sát", deadline=due)
    incoming.register_incoming(context.factory, context.actor, draft)
    monkeypatch.setattr(clock, "today", lambda: due)
    figures = overview.overview(context.factory)
    assert (figures.incoming_open, figures.incoming_overdue) == (1, 0)
    monkeypatch.setattr(clock, "today", lambda: due + dt.timedelta(days=1))
    figures = overview.overview(context.factory)
    assert (figures.incoming_open, figures.incoming_overdue) == (1, 1)
