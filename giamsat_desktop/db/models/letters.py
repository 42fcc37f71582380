"""Letters of the Standing Board, and the office-wide settings (their standard wording)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from giamsat_desktop.db.base import Base, UtcDateTime, utc_now


class Letter(Base):
    """A letter from draft to issue; once issued it points at its outgoing register line."""

    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    form: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(20), default="du_thao")
    source_kind: Mapped[str] = mapped_column(String(40), default="")
    source_id: Mapped[int | None] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="{}")
    """The letter's content as JSON (``domain.letters.LetterContent``)."""
    signer_id: Mapped[int | None] = mapped_column(ForeignKey("board_members.id"))
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_position: Mapped[str] = mapped_column(String(30), default="")
    secrecy: Mapped[str] = mapped_column(String(20), default="thuong")
    number: Mapped[int | None] = mapped_column(Integer)
    symbol: Mapped[str] = mapped_column(String(100), default="")
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    outgoing_id: Mapped[int | None] = mapped_column(
        ForeignKey("outgoing_documents.id"), unique=True
    )
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (Index("ix_letters_source", "source_kind", "source_id"),)
    __mapper_args__ = {"version_id_col": version}


class OfficeSetting(Base):
    """One setting the whole office shares (every PC of a shared database sees the same).

    Stored as JSON under its key: the standard wording of the forms today; days off,
    deadlines and reporting periods later. What belongs to one PC stays in its settings file.
    """

    __tablename__ = "office_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}
