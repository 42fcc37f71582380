"""Tasks a calendar test gives on the office it opens, and a window opened as the program does."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.tasks import TaskDraft
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.tasks import assign
from giamsat_desktop.ui.main_window import MainWindow
from tests.ui.clicks import settle

CLERK = Actor("vanthu", Role.CLERK)


def member(context: ServiceContext, place: int = 0) -> tuple[int, str]:
    """The id and name of a member organisation of the office."""
    members = [o for o in list_organizations(context.factory) if o.kind.value == "member"]
    return members[place].id, members[place].name


def give(context: ServiceContext, lead: int, content: str, deadline: dt.date) -> int:
    """A task for ``lead`` due on ``deadline``; its id."""
    tasks, _ = assign.assign_tasks(
        context.factory, CLERK, [TaskDraft(content, lead, deadline=deadline)]
    )
    return tasks[0].id


def open_window(qtbot: QtBot, context: ServiceContext) -> MainWindow:
    """The main window as the program opens it on this PC, its first reads done."""
    window = MainWindow(context, Settings.load(), "vi")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    settle(window)
    return window
