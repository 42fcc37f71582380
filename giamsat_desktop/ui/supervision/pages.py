"""The supervision page in the window's registry: Giám sát."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.domain.supervision_records import SessionFilter
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.common.page_registry import Action, PageServices, PageSpec
from giamsat_desktop.ui.supervision.supervision_page import SupervisionPage

SUPERVISION_KEY = "supervision"


def _letter(services: PageServices, form: LetterForm, kind: str, key: int) -> None:
    """A session's (or the programme's) letter opened by Văn bản soạn thảo, over Giám sát.

    The letters page opens the letter's dialog; Giám sát is shown again behind it, where the
    session's dialog stays open.
    """
    services.request(Action.COMPOSE_LETTER, form, kind, key)
    services.request(Action.COMPOSE_LETTER, page=SUPERVISION_KEY)  # shown only


def _build(services: PageServices) -> SupervisionPage:
    page = SupervisionPage(services.context, services.runner)
    page.changed.connect(services.changed)
    page.letter_requested.connect(
        lambda form, kind, key: _letter(services, form, kind, key)
    )
    page.recommendations_requested.connect(
        lambda wanted, subject: services.request(Action.SHOW_RECOMMENDATIONS, wanted, subject)
    )
    return page


def _show(page: SupervisionPage, wanted: SessionFilter, words: str = "") -> None:
    """Show the sessions behind a day's lead time or a figure of Báo cáo, said in ``words``.

    The day: a line of Lịch hạn or Việc cần làm.
    """
    page.show_sessions(wanted, words)


SUPERVISION = PageSpec(
    SUPERVISION_KEY,
    str(QT_TRANSLATE_NOOP("MainWindow", "Giám sát")),
    _build,
    areas=frozenset({Area.SUPERVISION, Area.LETTERS}),
    handles={Action.SHOW_SESSIONS: _show},
)
"""Giám sát: the sessions and the year's programme; hears of letters saved, for a session's
letters (its dialog's Văn bản tab); a session's recommendations shown on Kiến nghị."""
