"""The office, its member organisations, their people and the Standing Board."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Integer,
    String,
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
    uid: Mapped[str] = mapped_column(String(36), default=lambda: str(uuid.uuid4()))
    """The office's id, a random UUID made once at set-up: its books name it by this."""
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
