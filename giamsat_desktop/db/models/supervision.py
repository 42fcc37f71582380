"""Supervision: the annual programme, its sessions, their delegations and working sessions.

A session's step is stored (it is what the clerk recorded), its lead times are computed
from its dates and the office's days off, never stored. The letters a session produced
(its plan, decision, outline, minutes, report) are letters whose source is the session.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from giamsat_desktop.db.base import Base, UtcDateTime, utc_now


class SupervisionProgramme(Base):
    """Chương trình giám sát năm: one a year, agreed with the member organisations."""

    __tablename__ = "supervision_programmes"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    agreed_on: Mapped[dt.date | None] = mapped_column(Date)
    """The day the member organisations agreed it (NQLT 403 Điều 3)."""
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class ProgrammeItem(Base):
    """A session the programme plans: what, whom, when, how and who leads."""

    __tablename__ = "programme_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("supervision_programmes.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str] = mapped_column(Text)
    supervised_body: Mapped[str] = mapped_column(String(300), default="")
    planned_month: Mapped[int | None] = mapped_column(Integer)
    """1–12, or None when only the quarter is planned."""
    planned_quarter: Mapped[int | None] = mapped_column(Integer)
    form: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20))
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"))
    """The member organisation leading it on the Front's request; None: the Front."""
    participants: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default="du_kien")
    """Planned, postponed or cancelled; done is read from its session."""
    note: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class SupervisionSession(Base):
    """Cuộc giám sát: one session, led or joined by the Front, in one of the four forms."""

    __tablename__ = "supervision_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme_items.id", ondelete="SET NULL")
    )
    """The programme's line it carries out, if any."""
    form: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20))
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"))
    """A member organisation leading on the Front's request; None: the Front itself."""
    lead_body: Mapped[str] = mapped_column(String(300), default="")
    """When the Front joins (phối hợp): the body that leads."""
    subject: Mapped[str] = mapped_column(Text)
    supervised_body: Mapped[str] = mapped_column(String(300), default="")
    superior_body: Mapped[str] = mapped_column(String(300), default="")
    """The supervised body's direct superior, who also receives the plan and decision."""
    scope: Mapped[str] = mapped_column(Text, default="")
    """The period and the matters supervised."""
    content_items: Mapped[str] = mapped_column(Text, default="")
    """The contents supervised, one per line."""
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    """The "Căn cứ" lines, one per line."""
    planned_start: Mapped[dt.date | None] = mapped_column(Date)
    planned_end: Mapped[dt.date | None] = mapped_column(Date)
    notice_sent_on: Mapped[dt.date | None] = mapped_column(Date)
    """The day the plan and decision were sent to the body and its superior."""
    reported_on: Mapped[dt.date | None] = mapped_column(Date)
    step: Mapped[str] = mapped_column(String(30), default="du_kien")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[int] = mapped_column(Integer)
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        Index("ix_supervision_sessions_year_step", "year", "step"),
        Index("ix_supervision_sessions_item", "item_id"),
        Index("ix_supervision_sessions_start", "planned_start"),
    )
    __mapper_args__ = {"version_id_col": version}


class SessionParticipant(Base):
    """A member organisation taking part in a session."""

    __tablename__ = "session_participants"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("supervision_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), primary_key=True)


class SessionBasis(Base):
    """A "Căn cứ" line linked to the incoming document it cites."""

    __tablename__ = "session_bases"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("supervision_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    incoming_id: Mapped[int] = mapped_column(ForeignKey("incoming_documents.id"), primary_key=True)


class DelegationMember(Base):
    """A member of the delegation: name, position, organisation and role in it."""

    __tablename__ = "delegation_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("supervision_sessions.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    organization: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(20))
    """truong_doan, pho_truong_doan, thanh_vien or thu_ky."""
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class WorkingSession(Base):
    """A working session with the supervised body, and its minutes."""

    __tablename__ = "working_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("supervision_sessions.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    """Who attended for the body, one per line."""
    minutes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class SessionEvent(Base):
    """One step of a session's history: a move or an undo, with its day and note."""

    __tablename__ = "session_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("supervision_sessions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    on: Mapped[dt.date] = mapped_column(Date)
    from_step: Mapped[str] = mapped_column(String(30), default="")
    to_step: Mapped[str] = mapped_column(String(30), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    user_name: Mapped[str] = mapped_column(String(100), default="")
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
