"""What a session's dialog shows, read at once in the background."""

from __future__ import annotations

from dataclasses import dataclass

from giamsat_desktop.domain.board import BoardMemberRecord
from giamsat_desktop.domain.letters import LetterRecord
from giamsat_desktop.domain.organizations import OrganizationRecord, PersonRecord
from giamsat_desktop.domain.supervision_records import SessionRecord, WorkingSessionRecord
from giamsat_desktop.services.catalog.board import list_board
from giamsat_desktop.services.catalog.office import get_office
from giamsat_desktop.services.catalog.organizations import list_organizations, list_people
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision import session_letters, working
from giamsat_desktop.services.supervision.history import SessionHistoryStep, history
from giamsat_desktop.services.supervision.records import get_session


@dataclass(frozen=True, slots=True)
class SessionView:
    """Everything the dialog shows, read at once (``record`` None for a new session)."""

    record: SessionRecord | None
    steps: list[SessionHistoryStep]
    working: list[WorkingSessionRecord]
    organizations: list[OrganizationRecord]
    board: list[BoardMemberRecord]
    people: list[PersonRecord]
    office_name: str
    letters: list[LetterRecord]


def read_session(context: ServiceContext, session_id: int | None) -> SessionView:
    """The session, its history, working sessions and letters, and the choices its fields offer."""
    factory, actor = context.factory, context.actor
    office = get_office(factory)
    return SessionView(
        get_session(factory, actor, session_id) if session_id is not None else None,
        history(factory, actor, session_id) if session_id is not None else [],
        working.working_sessions(factory, actor, session_id) if session_id is not None else [],
        list_organizations(factory),
        list_board(factory, include_inactive=False),
        list_people(factory, include_inactive=False),
        office.name if office else "",
        session_letters.letters_of_session(factory, actor, session_id)
        if session_id is not None
        else [],
    )
