"""The page registry: what a feature declares once for its page in the window.

A feature describes each of its pages with a :class:`PageSpec` in its own ``pages.py``
(``ui/registers/pages.py`` …); ``ui/pages.py`` lists them in the order of the navigation.
The main window builds from that list alone: the navigation, the "Đi đến" menu and its
Ctrl+digit keys, the pages themselves (each on first use), and the refresh after a save
(a page hears only of the :class:`Area` its spec names).

Features never import one another. A page that needs another feature's page asks for an
:class:`Action` through :attr:`PageServices.request`; the page whose spec handles that
action is shown and carries it out. Both ends name the action, neither names the other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from giamsat_desktop.config import Settings
from giamsat_desktop.domain.registers import IncomingState, StateGroup
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.common.background import TaskRunner
from giamsat_desktop.ui.common.placeholder_page import PlaceholderPage

TITLE_CONTEXT = "MainWindow"
"""The translation context of the pages' titles: mark each title with ``QT_TRANSLATE_NOOP``
and this context, so that lupdate finds it where the feature writes it."""

SHORTCUT_PLACES = 10
"""The first ten pages open with Ctrl+1 … Ctrl+9, Ctrl+0."""


class Action(StrEnum):
    """What a page may ask of another feature's page, and what the request carries."""

    ANSWER_INCOMING = "answer_incoming"
    """Open a new outgoing document answering incoming documents: ``(incoming ids,)``."""

    ASSIGN_FROM_DOCUMENT = "assign_from_document"
    """Give tasks from an incoming document: ``(incoming id,)``."""

    COMPOSE_LETTER = "compose_letter"
    """Write a new letter: ``(LetterForm,)``, or a record's: ``(LetterForm, source kind, id)``.

    The record's kinds: ``"incoming"`` (a reply; the incoming document's id),
    ``"task_letter"`` (``services.tasks.task_letters.TASK_LETTER``; the incoming document
    whose tasks it gives) and ``"chase_letter"`` (``CHASE_LETTER``; the organisation whose
    overdue tasks it chases). The record's open draft is reopened; without one, a new letter
    starts from the record (a refusal, such as nothing overdue, is told in a message).
    """

    SHOW_TASKS = "show_tasks"
    """Show the tasks behind a figure or a day: ``(TaskFilter, words optional)``.

    ``words`` say what the filter asks beyond the filter bar's choices ("Chỉ những nhiệm vụ
    …"); without them the page words it.
    """

    SHOW_SESSIONS = "show_sessions"
    """Show the supervision sessions behind a day or a figure: ``(SessionFilter, words)``.

    ``words`` (optional) say what is shown ("Đang xem: …") until the clerk takes it off.
    """

    SHOW_RECOMMENDATIONS = "show_recommendations"
    """Show some recommendations: ``(RecommendationFilter, session subject, words)``.

    The subject and the words are optional; ``words``, when given, say the filter (a
    Báo cáo figure's) in place of the page's own wording.

    Asked by Lịch hạn (a day, a line of its agenda), Việc cần làm (a group, a line) and a
    session's Kiến nghị tab (its recommendations, named by the session's subject). The
    Kiến nghị page lists exactly what the filter lets through, whatever its fields
    (``overdue_on``, ``states``, ``session_id``, ``addressed_body``, ``due_from``/``due_to``),
    says that the list is filtered, and lets the clerk clear the filter.
    """

    SHOW_CRITICISMS = "show_criticisms"
    """Show some criticism sessions: ``(CriticismFilter, words)``.

    Asked by Lịch hạn (a day, a line of its agenda) and Việc cần làm (a group, a line) for
    the sessions whose answers fall due. The Phản biện xã hội page lists exactly what the
    filter lets through, says ``words`` ("Đang xem: …") and lets the clerk clear the filter.
    """

    SHOW_DIALOGUES = "show_dialogues"
    """Show some direct dialogues: ``(DialogueFilter, words)``.

    Asked by Lịch hạn (a day, a line of its agenda) and Việc cần làm (a group, a line) for
    the dialogues whose commitments fall due. The Đối thoại trực tiếp page lists exactly what
    the filter lets through, says ``words`` ("Đang xem: …") and lets the clerk clear it.
    """

    SHOW_CITIZEN_REPORTS = "show_citizen_reports"
    """Show the citizens' reports (QĐ 124) of a year: ``(year,)``."""

    SHOW_CONDUCT_RECORDS = "show_conduct_records"
    """Show some QĐ 124 records: ``(reports, keys, words)``.

    The conduct sessions ``keys`` (the citizens' reports when ``reports`` is true), said in
    ``words`` ("Đang xem: …") until the clerk takes the filter off: a Báo cáo figure's.
    """

    SHOW_LINES = "show_lines"
    """Show only some lines of a list (an overview figure's): ``(ListLines,)``."""


@dataclass(frozen=True)
class ListLines:
    """The lines of a list that an overview figure counts."""

    year: int | None = None
    """Only this year's documents; None for every year."""
    state: IncomingState | StateGroup | None = None
    """Only documents in this state (or group of states)."""
    tab: int = 0
    """The tab of a page with several lists."""
    urgent_only: bool = False
    """Only khẩn, thượng khẩn and hỏa tốc documents."""
    date_from: dt.date | None = None
    """Only documents of this day or later (arrival, or issue for outgoing ones)."""
    date_to: dt.date | None = None
    """Only documents of this day or earlier."""


@runtime_checkable
class Refreshable(Protocol):
    """A page that re-reads what a save elsewhere changed."""

    def on_changes(self, changes: Changes) -> None:
        """Re-read what ``changes`` touched."""


class Request(Protocol):
    """Ask for an :class:`Action`: the page handling it is shown and carries it out."""

    def __call__(self, action: Action, /, *args: object, page: str | None = None) -> object:
        """Show the page that handles ``action`` (or ``page``) and run the action there."""


@dataclass(frozen=True)
class PageServices:
    """What the window lends the pages it builds."""

    context: ServiceContext
    runner: TaskRunner
    settings: Settings
    language: str
    """The window's language (``"vi"`` or ``"en"``)."""
    backups: QObject
    """The window's backup actions (``ui.settings.backup_actions.BackupActions``)."""
    database_option: str | None
    """The ``--database`` the program was started with, if any."""
    changed: Callable[[Changes], None]
    """Tell the other pages what a save changed (connect a page's ``changed`` signal)."""
    request: Request
    """Ask another feature's page for an :class:`Action`."""
    restart: Callable[[], None]
    """Close the window for the program to open again."""
    set_language: Callable[[str], None]
    """Switch the window to another language."""


Build = Callable[[PageServices], QWidget]
Handler = Callable[..., object]
"""Carries out an action on a page already built: ``handler(page, *args)``."""


@dataclass(frozen=True)
class PageSpec:
    """One page of the window, as its feature declares it."""

    key: str
    """Names the page (``window.pages[key]``, ``window.show_page(key)``)."""
    title: str
    """The Vietnamese title, marked with ``QT_TRANSLATE_NOOP`` in :data:`TITLE_CONTEXT`."""
    build: Build
    """Makes the page; the window calls it when the page is first shown."""
    areas: frozenset[Area] = frozenset()
    """The page's ``on_changes`` hears of a save that touched one of these."""
    handles: Mapping[Action, Handler] = field(default_factory=dict, hash=False)
    """The actions this page carries out for other pages."""
    shortcut: str = ""
    """Ctrl+digit from the page's place (see :func:`in_navigation_order`)."""

    def translated_title(self) -> str:
        """The title in the window's language."""
        return QCoreApplication.translate(TITLE_CONTEXT, self.title)


def in_navigation_order(specs: Iterable[PageSpec]) -> tuple[PageSpec, ...]:
    """The pages in this order, the first ten with Ctrl+1 … Ctrl+9, Ctrl+0."""
    return tuple(
        replace(spec, shortcut=f"Ctrl+{place % 10}") if place <= SHORTCUT_PLACES else spec
        for place, spec in enumerate(specs, start=1)
    )


def placeholder(key: str, title: str) -> PageSpec:
    """A page whose feature is not built yet: its title and a plain sentence."""
    return PageSpec(
        key,
        title,
        lambda _services: PlaceholderPage(QCoreApplication.translate(TITLE_CONTEXT, title)),
    )
