"""The direct dialogues' page in the window's registry: Đối thoại trực tiếp."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.domain.dialogue_records import DialogueFilter
from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.common.page_registry import Action, PageServices, PageSpec
from giamsat_desktop.ui.dialogues.dialogues_page import DialoguesPage

DIALOGUES_KEY = "dialogues"


def _letter(services: PageServices, form: LetterForm, kind: str, key: int) -> None:
    """A dialogue's minutes opened by Văn bản soạn thảo, over Đối thoại trực tiếp.

    The letters page opens the letter's dialog; Đối thoại trực tiếp is shown again behind
    it, where the dialogue's dialog stays open.
    """
    services.request(Action.COMPOSE_LETTER, form, kind, key)
    services.request(Action.COMPOSE_LETTER, page=DIALOGUES_KEY)  # shown only


def _show(page: DialoguesPage, wanted: DialogueFilter, words: str = "") -> None:
    """Show exactly the dialogues of ``wanted`` (a day of Lịch hạn, a line of Việc cần làm)."""
    page.show_dialogues(wanted, words)


def _build(services: PageServices) -> DialoguesPage:
    page = DialoguesPage(services.context, services.runner)
    page.changed.connect(services.changed)
    page.letter_requested.connect(lambda form, kind, key: _letter(services, form, kind, key))
    return page


DIALOGUES = PageSpec(
    DIALOGUES_KEY,
    str(QT_TRANSLATE_NOOP("MainWindow", "Đối thoại trực tiếp")),
    _build,
    areas=frozenset({Area.DIALOGUES, Area.LETTERS}),
    handles={Action.SHOW_DIALOGUES: _show},
)
"""Đối thoại trực tiếp: the dialogues, the issues raised and the commitments followed."""
