"""Who the demo office's sessions involve: its organisations, its Board, its people.

Read from the database the demo filled (or an office the clerk had set up), so the names,
the Board and the organisations are the office's own. A delegation of form (2) that the
Front leads is headed by a member of the Standing Board (NQLT 403): the chair or a
vice-chair in turn; a member organisation leading on the Front's request has its head as
deputy when he or she is not on the Board.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import Organization, Person
from giamsat_desktop.domain.board import BoardPosition
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import DelegationMemberDraft, DelegationRole
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.catalog.board import board_in
from giamsat_desktop.services.catalog.office import office_in
from giamsat_desktop.services.demo_supervision.lives import Move
from giamsat_desktop.services.demo_supervision.years import (
    BOARD_MEMBERS,
    NOTES,
    OUTSIDE_HEADS,
    Line,
)

HEAD, DEPUTY, MEMBER, SECRETARY = (
    DelegationRole.HEAD,
    DelegationRole.DEPUTY,
    DelegationRole.MEMBER,
    DelegationRole.SECRETARY,
)

_ORGANISATION_NOTES = {
    SessionStep.PLAN_ISSUED: "org_plan",
    SessionStep.DECISION_ISSUED: "org_decision",
}


@dataclass(frozen=True, slots=True)
class Who:
    """A person as a delegation prints them."""

    name: str
    position: str
    organization: str = ""
    person_id: int | None = None

    def as_(self, role: DelegationRole) -> DelegationMemberDraft:
        """This person in the delegation, in ``role``."""
        return DelegationMemberDraft(
            self.name, self.position, self.organization, role, self.person_id
        )


@dataclass(slots=True)
class Cast:
    """The office as its sessions need it.

    Attributes:
        words: The placeholders of ``texts``: locality, level, place, province, higher.
        org_ids: Each active organisation's id by its code.
        org_names: Each organisation's full name by id.
        short_names: Each organisation's short name by code.
        board: The active Standing Board, the chair first.
        heads: The first person of each organisation, by code.
        seconds: The second person of each organisation, by code.
        clerk: Someone of the Front's office not on the Board, to be secretary.
    """

    words: dict[str, str]
    org_ids: dict[str, int] = field(default_factory=dict)
    org_names: dict[int, str] = field(default_factory=dict)
    short_names: dict[str, str] = field(default_factory=dict)
    board: list[Who] = field(default_factory=list)
    heads: dict[str, Who] = field(default_factory=dict)
    seconds: dict[str, Who] = field(default_factory=dict)
    clerk: Who | None = None

    def text(self, template: str, **more: object) -> str:
        """``template`` with the office's words filled in."""
        return template.format(**self.words, **more)

    def note(self, line: Line, move: Move) -> str:
        """What the history says beside ``move``.

        A member organisation leading form (2) issues its own plan and decision; a cancel
        gives its reason.
        """
        if move.step is SessionStep.CANCELLED:
            return self.text(line.reason)
        key = move.note
        if line.lead and line.form is SupervisionForm.DELEGATION:
            key = _ORGANISATION_NOTES.get(move.step, key)
        return self.text(NOTES[key], org=self.short_names.get(line.lead, "")) if key else ""

    def delegation(
        self,
        form: SupervisionForm,
        role: SupervisionRole,
        lead: str,
        taking_part: tuple[str, ...],
        lead_body: str,
        turn: int,
    ) -> list[DelegationMemberDraft]:
        """The delegation of a session; ``turn`` picks the Board member heading it.

        Form (1) led has none (the documents are studied by the office); form (3) led is the
        board's; a session the Front joins lists the leading body's head and the Front's own.
        """
        others = [self.heads[code] for code in taking_part if code in self.heads]
        if role is SupervisionRole.JOIN:
            outside = OUTSIDE_HEADS.get(lead_body)
            found = [Who(self.text(outside[0]), self.text(outside[1])).as_(HEAD)] if outside else []
            vice = self.board[1:] or self.board
            if vice:
                found.append(vice[turn % len(vice)].as_(MEMBER))
            return found + [who.as_(MEMBER) for who in others[:1]]
        if form is SupervisionForm.DOCUMENTS:
            return []
        if form is SupervisionForm.BOARDS:
            found = [self.heads[lead].as_(HEAD)] if lead in self.heads else []
            found += [Who(n, p).as_(MEMBER) for n, p in BOARD_MEMBERS.get(lead, ())]
            return found + [who.as_(MEMBER) for who in others]
        return self._led(lead, others, turn)

    def _led(self, lead: str, others: list[Who], turn: int) -> list[DelegationMemberDraft]:
        """Form (2) led: a Board member heads it; the leading organisation's head deputises."""
        leader = self.heads.get(lead)
        on_board = {fold(who.name) for who in self.board}
        if not self.board:
            return []
        pool = (self.board[1:] or self.board) if lead else self.board
        head, deputy = pool[turn % len(pool)], leader
        if leader is not None and fold(leader.name) in on_board:
            head, deputy = leader, None
        if deputy is None and others:
            deputy, others = others[0], others[1:]
        found = [head.as_(HEAD)]
        if deputy is not None:
            found.append(deputy.as_(DEPUTY))
        found += [who.as_(MEMBER) for who in others if who.name != head.name]
        secretary = self.seconds.get(lead) or self.clerk
        if secretary is not None:
            found.append(secretary.as_(SECRETARY))
        return found


def _organization(position: str, name: str) -> str:
    """The organisation printed beside a position, unless the position already names it."""
    start = " ".join(name.split()[:2])
    return "" if fold(start) in fold(position) or "Ủy ban" in position else name


def read_cast(session: Session) -> Cast:
    """The office, its organisations, its Board and its people, as they are now."""
    office = office_in(session)
    place = office.place_name if office is not None else ""
    level = office.level.label if office is not None else "xã"
    higher = office.higher_body if office is not None else ""
    province = higher.split("Việt Nam", 1)[-1].strip() if "Việt Nam" in higher else higher
    cast = Cast(
        words={
            "locality": f"{level} {place}".strip(),
            "level": level,
            "place": place,
            "province": province or "cấp tỉnh",
            "higher": higher or "cấp trên",
        }
    )
    front = office.name if office is not None else ""
    for key, code, name, short in session.execute(
        select(Organization.id, Organization.code, Organization.name, Organization.short_name)
        .where(Organization.active.is_(True))
        .order_by(Organization.sort_order, Organization.id)
    ):
        cast.org_ids[code] = key
        cast.org_names[key] = name
        cast.short_names[code] = short or name
    codes = {key: code for code, key in cast.org_ids.items()}
    people = session.execute(
        select(Person.id, Person.full_name, Person.position, Person.organization_id)
        .where(Person.active.is_(True))
        .order_by(Person.id)
    ).all()
    positions = {fold(name): (key, position) for key, name, position, _org in people}
    for member in board_in(session, include_inactive=False):
        key, position = positions.get(fold(member.full_name), (None, ""))
        if not position:
            position = f"{BoardPosition(member.position).label} {front}".strip()
        cast.board.append(Who(member.full_name, position, "", key))
    on_board = {fold(who.name) for who in cast.board}
    for key, name, position, org in people:
        code = codes.get(org) if org is not None else None
        if code is None:
            if org is None and cast.clerk is None and fold(name) not in on_board:
                cast.clerk = Who(name, position, _organization(position, front), key)
            continue
        who = Who(name, position, _organization(position, cast.org_names[org]), key)
        if code not in cast.heads:
            cast.heads[code] = who
        elif code not in cast.seconds:
            cast.seconds[code] = who
    return cast
