"""The minutes written from a direct dialogue, on the letters model.

A dialogue's minutes (biên bản đối thoại trực tiếp, BB) is a letter whose source is the
dialogue (``DIALOGUE_LETTER``): drafted from it, adjusted, printed in PDF and Word, issued
(a biên bản takes no number). Issuing it moves nothing: a dialogue has no steps.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.dialogue_letters import DialogueFacts, minutes_content
from giamsat_desktop.domain.letters import LetterContent, LetterForm, LetterRecord
from giamsat_desktop.services.catalog.office import office_in
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.dialogues.records import get_dialogue
from giamsat_desktop.services.letters import drafts

DIALOGUE_LETTER = "dialogue"
"""A dialogue's form's ``source_kind``: its ``source_id`` is the dialogue's id."""
SOURCE_KINDS = frozenset({DIALOGUE_LETTER})

FORMS: dict[LetterForm, Callable[[DialogueFacts], LetterContent]] = {
    LetterForm.MINUTES: minutes_content,
}
"""The forms written from a dialogue."""


def dialogue_facts(factory: SessionFactory, actor: Actor, key: int) -> DialogueFacts:
    """What the dialogue's forms are written from, read now.

    Raises:
        NotFoundError: no such dialogue.
    """
    record = get_dialogue(factory, actor, key)
    with factory() as session:
        office = office_in(session)
        return DialogueFacts(dialogue=record, office=office.name if office is not None else "")


def dialogue_content(
    factory: SessionFactory, actor: Actor, key: int, form: LetterForm = LetterForm.MINUTES
) -> LetterContent:
    """The content of the dialogue's ``form`` (one of ``FORMS``), written from it now."""
    return FORMS[form](dialogue_facts(factory, actor, key))


def content_maker(
    factory: SessionFactory, actor: Actor, form: LetterForm, source_kind: str, source_id: int
) -> Callable[[], LetterContent] | None:
    """How a new letter of a dialogue starts; None for a letter not of a dialogue."""
    if source_kind != DIALOGUE_LETTER or form not in FORMS:
        return None
    return lambda: dialogue_content(factory, actor, source_id, form)


def letter_for(
    factory: SessionFactory,
    actor: Actor,
    key: int,
    form: LetterForm = LetterForm.MINUTES,
    *,
    new: bool = False,
) -> tuple[LetterRecord, Changes]:
    """The dialogue's letter of ``form`` to print (``giamsat report dialogue-minutes``).

    Its open draft, else its last issued one, else a new draft written from the dialogue
    (``new``: a new draft in any case).

    Raises:
        NotFoundError: no such dialogue.
        ValueError: a form not written from a dialogue.
    """
    if form not in FORMS:
        raise ValueError(form)
    get_dialogue(factory, actor, key)  # NotFoundError before anything is made
    return drafts.draft_for_record(
        factory,
        actor,
        form,
        DIALOGUE_LETTER,
        key,
        new=new,
        content=lambda: dialogue_content(factory, actor, key, form),
    )


def on_issue(actor: Actor) -> Callable[[Session, LetterRecord], None]:
    """What issuing a dialogue's minutes does besides the letter: nothing (no steps)."""

    def then(session: Session, letter: LetterRecord) -> None:
        return None

    return then
