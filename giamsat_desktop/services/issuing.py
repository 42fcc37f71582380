"""Issuing any letter, with what its record does when it is issued.

A letter is issued by ``services.letters.issue``; a feature above the letters whose record a
letter marks moves that record in the same transaction (a supervision plan issued moves its
session to "đã ban hành kế hoạch"). The window and the commands issue through here, so that
the same letter does the same wherever the clerk issues it: from the session, from Văn bản
soạn thảo, or with ``report … --issue``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.letters import LetterRecord
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.criticism import letters as criticism_letters
from giamsat_desktop.services.dialogues import letters as dialogue_letters
from giamsat_desktop.services.letters import drafts, issue
from giamsat_desktop.services.recommendations import sending
from giamsat_desktop.services.supervision import recommendation_steps, session_letters


@dataclass(frozen=True, slots=True)
class _Feature:
    """What issuing a feature's letters does besides the letters, and what it touches."""

    kinds: frozenset[str]
    on_issue: Callable[[Actor], Callable[[Session, LetterRecord], None]]
    areas: frozenset[Area]


_FEATURES = (
    _Feature(
        sending.SOURCE_KINDS,
        recommendation_steps.on_issue,
        frozenset({Area.RECOMMENDATIONS, Area.SUPERVISION}),
    ),
    _Feature(session_letters.SOURCE_KINDS, session_letters.on_issue, frozenset({Area.SUPERVISION})),
    _Feature(
        criticism_letters.SOURCE_KINDS, criticism_letters.on_issue, frozenset({Area.CRITICISM})
    ),
    _Feature(
        dialogue_letters.SOURCE_KINDS, dialogue_letters.on_issue, frozenset({Area.DIALOGUES})
    ),
)


def issue_letter(
    factory: SessionFactory,
    actor: Actor,
    data_folder: Path,
    letter_id: int,
    version: int,
    *,
    issue_date: dt.date | None = None,
) -> tuple[LetterRecord, Changes]:
    """Issue the draft ``letter_id``, moving the record it was written from, at once.

    As ``services.letters.issue.issue_letter`` issues it, and raises; a session's move
    that its form's steps refuse is left out (the session stays where it is).
    """
    kind = drafts.get_letter(factory, actor, letter_id).source_kind
    feature = next((f for f in _FEATURES if kind in f.kinds), None)
    if feature is None:
        return issue.issue_letter(
            factory, actor, data_folder, letter_id, version, issue_date=issue_date
        )
    issued, changes = issue.issue_letter(
        factory,
        actor,
        data_folder,
        letter_id,
        version,
        issue_date=issue_date,
        then=feature.on_issue(actor),
    )
    return issued, Changes(changes.areas | feature.areas)
