"""Danh mục, Ban Thường trực: the chair, vice-chairs and standing members who sign.

Members are added, edited, deactivated and brought back, never deleted; each change is
one transaction with its audit entry. The board has at most one active chair: saving a
member as the active chair makes the chair before step down (deactivated, audited), as
when a new chair is elected. The office's ``chair_name``, which the forms print, follows
the active chair in the same transaction (empty while the board has none).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import BoardMember, Office
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.board import BoardMemberDraft, BoardMemberRecord, BoardPosition
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    ValidationError,
)
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import require_write, single_line

ENTITY = "board_member"
"""The kind of record in the audit log."""
WHAT = "board_member"
"""The kind of record an error names."""
MAX_ORDER = 9999
"""The highest place in the list a clerk may give."""


def _record(row: BoardMember) -> BoardMemberRecord:
    return BoardMemberRecord(
        id=row.id,
        full_name=row.full_name,
        position=BoardPosition(row.position),
        sort_order=row.sort_order,
        active=row.active,
        version=row.version,
    )


def _fields(row: BoardMember) -> dict[str, Any]:
    return {
        "full_name": row.full_name,
        "position": row.position,
        "sort_order": row.sort_order,
        "active": row.active,
    }


def _clean(draft: BoardMemberDraft) -> BoardMemberDraft:
    if not isinstance(draft.position, BoardPosition):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="position", reason=str(draft.position))
    return BoardMemberDraft(
        full_name=single_line(draft.full_name, "full_name", 200), position=draft.position
    )


def _checked_order(sort_order: int | None) -> int | None:
    if sort_order is None:
        return None
    if type(sort_order) is not int or not 1 <= sort_order <= MAX_ORDER:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="sort_order", reason=str(sort_order))
    return sort_order


def _load(session: Session, key: int, version: int) -> BoardMember:
    row = session.get(BoardMember, key)
    if row is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what=WHAT, id=key)
    if row.version != version:
        raise ConflictError(ErrorCode.STALE_EDIT, what=WHAT)
    return row


def list_board(
    factory: SessionFactory, *, include_inactive: bool = True
) -> list[BoardMemberRecord]:
    """The board in the office's order (a handful of rows, read whole)."""
    with factory() as session:
        return board_in(session, include_inactive=include_inactive)


def board_in(session: Session, *, include_inactive: bool = True) -> list[BoardMemberRecord]:
    """The board as seen inside the caller's transaction."""
    query = select(BoardMember).order_by(BoardMember.sort_order, BoardMember.id)
    if not include_inactive:
        query = query.where(BoardMember.active.is_(True))
    return [_record(row) for row in session.scalars(query)]


def _step_down_other_chairs(session: Session, actor: Actor, chair: BoardMember) -> None:
    """The chair before an active chair steps down: deactivated, with its entry."""
    others = session.scalars(
        select(BoardMember).where(
            BoardMember.position == BoardPosition.CHAIR.value,
            BoardMember.active.is_(True),
            BoardMember.id != chair.id,
        )
    ).all()
    for other in others:
        old = _fields(other)
        other.active = False
        session.flush()
        audit.record(session, actor, "deactivate", ENTITY, other.id, old, _fields(other))


def active_chair(session: Session) -> BoardMember | None:
    """The active chair, first in the list if the board holds more than one."""
    return session.scalar(
        select(BoardMember)
        .where(BoardMember.position == BoardPosition.CHAIR.value, BoardMember.active.is_(True))
        .order_by(BoardMember.sort_order, BoardMember.id)
        .limit(1)
    )


def _follow_chair(session: Session, actor: Actor) -> bool:
    """Set the office's chair name to the active chair's (empty if none); whether it changed."""
    office = session.scalar(select(Office).order_by(Office.id).limit(1))
    if office is None:
        return False
    chair = active_chair(session)
    name = chair.full_name if chair is not None else ""
    if office.chair_name == name:
        return False
    old = {"chair_name": office.chair_name}
    office.chair_name = name
    session.flush()
    audit.record(session, actor, "update", "office", office.id, old, {"chair_name": name})
    return True


def _after_write(session: Session, actor: Actor, row: BoardMember, touched_chair: bool) -> Changes:
    """Keep one active chair and the office's chair name; what the write changed."""
    if row.active and row.position == BoardPosition.CHAIR.value:
        _step_down_other_chairs(session, actor, row)
        touched_chair = True
    if touched_chair and _follow_chair(session, actor):
        return Changes.of(Area.PEOPLE, Area.OFFICE)
    return Changes.of(Area.PEOPLE)


def insert_member(
    session: Session, actor: Actor, draft: BoardMemberDraft, *, sort_order: int | None = None
) -> tuple[BoardMember, Changes]:
    """Add a member inside the caller's transaction (used by the set-up and the demo office)."""
    clean = _clean(draft)
    order = _checked_order(sort_order)
    if order is None:
        order = (session.scalar(select(func.max(BoardMember.sort_order))) or 0) + 1
    row = BoardMember(
        full_name=clean.full_name,
        position=clean.position.value,
        sort_order=order,
        active=True,
    )
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", ENTITY, row.id, None, _fields(row))
    changes = _after_write(session, actor, row, touched_chair=False)
    return row, changes


def chair_named_in(session: Session, actor: Actor, name: str) -> None:
    """The office's settings name the chair: the board follows, in the caller's transaction.

    The active chair is renamed (a spelling corrected in the office's form), or added when
    the board has none; an emptied name makes the active chair step down. A new person
    taking over is better entered in Danh mục, which keeps the chair before in the list.
    """
    chair = active_chair(session)
    if not name:
        if chair is not None:
            old = _fields(chair)
            chair.active = False
            session.flush()
            audit.record(session, actor, "deactivate", ENTITY, chair.id, old, _fields(chair))
        return
    if chair is None:
        insert_member(session, actor, BoardMemberDraft(name, BoardPosition.CHAIR))
        return
    if chair.full_name != name:
        old = _fields(chair)
        chair.full_name = name
        session.flush()
        audit.record(session, actor, "update", ENTITY, chair.id, old, _fields(chair))


def add_member(
    factory: SessionFactory,
    actor: Actor,
    draft: BoardMemberDraft,
    *,
    sort_order: int | None = None,
) -> tuple[BoardMemberRecord, Changes]:
    """Add one member, at ``sort_order`` or at the end of the list.

    A new chair takes over: the chair before steps down and the office's chair name follows.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row, changes = insert_member(session, actor, draft, sort_order=sort_order)
        record = _record(row)
    return record, changes


def update_member(
    factory: SessionFactory,
    actor: Actor,
    record_id: int,
    draft: BoardMemberDraft,
    version: int,
    *,
    sort_order: int | None = None,
) -> tuple[BoardMemberRecord, Changes]:
    """Save an edited member read at ``version`` (``sort_order`` None keeps its place)."""
    require_write(actor)
    clean = _clean(draft)
    order = _checked_order(sort_order)
    with unit_of_work(factory) as session:
        row = _load(session, record_id, version)
        old = _fields(row)
        was_chair = row.position == BoardPosition.CHAIR.value
        row.full_name, row.position = clean.full_name, clean.position.value
        if order is not None:
            row.sort_order = order
        if _fields(row) == old:
            return _record(row), Changes.of()
        session.flush()
        audit.record(session, actor, "update", ENTITY, row.id, old, _fields(row))
        changes = _after_write(session, actor, row, touched_chair=was_chair)
        record = _record(row)
    return record, changes


def set_member_active(
    factory: SessionFactory, actor: Actor, record_id: int, active: bool, version: int
) -> tuple[BoardMemberRecord, Changes]:
    """Deactivate (or bring back) a member; the documents they signed keep their name.

    Bringing back a former chair makes them the chair again (the present one steps down).
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = _load(session, record_id, version)
        if row.active == active:
            return _record(row), Changes.of()
        old = _fields(row)
        row.active = active
        session.flush()
        action = "activate" if active else "deactivate"
        audit.record(session, actor, action, ENTITY, row.id, old, _fields(row))
        is_chair = row.position == BoardPosition.CHAIR.value
        changes = _after_write(session, actor, row, touched_chair=is_chair)
        record = _record(row)
    return record, changes
