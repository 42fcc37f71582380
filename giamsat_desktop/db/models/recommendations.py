"""Recommendations (kiến nghị) after a supervision, their replies and their history.

A recommendation's state is stored (what the clerk recorded, or the letter issued); whether
its reply is overdue is computed from its reply deadline and a day, never stored. The reply
deadline is stored once, when the recommendation is sent: the days off counted then.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from giamsat_desktop.db.base import Base, UtcDateTime, utc_now


class Recommendation(Base):
    """Kiến nghị: what the Front recommends to one body, and how it was followed."""

    __tablename__ = "recommendations"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("supervision_sessions.id", ondelete="RESTRICT")
    )
    """The session it comes from (a social criticism's, later, have none)."""
    content: Mapped[str] = mapped_column(Text)
    addressed_body: Mapped[str] = mapped_column(String(300))
    state: Mapped[str] = mapped_column(String(30), default="chua_gui")
    reply_days: Mapped[int] = mapped_column(Integer, default=20)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    reply_due: Mapped[dt.date | None] = mapped_column(Date)
    """Fixed when sent: ``reply_days`` after ``sent_on``, moved off a day off."""
    sent_letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"))
    """The issued letter that sent it."""
    escalated_on: Mapped[dt.date | None] = mapped_column(Date)
    escalation_letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"))
    commitment: Mapped[str] = mapped_column(Text, default="")
    commitment_due: Mapped[dt.date | None] = mapped_column(Date)
    close_reason: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[int] = mapped_column(Integer)
    """The year it was sent, else written: the lists' and statistics' year."""
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    """Its place among its session's recommendations (the letter's order)."""
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        Index("ix_recommendations_session", "session_id"),
        Index("ix_recommendations_state_due", "state", "reply_due"),
        Index("ix_recommendations_year_state", "year", "state"),
        Index("ix_recommendations_commitment_due", "commitment_due"),
    )
    __mapper_args__ = {"version_id_col": version}


class RecommendationReply(Base):
    """A written reply: its date, what it says, the incoming document that carries it."""

    __tablename__ = "recommendation_replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), index=True
    )
    replied_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    incoming_id: Mapped[int | None] = mapped_column(ForeignKey("incoming_documents.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    user_name: Mapped[str] = mapped_column(String(100), default="")
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class RecommendationEvent(Base):
    """One step of a recommendation's history: a move or an undo, its day and note."""

    __tablename__ = "recommendation_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    on: Mapped[dt.date] = mapped_column(Date)
    from_state: Mapped[str] = mapped_column(String(30), default="")
    to_state: Mapped[str] = mapped_column(String(30), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    reply_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendation_replies.id", ondelete="SET NULL")
    )
    """The reply that made the move, if a reply did."""
    user_name: Mapped[str] = mapped_column(String(100), default="")
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
