"""What both registers do alike to a stored document: read it, cancel it, purge its content.

Each register describes its documents once (:class:`DocumentKind`: its table, its audit
fields, its record); the steps here are the same for a văn bản đến and a văn bản đi.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from giamsat_desktop.db.base import utc_now
from giamsat_desktop.db.engine import SessionFactory, unit_of_work
from giamsat_desktop.db.models import (
    IncomingAttachment,
    IncomingDocument,
    OutgoingAttachment,
    OutgoingDocument,
)
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError
from giamsat_desktop.domain.registers import IncomingRecord, OutgoingRecord
from giamsat_desktop.services.common import audit
from giamsat_desktop.services.common.changes import Area, Changes
from giamsat_desktop.services.common.validation import multi_line, require_admin, require_write

D = TypeVar("D", IncomingDocument, OutgoingDocument)
R = TypeVar("R", IncomingRecord, OutgoingRecord)


def visible(actor: Actor, secrecy: str) -> bool:
    """Whether ``actor`` may see a document of ``secrecy`` (a viewer never sees a secret one)."""
    return secrecy == Secrecy.NORMAL.value or actor.role is not Role.VIEWER


def attachment_count(
    session: Session, link: type[IncomingAttachment] | type[OutgoingAttachment], document_id: int
) -> int:
    """How many files a document has (``link``: its register's attachment links)."""
    count = session.scalar(
        select(func.count()).select_from(link).where(link.document_id == document_id)
    )
    return int(count or 0)


@dataclass(frozen=True, slots=True)
class DocumentKind(Generic[D, R]):
    """How one register keeps its documents; the steps of its methods are the same for both."""

    what: str
    """"incoming" or "outgoing": what the audit log and the errors call the document."""
    model: type[D]
    attachment: type[IncomingAttachment] | type[OutgoingAttachment]
    area: Area
    audit_fields: Callable[[Session, D], dict[str, Any]]
    """The fields the audit log keeps of a document, as stored now."""
    record: Callable[[Session, D], R]
    """The frozen record of a stored document."""

    def load(self, session: Session, actor: Actor, document_id: int, version: int | None) -> D:
        """The document as ``actor`` may see it, still at ``version`` (any version when None).

        Raises:
            NotFoundError: No such document, or a secret one and ``actor`` a viewer.
            ConflictError: Someone saved the document since it was read at ``version``.
        """
        row = session.get(self.model, document_id)
        if row is None or not visible(actor, row.secrecy):
            raise NotFoundError(ErrorCode.NOT_FOUND, what=self.what, id=document_id)
        if version is not None and row.version != version:
            raise ConflictError(ErrorCode.STALE_EDIT, what=self.what)
        return row

    def get(self, factory: SessionFactory, actor: Actor, document_id: int) -> R:
        """One document, as ``actor`` may see it."""
        with factory() as session:
            return self.record(session, self.load(session, actor, document_id, None))

    def log(
        self, session: Session, actor: Actor, action: str, row: D, old: dict[str, Any] | None
    ) -> None:
        """Write what changed, and log ``action`` with the fields before (``old``) and after."""
        session.flush()
        new = self.audit_fields(session, row)
        audit.record(session, actor, action, self.what, row.id, old, new)

    def recorded(
        self, session: Session, actor: Actor, action: str, row: D, old: dict[str, Any] | None
    ) -> R:
        """As :meth:`log`, then the record of the document as saved."""
        self.log(session, actor, action, row, old)
        return self.record(session, row)

    def update(
        self,
        factory: SessionFactory,
        actor: Actor,
        document_id: int,
        version: int,
        edit: Callable[[Session, D], None],
    ) -> R:
        """Save an edit of the document read at ``version``, and log it.

        ``edit`` checks the draft against the stored document (raising a ValidationError),
        then writes it into the row, its time of change and its links with it.
        """
        require_write(actor)
        with unit_of_work(factory) as session:
            row = self.load(session, actor, document_id, version)
            old = self.audit_fields(session, row)
            edit(session, row)
            record = self.recorded(session, actor, "update", row, old)
        return record

    def cancel(
        self, factory: SessionFactory, actor: Actor, document_id: int, reason: str, version: int
    ) -> tuple[R, Changes]:
        """Cancel with a reason: the line stays in the register and its number is not reused."""
        require_write(actor)
        with unit_of_work(factory) as session:
            record = self.cancel_in(session, actor, document_id, reason, version)
        return record, Changes.of(self.area)

    def cancel_in(
        self,
        session: Session,
        actor: Actor,
        document_id: int,
        reason: str,
        version: int | None = None,
    ) -> R:
        """Cancel inside the caller's transaction (a letter cancelled with its line)."""
        why = multi_line(reason, "cancel_reason", 1000, required=True)
        row = self.load(session, actor, document_id, version)
        if row.cancelled_at is not None:
            raise ConflictError(ErrorCode.ALREADY_CANCELLED)
        old = self.audit_fields(session, row)
        row.cancelled_at = utc_now()
        row.cancel_reason = why
        return self.recorded(session, actor, "cancel", row, old)

    def purge(
        self,
        factory: SessionFactory,
        actor: Actor,
        document_id: int,
        version: int,
        clear: Callable[[Session, D], None],
    ) -> Changes:
        """Remove a cancelled document's content for good (administrators only).

        The line stays with its number, so the number is never given again; its files go,
        and ``clear`` empties the register's own fields (and links).
        """
        require_admin(actor)
        with unit_of_work(factory) as session:
            row = self.load(session, actor, document_id, version)
            if row.cancelled_at is None:
                raise ConflictError(ErrorCode.NOT_CANCELLED)
            old = self.audit_fields(session, row)
            link = self.attachment
            session.execute(delete(link).where(link.document_id == row.id))
            clear(session, row)
            row.search_text = ""
            row.updated_at = utc_now()
            self.log(session, actor, "purge", row, old)
        return Changes.of(self.area)
