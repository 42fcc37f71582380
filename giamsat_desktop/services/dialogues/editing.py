"""Writing direct dialogues: add, change, remove, and the issues raised at them.

A dialogue and its issues are written together, in one transaction with its audit entry:
a line refused leaves nothing written. A viewer is refused; a stale save is refused. A
commitment is marked done ("Đã thực hiện") with its day and result, never before the
dialogue's day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import delete
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import Dialogue, DialogueIssue
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.dialogue_records import DialogueDraft, DialogueRecord, IssueDraft
from giamsat_desktop.domain.dialogues import LeaderBody
from giamsat_desktop.domain.errors import ErrorCode, NotFoundError, ValidationError
from giamsat_desktop.services.common import audit, clock
from giamsat_desktop.services.common.changes import Changes
from giamsat_desktop.services.common.validation import multi_line, require_write, single_line
from giamsat_desktop.services.dialogues.records import (
    CHANGED,
    ENTITY,
    ISSUE_ENTITY,
    audit_fields,
    load,
    record_of,
    search_text,
    year_of,
)

NAME_LIMIT = 300
CHAIR_LIMIT = 200
TEXT_LIMIT = 4000
ISSUE_LIMIT = 8000
ATTENDANCE_LIMIT = 1_000_000
ISSUES_LIMIT = 300


def _checked(draft: DialogueDraft) -> DialogueDraft:
    """The draft cleaned: its texts trimmed and in bounds, its body and count sound."""
    if not isinstance(draft.leader_body, LeaderBody):
        raise ValidationError(
            ErrorCode.FIELD_INVALID, field="leader_body", reason=draft.leader_body
        )
    attendance = draft.attendance
    if isinstance(attendance, bool) or not isinstance(attendance, int):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="attendance", reason=attendance)
    if not 0 <= attendance <= ATTENDANCE_LIMIT:
        raise ValidationError(
            ErrorCode.FIELD_INVALID,
            field="attendance",
            reason=attendance,
            low=0,
            high=ATTENDANCE_LIMIT,
        )
    return DialogueDraft(
        held_on=draft.held_on,
        leader=single_line(draft.leader, "leader", NAME_LIMIT),
        topic=multi_line(draft.topic, "topic", TEXT_LIMIT, required=True),
        leader_body=draft.leader_body,
        place=single_line(draft.place, "place", NAME_LIMIT, required=False),
        chair=single_line(draft.chair, "chair", CHAIR_LIMIT, required=False),
        participants=multi_line(draft.participants, "dialogue_participants", TEXT_LIMIT),
        attendance=attendance,
        notes=multi_line(draft.notes, "notes", TEXT_LIMIT),
    )


def _issue(line: int, issue: IssueDraft, held_on: dt.date | None) -> IssueDraft:
    """One issue cleaned, refused with its line number.

    Refused: nothing raised, a day without a commitment, done before the dialogue.
    """
    raised = multi_line(issue.raised, "raised", ISSUE_LIMIT)
    if not raised:
        raise ValidationError(ErrorCode.DIALOGUE_ISSUE_REQUIRED, line=line, field="raised")
    commitment = multi_line(issue.commitment, "dialogue_commitment", ISSUE_LIMIT)
    if not commitment and (issue.due_on is not None or issue.done_on is not None):
        raise ValidationError(
            ErrorCode.DIALOGUE_ISSUE_REQUIRED, line=line, field="dialogue_commitment"
        )
    if issue.done_on is not None and held_on is not None and issue.done_on < held_on:
        raise ValidationError(
            ErrorCode.DIALOGUE_DONE_BEFORE_HELD, line=line, done=issue.done_on, held=held_on
        )
    return IssueDraft(
        raised=raised,
        raised_by=single_line(issue.raised_by, "raised_by", NAME_LIMIT, required=False),
        answer=multi_line(issue.answer, "dialogue_answer", ISSUE_LIMIT),
        commitment=commitment,
        responsible=single_line(
            issue.responsible, "dialogue_responsible", NAME_LIMIT, required=False
        ),
        due_on=issue.due_on,
        done_on=issue.done_on,
        result=multi_line(issue.result, "result", ISSUE_LIMIT),
    )


def _issues(drafts: Sequence[IssueDraft], held_on: dt.date | None) -> list[IssueDraft]:
    """The issues cleaned, in order."""
    if len(drafts) > ISSUES_LIMIT:
        raise ValidationError(
            ErrorCode.FIELD_INVALID, field="dialogue_issue", reason=len(drafts), high=ISSUES_LIMIT
        )
    return [_issue(line, issue, held_on) for line, issue in enumerate(drafts, start=1)]


def _fill(row: Dialogue, clean: DialogueDraft) -> None:
    row.held_on = clean.held_on
    row.leader = clean.leader
    row.leader_body = clean.leader_body.value
    row.topic = clean.topic
    row.place = clean.place
    row.chair = clean.chair
    row.participants = clean.participants
    row.attendance = clean.attendance
    row.notes = clean.notes
    row.year = year_of(clean.held_on, clock.today())


def _write_issues(session: Session, row: Dialogue, issues: Sequence[IssueDraft]) -> None:
    session.execute(delete(DialogueIssue).where(DialogueIssue.dialogue_id == row.id))
    for order, issue in enumerate(issues, start=1):
        session.add(
            DialogueIssue(
                dialogue_id=row.id,
                raised=issue.raised,
                raised_by=issue.raised_by,
                answer=issue.answer,
                commitment=issue.commitment,
                responsible=issue.responsible,
                due_on=issue.due_on,
                done_on=issue.done_on,
                result=issue.result,
                sort_order=order,
            )
        )
    session.flush()


def create_in(
    session: Session, actor: Actor, draft: DialogueDraft, issues: Sequence[IssueDraft]
) -> Dialogue:
    """Write a new dialogue and its issues in the caller's transaction, with its audit entry.

    Raises:
        ValidationError: as ``create_dialogue``.
    """
    clean = _checked(draft)
    kept = _issues(issues, clean.held_on)
    row = Dialogue()
    _fill(row, clean)
    session.add(row)
    session.flush()
    _write_issues(session, row, kept)
    row.search_text = search_text(session, row)
    session.flush()
    audit.record(session, actor, "create", ENTITY, row.id, None, audit_fields(session, row))
    return row


def create_dialogue(
    factory: SessionFactory,
    actor: Actor,
    draft: DialogueDraft,
    issues: Sequence[IssueDraft] = (),
) -> tuple[DialogueRecord, Changes]:
    """Write a new dialogue with its issues.

    Raises:
        ValidationError: no leader, no topic, an issue without what was raised, a day
            without a commitment, done before the dialogue, a text too long, a count out of
            range.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = create_in(session, actor, draft, issues)
        return record_of(session, actor, row), CHANGED


def update_dialogue(
    factory: SessionFactory,
    actor: Actor,
    key: int,
    version: int,
    draft: DialogueDraft,
    issues: Sequence[IssueDraft] | None = None,
) -> tuple[DialogueRecord, Changes]:
    """Change a dialogue, and its issues (``issues`` None keeps them as they are).

    Raises:
        ConflictError: saved since ``version`` was read (``STALE_EDIT``).
        NotFoundError: no such dialogue.
        ValidationError: as when it was written; a kept issue done before a new day.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    clean = _checked(draft)
    kept = None if issues is None else _issues(issues, clean.held_on)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        before = audit_fields(session, row)
        if kept is None:
            record = record_of(session, actor, row)
            _issues([line.issue for line in record.issues], clean.held_on)
        _fill(row, clean)
        if kept is not None:
            _write_issues(session, row, kept)
        row.search_text = search_text(session, row)
        row.updated_at = utc_now()
        session.flush()
        audit.record(session, actor, "update", ENTITY, row.id, before, audit_fields(session, row))
        return record_of(session, actor, row), CHANGED


def mark_done(
    factory: SessionFactory,
    actor: Actor,
    key: int,
    version: int,
    issue_id: int,
    done_on: dt.date,
    result: str = "",
) -> tuple[DialogueRecord, Changes]:
    """Đã thực hiện: the commitment of ``issue_id`` done on ``done_on``, with its result.

    Raises:
        NotFoundError: no such dialogue, or the issue is not one of its.
        ValidationError: the issue has no commitment, or ``done_on`` is before the dialogue.
        ConflictError: saved since ``version`` was read.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        before = audit_fields(session, row)
        issues = record_of(session, actor, row).issues
        place = next((n for n, line in enumerate(issues, start=1) if line.id == issue_id), None)
        stored = session.get(DialogueIssue, issue_id)
        if place is None or stored is None:
            raise NotFoundError(ErrorCode.NOT_FOUND, what=ISSUE_ENTITY, id=issue_id)
        done = replace(issues[place - 1].issue, done_on=done_on, result=result)
        clean = _issue(place, done, row.held_on)
        stored.done_on, stored.result = clean.done_on, clean.result
        row.updated_at = utc_now()
        session.flush()
        audit.record(session, actor, "update", ENTITY, row.id, before, audit_fields(session, row))
        return record_of(session, actor, row), CHANGED


def remove_dialogue(factory: SessionFactory, actor: Actor, key: int, version: int) -> Changes:
    """Remove a dialogue written by mistake, with its issues (the log keeps them).

    Raises:
        ConflictError: saved since ``version`` was read.
        NotFoundError: no such dialogue.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    with unit_of_work(factory) as session:
        row = load(session, key, version)
        before = audit_fields(session, row)
        session.execute(delete(DialogueIssue).where(DialogueIssue.dialogue_id == key))
        session.delete(row)
        session.flush()
        audit.record(session, actor, "delete", ENTITY, key, before, None)
    return CHANGED
