"""Giving tasks: from an incoming document with the leader's instruction, or without one.

One dialog makes every task a directive implies: each task has one lead organisation, so a
content given to several organisations ("giao cho tất cả tổ chức thành viên") is one task
each. The whole assignment is one transaction, with an audit entry per task, and the
document's handling status follows its tasks in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import IncomingDocument, Organization, Task, TaskCooperator
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.errors import ErrorCode, NotFoundError, ValidationError
from giamsat_desktop.domain.tasks import TaskDraft, TaskRecord, TaskState
from giamsat_desktop.domain.text import fold
from giamsat_desktop.services.common import audit, clock
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import multi_line, require_write, single_line
from giamsat_desktop.services.registers.incoming import load_incoming
from giamsat_desktop.services.tasks.document_status import follow_tasks
from giamsat_desktop.services.tasks.history import add_event
from giamsat_desktop.services.tasks.records import ENTITY, audit_fields, records_of

CONTENT_LIMIT = 4000
INSTRUCTION_LIMIT = 2000


def _checked(session: Session, draft: TaskDraft) -> TaskDraft:
    """The draft as kept: text trimmed, organisations known and in use, one kind of deadline."""
    content = multi_line(draft.content, "content", CONTENT_LIMIT, required=True)
    responsible = single_line(draft.responsible, "responsible", 200, required=False)
    wanted = {draft.lead_id, *draft.cooperating_ids}
    known = set(
        session.scalars(
            select(Organization.id).where(
                Organization.id.in_(wanted), Organization.active.is_(True)
            )
        )
    )
    if draft.lead_id not in known:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="lead", reason=str(draft.lead_id))
    missing = sorted(set(draft.cooperating_ids) - known)
    if missing:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="cooperating", reason=str(missing[0]))
    if draft.deadline is None and draft.report_period is None:
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="deadline")
    if draft.deadline is not None and draft.report_period is not None:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="deadline", reason="thường xuyên")
    cooperating = tuple(sorted(set(draft.cooperating_ids) - {draft.lead_id}))
    return TaskDraft(
        content, draft.lead_id, cooperating, responsible, draft.deadline, draft.report_period
    )


def search_text(session: Session, row: Task) -> str:
    """The folded words a search finds the task by: content, organisations, person, source."""
    names = session.scalars(
        select(Organization.name).where(
            Organization.id.in_(
                select(TaskCooperator.organization_id).where(TaskCooperator.task_id == row.id)
            )
            | (Organization.id == row.lead_id)
        )
    ).all()
    source = ""
    if row.source_id is not None:
        source = str(
            session.scalar(
                select(IncomingDocument.symbol).where(IncomingDocument.id == row.source_id)
            )
            or ""
        )
    return fold(" ".join([row.content, row.responsible, source, *names]))


def _source(session: Session, actor: Actor, source_id: int) -> IncomingDocument:
    """The document tasks are given from, as ``actor`` may see it; a cancelled one is none."""
    document = load_incoming(session, actor, source_id, None)
    if document.cancelled_at is not None:
        raise NotFoundError(ErrorCode.NOT_FOUND, what="incoming", id=source_id)
    return document


def assign_tasks(
    factory: SessionFactory,
    actor: Actor,
    drafts: Sequence[TaskDraft],
    *,
    source_id: int | None = None,
    instruction: str | None = None,
) -> tuple[list[TaskRecord], Changes]:
    """Make the tasks, and keep the leader's instruction (bút phê) on the document.

    Raises:
        ValidationError: a task without content, a deadline or a known lead organisation.
        NotFoundError: no such document, cancelled, or hidden from ``actor``.
        PermissionDeniedError: a viewer.
    """
    require_write(actor)
    if not drafts:
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="content")
    today = clock.today()
    with unit_of_work(factory) as session:
        document = _source(session, actor, source_id) if source_id is not None else None
        if document is not None and instruction is not None:
            kept = multi_line(instruction, "instruction", INSTRUCTION_LIMIT)
            if kept != document.instruction:
                old = {"instruction": document.instruction}
                document.instruction = kept
                document.updated_at = utc_now()
                session.flush()
                audit.record(
                    session, actor, "update", "incoming", document.id, old, {"instruction": kept}
                )
        rows = []
        for draft in drafts:
            clean = _checked(session, draft)
            row = Task(
                source_id=source_id,
                content=clean.content,
                lead_id=clean.lead_id,
                responsible=clean.responsible,
                deadline=clean.deadline,
                report_period=clean.report_period.value if clean.report_period else "",
                state=TaskState.NOT_STARTED.value,
                progress=0,
                assigned_on=today,
            )
            session.add(row)
            session.flush()
            for org_id in clean.cooperating_ids:
                session.add(TaskCooperator(task_id=row.id, organization_id=org_id))
            session.flush()
            row.search_text = search_text(session, row)
            add_event(session, actor, row, "assign", today, to_state=TaskState.NOT_STARTED)
            audit.record(session, actor, "create", ENTITY, row.id, None, audit_fields(session, row))
            rows.append(row)
        if document is not None:
            follow_tasks(session, actor, document.id)
        session.flush()
        records = records_of(session, rows)
    return records, Changes.of(Area.TASKS, Area.INCOMING)
