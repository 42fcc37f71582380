"""Why an incoming document has its handling status: its tasks, or "lưu, không giao việc".

The entry dialog shows the status read-only with its reason ("Đang xử lý — 3 nhiệm vụ chưa
xong"); the status itself is kept by ``document_status`` from the tasks.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.db.models import Task
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.documents import HandlingStatus
from giamsat_desktop.domain.tasks import OPEN_STATES
from giamsat_desktop.services.registers.incoming import load_incoming


@dataclass(frozen=True, slots=True)
class DocumentHandling:
    """An incoming document's status and what it comes from.

    Attributes:
        status: The stored handling status.
        tasks: How many tasks were given from the document (any state).
        open_tasks: How many of them are not yet done or cancelled.
        filed: Whether it was filed "lưu, không giao việc".
        filed_note: The note given when it was filed.
        version: The document's version when read.
    """

    status: HandlingStatus
    tasks: int
    open_tasks: int
    filed: bool
    filed_note: str
    version: int


def document_handling(factory: SessionFactory, actor: Actor, document_id: int) -> DocumentHandling:
    """The status of the document ``document_id`` and its reason, as the actor may see it.

    Raises:
        NotFoundError: no such document, or one the actor may not see.
    """
    open_values = [state.value for state in OPEN_STATES]
    with factory() as session:
        document = load_incoming(session, actor, document_id, None)
        total, still_open = session.execute(
            select(
                func.count(),
                func.coalesce(func.sum(case((Task.state.in_(open_values), 1), else_=0)), 0),
            ).where(Task.source_id == document_id)
        ).one()
        return DocumentHandling(
            HandlingStatus(document.handling_status),
            int(total),
            int(still_open),
            bool(document.filed_without_tasks),
            document.filed_note or "",
            document.version,
        )
