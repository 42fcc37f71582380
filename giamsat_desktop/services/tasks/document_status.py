"""An incoming document's handling status, kept from its tasks in the same transaction.

chưa xử lý → đang xử lý (tasks open) → đã xử lý (all its tasks closed, or filed "lưu, không
giao việc" with a note). The register's Tình trạng filter reads the stored status.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import IncomingDocument, Task
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.documents import HandlingStatus
from giamsat_desktop.domain.errors import ConflictError, ErrorCode
from giamsat_desktop.domain.tasks import OPEN_STATES
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import multi_line, require_write
from giamsat_desktop.services.registers.incoming import load_incoming


def status_from_tasks(session: Session, document: IncomingDocument) -> HandlingStatus:
    """What the document's tasks say: none → as filed (or not handled), open → in hand."""
    states = set(
        session.scalars(select(Task.state).where(Task.source_id == document.id).distinct())
    )
    if not states:
        return HandlingStatus.DONE if document.filed_without_tasks else HandlingStatus.PENDING
    if states & {state.value for state in OPEN_STATES}:
        return HandlingStatus.IN_PROGRESS
    return HandlingStatus.DONE


def follow_tasks(session: Session, actor: Actor, document_id: int) -> None:
    """Set the document's status from its tasks (with its audit entry when it changes)."""
    document = session.get(IncomingDocument, document_id)
    if document is None:
        return
    status = status_from_tasks(session, document)
    if status.value == document.handling_status:
        return
    old = {"handling_status": document.handling_status}
    document.handling_status = status.value
    document.updated_at = utc_now()
    session.flush()
    audit.record(
        session, actor, "update", "incoming", document.id, old, {"handling_status": status.value}
    )


def file_without_tasks(
    factory: SessionFactory, actor: Actor, document_id: int, note: str, *, filed: bool = True
) -> Changes:
    """Lưu, không giao việc: the document is handled with no task to give (or not any more).

    Refused while the document has tasks: their states decide its status.
    """
    require_write(actor)
    kept = multi_line(note, "filed_note", 1000)
    with unit_of_work(factory) as session:
        document = load_incoming(session, actor, document_id, None)
        tasks = session.scalar(select(func.count()).where(Task.source_id == document_id))
        if tasks:
            raise ConflictError(ErrorCode.HAS_TASKS, count=int(tasks))
        old = {
            "filed_without_tasks": document.filed_without_tasks,
            "filed_note": document.filed_note,
            "handling_status": document.handling_status,
        }
        document.filed_without_tasks = filed
        document.filed_note = kept if filed else ""
        document.handling_status = (HandlingStatus.DONE if filed else HandlingStatus.PENDING).value
        document.updated_at = utc_now()
        session.flush()
        new = {
            "filed_without_tasks": filed,
            "filed_note": document.filed_note,
            "handling_status": document.handling_status,
        }
        audit.record(session, actor, "update", "incoming", document.id, old, new)
    return Changes.of(Area.INCOMING)
