"""The register books, the incoming and outgoing documents, their attachments and answers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from giamsat_desktop.db.base import Base, UtcDateTime, utc_now


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
    """Kept by the task service from the document's tasks (or its filing without tasks)."""
    filed_without_tasks: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    """"Lưu, không giao việc": handled with no task to give (``filed_note`` says why)."""
    filed_note: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
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
