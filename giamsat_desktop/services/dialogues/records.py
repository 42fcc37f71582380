"""Reading direct dialogues: rows as records with their issues, loading by version.

A dialogue is not secret: every account sees it, its issues and its commitments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import Dialogue, DialogueIssue
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.dialogue_records import DialogueRecord, IssueDraft, IssueRecord
from giamsat_desktop.domain.dialogues import LeaderBody
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.common.changes import Area, Changes

ENTITY = "dialogue"
"""The kind of record in the audit log and in error messages."""
ISSUE_ENTITY = "dialogue_issue"

CHANGED = Changes.of(Area.DIALOGUES)
"""What a change of a dialogue touches."""


def load(session: Session, key: int, version: int | None = None) -> Dialogue:
    """The dialogue's row; refused when unknown or saved since ``version`` was read."""
    row = session.get(Dialogue, key)
    if row is None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what=ENTITY, id=key)
    if version is not None and row.version != version:
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY)
    return row


def issues_of(session: Session, key: int) -> list[DialogueIssue]:
    """The dialogue's issues, in their order."""
    return list(
        session.scalars(
            select(DialogueIssue)
            .where(DialogueIssue.dialogue_id == key)
            .order_by(DialogueIssue.sort_order, DialogueIssue.id)
        )
    )


def _issue_line(issue: DialogueIssue) -> str:
    days = " | ".join(f"{day:%d/%m/%Y}" if day else "" for day in (issue.due_on, issue.done_on))
    return (
        f"{issue.raised} | {issue.raised_by} | {issue.answer} | {issue.commitment} "
        f"| {issue.responsible} | {days} | {issue.result}"
    )


def audit_fields(session: Session, row: Dialogue) -> dict[str, Any]:
    """What the change log keeps of a dialogue, its issues written out."""
    return {
        "held_on": row.held_on,
        "leader": row.leader,
        "leader_body": row.leader_body,
        "topic": row.topic,
        "place": row.place,
        "chair": row.chair,
        "participants": row.participants,
        "attendance": row.attendance,
        "notes": row.notes,
        "issues": "\n".join(_issue_line(issue) for issue in issues_of(session, row.id)),
    }


def search_text(session: Session, row: Dialogue) -> str:
    """The folded words a search finds it by: leader, topic, place, chair, its issues."""
    issues = [
        f"{issue.raised} {issue.raised_by} {issue.answer} {issue.commitment} {issue.responsible}"
        for issue in issues_of(session, row.id)
    ]
    return fold(" ".join([row.leader, row.topic, row.place, row.chair, *issues]))


def year_of(held_on: dt.date | None, today: dt.date) -> int:
    """The dialogue's year: held, else the day it is written."""
    return int((held_on or today).year)


def issue_record(issue: DialogueIssue) -> IssueRecord:
    """A stored issue's record."""
    return IssueRecord(
        id=issue.id,
        dialogue_id=issue.dialogue_id,
        issue=IssueDraft(
            raised=issue.raised,
            raised_by=issue.raised_by,
            answer=issue.answer,
            commitment=issue.commitment,
            responsible=issue.responsible,
            due_on=issue.due_on,
            done_on=issue.done_on,
            result=issue.result,
        ),
        sort_order=issue.sort_order,
    )


def records_of(session: Session, actor: Actor, rows: Sequence[Dialogue]) -> list[DialogueRecord]:
    """Records of ``rows``, in their order, read in two queries whatever their number."""
    ids = [row.id for row in rows]
    issues: dict[int, list[IssueRecord]] = {key: [] for key in ids}
    if ids:
        for issue in session.scalars(
            select(DialogueIssue)
            .where(DialogueIssue.dialogue_id.in_(ids))
            .order_by(DialogueIssue.sort_order, DialogueIssue.id)
        ):
            issues[issue.dialogue_id].append(issue_record(issue))
    return [
        DialogueRecord(
            id=row.id,
            held_on=row.held_on,
            leader=row.leader,
            leader_body=LeaderBody(row.leader_body),
            topic=row.topic,
            place=row.place,
            chair=row.chair,
            participants=row.participants,
            attendance=row.attendance,
            notes=row.notes,
            issues=tuple(issues[row.id]),
            year=row.year,
            version=row.version,
        )
        for row in rows
    ]


def record_of(session: Session, actor: Actor, row: Dialogue) -> DialogueRecord:
    """One dialogue's record."""
    return records_of(session, actor, [row])[0]


def get_dialogue(factory: SessionFactory, actor: Actor, key: int) -> DialogueRecord:
    """One dialogue.

    Raises:
        NotFoundError: no such dialogue.
    """
    with factory() as session:
        return record_of(session, actor, load(session, key))
