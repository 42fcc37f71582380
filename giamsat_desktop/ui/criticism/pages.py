"""The social criticism page in the window's registry: Phản biện xã hội."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.domain.criticism_records import CriticismFilter
from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.common.page_registry import Action, PageServices, PageSpec
from giamsat_desktop.ui.criticism.criticism_page import CriticismPage

CRITICISM_KEY = "criticism"


def _letter(services: PageServices, form: LetterForm, kind: str, key: int) -> None:
    """A session's form opened by Văn bản soạn thảo, over Phản biện xã hội.

    The letters page opens the letter's dialog; Phản biện xã hội is shown again behind it,
    where the session's dialog stays open.
    """
    services.request(Action.COMPOSE_LETTER, form, kind, key)
    services.request(Action.COMPOSE_LETTER, page=CRITICISM_KEY)  # shown only


def _show(page: CriticismPage, wanted: CriticismFilter, words: str = "") -> None:
    """Show exactly the sessions of ``wanted`` (a day of Lịch hạn, a line of Việc cần làm)."""
    page.show_criticisms(wanted, words)


def _build(services: PageServices) -> CriticismPage:
    page = CriticismPage(services.context, services.runner)
    page.changed.connect(services.changed)
    page.letter_requested.connect(lambda form, kind, key: _letter(services, form, kind, key))
    return page


CRITICISM = PageSpec(
    CRITICISM_KEY,
    str(QT_TRANSLATE_NOOP("MainWindow", "Phản biện xã hội")),
    _build,
    areas=frozenset({Area.CRITICISM, Area.LETTERS}),
    handles={Action.SHOW_CRITICISMS: _show},
)
"""Phản biện xã hội: the drafts criticised, their points and the drafting bodies' answers."""
