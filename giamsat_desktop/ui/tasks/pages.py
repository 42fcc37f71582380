"""The tasks' page in the window's registry: Nhiệm vụ."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.domain.tasks import TaskFilter
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.common.page_registry import Action, PageServices, PageSpec
from giamsat_desktop.ui.tasks.tasks_page import TasksPage


def _build(services: PageServices) -> TasksPage:
    page = TasksPage(services.context, services.runner, settings=services.settings)
    page.changed.connect(services.changed)
    page.letter_requested.connect(
        lambda kind, key: services.request(Action.COMPOSE_LETTER, LetterForm.CONG_VAN, kind, key)
    )
    return page


def _assign(page: TasksPage, document_id: int) -> None:
    """Giao nhiệm vụ from the incoming document ``document_id``."""
    page.assign(document_id)


def _show(page: TasksPage, wanted: TaskFilter, words: str = "") -> None:
    """Show the tasks behind a figure, a day or a reminder (``words``: what they are)."""
    page.show_tasks(wanted, words)


TASKS = PageSpec(
    "tasks",
    str(QT_TRANSLATE_NOOP("MainWindow", "Nhiệm vụ")),
    _build,
    areas=frozenset({Area.TASKS}),
    handles={Action.ASSIGN_FROM_DOCUMENT: _assign, Action.SHOW_TASKS: _show},
)
"""Nhiệm vụ: the tasks; the register asks for :attr:`Action.ASSIGN_FROM_DOCUMENT`, a figure
or a day for :attr:`Action.SHOW_TASKS`."""
