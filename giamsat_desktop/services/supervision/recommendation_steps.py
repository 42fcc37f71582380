"""A session's steps as its recommendations go: sent, followed up, all finished.

Issuing a recommendation letter sends its recommendations (``recommendations.sending``) and,
in the same transaction, moves their session to "đã gửi kiến nghị", then to "đang theo dõi"
while any is open — when its form's steps allow. The session is closed by the clerk, and
only once none of its recommendations is open (``moves.apply_move`` refuses it before).
An escalation letter escalates its recommendation; a chase letter is noted in its history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy.orm import Session

from giamsat_desktop.db.models import SupervisionSession
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.letters import LetterRecord
from giamsat_desktop.domain.supervision import SessionStep
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.recommendations import sending
from giamsat_desktop.services.supervision.moves import move_if_allowed


def follow(session: Session, actor: Actor, session_id: int, day: dt.date) -> None:
    """Move a session whose recommendations were just sent: sent, then followed up."""
    row = session.get(SupervisionSession, session_id)
    if row is None:
        return
    move_if_allowed(session, actor, row, SessionStep.RECOMMENDED, day)
    if SessionStep(row.step) is SessionStep.RECOMMENDED and sending.open_count(session, row.id):
        move_if_allowed(session, actor, row, SessionStep.FOLLOWING_UP, day)


def on_issue(actor: Actor) -> Callable[[Session, LetterRecord], None]:
    """What issuing a recommendation's letter does, in the issuing's transaction."""

    def then(session: Session, letter: LetterRecord) -> None:
        day = letter.issue_date or clock.today()
        if letter.source_kind == sending.RECOMMENDATION_LETTER:
            session_id = sending.send_by_letter(session, actor, letter)
            if session_id is not None:
                follow(session, actor, session_id, day)
        elif letter.source_kind == sending.ESCALATION_LETTER:
            sending.escalate_by_letter(session, actor, letter)
        elif letter.source_kind == sending.CHASE_LETTER:
            sending.note_chase(session, actor, letter)

    return then
