"""Tables of the program (SQLAlchemy 2 typed ORM).

Every table a clerk edits has a ``version`` counter (``version_id_col``): on a shared
database a save made from a stale copy is refused instead of overwriting someone's work.
Text is stored NFC; the ``search_text`` columns hold the folded copy used by search.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from giamsat_desktop.db.base import Base, UtcDateTime, utc_now


class Office(Base):
    """The one office the database belongs to (a single row)."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(20))
    place_name: Mapped[str] = mapped_column(String(200))
    date_line_place: Mapped[str] = mapped_column(String(200))
    higher_body: Mapped[str] = mapped_column(String(300), default="")
    symbol_suffix: Mapped[str] = mapped_column(String(50))
    chair_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class Organization(Base):
    """A member organisation, a board, or another body the office deals with."""

    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class Person(Base):
    """Staff and delegation members."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    phone: Mapped[str] = mapped_column(String(50), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class BoardMember(Base):
    """A member of the office's Standing Board (Ban Thường trực): who may sign, and how.

    ``position`` holds a ``BoardPosition`` value; at most one active member is the chair,
    and the office's ``chair_name`` follows that member.
    """

    __tablename__ = "board_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(30))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class User(Base):
    """An account: administrator, clerk or viewer."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class AuditEntry(Base):
    """One change: who, when, what, old → new; chained by hash to the entry before."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now, index=True)
    user_name: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_entries_entity", "entity", "entity_id"),)


class AuditHead(Base):
    """The audit chain's end (one row): how many entries and the last hash.

    Written in the same transaction as every entry, so entries cut off the end, or the
    whole log emptied, no longer match it.
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default="")


class RegisterBook(Base):
    """A numbering series (sổ): per year, incoming or outgoing, secret or not, own or imported."""

    __tablename__ = "register_books"
    __what__ = "book"
    """The record kind messages name (``engine.record_kind``)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    secret: Mapped[bool] = mapped_column(Boolean, default=False)
    name: Mapped[str] = mapped_column(String(200))
    imported: Mapped[bool] = mapped_column(Boolean, default=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """Highest number ever given in this book: numbers are never reused, even after a purge."""
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (UniqueConstraint("year", "kind", "secret", "name"),)
    __mapper_args__ = {"version_id_col": version}


class IncomingDocument(Base):
    """One line of the Sổ đăng ký văn bản đến."""

    __tablename__ = "incoming_documents"
    __what__ = "incoming"
    """The record kind messages name (``engine.record_kind``)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("register_books.id"))
    arrival_number: Mapped[int] = mapped_column(Integer)
    arrival_number_text: Mapped[str] = mapped_column(String(20))
    arrival_date: Mapped[dt.date] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(String(300))
    symbol: Mapped[str] = mapped_column(String(100), default="")
    doc_number: Mapped[str] = mapped_column(String(20), default="")
    type_code: Mapped[str] = mapped_column(String(10), default="")
    doc_date: Mapped[dt.date | None] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(Text)
    signer: Mapped[str] = mapped_column(String(200), default="")
    urgency: Mapped[str] = mapped_column(String(20), default="thuong")
    secrecy: Mapped[str] = mapped_column(String(20), default="thuong")
    page_count: Mapped[int | None] = mapped_column(Integer)
    recipients: Mapped[str] = mapped_column(String(500), default="")
    transfer_date: Mapped[dt.date | None] = mapped_column(Date)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    instruction: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    handling_status: Mapped[str] = mapped_column(String(20), default="chua_xu_ly")
    search_text: Mapped[str] = mapped_column(Text, default="")
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        UniqueConstraint("book_id", "arrival_number_text"),
        Index("ix_incoming_documents_book_number", "book_id", "arrival_number"),
        Index("ix_incoming_documents_arrival", "arrival_date", "arrival_number"),
        Index("ix_incoming_documents_issuer", "issuer", "arrival_date"),
        Index("ix_incoming_documents_type", "type_code", "arrival_date"),
        Index("ix_incoming_documents_deadline", "deadline"),
    )
    __mapper_args__ = {"version_id_col": version}


class OutgoingDocument(Base):
    """One line of the Sổ đăng ký văn bản đi."""

    __tablename__ = "outgoing_documents"
    __what__ = "outgoing"
    """The record kind messages name (``engine.record_kind``)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("register_books.id"))
    number: Mapped[int] = mapped_column(Integer)
    number_text: Mapped[str] = mapped_column(String(20))
    symbol: Mapped[str] = mapped_column(String(100))
    type_code: Mapped[str] = mapped_column(String(10), default="")
    issue_date: Mapped[dt.date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(Text)
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_position: Mapped[str] = mapped_column(String(200), default="")
    recipients: Mapped[str] = mapped_column(Text, default="")
    file_copy_holder: Mapped[str] = mapped_column(String(200), default="")
    copies: Mapped[int | None] = mapped_column(Integer)
    transfer_date: Mapped[dt.date | None] = mapped_column(Date)
    urgency: Mapped[str] = mapped_column(String(20), default="thuong")
    secrecy: Mapped[str] = mapped_column(String(20), default="thuong")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        UniqueConstraint("book_id", "number_text"),
        Index("ix_outgoing_documents_book_number", "book_id", "number"),
        Index("ix_outgoing_documents_issue", "issue_date", "number"),
    )
    __mapper_args__ = {"version_id_col": version}


class Attachment(Base):
    """A file kept in the data folder under its SHA-256; the same content is stored once."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class AttachmentContent(Base):
    """The bytes of an attachment, kept in a shared database so that every PC can open it.

    Empty on SQLite, where the files are beside the database.
    """

    __tablename__ = "attachment_contents"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class IncomingAttachment(Base):
    """A file attached to an incoming document, under the name the clerk gave it."""

    __tablename__ = "incoming_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("incoming_documents.id", ondelete="CASCADE"), index=True
    )
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    added_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class OutgoingAttachment(Base):
    """A file attached to an outgoing document."""

    __tablename__ = "outgoing_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("outgoing_documents.id", ondelete="CASCADE"), index=True
    )
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    added_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class OutgoingAnswer(Base):
    """An outgoing document answers an incoming one (links both ways)."""

    __tablename__ = "outgoing_answers"

    outgoing_id: Mapped[int] = mapped_column(
        ForeignKey("outgoing_documents.id", ondelete="CASCADE"), primary_key=True
    )
    incoming_id: Mapped[int] = mapped_column(
        ForeignKey("incoming_documents.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_outgoing_answers_incoming", "incoming_id"),)
