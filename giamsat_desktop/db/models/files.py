"""Attached files: one row per file, its bytes stored once by their hash."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Integer,
    LargeBinary,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from giamsat_desktop.db.base import Base, UtcDateTime, utc_now


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
