"""Social criticism (phản biện xã hội): its sessions, their points, their history.

A session's step is stored (what the clerk recorded); whether a point is overdue is read on
a day from its session's answer deadline, never stored. The letters a session produced
(its plan, invitation, minutes, criticism letter) are letters whose source is the session;
the drafting body's written reply is a document of the Văn bản đến register.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from giamsat_desktop.db.base import Base, UtcDateTime, utc_now


class CriticismSession(Base):
    """Phản biện xã hội: one draft criticised, in one of the three forms."""

    __tablename__ = "criticism_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    """The draft criticised: "Dự thảo Nghị quyết về …"."""
    drafting_body: Mapped[str] = mapped_column(String(300))
    """Cơ quan soạn thảo, which sent the draft and must answer each point."""
    purpose: Mapped[str] = mapped_column(
        String(20), default="phan_bien", server_default=text("'phan_bien'")
    )
    """Phản biện xã hội, or góp ý xây dựng Đảng, xây dựng chính quyền (QĐ 218)."""
    form: Mapped[str] = mapped_column(String(20))
    step: Mapped[str] = mapped_column(String(40), default="du_kien")
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    """The day the draft reached the Front."""
    submit_on: Mapped[dt.date | None] = mapped_column(Date)
    """The day the draft goes to the body that decides on it, when known."""
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    """The conference's (or the dialogue's) day; for a draft round, the day opinions closed."""
    place: Mapped[str] = mapped_column(String(300), default="")
    chair: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[str] = mapped_column(Text, default="")
    experts: Mapped[str] = mapped_column(Text, default="")
    opinions: Mapped[int] = mapped_column(Integer, default=0)
    """How many opinions were given (at the conference, or sent back on the draft)."""
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    """The day the criticism letter was issued."""
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"))
    """The văn bản phản biện xã hội, an issued letter."""
    answer_due: Mapped[dt.date | None] = mapped_column(Date)
    """Fixed when the letter is issued: the submission day, or N days after the letter."""
    reply_id: Mapped[int | None] = mapped_column(ForeignKey("incoming_documents.id"))
    """The drafting body's written reply, registered in Văn bản đến."""
    replied_on: Mapped[dt.date | None] = mapped_column(Date)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[int] = mapped_column(Integer)
    """The year it was held (else received, else written): the lists' and statistics' year."""
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        Index("ix_criticism_sessions_year_form", "year", "form"),
        Index("ix_criticism_sessions_step_due", "step", "answer_due"),
    )
    __mapper_args__ = {"version_id_col": version}


class CriticismPoint(Base):
    """One point of the criticism: what is criticised, the opinion, the proposal, the answer."""

    __tablename__ = "criticism_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("criticism_sessions.id", ondelete="CASCADE"), index=True
    )
    content: Mapped[str] = mapped_column(Text)
    """The part of the draft criticised (an article, a provision, an approach)."""
    opinion: Mapped[str] = mapped_column(Text, default="")
    proposal: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(String(20), default="")
    """Tiếp thu, giải trình or không tiếp thu; empty while unanswered."""
    explanation: Mapped[str] = mapped_column(Text, default="")
    """The drafting body's words: what it changed, or why not."""
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class CriticismEvent(Base):
    """One step of a session's history: its writing, a move or an undo, a reply."""

    __tablename__ = "criticism_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("criticism_sessions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    on: Mapped[dt.date] = mapped_column(Date)
    from_step: Mapped[str] = mapped_column(String(40), default="")
    to_step: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    user_name: Mapped[str] = mapped_column(String(100), default="")
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
