"""Reading tasks: a row as a record, loading with the version check, who may see what.

A task from a secret incoming document is hidden from a viewer, as the document is.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import IncomingDocument, Organization, Task, TaskCooperator
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.deadlines import ReportPeriod
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError
from giamsat_desktop.domain.tasks import TaskRecord, TaskState
from giamsat_desktop.services.registers.documents import visible

ENTITY = "task"
"""The kind of record in the audit log and in error messages."""


def _names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.execute(
        select(Organization.id, Organization.name).where(Organization.id.in_(wanted))
    )
    return {key: name for key, name in rows}


def records_of(session: Session, rows: list[Task]) -> list[TaskRecord]:
    """The records of ``rows``, their organisations and sources read in three queries."""
    ids = [row.id for row in rows]
    cooperating: dict[int, list[int]] = {key: [] for key in ids}
    if ids:
        for task_id, org_id in session.execute(
            select(TaskCooperator.task_id, TaskCooperator.organization_id)
            .where(TaskCooperator.task_id.in_(ids))
            .order_by(TaskCooperator.organization_id)
        ):
            cooperating[task_id].append(org_id)
    names = _names(
        session, [row.lead_id for row in rows] + [o for v in cooperating.values() for o in v]
    )
    sources = {row.source_id for row in rows if row.source_id is not None}
    symbols: dict[int, str] = {}
    if sources:
        symbols = {
            key: symbol or number
            for key, symbol, number in session.execute(
                select(
                    IncomingDocument.id,
                    IncomingDocument.symbol,
                    IncomingDocument.arrival_number_text,
                ).where(IncomingDocument.id.in_(sources))
            )
        }
    return [
        TaskRecord(
            id=row.id,
            content=row.content,
            lead_id=row.lead_id,
            lead_name=names.get(row.lead_id, ""),
            cooperating=tuple(names.get(o, "") for o in cooperating[row.id]),
            cooperating_ids=tuple(cooperating[row.id]),
            responsible=row.responsible,
            deadline=row.deadline,
            report_period=ReportPeriod(row.report_period) if row.report_period else None,
            state=TaskState(row.state),
            progress=row.progress,
            done_on=row.done_on,
            version=row.version,
            source_id=row.source_id,
            source_symbol=symbols.get(row.source_id, "") if row.source_id else "",
            report_id=row.report_id,
            cancel_reason=row.cancel_reason,
            assigned_on=row.assigned_on,
        )
        for row in rows
    ]


def record_of(session: Session, row: Task) -> TaskRecord:
    """One task's record."""
    return records_of(session, [row])[0]


def audit_fields(session: Session, row: Task) -> dict[str, Any]:
    """What the change log keeps of a task."""
    cooperating = session.scalars(
        select(TaskCooperator.organization_id)
        .where(TaskCooperator.task_id == row.id)
        .order_by(TaskCooperator.organization_id)
    ).all()
    return {
        "content": row.content,
        "lead_id": row.lead_id,
        "cooperating": list(cooperating),
        "responsible": row.responsible,
        "deadline": row.deadline,
        "report_period": row.report_period,
        "state": row.state,
        "progress": row.progress,
        "done_on": row.done_on,
        "report_id": row.report_id,
        "cancel_reason": row.cancel_reason,
        "source_id": row.source_id,
    }


def _source_visible(session: Session, actor: Actor, row: Task) -> bool:
    """Whether ``actor`` may see the document the task comes from (always, without one)."""
    if row.source_id is None:
        return True
    secrecy = session.scalar(
        select(IncomingDocument.secrecy).where(IncomingDocument.id == row.source_id)
    )
    return secrecy is None or visible(actor, secrecy)


def load(session: Session, actor: Actor, task_id: int, version: int | None = None) -> Task:
    """The task's row; refused when unknown, hidden from ``actor`` or saved since."""
    row = session.get(Task, task_id)
    if row is None or not _source_visible(session, actor, row):
        raise NotFoundError(ErrorCode.NOT_FOUND, what=ENTITY, id=task_id)
    if version is not None and row.version != version:
        raise ConflictError(ErrorCode.STALE_EDIT, what=ENTITY)
    return row


def get_task(factory: SessionFactory, actor: Actor, task_id: int) -> TaskRecord:
    """One task (hidden from a viewer when its document is secret)."""
    with factory() as session:
        return record_of(session, load(session, actor, task_id))


def tasks_of_document(factory: SessionFactory, actor: Actor, source_id: int) -> list[TaskRecord]:
    """The tasks given from one incoming document, in the order they were made."""
    with factory() as session:
        rows = list(
            session.scalars(select(Task).where(Task.source_id == source_id).order_by(Task.id))
        )
        if rows and not _source_visible(session, actor, rows[0]):
            return []
        return records_of(session, rows)


def list_tasks(factory: SessionFactory, actor: Actor, *, limit: int = 5000) -> list[TaskRecord]:
    """Tasks, the newest given first; those of a secret document left out for a viewer."""
    query = select(Task).order_by(Task.id.desc()).limit(limit)
    if not actor.role.can_see_secret:
        secret = select(IncomingDocument.id).where(IncomingDocument.secrecy != Secrecy.NORMAL.value)
        query = query.where(Task.source_id.is_(None) | Task.source_id.not_in(secret))
    with factory() as session:
        return records_of(session, list(session.scalars(query)))
