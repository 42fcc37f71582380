"""The letters' page in the window's registry: Văn bản soạn thảo."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.common.page_registry import Action, PageServices, PageSpec
from giamsat_desktop.ui.letters.letters_page import OPEN_LETTER, LettersPage


def _build(services: PageServices) -> LettersPage:
    page = LettersPage(services.context, services.runner, services.settings)
    page.changed.connect(services.changed)
    return page


def _compose(page: LettersPage, form: LetterForm, *source: object) -> None:
    """A new letter of ``form``; for the record ``source_kind, source_id`` when given.

    The kinds: ``"incoming"`` (a reply, the incoming document's id), ``"task_letter"`` (the
    directive's id), ``"chase_letter"`` (the organisation's id), and the supervision's
    (``services.supervision.session_letters``): ``"supervision_session"`` (the session's
    plan, decision, outline or report, as ``form`` says; the session's id),
    ``"working_session"`` (its biên bản; the working session's id) and
    ``"supervision_programme"`` (the year's programme; the programme's id). A record's open
    draft is reopened. ``"letter"`` (``OPEN_LETTER``) opens the letter of that id itself,
    draft or issued, to read, print or issue it.
    """
    kind, record = (str(source[0]), source[1]) if len(source) == 2 else ("", None)
    key = record if isinstance(record, int) else None
    if kind == OPEN_LETTER and key is not None:
        page.open_letter(key)
        return
    page.compose(form, kind, key)


LETTERS = PageSpec(
    "letters",
    str(QT_TRANSLATE_NOOP("MainWindow", "Văn bản soạn thảo")),
    _build,
    areas=frozenset({Area.LETTERS, Area.OUTGOING}),
    handles={Action.COMPOSE_LETTER: _compose},
)
"""Văn bản soạn thảo: letters from draft to issue; others ask for :attr:`Action.COMPOSE_LETTER`."""
